//! Bootstrap: read the command line and configuration, start logging, run the command.

use std::process::ExitCode;

use clap::Parser;
use prestasi_server::{cli::Cli, config::Config, telemetry};

#[tokio::main]
async fn main() -> ExitCode {
    let cli = Cli::parse();
    let config = match Config::from_env() {
        Ok(config) => config,
        Err(error) => {
            // Logging is not configured yet (its settings may be the broken ones): plain stderr.
            eprintln!("{error}");
            return ExitCode::from(2);
        }
    };
    telemetry::init(&config);
    match prestasi_server::cli::run(cli, config).await {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            tracing::error!(error = %error, "command failed");
            eprintln!("{error}");
            ExitCode::FAILURE
        }
    }
}
