use leptos::prelude::*;
use leptos_meta::Title;

use crate::{
    api::admin::audit_log,
    components::loaded::Loaded,
    i18n::{tr, use_i18n},
    rules::Date,
};

/// The agency's audit log, newest first (admin instansi).
#[component]
pub fn AuditPage() -> impl IntoView {
    let i18n = use_i18n();
    let entries = Resource::new(|| (), |_| audit_log(None));
    view! {
        <Title text=move || format!("{} · {}", i18n.t().admin_audit_title, i18n.t().app_name) />
        <Loaded
            resource=entries
            view=move |rows| {
                view! {
                    <article class="page audit">
                        <h1>{tr(|t| t.admin_audit_title)}</h1>
                        <div class="table-scroll">
                            <table class="data">
                                <thead>
                                    <tr>
                                        <th>{tr(|t| t.audit_col_time)}</th>
                                        <th>{tr(|t| t.audit_col_actor)}</th>
                                        <th>{tr(|t| t.audit_col_action)}</th>
                                        <th>{tr(|t| t.audit_col_entity)}</th>
                                        <th>{tr(|t| t.audit_col_change)}</th>
                                    </tr>
                                </thead>
                                <tbody>
                                    {rows
                                        .into_iter()
                                        .map(|r| {
                                            let action = r.action.clone();
                                            view! {
                                                <tr data-action=action>
                                                    <td>{timestamp(r.at_ms)}</td>
                                                    <td>{r.actor.unwrap_or_else(|| "—".into())}</td>
                                                    <td>
                                                        <code>{r.action}</code>
                                                    </td>
                                                    <td>
                                                        {format!(
                                                            "{} {}",
                                                            r.entity,
                                                            r.entity_id.unwrap_or_default(),
                                                        )}
                                                    </td>
                                                    <AuditChange before=r.before after=r.after />
                                                </tr>
                                            }
                                        })
                                        .collect_view()}
                                </tbody>
                            </table>
                        </div>
                    </article>
                }
                    .into_any()
            }
        />
    }
}

/// `YYYY-MM-DD HH:MM` in UTC from Unix milliseconds.
fn timestamp(ms: i64) -> String {
    let days = ms.div_euclid(86_400_000);
    let minutes = ms.rem_euclid(86_400_000) / 60_000;
    format!("{} {:02}:{:02}", Date::from_days(days), minutes / 60, minutes % 60)
}

/// The record before and after an audited change (JSON, as stored). A component of its own: it
/// keeps the row's view type shallow enough for the compiler's recursion limit.
#[component]
fn AuditChange(before: Option<String>, after: Option<String>) -> impl IntoView {
    let part = |label: fn(&crate::i18n::Texts) -> &'static str, json: Option<String>| {
        json.map(|json| {
            view! {
                <div>
                    <span class="muted">{tr(label)}</span>
                    " "
                    <code>{json}</code>
                </div>
            }
        })
    };
    view! {
        <td class="audit-change">
            {part(|t| t.audit_before, before)} {part(|t| t.audit_after, after)}
        </td>
    }
    .into_any()
}
