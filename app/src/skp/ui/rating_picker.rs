use leptos::prelude::*;

use crate::{
    i18n::{use_i18n, Texts},
    rules::Rating,
};

/// Three radio buttons for one rating. They post as a plain GET form without JavaScript and
/// set `value` directly once hydrated.
#[component]
pub fn RatingPicker(
    /// Form field name, also used in test ids.
    name: &'static str,
    legend: fn(&Texts) -> &'static str,
    value: RwSignal<Rating>,
) -> impl IntoView {
    let i18n = use_i18n();
    let initial = value.get_untracked();
    view! {
        <fieldset class="rating-picker" data-field=name>
            <legend>{move || legend(i18n.t())}</legend>
            {Rating::ALL
                .into_iter()
                .map(|rating| {
                    view! {
                        <label class="choice">
                            <input
                                type="radio"
                                name=name
                                value=rating.code()
                                checked=initial == rating
                                prop:checked=move || value.get() == rating
                                on:change=move |_| value.set(rating)
                            />
                            <span>{move || i18n.t().rating(rating)}</span>
                        </label>
                    }
                })
                .collect_view()}
        </fieldset>
    }
}
