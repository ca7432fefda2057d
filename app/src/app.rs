//! The application root: the HTML shell (server only), the router and the page layout.

use leptos::prelude::*;
use leptos_meta::{provide_meta_context, Title};
use leptos_router::{
    components::{Route, Router, Routes},
    path, Lazy, SsrMode,
};

use crate::{
    admin::ui::routes::{PeriodsRoute, PlatformRoute, RolesRoute, UnitsRoute},
    annual_review::ui::routes::EvaluationRoute,
    appeals::ui::routes::AppealRoute,
    audit::ui::routes::AuditRoute,
    auth::state::provide_auth,
    auth::ui::login_page::LoginPage,
    auth::ui::routes::ChangePasswordRoute,
    career::ui::leaderboard_page::LeaderboardPage,
    career::ui::routes::{CareerRoute, EmployeeCareerRoute, PredikatSimulatorRoute},
    dashboard::ui::home_page::HomePage,
    development::ui::routes::{
        CatalogueRoute, IdpRoute, IdpTeamRoute, LearningAdminRoute, LearningRoute, MentoringRoute,
        OfferingsRoute, RankedRoute, StudiesRoute, StudyQueueRoute,
    },
    distribution::ui::routes::DistributionRoute,
    documents::ui::routes::{EvaluationDocumentRoute, SkpDocumentRoute},
    i18n::{initial_locale, provide_i18n, tr},
    input360::ui::routes::Input360Route,
    people::ui::routes::{AdminEmployeeRoute, DirectoryRoute, EmployeeRoute, ProfileRoute},
    skp::ui::routes::{ApprovalsRoute, PlanRoute, TeamPlanRoute, TeamRoute},
    tasks::ui::routes::TasksRoute,
    ui::footer::Footer,
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
                <link rel="apple-touch-icon" href="/icon-192.png" />
                <link rel="stylesheet" href=stylesheet />
                <HydrationScripts options />
                // Installs the service worker (offline use) after the page has loaded.
                <script src="/sw-register.js" defer></script>
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

#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    provide_i18n(initial_locale());
    provide_auth();
    // Every page but the first ones (home, login, public boards) is lazily loaded: its
    // feature's code is a WebAssembly chunk of its own, fetched when first shown.
    let routes = LazyRoutes::default();

    view! {
        <Title text=tr(|t| t.app_name) />
        <Router>
            <div class="layout">
                <Header />
                <NavMenu />
                <main id="main" class="content" tabindex="-1">
                    <Routes fallback=NotFoundPage>
                        <Route path=path!("/") view=HomePage />
                        <Route path=path!("/penghargaan") view=LeaderboardPage />
                        <Route path=path!("/masuk") view=LoginPage />
                        <Route path=path!("/simulasi/predikat") view=routes.simulator />
                        <Route path=path!("/ganti-sandi") view=routes.password ssr=ASYNC />
                        <Route path=path!("/saya") view=routes.profile ssr=ASYNC />
                        <Route path=path!("/pegawai/:id") view=routes.employee ssr=ASYNC />
                        <Route path=path!("/saya/skp") view=routes.plan ssr=ASYNC />
                        <Route path=path!("/pelatihan") view=routes.offerings ssr=ASYNC />
                        <Route path=path!("/saya/pembelajaran") view=routes.learning ssr=ASYNC />
                        <Route path=path!("/saya/pendidikan") view=routes.studies ssr=ASYNC />
                        <Route path=path!("/saya/pengembangan") view=routes.idp ssr=ASYNC />
                        <Route path=path!("/tim/pengembangan") view=routes.idp_team ssr=ASYNC />
                        <Route path=path!("/mentoring") view=routes.mentoring ssr=ASYNC />
                        <Route
                            path=path!("/persetujuan/belajar")
                            view=routes.study_queue
                            ssr=ASYNC
                        />
                        <Route path=path!("/karier") view=routes.career ssr=ASYNC />
                        <Route path=path!("/karier/:id") view=routes.employee_career ssr=ASYNC />
                        <Route path=path!("/tugas") view=routes.tasks ssr=ASYNC />
                        <Route path=path!("/360") view=routes.input360 ssr=ASYNC />
                        <Route path=path!("/tim") view=routes.team ssr=ASYNC />
                        <Route path=path!("/tim/skp/:id") view=routes.team_plan ssr=ASYNC />
                        <Route path=path!("/tim/distribusi") view=routes.distribution ssr=ASYNC />
                        <Route path=path!("/persetujuan") view=routes.approvals ssr=ASYNC />
                        <Route path=path!("/keberatan/:id") view=routes.appeal ssr=ASYNC />
                        <Route path=path!("/dokumen/skp/:id") view=routes.skp_document ssr=ASYNC />
                        <Route
                            path=path!("/dokumen/evaluasi/:id/:periode")
                            view=routes.evaluation_document
                            ssr=ASYNC
                        />
                        <Route path=path!("/evaluasi") view=routes.evaluation.clone() ssr=ASYNC />
                        <Route path=path!("/admin") view=routes.directory ssr=ASYNC />
                        <Route path=path!("/admin/audit") view=routes.audit ssr=ASYNC />
                        <Route
                            path=path!("/admin/pegawai/:id")
                            view=routes.admin_employee
                            ssr=ASYNC
                        />
                        <Route path=path!("/admin/unit") view=routes.units ssr=ASYNC />
                        <Route path=path!("/admin/peran") view=routes.roles ssr=ASYNC />
                        <Route path=path!("/admin/periode") view=routes.periods ssr=ASYNC />
                        <Route path=path!("/admin/pelatihan") view=routes.catalogue ssr=ASYNC />
                        <Route path=path!("/admin/pelatihan/:id") view=routes.ranked ssr=ASYNC />
                        <Route
                            path=path!("/admin/pembelajaran")
                            view=routes.learning_admin
                            ssr=ASYNC
                        />
                        <Route path=path!("/admin/progres") view=routes.evaluation ssr=ASYNC />
                        <Route path=path!("/platform") view=routes.platform ssr=ASYNC />
                    </Routes>
                </main>
                <Footer />
            </div>
        </Router>
    }
}

/// One loader per lazily loaded route (a `Lazy` keeps the route's data between its preload and
/// its view).
#[derive(Default)]
struct LazyRoutes {
    simulator: Lazy<PredikatSimulatorRoute>,
    password: Lazy<ChangePasswordRoute>,
    profile: Lazy<ProfileRoute>,
    employee: Lazy<EmployeeRoute>,
    plan: Lazy<PlanRoute>,
    career: Lazy<CareerRoute>,
    offerings: Lazy<OfferingsRoute>,
    learning: Lazy<LearningRoute>,
    catalogue: Lazy<CatalogueRoute>,
    ranked: Lazy<RankedRoute>,
    learning_admin: Lazy<LearningAdminRoute>,
    studies: Lazy<StudiesRoute>,
    study_queue: Lazy<StudyQueueRoute>,
    mentoring: Lazy<MentoringRoute>,
    idp: Lazy<IdpRoute>,
    idp_team: Lazy<IdpTeamRoute>,
    employee_career: Lazy<EmployeeCareerRoute>,
    tasks: Lazy<TasksRoute>,
    input360: Lazy<Input360Route>,
    team: Lazy<TeamRoute>,
    team_plan: Lazy<TeamPlanRoute>,
    distribution: Lazy<DistributionRoute>,
    approvals: Lazy<ApprovalsRoute>,
    appeal: Lazy<AppealRoute>,
    skp_document: Lazy<SkpDocumentRoute>,
    evaluation_document: Lazy<EvaluationDocumentRoute>,
    evaluation: Lazy<EvaluationRoute>,
    directory: Lazy<DirectoryRoute>,
    audit: Lazy<AuditRoute>,
    admin_employee: Lazy<AdminEmployeeRoute>,
    units: Lazy<UnitsRoute>,
    roles: Lazy<RolesRoute>,
    periods: Lazy<PeriodsRoute>,
    platform: Lazy<PlatformRoute>,
}
