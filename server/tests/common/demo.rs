//! The demo agency as most workflow tests start from it: seeded, with a login per role.

use app::auth::Role;
use serde_json::{json, Value};
use sqlx::Row;

use super::{call, login, spawn_app_with, Backend, TestApp};

pub struct Demo {
    pub app: TestApp,
    pub accounts: Vec<app::auth::DemoAccount>,
}

impl Demo {
    pub async fn start(backend: Backend) -> Demo {
        Self::start_with(backend, |_| {}).await
    }

    /// With a configuration change (e.g. the production request size limit for uploads).
    pub async fn start_with(
        backend: Backend,
        adjust: impl FnOnce(&mut prestasi_server::config::Config),
    ) -> Demo {
        let app = spawn_app_with(backend, |c| {
            c.demo = true;
            adjust(c);
        })
        .await;
        prestasi_server::seed::seed_demo(&app.pool, 1).await.unwrap();
        let accounts = app::auth::repo::demo::accounts(&app.pool).await.unwrap();
        Demo { app, accounts }
    }

    /// The demo's year (the current one: the demo calendar follows the day it is seeded).
    #[allow(dead_code)]
    pub fn year(&self) -> i64 {
        prestasi_server::demo_plans::demo_calendar().0
    }

    /// Moves the planning deadline a month into the past, for tests about lateness (the demo's
    /// own deadline is five days ahead).
    #[allow(dead_code)]
    pub async fn plan_deadline_passed(&self) {
        let past = app::rules::Date::from_days(app::kernel::db::now_ms() / 86_400_000 - 30);
        sqlx::query("UPDATE assessment_period SET plan_deadline = $1")
            .bind(past.to_string())
            .execute(&self.app.pool)
            .await
            .unwrap();
    }

    pub async fn login(&self, role: Role) -> String {
        let id = self.accounts.iter().find(|a| a.role == role).unwrap().identifier.clone();
        login(&self.app, &id).await
    }

    pub async fn call(
        &self,
        path: &str,
        cookie: &str,
        form: &[(&str, String)],
    ) -> Result<Value, String> {
        call(&self.app, path, Some(cookie), form).await
    }

    pub async fn rate(&self, cookie: &str, input: &Value) -> Result<Value, String> {
        let response = self
            .app
            .client
            .post(self.app.url("/api/skp/rate"))
            .header("sec-fetch-site", "same-origin")
            .header(reqwest::header::COOKIE, cookie)
            .json(&json!({ "input": input }))
            .send()
            .await
            .unwrap();
        let status = response.status();
        let body = response.text().await.unwrap();
        if status.is_success() {
            Ok(serde_json::from_str(&body).unwrap())
        } else {
            Err(super::described(status.as_u16(), &body))
        }
    }
}

pub fn s(v: impl ToString) -> String {
    v.to_string()
}

impl Demo {
    /// The approved plan of someone in the demo pejabat penilai's team, and its owner.
    #[allow(dead_code)]
    pub async fn approved_team_plan(&self) -> (i64, i64) {
        sqlx::query(
            "SELECT p.id, p.employee_id FROM skp_plan p \
             JOIN app_user u ON u.employee_id = p.penilai_id \
             JOIN assessment_period d ON d.id = p.period_id AND d.status = 'open' \
             WHERE u.username = 'demo.pejabat_penilai' AND p.status = 'approved'",
        )
        .fetch_one(&self.app.pool)
        .await
        .map(|r| (r.get(0), r.get(1)))
        .unwrap()
    }

    /// Log in as an employee without an account: the HR office issues an initial password,
    /// the employee logs in and changes it.
    pub async fn login_employee(&self, employee_id: i64) -> String {
        let admin = self.login(Role::AdminInstansi).await;
        let password = self
            .call(
                "/api/admin/employee/initial-password",
                &admin,
                &[("employee_id", s(employee_id))],
            )
            .await
            .unwrap();
        let nip: String = sqlx::query("SELECT nip FROM employee WHERE id = $1")
            .bind(employee_id)
            .fetch_one(&self.app.pool)
            .await
            .unwrap()
            .get(0);
        let cookie = super::login_with(&self.app, &nip, password.as_str().unwrap()).await.unwrap();
        let new = "kata-sandi-baru-yang-panjang-2026";
        self.call(
            "/api/auth/change-password",
            &cookie,
            &[
                ("current", password.as_str().unwrap().to_string()),
                ("new_password", new.to_string()),
                ("confirm", new.to_string()),
            ],
        )
        .await
        .unwrap();
        super::login_with(&self.app, &nip, new).await.unwrap()
    }
}

/// Give every member of the demo pejabat penilai's team without a plan an approved one with a
/// single indicator (set-up, not the path under test); returns (employee, plan) pairs.
pub async fn approved_plans_for_the_team(demo: &Demo) -> Vec<(i64, i64)> {
    let pool = &demo.app.pool;
    let (penilai, period): (i64, i64) = sqlx::query(
        "SELECT u.employee_id, (SELECT id FROM assessment_period WHERE agency_id = 1 AND status = 'open') FROM app_user u \
         WHERE u.username = 'demo.pejabat_penilai'",
    )
    .fetch_one(pool)
    .await
    .map(|r| (r.get(0), r.get(1)))
    .unwrap();
    let team: Vec<i64> = sqlx::query(
        "SELECT employee_id FROM reporting_line WHERE penilai_id = $1 AND end_date IS NULL ORDER BY employee_id",
    )
    .bind(penilai)
    .fetch_all(pool)
    .await
    .unwrap()
    .iter()
    .map(|r| r.get(0))
    .collect();
    let mut out = Vec::new();
    for employee in team {
        let existing: Option<i64> =
            sqlx::query("SELECT id FROM skp_plan WHERE employee_id = $1 AND period_id = $2")
                .bind(employee)
                .bind(period)
                .fetch_optional(pool)
                .await
                .unwrap()
                .map(|r| r.get(0));
        let plan = match existing {
            Some(id) => {
                sqlx::query("UPDATE skp_plan SET status = 'approved' WHERE id = $1")
                    .bind(id)
                    .execute(pool)
                    .await
                    .unwrap();
                id
            }
            None => {
                let id: i64 = sqlx::query(
                    "INSERT INTO skp_plan (agency_id, period_id, employee_id, penilai_id, status, version, \
                     created_at, updated_at) VALUES (1, $1, $2, $3, 'approved', 1, 0, 0) RETURNING id",
                )
                .bind(period)
                .bind(employee)
                .bind(penilai)
                .fetch_one(pool)
                .await
                .unwrap()
                .get(0);
                let result: i64 = sqlx::query(
                    "INSERT INTO skp_result (plan_id, kind, position, text, weight) VALUES ($1, 'utama', 1, 'Hasil', 1.0) RETURNING id",
                )
                .bind(id)
                .fetch_one(pool)
                .await
                .unwrap()
                .get(0);
                sqlx::query(
                    "INSERT INTO skp_indicator (result_id, position, text, target_kind, target, unit) \
                     VALUES ($1, 1, 'Indikator', 'quantitative', 10, 'dokumen')",
                )
                .bind(result)
                .execute(pool)
                .await
                .unwrap();
                id
            }
        };
        out.push((employee, plan));
    }
    out
}
