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

/// The service worker (`/sw.js`, written by the build). Its Content-Security-Policy is the
/// worker's own: it may fetch from this origin (to keep the bundle and the offline pages) and
/// nothing else. Never cached by HTTP, so a new build's worker is found at the next visit.
pub fn service_worker_router<S: Clone + Send + Sync + 'static>(site_root: &Path) -> Router<S> {
    let service = ServiceBuilder::new()
        .layer(SetResponseHeaderLayer::overriding(
            header::CACHE_CONTROL,
            HeaderValue::from_static("no-cache"),
        ))
        .layer(SetResponseHeaderLayer::overriding(
            header::CONTENT_SECURITY_POLICY,
            HeaderValue::from_static("default-src 'none'; connect-src 'self'"),
        ))
        .service(tower_http::services::ServeFile::new(site_root.join("sw.js")));
    // The offline notice the worker shows: its own stylesheet and icon, nothing else.
    let notice = ServiceBuilder::new()
        .layer(SetResponseHeaderLayer::overriding(
            header::CONTENT_SECURITY_POLICY,
            HeaderValue::from_static(
                "default-src 'none'; style-src 'self'; img-src 'self'; frame-ancestors 'none'",
            ),
        ))
        .service(
            tower_http::services::ServeFile::new(site_root.join("offline.html"))
                .precompressed_br()
                .precompressed_gzip(),
        );
    Router::new().route_service("/sw.js", service).route_service("/offline.html", notice)
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

/// The base name of the current build's script, bundle and stylesheet under `/pkg`, read from
/// the file the build writes: `<hash>/prestasi`, a folder per build named by the hash of its
/// contents (its chunks and their loader refer to each other by plain names); `prestasi` when
/// the bundle was built without one (for example in the tests).
pub fn output_name(site_root: &Path, pkg_dir: &str) -> String {
    std::fs::read_to_string(site_root.join(pkg_dir).join("OUTPUT_NAME"))
        .ok()
        .map(|s| s.trim().to_string())
        .filter(|s| is_output_name(s))
        .unwrap_or_else(|| "prestasi".to_string())
}

/// At most one folder and a file stem, each of letters, digits, dots, dashes and underscores,
/// and never a parent folder.
fn is_output_name(s: &str) -> bool {
    let parts: Vec<&str> = s.split('/').collect();
    parts.len() <= 2
        && parts.iter().all(|p| {
            !p.is_empty()
                && !p.starts_with('.')
                && p.chars().all(|c| c.is_ascii_alphanumeric() || c == '.' || c == '-' || c == '_')
        })
}

#[cfg(test)]
mod tests {
    #[test]
    fn an_output_name_is_a_build_folder_and_a_stem_at_most() {
        for fine in ["prestasi", "prestasi.3f9a", "3f9a1c/prestasi"] {
            assert!(super::is_output_name(fine), "{fine}");
        }
        for bad in ["", "../prestasi", "a/b/c", "/prestasi", "a//b", ".hidden/prestasi", "a b"] {
            assert!(!super::is_output_name(bad), "{bad}");
        }
    }
}
