use leptos::prelude::*;
use leptos_meta::Title;

use crate::{
    i18n::{tr, use_i18n},
    kernel::error::AppError,
};

/// A translated error message in the page layout; on the server it also sets the HTTP status.
#[component]
pub fn ErrorPage(error: AppError) -> impl IntoView {
    let i18n = use_i18n();
    #[cfg(feature = "ssr")]
    if let Some(response) = use_context::<leptos_axum::ResponseOptions>() {
        if let Ok(status) = http::StatusCode::from_u16(error.status()) {
            response.set_status(status);
        }
    }
    let status = error.status();
    let login = error == AppError::Unauthenticated;
    let heading: fn(&crate::i18n::Texts) -> &'static str = match error {
        AppError::NotFound => |t| t.not_found_title,
        AppError::Unauthenticated => |t| t.login_required_title,
        _ => |t| t.error_title,
    };
    let title = move || heading(i18n.t());
    view! {
        <Title text=move || format!("{} · {}", title(), i18n.t().app_name) />
        <article class="page error-page" data-status=status>
            <h1>{title}</h1>
            <p class="error-message">{move || error.page_message(i18n.t())}</p>
            <p class="links">
                {login
                    .then(|| {
                        view! {
                            <a class="button" href="/masuk">
                                {tr(|t| t.nav_login)}
                            </a>
                            " "
                        }
                    })} <a href="/">{tr(|t| t.back_home)}</a>
            </p>
        </article>
    }
}
