use leptos::prelude::*;
use leptos_router::hooks::use_location;

use crate::i18n::{use_i18n, Texts};

type Label = fn(&Texts) -> &'static str;

/// The navigation, grouped by the roles of PRODUCT.md §2. Which groups a person sees will follow
/// their roles once accounts exist; until then every group is listed so every page is reachable.
const GROUPS: &[(Label, &[(&str, Label)])] = &[
    (
        |t| t.nav_public,
        &[
            ("/", |t| t.nav_home),
            ("/simulasi/predikat", |t| t.nav_simulator),
            ("/penghargaan", |t| t.nav_leaderboard),
            ("/masuk", |t| t.nav_login),
        ],
    ),
    (
        |t| t.nav_pegawai,
        &[
            ("/saya", |t| t.nav_profile),
            ("/saya/skp", |t| t.nav_skp),
            ("/saya/karier", |t| t.nav_career),
        ],
    ),
    (|t| t.nav_penilai, &[("/tim", |t| t.nav_team)]),
    (|t| t.nav_atasan, &[("/persetujuan", |t| t.nav_approvals)]),
    (|t| t.nav_tim_evaluasi, &[("/evaluasi", |t| t.nav_evaluation)]),
    (|t| t.nav_admin_instansi, &[("/admin", |t| t.nav_admin)]),
    (|t| t.nav_platform_admin, &[("/platform", |t| t.nav_platform)]),
];

/// A `<details>` menu on small screens (no JavaScript needed), a sidebar on wide ones.
#[component]
pub fn NavMenu() -> impl IntoView {
    let i18n = use_i18n();
    let location = use_location();
    view! {
        <nav class="nav" aria-label=move || i18n.t().nav_menu>
            <details class="nav-details">
                <summary>{move || i18n.t().nav_menu}</summary>
                {GROUPS
                    .iter()
                    .map(|(group, links)| {
                        view! {
                            <section class="nav-group">
                                <h2>{move || group(i18n.t())}</h2>
                                <ul>
                                    {links
                                        .iter()
                                        .map(|(href, label)| {
                                            let href = *href;
                                            view! {
                                                <li>
                                                    <a
                                                        href=href
                                                        aria-current=move || {
                                                            (location.pathname.get() == href).then_some("page")
                                                        }
                                                    >
                                                        {move || label(i18n.t())}
                                                    </a>
                                                </li>
                                            }
                                        })
                                        .collect_view()}
                                </ul>
                            </section>
                        }
                    })
                    .collect_view()}
            </details>
        </nav>
    }
}
