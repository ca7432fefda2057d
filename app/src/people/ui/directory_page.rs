use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

use crate::{
    i18n::tr, import::ui::import_form::ImportForm, people::directory_api::list_employees,
    people::ui::corrections_list::CorrectionsList, ui::prelude::*,
};

/// The HR office's list of its agency's employees: search by NIP or name, keyset pages.
#[component]
pub fn AdminPage() -> impl IntoView {
    let i18n = use_i18n();
    let query = use_query_map();
    let after = move || query.with(|q| q.get("after").and_then(|v| v.parse::<i64>().ok()));
    let search = move || query.with(|q| q.get("q")).filter(|s| !s.trim().is_empty());
    let page =
        Resource::new(move || (after(), search()), |(after, search)| list_employees(after, search));
    view! {
        <PageTitle title=|t| t.page_admin_title />
        <Loaded
            resource=page
            view=move |page| {
                let next = page
                    .next_after
                    .map(|id| {
                        let q = search()
                            .map(|s| format!("&q={}", s.replace(['&', '#', '?'], "")))
                            .unwrap_or_default();
                        format!("/admin?after={id}{q}")
                    });
                view! {
                    <article class="page admin">
                        <h1>{tr(|t| t.page_admin_title)}</h1>
                        <p class="links">
                            <a href="/admin/unit">{tr(|t| t.units_title)}</a>
                            " · "
                            <a href="/admin/peran">{tr(|t| t.roles_title)}</a>
                            " · "
                            <a href="/admin/periode">{tr(|t| t.periods_title)}</a>
                            " · "
                            <a href="/admin/progres">{tr(|t| t.progress_title)}</a>
                            " · "
                            <a href="/admin/audit">{tr(|t| t.admin_audit_title)}</a>
                            " · "
                            <a
                                href="/api/admin/employees.csv"
                                download="pegawai.csv"
                                rel="external"
                            >
                                {tr(|t| t.admin_export_csv)}
                            </a>
                            " · "
                            <a
                                href="/api/admin/employees.xlsx"
                                download="pegawai.xlsx"
                                rel="external"
                            >
                                {tr(|t| t.admin_export_xlsx)}
                            </a>
                        </p>
                        <ImportForm />
                        <form method="get" action="/admin" class="search-form">
                            <label>
                                <span>{tr(|t| t.admin_search_label)}</span>
                                <input name="q" value=search().unwrap_or_default() maxlength="60" />
                            </label>
                            <button type="submit" class="button">
                                {tr(|t| t.admin_search_submit)}
                            </button>
                        </form>
                        <TableScroll label=move || i18n.t().page_admin_title>
                            <table class="data">
                                <thead>
                                    <tr>
                                        <th>{tr(|t| t.admin_col_nip)}</th>
                                        <th>{tr(|t| t.admin_col_name)}</th>
                                        <th>{tr(|t| t.admin_col_golongan)}</th>
                                        <th>{tr(|t| t.admin_col_position)}</th>
                                        <th>{tr(|t| t.admin_col_unit)}</th>
                                    </tr>
                                </thead>
                                <tbody>
                                    {page
                                        .rows
                                        .into_iter()
                                        .map(|r| {
                                            view! {
                                                <tr data-employee=r.id>
                                                    <td>
                                                        <code>{r.nip}</code>
                                                    </td>
                                                    <td>
                                                        <a href=format!("/pegawai/{}", r.id)>{r.name}</a>
                                                        " "
                                                        <a
                                                            class="edit-link"
                                                            href=format!("/admin/pegawai/{}", r.id)
                                                        >
                                                            {tr(|t| t.units_edit)}
                                                        </a>
                                                    </td>
                                                    <td>{r.golongan.unwrap_or_else(|| "—".into())}</td>
                                                    <td>{r.position_name}</td>
                                                    <td>{r.unit}</td>
                                                </tr>
                                            }
                                        })
                                        .collect_view()}
                                </tbody>
                            </table>
                        </TableScroll>
                        {next
                            .map(|href| {
                                view! {
                                    <p>
                                        <a href=href rel="next">
                                            {tr(|t| t.admin_next_page)}
                                        </a>
                                    </p>
                                }
                            })}
                    </article>
                }
                    .into_any()
            }
        />
        // Outside the Suspense above: a resource created inside a Suspense's child closure is
        // re-created on every pass and can stall server rendering (leptos-rs/leptos#4866).
        <CorrectionsList />
    }
}
