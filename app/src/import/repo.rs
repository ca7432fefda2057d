//! Writing a validated import: the checks that need the database (unit codes, NIPs already
//! registered), then every row in one transaction, or nothing.

use crate::audit::types::{AuditAction, AuditEntity};
use std::collections::{HashMap, HashSet};

use sqlx::Row;

use crate::{
    audit::repo as audit,
    kernel::db::Pool,
    people::repo::employees::{self, NewEmployee},
};
use crate::{
    i18n::Locale,
    import::{ImportError, ImportRow},
};

/// Import `rows` into `agency_id`. `Err` lists every problem; then nothing was written.
pub async fn import_employees(
    pool: &Pool,
    agency_id: i64,
    actor_user_id: Option<i64>,
    rows: &[ImportRow],
    locale: Locale,
) -> Result<Result<usize, Vec<ImportError>>, sqlx::Error> {
    let (units, errors) = check_against_agency(pool, agency_id, rows, locale).await?;
    if !errors.is_empty() {
        return Ok(Err(errors));
    }
    write(pool, agency_id, actor_user_id, rows, &units).await.map(Ok)
}

/// What only the database can tell about `rows`: unit codes unknown in the agency and NIPs
/// already registered. Also the agency's unit ids by code, for writing.
async fn check_against_agency(
    pool: &Pool,
    agency_id: i64,
    rows: &[ImportRow],
    locale: Locale,
) -> Result<(HashMap<String, i64>, Vec<ImportError>), sqlx::Error> {
    let units: HashMap<String, i64> =
        sqlx::query("SELECT code, id FROM org_unit WHERE agency_id = $1")
            .bind(agency_id)
            .fetch_all(pool)
            .await?
            .iter()
            .map(|r| Ok((r.try_get::<String, _>(0)?.to_uppercase(), r.try_get::<i64, _>(1)?)))
            .collect::<Result<_, sqlx::Error>>()?;
    let mut existing = HashSet::new();
    for chunk in rows.chunks(500) {
        let placeholders: Vec<String> = (1..=chunk.len()).map(|i| format!("${i}")).collect();
        let sql = format!("SELECT nip FROM employee WHERE nip IN ({})", placeholders.join(", "));
        let mut query = sqlx::query(&sql);
        for row in chunk {
            query = query.bind(&row.nip);
        }
        for r in query.fetch_all(pool).await? {
            existing.insert(r.try_get::<String, _>(0)?);
        }
    }
    let mut errors = Vec::new();
    for row in rows {
        if !units.contains_key(&row.unit_code.to_uppercase()) {
            errors.push(ImportError {
                line: row.line,
                column: Some("Kode Unit".into()),
                message: match locale {
                    Locale::Id => format!("Unit `{}` tidak ada di instansi ini.", row.unit_code),
                    Locale::En => {
                        format!("Unit `{}` does not exist in this agency.", row.unit_code)
                    }
                },
            });
        }
        if existing.contains(&row.nip) {
            errors.push(ImportError {
                line: row.line,
                column: Some("NIP".into()),
                message: match locale {
                    Locale::Id => "NIP sudah terdaftar.".to_string(),
                    Locale::En => "This NIP is already registered.".to_string(),
                },
            });
        }
    }
    Ok((units, errors))
}

/// Every problem of a file: those found reading it (`read`, beside the valid `rows`) and the
/// database's about the valid rows, by line. Empty when the rows may be written.
pub async fn all_problems(
    pool: &Pool,
    agency_id: i64,
    rows: &[ImportRow],
    mut read: Vec<ImportError>,
    locale: Locale,
) -> Result<Vec<ImportError>, sqlx::Error> {
    if read.is_empty() {
        return Ok(read);
    }
    read.append(&mut check_against_agency(pool, agency_id, rows, locale).await?.1);
    read.sort_by_key(|e| e.line);
    Ok(read)
}

async fn write(
    pool: &Pool,
    agency_id: i64,
    actor_user_id: Option<i64>,
    rows: &[ImportRow],
    units: &HashMap<String, i64>,
) -> Result<usize, sqlx::Error> {
    let mut tx = crate::kernel::db::begin_write(pool).await?;
    for row in rows {
        employees::insert(
            &mut tx,
            &NewEmployee {
                agency_id,
                unit_id: units[&row.unit_code.to_uppercase()],
                nip: &row.nip,
                name: &row.name,
                kind: row.kind,
                gender: row.gender,
                birth_date: &row.birth_date,
                golongan: row.golongan.as_deref(),
                position_kind: row.position_kind,
                position_name: &row.position_name,
                jenjang: row.jenjang.as_deref(),
                education: &row.education,
            },
        )
        .await?;
    }
    audit::append(
        &mut tx,
        &audit::Entry {
            agency_id: Some(agency_id),
            actor_user_id,
            entity_id: None,
            after_json: Some(format!("{{\"rows\":{}}}", rows.len())),
            ..audit::Entry::new(AuditAction::EmployeesImported, AuditEntity::Employee)
        },
    )
    .await?;
    tx.commit().await?;
    Ok(rows.len())
}
