//! Printing through each transport: a network printer emulated on loopback
//! in every state it can report, a file standing in for a USB device, and a
//! pseudo-terminal standing in for a USB or serial printer that never answers
//! or stops taking data. Every wait ends by its deadline.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::escpos::interpret;
use common::printer::{Emulator, State, receipt_part};
use frontdoor::config::{Config, Source};
use frontdoor::printer::{Deadlines, Outcome, Printer, Problem};
use frontdoor::receipt::{Facts, Receipt, WIDE};
use std::time::{Duration, Instant};

fn receipt() -> Receipt {
    Receipt::new(
        "en-GB",
        &Facts {
            council: "Test Council",
            site: "Test Library",
            service: "Report a pothole",
            saved_at: chrono::NaiveDate::from_ymd_opt(2026, 11, 18)
                .unwrap()
                .and_hms_opt(12, 0, 0)
                .unwrap(),
            reference: "ACDE34679E",
            reference_grouped: "ACDE 346 79E",
            tracking_url: None,
            secret: None,
            next_steps: None,
            queued: true,
            contact: None,
            appointment: None,
        },
    )
}

fn printer(dir: &std::path::Path, section: &str) -> Printer {
    let text = common::config_text(dir, &format!("[printer]\n{section}\n"));
    let config = Config::parse(&text, Source::Embedded).unwrap();
    Printer::from_config(&config).with_deadlines(Deadlines {
        connect: Duration::from_secs(2),
        status: Duration::from_millis(300),
        write: Duration::from_millis(800),
    })
}

fn network(state: State) -> (Emulator, Printer, tempfile::TempDir) {
    let emulator = Emulator::start(state);
    let dir = tempfile::tempdir().unwrap();
    let p = printer(
        dir.path(),
        &format!("kind = \"network\"\naddress = \"{}\"", emulator.address),
    );
    (emulator, p, dir)
}

#[test]
fn a_ready_network_printer_gets_the_whole_receipt_between_status_checks() {
    let (emulator, printer, _dir) = network(State::Ready);
    let receipt = receipt();
    assert_eq!(
        printer.print(&receipt, "ACDE34679E"),
        Outcome::Printed { paper_low: false }
    );
    let received = emulator.received();
    // Asked printer, offline cause and paper before and after.
    assert_eq!(&received[..9], &[16, 4, 1, 16, 4, 2, 16, 4, 4]);
    assert_eq!(
        &received[received.len() - 9..],
        &[16, 4, 1, 16, 4, 2, 16, 4, 4]
    );
    assert!(receipt_part(&received) == receipt.to_escpos(WIDE).as_slice());
    let page = interpret(receipt_part(&received));
    assert_eq!(page.qr_codes(WIDE), vec!["ACDE34679E".to_string()]);
}

#[test]
fn paper_running_low_still_prints_and_tells_staff() {
    let (_emulator, printer, _dir) = network(State::PaperLow);
    let outcome = printer.print(&receipt(), "ACDE34679E");
    assert_eq!(outcome, Outcome::Printed { paper_low: true });
    assert_eq!(outcome.message_id(), "printer-printed");
    assert!(outcome.staff_message().unwrap().contains("running low"));
}

#[test]
fn paper_out_cover_open_and_offline_stop_before_printing_with_plain_messages() {
    for (state, problem, resident, staff) in [
        (
            State::PaperOut,
            Problem::PaperOut,
            "printer-out-of-paper",
            "load a new roll",
        ),
        (
            State::CoverOpen,
            Problem::CoverOpen,
            "printer-cover-open",
            "close it",
        ),
        (
            State::Offline,
            Problem::Offline,
            "printer-not-working",
            "paper jam",
        ),
    ] {
        let (emulator, printer, _dir) = network(state);
        let outcome = printer.print(&receipt(), "ACDE34679E");
        assert_eq!(outcome, Outcome::Failed(problem));
        assert_eq!(outcome.message_id(), resident);
        let words = frontdoor::i18n::t("en-GB", resident);
        assert!(words.contains("Your request is saved"), "{words}");
        assert!(words.contains("photograph this QR code"), "{words}");
        assert!(outcome.staff_message().unwrap().contains(staff));
        // Only the status questions were sent: no half receipt.
        assert_eq!(emulator.received(), vec![16, 4, 1, 16, 4, 2, 16, 4, 4]);
    }
}

#[test]
fn a_silent_printer_is_printed_to_without_holding_the_kiosk() {
    let (emulator, printer, _dir) = network(State::Silent);
    let started = Instant::now();
    let outcome = printer.print(&receipt(), "ACDE34679E");
    assert!(
        started.elapsed() < Duration::from_secs(3),
        "{:?}",
        started.elapsed()
    );
    assert_eq!(outcome, Outcome::Printed { paper_low: false });
    // One unanswered question before and after, the receipt between.
    std::thread::sleep(Duration::from_millis(100));
    assert!(receipt_part(&emulator.received()) == receipt().to_escpos(WIDE).as_slice());
}

#[test]
fn a_printer_that_hangs_up_part_way_is_reported_as_stopped() {
    let (_emulator, printer, _dir) = network(State::HangUpAfter(600));
    let started = Instant::now();
    let outcome = printer.print(&receipt(), "ACDE34679E");
    assert!(started.elapsed() < Duration::from_secs(5));
    assert!(
        matches!(outcome, Outcome::Failed(Problem::Stopped(_))),
        "{outcome:?}"
    );
    assert_eq!(outcome.message_id(), "printer-stopped");
}

#[test]
fn an_unreachable_network_printer_is_reported_quickly() {
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let dir = tempfile::tempdir().unwrap();
    let p = printer(
        dir.path(),
        &format!("kind = \"network\"\naddress = \"127.0.0.1:{port}\""),
    );
    let outcome = p.print(&receipt(), "ACDE34679E");
    assert!(
        matches!(outcome, Outcome::Failed(Problem::Unreachable(_))),
        "{outcome:?}"
    );
    assert_eq!(outcome.message_id(), "printer-not-working");
}

#[test]
fn a_file_standing_in_for_a_usb_printer_receives_the_receipt() {
    let dir = tempfile::tempdir().unwrap();
    let device = dir.path().join("lp0");
    std::fs::write(&device, b"").unwrap();
    let p = printer(
        dir.path(),
        &format!("kind = \"usb\"\npath = \"{}\"", device.display()),
    );
    let started = Instant::now();
    assert_eq!(
        p.print(&receipt(), "ACDE34679E"),
        Outcome::Printed { paper_low: false }
    );
    assert!(started.elapsed() < Duration::from_secs(2));
    let written = std::fs::read(&device).unwrap();
    assert!(receipt_part(&written) == receipt().to_escpos(WIDE).as_slice());
    // A missing device says so.
    let gone = printer(dir.path(), "kind = \"usb\"\npath = \"/dev/usb/no-such-lp\"");
    let outcome = gone.print(&receipt(), "ACDE34679E");
    assert!(
        matches!(outcome, Outcome::Failed(Problem::Unreachable(ref why)) if why.contains("no-such-lp")),
        "{outcome:?}"
    );
}

/// A pseudo-terminal: the kiosk opens the device end; the test holds the
/// printer end.
fn pty() -> (std::fs::File, std::path::PathBuf) {
    let pair = nix::pty::openpty(None, None).unwrap();
    let path = nix::unistd::ttyname(&pair.slave).unwrap();
    // Keep the device end open so the terminal stays alive after the kiosk
    // closes its own handle.
    std::mem::forget(pair.slave);
    (std::fs::File::from(pair.master), path)
}

#[test]
fn a_usb_printer_whose_read_never_answers_still_prints_within_the_deadline() {
    let (mut master, path) = pty();
    let reader = std::thread::spawn(move || {
        let mut all = Vec::new();
        let mut buf = [0u8; 4096];
        while let Ok(n) = std::io::Read::read(&mut master, &mut buf) {
            if n == 0 {
                break;
            }
            all.extend_from_slice(&buf[..n]);
        }
    });
    let dir = tempfile::tempdir().unwrap();
    let p = printer(
        dir.path(),
        &format!("kind = \"usb\"\npath = \"{}\"", path.display()),
    );
    let started = Instant::now();
    let outcome = p.print(&receipt(), "ACDE34679E");
    assert_eq!(outcome, Outcome::Printed { paper_low: false });
    assert!(
        started.elapsed() < Duration::from_secs(3),
        "{:?}",
        started.elapsed()
    );
    drop(reader);
}

#[test]
fn a_device_that_stops_taking_data_fails_by_the_write_deadline() {
    // Nobody reads the printer end, so the device fills up and stops.
    let (_master, path) = pty();
    let dir = tempfile::tempdir().unwrap();
    let p = printer(
        dir.path(),
        &format!("kind = \"usb\"\npath = \"{}\"", path.display()),
    );
    let started = Instant::now();
    let outcome = p.print(&receipt(), "ACDE34679E");
    assert!(
        started.elapsed() < Duration::from_secs(4),
        "{:?}",
        started.elapsed()
    );
    assert!(
        matches!(outcome, Outcome::Failed(Problem::Stopped(_))),
        "{outcome:?}"
    );
}

#[test]
fn a_serial_printer_gets_raw_bytes_and_answers_status() {
    let (master, path) = pty();
    let store = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
    let kept = store.clone();
    std::thread::spawn(move || {
        let mut master = master;
        common::printer::serve(&mut master, State::PaperOut, &kept)
    });
    let dir = tempfile::tempdir().unwrap();
    let p = printer(
        dir.path(),
        &format!("kind = \"serial\"\npath = \"{}\"", path.display()),
    );
    assert_eq!(
        p.print(&receipt(), "ACDE34679E"),
        Outcome::Failed(Problem::PaperOut)
    );
    let (master, path) = pty();
    let store = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
    let kept = store.clone();
    std::thread::spawn(move || {
        let mut master = master;
        common::printer::serve(&mut master, State::Ready, &kept)
    });
    let p = printer(
        dir.path(),
        &format!("kind = \"serial\"\npath = \"{}\"", path.display()),
    );
    assert_eq!(
        p.print(&receipt(), "ACDE34679E"),
        Outcome::Printed { paper_low: false }
    );
    std::thread::sleep(Duration::from_millis(200));
    let received = store.lock().unwrap().clone();
    // Raw mode: not one byte translated on the way (a cooked terminal would
    // turn each line feed into CR LF).
    assert!(receipt_part(&received) == receipt().to_escpos(WIDE).as_slice());
}

#[test]
fn a_file_printer_writes_the_bytes_and_a_preview() {
    let dir = tempfile::tempdir().unwrap();
    let p = printer(dir.path(), "kind = \"file\"");
    let outcome = p.print(&receipt(), "ACDE34679E");
    let Outcome::Saved { escpos, png } = outcome else {
        panic!("{outcome:?}")
    };
    assert_eq!(escpos, dir.path().join("receipts/ACDE34679E.escpos"));
    assert!(std::fs::read(&escpos).unwrap() == receipt().to_escpos(WIDE));
    assert!(std::fs::read(&png).unwrap() == receipt().preview(WIDE).to_png());
    let none = printer(dir.path(), "kind = \"none\"");
    assert_eq!(none.print(&receipt(), "ACDE34679E"), Outcome::NoPrinter);
}

/// The QR code the confirmation screen shows, decoded from a screenshot.
fn screen_qr(k: &mut common::Kiosk) -> Vec<String> {
    let dir = tempfile::tempdir().unwrap();
    let shot = k
        .sim()
        .snapshot(&frontdoor::ui::Palette::STANDARD.theme())
        .unwrap();
    assert!(shot.matches_image(dir.path().join("screen")).unwrap());
    let file = std::fs::read_dir(dir.path())
        .unwrap()
        .next()
        .unwrap()
        .unwrap()
        .path();
    let decoder = png::Decoder::new(std::io::BufReader::new(std::fs::File::open(file).unwrap()));
    let mut reader = decoder.read_info().unwrap();
    let mut buf = vec![0; reader.output_buffer_size().unwrap()];
    let info = reader.next_frame(&mut buf).unwrap();
    let channels = info.color_type.samples();
    let (w, h) = (info.width, info.height);
    let mut bitmap = frontdoor::receipt::Bitmap::new(w, h);
    for (i, px) in buf.chunks(channels).take((w * h) as usize).enumerate() {
        let luma = (px[0] as u32 + px[1] as u32 + px[2] as u32) / 3;
        bitmap.set(i as u32 % w, i as u32 / w, luma < 128);
    }
    common::escpos::decode_qr(&bitmap)
}

/// A kiosk with `printer` configured that has just sent a pothole report;
/// returns it and the reference.
fn sent_pothole(printer: &str, extra: &str) -> (common::Kiosk, String) {
    let mut k = common::Kiosk::with_config(&format!("[printer]\n{printer}\n{extra}"));
    k.pothole_to_check_answers("Smaller than a dinner plate", "Mill Lane");
    k.click("Send");
    let reference = k.stored()[0].reference.as_str().to_string();
    (k, reference)
}

fn network_printer(emulator: &Emulator) -> String {
    format!("kind = \"network\"\naddress = \"{}\"", emulator.address)
}

#[test]
fn the_confirmation_prints_the_receipt_and_shows_the_same_qr_code_on_screen() {
    let emulator = Emulator::start(State::Ready);
    let (mut k, reference) = sent_pothole(
        &network_printer(&emulator),
        "[backend]\nkind = \"none\"\ntracking_url = \"https://example.gov.uk/track?ref={reference}\"\n",
    );
    k.assert_sees("Your receipt has printed. Take it from the printer.");
    // The tracking address, then the receipt's secret.
    let url = format!(
        "https://example.gov.uk/track?ref={}",
        common::scanned(&reference)
    );
    assert_eq!(screen_qr(&mut k), vec![url.clone()]);
    let page = interpret(receipt_part(&emulator.received()));
    assert_eq!(page.qr_codes(WIDE), vec![url]);
    assert!(
        !page.lines().join(" ").contains("Mill Lane"),
        "no personal details"
    );

    // Print again sends a second copy.
    let before = emulator.received().len();
    k.click("Print again");
    k.assert_sees("Your receipt has printed. Take it from the printer.");
    assert!(emulator.received().len() > before);
}

#[test]
fn with_the_printer_out_of_paper_the_resident_is_told_and_the_submission_is_untouched() {
    let emulator = Emulator::start(State::PaperOut);
    let (mut k, _) = sent_pothole(&network_printer(&emulator), "");
    k.assert_sees(&frontdoor::i18n::t("en-GB", "printer-out-of-paper"));
    let stored = k.stored();
    assert_eq!(stored.len(), 1);
    assert_eq!(stored[0].state, frontdoor::outbox::State::Pending);
    assert!(format!("{:?}", stored[0].submission).contains("Mill Lane"));
    assert_eq!(
        screen_qr(&mut k),
        vec![common::scanned(stored[0].reference.as_str())]
    );
    // Staff see what to do.
    let outbox = frontdoor::outbox::Outbox::open(&k.dir.path().join("frontdoor.sqlite3")).unwrap();
    let stats = outbox.stats(chrono::Utc::now()).unwrap();
    assert_eq!(
        stats.printer_problem.as_deref(),
        Some("Printer out of paper: load a new roll.")
    );
}

#[test]
fn a_terminal_without_a_printer_says_so_and_offers_no_print_button() {
    let (mut k, _) = sent_pothole("kind = \"none\"", "");
    k.assert_sees(&frontdoor::i18n::t("en-GB", "printer-none"));
    assert!(!k.sees("Print again"));
}

#[test]
fn a_receipt_is_printed_again_from_check_progress_when_its_code_is_scanned() {
    let emulator = Emulator::start(State::Ready);
    let (mut k, reference) = sent_pothole(&network_printer(&emulator), "");
    k.click("Finish");
    let first = emulator.received().len();
    k.click("Start");
    k.click("Check the progress of a request");
    // Typed alone, the reference cannot print a receipt: that would give
    // whoever typed it a working code.
    k.type_text(&reference);
    k.click("Check progress");
    assert!(!k.sees("Print a receipt"));
    k.click("Clear");
    k.type_text(&common::scanned(&reference));
    k.click("Check progress");
    k.click("Print a receipt");
    k.assert_sees(&frontdoor::i18n::t("en-GB", "printer-printed"));
    let again = emulator.received()[first..].to_vec();
    let page = interpret(receipt_part(&again));
    assert_eq!(page.qr_codes(WIDE), vec![common::scanned(&reference)]);
    assert!(page.lines().join(" ").contains("Report a pothole"));

    // A reference from another terminal has no receipt to print here.
    k.click("Back");
    k.click("Check the progress of a request");
    k.type_text("ACDE34679E");
    k.click("Check progress");
    assert!(!k.sees("Print a receipt"));
}
