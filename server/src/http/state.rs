//! What every handler of the main router shares: the Leptos options and the database pool.

use axum::extract::FromRef;
use leptos::config::LeptosOptions;
use sqlx::AnyPool;

/// The main router's state.
#[derive(Clone)]
pub struct AppState {
    pub leptos_options: LeptosOptions,
    pub pool: AnyPool,
}

impl FromRef<AppState> for LeptosOptions {
    fn from_ref(state: &AppState) -> Self {
        state.leptos_options.clone()
    }
}
