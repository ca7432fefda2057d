//! The HR office's catalogue: offerings with their eligibility criteria, and who may apply.

use sqlx::Row;

use crate::audit::types::{AuditAction, AuditEntity};
use crate::development::types::{LearningPath, Mode, OfferingStatus, OfferingView};
use crate::kernel::db::CodedColumns;
use crate::{
    audit::repo as audit,
    kernel::db::{now_ms, Pool},
    kernel::reason::Reason,
    kernel::write::{Actor, WriteError},
    rules::{eligibility::Criteria, nip::AsnKind, pangkat::Golongan, Date, Predikat},
};

/// A checked offering, ready to store.
#[derive(Debug, Clone, PartialEq)]
pub struct NewOffering {
    pub title: String,
    pub path: LearningPath,
    pub form: String,
    pub jp: i64,
    pub provider: String,
    pub mode: Mode,
    pub start: Date,
    pub end: Date,
    pub apply_by: Date,
    pub quota: i64,
    pub criteria: Criteria,
    pub unit_id: Option<i64>,
}

/// What deciding and applying need of an offering.
#[derive(Debug, Clone, PartialEq)]
pub struct OfferingHead {
    pub id: i64,
    pub agency_id: i64,
    pub title: String,
    pub status: OfferingStatus,
    pub apply_by: Date,
    pub start: Date,
    pub quota: i64,
    pub criteria: Criteria,
    pub unit_id: Option<i64>,
    pub version: i64,
}

/// Add `o` to the catalogue of the actor's agency (its unit, if any, must be the agency's).
pub async fn create(pool: &Pool, actor: Actor, o: &NewOffering) -> Result<i64, WriteError> {
    let mut tx = crate::kernel::db::begin_write(pool).await?;
    if let Some(unit) = o.unit_id {
        let own = sqlx::query("SELECT 1 FROM org_unit WHERE id = $1 AND agency_id = $2")
            .bind(unit)
            .bind(actor.agency_id)
            .fetch_optional(&mut *tx)
            .await?;
        if own.is_none() {
            return Err(WriteError::Invalid(Reason::OfferingUnit));
        }
    }
    let id = insert(&mut tx, actor, o, false).await?;
    tx.commit().await?;
    Ok(id)
}

/// Store `o` in the actor's agency, audited (`imported`: from a file rather than the form).
pub(crate) async fn insert(
    tx: &mut sqlx::Transaction<'static, sqlx::Any>,
    actor: Actor,
    o: &NewOffering,
    imported: bool,
) -> Result<i64, sqlx::Error> {
    let c = &o.criteria;
    let id: i64 = sqlx::query(
        "INSERT INTO training_offering (agency_id, title, path, form, jp, provider, mode, \
         start_date, end_date, apply_by, quota, min_predikat, asn_kind, min_golongan, \
         max_golongan, unit_id, status, version, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, \
         $8, $9, $10, $11, $12, $13, $14, $15, $16, 'open', 1, $17) RETURNING id",
    )
    .bind(actor.agency_id)
    .bind(&o.title)
    .bind(o.path.code())
    .bind(&o.form)
    .bind(o.jp)
    .bind(&o.provider)
    .bind(o.mode.code())
    .bind(o.start.to_string())
    .bind(o.end.to_string())
    .bind(o.apply_by.to_string())
    .bind(o.quota)
    .bind(c.min_predikat.map(Predikat::code))
    .bind(c.asn_kind.map(AsnKind::code))
    .bind(c.min_golongan.map(Golongan::code))
    .bind(c.max_golongan.map(Golongan::code))
    .bind(o.unit_id)
    .bind(now_ms())
    .fetch_one(&mut **tx)
    .await?
    .try_get(0)?;
    let mut after = serde_json::json!({
        "title": o.title, "path": o.path.code(), "form": o.form, "jp": o.jp,
        "quota": o.quota, "start_date": o.start.to_string(), "apply_by": o.apply_by.to_string(),
    });
    if imported {
        after["imported"] = true.into();
    }
    audit::append(
        tx,
        &audit::Entry::by(actor, AuditAction::OfferingCreated, AuditEntity::TrainingOffering, id)
            .after(after.to_string()),
    )
    .await?;
    Ok(id)
}

const COLUMNS: &str = "o.id, o.agency_id, o.title, o.status, o.apply_by, o.start_date, o.quota, \
    o.min_predikat, o.asn_kind, o.min_golongan, o.max_golongan, o.unit_id, o.version";

fn head_of(r: &sqlx::any::AnyRow) -> Result<OfferingHead, sqlx::Error> {
    let date = |i: usize| -> Result<Date, sqlx::Error> {
        crate::kernel::db::stored_date(&r.try_get::<String, _>(i)?)
    };
    let golongan = |i: usize| -> Result<Option<Golongan>, sqlx::Error> {
        Ok(r.try_get::<Option<String>, _>(i)?.and_then(|g| g.parse().ok()))
    };
    let kind: Option<String> = r.try_get(8)?;
    let unit_id: Option<i64> = r.try_get(11)?;
    Ok(OfferingHead {
        id: r.try_get(0)?,
        agency_id: r.try_get(1)?,
        title: r.try_get(2)?,
        status: r.code(3)?,
        apply_by: date(4)?,
        start: date(5)?,
        quota: r.try_get(6)?,
        criteria: Criteria {
            min_predikat: r.opt_code(7)?,
            asn_kind: kind.as_deref().and_then(AsnKind::from_code),
            min_golongan: golongan(9)?,
            max_golongan: golongan(10)?,
            unit_only: unit_id.is_some(),
        },
        unit_id,
        version: r.try_get(12)?,
    })
}

/// A unit of the agency by its code.
pub async fn unit_by_code(
    pool: &Pool,
    agency_id: i64,
    code: &str,
) -> Result<Option<i64>, sqlx::Error> {
    sqlx::query("SELECT id FROM org_unit WHERE agency_id = $1 AND UPPER(code) = UPPER($2)")
        .bind(agency_id)
        .bind(code)
        .fetch_optional(pool)
        .await?
        .map(|r| r.try_get(0))
        .transpose()
}

/// An offering of `agency_id`, or none (another agency's looks missing).
pub async fn head(
    conn: &mut sqlx::AnyConnection,
    agency_id: i64,
    id: i64,
) -> Result<Option<OfferingHead>, sqlx::Error> {
    let sql =
        format!("SELECT {COLUMNS} FROM training_offering o WHERE o.id = $1 AND o.agency_id = $2");
    sqlx::query(&sql)
        .bind(id)
        .bind(agency_id)
        .fetch_optional(&mut *conn)
        .await?
        .map(|r| head_of(&r))
        .transpose()
}

/// The agency's offerings, the next to start first, with their applicant counts (`open_only`:
/// those still taking applications on `today`).
pub async fn list(
    pool: &Pool,
    agency_id: i64,
    open_only: Option<Date>,
) -> Result<Vec<(OfferingView, OfferingHead)>, sqlx::Error> {
    let sql = format!(
        "SELECT {COLUMNS}, o.path, o.form, o.jp, o.provider, o.mode, o.end_date, u.name, \
         (SELECT COUNT(*) FROM training_application a WHERE a.offering_id = o.id \
          AND a.status <> 'withdrawn') FROM training_offering o \
         LEFT JOIN org_unit u ON u.id = o.unit_id \
         WHERE o.agency_id = $1 AND (CAST($2 AS TEXT) IS NULL OR (o.status = 'open' AND o.apply_by >= CAST($2 AS TEXT))) \
         ORDER BY o.start_date, o.id"
    );
    let rows = sqlx::query(&sql)
        .bind(agency_id)
        .bind(open_only.map(|d| d.to_string()))
        .fetch_all(pool)
        .await?;
    rows.iter()
        .map(|r| {
            let head = head_of(r)?;
            let view = OfferingView {
                id: head.id,
                title: head.title.clone(),
                path: r.code::<LearningPath>(13)?,
                form: r.try_get(14)?,
                jp: r.try_get(15)?,
                provider: r.try_get(16)?,
                mode: r.code::<Mode>(17)?,
                start_date: head.start.to_string(),
                end_date: r.try_get(18)?,
                apply_by: head.apply_by.to_string(),
                quota: head.quota,
                min_predikat: head.criteria.min_predikat.map(|p| p.code().to_string()),
                asn_kind: head.criteria.asn_kind.map(|k| k.code().to_string()),
                min_golongan: head.criteria.min_golongan.map(|g| g.code().to_string()),
                max_golongan: head.criteria.max_golongan.map(|g| g.code().to_string()),
                unit_name: r.try_get(19)?,
                status: head.status,
                version: head.version,
                applicants: r.try_get(20)?,
                unmet: Vec::new(),
                mine: None,
            };
            Ok((view, head))
        })
        .collect()
}

/// Every offering of `agency_id` as the catalogue export writes it: the import's columns
/// (codes as the import reads them), then the status and the applicants not withdrawn.
pub async fn export_rows(pool: &Pool, agency_id: i64) -> Result<Vec<Vec<String>>, sqlx::Error> {
    let rows = sqlx::query(
        "SELECT o.title, o.path, o.form, o.jp, o.provider, o.mode, o.start_date, o.end_date, \
         o.apply_by, o.quota, o.min_predikat, o.asn_kind, o.min_golongan, o.max_golongan, \
         u.code, o.status, (SELECT COUNT(*) FROM training_application a \
           WHERE a.offering_id = o.id AND a.status <> 'withdrawn') \
         FROM training_offering o LEFT JOIN org_unit u ON u.id = o.unit_id \
         WHERE o.agency_id = $1 ORDER BY o.start_date, o.id",
    )
    .bind(agency_id)
    .fetch_all(pool)
    .await?;
    rows.iter()
        .map(|r| {
            let text = |i: usize| -> Result<String, sqlx::Error> {
                Ok(r.try_get::<Option<String>, _>(i)?.unwrap_or_default())
            };
            let number = |i: usize| -> Result<String, sqlx::Error> {
                Ok(r.try_get::<i64, _>(i)?.to_string())
            };
            Ok(vec![
                text(0)?,
                text(1)?,
                text(2)?,
                number(3)?,
                text(4)?,
                text(5)?,
                text(6)?,
                text(7)?,
                text(8)?,
                number(9)?,
                text(10)?,
                text(11)?,
                text(12)?,
                text(13)?,
                text(14)?,
                text(15)?,
                number(16)?,
            ])
        })
        .collect()
}
