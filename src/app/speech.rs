//! Read-aloud in the kiosk. With speech on, a new page says its headings and
//! question, moving focus says the focused control, and errors are said when
//! they appear, in the resident's language. What a text field holds is never
//! said. Speech, and its volume, end with the session.

use super::App;
use crate::ui;

/// The volume a session starts at, 0 to 100.
const VOLUME: u8 = 80;
/// How much Louder and Quieter change it.
const STEP: u8 = 20;

/// Read-aloud state for one session.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Speech {
    /// Speaking.
    pub on: bool,
    /// 20 to 100.
    pub volume: u8,
    /// The button was pressed on a terminal with no speech engine.
    pub missing: bool,
    /// The page, focus and errors last spoken about.
    last: Option<(String, Option<usize>, Vec<String>)>,
}

impl Default for Speech {
    fn default() -> Self {
        Speech {
            on: false,
            volume: VOLUME,
            missing: false,
            last: None,
        }
    }
}

impl App {
    /// What the screen would say: a view pass with a recording context.
    pub fn spoken(&self) -> ui::Spoken {
        let ctx = ui::Ctx::new(&self.locale, self.size, self.focus).with_palette(self.palette());
        let _ = self.view_with(&ctx);
        ctx.into_spoken()
    }

    /// Whether read-aloud is on.
    pub fn speech_on(&self) -> bool {
        self.speech.on
    }

    /// The speech volume, 20 to 100.
    pub fn speech_volume(&self) -> u8 {
        self.speech.volume
    }

    /// Speaks through `speaker` from now on (tests use a recorder).
    pub fn set_speaker(&mut self, speaker: Box<dyn crate::speech::Speaker>) {
        self.speaker = speaker;
    }

    /// The speaker button's words.
    pub(super) fn speech_label(&self) -> String {
        let id = if self.speech.on {
            "speech-stop"
        } else if self.speech.missing {
            "speech-missing"
        } else {
            "speech-start"
        };
        i18n_t(&self.locale, id)
    }

    pub(super) fn toggle_speech(&mut self) {
        if self.speech.on {
            self.speech.on = false;
            self.speaker.stop();
        } else if !self.speaker.available() {
            // Say so on the button rather than failing silently.
            self.speech.missing = true;
        } else {
            self.speech.on = true;
            self.speech.last = None;
        }
    }

    pub(super) fn change_volume(&mut self, louder: bool) {
        self.speech.volume = if louder {
            self.speech.volume.saturating_add(STEP).min(100)
        } else {
            self.speech.volume.saturating_sub(STEP).max(STEP)
        };
        // Say something at the new volume so the resident hears the change.
        if self.speech.on {
            let words = i18n_t(
                &self.locale,
                if louder {
                    "speech-louder"
                } else {
                    "speech-quieter"
                },
            );
            self.speaker.say(&self.locale, &words, self.speech.volume);
        }
    }

    /// Speech off, at the starting volume, for whoever comes next.
    pub(super) fn speech_off_for_next_session(&mut self) {
        if self.speech.on {
            self.speaker.stop();
        }
        self.speech = Speech::default();
    }

    /// Says what changed since the last message: a new page, an error that
    /// appeared, or where focus moved.
    pub(super) fn announce(&mut self) {
        if !self.speech.on {
            return;
        }
        let key = self.page_key();
        let spoken = self.spoken();
        let now = (key.clone(), self.focus, spoken.alerts.clone());
        let focused = self
            .focus
            .and_then(|i| spoken.controls.get(i))
            .filter(|w| !w.is_empty())
            .cloned();
        let mut words: Vec<String> = Vec::new();
        match &self.speech.last {
            Some((page, focus, alerts)) if *page == key => {
                if !spoken.alerts.is_empty() && *alerts != spoken.alerts {
                    words.extend(spoken.alerts.iter().cloned());
                } else if *focus != self.focus {
                    words.extend(focused);
                }
            }
            _ => {
                words.extend(spoken.page.iter().cloned());
                words.extend(spoken.alerts.iter().cloned());
                words.extend(focused);
            }
        }
        self.speech.last = Some(now);
        if !words.is_empty() {
            self.speaker
                .say(&self.locale, &words.join(". "), self.speech.volume);
        }
    }
}

fn i18n_t(locale: &str, id: &str) -> String {
    crate::i18n::t(locale, id)
}
