use crate::kernel::plan_status::PlanStatus;
use leptos::prelude::*;

use crate::distribution::texts::distribution_texts;

use crate::{
    i18n::{tr, use_i18n},
    skp::api::my_team,
    skp::ui::skp_plan::{predikat_label, status_label},
    ui::prelude::*,
};

/// `/tim`: the pejabat penilai's team in the open period: who has not started, who has a draft,
/// who waits for approval, who is approved or rated. Each plan opens for review and rating.
#[component]
pub fn TeamPage() -> impl IntoView {
    let i18n = use_i18n();
    let team = Resource::new(|| (), |_| my_team());
    view! {
        <PageTitle title=|t| t.page_team_title />
        <article class="page team">
            <h1>{tr(|t| t.page_team_title)}</h1>
            <p class="links">
                <a href="/tim/distribusi">{tr(|t| distribution_texts(t).distribution_title)}</a>
                " · "
                <a href="/tim/pengembangan">
                    {move || crate::development::idp_texts::IdpTexts::of(i18n.locale()).team_title}
                </a>
            </p>
            <Suspense fallback=|| ()>
                {move || {
                    team.get()
                        .map(|result| match result {
                            Err(e) => {
                                view! { <p class="form-error">{e.message(i18n.t())}</p> }.into_any()
                            }
                            Ok(view) if view.period.is_none() => {
                                view! { <p class="notice">{tr(|t| t.inv_period_none_open)}</p> }
                                    .into_any()
                            }
                            Ok(view) if view.rows.is_empty() => {
                                view! {
                                    <p class="notice" data-testid="team-empty">
                                        {tr(|t| t.team_empty)}
                                    </p>
                                }
                                    .into_any()
                            }
                            Ok(view) => {
                                let waiting = view
                                    .rows
                                    .iter()
                                    .filter(|r| r.status == Some(PlanStatus::Submitted))
                                    .count();
                                view! {
                                    <p class="lead" data-testid="waiting">
                                        {move || format!("{}: {waiting}", i18n.t().team_waiting)}
                                    </p>
                                    <TableScroll label=move || i18n.t().page_team_title>
                                        <table class="data">
                                            <thead>
                                                <tr>
                                                    <th>{tr(|t| t.admin_col_name)}</th>
                                                    <th>{tr(|t| t.admin_col_position)}</th>
                                                    <th>{tr(|t| t.team_col_status)}</th>
                                                    <th>{tr(|t| t.sim_result_label)}</th>
                                                </tr>
                                            </thead>
                                            <tbody>
                                                {view
                                                    .rows
                                                    .into_iter()
                                                    .map(|r| {
                                                        let status = r.status;
                                                        let predikat = r.predikat;
                                                        let name = match r.plan_id {
                                                            Some(id) => {
                                                                view! {
                                                                    <a href=format!("/tim/skp/{id}")>{r.name.clone()}</a>
                                                                }
                                                                    .into_any()
                                                            }
                                                            None => r.name.clone().into_any(),
                                                        };
                                                        view! {
                                                            <tr
                                                                data-employee=r.employee_id
                                                                data-status=PlanStatus::code_or_none(r.status)
                                                            >
                                                                <td>
                                                                    {name} <br /> <code>{r.nip}</code> <br />
                                                                    <a class="muted" href=format!("/karier/{}", r.employee_id)>
                                                                        {tr(|t| t.nav_career)}
                                                                    </a>
                                                                </td>
                                                                <td>{r.position_name}</td>
                                                                <td>
                                                                    {move || status_label(i18n.t(), status)}
                                                                    {r
                                                                        .overdue
                                                                        .then(|| {
                                                                            view! {
                                                                                " "
                                                                                <strong class="flag" data-testid="overdue">
                                                                                    {tr(|t| t.team_overdue)}
                                                                                </strong>
                                                                            }
                                                                        })}
                                                                </td>
                                                                <td>{move || { predikat_label(i18n.t(), predikat) }}</td>
                                                            </tr>
                                                        }
                                                    })
                                                    .collect_view()}
                                            </tbody>
                                        </table>
                                    </TableScroll>
                                }
                                    .into_any()
                            }
                        })
                }}
            </Suspense>
        </article>
    }
}
