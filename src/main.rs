//! The `frontdoor` command: runs the kiosk, and the admin subcommands that
//! read the same config.

use clap::{Parser, Subcommand};
use frontdoor::catalogue::Catalogue;
use frontdoor::config::Config;
use frontdoor::outbox::Outbox;
use std::path::PathBuf;
use std::process::ExitCode;

/// Frontdoor: a council's self-service kiosk for libraries and community hubs.
#[derive(Parser)]
#[command(name = "frontdoor", version)]
struct Cli {
    /// The config file (default: $FRONTDOOR_CONFIG, else the embedded demo default).
    #[arg(long, global = true, value_name = "FILE")]
    config: Option<PathBuf>,
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Subcommand)]
enum Command {
    /// Start the kiosk (fullscreen when the config says so).
    Run {
        /// Open in a window even if the config says fullscreen.
        #[arg(long)]
        windowed: bool,
    },
    /// Check the config and the catalogue, and say what is wrong.
    CheckConfig,
    /// The services and their questions, as the kiosk will ask them.
    Catalogue {
        #[command(subcommand)]
        command: CatalogueCommand,
    },
    /// Send what is waiting to the back office now, then exit.
    Sync {
        /// Send once and exit (required: the kiosk sends in the background).
        #[arg(long, required = true)]
        once: bool,
    },
    /// The submissions stored on this terminal.
    Outbox {
        #[command(subcommand)]
        command: OutboxCommand,
    },
}

#[derive(Subcommand)]
enum CatalogueCommand {
    /// List services and their questions.
    Show {
        /// Print JSON.
        #[arg(long)]
        json: bool,
    },
}

#[derive(Subcommand)]
enum OutboxCommand {
    /// Counts by state and the age of the oldest unsent submission.
    Stats {
        /// Print JSON.
        #[arg(long)]
        json: bool,
    },
    /// One row per submission: reference, service, state, ids.
    List {
        /// Print JSON.
        #[arg(long)]
        json: bool,
    },
}

fn main() -> ExitCode {
    let started = std::time::Instant::now();
    let cli = Cli::parse();
    match run(cli, started) {
        Ok(()) => ExitCode::SUCCESS,
        Err(reason) => {
            eprintln!("frontdoor: {reason}");
            ExitCode::FAILURE
        }
    }
}

fn load(cli: &Cli) -> Result<(Config, Catalogue), String> {
    let config = Config::load(cli.config.as_deref()).map_err(|e| e.to_string())?;
    // The back office's cached catalogue, when there is one, else the
    // council's folder or the bundled one.
    let store = match config.backend.kind {
        frontdoor::config::BackendKind::Open311 => Outbox::open(&config.database_path()).ok(),
        frontdoor::config::BackendKind::None => None,
    };
    let (catalogue, _) =
        frontdoor::sync::catalogue::choose(&config, store.as_ref()).map_err(|e| e.to_string())?;
    Ok((config, catalogue))
}

fn open_outbox(config: &Config) -> Result<Outbox, String> {
    let path = config.database_path();
    Outbox::open(&path).map_err(|e| format!("{}: {e}", path.display()))
}

/// `sync --once`: tries every waiting submission once, then reports; fails
/// when anything is still unsent.
fn sync_once(config: &Config) -> Result<(), String> {
    let client = frontdoor::sync::Client::from_config(config)
        .map_err(|e| format!("{}: {e}", config.source))?;
    let outbox = std::sync::Arc::new(std::sync::Mutex::new(open_outbox(config)?));
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|e| e.to_string())?;
    let report = runtime.block_on(frontdoor::sync::send_waiting(&outbox, &client, true))?;
    let stats = outbox
        .lock()
        .map_err(|_| "the store is unavailable".to_string())?
        .stats(chrono::Utc::now())
        .map_err(|e| e.to_string())?;
    println!(
        "sent {}, will retry {}, refused {}; now pending {}, needs attention {}",
        report.sent, report.retrying, report.refused, stats.pending, stats.needs_attention
    );
    if stats.pending + stats.sending + stats.needs_attention > 0 {
        return Err(format!(
            "{} submissions are not sent ({} waiting to retry, {} refused by the back office: see outbox list)",
            stats.pending + stats.sending + stats.needs_attention,
            stats.pending + stats.sending,
            stats.needs_attention
        ));
    }
    Ok(())
}

fn json(value: &impl serde::Serialize) -> Result<(), String> {
    let text = serde_json::to_string_pretty(value).map_err(|e| e.to_string())?;
    println!("{text}");
    Ok(())
}

fn run(cli: Cli, started: std::time::Instant) -> Result<(), String> {
    let (config, catalogue) = load(&cli)?;
    match cli.command {
        None => frontdoor::app::run(config, catalogue, false, started).map_err(|e| e.to_string()),
        Some(Command::Run { windowed }) => {
            frontdoor::app::run(config, catalogue, windowed, started).map_err(|e| e.to_string())
        }
        Some(Command::CheckConfig) => {
            // The kiosk cannot keep a submission without its store.
            open_outbox(&config).map_err(|e| format!("{}: kiosk.data_dir: {e}", config.source))?;
            let questions: usize = catalogue
                .services
                .iter()
                .map(|s| s.questions().count())
                .sum();
            println!(
                "{}: the config is valid; the catalogue has {} services in {} groups with {} questions.",
                config.source,
                catalogue.services.len(),
                catalogue.groups.len(),
                questions
            );
            Ok(())
        }
        Some(Command::Catalogue {
            command: CatalogueCommand::Show { json: as_json },
        }) => {
            if as_json {
                return json(&catalogue);
            }
            print!("{}", frontdoor::catalogue::describe(&catalogue));
            Ok(())
        }
        Some(Command::Sync { once: _ }) => sync_once(&config),
        Some(Command::Outbox { command }) => {
            let outbox = open_outbox(&config)?;
            match command {
                OutboxCommand::Stats { json: as_json } => {
                    let stats = outbox
                        .stats(chrono::Utc::now())
                        .map_err(|e| e.to_string())?;
                    if as_json {
                        return json(&stats);
                    }
                    println!("pending          {}", stats.pending);
                    println!("sending          {}", stats.sending);
                    println!("sent             {}", stats.sent);
                    println!("needs attention  {}", stats.needs_attention);
                    match stats.oldest_pending_age_secs {
                        Some(s) => {
                            println!("oldest pending   {}", frontdoor::outbox::describe_age(s))
                        }
                        None => println!("oldest pending   none"),
                    }
                    let now = chrono::Utc::now();
                    match stats.last_sent_at {
                        Some(at) => println!(
                            "last sent        {} ago",
                            frontdoor::outbox::describe_age((now - at).num_seconds().max(0))
                        ),
                        None => println!("last sent        never"),
                    }
                    if let Some(e) = &stats.last_error {
                        println!("last problem     {e}");
                    }
                    Ok(())
                }
                OutboxCommand::List { json: as_json } => {
                    let rows: Vec<frontdoor::outbox::ListRow> = outbox
                        .list()
                        .map_err(|e| e.to_string())?
                        .into_iter()
                        .map(Into::into)
                        .collect();
                    if as_json {
                        return json(&rows);
                    }
                    println!(
                        "{:<12}  {:<22}  {:<15}  {:>8}  {:<20}  back office",
                        "reference", "service", "state", "attempts", "saved at (UTC)"
                    );
                    for r in rows {
                        println!(
                            "{:<12}  {:<22}  {:<15}  {:>8}  {:<20}  {}",
                            r.reference,
                            r.service_code,
                            r.state.as_str(),
                            r.attempts,
                            r.created_at.format("%Y-%m-%d %H:%M:%S"),
                            r.service_request_id
                                .or(r.token.map(|t| format!("token {t}")))
                                .unwrap_or_else(|| "-".into())
                        );
                    }
                    Ok(())
                }
            }
        }
    }
}
