use leptos::{ev::SubmitEvent, prelude::*};

use crate::{
    i18n::{tr, use_i18n},
    import::api::{ImportEmployeesCsv, ImportEmployeesXlsx},
    ui::table_scroll::TableScroll,
};

/// Largest file sent from the browser; bigger files go through `server import`.
#[cfg_attr(not(feature = "hydrate"), allow(dead_code))]
const MAX_UPLOAD_BYTES: f64 = 1_500_000.0;

/// Upload a CSV of employees; shows the count imported, or every problem by line and column.
#[component]
pub fn ImportForm() -> impl IntoView {
    let i18n = use_i18n();
    let action = ServerAction::<ImportEmployeesCsv>::new();
    let xlsx_action = ServerAction::<ImportEmployeesXlsx>::new();
    // Which of the two the last upload used, to show its outcome.
    let last_was_xlsx = RwSignal::new(false);
    let file_input = NodeRef::<leptos::html::Input>::new();
    let too_large = RwSignal::new(false);
    let on_submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        #[cfg(feature = "hydrate")]
        {
            let Some(file) = file_input.get().and_then(|i| i.files()).and_then(|f| f.get(0)) else {
                return;
            };
            too_large.set(file.size() > MAX_UPLOAD_BYTES);
            if too_large.get_untracked() {
                return;
            }
            let is_xlsx = file.name().to_lowercase().ends_with(".xlsx");
            last_was_xlsx.set(is_xlsx);
            leptos::task::spawn_local(async move {
                if is_xlsx {
                    let bytes = crate::ui::file_bytes::read(&file).await;
                    xlsx_action.dispatch(ImportEmployeesXlsx {
                        file_base64: crate::ui::file_bytes::base64(&bytes),
                    });
                } else {
                    let text = wasm_bindgen_futures::JsFuture::from(file.text())
                        .await
                        .ok()
                        .and_then(|v| v.as_string())
                        .unwrap_or_default();
                    action.dispatch(ImportEmployeesCsv { csv: text });
                }
            });
        }
    };
    let outcome = move || {
        let latest =
            if last_was_xlsx.get() { xlsx_action.value().get() } else { action.value().get() };
        latest.map(|result| match result {
            Ok(o) if o.errors.is_empty() => view! {
                <p class="notice" data-imported=o.imported>
                    {tr(|t| t.import_done)}
                    " "
                    {o.imported}
                </p>
            }
            .into_any(),
            Ok(o) => view! {
                <div class="import-errors">
                    <p class="form-error">{tr(|t| t.import_failed)}</p>
                    <TableScroll label=move || i18n.t().import_failed>
                        <table class="data">
                            <thead>
                                <tr>
                                    <th>{tr(|t| t.import_col_line)}</th>
                                    <th>{tr(|t| t.import_col_column)}</th>
                                    <th>{tr(|t| t.import_col_problem)}</th>
                                </tr>
                            </thead>
                            <tbody>
                                {o
                                    .errors
                                    .into_iter()
                                    .map(|e| {
                                        view! {
                                            <tr>
                                                <td>{e.line}</td>
                                                <td>{e.column.unwrap_or_default()}</td>
                                                <td>{e.message}</td>
                                            </tr>
                                        }
                                    })
                                    .collect_view()}
                            </tbody>
                        </table>
                    </TableScroll>
                </div>
            }
            .into_any(),
            Err(e) => view! { <p class="form-error">{e.message(i18n.t())}</p> }.into_any(),
        })
    };
    view! {
        <section class="import">
            <h2>{tr(|t| t.import_title)}</h2>
            <p>
                <a href="/api/admin/import-template.csv" download="templat-impor-pegawai.csv">
                    {tr(|t| t.import_template)}
                </a>
                " · "
                <a href="/api/admin/import-template.xlsx" download="templat-impor-pegawai.xlsx">
                    {tr(|t| t.import_template_xlsx)}
                </a>
            </p>
            <form on:submit=on_submit class="search-form">
                <input
                    type="file"
                    name="file"
                    aria-label=tr(|t| t.import_file_label)
                    accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                    node_ref=file_input
                    required
                />
                <button
                    type="submit"
                    class="button"
                    disabled=move || action.pending().get() || xlsx_action.pending().get()
                >
                    {tr(|t| t.import_submit)}
                </button>
            </form>
            {move || {
                too_large
                    .get()
                    .then(|| view! { <p class="form-error">{tr(|t| t.import_too_large)}</p> })
            }}
            {outcome}
        </section>
    }
}
