use leptos::prelude::*;

use crate::{development::texts::use_development_texts, rules::merit::Component};

/// Why a position: each component of the merit score with its points and weight.
#[component]
pub fn MeritReasons(components: Vec<Component>) -> impl IntoView {
    let dt = use_development_texts();
    view! {
        <details class="merit-reasons">
            <summary>{move || dt().why}</summary>
            <ul>
                {components
                    .into_iter()
                    .map(|c| {
                        view! {
                            <li>
                                {move || {
                                    format!(
                                        "{}: {:.0} {} × {} {}",
                                        dt().component(c.name),
                                        c.points,
                                        dt().points,
                                        dt().weight,
                                        c.weight,
                                    )
                                }}
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        </details>
    }
}
