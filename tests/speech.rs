//! Read-aloud through a recording speaker: the speaker button and F2 switch it
//! on, a new page says its heading and question, focus says the control,
//! errors are said when they appear, typed words are never said, and it all
//! ends with the session. Also the espeak-ng command line, through a stand-in
//! program that writes down how it was called.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::Kiosk;
use frontdoor::speech::{Espeak, Recorder, Speaker};
use iced::keyboard::key::Named;

fn kiosk_with_recorder() -> (Kiosk, Recorder) {
    let mut k = Kiosk::new();
    let recorder = Recorder::new();
    k.app.set_speaker(Box::new(recorder.clone()));
    (k, recorder)
}

fn last(r: &Recorder) -> String {
    r.words().last().cloned().unwrap_or_default()
}

#[test]
fn speech_reads_each_page_the_focused_control_and_errors() {
    let (mut k, r) = kiosk_with_recorder();
    assert!(r.words().is_empty(), "silent until asked");
    k.keys(&[Named::F2]);
    assert!(k.app.speech_on());
    assert!(
        last(&r).contains("Welcome to Test Library"),
        "{:?}",
        r.words()
    );
    k.click("Start");
    assert!(
        last(&r).contains("What do you need help with?"),
        "{:?}",
        r.words()
    );
    // Moving focus says the control now focused, and only that.
    r.clear();
    k.keys(&[Named::Tab]);
    let (controls, focus) = (k.app.spoken().controls, k.app.focus().unwrap());
    assert_eq!(r.words(), vec![controls[focus].clone()]);
    k.open("Roads and streets", "Report a pothole");
    assert!(last(&r).contains("Where is the hole?"), "{:?}", r.words());
    // An error is said when it appears.
    r.clear();
    k.click("Continue");
    let said = r.words().join(" ");
    assert!(said.contains("Choose one of the answers"), "{said}");
    // Typed words are never said.
    k.click("In the road");
    k.click("Continue");
    k.click("Smaller than a dinner plate");
    k.click("Continue");
    k.click("Continue");
    r.clear();
    k.type_text("Mill Lane");
    k.click("Continue");
    assert!(
        !r.words().join(" ").contains("Mill Lane"),
        "{:?}",
        r.words()
    );
    // The session ends: speech goes off and stops.
    let stops = r.stops();
    k.click("Start again");
    assert!(!k.app.speech_on());
    assert!(r.stops() > stops);
    r.clear();
    k.click("Start");
    assert!(r.words().is_empty(), "the next resident starts in silence");
}

#[test]
fn the_speaker_button_speaks_in_the_residents_language_and_volume_resets() {
    let (mut k, r) = kiosk_with_recorder();
    k.click("العربية");
    k.click("اقرأ بصوت عالٍ");
    let said = r.said();
    assert_eq!(said.last().unwrap().locale, "ar");
    assert!(said.last().unwrap().words.contains("مرحبًا بك في"));
    assert_eq!(said.last().unwrap().volume, 80);
    k.click("أعلى");
    assert_eq!(k.app.speech_volume(), 100);
    assert_eq!(r.said().last().unwrap().volume, 100);
    k.click("أوقف القراءة بصوت عالٍ");
    assert!(!k.app.speech_on());
    k.click("اقرأ بصوت عالٍ");
    k.click("أخفض");
    k.click("أخفض");
    assert_eq!(k.app.speech_volume(), 60);
    k.send(frontdoor::app::Message::StartAgain);
    assert_eq!(k.app.speech_volume(), 80);
    assert!(!k.app.speech_on());
}

#[test]
fn without_a_speech_engine_the_page_says_so_and_the_header_keeps_its_words() {
    let mut k = Kiosk::new();
    let mut r = Recorder::new();
    r.present = false;
    k.app.set_speaker(Box::new(r.clone()));
    k.click("Read aloud");
    assert!(!k.app.speech_on());
    k.assert_sees("Read aloud is not available on this terminal");
    // The header's button keeps its short name, so the header keeps its
    // one row.
    k.assert_sees("Read aloud");
    k.keys(&[Named::F2]);
    assert!(r.words().is_empty());
}

#[test]
fn espeak_ng_is_called_with_the_voice_volume_and_words() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let log = dir.path().join("calls");
    let program = dir.path().join("espeak-ng");
    std::fs::write(
        &program,
        format!(
            "#!/bin/sh\nfor a in \"$@\"; do printf '%s|' \"$a\" >> '{}'; done\necho >> '{}'\n",
            log.display(),
            log.display()
        ),
    )
    .unwrap();
    std::fs::set_permissions(&program, std::fs::Permissions::from_mode(0o755)).unwrap();
    let mut speaker = Espeak::at(&program);
    assert!(speaker.available());
    speaker.say("bn", "আপনার রেফারেন্স", 60);
    // Wait for the stand-in to finish writing.
    for _ in 0..100 {
        if std::fs::read_to_string(&log).is_ok_and(|l| l.ends_with('\n')) {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    let calls = std::fs::read_to_string(&log).unwrap();
    assert_eq!(calls.trim_end(), "-v|bn|-s|150|-a|120|--|আপনার রেফারেন্স|");
    assert_eq!(frontdoor::speech::voice("en-GB"), "en-gb");
    assert_eq!(frontdoor::speech::voice("ur"), "ur");
    speaker.stop();
}
