//! The application root: the HTML shell (server only), the router and the page layout.

use leptos::prelude::*;
use leptos_meta::{provide_meta_context, Title};
use leptos_router::{
    components::{Route, Router, Routes},
    path,
};

use crate::{
    auth::state::provide_auth,
    components::{footer::Footer, header::Header, nav_menu::NavMenu},
    i18n::{initial_locale, provide_i18n, tr},
    pages::{
        admin::AdminPage, admin_employee::AdminEmployeePage, admin_periods::AdminPeriodsPage,
        admin_roles::AdminRolesPage, admin_units::AdminUnitsPage, appeal::AppealPage,
        approvals::ApprovalsPage, audit::AuditPage, career::CareerPage,
        change_password::ChangePasswordPage, distribution::DistributionPage,
        document_evaluation::EvaluationDocumentPage, document_skp::SkpDocumentPage,
        employee::EmployeePage, evaluation::EvaluationPage, home::HomePage, input360::Input360Page,
        leaderboard::LeaderboardPage, login::LoginPage, not_found::NotFoundPage,
        platform::PlatformPage, predikat_simulator::PredikatSimulatorPage, profile::ProfilePage,
        skp::SkpPage, tasks::TasksPage, team::TeamPage, team_plan::TeamPlanPage,
    },
};

/// The document around the application, rendered on the server only.
///
/// `assets` is the hashed base name of the build's script, bundle and stylesheet
/// (e.g. `prestasi.3f9a…`), which lets the server cache them forever.
#[cfg(feature = "ssr")]
pub fn shell(options: LeptosOptions) -> impl IntoView {
    use leptos::nonce::{provide_nonce, use_nonce};
    use leptos_meta::MetaTags;

    // A fresh nonce per page: the only inline script (the hydration loader) carries it, and the
    // Content-Security-Policy of this response allows exactly that script.
    provide_nonce();
    let nonce = use_nonce().map(|n| n.to_string()).unwrap_or_default();
    if let Some(response) = use_context::<leptos_axum::ResponseOptions>() {
        if let Ok(value) = http::HeaderValue::from_str(&content_security_policy(&nonce)) {
            response.insert_header(http::header::CONTENT_SECURITY_POLICY, value);
        }
    }
    let locale = initial_locale();
    let user_json = crate::auth::state::session_user_json(&crate::auth::state::initial_user());
    let stylesheet = format!("/{}/{}.css", options.site_pkg_dir, options.output_name);
    view! {
        <!DOCTYPE html>
        <html lang=locale.code()>
            <head>
                <meta charset="utf-8" />
                <meta name="viewport" content="width=device-width, initial-scale=1" />
                <meta name="theme-color" content="#0b5394" />
                <link rel="icon" href="/favicon.svg" type="image/svg+xml" />
                <link rel="manifest" href="/manifest.webmanifest" />
                <link rel="stylesheet" href=stylesheet />
                <HydrationScripts options />
                <MetaTags />
                // Data, not code (never executed, so the CSP needs no nonce for it).
                <script type="application/json" id="session-user">
                    {user_json}
                </script>
            </head>
            <body>
                <App />
            </body>
        </html>
    }
}

/// The policy for HTML pages: scripts only from this origin or with this page's nonce,
/// WebAssembly compilation allowed, no framing, no plugins, forms only to this origin.
#[cfg(feature = "ssr")]
pub fn content_security_policy(nonce: &str) -> String {
    format!(
        "default-src 'self'; script-src 'self' 'nonce-{nonce}' 'wasm-unsafe-eval'; \
         style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; \
         object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'"
    )
}

#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    provide_i18n(initial_locale());
    provide_auth();

    view! {
        <Title text=tr(|t| t.app_name) />
        <Router>
            <div class="layout">
                <Header />
                <NavMenu />
                <main id="main" class="content" tabindex="-1">
                    <Routes fallback=NotFoundPage>
                        <Route path=path!("/") view=HomePage />
                        <Route path=path!("/simulasi/predikat") view=PredikatSimulatorPage />
                        <Route path=path!("/penghargaan") view=LeaderboardPage />
                        <Route path=path!("/masuk") view=LoginPage />
                        <Route path=path!("/ganti-sandi") view=ChangePasswordPage />
                        <Route path=path!("/saya") view=ProfilePage />
                        <Route path=path!("/pegawai/:id") view=EmployeePage />
                        <Route path=path!("/saya/skp") view=SkpPage />
                        <Route path=path!("/saya/karier") view=CareerPage />
                        <Route path=path!("/tugas") view=TasksPage />
                        <Route path=path!("/360") view=Input360Page />
                        <Route path=path!("/tim") view=TeamPage />
                        <Route path=path!("/tim/skp/:id") view=TeamPlanPage />
                        <Route path=path!("/tim/distribusi") view=DistributionPage />
                        <Route path=path!("/persetujuan") view=ApprovalsPage />
                        <Route path=path!("/keberatan/:id") view=AppealPage />
                        <Route path=path!("/dokumen/skp/:id") view=SkpDocumentPage />
                        <Route
                            path=path!("/dokumen/evaluasi/:id/:periode")
                            view=EvaluationDocumentPage
                        />
                        <Route path=path!("/evaluasi") view=EvaluationPage />
                        <Route path=path!("/admin") view=AdminPage />
                        <Route path=path!("/admin/audit") view=AuditPage />
                        <Route path=path!("/admin/pegawai/:id") view=AdminEmployeePage />
                        <Route path=path!("/admin/unit") view=AdminUnitsPage />
                        <Route path=path!("/admin/peran") view=AdminRolesPage />
                        <Route path=path!("/admin/periode") view=AdminPeriodsPage />
                        <Route path=path!("/admin/progres") view=EvaluationPage />
                        <Route path=path!("/platform") view=PlatformPage />
                    </Routes>
                </main>
                <Footer />
            </div>
        </Router>
    }
}
