//! The demo's performance cycle: an open period of the current year in every agency, and in Makassar's
//! Bidang Pelayanan Kesehatan a few plans at different stages, so that the demo pejabat
//! penilai's team page, the cascading links and the rating page have something to show.

use sqlx::Row;

use app::rules::Date;

/// The demo's year and deadlines, relative to the day it is seeded: the current year, plans due
/// in five days (so the demo shows tasks as urgent, due within the week) and ratings in two
/// months. Fixed dates made every demo task read "305 days
/// late" a year on; the people and plans stay deterministic, only the calendar moves.
pub fn demo_calendar() -> (i64, Date, Date) {
    let today = Date::from_days(
        (app::kernel::db::now_ms() + app::i18n::format::WIB_OFFSET_MS).div_euclid(86_400_000),
    );
    (i64::from(today.year()), today.add_days(5), today.add_days(60))
}

pub async fn open_period(
    conn: &mut sqlx::AnyConnection,
    agency_id: i64,
    org_predikat: Option<&str>,
) -> Result<i64, sqlx::Error> {
    let (year, plan_deadline, rating_deadline) = demo_calendar();
    sqlx::query(
        "INSERT INTO assessment_period (agency_id, year, frequency, plan_deadline, rating_deadline, \
         appeal_days, org_predikat, status, version, created_at) \
         VALUES ($1, $2, 'quarterly', $3, $4, 14, $5, 'open', 1, 0) RETURNING id",
    )
    .bind(agency_id)
    .bind(year)
    .bind(plan_deadline.to_string())
    .bind(rating_deadline.to_string())
    .bind(org_predikat)
    .fetch_one(&mut *conn)
    .await?
    .try_get(0)
}

/// One indicator: text, kind, target, unit, realisation.
type Indicator = (&'static str, &'static str, f64, &'static str, Option<f64>);

struct DemoResult {
    kind: &'static str,
    text: &'static str,
    /// Index into the penilai's results this one supports.
    supports: Option<usize>,
    indicators: &'static [Indicator],
}

const HEAD_RESULTS: &[DemoResult] = &[
    DemoResult {
        kind: "utama",
        text: "Meningkatnya cakupan pelayanan kesehatan dasar di puskesmas",
        supports: None,
        indicators: &[
            ("Persentase puskesmas terakreditasi paripurna", "quantitative", 80.0, "%", None),
            (
                "Waktu tunggu rata-rata pelayanan rawat jalan",
                "lower_is_better",
                30.0,
                "menit",
                None,
            ),
        ],
    },
    DemoResult {
        kind: "utama",
        text: "Tersusunnya sistem rujukan terintegrasi",
        supports: None,
        indicators: &[(
            "Dokumen SOP rujukan yang ditetapkan",
            "quantitative",
            4.0,
            "dokumen",
            None,
        )],
    },
];

const STAFF_RESULTS: &[DemoResult] = &[
    DemoResult {
        kind: "utama",
        text: "Terlaksananya pendampingan akreditasi puskesmas",
        supports: Some(0),
        indicators: &[
            ("Puskesmas yang didampingi", "quantitative", 12.0, "puskesmas", Some(13.0)),
            ("Laporan pendampingan tepat waktu", "quantitative", 4.0, "laporan", Some(4.0)),
        ],
    },
    DemoResult {
        kind: "tambahan",
        text: "Menjadi narasumber sosialisasi rujukan",
        supports: Some(1),
        indicators: &[("Kegiatan sosialisasi", "quantitative", 2.0, "kegiatan", Some(3.0))],
    },
];

const EXPECTATION: &str = "Menjalankan tugas sesuai standar pelayanan dan tepat waktu.";
const CORE_VALUES: [&str; 7] = [
    "berorientasi_pelayanan",
    "akuntabel",
    "kompeten",
    "harmonis",
    "loyal",
    "adaptif",
    "kolaboratif",
];

/// Insert a plan with its results; returns the ids of its results in order.
#[allow(clippy::too_many_arguments)] // a seed helper: every argument is one column or list
async fn plan(
    conn: &mut sqlx::AnyConnection,
    agency_id: i64,
    period_id: i64,
    employee: i64,
    (penilai, atasan): (Option<i64>, Option<i64>),
    status: &str,
    results: &[DemoResult],
    parents: &[i64],
) -> Result<Vec<i64>, sqlx::Error> {
    let plan_id: i64 = sqlx::query(
        "INSERT INTO skp_plan (agency_id, period_id, employee_id, penilai_id, atasan_id, status, \
         version, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, 1, 0, 0) RETURNING id",
    )
    .bind(agency_id)
    .bind(period_id)
    .bind(employee)
    .bind(penilai)
    .bind(atasan)
    .bind(status)
    .fetch_one(&mut *conn)
    .await?
    .try_get(0)?;
    let mut ids = Vec::new();
    for (position, r) in results.iter().enumerate() {
        let id: i64 = sqlx::query(
            "INSERT INTO skp_result (plan_id, kind, position, text, weight, parent_result_id) \
             VALUES ($1, $2, $3, $4, 1.0, $5) RETURNING id",
        )
        .bind(plan_id)
        .bind(r.kind)
        .bind(position as i64 + 1)
        .bind(r.text)
        .bind(r.supports.and_then(|i| parents.get(i).copied()))
        .fetch_one(&mut *conn)
        .await?
        .try_get(0)?;
        for (i, (text, kind, target, unit, realisasi)) in r.indicators.iter().enumerate() {
            let indicator: i64 = sqlx::query(
                "INSERT INTO skp_indicator (result_id, position, text, target_kind, target, unit) \
                 VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
            )
            .bind(id)
            .bind(i as i64 + 1)
            .bind(*text)
            .bind(*kind)
            .bind(*target)
            .bind(*unit)
            .fetch_one(&mut *conn)
            .await?
            .try_get(0)?;
            // What the employee recorded so far, as the year's realisation.
            if let Some(value) = realisasi {
                sqlx::query(
                    "INSERT INTO skp_realisation (indicator_id, period_no, realisasi, recorded_at) \
                     VALUES ($1, 0, $2, 0)",
                )
                .bind(indicator)
                .bind(*value)
                .execute(&mut *conn)
                .await?;
            }
        }
        ids.push(id);
    }
    if status == "approved" {
        for value in CORE_VALUES {
            sqlx::query(
                "INSERT INTO skp_expectation (plan_id, core_value, expectation) VALUES ($1, $2, $3)",
            )
            .bind(plan_id)
            .bind(value)
            .bind(EXPECTATION)
            .execute(&mut *conn)
            .await?;
        }
    }
    Ok(ids)
}

/// The unit head's approved plan and three of the staff's: one approved (ready to rate), one
/// submitted (to review), the demo pegawai's none (to draft in the demo).
pub async fn unit_plans(
    conn: &mut sqlx::AnyConnection,
    agency_id: i64,
    period_id: i64,
    head: i64,
    staff: &[i64],
) -> Result<(), sqlx::Error> {
    // A plan names the line in force, as `skp::repo::plans::start` does (and the hand-over
    // rule keeps it so); the staff answer to the head, whose own penilai is their atasan.
    let line: (Option<i64>, Option<i64>) = sqlx::query(
        "SELECT penilai_id, atasan_id FROM reporting_line WHERE employee_id = $1 AND end_date IS NULL",
    )
    .bind(head)
    .fetch_optional(&mut *conn)
    .await?
    .map(|r| (r.get(0), r.get(1)))
    .unwrap_or((None, None));
    let head_penilai = line.0;
    let parents =
        plan(conn, agency_id, period_id, head, line, "approved", HEAD_RESULTS, &[]).await?;
    let line = (Some(head), head_penilai);
    for (employee, status) in staff.iter().skip(1).zip(["approved", "submitted"]) {
        plan(conn, agency_id, period_id, *employee, line, status, STAFF_RESULTS, &parents).await?;
    }
    Ok(())
}
