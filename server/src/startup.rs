//! Building the application: database, router, layers, listener. `main.rs` and the integration
//! tests both start the server through [`Application::build`].

use std::{future::IntoFuture, net::SocketAddr, time::Duration};

use app::{
    app::{shell, App},
    auth::password::Hasher,
    auth::session::SessionSettings,
    auth::AuthServices,
};
use axum::{routing::get, Router};
use leptos::prelude::*;
use leptos_axum::{generate_route_list, LeptosRoutes};
use sqlx::AnyPool;
use tokio::net::TcpListener;
use tower_http::{
    compression::CompressionLayer, limit::RequestBodyLimitLayer, timeout::TimeoutLayer,
    trace::TraceLayer,
};

use crate::{
    config::Config,
    db,
    http::{
        access, assets, caching, catalogue_export, certificate, error_status, evidence, export,
        health, jp_export, language, origin, results_export, rules_api, security, session,
        state::AppState, text_guard,
    },
};

/// Folder under the site root that holds the built bundle.
pub const PKG_DIR: &str = "pkg";

#[derive(Debug, thiserror::Error)]
pub enum StartupError {
    #[error(transparent)]
    Db(#[from] db::DbError),
    #[error("tidak dapat membuka alamat / cannot listen on {addr}: {source}")]
    Bind { addr: SocketAddr, source: std::io::Error },
}

pub struct Application {
    listener: TcpListener,
    router: Router,
    pool: AnyPool,
    grace: Duration,
}

impl Application {
    pub async fn build(config: &Config) -> Result<Self, StartupError> {
        let pool = db::connect_and_migrate(&config.database_url, config.db_max_connections).await?;
        Self::build_with_pool(config, pool).await
    }

    pub async fn build_with_pool(config: &Config, pool: AnyPool) -> Result<Self, StartupError> {
        let listener = TcpListener::bind(config.addr)
            .await
            .map_err(|source| StartupError::Bind { addr: config.addr, source })?;
        let router = router(config, pool.clone());
        Ok(Self { listener, router, pool, grace: config.shutdown_grace })
    }

    pub fn local_addr(&self) -> SocketAddr {
        self.listener.local_addr().unwrap_or_else(|_| SocketAddr::from(([127, 0, 0, 1], 0)))
    }

    pub fn pool(&self) -> &AnyPool {
        &self.pool
    }

    /// Serve until SIGINT or SIGTERM, then let requests in flight finish within the grace period.
    pub async fn run_until_stopped(self) -> std::io::Result<()> {
        let (stop_tx, mut stop_rx) = tokio::sync::watch::channel(false);
        // Connection info lets the rules API rate-limit per client address.
        let service = self.router.into_make_service_with_connect_info::<SocketAddr>();
        let server = axum::serve(self.listener, service).with_graceful_shutdown(async move {
            shutdown_signal().await;
            tracing::info!("shutting down: finishing requests in flight");
            let _ = stop_tx.send(true);
        });
        let grace = self.grace;
        let follower = crate::schedule::follow_reporting_lines(self.pool.clone());
        let result = tokio::select! {
            result = server.into_future() => result,
            () = async move {
                let _ = stop_rx.wait_for(|stopped| *stopped).await;
                tokio::time::sleep(grace).await;
            } => {
                tracing::warn!(?grace, "grace period over: closing the remaining connections");
                Ok(())
            }
        };
        follower.abort();
        self.pool.close().await;
        tracing::info!("stopped");
        result
    }
}

pub fn leptos_options(config: &Config) -> LeptosOptions {
    let site_root = config.site_root.display().to_string();
    LeptosOptions::builder()
        .output_name(assets::output_name(&config.site_root, PKG_DIR))
        .site_root(site_root)
        .site_pkg_dir(PKG_DIR)
        .site_addr(config.addr)
        .build()
}

pub fn auth_services(config: &Config) -> AuthServices {
    let cores = std::thread::available_parallelism().map(|n| n.get()).unwrap_or(2);
    AuthServices {
        hasher: Hasher::new(cores),
        sessions: SessionSettings {
            idle: config.session_idle,
            absolute: config.session_absolute,
            secure: config.environment == crate::config::Environment::Production,
        },
        demo: config.demo,
    }
}

/// The route list, generated once per process. Leptos suspends resource loading process-wide
/// while it generates a route list (leptos-rs/leptos#4773): generating it again while another
/// router in the same process (the integration tests run many) is rendering could stall a page.
fn route_list() -> Vec<leptos_axum::AxumRouteListing> {
    static ROUTES: std::sync::OnceLock<Vec<leptos_axum::AxumRouteListing>> =
        std::sync::OnceLock::new();
    ROUTES.get_or_init(|| generate_route_list(App)).clone()
}

pub fn router(config: &Config, pool: AnyPool) -> Router {
    let leptos_options = leptos_options(config);
    let services = auth_services(config);
    let state = AppState { leptos_options: leptos_options.clone(), pool: pool.clone() };
    let routes = route_list();

    let mut router = Router::new()
        .route("/healthz", get(health::healthz))
        .route("/bahasa/{code}", get(language::switch_language))
        .route(
            "/api/admin/import-template.csv",
            get(|| async {
                (
                    [
                        (axum::http::header::CONTENT_TYPE, "text/csv; charset=utf-8"),
                        (
                            axum::http::header::CONTENT_DISPOSITION,
                            "attachment; filename=\"templat-impor-pegawai.csv\"",
                        ),
                    ],
                    app::import::TEMPLATE_CSV,
                )
            }),
        )
        .merge(assets::pkg_router(&config.site_root, PKG_DIR))
        .merge(assets::service_worker_router(&config.site_root))
        .merge(rules_api::router(config.api_requests_per_minute))
        .leptos_routes_with_context(
            &state,
            routes,
            {
                let (pool, services) = (pool.clone(), services.clone());
                move || {
                    provide_context(pool.clone());
                    provide_context(services.clone());
                }
            },
            {
                let options = leptos_options.clone();
                move || shell(options.clone())
            },
        )
        .fallback(leptos_axum::file_and_error_handler::<AppState, _>(shell))
        .with_state(state);

    let sessions = session::SessionState { pool: pool.clone(), services };
    router = router
        .route("/api/admin/employees.csv", get(export::employees_csv).with_state(sessions.clone()))
        .route(
            "/api/admin/employees.xlsx",
            get(export::employees_xlsx).with_state(sessions.clone()),
        )
        .route("/api/admin/import-template.xlsx", get(export::template_xlsx))
        .route("/api/skp/bukti/{id}", get(evidence::download).with_state(sessions.clone()))
        .route("/api/admin/jp.xlsx", get(jp_export::jp_xlsx).with_state(sessions.clone()))
        .route(
            "/api/admin/pelatihan.xlsx",
            get(catalogue_export::catalogue_xlsx).with_state(sessions.clone()),
        )
        .route("/api/admin/templat-pelatihan.xlsx", get(catalogue_export::offering_template_xlsx))
        .route(
            "/api/admin/templat-pembelajaran.xlsx",
            get(catalogue_export::learning_template_xlsx),
        )
        .route(
            "/api/pembelajaran/sertifikat/{id}",
            get(certificate::download).with_state(sessions.clone()),
        )
        .route(
            app::skp::evidence_api::PLAIN_UPLOAD_PATH,
            axum::routing::post(evidence::upload_form).with_state(sessions.clone()),
        )
        .route(
            "/api/skp/results.csv",
            get(results_export::results_csv).with_state(sessions.clone()),
        )
        .route(
            "/api/skp/results.xlsx",
            get(results_export::results_xlsx).with_state(sessions.clone()),
        )
        // Runs after the session is resolved (layers wrap outwards).
        .layer(axum::middleware::from_fn(text_guard::refuse_control_characters))
        .layer(axum::middleware::from_fn(access::server_function_audience))
        .layer(axum::middleware::from_fn(caching::private_answers_not_stored))
        .layer(axum::middleware::from_fn_with_state(sessions, session::resolve))
        .layer(axum::middleware::from_fn(error_status::refusal_status))
        .layer(axum::middleware::from_fn_with_state(
            origin::Scheme(match config.environment {
                crate::config::Environment::Production => "https",
                crate::config::Environment::Development => "http",
            }),
            origin::same_origin_only,
        ));
    for layer in security::layers(config.environment) {
        router = router.layer(layer);
    }
    router
        .layer(CompressionLayer::new())
        .layer(RequestBodyLimitLayer::new(config.max_body_bytes))
        .layer(TimeoutLayer::with_status_code(
            axum::http::StatusCode::REQUEST_TIMEOUT,
            config.request_timeout,
        ))
        .layer(TraceLayer::new_for_http())
}

async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(error) => {
                tracing::error!(%error, "cannot listen for SIGTERM");
                std::future::pending::<()>().await;
            }
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {},
        () = terminate => {},
    }
}
