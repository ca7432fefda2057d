//! The HR office's management of accounts in its agency: granted roles (tim evaluasi, admin
//! instansi) and one-time initial passwords. Pegawai, pejabat penilai and atasan are never
//! granted here: they follow from the employee record and the reporting lines.

use crate::audit::types::{AuditAction, AuditEntity};
use sqlx::Row;

pub use crate::admin::types::RoleGrant;
use crate::auth::Role;
use crate::{
    audit::repo as audit,
    auth::repo::users,
    kernel::db::{now_ms, Pool},
    kernel::reason::Reason,
    kernel::write::{Actor, WriteError},
};

/// Granted roles held by the agency's accounts, by name.
pub async fn grants(pool: &Pool, agency_id: i64) -> Result<Vec<RoleGrant>, sqlx::Error> {
    let rows = sqlx::query(
        "SELECT u.id, u.username, u.display_name, e.nip, r.role FROM user_role r \
         JOIN app_user u ON u.id = r.user_id LEFT JOIN employee e ON e.id = u.employee_id \
         WHERE u.agency_id = $1 ORDER BY u.display_name, r.role",
    )
    .bind(agency_id)
    .fetch_all(pool)
    .await?;
    let mut out = Vec::with_capacity(rows.len());
    for r in &rows {
        // The table's CHECK allows only known codes; anything else is skipped, not shown.
        let Some(role) = Role::from_code(&r.try_get::<String, _>(4)?) else { continue };
        out.push(RoleGrant {
            user_id: r.try_get(0)?,
            username: r.try_get(1)?,
            display_name: r.try_get(2)?,
            nip: r.try_get(3)?,
            role,
        });
    }
    Ok(out)
}

/// The account of the agency named by NIP or username.
pub async fn account_in_agency(
    conn: &mut sqlx::AnyConnection,
    agency_id: i64,
    identifier: &str,
) -> Result<Option<i64>, sqlx::Error> {
    let id = identifier.trim();
    sqlx::query(
        "SELECT u.id FROM app_user u LEFT JOIN employee e ON e.id = u.employee_id \
         WHERE u.agency_id = $1 AND (u.username = $2 OR e.nip = $3)",
    )
    .bind(agency_id)
    .bind(id.to_lowercase())
    .bind(id)
    .fetch_optional(&mut *conn)
    .await?
    .map(|r| r.try_get(0))
    .transpose()
}

/// Grant (`grant = true`) or revoke a role of an account in the actor's agency.
pub async fn change(
    pool: &Pool,
    actor: Actor,
    identifier: &str,
    role: Role,
    grant: bool,
) -> Result<i64, WriteError> {
    if !Role::GRANTED_BY_AGENCY.contains(&role) {
        return Err(WriteError::Invalid(Reason::RoleNotGrantable));
    }
    let mut tx = crate::kernel::db::begin_write(pool).await?;
    let user_id = account_in_agency(&mut tx, actor.agency_id, identifier)
        .await?
        .ok_or(WriteError::Invalid(Reason::AccountUnknown))?;
    // An HR office cannot lock itself out by revoking its own admin role.
    if !grant && user_id == actor.user_id && role == Role::AdminInstansi {
        return Err(WriteError::Invalid(Reason::RoleSelfRevoke));
    }
    let changed = if grant {
        sqlx::query(
            "INSERT INTO user_role (user_id, role, agency_id) VALUES ($1, $2, $3) \
             ON CONFLICT (user_id, role) DO NOTHING",
        )
        .bind(user_id)
        .bind(role.code())
        .bind(actor.agency_id)
        .execute(&mut *tx)
        .await?
    } else {
        sqlx::query("DELETE FROM user_role WHERE user_id = $1 AND role = $2")
            .bind(user_id)
            .bind(role.code())
            .execute(&mut *tx)
            .await?
    };
    // Granting a role someone already has, or revoking one they lack, changes nothing and is
    // not logged: a resent form stays harmless.
    if changed.rows_affected() > 0 {
        let state = serde_json::json!({ "role": role.code() }).to_string();
        let (before_json, after_json) =
            if grant { (None, Some(state)) } else { (Some(state), None) };
        audit::append(
            &mut tx,
            &audit::Entry {
                agency_id: Some(actor.agency_id),
                actor_user_id: Some(actor.user_id),
                action: if grant { AuditAction::RoleGranted } else { AuditAction::RoleRevoked },
                entity: AuditEntity::AppUser,
                entity_id: Some(user_id.to_string()),
                before_json,
                after_json,
            },
        )
        .await?;
    }
    tx.commit().await?;
    Ok(user_id)
}

/// Give an employee of the actor's agency a one-time initial password (`hash` of it): creates
/// their account if they have none (username = NIP), requires a change at the next login, and
/// ends every session of the account. Returns the account id.
pub async fn issue_initial_password(
    pool: &Pool,
    actor: Actor,
    employee_id: i64,
    hash: &str,
) -> Result<i64, WriteError> {
    let mut tx = crate::kernel::db::begin_write(pool).await?;
    let employee = sqlx::query("SELECT nip, name FROM employee WHERE id = $1 AND agency_id = $2")
        .bind(employee_id)
        .bind(actor.agency_id)
        .fetch_optional(&mut *tx)
        .await?
        .ok_or(WriteError::NotFound)?;
    let (nip, name): (String, String) = (employee.try_get(0)?, employee.try_get(1)?);
    let existing = sqlx::query("SELECT id FROM app_user WHERE employee_id = $1")
        .bind(employee_id)
        .fetch_optional(&mut *tx)
        .await?;
    let (user_id, created) = match existing {
        Some(r) => {
            let id: i64 = r.try_get(0)?;
            users::set_password(&mut tx, id, hash, true).await?;
            sqlx::query("DELETE FROM user_session WHERE user_id = $1")
                .bind(id)
                .execute(&mut *tx)
                .await?;
            (id, false)
        }
        None => {
            let id = users::insert(
                &mut tx,
                &users::NewUser {
                    agency_id: Some(actor.agency_id),
                    employee_id: Some(employee_id),
                    username: &nip,
                    display_name: &name,
                    password_hash: hash,
                    must_change_password: true,
                },
            )
            .await?;
            (id, true)
        }
    };
    audit::append(
        &mut tx,
        &audit::Entry {
            agency_id: Some(actor.agency_id),
            actor_user_id: Some(actor.user_id),
            action: if created { AuditAction::AccountCreated } else { AuditAction::InitialPasswordIssued },
            entity: AuditEntity::AppUser,
            entity_id: Some(user_id.to_string()),
            // Never the password or its hash: only that one was issued, and when.
            after_json: Some(
                serde_json::json!({ "employee_id": employee_id, "must_change_password": true, "at": now_ms() })
                    .to_string(),
            ),
            before_json: None,
        },
    )
    .await?;
    tx.commit().await?;
    Ok(user_id)
}
