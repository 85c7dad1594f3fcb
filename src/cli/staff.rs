//! `frontdoor staff add` and `staff unlock`: who can sign in on this
//! terminal.

use super::{CliError, open_outbox, said};
use crate::config::Config;
use crate::staff::{PinError, Role, Staff, check_new_pin, hash_pin};

/// Reads one line from standard input; from a terminal, with echo off.
fn read_secret(prompt: &str) -> Result<String, CliError> {
    use nix::sys::termios::{LocalFlags, SetArg, tcgetattr, tcsetattr};
    use std::io::{BufRead, IsTerminal, Write};
    let stdin = std::io::stdin();
    let tty = stdin.is_terminal();
    let saved = if tty {
        eprint!("{prompt}");
        let _ = std::io::stderr().flush();
        let saved = tcgetattr(&stdin).map_err(said)?;
        let mut quiet = saved.clone();
        quiet.local_flags.remove(LocalFlags::ECHO);
        tcsetattr(&stdin, SetArg::TCSANOW, &quiet).map_err(said)?;
        Some(saved)
    } else {
        None
    };
    let mut line = String::new();
    let read = stdin.lock().read_line(&mut line);
    if let Some(saved) = saved {
        let _ = tcsetattr(&stdin, SetArg::TCSANOW, &saved);
        eprintln!();
    }
    read.map_err(said)?;
    Ok(line.trim_end_matches(['\r', '\n']).to_string())
}

/// `staff add --name NAME --role ROLE`: a new member of staff with a PIN
/// no one else uses, read twice from standard input.
pub fn add(config: &Config, name: &str, role: &str) -> Result<(), CliError> {
    let name = name.trim();
    if name.is_empty() {
        return Err("--name: give the person's name".into());
    }
    let role = Role::parse(role).ok_or_else(|| {
        CliError::Failed(format!(
            "--role: \"{role}\" is not a role; use champion, hub or admin"
        ))
    })?;
    let pin = read_secret("PIN (6 to 12 digits): ")?;
    check_new_pin(&pin).map_err(said)?;
    let again = read_secret("The same PIN again: ")?;
    if again != pin {
        return Err(said(PinError::Mismatch));
    }
    let outbox = open_outbox(config)?;
    let now = chrono::Utc::now();
    let id = outbox
        .add_staff(name, role, &hash_pin(&pin), now)
        .map_err(said)?;
    let who = Staff {
        id,
        name: name.to_string(),
        role,
    };
    outbox
        .audit(Some(&who), "staff-added", Some(role.as_str()), now)
        .map_err(said)?;
    println!(
        "{name} can now sign in on this terminal as {}, with staff number {id} and their PIN.",
        role.as_str()
    );
    Ok(())
}

/// `staff unlock --name NAME`: ends a lockout after wrong PINs.
pub fn unlock(config: &Config, name: &str) -> Result<(), CliError> {
    let outbox = open_outbox(config)?;
    let said_back = outbox
        .unlock_staff(name, chrono::Utc::now())
        .map_err(said)?;
    println!("{said_back}");
    Ok(())
}
