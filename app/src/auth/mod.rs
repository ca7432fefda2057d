//! Who is asking: the logged-in user and their roles, shared by the server and the browser.
//! The server-side machinery (passwords, sessions, throttling) sits in the `ssr` submodules.

use serde::{Deserialize, Serialize};

pub mod api;
#[cfg(feature = "ssr")]
pub mod password;
#[cfg(feature = "ssr")]
pub mod repo;
#[cfg(feature = "ssr")]
pub mod session;
pub mod state;
#[cfg(feature = "ssr")]
pub mod throttle;
pub mod ui;

/// The roles of PRODUCT.md §2. Pegawai, pejabat penilai and atasan are derived from the employee
/// record and the reporting lines; the others are granted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    Pegawai,
    PejabatPenilai,
    AtasanPejabatPenilai,
    TimEvaluasi,
    AdminInstansi,
    PlatformAdmin,
}

impl Role {
    /// The roles an agency's HR office grants and revokes; the others follow from the records
    /// (pegawai, pejabat penilai, atasan) or are the platform's own.
    pub const GRANTED_BY_AGENCY: [Role; 2] = [Role::TimEvaluasi, Role::AdminInstansi];

    pub fn code(self) -> &'static str {
        match self {
            Role::Pegawai => "pegawai",
            Role::PejabatPenilai => "pejabat_penilai",
            Role::AtasanPejabatPenilai => "atasan_pejabat_penilai",
            Role::TimEvaluasi => "tim_evaluasi",
            Role::AdminInstansi => "admin_instansi",
            Role::PlatformAdmin => "platform_admin",
        }
    }

    pub fn from_code(code: &str) -> Option<Role> {
        [
            Role::Pegawai,
            Role::PejabatPenilai,
            Role::AtasanPejabatPenilai,
            Role::TimEvaluasi,
            Role::AdminInstansi,
            Role::PlatformAdmin,
        ]
        .into_iter()
        .find(|r| r.code() == code)
    }
}

/// The logged-in user as pages and server functions see them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CurrentUser {
    pub user_id: i64,
    pub agency_id: Option<i64>,
    pub employee_id: Option<i64>,
    pub display_name: String,
    pub roles: Vec<Role>,
    /// An admin-issued initial password: everything but changing it is refused.
    pub must_change_password: bool,
}

impl CurrentUser {
    pub fn has(&self, role: Role) -> bool {
        self.roles.contains(&role)
    }
}

/// What the session middleware found on the request (server only; in the request extensions).
#[cfg(feature = "ssr")]
#[derive(Debug, Clone, Default)]
pub struct RequestSession {
    pub token: Option<String>,
    pub user: Option<CurrentUser>,
}

/// Server-side services the auth server functions need (provided as context).
#[cfg(feature = "ssr")]
#[derive(Clone)]
pub struct AuthServices {
    pub hasher: password::Hasher,
    pub sessions: session::SessionSettings,
    /// Demo mode: the login page lists the demo accounts.
    pub demo: bool,
}

/// The session of the request being served (server functions and SSR).
#[cfg(feature = "ssr")]
pub fn request_session() -> RequestSession {
    leptos::prelude::use_context::<http::request::Parts>()
        .and_then(|parts| parts.extensions.get::<RequestSession>().cloned())
        .unwrap_or_default()
}

/// One demo account, shown on the login page in demo mode only.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DemoAccount {
    pub role: Role,
    /// The username (`demo.pegawai`), which logs in for every role.
    pub identifier: String,
    /// An employee's NIP, which logs in too (how real employees usually do).
    pub nip: Option<String>,
    pub name: String,
}

/// The password of every demo account (demo mode only; documented in the README).
pub const DEMO_PASSWORD: &str = "prestasi-demo-2026";
