//! The plan's read model: the plan with everything its page shows (targets, ratings, evidence,
//! feedback, review notes, 360 counts), the lighter view a rating needs, and the team overview.

use crate::rules::scoring::ResultKind;
use sqlx::Row;

use crate::{
    admin::repo::periods,
    admin::types::{PeriodRow, PeriodStatus},
    annual_review::types::ReviewNoteView,
    appeals::types::{AppealDecision, AppealStatus, AppealSummary},
    input360::types::Summary360,
    kernel::db::{now_ms, CodedColumns, Pool},
    kernel::plan_head::{head, PlanHead},
    rules::preview::CoreValue,
    skp::types::{
        core_value_from_code, FeedbackView, IndicatorView, ParentOption, PlanView, RatingView,
        RealisationView, ResultView, TeamRow,
    },
};

/// The plan with everything its page shows; the `can_*` flags are for `viewer` (an employee id).
pub async fn view(
    pool: &Pool,
    plan_id: i64,
    viewer: Option<i64>,
) -> Result<Option<PlanView>, sqlx::Error> {
    let mut conn = pool.acquire().await?;
    build_view(&mut conn, plan_id, viewer, Detail::Full).await
}

/// The plan as far as scoring a rating needs it: results, indicators, targets, the period and
/// the jenjang; the rest of the view is left empty.
pub async fn view_for_scoring(pool: &Pool, plan_id: i64) -> Result<Option<PlanView>, sqlx::Error> {
    let mut conn = pool.acquire().await?;
    build_view(&mut conn, plan_id, None, Detail::Scoring).await
}

pub(crate) async fn build_view(
    conn: &mut sqlx::AnyConnection,
    plan_id: i64,
    viewer: Option<i64>,
    detail: Detail,
) -> Result<Option<PlanView>, sqlx::Error> {
    let Some(h) = head(conn, plan_id).await? else { return Ok(None) };
    let Some(period) = periods::by_id(conn, h.period_id).await? else { return Ok(None) };
    let row = sqlx::query(
        "SELECT p.review_comment, e.name, e.nip, e.position_name, e.jenjang, \
         (SELECT q.name FROM employee q WHERE q.id = p.penilai_id) \
         FROM skp_plan p JOIN employee e ON e.id = p.employee_id WHERE p.id = $1",
    )
    .bind(plan_id)
    .fetch_one(&mut *conn)
    .await?;
    let results = sqlx::query(
        "SELECT r.id, r.kind, r.text, r.weight, r.parent_result_id, pr.text FROM skp_result r \
         LEFT JOIN skp_result pr ON pr.id = r.parent_result_id \
         WHERE r.plan_id = $1 ORDER BY CASE r.kind WHEN 'utama' THEN 0 ELSE 1 END, r.position",
    )
    .bind(plan_id)
    .fetch_all(&mut *conn)
    .await?;
    let mut views = Vec::with_capacity(results.len());
    for r in &results {
        let id: i64 = r.try_get(0)?;
        let indicators: Vec<IndicatorView> = sqlx::query_as(
            "SELECT id, text, target_kind, target, target_high, unit FROM skp_indicator \
             WHERE result_id = $1 ORDER BY position",
        )
        .bind(id)
        .fetch_all(&mut *conn)
        .await?;
        let supported_by = if detail == Detail::Full {
            sqlx::query(
                "SELECT e.name, c.text FROM skp_result c JOIN skp_plan p ON p.id = c.plan_id \
                 JOIN employee e ON e.id = p.employee_id WHERE c.parent_result_id = $1 ORDER BY e.name",
            )
            .bind(id)
            .fetch_all(&mut *conn)
            .await?
            .iter()
            .map(|c| Ok(format!("{}: {}", c.try_get::<String, _>(0)?, c.try_get::<String, _>(1)?)))
            .collect::<Result<Vec<_>, sqlx::Error>>()?
        } else {
            Vec::new()
        };
        views.push(ResultView {
            id,
            kind: ResultKind::from_code(&r.try_get::<String, _>(1)?)
                .ok_or_else(|| sqlx::Error::Decode("unknown result kind".into()))?,
            text: r.try_get(2)?,
            weight: r.try_get(3)?,
            parent_result_id: r.try_get(4)?,
            parent_text: r.try_get(5)?,
            supported_by,
            indicators,
        });
    }
    let mut expectations: Vec<(CoreValue, String)> =
        sqlx::query("SELECT core_value, expectation FROM skp_expectation WHERE plan_id = $1")
            .bind(plan_id)
            .fetch_all(&mut *conn)
            .await?
            .iter()
            .filter_map(|r| {
                let code: String = r.try_get(0).ok()?;
                Some((core_value_from_code(&code)?, r.try_get::<String, _>(1).ok()?))
            })
            .collect();
    // Rows come back in no guaranteed order (PostgreSQL); forms show BerAKHLAK in its order.
    expectations.sort_by_key(|(value, _)| *value);
    let Details { parent_options, ratings, feedback, review_notes, input_360 } = match detail {
        Detail::Full => details(conn, &h, &period, viewer, &mut views).await?,
        Detail::Scoring => Details::default(),
    };
    let is_owner = viewer == Some(h.employee_id);
    let actions =
        crate::kernel::policy::plan_actions(&h, viewer, period.status == PeriodStatus::Open);
    Ok(Some(PlanView {
        id: h.id,
        version: h.version,
        status: h.status,
        review_comment: row.try_get(0)?,
        employee_id: h.employee_id,
        employee_name: row.try_get(1)?,
        employee_nip: row.try_get(2)?,
        position_name: row.try_get(3)?,
        jenjang: row.try_get(4)?,
        penilai_name: row.try_get(5)?,
        results: views,
        expectations,
        parent_options,
        ratings,
        can_edit: actions.edit,
        can_review: actions.review,
        can_rate: actions.rate,
        feedback,
        can_give_feedback: actions.give_feedback,
        is_owner,
        input_360,
        review_notes,
        period,
    }))
}

/// How much of a plan to load: everything its page shows, or only what scoring a rating needs
/// (the targets, the period and the jenjang), which spares a rating a dozen queries.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Detail {
    Full,
    Scoring,
}

/// What the plan's page shows beyond its targets.
#[derive(Default)]
struct Details {
    parent_options: Vec<ParentOption>,
    ratings: Vec<RatingView>,
    feedback: Vec<FeedbackView>,
    review_notes: Vec<ReviewNoteView>,
    input_360: Summary360,
}

/// The supervisor's results to support, the ratings, and each indicator's realisation and
/// files (put on `views`), the feedback, the review notes and the 360 counts.
async fn details(
    conn: &mut sqlx::AnyConnection,
    h: &PlanHead,
    period: &PeriodRow,
    viewer: Option<i64>,
    views: &mut [ResultView],
) -> Result<Details, sqlx::Error> {
    let plan_id = h.id;
    let parent_options = sqlx::query(
        "SELECT r.id, r.text FROM skp_result r JOIN skp_plan p ON p.id = r.plan_id \
         WHERE p.period_id = $1 AND p.employee_id = $2 ORDER BY r.position",
    )
    .bind(h.period_id)
    .bind(h.penilai_id.unwrap_or(0))
    .fetch_all(&mut *conn)
    .await?
    .iter()
    .map(|r| Ok(ParentOption { id: r.try_get(0)?, text: r.try_get(1)? }))
    .collect::<Result<Vec<_>, sqlx::Error>>()?;
    let ratings = sqlx::query(
        "SELECT r.id, r.period_no, r.hasil, r.perilaku, r.predikat, r.nilai_skp, r.angka_kredit, \
         r.rule_set_id, r.rated_at, a.id, a.status, a.decision, a.new_predikat, r.version \
         FROM skp_rating r LEFT JOIN appeal a ON a.rating_id = r.id \
         WHERE r.plan_id = $1 ORDER BY r.period_no",
    )
    .bind(plan_id)
    .fetch_all(&mut *conn)
    .await?
    .iter()
    .map(|r| {
        let rated_at_ms: i64 = r.try_get(8)?;
        let deadline = crate::appeals::types::appeal_deadline_ms(rated_at_ms, period.appeal_days);
        let appeal = match r.try_get::<Option<i64>, _>(9)? {
            Some(id) => Some(AppealSummary {
                id,
                status: AppealStatus::decode(&r.try_get::<String, _>(10)?)?,
                decision: r
                    .try_get::<Option<String>, _>(11)?
                    .map(|c| AppealDecision::decode(&c))
                    .transpose()?,
                new_predikat: r.opt_code(12)?,
            }),
            None => None,
        };
        Ok(RatingView {
            id: r.try_get(0)?,
            period_no: r.try_get(1)?,
            hasil: r.code(2)?,
            perilaku: r.code(3)?,
            predikat: r.code(4)?,
            nilai_skp: r.try_get(5)?,
            angka_kredit: r.try_get(6)?,
            rule_set_id: r.try_get(7)?,
            rated_at_ms,
            version: r.try_get(13)?,
            appeal_deadline_ms: deadline,
            can_appeal: crate::kernel::policy::can_appeal(
                viewer,
                h.employee_id,
                appeal.is_some(),
                now_ms() <= deadline,
            ),
            appeal,
        })
    })
    .collect::<Result<Vec<_>, sqlx::Error>>()?;
    let realisations = sqlx::query(
        "SELECT x.indicator_id, x.period_no, x.realisasi, x.evidence_url, x.self_note \
         FROM skp_realisation x JOIN skp_indicator i ON i.id = x.indicator_id \
         JOIN skp_result r ON r.id = i.result_id WHERE r.plan_id = $1 ORDER BY x.period_no",
    )
    .bind(plan_id)
    .fetch_all(&mut *conn)
    .await?;
    for row in &realisations {
        let indicator_id: i64 = row.try_get(0)?;
        let entry = RealisationView {
            period_no: row.try_get(1)?,
            realisasi: row.try_get(2)?,
            evidence_url: row.try_get(3)?,
            self_note: row.try_get(4)?,
        };
        let Some(indicator) =
            views.iter_mut().flat_map(|r| r.indicators.iter_mut()).find(|i| i.id == indicator_id)
        else {
            continue;
        };
        if entry.period_no == 0 {
            indicator.realisasi = Some(entry.realisasi);
            indicator.evidence_url = entry.evidence_url.clone();
            indicator.self_note = entry.self_note.clone();
        }
        indicator.realisations.push(entry);
    }
    let mut files = crate::skp::repo::evidence::list(conn, plan_id).await?;
    for indicator in views.iter_mut().flat_map(|r| r.indicators.iter_mut()) {
        let (mine, rest): (Vec<_>, Vec<_>) =
            files.into_iter().partition(|(id, _)| *id == indicator.id);
        indicator.files = mine.into_iter().map(|(_, f)| f).collect();
        files = rest;
    }
    let feedback = crate::skp::repo::feedback::of_plan(conn, plan_id).await?;
    let review_notes = crate::annual_review::repo::of_plan(conn, plan_id).await?;
    let input_360 = crate::input360::repo::summary_on(conn, plan_id).await?;
    Ok(Details { parent_options, ratings, feedback, review_notes, input_360 })
}

/// The pejabat penilai's team in a period: everyone whose reporting line in force names them,
/// with their plan's status and annual predikat.
pub async fn team(
    pool: &Pool,
    penilai_id: i64,
    period_id: i64,
    today: crate::rules::Date,
) -> Result<Vec<TeamRow>, sqlx::Error> {
    sqlx::query_as(
        "SELECT e.id AS employee_id, e.name, e.nip, e.position_name, p.id AS plan_id, p.status, \
         (SELECT r.predikat FROM skp_rating r WHERE r.plan_id = p.id AND r.period_no = 0) \
           AS predikat \
         FROM reporting_line l JOIN employee e ON e.id = l.employee_id \
         LEFT JOIN skp_plan p ON p.employee_id = e.id AND p.period_id = $1 \
         WHERE l.penilai_id = $2 AND l.start_date <= $3 AND (l.end_date IS NULL OR l.end_date >= $3) \
         ORDER BY e.name",
    )
    .bind(period_id)
    .bind(penilai_id)
    .bind(today.to_string())
    .fetch_all(pool)
    .await
}
