//! Keypad focus: the keypad and keyboard contract applied to the controls
//! of the current screen, in the order they are drawn.

use super::message::Message;
use super::staff;
use super::widgets::Input;
use super::{App, Out, Scroll};
use crate::ui::keys::KeyInput;

impl App {
    /// A key from the keypad or keyboard.
    pub(super) fn key(&mut self, key: KeyInput, out: &mut Out) {
        let (actions, _) = self.actions();
        let focused = self.focus.and_then(|i| actions.get(i)).cloned();
        let on_field = focused.as_ref().is_some_and(Message::is_field_focus);
        let pin_pad = self.session.pin_pad.is_some();
        match key {
            KeyInput::Next | KeyInput::Previous if !actions.is_empty() => {
                let n = actions.len();
                self.focus = Some(match (self.focus, key == KeyInput::Next) {
                    (None, true) => 0,
                    (None, false) => n - 1,
                    (Some(i), true) => (i + 1) % n,
                    (Some(i), false) => (i + n - 1) % n,
                });
                out.scroll.push(Scroll::Reveal);
            }
            KeyInput::Next | KeyInput::Previous => {}
            KeyInput::Enter if on_field => self.enter(out),
            KeyInput::Space if on_field => self.act(Message::Field(Input::Type(" ".into())), out),
            KeyInput::Enter | KeyInput::Space => match focused {
                Some(action) => {
                    self.act(action, out);
                    out.scroll.push(Scroll::Reveal);
                }
                None if key == KeyInput::Enter && self.screen.has_field() => self.enter(out),
                None if key == KeyInput::Space && self.screen.has_field() => {
                    self.act(Message::Field(Input::Type(" ".into())), out)
                }
                None => {}
            },
            KeyInput::BackReleased => self.session.back_held = None,
            KeyInput::Back => {
                if self.session.back_held.is_none() {
                    self.session.back_held = Some(std::time::Instant::now());
                }
                let s = &self.session;
                let message = if self.idle.warning_since.is_some() {
                    Message::StillHere
                } else if s.help_asked {
                    Message::DismissHelp
                } else if s.languages_open {
                    Message::CloseLanguages
                } else if pin_pad {
                    Message::Staff(staff::Message::Cancel)
                } else {
                    Message::Back
                };
                self.act(message, out);
            }
            KeyInput::Help => self.act(Message::Help, out),
            KeyInput::Speech => self.act(Message::ToggleSpeech, out),
            KeyInput::Backspace if pin_pad => {
                self.act(Message::Staff(staff::Message::Backspace), out)
            }
            KeyInput::Text(t) if pin_pad => {
                for d in t.chars() {
                    self.act(Message::Staff(staff::Message::Digit(d)), out);
                }
            }
            KeyInput::Backspace => self.act(Message::Field(Input::Backspace), out),
            KeyInput::Text(t) => self.act(Message::Field(Input::Type(t)), out),
        }
    }

    /// Enter in the page's field: the page's main action.
    pub(super) fn enter(&mut self, out: &mut Out) {
        if self.idle.warning_since.is_some() {
            return;
        }
        let action = self.on_screen(|screen, env| screen.enter(env));
        self.apply(action, out);
    }

    /// A name for the page, so focus returns to the page's first control
    /// whenever the page changes.
    pub(super) fn page_key(&self) -> String {
        let s = &self.session;
        let answered = s.help_call.as_ref().map(|(_, o)| o.is_some());
        let overlay = if self.idle.warning_since.is_some() {
            "idle"
        } else if s.help_asked && answered == Some(true) {
            "help, answered"
        } else if s.help_asked {
            "help"
        } else if s.languages_open {
            "languages"
        } else if s.pin_pad.is_some() {
            "staff"
        } else {
            ""
        };
        // Text size and language are left out: changing them keeps focus on
        // the control that changed them.
        format!(
            "{}/{}/{overlay}",
            self.screen.name(),
            self.screen.page_key()
        )
    }

    /// Puts focus on the page's first control when the page changed, from
    /// the one view pass that lists the page's controls.
    pub(super) fn settle_focus(&mut self) -> Settled {
        let key = self.page_key();
        let (actions, primary) = self.actions();
        let new_page = key != self.page;
        if new_page {
            self.page = key;
            // The language picker opens on the language in use, so Enter
            // keeps it and a neighbour is one press away.
            let current = self.session.languages_open.then(|| {
                actions.iter().position(
                    |a| matches!(a, Message::ChooseLanguage(l) if *l == self.session.locale),
                )
            });
            self.focus =
                current
                    .flatten()
                    .or(primary)
                    .or(if actions.is_empty() { None } else { Some(0) });
        } else if let Some(i) = self.focus
            && i >= actions.len()
        {
            self.focus = actions.len().checked_sub(1);
        }
        Settled {
            new_page,
            on_field: self
                .focus
                .and_then(|i| actions.get(i))
                .is_some_and(Message::is_field_focus),
        }
    }

    /// The focusable controls of the current screen in focus order, and
    /// the first control of the page's own content.
    pub fn actions(&self) -> (Vec<Message>, Option<usize>) {
        let ctx = self.view_context();
        let _ = self.view_with(&ctx);
        ctx.into_actions()
    }
}

/// What settling the focus after an update found.
pub(super) struct Settled {
    /// The page changed: the focus went to its first control.
    pub new_page: bool,
    /// The page's text field has the focus.
    pub on_field: bool,
}
