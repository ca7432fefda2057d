use leptos::prelude::*;

use crate::{i18n::use_i18n, kernel::error::AppError, ui::error_page::ErrorPage};

/// A page's loaded resource: while it loads, nothing; "not found" (which is also what an
/// unauthorised caller hears) as the 404 page; any other refusal as its message; the value
/// through `view`. The resource is created by the page, above this `Suspense` (resources made
/// inside a suspended view do not hydrate).
#[component]
pub fn Loaded<T, F>(resource: Resource<Result<T, AppError>>, view: F) -> impl IntoView
where
    T: Clone + Send + Sync + serde::Serialize + serde::de::DeserializeOwned + 'static,
    F: Fn(T) -> AnyView + Clone + Send + Sync + 'static,
{
    let i18n = use_i18n();
    view! {
        <Suspense fallback=|| ()>
            {move || {
                let view = view.clone();
                resource
                    .try_get()
                    .flatten()
                    .map(move |result| match result {
                        Err(e) if e.message(i18n.t()) == i18n.t().error_not_found => {
                            // `try_get`: a resource disposed with its page while this view was already
                            // scheduled renders nothing instead of panicking the whole app.
                            view! { <ErrorPage error=AppError::NotFound /> }
                                .into_any()
                        }
                        Err(e) => {
                            view! {
                                <p class="form-error" role="alert">
                                    {e.message(i18n.t())}
                                </p>
                            }
                                .into_any()
                        }
                        Ok(value) => view(value),
                    })
            }}
        </Suspense>
    }
}
