use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

use crate::{
    audit::texts::use_audit_texts,
    audit::types::{AuditAction, AuditChange, AuditFilter, AuditRow, AuditValue},
    audit::ui::labels::{action_label, entity_label, path_label},
    i18n::{tr, use_i18n, Texts},
    people::directory_api::audit_log,
    ui::prelude::*,
};

/// The agency's audit log, newest first (admin instansi): who did what to which record, by name
/// and in the page's language, with what changed; filtered by person, action and dates.
///
/// The filters are a plain GET form, so a filtered view is a link that can be shared and works
/// before (or without) the WebAssembly.
#[component]
pub fn AuditPage() -> impl IntoView {
    let at = use_audit_texts();
    let query = use_query_map();
    let filter = move || query.with(filter_of);
    let entries = Resource::new(filter, audit_log);
    view! {
        <PageTitle title=|t| t.admin_audit_title />
        <article class="page audit">
            <h1>{tr(|t| t.admin_audit_title)}</h1>
            <AuditFilters filter=query.with_untracked(filter_of) />
            <Loaded
                resource=entries
                view=move |page| {
                    let next = page
                        .next_before
                        .map(|id| older_link(&query.with_untracked(filter_of), id));
                    let empty = page.rows.is_empty();
                    view! {
                        {empty.then(|| view! { <p class="empty">{move || at().empty}</p> })}
                        <ul class="audit-list">
                            {page
                                .rows
                                .into_iter()
                                .map(|row| view! { <AuditEntry row /> })
                                .collect_view()}
                        </ul>
                        {next
                            .map(|href| {
                                view! {
                                    <a class="button secondary" href=href>
                                        {move || at().older}
                                    </a>
                                }
                            })}
                    }
                        .into_any()
                }
            />
        </article>
    }
}

fn filter_of(q: &leptos_router::params::ParamsMap) -> AuditFilter {
    let text = |k: &str| q.get(k).filter(|v| !v.trim().is_empty());
    AuditFilter {
        actor: text("oleh"),
        action: text("tindakan").and_then(|c| AuditAction::from_code(&c)),
        from: text("dari"),
        to: text("sampai"),
        before: text("sebelum").and_then(|v| v.parse().ok()),
    }
}

/// The link to the next (older) page, keeping the filters.
fn older_link(f: &AuditFilter, before: i64) -> String {
    let mut parts = vec![];
    let mut push = |k: &str, v: &Option<String>| {
        if let Some(v) = v {
            parts.push(format!("{k}={}", encode(v)));
        }
    };
    push("oleh", &f.actor);
    push("tindakan", &f.action.map(|a| a.code().to_string()));
    push("dari", &f.from);
    push("sampai", &f.to);
    parts.push(format!("sebelum={before}"));
    format!("/admin/audit?{}", parts.join("&"))
}

/// Percent-encoding for a query value (what a browser's form would send).
fn encode(v: &str) -> String {
    v.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                (b as char).to_string()
            }
            _ => format!("%{b:02X}"),
        })
        .collect()
}

#[component]
fn AuditFilters(filter: AuditFilter) -> impl IntoView {
    let at = use_audit_texts();
    let selected = filter.action;
    view! {
        <form class="form filters" method="get" action="/admin/audit">
            <label>
                <span>{move || at().filter_actor}</span>
                <input type="search" name="oleh" value=filter.actor.unwrap_or_default() />
            </label>
            <label>
                <span>{move || at().col_action}</span>
                <select name="tindakan">
                    <option value="">{move || at().filter_all}</option>
                    {AuditAction::ALL
                        .iter()
                        .map(|a| {
                            let a = *a;
                            view! {
                                <option value=a.code() selected=selected == Some(a)>
                                    {move || action_label(at(), a)}
                                </option>
                            }
                        })
                        .collect_view()}
                </select>
            </label>
            <label>
                <span>{move || at().filter_from}</span>
                <input type="date" name="dari" value=filter.from.unwrap_or_default() />
            </label>
            <label>
                <span>{move || at().filter_to}</span>
                <input type="date" name="sampai" value=filter.to.unwrap_or_default() />
            </label>
            <button type="submit" class="button">
                {move || at().filter_apply}
            </button>
        </form>
    }
    .into_any()
}

/// One entry: when, who, what, on which record, and the fields that changed.
#[component]
fn AuditEntry(row: AuditRow) -> impl IntoView {
    let at = use_audit_texts();
    let i18n = use_i18n();
    let AuditRow {
        at_ms, actor, action, action_code, entity, entity_id, entity_name, changes, ..
    } = row;
    let what = move || action.map(|a| action_label(at(), a)).unwrap_or(&action_code).to_string();
    let record = move || {
        let kind = entity.map(|e| entity_label(at(), e)).unwrap_or_default();
        match (&entity_name, &entity_id) {
            (Some(name), _) => format!("{kind} {name}"),
            (None, Some(id)) => format!("{kind} #{id}"),
            (None, None) => kind.to_string(),
        }
    };
    let data_action = action.map(AuditAction::code).unwrap_or_default();
    view! {
        <li class="audit-entry" data-action=data_action>
            <div class="audit-head">
                <strong class="audit-what">{what}</strong>
                <span class="audit-record">{record}</span>
            </div>
            <div class="muted audit-meta">
                <time>{move || i18n.t().datetime_ms(at_ms)}</time>
                " · "
                {actor.unwrap_or_else(|| "—".into())}
            </div>
            <AuditChanges changes />
        </li>
    }
    .into_any()
}

/// The changed fields as a small before → after table (none for an event without a record).
#[component]
fn AuditChanges(changes: Vec<AuditChange>) -> impl IntoView {
    let at = use_audit_texts();
    let i18n = use_i18n();
    (!changes.is_empty())
        .then(|| {
            view! {
                <table class="audit-changes">
                    <tbody>
                        {changes
                            .into_iter()
                            .map(|c| {
                                let field = c.field.clone();
                                view! {
                                    <tr>
                                        <th scope="row">{move || path_label(at(), &field)}</th>
                                        <td class="before">
                                            {move || value_text(i18n.t(), c.before.as_ref())}
                                        </td>
                                        <td aria-hidden="true">"→"</td>
                                        <td class="after">
                                            {move || value_text(i18n.t(), c.after.as_ref())}
                                        </td>
                                    </tr>
                                }
                            })
                            .collect_view()}
                    </tbody>
                </table>
            }
        })
        .into_any()
}

fn value_text(t: &Texts, v: Option<&AuditValue>) -> String {
    match v {
        None => "—".into(),
        Some(AuditValue::Text(s)) => s.clone(),
        Some(AuditValue::Number(n)) => {
            if n.fract() == 0.0 && n.abs() < 1e15 {
                t.int(*n as i64)
            } else {
                t.num(*n, 2)
            }
        }
        Some(AuditValue::Bool(b)) => if *b { t.yes } else { t.no }.into(),
        Some(AuditValue::Date(iso)) => t.date_iso(iso),
        Some(AuditValue::Time(ms)) => t.datetime_ms(*ms),
    }
}
