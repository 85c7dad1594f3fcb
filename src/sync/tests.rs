//! Unit tests of the sender: forms, answers and outcomes.

use super::*;

#[test]
fn answers_are_interpreted_as_the_spec_says() {
    assert_eq!(
        interpret(
            201,
            None,
            r#"[{"service_request_id":"638344","service_notice":"ok"}]"#
        ),
        Outcome::Sent {
            service_request_id: Some("638344".into()),
            token: None
        }
    );
    assert_eq!(
        interpret(200, None, r#"[{"token":"12345"}]"#),
        Outcome::Sent {
            service_request_id: None,
            token: Some("12345".into())
        }
    );
    // Blackbox: no id, no token, and still final.
    assert_eq!(
        interpret(200, None, r#"[{"service_notice":"thanks"}]"#),
        Outcome::Sent {
            service_request_id: None,
            token: None
        }
    );
    assert!(
        matches!(interpret(503, Some(Duration::from_secs(7)), ""), Outcome::Retry { after: Some(d), .. } if d.as_secs() == 7)
    );
    assert!(matches!(interpret(429, None, ""), Outcome::Retry { .. }));
    assert!(matches!(
        interpret(500, None, "oops"),
        Outcome::Retry { .. }
    ));
    assert!(matches!(
        interpret(200, None, "<html>"),
        Outcome::Retry { .. }
    ));
    match interpret(
        400,
        None,
        r#"[{"code":400,"description":"service_code not found"}]"#,
    ) {
        Outcome::Refused { reason } => {
            assert!(reason.contains("service_code not found (400)"), "{reason}")
        }
        other => panic!("{other:?}"),
    }
    assert!(matches!(
        interpret(403, None, "[]"),
        Outcome::Refused { .. }
    ));
}
