use leptos::prelude::*;
use leptos_meta::Title;

use crate::{
    auth::state::use_auth,
    i18n::{tr, use_i18n, Texts},
    kernel::policy::HR,
    people::api::load_profile,
    people::ui::correction_form::CorrectionForm,
    people::ui::record_history::RecordHistory,
    rules::Date,
    ui::prelude::*,
};

type Label = fn(&Texts) -> &'static str;

/// An employee record, read-only (the HR office owns it). `employee_id = None`: the caller's own.
#[component]
pub fn ProfileView(#[prop(into)] employee_id: Signal<Option<i64>>) -> impl IntoView {
    let i18n = use_i18n();
    let auth = use_auth();
    let profile = Resource::new(move || employee_id.get(), load_profile);
    view! {
        <Suspense fallback=|| ()>
            {move || {
                profile
                    .get()
                    .map(|result| match result {
                        Ok(p) => {
                            let t = i18n.t();
                            let since = |date: &Option<Date>| {
                                date.map(|d| format!(", TMT {}", t.date(d))).unwrap_or_default()
                            };
                            let golongan = match (&p.golongan, &p.pangkat) {
                                (Some(g), Some(name)) => {
                                    format!("{name} ({g}){}", since(&p.golongan_tmt))
                                }
                                (Some(g), None) => format!("{g}{}", since(&p.golongan_tmt)),
                                _ => "—".to_string(),
                            };
                            let graduated = p
                                .education_date
                                .map(|d| format!(" ({})", t.date(d)))
                                .unwrap_or_default();
                            let pension = match (p.bup, &p.pension_date) {
                                (Some(bup), Some(date)) => Some((bup, t.date(*date))),
                                _ => None,
                            };
                            let rows: Vec<(Label, String)> = vec![
                                (|t| t.profile_nip, p.nip.clone()),
                                (|t| t.profile_kind, p.kind.label().to_string()),
                                (|t| t.profile_golongan, golongan),
                                (
                                    |t| t.profile_position,
                                    format!(
                                        "{}{}{}",
                                        p.position_name,
                                        p
                                            .eselon
                                            .as_deref()
                                            .and_then(crate::rules::career::Eselon::parse)
                                            .map(|e| format!(" (eselon {})", e.label()))
                                            .unwrap_or_default(),
                                        since(&p.position_tmt),
                                    ),
                                ),
                                (|t| t.profile_angka_kredit, t.num(p.angka_kredit, 3)),
                                (|t| t.profile_education, format!("{}{graduated}", p.education)),
                                (|t| t.profile_unit, p.unit.clone()),
                                (|t| t.profile_agency, p.agency.clone()),
                                (
                                    |t| t.profile_penilai,
                                    p.penilai.clone().unwrap_or_else(|| "—".into()),
                                ),
                                (
                                    |t| t.profile_atasan,
                                    p.atasan.clone().unwrap_or_else(|| "—".into()),
                                ),
                                (|t| t.profile_birth_date, t.date(p.birth_date)),
                            ];
                            // Read in the reactive block: a language switch rewrites the values.
                            view! {
                                <article class="page profile" data-employee=p.id>
                                    // Someone else's record is titled by their name (the own
                                    // profile page keeps "Profil saya").
                                    {employee_id
                                        .get_untracked()
                                        .map(|_| {
                                            let name = p.name.clone();
                                            view! {
                                                <Title text=move || {
                                                    format!("{name} · {}", i18n.t().app_name)
                                                } />
                                            }
                                        })}
                                    <h1>{p.name.clone()}</h1>
                                    <dl class="record">
                                        {rows
                                            .into_iter()
                                            .map(|(label, value)| {
                                                view! {
                                                    <dt>{move || label(i18n.t())}</dt>
                                                    <dd>{value}</dd>
                                                }
                                            })
                                            .collect_view()}
                                        {pension
                                            .map(|(bup, date)| {
                                                view! {
                                                    <dt>{tr(|t| t.profile_pension)}</dt>
                                                    <dd>
                                                        {move || format!("{bup} {} / {date}", i18n.t().years)}
                                                    </dd>
                                                }
                                            })}
                                    </dl>
                                    <p class="muted">{tr(|t| t.profile_readonly_note)}</p>
                                    {auth
                                        .at_render()
                                        .filter(|u| HR.admits(Some(u)))
                                        .map(|_| {
                                            view! {
                                                <p>
                                                    <a class="button" href=format!("/admin/pegawai/{}", p.id)>
                                                        {tr(|t| t.profile_edit)}
                                                    </a>
                                                </p>
                                            }
                                        })}
                                    <RecordHistory
                                        history=p.history.clone()
                                        lines=p.lines.clone()
                                    />
                                    {(auth.at_render().and_then(|u| u.employee_id) == Some(p.id))
                                        .then(|| view! { <CorrectionForm /> })}
                                </article>
                            }
                                .into_any()
                        }
                        Err(e) => {
                            let message = e.message(i18n.t());
                            if message == i18n.t().error_not_found {
                                view! { <ErrorPage error=AppError::NotFound /> }.into_any()
                            } else {
                                view! {
                                    <article class="page">
                                        <p class="form-error" role="alert">
                                            {message}
                                        </p>
                                        <p>
                                            <a href="/masuk">{tr(|t| t.nav_login)}</a>
                                        </p>
                                    </article>
                                }
                                    .into_any()
                            }
                        }
                    })
            }}
        </Suspense>
    }
}
