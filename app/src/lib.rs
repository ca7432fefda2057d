//! Prestasi's Leptos application.
//!
//! Compiled twice: with `ssr` into the server binary (pages rendered to HTML, server functions,
//! repositories) and with `hydrate` into the browser's WebAssembly bundle (the same components,
//! made interactive). The rules themselves live in the pure `prestasi-rules` crate.

pub mod admin;
pub mod annual_review;
pub mod app;
pub mod appeals;
pub mod audit;
pub mod auth;
pub mod career;
pub mod dashboard;
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
    leptos::mount::hydrate_body(app::App);
    // A marker for people and browser tests alike: from here on the page reacts locally.
    if let Some(body) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.body()) {
        let _ = body.dataset().set("hydrated", "true");
    }
}
