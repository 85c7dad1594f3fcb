//! One resident's session: everything the kiosk remembers about the person
//! in front of it, in one value. Ending a session is replacing it with
//! [`Session::default()`], so nothing of the last resident (language, text
//! size, colours, speech, keyboard, staff sign-in, help) can survive into the
//! next one. Each session has its own [`SessionId`]; background work carries
//! the id of the session that asked for it, and its answer is dropped once
//! that session has ended.

use super::speech::Speech;
use crate::i18n;
use crate::staff::Staff;
use crate::ui::TextSize;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Instant;

/// Which session a piece of background work belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct SessionId(u64);

impl SessionId {
    fn next() -> SessionId {
        static NEXT: AtomicU64 = AtomicU64::new(1);
        SessionId(NEXT.fetch_add(1, Ordering::Relaxed))
    }
}

/// The on-screen keyboard's state.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Keyboard {
    /// Showing Latin letters instead of the language's own.
    pub latin: bool,
    /// Capitals (or the second page of letters) on.
    pub capitals: bool,
    /// Hidden by the resident.
    pub hidden: bool,
}

/// The resident's session.
#[derive(Debug)]
pub struct Session {
    /// This session's id.
    pub id: SessionId,
    /// The resident's language.
    pub locale: String,
    /// The chosen text size.
    pub size: TextSize,
    /// High contrast colours, light on black.
    pub high_contrast: bool,
    /// A digital champion is helping.
    pub assisted: bool,
    /// The member of staff signed in, if any.
    pub staff: Option<Staff>,
    /// Why the last staff action did not happen (for staff, in the staff
    /// bar), such as an audit line that could not be written.
    pub staff_problem: Option<String>,
    /// The help dialog is open.
    pub help_asked: bool,
    /// The last help call made in this session, and what its channels did
    /// (`None` while it goes).
    pub help_call: Option<(crate::help::HelpCall, Option<crate::help::CallOutcome>)>,
    /// The language picker is open over the page.
    pub languages_open: bool,
    /// The on-screen keyboard.
    pub keyboard: Keyboard,
    /// Read-aloud.
    pub speech: Speech,
    /// The staff PIN pad, while open.
    pub pin_pad: Option<PinPad>,
    /// When the place name in the header was pressed (held for staff entry).
    pub title_pressed: Option<Instant>,
    /// When the keypad's Back key went down (held for staff entry).
    pub back_held: Option<Instant>,
}

impl Default for Session {
    fn default() -> Self {
        Session {
            id: SessionId::next(),
            locale: i18n::SOURCE.to_string(),
            size: TextSize::Standard,
            high_contrast: false,
            assisted: false,
            staff: None,
            staff_problem: None,
            help_asked: false,
            help_call: None,
            languages_open: false,
            keyboard: Keyboard::default(),
            speech: Speech::default(),
            pin_pad: None,
            title_pressed: None,
            back_held: None,
        }
    }
}

/// A change the resident makes to their session from a screen.
#[derive(Debug, Clone, PartialEq)]
pub enum Change {
    /// Another language.
    Language(String),
    /// Another text size.
    Size(TextSize),
    /// Standard colours (false) or high contrast (true).
    Contrast(bool),
}

impl Session {
    /// Whether anything has been chosen or opened that makes this a session
    /// under way (the welcome screen untouched is not one).
    pub fn touched(&self) -> bool {
        self.locale != i18n::SOURCE
            || self.size != TextSize::Standard
            || self.high_contrast
            || self.help_asked
            || self.help_call.is_some()
            || self.languages_open
            || self.pin_pad.is_some()
            || self.staff.is_some()
    }

    /// Whether the signed-in member of staff may see the hub view.
    pub fn may_see_hub(&self) -> bool {
        self.staff
            .as_ref()
            .is_some_and(|s| matches!(s.role, crate::staff::Role::Hub | crate::staff::Role::Admin))
    }

    /// The palette for the colours chosen.
    pub fn palette(&self) -> crate::ui::Palette {
        if self.high_contrast {
            crate::ui::Palette::HIGH_CONTRAST
        } else {
            crate::ui::Palette::STANDARD
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_session_has_its_own_id() {
        let a = Session::default();
        let b = Session::default();
        assert_ne!(a.id, b.id);
        assert!(!a.touched());
    }
}

/// The staff PIN pad's state.
#[derive(Debug, Clone, Default)]
pub struct PinPad {
    /// The staff number, once typed: the pad then takes the PIN.
    pub(super) number: Option<i64>,
    /// The digits typed: the staff number (shown), or the PIN (shown only
    /// as dots).
    pub(super) digits: String,
    /// Being checked.
    pub(super) checking: bool,
    /// What went wrong last time, already in words.
    pub(super) problem: Option<String>,
}
