//! `/karier` as a lazily loaded route: the page's code (the simulator, the odds, saved
//! scenarios) is its own WebAssembly chunk, fetched when the route is first shown, while its
//! data starts loading at once (`data()`), not after the chunk arrives.

use leptos::prelude::*;
use leptos_router::{hooks::use_params_map, lazy_route, LazyRoute};

use crate::{
    auth::state::use_auth,
    career::{api::load_career, types::CareerData, ui::career_view::CareerView},
    kernel::policy::{Audience, PEGAWAI},
    ui::guard::Guard,
    ui::prelude::*,
};

pub struct CareerRoute {
    career: Resource<Result<CareerData, AppError>>,
}

#[lazy_route]
impl LazyRoute for CareerRoute {
    fn data() -> Self {
        let allowed = admitted(PEGAWAI);
        CareerRoute {
            career: Resource::new(allowed, |ok| async move {
                if ok {
                    load_career(None).await
                } else {
                    Err(AppError::NotFound)
                }
            }),
        }
    }

    fn view(this: Self) -> AnyView {
        guarded_career(PEGAWAI, this.career)
    }
}

const LOGGED_IN: Audience = Audience::LoggedIn;

/// Whether the user may see a page of `audience`, tracked: a route's data starts loading only
/// for those its guard admits (anyone else sees the error page, and no request is made).
fn admitted(audience: Audience) -> impl Fn() -> bool + Copy + Send + Sync + 'static {
    let auth = use_auth();
    move || audience.admits(auth.current().as_ref())
}

/// `/karier/{employee}` as a lazily loaded route (the same chunk's code): an employee's career,
/// read by a counsellor.
pub struct EmployeeCareerRoute {
    career: Resource<Result<CareerData, AppError>>,
}

#[lazy_route]
impl LazyRoute for EmployeeCareerRoute {
    fn data() -> Self {
        let params = use_params_map();
        let id =
            move || params.with(|p| p.get("id").and_then(|v| v.parse::<i64>().ok()).unwrap_or(0));
        let allowed = admitted(LOGGED_IN);
        let key = move || allowed().then(id);
        EmployeeCareerRoute {
            career: Resource::new(key, |id| async move {
                match id {
                    Some(id) => load_career(Some(id)).await,
                    None => Err(AppError::NotFound),
                }
            }),
        }
    }

    fn view(this: Self) -> AnyView {
        guarded_career(LOGGED_IN, this.career)
    }
}

/// Both routes' page: the career behind the route's audience.
fn guarded_career(audience: Audience, career: Resource<Result<CareerData, AppError>>) -> AnyView {
    view! {
        <Guard audience>
            {move || {
                view! {
                    <PageTitle title=|t| t.page_career_title />
                    <Loaded resource=career view=|data| view! { <CareerView data /> }.into_any() />
                }
                    .into_any()
            }}
        </Guard>
    }
    .into_any()
}
