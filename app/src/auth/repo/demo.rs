//! Demo accounts (demo mode only): every user whose username starts with `demo.`; the rest of
//! the username names the role it demonstrates.

use sqlx::Row;

use crate::auth::{DemoAccount, Role};
use crate::kernel::db::Pool;

pub async fn accounts(pool: &Pool) -> Result<Vec<DemoAccount>, sqlx::Error> {
    let rows = sqlx::query(
        "SELECT u.username, u.display_name, e.nip FROM app_user u \
         LEFT JOIN employee e ON e.id = u.employee_id \
         WHERE u.username LIKE 'demo.%' ORDER BY u.id",
    )
    .fetch_all(pool)
    .await?;
    let mut out = Vec::new();
    for r in rows {
        let username: String = r.try_get(0)?;
        let nip: Option<String> = r.try_get(2)?;
        if let Some(role) = Role::from_code(username.trim_start_matches("demo.")) {
            out.push(DemoAccount { role, identifier: username, nip, name: r.try_get(1)? });
        }
    }
    Ok(out)
}
