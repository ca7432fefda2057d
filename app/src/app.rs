//! The application root: the HTML shell (server only), the router and the page layout.

use leptos::prelude::*;
use leptos_meta::{provide_meta_context, Title};
use leptos_router::{
    components::{Route, Router, Routes},
    path, Lazy, SsrMode,
};

use crate::{
    admin::ui::periods_page::AdminPeriodsPage,
    admin::ui::platform_page::PlatformPage,
    admin::ui::roles_page::AdminRolesPage,
    admin::ui::units_page::AdminUnitsPage,
    annual_review::ui::evaluation_page::EvaluationPage,
    appeals::ui::appeal_page::AppealPage,
    audit::ui::audit_page::AuditPage,
    auth::state::provide_auth,
    auth::ui::change_password_page::ChangePasswordPage,
    auth::ui::login_page::LoginPage,
    career::ui::career_route::{CareerRoute, EmployeeCareerRoute},
    career::ui::leaderboard_page::LeaderboardPage,
    career::ui::predikat_simulator_page::PredikatSimulatorPage,
    dashboard::ui::home_page::HomePage,
    distribution::ui::distribution_page::DistributionPage,
    documents::ui::evaluation_form_page::EvaluationDocumentPage,
    documents::ui::skp_form_page::SkpDocumentPage,
    i18n::{initial_locale, provide_i18n, tr},
    input360::ui::input360_page::Input360Page,
    kernel::policy::{Audience, AGENCY_STAFF, ATASAN, HR, PEGAWAI, PENILAI, PLATFORM},
    people::ui::admin_employee_page::AdminEmployeePage,
    people::ui::directory_page::AdminPage,
    people::ui::employee_page::EmployeePage,
    people::ui::profile_page::ProfilePage,
    skp::ui::approvals_page::ApprovalsPage,
    skp::ui::plan_page::SkpPage,
    skp::ui::team_page::TeamPage,
    skp::ui::team_plan_page::TeamPlanRoute,
    tasks::ui::tasks_page::TasksPage,
    ui::footer::Footer,
    ui::guard::Guard,
    ui::header::Header,
    ui::nav_menu::NavMenu,
    ui::not_found::NotFoundPage,
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

/// Pages whose answer depends on data (a refusal or a missing record is a 404) render whole
/// before the first byte is sent, so that the status line can still say so.
const ASYNC: SsrMode = SsrMode::Async;

const LOGGED_IN: Audience = Audience::LoggedIn;

/// A route's view behind its audience (see [`Guard`]).
fn guarded<V: IntoView + 'static>(
    audience: Audience,
    page: fn() -> V,
) -> impl Fn() -> AnyView + Clone + Send + Sync + 'static {
    // The page's own type is erased here: nested inside the guard's, a large page's view type
    // overflows rustc's query depth in the release WebAssembly build.
    move || view! { <Guard audience>{move || page().into_any()}</Guard> }.into_any()
}

#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    provide_i18n(initial_locale());
    provide_auth();
    // Lazily loaded routes: each page's code is its own WebAssembly chunk.
    let lazy_career = Lazy::<CareerRoute>::new();
    let lazy_employee_career = Lazy::<EmployeeCareerRoute>::new();
    let lazy_team_plan = Lazy::<TeamPlanRoute>::new();

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
                        <Route
                            path=path!("/ganti-sandi")
                            view=guarded(LOGGED_IN, ChangePasswordPage)
                            ssr=ASYNC
                        />
                        <Route path=path!("/saya") view=guarded(PEGAWAI, ProfilePage) ssr=ASYNC />
                        <Route
                            path=path!("/pegawai/:id")
                            view=guarded(LOGGED_IN, EmployeePage)
                            ssr=ASYNC
                        />
                        <Route path=path!("/saya/skp") view=guarded(PEGAWAI, SkpPage) ssr=ASYNC />
                        <Route path=path!("/karier") view=lazy_career ssr=ASYNC />
                        <Route path=path!("/karier/:id") view=lazy_employee_career ssr=ASYNC />
                        <Route path=path!("/tugas") view=guarded(LOGGED_IN, TasksPage) ssr=ASYNC />
                        <Route path=path!("/360") view=guarded(LOGGED_IN, Input360Page) ssr=ASYNC />
                        <Route path=path!("/tim") view=guarded(PENILAI, TeamPage) ssr=ASYNC />
                        <Route path=path!("/tim/skp/:id") view=lazy_team_plan ssr=ASYNC />
                        <Route
                            path=path!("/tim/distribusi")
                            view=guarded(PENILAI, DistributionPage)
                            ssr=ASYNC
                        />
                        <Route
                            path=path!("/persetujuan")
                            view=guarded(ATASAN, ApprovalsPage)
                            ssr=ASYNC
                        />
                        <Route
                            path=path!("/keberatan/:id")
                            view=guarded(LOGGED_IN, AppealPage)
                            ssr=ASYNC
                        />
                        <Route
                            path=path!("/dokumen/skp/:id")
                            view=guarded(LOGGED_IN, SkpDocumentPage)
                            ssr=ASYNC
                        />
                        <Route
                            path=path!("/dokumen/evaluasi/:id/:periode")
                            view=guarded(LOGGED_IN, EvaluationDocumentPage)
                            ssr=ASYNC
                        />
                        <Route
                            path=path!("/evaluasi")
                            view=guarded(AGENCY_STAFF, EvaluationPage)
                            ssr=ASYNC
                        />
                        <Route path=path!("/admin") view=guarded(HR, AdminPage) ssr=ASYNC />
                        <Route path=path!("/admin/audit") view=guarded(HR, AuditPage) ssr=ASYNC />
                        <Route
                            path=path!("/admin/pegawai/:id")
                            view=guarded(HR, AdminEmployeePage)
                            ssr=ASYNC
                        />
                        <Route
                            path=path!("/admin/unit")
                            view=guarded(HR, AdminUnitsPage)
                            ssr=ASYNC
                        />
                        <Route
                            path=path!("/admin/peran")
                            view=guarded(HR, AdminRolesPage)
                            ssr=ASYNC
                        />
                        <Route
                            path=path!("/admin/periode")
                            view=guarded(HR, AdminPeriodsPage)
                            ssr=ASYNC
                        />
                        <Route
                            path=path!("/admin/progres")
                            view=guarded(AGENCY_STAFF, EvaluationPage)
                            ssr=ASYNC
                        />
                        <Route
                            path=path!("/platform")
                            view=guarded(PLATFORM, PlatformPage)
                            ssr=ASYNC
                        />
                    </Routes>
                </main>
                <Footer />
            </div>
        </Router>
    }
}
