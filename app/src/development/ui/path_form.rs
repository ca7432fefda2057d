use leptos::prelude::*;

use crate::development::{
    texts::use_development_texts,
    types::{LearningPath, FORMS},
};

/// The path and form of a learning activity (Peraturan LAN 10/2018): choosing a path offers
/// that path's forms. Shared by the catalogue and the learning record forms.
#[component]
pub fn PathFormFields() -> impl IntoView {
    let dt = use_development_texts();
    let path = RwSignal::new(LearningPath::Klasikal);
    view! {
        <label>
            <span>{move || dt().field_path}</span>
            <select
                name="input[path]"
                on:change=move |ev| {
                    if let Some(p) = LearningPath::from_code(&event_target_value(&ev)) {
                        path.set(p);
                    }
                }
            >
                {LearningPath::ALL
                    .iter()
                    .map(|p| {
                        let p = *p;
                        view! {
                            <option value=p.code() selected=p == LearningPath::Klasikal>
                                {move || dt().path(p)}
                            </option>
                        }
                    })
                    .collect_view()}
            </select>
        </label>
        <label>
            <span>{move || dt().field_form}</span>
            <select name="input[form]">
                {move || {
                    let chosen = path.get();
                    FORMS
                        .iter()
                        .filter(|(p, _)| *p == chosen)
                        .flat_map(|(_, forms)| forms.iter())
                        .map(|f| {
                            view! { <option value=*f>{f.replace('_', " ")}</option> }
                        })
                        .collect_view()
                }}
            </select>
        </label>
    }
}
