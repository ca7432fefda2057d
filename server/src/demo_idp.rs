//! Demo development plans. Last year's assessment period of the first agency is closed with
//! two annual ratings in the demo pejabat penilai's team: the demo pegawai's (Baik, with
//! Adaptif below expectation), so their development plan page starts from a suggestion and
//! an empty plan; and a colleague's (Butuh Perbaikan, with Kolaboratif below expectation),
//! whose plan of this year is agreed and under way.

use app::rules::{
    idp::{suggest, ActionKind, Basis},
    preview::{BehaviourRating, CoreValue, PreviewInput},
    Date, Predikat, Rating, RuleSet,
};
use sqlx::Row;

/// One annual rating: whose, the value rated below expectation, hasil, predikat.
struct Rated {
    employee: i64,
    low: CoreValue,
    hasil: Rating,
    predikat: Predikat,
}

pub async fn seed(
    conn: &mut sqlx::AnyConnection,
    agency_id: i64,
    today: Date,
) -> Result<(), sqlx::Error> {
    let id_of = |sql: &'static str| sqlx::query(sql);
    let Some(pegawai) = id_of(
        "SELECT employee_id FROM app_user WHERE username = 'demo.pegawai' AND employee_id IS NOT NULL",
    )
    .fetch_optional(&mut *conn)
    .await?
    else {
        return Ok(());
    };
    let pegawai: i64 = pegawai.try_get(0)?;
    let Some(penilai) = id_of(
        "SELECT r.penilai_id, u.id FROM reporting_line r JOIN app_user u \
         ON u.employee_id = r.penilai_id AND u.username = 'demo.pejabat_penilai' \
         WHERE r.end_date IS NULL LIMIT 1",
    )
    .fetch_optional(&mut *conn)
    .await?
    else {
        return Ok(());
    };
    let (penilai, penilai_user): (i64, i64) = (penilai.try_get(0)?, penilai.try_get(1)?);
    let colleague: Option<i64> = sqlx::query(
        "SELECT r.employee_id FROM reporting_line r JOIN employee e ON e.id = r.employee_id \
         WHERE r.penilai_id = $1 AND r.end_date IS NULL AND e.kind = 'pns' AND e.id <> $2 \
         ORDER BY e.id LIMIT 1",
    )
    .bind(penilai)
    .bind(pegawai)
    .fetch_optional(&mut *conn)
    .await?
    .map(|r| r.try_get(0))
    .transpose()?;
    let year = today.year() - 1;
    let period: i64 = sqlx::query(
        "INSERT INTO assessment_period (agency_id, year, frequency, plan_deadline, \
         rating_deadline, appeal_days, status, version, created_at) \
         VALUES ($1, $2, 'quarterly', $3, $4, 14, 'closed', 1, 0) RETURNING id",
    )
    .bind(agency_id)
    .bind(i64::from(year))
    .bind(format!("{year}-01-31"))
    .bind(format!("{year}-12-31"))
    .fetch_one(&mut *conn)
    .await?
    .try_get(0)?;
    let mut rated = vec![Rated {
        employee: pegawai,
        low: CoreValue::Adaptif,
        hasil: Rating::SesuaiEkspektasi,
        predikat: Predikat::Baik,
    }];
    if let Some(employee) = colleague {
        rated.push(Rated {
            employee,
            low: CoreValue::Kolaboratif,
            hasil: Rating::DiBawahEkspektasi,
            predikat: Predikat::ButuhPerbaikan,
        });
    }
    for r in &rated {
        let behaviours = rate(conn, agency_id, period, penilai, penilai_user, r).await?;
        if r.employee != pegawai {
            let basis = Basis { behaviours, predikat: Some(r.predikat), kotak: None };
            agreed_plan(conn, agency_id, r.employee, penilai_user, &basis, today).await?;
        }
    }
    Ok(())
}

/// An approved plan of the closed period with its annual rating; answers the behaviours.
async fn rate(
    conn: &mut sqlx::AnyConnection,
    agency_id: i64,
    period: i64,
    penilai: i64,
    penilai_user: i64,
    r: &Rated,
) -> Result<Vec<BehaviourRating>, sqlx::Error> {
    let behaviours: Vec<BehaviourRating> = CoreValue::ALL
        .iter()
        .map(|v| BehaviourRating {
            value: *v,
            rating: if *v == r.low { Rating::DiBawahEkspektasi } else { Rating::SesuaiEkspektasi },
        })
        .collect();
    let input = PreviewInput {
        results: Vec::new(),
        behaviours: behaviours.clone(),
        hasil: Some(r.hasil),
        perilaku: Some(Rating::SesuaiEkspektasi),
        jenjang: None,
        months: 12,
    };
    let plan: i64 = sqlx::query(
        "INSERT INTO skp_plan (agency_id, period_id, employee_id, penilai_id, status, version, \
         created_at, updated_at) VALUES ($1, $2, $3, $4, 'approved', 1, 0, 0) RETURNING id",
    )
    .bind(agency_id)
    .bind(period)
    .bind(r.employee)
    .bind(penilai)
    .fetch_one(&mut *conn)
    .await?
    .try_get(0)?;
    let nilai = if r.hasil == Rating::SesuaiEkspektasi { 100.0 } else { 75.0 };
    sqlx::query(
        "INSERT INTO skp_rating (agency_id, plan_id, period_no, input_json, hasil, perilaku, \
         predikat, nilai_skp, rule_set_id, rated_by, rated_at, version) \
         VALUES ($1, $2, 0, $3, $4, 'sesuai_ekspektasi', $5, $6, $7, $8, 0, 1)",
    )
    .persistent(false)
    .bind(agency_id)
    .bind(plan)
    .bind(serde_json::to_string(&input).unwrap_or_default())
    .bind(r.hasil.code())
    .bind(r.predikat.code())
    .bind(nilai)
    .bind(app::rules::RULE_SET_ID)
    .bind(penilai_user)
    .execute(&mut *conn)
    .await?;
    Ok(behaviours)
}

/// This year's plan made from `basis`'s suggestions, agreed, its training linked to the open
/// e-learning offering and under way, its mentoring done.
async fn agreed_plan(
    conn: &mut sqlx::AnyConnection,
    agency_id: i64,
    employee: i64,
    penilai_user: i64,
    basis: &Basis,
    today: Date,
) -> Result<(), sqlx::Error> {
    let (suggestions, trace) = suggest(&RuleSet::current(), basis);
    let kept = serde_json::json!({ "year": today.year() - 1, "basis": basis, "trace": trace });
    let now = app::kernel::db::now_ms();
    let plan: i64 = sqlx::query(
        "INSERT INTO idp_plan (agency_id, employee_id, year, status, basis_json, agreed_by, \
         agreed_at, created_at, updated_at, version) \
         VALUES ($1, $2, $3, 'agreed', $4, $5, $6, $6, $6, 3) RETURNING id",
    )
    .persistent(false)
    .bind(agency_id)
    .bind(employee)
    .bind(i64::from(today.year()))
    .bind(kept.to_string())
    .bind(penilai_user)
    .bind(now)
    .fetch_one(&mut *conn)
    .await?
    .try_get(0)?;
    let offering: Option<i64> = sqlx::query(
        "SELECT id FROM training_offering WHERE agency_id = $1 AND mode = 'e_learning' \
         AND status = 'open' ORDER BY id LIMIT 1",
    )
    .bind(agency_id)
    .fetch_optional(&mut *conn)
    .await?
    .map(|r| r.try_get(0))
    .transpose()?;
    let target = Date::new(today.year(), 12, 31).unwrap_or(today);
    for (position, s) in suggestions.iter().enumerate() {
        let (offering, progress, note, description) = match s.kind {
            ActionKind::Training => (
                offering,
                "in_progress",
                None,
                "Mengikuti e-learning dan menerapkan kolaborasi lintas seksi",
            ),
            _ => (
                None,
                "done",
                Some("Enam sesi bimbingan dengan kepala seksi"),
                "Bimbingan kinerja bulanan dengan atasan langsung",
            ),
        };
        sqlx::query(
            "INSERT INTO idp_action (plan_id, position, focus, kind, source_json, description, \
             offering_id, target_date, progress, progress_note, updated_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)",
        )
        .persistent(false)
        .bind(plan)
        .bind(position as i64)
        .bind(s.focus.code())
        .bind(s.kind.code())
        .bind(serde_json::to_string(&s.source).unwrap_or_default())
        .bind(description)
        .bind(offering)
        .bind(target.to_string())
        .bind(progress)
        .bind(note)
        .bind(now)
        .execute(&mut *conn)
        .await?;
    }
    Ok(())
}
