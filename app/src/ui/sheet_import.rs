//! Uploading a spreadsheet (Excel or CSV) to an import's server function, and showing its
//! outcome: how many rows were imported, or every problem by line and column (then nothing
//! was written).

use leptos::{ev::SubmitEvent, prelude::*, server_fn::ServerFn};

use crate::{
    i18n::{tr, use_i18n},
    import::api::ImportOutcome,
    kernel::error::AppError,
    ui::table_scroll::TableScroll,
};

/// Largest file sent from the browser (larger employee imports go through `server import`).
#[cfg(feature = "hydrate")]
pub const MAX_UPLOAD_BYTES: f64 = 1_500_000.0;

/// The outcome of an import: the count, or the problems as a table.
#[component]
pub fn ImportOutcomeView(outcome: Result<ImportOutcome, AppError>) -> impl IntoView {
    let i18n = use_i18n();
    match outcome {
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
    }
}

/// A file picker sending the file, base64-encoded, to `action` (made by `call`); the server
/// tells an Excel workbook from CSV by its bytes.
#[component]
pub fn SheetImport<S>(
    action: ServerAction<S>,
    call: fn(String) -> S,
    #[prop(into)] label: Signal<&'static str>,
    testid: &'static str,
) -> impl IntoView
where
    S: ServerFn<Output = ImportOutcome, Error = AppError> + Clone + Send + Sync + 'static,
{
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
            leptos::task::spawn_local(async move {
                let bytes = crate::ui::file_bytes::read(&file).await;
                action.dispatch(call(crate::ui::file_bytes::base64(&bytes)));
            });
        }
        #[cfg(not(feature = "hydrate"))]
        let _ = (call, file_input);
    };
    view! {
        <form on:submit=on_submit class="search-form" data-testid=testid>
            <input
                type="file"
                name="file"
                aria-label=label
                accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                node_ref=file_input
                required
            />
            <button type="submit" class="button" disabled=move || action.pending().get()>
                {tr(|t| t.import_submit)}
            </button>
        </form>
        {move || {
            too_large
                .get()
                .then(|| view! { <p class="form-error">{tr(|t| t.import_too_large)}</p> })
        }}
        {move || action.value().get().map(|outcome| view! { <ImportOutcomeView outcome /> })}
    }
}
