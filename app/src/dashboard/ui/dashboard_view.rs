use crate::kernel::plan_status::PlanStatus;
use leptos::prelude::*;

use crate::{
    dashboard::api::{Dashboard, StatusCounts},
    i18n::{tr, use_i18n, Texts},
    skp::ui::skp_plan::{predikat_label, status_label},
};

/// The logged-in home page: my plan and what is due, my team, my agency; each part only when
/// the caller has one.
#[component]
pub fn DashboardView(dashboard: Dashboard) -> impl IntoView {
    let i18n = use_i18n();
    let Dashboard {
        year,
        plan_deadline,
        rating_deadline,
        my_status,
        my_predikat,
        tasks,
        team,
        agency,
        idp,
    } = dashboard;
    let tasks_class = if tasks.urgent > 0 { "card urgent" } else { "card" };
    view! {
        <section class="dashboard" data-testid="dashboard">
            <div class="cards">
                // The plan card shows while a period is open, started or not.
                {year
                    .map(|_| {
                        let status = my_status;
                        let code = PlanStatus::code_or_none(status);
                        view! {
                            <a
                                class="card"
                                href="/saya/skp"
                                data-testid="card-plan"
                                data-status=code
                            >
                                <h2>
                                    {tr(|t| t.dash_my_plan)} " "
                                    {year.map(|y| y.to_string()).unwrap_or_default()}
                                </h2>
                                <p class="figure">{move || status_label(i18n.t(), status)}</p>
                                {my_predikat
                                    .map(|p| {
                                        view! {
                                            <p>
                                                {tr(|t| t.dash_predikat)} " "
                                                <strong>{move || predikat_label(i18n.t(), Some(p))}</strong>
                                            </p>
                                        }
                                    })}
                                <p class="muted">
                                    {move || {
                                        format!(
                                            "{} {} · {} {}",
                                            i18n.t().skp_plan_deadline,
                                            plan_deadline.map(|d| i18n.t().date(d)).unwrap_or_default(),
                                            i18n.t().dash_rating_deadline,
                                            rating_deadline
                                                .map(|d| i18n.t().date(d))
                                                .unwrap_or_default(),
                                        )
                                    }}
                                </p>
                            </a>
                        }
                    })}
                <a class=tasks_class href="/tugas" data-testid="card-tasks" data-total=tasks.total>
                    <h2>{tr(|t| t.tasks_title)}</h2>
                    <p class="figure">{tasks.total}</p>
                    <p class="muted">{tasks.urgent} " " {tr(|t| t.dash_urgent)}</p>
                </a>
                {idp
                    .map(|d| {
                        let status = d.status.map(|s| s.as_plan_status());
                        view! {
                            <a
                                class="card"
                                href="/saya/pengembangan"
                                data-testid="card-idp"
                                data-status=d.status.map(|s| s.code()).unwrap_or("none")
                            >
                                <h2>{tr(|t| t.dash_idp)} " " {d.year}</h2>
                                <p class="figure">
                                    {move || {
                                        if d.total > 0 {
                                            format!("{}/{}", d.done, d.total)
                                        } else {
                                            status_label(i18n.t(), status).to_string()
                                        }
                                    }}
                                </p>
                                <p class="muted">{move || status_label(i18n.t(), status)}</p>
                            </a>
                        }
                    })}
                {team
                    .map(|c| {
                        view! {
                            <a class="card" href="/tim" data-testid="card-team">
                                <h2>{tr(|t| t.dash_team)}</h2>
                                <Counts counts=c />
                            </a>
                        }
                    })}
                {agency
                    .map(|c| {
                        view! {
                            <a class="card" href="/evaluasi" data-testid="card-agency">
                                <h2>{tr(|t| t.dash_agency)}</h2>
                                <Counts counts=c />
                            </a>
                        }
                    })}
            </div>
        </section>
    }
}

/// A count's label in the current language.
type Label = fn(&Texts) -> String;

/// People by plan status, with the rated and (for a team) the overdue.
#[component]
fn Counts(counts: StatusCounts) -> impl IntoView {
    let i18n = use_i18n();
    let rows: [(Label, i64); 6] = [
        (|t| status_label(t, None).to_string(), counts.not_started),
        (|t| status_label(t, Some(PlanStatus::Draft)).to_string(), counts.draft),
        (|t| status_label(t, Some(PlanStatus::Submitted)).to_string(), counts.submitted),
        (|t| status_label(t, Some(PlanStatus::Approved)).to_string(), counts.approved),
        (|t| t.progress_rated.to_string(), counts.rated),
        (|t| t.team_overdue.to_string(), counts.overdue),
    ];
    view! {
        <p class="figure">{counts.people} " " {tr(|t| t.dash_people)}</p>
        <dl class="counts">
            {rows
                .into_iter()
                .filter(|(_, n)| *n > 0)
                .map(|(label, n)| {
                    view! {
                        <dt>{move || label(i18n.t())}</dt>
                        <dd>{n}</dd>
                    }
                })
                .collect_view()}
        </dl>
    }
}
