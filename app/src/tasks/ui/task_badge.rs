use leptos::prelude::*;

use crate::{i18n::tr, tasks::api::TaskCount};

/// The header's notification badge: a link to `/tugas` with the number of tasks, marked
/// urgent when some are due within a week or late. Nothing when there is nothing to do.
#[component]
pub fn TaskBadge(count: TaskCount) -> impl IntoView {
    (count.total > 0).then(|| {
        let class = if count.urgent > 0 { "task-badge urgent" } else { "task-badge" };
        view! {
            <a
                class=class
                href="/tugas"
                title=tr(|t| t.badge_title)
                data-testid="task-badge"
                data-total=count.total
                data-urgent=count.urgent
            >
                {tr(|t| t.badge_tasks)}
                " "
                <span class="badge">{count.total}</span>
                {(count.urgent > 0)
                    .then(|| {
                        view! {
                            " "
                            <span class="urgent-count">
                                {count.urgent} " " {tr(|t| t.badge_urgent)}
                            </span>
                        }
                    })}
            </a>
        }
    })
}
