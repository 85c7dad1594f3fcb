//! Status answers as Epson documents them.

use super::{Problem, Status};

#[test]
fn status_answers_become_plain_problems() {
    let ready = Status::from_answers(0x12, 0x12, 0x12).unwrap();
    assert_eq!(ready, Status::default());
    assert_eq!(ready.problem(), None);
    let low = Status::from_answers(0x12, 0x12, 0x1e).unwrap();
    assert!(low.paper_low && low.problem().is_none());
    let out = Status::from_answers(0x1a, 0x32, 0x72).unwrap();
    assert_eq!(out.problem(), Some(Problem::PaperOut));
    let cover = Status::from_answers(0x1a, 0x16, 0x12).unwrap();
    assert_eq!(cover.problem(), Some(Problem::CoverOpen));
    let error = Status::from_answers(0x1a, 0x52, 0x12).unwrap();
    assert_eq!(error.problem(), Some(Problem::Offline));
    // Bytes that are not status answers are not believed.
    assert_eq!(Status::from_answers(0x00, 0x12, 0x12), None);
    assert_eq!(Status::from_answers(0x12, 0xff, 0x12), None);
}
