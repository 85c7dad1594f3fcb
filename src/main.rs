//! The `frontdoor` command: runs the kiosk, and the admin subcommands that
//! read the same config. This file parses the arguments, sets up logging
//! and hands each subcommand to its body in the library's `cli` module.

use clap::{Parser, Subcommand};
use frontdoor::catalogue::Catalogue;
use frontdoor::cli::{self, CliError};
use frontdoor::config::Config;
use std::path::PathBuf;
use std::process::ExitCode;

/// Frontdoor: a council's self-service kiosk for libraries and community hubs.
#[derive(Parser)]
#[command(name = "frontdoor", version, disable_help_subcommand = true)]
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
    /// The receipt of a submission saved on this terminal.
    Receipt {
        #[command(subcommand)]
        command: ReceiptCommand,
    },
    /// The receipt printer.
    Printer {
        #[command(subcommand)]
        command: PrinterCommand,
    },
    /// Staff who can sign in on this terminal.
    Staff {
        #[command(subcommand)]
        command: StaffCommand,
    },
    /// Payments taken on this terminal.
    Payments {
        #[command(subcommand)]
        command: PaymentsCommand,
    },
    /// The config version in use and when it was fetched, the metrics
    /// endpoint, and the last check of each centrally published file.
    Status {
        /// Print JSON.
        #[arg(long)]
        json: bool,
    },
    /// The council's gazetteer (addresses and streets) on this terminal.
    Gazetteer {
        #[command(subcommand)]
        command: GazetteerCommand,
    },
    /// Help calls to staff.
    Help {
        #[command(subcommand)]
        command: HelpCommand,
    },
    /// Texts and emails through GOV.UK Notify.
    Notify {
        #[command(subcommand)]
        command: NotifyCommand,
    },
    /// The audit log of what staff did.
    Audit {
        #[command(subcommand)]
        command: AuditCommand,
    },
}

#[derive(Subcommand)]
enum AuditCommand {
    /// Check the audit log's hash chain and say where it breaks.
    Verify,
}

#[derive(Subcommand)]
enum PaymentsCommand {
    /// Today's payments: id, item, amount, state, provider id.
    List {
        /// Print JSON.
        #[arg(long)]
        json: bool,
    },
    /// A day's payments for finance, as CSV.
    Reconcile {
        /// The day, YYYY-MM-DD (local time).
        #[arg(long)]
        date: String,
        /// The CSV file to write.
        #[arg(long, value_name = "FILE")]
        csv: PathBuf,
    },
}

#[derive(Subcommand)]
enum GazetteerCommand {
    /// Load the council's AddressBase Core CSV, replacing the gazetteer in
    /// one atomic swap (a failed import leaves the old one in use).
    Import {
        /// The CSV file.
        file: PathBuf,
    },
    /// The addresses at a postcode, with their UPRNs, as the kiosk lists them.
    Find {
        /// The postcode, in any spacing or case.
        postcode: String,
        /// Print JSON.
        #[arg(long)]
        json: bool,
    },
}

#[derive(Subcommand)]
enum HelpCommand {
    /// Send a test help call through every configured channel and say what
    /// each answered.
    Test,
}

#[derive(Subcommand)]
enum NotifyCommand {
    /// Send the submitted_sms or submitted_email template (en-GB) with
    /// sample fields and print GOV.UK Notify's answer.
    Test {
        /// A UK mobile number to text.
        #[arg(
            long,
            value_name = "NUMBER",
            conflicts_with = "email",
            required_unless_present = "email"
        )]
        sms: Option<String>,
        /// An email address.
        #[arg(long, value_name = "ADDRESS")]
        email: Option<String>,
    },
}

#[derive(Subcommand)]
enum StaffCommand {
    /// Add a member of staff. The PIN (6 to 12 digits) is read twice without
    /// echo from the terminal, or as two lines on standard input.
    Add {
        /// Their name, as staff and the audit log will see it.
        #[arg(long)]
        name: String,
        /// champion, hub or admin.
        #[arg(long)]
        role: String,
    },
    /// End a member of staff's lockout after wrong PINs.
    Unlock {
        /// Their name, as given to `staff add`.
        #[arg(long)]
        name: String,
    },
}

#[derive(Subcommand)]
enum ReceiptCommand {
    /// Write the receipt as ESC/POS bytes and as the picture the printer
    /// would print; with neither, show its words.
    Render {
        /// The submission's reference, as on the receipt.
        #[arg(long)]
        reference: String,
        /// Write the ESC/POS bytes to this file.
        #[arg(long, value_name = "FILE")]
        escpos: Option<PathBuf>,
        /// Write the preview to this PNG file.
        #[arg(long, value_name = "FILE")]
        png: Option<PathBuf>,
    },
    /// Print the receipt again on the configured printer.
    Print {
        /// The submission's reference, as on the receipt.
        #[arg(long)]
        reference: String,
    },
}

#[derive(Subcommand)]
enum PrinterCommand {
    /// Print a test receipt on the configured printer and report its state.
    Test,
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
    // Every file the kiosk makes (store, receipts, exports, central set-up)
    // is its own user's only, as the service unit's UMask=0077 also says.
    nix::sys::stat::umask(nix::sys::stat::Mode::from_bits_truncate(0o077));
    frontdoor::log::init();
    let cli = Cli::parse();
    match run(cli, started) {
        Ok(()) => ExitCode::SUCCESS,
        Err(reason) => {
            eprintln!("frontdoor: {reason}");
            ExitCode::FAILURE
        }
    }
}

fn run(cli: Cli, started: std::time::Instant) -> Result<(), CliError> {
    let loaded = cli::load(cli.config.as_deref());
    // A kiosk whose config cannot be used says so on its screen, in every
    // language, rather than leaving it black; the reason is for staff.
    let windowed = match cli.command {
        None => Some(false),
        Some(Command::Run { windowed }) => Some(windowed),
        _ => None,
    };
    if let (Err(problem), Some(windowed)) = (&loaded, windowed) {
        eprintln!("frontdoor: {problem}");
        frontdoor::app::run_out_of_order(problem.to_string(), windowed).map_err(cli::said)?;
        return Err(CliError::Failed(problem.to_string()));
    }
    let (config, catalogue) = loaded?;
    match cli.command {
        None => frontdoor::app::run(config, catalogue, false, started).map_err(cli::said),
        Some(Command::Run { windowed }) => {
            frontdoor::app::run(config, catalogue, windowed, started).map_err(cli::said)
        }
        Some(command) => dispatch(command, &config, &catalogue),
    }
}

/// Runs an admin subcommand with the config and catalogue loaded (`run`,
/// the kiosk itself, is started by [`run`]).
fn dispatch(command: Command, config: &Config, catalogue: &Catalogue) -> Result<(), CliError> {
    match command {
        Command::Run { .. } => unreachable!("the kiosk is started by run"),
        Command::CheckConfig => cli::catalogue::check_config(config, catalogue),
        Command::Catalogue {
            command: CatalogueCommand::Show { json },
        } => cli::catalogue::show(catalogue, json),
        Command::Sync { once: _ } => cli::sync::once(config),
        Command::Receipt {
            command:
                ReceiptCommand::Render {
                    reference,
                    escpos,
                    png,
                },
        } => cli::receipt::render(config, catalogue, &reference, escpos, png),
        Command::Receipt {
            command: ReceiptCommand::Print { reference },
        } => cli::receipt::print(config, catalogue, &reference),
        Command::Printer {
            command: PrinterCommand::Test,
        } => cli::receipt::printer_test(config),
        Command::Staff {
            command: StaffCommand::Add { name, role },
        } => cli::staff::add(config, &name, &role),
        Command::Staff {
            command: StaffCommand::Unlock { name },
        } => cli::staff::unlock(config, &name),
        Command::Audit {
            command: AuditCommand::Verify,
        } => cli::audit::verify(config),
        Command::Gazetteer {
            command: GazetteerCommand::Import { file },
        } => cli::gazetteer::import(config, &file),
        Command::Gazetteer {
            command: GazetteerCommand::Find { postcode, json },
        } => cli::gazetteer::find(config, &postcode, json),
        Command::Status { json } => cli::status::show(config, json),
        Command::Payments {
            command: PaymentsCommand::List { json },
        } => cli::payments::list(config, json),
        Command::Payments {
            command: PaymentsCommand::Reconcile { date, csv },
        } => cli::payments::reconcile(config, &date, &csv),
        Command::Help {
            command: HelpCommand::Test,
        } => cli::help::test(config),
        Command::Notify {
            command: NotifyCommand::Test { sms, email },
        } => cli::notify::test(config, sms.as_deref(), email.as_deref()),
        Command::Outbox {
            command: OutboxCommand::Stats { json },
        } => cli::outbox::stats(config, json),
        Command::Outbox {
            command: OutboxCommand::List { json },
        } => cli::outbox::list(config, json),
    }
}
