//! Keypad focus: the keypad and keyboard contract applied to the controls of
//! the current screen, in the order they are drawn.

use super::{App, Effect, Message, Screen};
use crate::ui::{self, keys::KeyInput};

impl App {
    pub(super) fn key(&mut self, key: KeyInput) -> Vec<Effect> {
        let mut effects = Vec::new();
        let (actions, _) = self.actions();
        let focused = self.focus.and_then(|i| actions.get(i)).cloned();
        let on_field = matches!(focused, Some(Message::FocusField));
        match key {
            KeyInput::Next | KeyInput::Previous if !actions.is_empty() => {
                let n = actions.len();
                self.focus = Some(match (self.focus, key == KeyInput::Next) {
                    (None, true) => 0,
                    (None, false) => n - 1,
                    (Some(i), true) => (i + 1) % n,
                    (Some(i), false) => (i + n - 1) % n,
                });
                effects.push(Effect::Reveal);
                return effects;
            }
            KeyInput::Next | KeyInput::Previous => {}
            KeyInput::Enter if on_field => self.act(Message::Continue, &mut effects),
            KeyInput::Space if on_field => self.act(Message::Type(" ".into()), &mut effects),
            KeyInput::Enter | KeyInput::Space => match focused {
                Some(action) => {
                    self.act(action, &mut effects);
                    effects.push(Effect::Reveal);
                }
                None if key == KeyInput::Enter && self.has_field() => {
                    self.act(Message::Continue, &mut effects)
                }
                None if key == KeyInput::Space && self.has_field() => {
                    self.act(Message::Type(" ".into()), &mut effects)
                }
                None => {}
            },
            KeyInput::Back => {
                if self.warning_since.is_some() {
                    self.act(Message::StillHere, &mut effects);
                } else if self.help_asked {
                    self.act(Message::DismissHelp, &mut effects);
                } else if self.languages_open {
                    self.act(Message::CloseLanguages, &mut effects);
                } else if self.staff_pad.is_some() {
                    self.act(Message::PinCancel, &mut effects);
                } else {
                    self.act(Message::Back, &mut effects);
                }
            }
            KeyInput::Help => self.act(Message::Help, &mut effects),
            KeyInput::Speech => self.act(Message::ToggleSpeech, &mut effects),
            KeyInput::Backspace if self.staff_pad.is_some() => {
                self.act(Message::PinBackspace, &mut effects)
            }
            KeyInput::Text(t) if self.staff_pad.is_some() => {
                for d in t.chars() {
                    self.act(Message::PinDigit(d), &mut effects);
                }
            }
            KeyInput::Backspace => self.act(Message::Backspace, &mut effects),
            KeyInput::Text(t) => self.act(Message::Type(t), &mut effects),
        }
        if self.settle_focus() {
            effects.push(Effect::NewPage);
        }
        effects
    }

    pub(super) fn has_field(&self) -> bool {
        match &self.screen {
            Screen::Journey(j) => j.field_kind().is_some(),
            Screen::Search(_) | Screen::Progress(_) => true,
            _ => false,
        }
    }

    /// A name for the page, so focus returns to the page's first control
    /// whenever the page changes.
    pub(super) fn page_key(&self) -> String {
        let overlay = if self.warning_since.is_some() {
            "idle"
        } else if self.help_asked {
            "help"
        } else if self.languages_open {
            "languages"
        } else if self.staff_pad.is_some() {
            "staff"
        } else {
            ""
        };
        let inner = match &self.screen {
            Screen::Journey(j) => format!("{:?}/{}", j.step(), j.problems().len()),
            Screen::Group(g) => g.clone(),
            Screen::Appointment(b) => b.page_name(),
            Screen::Hub(h) => format!("{}", h.cancelling.is_some()),
            Screen::Confirmation { rated, .. } | Screen::Signpost { rated, .. } => {
                format!("{}", rated.is_some())
            }
            _ => String::new(),
        };
        // Text size and language are left out: changing them keeps focus on
        // the control that changed them.
        format!("{}/{inner}/{overlay}", self.screen_name())
    }

    /// Puts focus on the page's first control when the page changed;
    /// returns whether it did.
    pub(super) fn settle_focus(&mut self) -> bool {
        let key = self.page_key();
        let (actions, primary) = self.actions();
        if key != self.page {
            self.page = key;
            self.focus = primary.or(if actions.is_empty() { None } else { Some(0) });
            return true;
        } else if let Some(i) = self.focus
            && i >= actions.len()
        {
            self.focus = actions.len().checked_sub(1);
        }
        false
    }

    /// The focusable controls of the current screen in focus order, and
    /// the first control of the page's own content.
    pub fn actions(&self) -> (Vec<Message>, Option<usize>) {
        let ctx = ui::Ctx::new(&self.locale, self.size, self.focus).with_palette(self.palette());
        let _ = self.view_with(&ctx);
        ctx.into_actions()
    }
}
