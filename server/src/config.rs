//! Configuration from environment variables (documented in `.env.example`), with safe defaults.
//!
//! Every problem is collected and reported at once, in Bahasa Indonesia and English, naming the
//! variable, the value and what was expected. The database URL may hold a password: it is never
//! printed whole (see [`DatabaseUrl`]).

use std::{fmt, net::SocketAddr, path::PathBuf, time::Duration};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Environment {
    /// Plain HTTP on a developer's machine.
    Development,
    /// Behind HTTPS: `Secure` and `__Host-` cookies, HSTS.
    Production,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LogFormat {
    Pretty,
    Json,
}

/// A database URL whose password never reaches a log line.
#[derive(Clone, PartialEq, Eq)]
pub struct DatabaseUrl(String);

impl DatabaseUrl {
    pub fn new(url: impl Into<String>) -> Self {
        Self(url.into())
    }

    /// The full URL, for the driver only.
    pub fn expose(&self) -> &str {
        &self.0
    }

    pub fn is_sqlite(&self) -> bool {
        self.0.starts_with("sqlite:")
    }

    pub fn is_postgres(&self) -> bool {
        self.0.starts_with("postgres://") || self.0.starts_with("postgresql://")
    }

    /// The URL with any password replaced by `***`.
    pub fn redacted(&self) -> String {
        match (self.0.find("://"), self.0.rfind('@')) {
            (Some(scheme_end), Some(at)) if at > scheme_end => {
                let userinfo = &self.0[scheme_end + 3..at];
                match userinfo.split_once(':') {
                    Some((user, _)) => {
                        format!("{}{user}:***{}", &self.0[..scheme_end + 3], &self.0[at..])
                    }
                    None => self.0.clone(),
                }
            }
            _ => self.0.clone(),
        }
    }
}

impl fmt::Debug for DatabaseUrl {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "DatabaseUrl({})", self.redacted())
    }
}

impl fmt::Display for DatabaseUrl {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.redacted())
    }
}

#[derive(Debug, Clone)]
pub struct Config {
    pub addr: SocketAddr,
    pub database_url: DatabaseUrl,
    pub db_max_connections: u32,
    /// Folder holding `pkg/` (the built bundle) and the public assets.
    pub site_root: PathBuf,
    pub environment: Environment,
    pub log_format: LogFormat,
    pub log_filter: String,
    pub max_body_bytes: usize,
    pub request_timeout: Duration,
    pub shutdown_grace: Duration,
    /// Demo mode: demo data and, later, demo accounts shown on the login page.
    pub demo: bool,
    /// Requests a minute one client may make to the public rules API.
    pub api_requests_per_minute: u32,
    /// Sessions end after this long without a request ...
    pub session_idle: Duration,
    /// ... and this long after login, whatever happens.
    pub session_absolute: Duration,
}

/// One bad variable.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConfigProblem {
    pub var: &'static str,
    pub value: String,
    pub expected_id: &'static str,
    pub expected_en: &'static str,
}

/// Every bad variable found, reported together.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub struct ConfigError(pub Vec<ConfigProblem>);

impl fmt::Display for ConfigError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "Konfigurasi tidak valid / invalid configuration:")?;
        for p in &self.0 {
            writeln!(f, "  {} = {:?}: {} / {}", p.var, p.value, p.expected_id, p.expected_en)?;
        }
        write!(f, "Lihat / see .env.example")
    }
}

impl Config {
    pub fn from_env() -> Result<Self, ConfigError> {
        Self::from_lookup(|name| std::env::var(name).ok())
    }

    /// Build from any variable source; tests pass a map instead of the process environment.
    pub fn from_lookup(get: impl Fn(&str) -> Option<String>) -> Result<Self, ConfigError> {
        let mut problems = Vec::new();
        let mut read = |var: &'static str,
                        default: &str,
                        expected_id: &'static str,
                        expected_en: &'static str,
                        valid: &dyn Fn(&str) -> bool| {
            let value = get(var).filter(|v| !v.trim().is_empty()).unwrap_or_else(|| default.into());
            let value = value.trim().to_string();
            if !valid(&value) {
                // The database URL may carry a password: report it redacted.
                let shown = if var == "DATABASE_URL" {
                    DatabaseUrl::new(value.clone()).redacted()
                } else {
                    value.clone()
                };
                problems.push(ConfigProblem { var, value: shown, expected_id, expected_en });
            }
            value
        };

        let addr = read(
            "PRESTASI_ADDR",
            "127.0.0.1:3000",
            "harus alamat soket host:port, misalnya 127.0.0.1:3000",
            "must be a socket address host:port, e.g. 127.0.0.1:3000",
            &|v| v.parse::<SocketAddr>().is_ok(),
        );
        let database_url = read(
            "DATABASE_URL",
            "sqlite://.data/prestasi.db",
            "harus diawali sqlite: atau postgres://",
            "must start with sqlite: or postgres://",
            &|v| {
                let url = DatabaseUrl::new(v);
                url.is_sqlite() || url.is_postgres()
            },
        );
        let db_max_connections = read(
            "PRESTASI_DB_MAX_CONNECTIONS",
            "10",
            "harus bilangan bulat 1–1000",
            "must be an integer 1–1000",
            &|v| v.parse::<u32>().is_ok_and(|n| (1..=1000).contains(&n)),
        );
        let site_root = read(
            "PRESTASI_SITE_ROOT",
            "target/site",
            "harus sebuah path folder",
            "must be a folder path",
            &|v| !v.is_empty(),
        );
        let environment = read(
            "PRESTASI_ENV",
            "development",
            "harus development atau production",
            "must be development or production",
            &|v| matches!(v, "development" | "production"),
        );
        let log_format = read(
            "PRESTASI_LOG_FORMAT",
            "pretty",
            "harus pretty atau json",
            "must be pretty or json",
            &|v| matches!(v, "pretty" | "json"),
        );
        let log_filter = get("RUST_LOG")
            .filter(|v| !v.trim().is_empty())
            .unwrap_or_else(|| "info,sqlx=warn,tower_http=info".into());
        let max_body_bytes = read(
            "PRESTASI_MAX_BODY_BYTES",
            "2097152",
            "harus bilangan bulat 1024–104857600 (byte)",
            "must be an integer 1024–104857600 (bytes)",
            &|v| v.parse::<usize>().is_ok_and(|n| (1024..=104_857_600).contains(&n)),
        );
        let request_timeout = read(
            "PRESTASI_REQUEST_TIMEOUT_SECS",
            "30",
            "harus bilangan bulat 1–600 (detik)",
            "must be an integer 1–600 (seconds)",
            &|v| v.parse::<u64>().is_ok_and(|n| (1..=600).contains(&n)),
        );
        let shutdown_grace = read(
            "PRESTASI_SHUTDOWN_GRACE_SECS",
            "10",
            "harus bilangan bulat 0–300 (detik)",
            "must be an integer 0–300 (seconds)",
            &|v| v.parse::<u64>().is_ok_and(|n| n <= 300),
        );
        let demo = read(
            "PRESTASI_DEMO",
            "false",
            "harus true atau false",
            "must be true or false",
            &|v| matches!(v, "true" | "false"),
        );

        let api_rate = read(
            "PRESTASI_API_RATE_PER_MINUTE",
            "120",
            "harus bilangan bulat 1–100000",
            "must be an integer 1–100000",
            &|v| v.parse::<u32>().is_ok_and(|n| (1..=100_000).contains(&n)),
        );

        let idle = read(
            "PRESTASI_SESSION_IDLE_MINUTES",
            "30",
            "harus bilangan bulat 1–1440 (menit)",
            "must be an integer 1–1440 (minutes)",
            &|v| v.parse::<u64>().is_ok_and(|n| (1..=1440).contains(&n)),
        );
        let absolute = read(
            "PRESTASI_SESSION_ABSOLUTE_HOURS",
            "12",
            "harus bilangan bulat 1–168 (jam)",
            "must be an integer 1–168 (hours)",
            &|v| v.parse::<u64>().is_ok_and(|n| (1..=168).contains(&n)),
        );

        if !problems.is_empty() {
            return Err(ConfigError(problems));
        }
        // Every value below was validated above, so the parses cannot fail; the fallbacks
        // only keep this free of panics.
        Ok(Config {
            addr: addr.parse().unwrap_or(SocketAddr::from(([127, 0, 0, 1], 3000))),
            database_url: DatabaseUrl::new(database_url),
            db_max_connections: db_max_connections.parse().unwrap_or(10),
            site_root: PathBuf::from(site_root),
            environment: if environment == "production" {
                Environment::Production
            } else {
                Environment::Development
            },
            log_format: if log_format == "json" { LogFormat::Json } else { LogFormat::Pretty },
            log_filter,
            max_body_bytes: max_body_bytes.parse().unwrap_or(2 * 1024 * 1024),
            request_timeout: Duration::from_secs(request_timeout.parse().unwrap_or(30)),
            shutdown_grace: Duration::from_secs(shutdown_grace.parse().unwrap_or(10)),
            demo: demo == "true",
            api_requests_per_minute: api_rate.parse().unwrap_or(120),
            session_idle: Duration::from_secs(60 * idle.parse::<u64>().unwrap_or(30)),
            session_absolute: Duration::from_secs(3600 * absolute.parse::<u64>().unwrap_or(12)),
        })
    }
}

#[cfg(test)]
mod tests {
    use std::collections::HashMap;

    use super::*;

    fn config(vars: &[(&str, &str)]) -> Result<Config, ConfigError> {
        let map: HashMap<String, String> =
            vars.iter().map(|(k, v)| ((*k).to_string(), (*v).to_string())).collect();
        Config::from_lookup(|name| map.get(name).cloned())
    }

    #[test]
    fn an_empty_environment_gives_the_safe_local_defaults() {
        let c = config(&[]).unwrap();
        assert_eq!(c.addr.to_string(), "127.0.0.1:3000");
        assert!(c.database_url.is_sqlite());
        assert_eq!(c.environment, Environment::Development);
        assert!(!c.demo);
        assert_eq!(c.max_body_bytes, 2 * 1024 * 1024);
    }

    #[test]
    fn every_bad_variable_is_reported_at_once_with_its_value_and_expectation() {
        let err = config(&[
            ("PRESTASI_ADDR", "localhost"),
            ("DATABASE_URL", "mysql://x"),
            ("PRESTASI_DEMO", "yes"),
        ])
        .unwrap_err();
        let vars: Vec<_> = err.0.iter().map(|p| p.var).collect();
        assert_eq!(vars, ["PRESTASI_ADDR", "DATABASE_URL", "PRESTASI_DEMO"]);
        let text = err.to_string();
        assert!(text.contains("Konfigurasi tidak valid"), "{text}");
        assert!(text.contains("PRESTASI_ADDR = \"localhost\""), "{text}");
        assert!(text.contains("must be a socket address"), "{text}");
    }

    #[test]
    fn the_database_password_never_appears_in_debug_or_display() {
        let url = DatabaseUrl::new("postgres://prestasi:s3cret@db.internal:5432/prestasi");
        assert_eq!(url.to_string(), "postgres://prestasi:***@db.internal:5432/prestasi");
        assert!(!format!("{url:?}").contains("s3cret"));
        let c = config(&[("DATABASE_URL", "postgres://u:hunter2@h/d")]).unwrap();
        assert!(!format!("{c:?}").contains("hunter2"));
    }
}
