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
    // Texts and emails through GOV.UK Notify, when set up; they need no
    // back office.
    let Some(_) = &config.notify else {
        return sync_submissions(config);
    };
    let messages = frontdoor::notify::sync_once(config).map_err(|e| e.to_string());
    if let Ok(report) = &messages {
        println!("{report}");
    }
    if config.backend.kind != frontdoor::config::BackendKind::None {
        sync_submissions(config)?;
    }
    messages.map(|_| ())
}

/// Sends the submissions waiting for the back office.
fn sync_submissions(config: &Config) -> Result<(), String> {
    let client = frontdoor::sync::Client::from_config(config)
        .map_err(|e| format!("{}: {e}", config.source))?;
    let outbox = std::sync::Arc::new(std::sync::Mutex::new(open_outbox(config)?));
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|e| e.to_string())?;
    let report = runtime
        .block_on(frontdoor::sync::send_waiting(&outbox, &client, true))
        .map_err(|e| e.to_string())?;
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

/// The receipt of the submission with `reference` on this terminal. With
/// `secret`, its QR code carries a new secret, kept as a hash in place of
/// the last one (a receipt to print); without, the reference only (a
/// preview, which leaves the printed receipt's code working).
fn stored_receipt(
    config: &Config,
    catalogue: &Catalogue,
    reference: &str,
    secret: bool,
) -> Result<(frontdoor::reference::Reference, frontdoor::receipt::Receipt), String> {
    let reference = frontdoor::reference::Reference::parse(reference)
        .map_err(|e| format!("{reference}: {e}"))?;
    let outbox = open_outbox(config)?;
    let stored = outbox
        .get(reference.as_str())
        .map_err(|e| e.to_string())?
        .ok_or_else(|| {
            format!(
                "no submission with reference {} on this terminal",
                reference.grouped()
            )
        })?;
    let secret = secret.then(frontdoor::reference::Secret::new);
    if let Some(secret) = &secret {
        outbox
            .keep_secret(&reference, secret, chrono::Utc::now())
            .map_err(|e| e.to_string())?;
    }
    let receipt = frontdoor::receipt::Receipt::for_submission(
        config,
        catalogue,
        &reference,
        &stored.service_code,
        &stored.locale,
        stored.created_at,
        secret.as_ref(),
    )
    .with_notices(
        &stored.locale,
        &stored
            .submission
            .as_ref()
            .map(|s| s.notices.label_ids())
            .unwrap_or_default(),
    );
    Ok((reference, receipt))
}

/// Says what came of printing; an error when nothing printed.
fn report_print(outcome: &frontdoor::printer::Outcome) -> Result<(), String> {
    use frontdoor::printer::Outcome;
    if let Some(staff) = outcome.staff_message() {
        eprintln!("{staff}");
    }
    match outcome {
        Outcome::Printed { .. } => {
            println!("printed");
            Ok(())
        }
        Outcome::Saved { escpos, png } => {
            println!("written to {} and {}", escpos.display(), png.display());
            Ok(())
        }
        Outcome::NoPrinter => Err("printer.kind is \"none\": this terminal has no printer".into()),
        Outcome::Failed(problem) => Err(problem.staff_message()),
    }
}

fn receipt_command(
    config: &Config,
    catalogue: &Catalogue,
    command: ReceiptCommand,
) -> Result<(), String> {
    let width = config.printer.paper_width_dots;
    match command {
        ReceiptCommand::Render {
            reference,
            escpos,
            png,
        } => {
            let (_, receipt) = stored_receipt(config, catalogue, &reference, false)?;
            if escpos.is_none() && png.is_none() {
                for line in receipt.lines() {
                    println!("{line}");
                }
            }
            if let Some(path) = escpos {
                frontdoor::printer::write_whole(&path, &receipt.to_escpos(width))
                    .map_err(|e| format!("{}: {e}", path.display()))?;
                println!("ESC/POS written to {}", path.display());
            }
            if let Some(path) = png {
                frontdoor::printer::write_whole(&path, &receipt.preview(width).to_png())
                    .map_err(|e| format!("{}: {e}", path.display()))?;
                println!("preview written to {}", path.display());
            }
            Ok(())
        }
        ReceiptCommand::Print { reference } => {
            let (reference, receipt) = stored_receipt(config, catalogue, &reference, true)?;
            let printer = frontdoor::printer::Printer::from_config(config);
            report_print(&printer.print(&receipt, reference.as_str()))
        }
    }
}

/// Reads one line from standard input; from a terminal, with echo off.
fn read_secret(prompt: &str) -> Result<String, String> {
    use std::io::{BufRead, IsTerminal, Write};
    let stdin = std::io::stdin();
    let tty = stdin.is_terminal();
    let saved = if tty {
        eprint!("{prompt}");
        let _ = std::io::stderr().flush();
        let saved = nix::sys::termios::tcgetattr(&stdin).map_err(|e| e.to_string())?;
        let mut quiet = saved.clone();
        quiet
            .local_flags
            .remove(nix::sys::termios::LocalFlags::ECHO);
        nix::sys::termios::tcsetattr(&stdin, nix::sys::termios::SetArg::TCSANOW, &quiet)
            .map_err(|e| e.to_string())?;
        Some(saved)
    } else {
        None
    };
    let mut line = String::new();
    let read = stdin.lock().read_line(&mut line);
    if let Some(saved) = saved {
        let _ = nix::sys::termios::tcsetattr(&stdin, nix::sys::termios::SetArg::TCSANOW, &saved);
        eprintln!();
    }
    read.map_err(|e| e.to_string())?;
    Ok(line.trim_end_matches(['\r', '\n']).to_string())
}

/// `staff add`: a new member of staff with a PIN no one else uses.
fn staff_add(config: &Config, name: &str, role: &str) -> Result<(), String> {
    use frontdoor::staff::{PinError, Role, check_new_pin, hash_pin};
    let name = name.trim();
    if name.is_empty() {
        return Err("--name: give the person's name".into());
    }
    let role = Role::parse(role)
        .ok_or_else(|| format!("--role: \"{role}\" is not a role; use champion, hub or admin"))?;
    let pin = read_secret("PIN (6 to 12 digits): ")?;
    check_new_pin(&pin).map_err(|e| e.to_string())?;
    let again = read_secret("The same PIN again: ")?;
    if again != pin {
        return Err(PinError::Mismatch.to_string());
    }
    let outbox = open_outbox(config)?;
    let now = chrono::Utc::now();
    let id = outbox
        .add_staff(name, role, &hash_pin(&pin), now)
        .map_err(|e| e.to_string())?;
    let who = frontdoor::staff::Staff {
        id,
        name: name.to_string(),
        role,
    };
    outbox
        .audit(Some(&who), "staff-added", Some(role.as_str()), now)
        .map_err(|e| e.to_string())?;
    println!(
        "{name} can now sign in on this terminal as {}, with staff number {id} and their PIN.",
        role.as_str()
    );
    Ok(())
}

/// `printer test`: the printer's state, then a test receipt.
fn printer_test(config: &Config) -> Result<(), String> {
    let printer = frontdoor::printer::Printer::from_config(config);
    match printer.status() {
        Ok(Some(status)) => println!(
            "printer status: {}{}",
            match status.problem() {
                Some(p) => p.staff_message(),
                None => "ready".to_string(),
            },
            if status.paper_low {
                " (paper running low)"
            } else {
                ""
            }
        ),
        Ok(None) => println!("printer status: not reported by this printer"),
        Err(problem) => return Err(problem.staff_message()),
    }
    let receipt = frontdoor::receipt::Receipt::test_page(
        "en-GB",
        config.kiosk.council_name.as_deref().unwrap_or_default(),
        &config.kiosk.site_name,
        chrono::Local::now().naive_local(),
        printer.width(),
    );
    report_print(&printer.print(&receipt, "printer-test"))
}

fn json(value: &impl serde::Serialize) -> Result<(), String> {
    let text = serde_json::to_string_pretty(value).map_err(|e| e.to_string())?;
    println!("{text}");
    Ok(())
}

fn run(cli: Cli, started: std::time::Instant) -> Result<(), String> {
    let loaded = load(&cli);
    // A kiosk whose config cannot be used says so on its screen, in every
    // language, rather than leaving it black; the reason is for staff.
    let windowed = match cli.command {
        None => Some(false),
        Some(Command::Run { windowed }) => Some(windowed),
        _ => None,
    };
    if let (Err(problem), Some(windowed)) = (&loaded, windowed) {
        eprintln!("frontdoor: {problem}");
        frontdoor::app::run_out_of_order(problem.clone(), windowed).map_err(|e| e.to_string())?;
        return Err(problem.clone());
    }
    let (config, catalogue) = loaded?;
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
            for note in frontdoor::gazetteer::check_config(&config, &catalogue)
                .map_err(|e| e.to_string())?
            {
                println!("{note}");
            }
            let books = catalogue
                .services
                .iter()
                .any(|s| s.kind == frontdoor::catalogue::overlay::Kind::Appointment);
            if config.calendar.is_some() || books {
                let diary =
                    frontdoor::booking::file::for_config(&config).map_err(|e| e.to_string())?;
                frontdoor::booking::file::check_services(&diary, &catalogue)
                    .map_err(|e| e.to_string())?;
                println!(
                    "The appointment diary has {} appointment types.",
                    diary.types.len()
                );
                if config.calendar.is_none() {
                    println!(
                        "Note: [calendar] url is not set, so appointments are held on this terminal only, as provisional, until it names the hub's diary server."
                    );
                }
            }
            if let Some(payments) = frontdoor::payments::check(&config)
                .map_err(|e| format!("{}: {e}", config.source))?
            {
                println!("Payments: {payments}.");
            }
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
        Some(Command::Receipt { command }) => receipt_command(&config, &catalogue, command),
        Some(Command::Printer {
            command: PrinterCommand::Test,
        }) => printer_test(&config),
        Some(Command::Staff {
            command: StaffCommand::Add { name, role },
        }) => staff_add(&config, &name, &role),
        Some(Command::Staff {
            command: StaffCommand::Unlock { name },
        }) => {
            let outbox = open_outbox(&config)?;
            let said = outbox
                .unlock_staff(&name, chrono::Utc::now())
                .map_err(|e| e.to_string())?;
            println!("{said}");
            Ok(())
        }
        Some(Command::Audit {
            command: AuditCommand::Verify,
        }) => {
            let outbox = open_outbox(&config)?;
            match outbox.verify_audit().map_err(|e| e.to_string())? {
                Ok(n) => {
                    println!("The audit log is whole: {n} entries, each following the one before.");
                    Ok(())
                }
                Err(broken) => Err(broken.to_string()),
            }
        }
        Some(Command::Gazetteer {
            command: GazetteerCommand::Import { file },
        }) => frontdoor::gazetteer::import_command(&config, &file)
            .map(drop)
            .map_err(|e| e.to_string()),
        Some(Command::Gazetteer {
            command: GazetteerCommand::Find { postcode, json },
        }) => {
            frontdoor::gazetteer::find_command(&config, &postcode, json).map_err(|e| e.to_string())
        }
        Some(Command::Status { json: as_json }) => {
            let status = frontdoor::fleet::status::status(&config);
            if as_json {
                return json(&status);
            }
            print!("{status}");
            Ok(())
        }
        Some(Command::Payments { command }) => match command {
            PaymentsCommand::List { json: as_json } => {
                frontdoor::payments::print_list(&config, as_json).map_err(|e| e.to_string())
            }
            PaymentsCommand::Reconcile { date, csv } => {
                frontdoor::payments::reconcile(&config, &date, &csv).map_err(|e| e.to_string())
            }
        },
        Some(Command::Help {
            command: HelpCommand::Test,
        }) => {
            let outcome = frontdoor::help::test_call(&config).map_err(|e| e.to_string())?;
            print!("{outcome}");
            Ok(())
        }
        Some(Command::Notify {
            command: NotifyCommand::Test { sms, email },
        }) => {
            let answer = frontdoor::notify::test_send(&config, sms.as_deref(), email.as_deref())
                .map_err(|e| e.to_string())?;
            println!("{answer}");
            Ok(())
        }
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
                    if let Some(p) = &stats.printer_problem {
                        println!("printer          {p}");
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
