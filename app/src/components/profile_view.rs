use leptos::prelude::*;

use crate::{
    api::employees::load_profile,
    auth::state::{error_message, use_auth},
    components::{correction_form::CorrectionForm, error_page::ErrorPage},
    error::AppError,
    i18n::{tr, use_i18n, Texts},
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
                            let golongan = match (&p.golongan, &p.pangkat) {
                                (Some(g), Some(name)) => format!("{name} ({g})"),
                                (Some(g), None) => g.clone(),
                                _ => "—".to_string(),
                            };
                            let pension = match (p.bup, &p.pension_date) {
                                (Some(bup), Some(date)) => Some((bup, date.clone())),
                                _ => None,
                            };
                            let rows: Vec<(Label, String)> = vec![
                                (|t| t.profile_nip, p.nip.clone()),
                                (|t| t.profile_kind, p.kind.to_uppercase()),
                                (|t| t.profile_golongan, golongan),
                                (|t| t.profile_position, p.position_name.clone()),
                                (|t| t.profile_education, p.education.clone()),
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
                                (|t| t.profile_birth_date, p.birth_date.clone()),
                            ];
                            view! {
                                <article class="page profile" data-employee=p.id>
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
                                    {(auth.current().and_then(|u| u.employee_id) == Some(p.id))
                                        .then(|| view! { <CorrectionForm /> })}
                                </article>
                            }
                                .into_any()
                        }
                        Err(e) => {
                            let message = error_message(&e, i18n.t());
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
