//! The official documents of a plan: the SKP form and the evaluation document (dokumen
//! evaluasi kinerja pegawai), laid out like the forms of PermenPANRB 6/2022 and printed from
//! the browser (print stylesheet; "Save as PDF" gives the PDF). Readable by whoever may read
//! the plan.

use crate::admin::types::Frequency;
use crate::documents::types::PlanDocument;
use crate::kernel::error::AppError;
use leptos::prelude::*;

#[server(prefix = "/api", endpoint = "skp/document")]
pub async fn load_plan_document(plan_id: i64) -> Result<PlanDocument, AppError> {
    use crate::{
        documents::repo as documents,
        kernel::server::{caller, internal, not_found, plan_head, Caller},
        skp::repo::plan_view,
    };
    let Caller { pool, user } = caller()?;
    let head = plan_head(&pool, plan_id).await?;
    if !crate::kernel::policy::can_read_plan(&user, &head) {
        return Err(not_found());
    }
    let plan = plan_view::view(&pool, plan_id, user.employee_id)
        .await
        .map_err(internal)?
        .ok_or(AppError::NotFound)?;
    documents::assemble(&pool, &head, plan).await.map_err(internal)
}

/// The first and last day of an evaluation period as (month, day) pairs: the year for 0, the
/// quarter or month otherwise.
pub fn period_span(year: i64, frequency: Frequency, period_no: i64) -> ((u32, u32), (u32, u32)) {
    let (first, last) = match (period_no, frequency) {
        (0, _) => (1, 12),
        (n, Frequency::Monthly) => (n as u32, n as u32),
        (n, Frequency::Quarterly) => (n as u32 * 3 - 2, n as u32 * 3),
    };
    let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    let days = match last {
        2 if leap => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    };
    ((first, 1), (last, days))
}

/// "1 Januari s.d. 31 Desember 2026" with the locale's month names (comma-separated).
pub fn period_text(
    months: &str,
    until: &str,
    year: i64,
    frequency: Frequency,
    period_no: i64,
) -> String {
    let names: Vec<&str> = months.split(',').collect();
    let name = |m: u32| names.get(m as usize - 1).copied().unwrap_or_default();
    let ((m1, d1), (m2, d2)) = period_span(year, frequency, period_no);
    format!("{d1} {} {until} {d2} {} {year}", name(m1), name(m2))
}

#[cfg(test)]
mod tests {
    use super::{period_span, period_text, Frequency};

    #[test]
    fn periods_span_the_year_a_quarter_or_a_month() {
        assert_eq!(period_span(2026, Frequency::Quarterly, 0), ((1, 1), (12, 31)));
        assert_eq!(period_span(2026, Frequency::Quarterly, 2), ((4, 1), (6, 30)));
        assert_eq!(period_span(2028, Frequency::Monthly, 2), ((2, 1), (2, 29)));
        assert_eq!(period_span(2026, Frequency::Monthly, 2), ((2, 1), (2, 28)));
        assert_eq!(period_span(2100, Frequency::Monthly, 2), ((2, 1), (2, 28)));
        let months = "Januari,Februari,Maret,April,Mei,Juni,Juli,Agustus,September,Oktober,November,Desember";
        assert_eq!(
            period_text(months, "s.d.", 2026, Frequency::Quarterly, 4),
            "1 Oktober s.d. 31 Desember 2026"
        );
    }
}
