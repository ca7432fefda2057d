//! The caller's tasks, derived from the records each time (nothing to keep in step).

use sqlx::Row;

use crate::{
    admin::types::PeriodRow,
    kernel::db::{now_ms, stored_date},
    kernel::plan_status::PlanStatus,
    rules::Date,
    tasks::types::{Task, TaskKind},
};

fn task(
    kind: TaskKind,
    subject: Option<String>,
    href: String,
    due: Option<Date>,
    today: Date,
) -> Task {
    let days_left = due.map(|d| d.to_days() - today.to_days());
    Task { kind, subject, href, due, days_left }
}

/// What employee `me` must act on: in the open `period` (if any) as employee and as pejabat
/// penilai; as atasan (appeals and distributions to decide); as a 360 rater; and appeals of
/// theirs decided in the last 30 days.
pub async fn of_employee(
    pool: &crate::kernel::db::Pool,
    me: i64,
    period: Option<&PeriodRow>,
    today: Date,
) -> Result<Vec<Task>, sqlx::Error> {
    let task = |kind, subject, href, due| task(kind, subject, href, due, today);
    let mut tasks = Vec::new();
    if let Some(p) = period {
        let mine =
            sqlx::query("SELECT status FROM skp_plan WHERE period_id = $1 AND employee_id = $2")
                .bind(p.id)
                .bind(me)
                .fetch_optional(pool)
                .await?;
        let mine = mine.map(|r| r.try_get::<String, _>(0)).transpose()?;
        match mine.map(|s| PlanStatus::decode(&s)).transpose()? {
            None | Some(PlanStatus::Draft) => tasks.push(task(
                TaskKind::PlanStart,
                None,
                "/saya/skp".into(),
                Some(p.plan_deadline),
            )),
            Some(PlanStatus::Returned) => tasks.push(task(
                TaskKind::PlanReturned,
                None,
                "/saya/skp".into(),
                Some(p.plan_deadline),
            )),
            _ => {}
        }
        // As pejabat penilai: plans to review, approved plans not rated for the year.
        for r in sqlx::query(
            "SELECT p.id, e.name, p.status FROM skp_plan p JOIN employee e ON e.id = p.employee_id \
             WHERE p.period_id = $1 AND p.penilai_id = $2 AND (p.status = 'submitted' OR \
             (p.status = 'approved' AND NOT EXISTS \
               (SELECT 1 FROM skp_rating r WHERE r.plan_id = p.id AND r.period_no = 0))) \
             ORDER BY p.status DESC, e.name",
        )
        .bind(p.id)
        .bind(me)
        .fetch_all(pool)
        .await
        ?
        {
            let (id, name, status): (i64, String, String) =
                (r.try_get(0)?, r.try_get(1)?, r.try_get(2)?);
            let (kind, due) = if PlanStatus::decode(&status)? == PlanStatus::Submitted {
                (TaskKind::PlanReview, p.plan_deadline)
            } else {
                (TaskKind::PlanRate, p.rating_deadline)
            };
            tasks.push(task(kind, Some(name), format!("/tim/skp/{id}"), Some(due)));
        }
        let returned = sqlx::query(
            "SELECT 1 FROM distribution_submission WHERE period_id = $1 AND penilai_id = $2 AND status = 'returned'",
        )
        .bind(p.id)
        .bind(me)
        .fetch_optional(pool)
        .await
        ?;
        if returned.is_some() {
            tasks.push(task(
                TaskKind::DistributionReturned,
                None,
                "/tim/distribusi".into(),
                Some(p.rating_deadline),
            ));
        }
    }
    // As atasan: appeals and distributions to decide.
    for r in sqlx::query(
        "SELECT a.id, e.name, a.filed_at FROM appeal a JOIN employee e ON e.id = a.employee_id \
         WHERE a.atasan_id = $1 AND a.status = 'filed' ORDER BY a.id",
    )
    .bind(me)
    .fetch_all(pool)
    .await?
    {
        let id: i64 = r.try_get(0)?;
        tasks.push(task(
            TaskKind::AppealDecide,
            Some(r.try_get(1)?),
            format!("/keberatan/{id}"),
            None,
        ));
    }
    for r in sqlx::query(
        "SELECT e.name FROM distribution_submission s JOIN employee e ON e.id = s.penilai_id \
         WHERE s.atasan_id = $1 AND s.status = 'submitted' ORDER BY e.name",
    )
    .bind(me)
    .fetch_all(pool)
    .await?
    {
        tasks.push(task(
            TaskKind::DistributionDecide,
            Some(r.try_get(0)?),
            "/persetujuan".into(),
            None,
        ));
    }
    // As a 360 rater: requests not answered yet, while the period is open.
    for r in sqlx::query(
        "SELECT e.name, d.rating_deadline FROM input_360 i JOIN skp_plan p ON p.id = i.plan_id \
         JOIN employee e ON e.id = p.employee_id JOIN assessment_period d ON d.id = p.period_id \
         WHERE i.rater_id = $1 AND i.ratings IS NULL AND d.status = 'open' ORDER BY i.id",
    )
    .bind(me)
    .fetch_all(pool)
    .await?
    {
        let due = stored_date(&r.try_get::<String, _>(1)?)?;
        tasks.push(task(TaskKind::Answer360, Some(r.try_get(0)?), "/360".into(), Some(due)));
    }
    // As employee: appeals decided in the last 30 days.
    for r in sqlx::query(
        "SELECT id FROM appeal WHERE employee_id = $1 AND status = 'decided' AND decided_at > $2",
    )
    .bind(me)
    .bind(now_ms() - 30 * 86_400_000)
    .fetch_all(pool)
    .await?
    {
        let id: i64 = r.try_get(0)?;
        tasks.push(task(TaskKind::AppealDecided, None, format!("/keberatan/{id}"), None));
    }
    if let Some(t) = learning_task(pool, me, today).await? {
        tasks.push(t);
    }
    // As pejabat penilai in force: study requests of their people to endorse.
    for s in crate::development::repo::studies::to_endorse(pool, me, today).await? {
        tasks.push(task(
            TaskKind::StudyEndorse,
            Some(s.employee),
            "/persetujuan/belajar".into(),
            None,
        ));
    }
    // As pejabat penilai in force: development plans of their people to agree.
    for name in crate::development::repo::idp::to_agree(pool, me, today).await? {
        tasks.push(task(TaskKind::IdpAgree, Some(name), "/tim/pengembangan".into(), None));
    }
    // As employee: their development plan returned with a note.
    if crate::development::repo::idp::returned(pool, me, i64::from(today.year())).await? {
        tasks.push(task(TaskKind::IdpReturned, None, "/saya/pengembangan".into(), None));
    }
    Ok(tasks)
}

/// From the third quarter (July; `PRESTASI_JP_REMINDER_FROM_MONTH`, 1–12, moves it for an
/// agency that wants to remind earlier) a PNS still under the year's JP minimum (rejected
/// records do not count) is reminded until the year ends; the subject says how far they are
/// ("8/20 JP").
pub fn learning_reminder_from_month() -> u32 {
    static MONTH: std::sync::OnceLock<u32> = std::sync::OnceLock::new();
    *MONTH.get_or_init(|| {
        std::env::var("PRESTASI_JP_REMINDER_FROM_MONTH")
            .ok()
            .and_then(|m| m.trim().parse().ok())
            .filter(|m| (1..=12).contains(m))
            .unwrap_or(7)
    })
}

async fn learning_task(
    pool: &crate::kernel::db::Pool,
    me: i64,
    today: Date,
) -> Result<Option<Task>, sqlx::Error> {
    if today.month() < learning_reminder_from_month() {
        return Ok(None);
    }
    let row = sqlx::query(
        "SELECT e.kind, (SELECT CAST(COALESCE(SUM(l.jp), 0) AS BIGINT) FROM learning_record l \
         WHERE l.employee_id = e.id AND l.year = $2 AND l.status <> 'rejected') \
         FROM employee e WHERE e.id = $1",
    )
    .bind(me)
    .bind(i64::from(today.year()))
    .fetch_optional(pool)
    .await?;
    let Some(row) = row else { return Ok(None) };
    if row.try_get::<String, _>(0)? != "pns" {
        return Ok(None);
    }
    let total = u32::try_from(row.try_get::<i64, _>(1)?).unwrap_or(u32::MAX);
    let rs = crate::rules::RuleSet::current();
    let Ok((summary, _)) =
        crate::rules::training::yearly_jp(&rs, crate::rules::nip::AsnKind::Pns, &[total])
    else {
        return Ok(None);
    };
    if summary.status != crate::rules::training::JpStatus::BelowMinimum {
        return Ok(None);
    }
    let year_end = Date::new(today.year(), 12, 31).map_err(|e| sqlx::Error::Decode(Box::new(e)))?;
    Ok(Some(task(
        TaskKind::LearningJp,
        Some(format!("{total}/{} JP", rs.jp_pns_min)),
        "/saya/pembelajaran".into(),
        Some(year_end),
        today,
    )))
}
