use leptos::prelude::*;

use crate::{
    i18n::{tr, use_i18n},
    tasks::api::{my_tasks, TaskKind, REMIND_DAYS},
    tasks::texts::{use_tasks_texts, TasksTexts},
    ui::prelude::*,
};

/// The sentence of a task kind.
fn task_label(t: &TasksTexts, kind: TaskKind) -> &'static str {
    match kind {
        TaskKind::PlanStart => t.plan_start,
        TaskKind::PlanReturned => t.plan_returned,
        TaskKind::PlanReview => t.plan_review,
        TaskKind::PlanRate => t.plan_rate,
        TaskKind::AppealDecide => t.appeal_decide,
        TaskKind::AppealDecided => t.appeal_decided,
        TaskKind::DistributionDecide => t.distribution_decide,
        TaskKind::DistributionReturned => t.distribution_returned,
        TaskKind::Answer360 => t.answer_360,
        TaskKind::LearningJp => t.learning_jp,
        TaskKind::StudyEndorse => t.study_endorse,
        TaskKind::IdpAgree => t.idp_agree,
        TaskKind::IdpReturned => t.idp_returned,
    }
}

/// `/tugas`: everything the caller must act on, with the deadlines as they near.
#[component]
pub fn TasksPage() -> impl IntoView {
    let i18n = use_i18n();
    let tt = use_tasks_texts();
    let tasks = Resource::new(|| (), |_| my_tasks());
    view! {
        <PageTitle title=|t| t.tasks_title />
        <article class="page tasks">
            <h1>{tr(|t| t.tasks_title)}</h1>
            <Suspense fallback=|| ()>
                {move || {
                    tasks
                        .get()
                        .map(|result| match result {
                            Err(e) => {
                                view! { <p class="form-error">{e.message(i18n.t())}</p> }.into_any()
                            }
                            Ok(list) if list.is_empty() => {
                                view! { <p class="muted">{tr(|t| t.tasks_none)}</p> }.into_any()
                            }
                            Ok(list) => {
                                view! {
                                    <ul class="task-list">
                                        {list
                                            .into_iter()
                                            .map(|task| {
                                                let kind = task.kind;
                                                let due = task.due;
                                                view! {
                                                    <li data-task=task.kind.code()>
                                                        <a href=task
                                                            .href>
                                                            {move || task_label(tt(), kind)}
                                                            {task
                                                                .subject
                                                                .map(|s| {
                                                                    view! {
                                                                        ": "
                                                                        {s}
                                                                    }
                                                                })}
                                                        </a>
                                                        {due
                                                            .map(|due| {
                                                                let left = task.days_left;
                                                                let class = match left {
                                                                    Some(d) if d < 0 => "due late",
                                                                    Some(d) if d <= REMIND_DAYS => "due soon",
                                                                    _ => "due",
                                                                };
                                                                view! {
                                                                    <span class=class>
                                                                        {move || {
                                                                            let due = i18n.t().date(due);
                                                                            match left {
                                                                                Some(d) if d < 0 => {
                                                                                    format!(
                                                                                        " · {} {due} ({} {})",
                                                                                        i18n.t().tasks_due,
                                                                                        -d,
                                                                                        i18n.t().tasks_days_late,
                                                                                    )
                                                                                }
                                                                                Some(d) => {
                                                                                    format!(
                                                                                        " · {} {due} ({d} {})",
                                                                                        i18n.t().tasks_due,
                                                                                        i18n.t().tasks_days_left,
                                                                                    )
                                                                                }
                                                                                None => format!(" · {} {due}", i18n.t().tasks_due),
                                                                            }
                                                                        }}
                                                                    </span>
                                                                }
                                                            })}
                                                    </li>
                                                }
                                            })
                                            .collect_view()}
                                    </ul>
                                }
                                    .into_any()
                            }
                        })
                }}
            </Suspense>
        </article>
    }
}
