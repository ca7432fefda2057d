use leptos::prelude::*;
use leptos_router::hooks::use_location;

use crate::{
    auth::state::use_auth,
    i18n::{tr, use_i18n, Texts},
    kernel::policy::{Audience, ATASAN, EVALUATION, HR, PEGAWAI, PENILAI, PLATFORM},
};

type Label = fn(&Texts) -> &'static str;
/// A link: its address and its label.
type Link = (&'static str, Label);

/// The navigation, grouped by the roles of PRODUCT.md §2: a person sees the public links and
/// the groups of the roles they hold.
const GROUPS: &[(Audience, Label, &[Link])] = &[
    (
        Audience::Everyone,
        |t| t.nav_public,
        &[
            ("/", |t| t.nav_home),
            ("/simulasi/predikat", |t| t.nav_simulator),
            ("/penghargaan", |t| t.nav_leaderboard),
        ],
    ),
    (
        PEGAWAI,
        |t| t.nav_pegawai,
        &[
            ("/saya", |t| t.nav_profile),
            ("/saya/skp", |t| t.nav_skp),
            ("/karier", |t| t.nav_career),
            ("/pelatihan", |t| t.nav_development),
        ],
    ),
    (PENILAI, |t| t.nav_penilai, &[("/tim", |t| t.nav_team)]),
    (ATASAN, |t| t.nav_atasan, &[("/persetujuan", |t| t.nav_approvals)]),
    (EVALUATION, |t| t.nav_tim_evaluasi, &[("/evaluasi", |t| t.nav_evaluation)]),
    (
        HR,
        |t| t.nav_admin_instansi,
        &[("/admin", |t| t.nav_admin), ("/admin/pelatihan", |t| t.nav_catalogue)],
    ),
    (PLATFORM, |t| t.nav_platform_admin, &[("/platform", |t| t.nav_platform)]),
    (
        Audience::LoggedIn,
        |t| t.nav_account,
        &[
            ("/tugas", |t| t.tasks_title),
            ("/360", |t| t.input360_title),
            ("/ganti-sandi", |t| t.change_password_title),
        ],
    ),
];

/// A `<details>` menu on small screens (no JavaScript needed), a sidebar on wide ones.
#[component]
pub fn NavMenu() -> impl IntoView {
    let i18n = use_i18n();
    let auth = use_auth();
    let location = use_location();
    view! {
        <nav class="nav" aria-label=tr(|t| t.nav_menu)>
            <details class="nav-details">
                <summary>{tr(|t| t.nav_menu)}</summary>

                {move || {
                    let user = auth.current();
                    GROUPS
                        .iter()
                        .filter(|(audience, ..)| audience.admits(user.as_ref()))
                        .map(|(_, group, links)| {
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
                        .collect_view()
                }}

            </details>
        </nav>
    }
}
