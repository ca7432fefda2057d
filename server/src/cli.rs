//! Operations subcommands.

use clap::{Parser, Subcommand};

use crate::{
    config::Config,
    startup::Application,
    {db, seed},
};

#[derive(Debug, Parser)]
#[command(name = "server", about = "Prestasi server and operations tools", version)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Serve the application (the default). With PRESTASI_DEMO=true, a new database is filled
    /// with the demo data first.
    Serve,
    /// Create the database if needed and apply pending migrations, then exit.
    Migrate,
    /// Create an HR-office (admin instansi) or platform administrator with a one-time initial
    /// password, printed once; it must be changed at first login.
    CreateAdmin {
        /// Login name (letters, digits, dot, dash, underscore).
        #[arg(long)]
        username: String,
        /// Name shown in the interface.
        #[arg(long)]
        name: String,
        /// Agency code (e.g. kota-makassar) for an admin instansi.
        #[arg(long, conflicts_with = "platform", required_unless_present = "platform")]
        agency: Option<String>,
        /// A platform administrator instead (all agencies, rule sets).
        #[arg(long)]
        platform: bool,
    },
    /// Create an agency (a tenant); then give it an HR office with `create-admin --agency CODE`.
    CreateAgency {
        /// Short code, lowercase letters, digits and dashes (e.g. kab-sorong).
        #[arg(long)]
        code: String,
        /// Full name, e.g. "Pemerintah Kabupaten Sorong".
        #[arg(long)]
        name: String,
        /// province, city, regency or national.
        #[arg(long)]
        region_kind: String,
        /// The region's name, e.g. "Kabupaten Sorong, Papua Barat Daya".
        #[arg(long)]
        region_name: String,
    },
    /// Import employees from a CSV or XLSX file into an agency: every row validated, all or nothing.
    Import {
        /// Agency code, e.g. kota-makassar.
        #[arg(long)]
        agency: String,
        /// The CSV or XLSX file (the template: GET /api/admin/import-template.csv).
        file: std::path::PathBuf,
    },
    /// Print the public rules API's OpenAPI document (JSON) and exit.
    Openapi,
    /// Load the deterministic demo data into an empty database.
    SeedDemo {
        /// Multiply the number of employees per unit (for load tests).
        #[arg(long, default_value_t = 1, value_parser = clap::value_parser!(u32).range(1..=10_000))]
        scale: u32,
    },
}

#[derive(Debug, thiserror::Error)]
pub enum CliError {
    #[error(transparent)]
    Startup(#[from] crate::startup::StartupError),
    #[error(transparent)]
    Db(#[from] db::DbError),
    #[error(transparent)]
    Seed(#[from] seed::SeedError),
    #[error("server berhenti dengan galat / server stopped with an error: {0}")]
    Serve(#[from] std::io::Error),
    #[error(transparent)]
    Admin(#[from] crate::admin::AdminError),
    #[error("instansi tidak dibuat / agency not created: {0}")]
    Agency(String),
}

pub async fn run(cli: Cli, config: Config) -> Result<(), CliError> {
    match cli.command.unwrap_or(Command::Serve) {
        Command::Serve => serve(config).await,
        Command::Migrate => {
            db::connect_and_migrate(&config.database_url, config.db_max_connections).await?;
            tracing::info!(database = %config.database_url, "migrations applied");
            Ok(())
        }
        Command::CreateAdmin { username, name, agency, platform } => {
            let pool =
                db::connect_and_migrate(&config.database_url, config.db_max_connections).await?;
            let scope = if platform {
                crate::admin::Scope::Platform
            } else {
                crate::admin::Scope::Agency(agency.unwrap_or_default())
            };
            let created = crate::admin::create_admin(&pool, &username, &name, scope).await?;
            // Printed once, to the operator only; never logged.
            println!("username: {}", created.username);
            println!("initial password (must be changed at first login): {}", created.password);
            Ok(())
        }
        Command::CreateAgency { code, name, region_kind, region_name } => {
            let pool =
                db::connect_and_migrate(&config.database_url, config.db_max_connections).await?;
            let new = app::admin::repo::agencies::NewAgency {
                code: &code,
                name: &name,
                region_kind: &region_kind,
                region_name: &region_name,
            };
            let id = app::admin::repo::agencies::create_audited(&pool, None, &new).await.map_err(
                |e| {
                    let t = app::i18n::Locale::Id.texts();
                    let en = app::i18n::Locale::En.texts();
                    CliError::Agency(match e {
                        app::kernel::write::WriteError::Invalid(code) => {
                            format!("{} / {}", t.invalid(code), en.invalid(code))
                        }
                        other => format!("{other:?}"),
                    })
                },
            )?;
            println!("agency {code} created (id {id})");
            Ok(())
        }
        Command::Import { agency, file } => {
            let pool =
                db::connect_and_migrate(&config.database_url, config.db_max_connections).await?;
            crate::admin::import_file(&pool, &agency, &file).await?;
            Ok(())
        }
        Command::Openapi => {
            let document = crate::http::rules_api::openapi::document();
            println!("{}", serde_json::to_string_pretty(&document).expect("a JSON value"));
            Ok(())
        }
        Command::SeedDemo { scale } => {
            let pool =
                db::connect_and_migrate(&config.database_url, config.db_max_connections).await?;
            let summary = seed::seed_demo(&pool, scale).await?;
            println!("{summary}");
            Ok(())
        }
    }
}

async fn serve(config: Config) -> Result<(), CliError> {
    let app = Application::build(&config).await?;
    if config.demo && db::is_empty(app.pool()).await.map_err(seed::SeedError::from)? {
        let summary = seed::seed_demo(app.pool(), 1).await?;
        tracing::info!(%summary, "new database: demo data loaded");
    }
    tracing::info!(
        address = %format!("http://{}", app.local_addr()),
        database = %config.database_url,
        demo = config.demo,
        "Prestasi is listening"
    );
    app.run_until_stopped().await?;
    Ok(())
}
