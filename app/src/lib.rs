//! Prestasi's Leptos application.
//!
//! Compiled twice: with `ssr` into the server binary (pages rendered to HTML, server functions,
//! repositories) and with `hydrate` into the browser's WebAssembly bundle (the same components,
//! made interactive). The rules themselves live in the pure `prestasi-rules` crate.

// The application's view type, routes included, is deep: hydrating it asynchronously (lazy
// routes) lays out that whole type in one future, past rustc's default query depth.
#![recursion_limit = "256"]

pub mod admin;
pub mod annual_review;
pub mod app;
pub mod appeals;
pub mod audit;
pub mod auth;
pub mod career;
pub mod dashboard;
pub mod development;
pub mod distribution;
pub mod documents;
pub mod i18n;
pub mod import;
pub mod input360;
pub mod kernel;
pub mod people;
pub mod skp;
pub mod tasks;
pub mod ui;

pub use prestasi_rules as rules;

/// Browser entry point: attach the components to the server-rendered HTML.
#[cfg(feature = "hydrate")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn hydrate() {
    console_error_panic_hook::set_once();
    // Lazily loaded routes hydrate once their chunk has arrived, so hydration is asynchronous
    // (`hydrate_body` refuses lazy routes).
    let _ = any_spawner::Executor::init_wasm_bindgen();
    leptos::task::spawn_local(async {
        let Some(body) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.body()) else {
            return;
        };
        // The application's type is erased: the async block's layout would otherwise nest every
        // page's view type and overflow rustc's query depth.
        let app = || leptos::prelude::IntoAny::into_any(app::App());
        let owner = leptos::mount::hydrate_from_async(body.clone(), app).await;
        owner.forget();
        // A marker for people and browser tests alike: from here on the page reacts locally.
        let _ = body.dataset().set("hydrated", "true");
    });
}
