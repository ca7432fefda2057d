//! The career feature's repositories: the stored record and predikat history as the promotion
//! rules take them (here), and saved scenarios with their versions and comments.

pub mod scenarios;

use crate::{
    kernel::db::Pool,
    rules::{promotion::YearPredikat, Date, Predikat},
};

/// The golongan of the direct superior on `today`: the pejabat penilai of the line in force
/// (KP reguler may not pass it). The rest of the record is the profile's
/// (`people::repo::profile::record`).
pub async fn superior_golongan(
    pool: &Pool,
    employee_id: i64,
    today: Date,
) -> Result<Option<String>, sqlx::Error> {
    let row: Option<(Option<String>,)> = sqlx::query_as(
        "SELECT s.golongan FROM reporting_line l JOIN employee s ON s.id = l.penilai_id \
         WHERE l.employee_id = $1 AND l.start_date <= $2 \
         AND (l.end_date IS NULL OR l.end_date >= $2) ORDER BY l.start_date DESC LIMIT 1",
    )
    .bind(employee_id)
    .bind(today.to_string())
    .fetch_optional(pool)
    .await?;
    Ok(row.and_then(|(g,)| g))
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
