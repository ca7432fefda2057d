use leptos::prelude::*;

use crate::{
    i18n::{use_i18n, Locale},
    kernel::{error::AppError, reason::Reason},
};

/// A feature's own refusal messages (the shared texts carry only the shared ones), provided
/// as context by the feature's pages and read by every `FormError` inside them.
#[derive(Clone, Copy)]
pub struct FeatureReasons(pub fn(Reason, Locale) -> Option<&'static str>);

/// The translated message of a failed server action, announced to screen readers
/// (`role="alert"`). The refused fields are named by `data-fields` (for the tests and the
/// styles) and, in the browser, linked to the message: each field of the form the server named
/// gets `aria-invalid` and `aria-describedby` pointing at the message, so a screen reader
/// reading the field also reads why it was refused (and the marks go once the error does).
#[component]
pub fn FormError(#[prop(into)] error: Signal<Option<AppError>>) -> impl IntoView {
    let i18n = use_i18n();
    let feature = use_context::<FeatureReasons>();
    let message = NodeRef::<leptos::html::P>::new();
    #[cfg(feature = "hydrate")]
    Effect::new(move |linked: Option<Vec<web_sys::Element>>| {
        let fields = error.with(|e| e.as_ref().map(refused_fields).unwrap_or_default());
        link_fields(message.get(), &fields, linked.unwrap_or_default())
    });
    move || {
        error.get().map(|e| {
            let fields = refused_fields(&e).join(" ");
            view! {
                <p
                    class="form-error"
                    role="alert"
                    data-status=e.status()
                    data-fields=fields
                    node_ref=message
                >
                    {e
                        .message_with(
                            i18n.t(),
                            &|r| feature.and_then(|FeatureReasons(f)| f(r, i18n.locale())),
                        )}
                </p>
            }
        })
    }
}

fn refused_fields(error: &AppError) -> Vec<String> {
    match error {
        AppError::Invalid(problems) => problems.iter().filter_map(|p| p.field.clone()).collect(),
        _ => Vec::new(),
    }
}

/// Marks the named fields of the message's form (or, when the message follows the form, of
/// its parent) and unmarks those marked before. Returns what it marked.
#[cfg(feature = "hydrate")]
fn link_fields(
    message: Option<web_sys::HtmlParagraphElement>,
    fields: &[String],
    previously: Vec<web_sys::Element>,
) -> Vec<web_sys::Element> {
    use std::sync::atomic::{AtomicUsize, Ordering};
    use wasm_bindgen::JsCast;
    static NEXT_ID: AtomicUsize = AtomicUsize::new(1);

    for field in previously {
        let _ = field.remove_attribute("aria-invalid");
        let _ = field.remove_attribute("aria-describedby");
    }
    let Some(message) = message.filter(|_| !fields.is_empty()) else {
        return Vec::new();
    };
    if message.id().is_empty() {
        message.set_id(&format!("form-error-{}", NEXT_ID.fetch_add(1, Ordering::Relaxed)));
    }
    let scope = message.closest("form").ok().flatten().or_else(|| message.parent_element());
    let Some(candidates) = scope.and_then(|s| s.query_selector_all("[name]").ok()) else {
        return Vec::new();
    };
    let mut marked = Vec::new();
    for i in 0..candidates.length() {
        let Some(element) = candidates.item(i).and_then(|n| n.dyn_into::<web_sys::Element>().ok())
        else {
            continue;
        };
        let name = element.get_attribute("name").unwrap_or_default();
        if fields.iter().any(|f| names(&name, f)) {
            let _ = element.set_attribute("aria-invalid", "true");
            let _ = element.set_attribute("aria-describedby", &message.id());
            marked.push(element);
        }
    }
    marked
}

/// Whether the form field `name` is the field a refusal names: `indicators[0][target]` is
/// `indicators.0.target`, and a field of a server function's struct argument (`input[target]`)
/// is also named without the argument (`target`).
#[cfg_attr(not(feature = "hydrate"), allow(dead_code))]
fn names(name: &str, field: &str) -> bool {
    let path = name.replace("][", ".").replace('[', ".").replace(']', "");
    path == field || path.split_once('.').is_some_and(|(_, inner)| inner == field)
}

#[cfg(test)]
mod tests {
    use super::names;

    #[test]
    fn form_names_match_the_servers_field_paths() {
        assert!(names("title", "title"));
        assert!(names("indicators[0][target]", "indicators.0.target"));
        assert!(names("events[2]", "events.2"));
        assert!(names("input[target]", "target"));
        assert!(!names("input[text]", "target"));
        assert!(!names("indicators[0][target]", "target"));
        assert!(!names("note", "notes"));
    }
}
