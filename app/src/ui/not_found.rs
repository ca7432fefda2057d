use leptos::prelude::*;

use crate::{kernel::error::AppError, ui::error_page::ErrorPage};

/// The router's fallback: a translated 404 page (with the 404 status on the server).
#[component]
pub fn NotFoundPage() -> impl IntoView {
    view! { <ErrorPage error=AppError::NotFound /> }
}
