use leptos::{ev::SubmitEvent, prelude::*};

#[cfg(feature = "hydrate")]
use crate::ui::sheet_import::MAX_UPLOAD_BYTES;
use crate::{
    i18n::tr,
    import::api::{ImportEmployeesCsv, ImportEmployeesXlsx},
    ui::sheet_import::ImportOutcomeView,
};

/// Upload a CSV of employees; shows the count imported, or every problem by line and column.
#[component]
pub fn ImportForm() -> impl IntoView {
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
        latest.map(|outcome| view! { <ImportOutcomeView outcome /> })
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
