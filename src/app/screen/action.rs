//! What a screen asks of the kiosk after handling a message: nothing, some
//! work off the UI thread, another screen, a measure, or the end of the
//! session. Screens change only their own state; everything else goes up as
//! an [`Action`] for the root to carry out.

use super::Screen;
use crate::app::effect::Effect;
use crate::app::session::Change;
use crate::outbox::{JourneyEvent, Rating};

/// A service measure, recorded with the session's language and whether a
/// champion is helping (the root adds both).
#[derive(Debug, Clone, PartialEq)]
pub enum Measure {
    /// A journey started, finished or was left part way.
    Journey {
        /// The service.
        service: String,
        /// What happened.
        event: JourneyEvent,
        /// The page it was left on, for abandoned journeys (no answers in it).
        step: Option<String>,
    },
    /// A satisfaction rating.
    Rating {
        /// The service.
        service: String,
        /// The rating.
        rating: Rating,
    },
}

/// What the root must do after a screen's update.
#[derive(Debug)]
pub enum Action {
    /// Nothing more.
    None,
    /// Run work off the UI thread; its outcome comes back to the screen.
    Run(Effect),
    /// Show another screen.
    Go(Screen),
    /// Record a service measure.
    Measure(Measure),
    /// Add a line to the audit log for the signed-in member of staff.
    Audit {
        /// What they did.
        action: &'static str,
        /// The reference or other detail (never personal data).
        detail: Option<String>,
    },
    /// Change the session's language, size or colours.
    Session(Change),
    /// Open the hub view (staff who may see it only).
    OpenHub,
    /// Ask a member of staff over, as the Get help button does.
    Help,
    /// The resident has finished: wipe the session.
    EndSession,
    /// New information appeared at the page's end: scroll to it.
    ShowEnd,
    /// Several of these, in order.
    Many(Vec<Action>),
}

impl Action {
    /// This, then `next`.
    pub fn and(self, next: Action) -> Action {
        match (self, next) {
            (Action::None, b) => b,
            (a, Action::None) => a,
            (Action::Many(mut all), b) => {
                all.push(b);
                Action::Many(all)
            }
            (a, b) => Action::Many(vec![a, b]),
        }
    }

    /// Records a journey event for a service.
    pub fn journey(service: &str, event: JourneyEvent, step: Option<String>) -> Action {
        Action::Measure(Measure::Journey {
            service: service.to_string(),
            event,
            step,
        })
    }

    /// Flattens nested actions into the order they must run.
    pub fn into_list(self) -> Vec<Action> {
        match self {
            Action::None => Vec::new(),
            Action::Many(all) => all.into_iter().flat_map(Action::into_list).collect(),
            one => vec![one],
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn actions_keep_their_order() {
        let a = Action::None
            .and(Action::ShowEnd)
            .and(Action::EndSession)
            .and(Action::None)
            .and(Action::OpenHub);
        let list = a.into_list();
        assert_eq!(list.len(), 3);
        assert!(matches!(list[0], Action::ShowEnd));
        assert!(matches!(list[1], Action::EndSession));
        assert!(matches!(list[2], Action::OpenHub));
    }
}
