//! Reading an employee's stored record and predikat history as the promotion rules take them.

use crate::{
    kernel::db::{NullableText, Pool},
    people::types::{EmployeeKind, PositionKind},
    rules::{promotion::YearPredikat, Date, Predikat},
};

/// The parts of the stored record the career rules read.
#[derive(Debug, sqlx::FromRow)]
pub struct StoredCareer {
    pub name: String,
    pub nip: String,
    pub kind: EmployeeKind,
    #[sqlx(try_from = "String")]
    pub birth_date: Date,
    pub golongan: Option<String>,
    #[sqlx(try_from = "NullableText")]
    pub golongan_tmt: Option<Date>,
    pub position_kind: PositionKind,
    pub position_name: String,
    pub jenjang: Option<String>,
    #[sqlx(try_from = "NullableText")]
    pub position_tmt: Option<Date>,
    pub education: String,
    pub angka_kredit: f64,
    /// The golongan of the pejabat penilai of the line in force (the direct superior).
    pub superior_golongan: Option<String>,
}

pub async fn stored(
    pool: &Pool,
    employee_id: i64,
    today: Date,
) -> Result<Option<StoredCareer>, sqlx::Error> {
    sqlx::query_as(
        "SELECT e.name, e.nip, e.kind, e.birth_date, e.golongan, e.golongan_tmt, e.position_kind, \
         e.position_name, e.jenjang, e.position_tmt, e.education, e.angka_kredit, \
         (SELECT s.golongan FROM reporting_line l JOIN employee s ON s.id = l.penilai_id \
           WHERE l.employee_id = e.id AND l.start_date <= $2 \
           AND (l.end_date IS NULL OR l.end_date >= $2) ORDER BY l.start_date DESC LIMIT 1) \
           AS superior_golongan \
         FROM employee e WHERE e.id = $1",
    )
    .bind(employee_id)
    .bind(today.to_string())
    .fetch_optional(pool)
    .await
}

#[derive(sqlx::FromRow)]
struct RatedYear {
    year: i64,
    #[sqlx(try_from = "String")]
    predikat: Predikat,
}

/// The annual predikat in force of every rated year (a changed appeal replaces the rating's).
pub async fn predikat_history(
    pool: &Pool,
    employee_id: i64,
) -> Result<Vec<YearPredikat>, sqlx::Error> {
    let rows: Vec<RatedYear> = sqlx::query_as(
        "SELECT d.year, COALESCE(a.new_predikat, r.predikat) AS predikat \
         FROM skp_rating r JOIN skp_plan p ON p.id = r.plan_id \
         JOIN assessment_period d ON d.id = p.period_id \
         LEFT JOIN appeal a ON a.rating_id = r.id AND a.decision = 'changed' \
         WHERE p.employee_id = $1 AND r.period_no = 0 ORDER BY d.year",
    )
    .bind(employee_id)
    .fetch_all(pool)
    .await?;
    Ok(rows
        .into_iter()
        .map(|r| YearPredikat { year: r.year as i32, predikat: r.predikat })
        .collect())
}
