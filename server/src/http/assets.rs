//! Static files: the built bundle under `/pkg` and the public assets at the root.
//!
//! Bundle files carry a content hash in their name (`prestasi.<hash>.wasm`), so they are cached
//! for a year as immutable. The build writes brotli and gzip copies next to each, which are served
//! directly when the browser accepts them (no compression work per request).

use std::path::Path;

use axum::{
    http::{header, HeaderValue},
    Router,
};
use tower::ServiceBuilder;
use tower_http::{services::ServeDir, set_header::SetResponseHeaderLayer};

pub fn pkg_router<S: Clone + Send + Sync + 'static>(site_root: &Path, pkg_dir: &str) -> Router<S> {
    let service = ServiceBuilder::new()
        .layer(SetResponseHeaderLayer::overriding(
            header::CACHE_CONTROL,
            HeaderValue::from_static("public, max-age=31536000, immutable"),
        ))
        .service(ServeDir::new(site_root.join(pkg_dir)).precompressed_br().precompressed_gzip());
    Router::new().nest_service(&format!("/{pkg_dir}"), service)
}

/// Files such as `favicon.svg` and `manifest.webmanifest`: not hashed, so a short cache.
pub fn public_service(site_root: &Path) -> impl Clone {
    ServiceBuilder::new()
        .layer(SetResponseHeaderLayer::if_not_present(
            header::CACHE_CONTROL,
            HeaderValue::from_static("public, max-age=3600"),
        ))
        .service(ServeDir::new(site_root).precompressed_br().precompressed_gzip())
}

/// The hashed base name of the current build (`prestasi.<hash>`), read from the file the build
/// writes; `prestasi` when the bundle was built without hashing (for example during development).
pub fn output_name(site_root: &Path, pkg_dir: &str) -> String {
    std::fs::read_to_string(site_root.join(pkg_dir).join("OUTPUT_NAME"))
        .ok()
        .map(|s| s.trim().to_string())
        .filter(|s| {
            !s.is_empty()
                && s.chars().all(|c| c.is_ascii_alphanumeric() || c == '.' || c == '-' || c == '_')
        })
        .unwrap_or_else(|| "prestasi".to_string())
}
