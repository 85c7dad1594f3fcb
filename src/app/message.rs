//! The root message: what can happen to the kiosk. Taps and keys belong to
//! the resident and reset the idle timer; background answers ([`Done`],
//! [`worker::Event`](super::worker::Event)) are a kind of their own that
//! never does, is never dropped by the idle warning, and is ignored once the
//! session that asked has ended.

use super::effect::Outcome;
use super::screen;
use super::session::SessionId;
use super::staff;
use super::widgets::Input;
use crate::ui::keys::KeyInput;
use std::time::Instant;

/// Everything that can happen.
#[derive(Debug, Clone)]
pub enum Message {
    /// A key from the keypad or keyboard.
    Key(KeyInput),
    /// A touch or click anywhere.
    Activity,
    /// One second passed.
    Tick(Instant),
    /// A frame was drawn (only listened to while the start-up probe waits).
    Frame,
    /// The page scrolled (asked for by the app itself).
    Scrolled,
    /// Time to ask again about something the screen follows (a payment
    /// under way); never the resident's doing.
    Poll,
    /// Central set-up: newer published files found by a check (never the
    /// resident's doing; applied at the welcome screen).
    Fleet(super::fleet::Found),
    /// A control on the screen showing.
    Screen(screen::Message),
    /// A key of the on-screen keyboard that types into the page's field.
    Field(Input),
    /// The on-screen keyboard's own controls.
    Keyboard(KeyboardKey),
    /// A language was chosen in the language picker.
    ChooseLanguage(String),
    /// Open the language picker over the current screen.
    OpenLanguages,
    /// Close the language picker without changing language.
    CloseLanguages,
    /// Read aloud on or off (the speaker button, or F2).
    ToggleSpeech,
    /// Speech louder (true) or quieter (false).
    Volume(bool),
    /// Ask for a member of staff.
    Help,
    /// Close the help notice and carry on alone.
    DismissHelp,
    /// Call staff again (after no one came, or the call could not go).
    CallAgain,
    /// Answer the idle warning: still here.
    StillHere,
    /// Back one page.
    Back,
    /// Wipe the session and return to the welcome screen.
    StartAgain,
    /// Staff entry and the staff bar.
    Staff(staff::Message),
    /// Background work finished, for the session that asked.
    Done(Done),
    /// The background sender reported.
    Worker(super::worker::Event),
}

/// The on-screen keyboard's own keys.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KeyboardKey {
    /// Capitals on or off.
    Shift,
    /// Switch between the language's own letters and Latin letters.
    Script,
    /// Hide or show the keyboard.
    Toggle,
    /// Continue: what Enter does in the field, so a resident typing on
    /// the screen need not look for the page's Continue above the keyboard.
    Done,
}

/// Background work's outcome, with the session it belongs to.
#[derive(Debug, Clone)]
pub struct Done {
    /// The session that asked for the work.
    pub session: SessionId,
    /// What came of it.
    pub outcome: Outcome,
}

impl From<super::worker::Event> for Message {
    fn from(event: super::worker::Event) -> Message {
        Message::Worker(event)
    }
}

impl Message {
    /// Whether this is the resident's own doing (a tap, a key), which
    /// counts as activity for the idle timer.
    pub fn is_resident(&self) -> bool {
        !matches!(
            self,
            Message::Tick(_)
                | Message::Poll
                | Message::Frame
                | Message::Scrolled
                | Message::Done(_)
                | Message::Worker(_)
                | Message::Fleet(_)
        )
    }

    /// Whether this is a touch on the page's text field.
    pub fn is_field_focus(&self) -> bool {
        matches!(self, Message::Screen(m) if m.is_field_focus())
    }
}
