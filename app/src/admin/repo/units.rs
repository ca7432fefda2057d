//! The HR office's organisation tree: list, add, rename and move units, audited and
//! version-checked like every other change.

use crate::audit::types::{AuditAction, AuditEntity};
use sqlx::Row;

pub use crate::admin::types::UnitRow;
use crate::{
    admin::repo::agencies,
    audit::repo as audit,
    kernel::db::Pool,
    kernel::reason::Reason,
    kernel::write::{Actor, WriteError},
};

/// Every unit of an agency in tree order (each parent followed by its children, by code).
pub async fn tree(pool: &Pool, agency_id: i64) -> Result<Vec<UnitRow>, sqlx::Error> {
    let flat = sqlx::query_as(
        "SELECT u.id, u.parent_id, u.code, u.name, u.version, \
         (SELECT COUNT(*) FROM employee e WHERE e.unit_id = u.id) AS employees \
         FROM org_unit u WHERE u.agency_id = $1 ORDER BY u.code",
    )
    .bind(agency_id)
    .fetch_all(pool)
    .await?;
    Ok(in_tree_order(flat))
}

/// Depth-first order; units whose parent is missing (cannot happen with the foreign key) are
/// listed at the top rather than lost.
fn in_tree_order(flat: Vec<UnitRow>) -> Vec<UnitRow> {
    fn visit(parent: Option<i64>, depth: u32, flat: &[UnitRow], out: &mut Vec<UnitRow>) {
        for u in flat.iter().filter(|u| u.parent_id == parent) {
            if out.iter().any(|o| o.id == u.id) {
                continue;
            }
            out.push(UnitRow { depth, ..u.clone() });
            visit(Some(u.id), depth + 1, flat, out);
        }
    }
    let mut out = Vec::with_capacity(flat.len());
    visit(None, 0, &flat, &mut out);
    for u in &flat {
        if !out.iter().any(|o| o.id == u.id) {
            out.push(u.clone());
        }
    }
    out
}

/// What the unit form submits.
#[derive(Debug, Clone)]
pub struct UnitInput {
    /// `None` adds a new unit.
    pub id: Option<i64>,
    pub version: Option<i64>,
    pub parent_id: Option<i64>,
    pub code: String,
    pub name: String,
}

/// Add or change a unit; returns its id.
pub async fn save(pool: &Pool, actor: Actor, input: &UnitInput) -> Result<i64, WriteError> {
    let mut tx = crate::kernel::db::begin_write(pool).await?;
    if let Some(parent) = input.parent_id {
        let found = sqlx::query("SELECT 1 FROM org_unit WHERE id = $1 AND agency_id = $2")
            .bind(parent)
            .bind(actor.agency_id)
            .fetch_optional(&mut *tx)
            .await?;
        if found.is_none() {
            return Err(WriteError::Invalid(Reason::UnitParentUnknown));
        }
    }
    let clash =
        sqlx::query("SELECT id FROM org_unit WHERE agency_id = $1 AND code = $2 AND id <> $3")
            .bind(actor.agency_id)
            .bind(&input.code)
            .bind(input.id.unwrap_or(0))
            .fetch_optional(&mut *tx)
            .await?;
    if clash.is_some() {
        return Err(WriteError::Invalid(Reason::UnitCodeTaken));
    }
    let after = serde_json::json!({
        "code": input.code, "name": input.name, "parent_id": input.parent_id
    });
    let (id, action, before) = match input.id {
        None => {
            let id = agencies::insert_unit_on(
                &mut tx,
                actor.agency_id,
                input.parent_id,
                &input.code,
                &input.name,
            )
            .await?;
            (id, AuditAction::UnitCreated, None)
        }
        Some(id) => {
            let row = sqlx::query(
                "SELECT code, name, parent_id, version FROM org_unit WHERE id = $1 AND agency_id = $2",
            )
            .bind(id)
            .bind(actor.agency_id)
            .fetch_optional(&mut *tx)
            .await?
            .ok_or(WriteError::NotFound)?;
            let version: i64 = row.try_get(3)?;
            if Some(version) != input.version {
                return Err(WriteError::Conflict);
            }
            // Moving a unit under itself or one of its descendants would cut it off the tree.
            let mut ancestor = input.parent_id;
            while let Some(a) = ancestor {
                if a == id {
                    return Err(WriteError::Invalid(Reason::UnitCycle));
                }
                ancestor = sqlx::query("SELECT parent_id FROM org_unit WHERE id = $1")
                    .bind(a)
                    .fetch_one(&mut *tx)
                    .await?
                    .try_get(0)?;
            }
            let before = serde_json::json!({
                "code": row.try_get::<String, _>(0)?,
                "name": row.try_get::<String, _>(1)?,
                "parent_id": row.try_get::<Option<i64>, _>(2)?,
            });
            let updated = sqlx::query(
                "UPDATE org_unit SET code = $1, name = $2, parent_id = $3, version = version + 1 \
                 WHERE id = $4 AND agency_id = $5 AND version = $6",
            )
            .bind(&input.code)
            .bind(&input.name)
            .bind(input.parent_id)
            .bind(id)
            .bind(actor.agency_id)
            .bind(version)
            .execute(&mut *tx)
            .await?;
            if updated.rows_affected() != 1 {
                return Err(WriteError::Conflict);
            }
            (id, AuditAction::UnitUpdated, Some(before.to_string()))
        }
    };
    audit::append(
        &mut tx,
        &audit::Entry {
            agency_id: Some(actor.agency_id),
            actor_user_id: Some(actor.user_id),
            action,
            entity: AuditEntity::OrgUnit,
            entity_id: Some(id.to_string()),
            before_json: before,
            after_json: Some(after.to_string()),
        },
    )
    .await?;
    tx.commit().await?;
    Ok(id)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn unit(id: i64, parent: Option<i64>, code: &str) -> UnitRow {
        UnitRow {
            id,
            parent_id: parent,
            code: code.into(),
            name: code.into(),
            version: 1,
            depth: 9,
            employees: 0,
        }
    }

    #[test]
    fn units_are_listed_parent_first_with_their_depth() {
        let flat = vec![
            unit(3, Some(1), "A-1"),
            unit(1, None, "A"),
            unit(4, Some(3), "A-1-1"),
            unit(2, None, "B"),
        ];
        let order: Vec<(i64, u32)> = in_tree_order(flat).iter().map(|u| (u.id, u.depth)).collect();
        assert_eq!(order, vec![(1, 0), (3, 1), (4, 2), (2, 0)]);
    }
}
