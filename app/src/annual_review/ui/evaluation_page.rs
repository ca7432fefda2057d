use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

use crate::{
    annual_review::ui::unit_summaries::UnitSummariesTable,
    dashboard::ui::progress_table::ProgressTable, i18n::tr, ui::prelude::*,
};

/// `/evaluasi` (tim evaluasi) and `/admin/progres` (HR office): the agency's progress and
/// distribution by unit in the open period, with the units whose ratings look far more lenient
/// than the agency's flagged for examination; choosing a unit lists its annual summaries for
/// review.
#[component]
pub fn EvaluationPage() -> impl IntoView {
    let query = use_query_map();
    let unit =
        Signal::derive(move || query.with(|q| q.get("unit").and_then(|v| v.parse::<i64>().ok())));
    view! {
        <PageTitle title=|t| t.progress_title />
        <article class="page evaluation">
            <h1>{tr(|t| t.progress_title)}</h1>
            <p class="links">
                <a href="/api/skp/results.csv" download="hasil-skp.csv" rel="external">
                    {tr(|t| t.progress_export)}
                </a>
                " "
                <a href="/api/skp/results.xlsx" download="hasil-skp.xlsx" rel="external">
                    {tr(|t| t.progress_export_xlsx)}
                </a>
            </p>
            <ProgressTable />
            <UnitSummariesTable unit />
        </article>
    }
}
