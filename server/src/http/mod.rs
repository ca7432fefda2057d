//! HTTP pieces around the Leptos application: layers, static assets and small routes.

pub mod access;
pub mod assets;
pub mod caching;
pub mod catalogue_export;
pub mod certificate;
pub mod error_status;
pub mod evidence;
pub mod export;
pub mod health;
pub mod jp_export;
pub mod language;
pub mod origin;
pub mod results_export;
pub mod rules_api;
pub mod security;
pub mod session;
pub mod state;
pub mod text_guard;
