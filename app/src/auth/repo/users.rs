//! Accounts and roles. Granted roles are stored; pegawai, pejabat penilai and atasan are derived
//! from the employee link and the reporting lines in force today.

use sqlx::Row;

use crate::auth::{CurrentUser, Role};
use crate::kernel::db::{now_ms, Pool};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LoginRow {
    pub user_id: i64,
    /// The account's agency (`None` for the platform admin): whose audit log its logins go to.
    pub agency_id: Option<i64>,
    pub password_hash: String,
    pub disabled: bool,
}

fn is_nip(identifier: &str) -> bool {
    identifier.len() == 18 && identifier.bytes().all(|b| b.is_ascii_digit())
}

/// The account a login identifier names: an 18-digit NIP (through the employee record) or a
/// username (case-insensitive).
#[tracing::instrument(skip(pool))]
pub async fn find_for_login(
    pool: &Pool,
    identifier: &str,
) -> Result<Option<LoginRow>, sqlx::Error> {
    let id = identifier.trim();
    let row = if is_nip(id) {
        sqlx::query(
            "SELECT u.id, u.password_hash, u.disabled, u.agency_id FROM app_user u \
             JOIN employee e ON e.id = u.employee_id WHERE e.nip = $1",
        )
        .bind(id)
        .fetch_optional(pool)
        .await?
    } else {
        sqlx::query(
            "SELECT id, password_hash, disabled, agency_id FROM app_user WHERE username = $1",
        )
        .bind(id.to_lowercase())
        .fetch_optional(pool)
        .await?
    };
    row.map(|r| {
        Ok(LoginRow {
            user_id: r.try_get(0)?,
            password_hash: r.try_get(1)?,
            disabled: r.try_get::<i64, _>(2)? != 0,
            agency_id: r.try_get(3)?,
        })
    })
    .transpose()
}

/// The user with every role they hold today (`today` as an ISO date).
#[tracing::instrument(skip(pool))]
pub async fn current_user(
    pool: &Pool,
    user_id: i64,
    today: crate::rules::Date,
) -> Result<Option<CurrentUser>, sqlx::Error> {
    let Some(row) = sqlx::query(
        "SELECT agency_id, employee_id, display_name, must_change_password, disabled FROM app_user WHERE id = $1",
    )
    .bind(user_id)
    .fetch_optional(pool)
    .await?
    else {
        return Ok(None);
    };
    if row.try_get::<i64, _>(4)? != 0 {
        return Ok(None);
    }
    let agency_id: Option<i64> = row.try_get(0)?;
    let employee_id: Option<i64> = row.try_get(1)?;
    let mut roles = Vec::new();
    if let Some(e) = employee_id {
        roles.push(Role::Pegawai);
        let active = "AND start_date <= $2 AND (end_date IS NULL OR end_date >= $2)";
        let penilai: i64 = sqlx::query(&format!(
            "SELECT COUNT(*) FROM reporting_line WHERE penilai_id = $1 {active}"
        ))
        .bind(e)
        .bind(today.to_string())
        .fetch_one(pool)
        .await?
        .try_get(0)?;
        if penilai > 0 {
            roles.push(Role::PejabatPenilai);
        }
        let atasan: i64 = sqlx::query(&format!(
            "SELECT COUNT(*) FROM reporting_line WHERE atasan_id = $1 {active}"
        ))
        .bind(e)
        .bind(today.to_string())
        .fetch_one(pool)
        .await?
        .try_get(0)?;
        if atasan > 0 {
            roles.push(Role::AtasanPejabatPenilai);
        }
    }
    for r in sqlx::query("SELECT role FROM user_role WHERE user_id = $1")
        .bind(user_id)
        .fetch_all(pool)
        .await?
    {
        if let Some(role) = Role::from_code(&r.try_get::<String, _>(0)?) {
            roles.push(role);
        }
    }
    roles.sort();
    roles.dedup();
    Ok(Some(CurrentUser {
        user_id,
        agency_id,
        employee_id,
        display_name: row.try_get(2)?,
        roles,
        must_change_password: row.try_get::<i64, _>(3)? != 0,
    }))
}

#[derive(Debug, Clone)]
pub struct NewUser<'a> {
    pub agency_id: Option<i64>,
    pub employee_id: Option<i64>,
    pub username: &'a str,
    pub display_name: &'a str,
    pub password_hash: &'a str,
    pub must_change_password: bool,
}

pub async fn insert(conn: &mut sqlx::AnyConnection, u: &NewUser<'_>) -> Result<i64, sqlx::Error> {
    let now = now_ms();
    sqlx::query(
        "INSERT INTO app_user (agency_id, employee_id, username, display_name, password_hash, \
         must_change_password, disabled, version, created_at, updated_at) \
         VALUES ($1, $2, $3, $4, $5, $6, 0, 1, $7, $7) RETURNING id",
    )
    .bind(u.agency_id)
    .bind(u.employee_id)
    .bind(u.username.to_lowercase())
    .bind(u.display_name)
    .bind(u.password_hash)
    .bind(i64::from(u.must_change_password))
    .bind(now)
    .fetch_one(&mut *conn)
    .await?
    .try_get(0)
}

pub async fn grant(
    conn: &mut sqlx::AnyConnection,
    user_id: i64,
    role: Role,
    agency_id: Option<i64>,
) -> Result<(), sqlx::Error> {
    sqlx::query("INSERT INTO user_role (user_id, role, agency_id) VALUES ($1, $2, $3) ON CONFLICT (user_id, role) DO NOTHING")
        .bind(user_id)
        .bind(role.code())
        .bind(agency_id)
        .execute(&mut *conn)
        .await?;
    Ok(())
}

pub async fn password_hash(pool: &Pool, user_id: i64) -> Result<Option<String>, sqlx::Error> {
    sqlx::query("SELECT password_hash FROM app_user WHERE id = $1")
        .bind(user_id)
        .fetch_optional(pool)
        .await?
        .map(|r| r.try_get(0))
        .transpose()
}

/// Identifiers a password may not contain: the username and the NIP.
pub async fn identifiers(pool: &Pool, user_id: i64) -> Result<Vec<String>, sqlx::Error> {
    let row = sqlx::query(
        "SELECT u.username, e.nip FROM app_user u LEFT JOIN employee e ON e.id = u.employee_id WHERE u.id = $1",
    )
    .bind(user_id)
    .fetch_optional(pool)
    .await?;
    Ok(match row {
        Some(r) => [r.try_get::<Option<String>, _>(0)?, r.try_get::<Option<String>, _>(1)?]
            .into_iter()
            .flatten()
            .collect(),
        None => Vec::new(),
    })
}

pub async fn set_password(
    conn: &mut sqlx::AnyConnection,
    user_id: i64,
    hash: &str,
    must_change: bool,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "UPDATE app_user SET password_hash = $1, must_change_password = $2, version = version + 1, \
         updated_at = $3 WHERE id = $4",
    )
    .bind(hash)
    .bind(i64::from(must_change))
    .bind(now_ms())
    .bind(user_id)
    .execute(&mut *conn)
    .await?;
    Ok(())
}
