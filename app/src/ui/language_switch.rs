use leptos::prelude::*;
use leptos_router::hooks::use_location;

use crate::i18n::{tr, use_i18n, Locale};

/// Each language is a link to the server's `/bahasa/{code}` route, which sets the cookie and
/// comes back: that works without JavaScript. Once hydrated, a click switches in place instead.
#[component]
pub fn LanguageSwitch() -> impl IntoView {
    let i18n = use_i18n();
    let location = use_location();
    let here = move || {
        let search = location.search.get();
        let path = location.pathname.get();
        if search.is_empty() {
            path
        } else {
            format!("{path}?{search}")
        }
    };
    view! {
        <div class="lang-switch" role="group" aria-label=tr(|t| t.lang_label)>
            {Locale::ALL
                .into_iter()
                .map(|locale| {
                    let href = move || {
                        format!("/bahasa/{}?next={}", locale.code(), percent_encode(&here()))
                    };
                    view! {
                        <a
                            href=href
                            rel="external"
                            hreflang=locale.code()
                            lang=locale.code()
                            data-locale=locale.code()
                            class:active=move || i18n.locale() == locale
                            aria-current=move || (i18n.locale() == locale).then_some("true")
                            on:click=move |ev| {
                                ev.prevent_default();
                                i18n.set(locale);
                            }
                        >
                            {native_name(locale)}
                        </a>
                    }
                })
                .collect_view()}
        </div>
    }
}

/// Each language named in itself, so a reader can always find their own.
fn native_name(locale: Locale) -> &'static str {
    match locale {
        Locale::Id => "Indonesia",
        Locale::En => "English",
    }
}

/// Percent-encode a path-and-query for use as one query value.
fn percent_encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' | b'/' => {
                out.push(b as char)
            }
            _ => out.push_str(&format!("%{b:02X}")),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::percent_encode;

    #[test]
    fn the_return_path_keeps_slashes_and_encodes_the_query() {
        assert_eq!(
            percent_encode("/simulasi/predikat?hasil=di_atas&x=1 2"),
            "/simulasi/predikat%3Fhasil%3Ddi_atas%26x%3D1%202"
        );
    }
}
