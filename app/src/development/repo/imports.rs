//! A checked import written whole: every offering or learning record of the file in one
//! transaction, each stored and audited as one added by hand (marked imported), or none; and
//! what the checks need to know of the database first.

use sqlx::Row;

use crate::development::repo::{learning::NewLearning, offerings::NewOffering};
use crate::development::types::RecordStatus;
use crate::{
    kernel::db::{begin_write, Pool},
    kernel::write::{Actor, WriteError},
};

/// The agency's employees by NIP (for the rows of a learning import).
pub async fn employees_by_nip(
    pool: &Pool,
    agency_id: i64,
    nips: &[String],
) -> Result<std::collections::HashMap<String, i64>, sqlx::Error> {
    let mut found = std::collections::HashMap::new();
    // In slices, so that a file of thousands stays within every backend's bind limit.
    for chunk in nips.chunks(500) {
        let marks: Vec<String> = (0..chunk.len()).map(|i| format!("${}", i + 2)).collect();
        let sql = format!(
            "SELECT nip, id FROM employee WHERE agency_id = $1 AND nip IN ({})",
            marks.join(", ")
        );
        let mut query = sqlx::query(&sql).bind(agency_id);
        for nip in chunk {
            query = query.bind(nip);
        }
        for r in query.fetch_all(pool).await? {
            found.insert(r.try_get(0)?, r.try_get(1)?);
        }
    }
    Ok(found)
}

/// The titles and start dates already in the agency's catalogue (lower-cased titles), so a
/// re-imported export is refused row by row instead of doubling the catalogue.
pub async fn catalogue_keys(
    pool: &Pool,
    agency_id: i64,
) -> Result<std::collections::HashSet<(String, String)>, sqlx::Error> {
    let rows = sqlx::query("SELECT title, start_date FROM training_offering WHERE agency_id = $1")
        .bind(agency_id)
        .fetch_all(pool)
        .await?;
    rows.iter().map(|r| Ok((r.try_get::<String, _>(0)?.to_lowercase(), r.try_get(1)?))).collect()
}

/// The learning already on record per employee (employee, lower-cased title, start date).
pub async fn learning_keys(
    pool: &Pool,
    agency_id: i64,
) -> Result<std::collections::HashSet<(i64, String, String)>, sqlx::Error> {
    let rows = sqlx::query(
        "SELECT employee_id, title, start_date FROM learning_record WHERE agency_id = $1",
    )
    .bind(agency_id)
    .fetch_all(pool)
    .await?;
    rows.iter()
        .map(|r| Ok((r.try_get(0)?, r.try_get::<String, _>(1)?.to_lowercase(), r.try_get(2)?)))
        .collect()
}

/// Add every offering to the catalogue.
pub async fn offerings(
    pool: &Pool,
    actor: Actor,
    all: &[NewOffering],
) -> Result<usize, WriteError> {
    let mut tx = begin_write(pool).await?;
    for o in all {
        crate::development::repo::offerings::insert(&mut tx, actor, o, true).await?;
    }
    tx.commit().await?;
    Ok(all.len())
}

/// Record every employee's completed learning, verified (the HR office vouches for what it
/// imports).
pub async fn learning(
    pool: &Pool,
    actor: Actor,
    all: &[(i64, NewLearning)],
) -> Result<usize, WriteError> {
    let mut tx = begin_write(pool).await?;
    for (employee_id, l) in all {
        let verified = RecordStatus::Verified;
        crate::development::repo::learning::insert(
            &mut tx,
            actor,
            *employee_id,
            l,
            None,
            verified,
            None,
        )
        .await?;
    }
    tx.commit().await?;
    Ok(all.len())
}
