//! The kiosk tells systemd it is ready, then pings the watchdog from its UI
//! loop each second; nothing is sent without a socket.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use frontdoor::app::Message;
use frontdoor::service::NotifySocket;
use std::os::unix::net::UnixDatagram;
use std::time::{Duration, Instant};

fn receive(socket: &UnixDatagram) -> String {
    let mut buf = [0u8; 64];
    let n = socket.recv(&mut buf).unwrap();
    String::from_utf8_lossy(&buf[..n]).to_string()
}

#[test]
fn ready_once_then_a_watchdog_ping_each_tick() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("notify");
    let listener = UnixDatagram::bind(&path).unwrap();
    listener
        .set_read_timeout(Some(Duration::from_secs(2)))
        .unwrap();
    let mut k = common::Kiosk::new();
    k.app.set_notify_socket(Some(NotifySocket::Path(path)));
    let start = Instant::now();
    for s in 1..=3 {
        k.send(Message::Tick(start + Duration::from_secs(s)));
    }
    assert_eq!(receive(&listener), "READY=1");
    assert_eq!(receive(&listener), "WATCHDOG=1");
    assert_eq!(receive(&listener), "WATCHDOG=1");
}

#[test]
fn abstract_sockets_are_reached_too() {
    use std::os::linux::net::SocketAddrExt;
    let name = format!("frontdoor-test-{}", std::process::id());
    let addr = std::os::unix::net::SocketAddr::from_abstract_name(name.as_bytes()).unwrap();
    let listener = UnixDatagram::bind_addr(&addr).unwrap();
    listener
        .set_read_timeout(Some(Duration::from_secs(2)))
        .unwrap();
    NotifySocket::Abstract(name.into_bytes())
        .send("READY=1")
        .unwrap();
    assert_eq!(receive(&listener), "READY=1");
}

#[test]
fn a_terminal_whose_config_cannot_be_used_says_so_in_every_language_and_stays_up() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("notify");
    let listener = UnixDatagram::bind(&path).unwrap();
    listener
        .set_read_timeout(Some(Duration::from_secs(2)))
        .unwrap();
    let config = frontdoor::config::Config::parse(
        frontdoor::config::EMBEDDED_DEFAULT,
        frontdoor::config::Source::Embedded,
    )
    .unwrap();
    let problem = "/etc/frontdoor/config.toml: kiosk.id: give this terminal an id";
    let mut app = frontdoor::app::App::out_of_order(config, problem.to_string());
    app.set_notify_socket(Some(NotifySocket::Path(path)));
    let start = Instant::now();
    let _ = app.update(Message::Tick(start + Duration::from_secs(1)));
    let _ = app.update(Message::Tick(start + Duration::from_secs(2)));
    assert_eq!(receive(&listener), "READY=1");
    assert_eq!(receive(&listener), "WATCHDOG=1");
    let mut ui =
        iced_test::Simulator::with_size(frontdoor::app::settings(), (1280.0, 800.0), app.view());
    for language in frontdoor::i18n::languages() {
        let words = frontdoor::i18n::t(language.id, "out-of-order");
        assert!(ui.find(words.as_str()).is_ok(), "{}: {words}", language.id);
    }
    assert!(ui.find(format!("For staff: {problem}").as_str()).is_ok());
    assert_eq!(app.out_of_order_reason(), Some(problem));
}

#[test]
fn ready_goes_with_the_first_frame_drawn_without_waiting_for_the_clock() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("notify");
    let listener = UnixDatagram::bind(&path).unwrap();
    listener
        .set_read_timeout(Some(Duration::from_secs(2)))
        .unwrap();
    let mut k = common::Kiosk::new();
    k.app.set_notify_socket(Some(NotifySocket::Path(path)));
    k.send(Message::Frame);
    assert_eq!(receive(&listener), "READY=1");
    // Only once: the clock's ticks carry on with the watchdog.
    k.send(Message::Frame);
    k.send(Message::Tick(Instant::now()));
    assert_eq!(receive(&listener), "WATCHDOG=1");
}
