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
pub struct Speech {
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

impl Speech {
    /// The speaker button's words.
    pub fn label(&self, locale: &str) -> String {
        let id = if self.on {
            "speech-stop"
        } else {
            "speech-start"
        };
        crate::i18n::t(locale, id)
    }
}

impl App {
    /// What the screen would say: a view pass with a recording context.
    pub fn spoken(&self) -> ui::Spoken {
        let ctx = self.view_context();
        let _ = self.view_with(&ctx);
        ctx.into_spoken()
    }

    /// Whether read-aloud is on.
    pub fn speech_on(&self) -> bool {
        self.session.speech.on
    }

    /// The speech volume, 20 to 100.
    pub fn speech_volume(&self) -> u8 {
        self.session.speech.volume
    }

    /// Speaks through `speaker` from now on (tests use a recorder).
    pub fn set_speaker(&mut self, speaker: Box<dyn crate::speech::Speaker>) {
        self.speaker = speaker;
    }

    pub(super) fn toggle_speech(&mut self) {
        let speech = &mut self.session.speech;
        if speech.on {
            speech.on = false;
            self.speaker.stop();
        } else if !self.speaker.available() {
            // Say so on the button rather than failing silently.
            speech.missing = true;
        } else {
            speech.on = true;
            speech.last = None;
        }
    }

    pub(super) fn change_volume(&mut self, louder: bool) {
        let speech = &mut self.session.speech;
        speech.volume = if louder {
            speech.volume.saturating_add(STEP).min(100)
        } else {
            speech.volume.saturating_sub(STEP).max(STEP)
        };
        // Say something at the new volume so the resident hears the change.
        if speech.on {
            let id = if louder {
                "speech-louder"
            } else {
                "speech-quieter"
            };
            let words = crate::i18n::t(&self.session.locale, id);
            self.speaker
                .say(&self.session.locale, &words, speech.volume);
        }
    }

    /// Stops speaking before a session ends.
    pub(super) fn stop_speech(&mut self) {
        if self.session.speech.on {
            self.speaker.stop();
        }
    }

    /// Says what changed since the last message: a new page, an error that
    /// appeared, or where focus moved.
    pub(super) fn announce(&mut self) {
        if !self.session.speech.on {
            return;
        }
        let key = self.page_key();
        let spoken = self.spoken();
        let focus = self.focus;
        let now = (key.clone(), focus, spoken.alerts.clone());
        let focused = focus
            .and_then(|i| spoken.controls.get(i))
            .filter(|w| !w.is_empty())
            .cloned();
        let mut words: Vec<String> = Vec::new();
        match &self.session.speech.last {
            Some((page, was, alerts)) if *page == key => {
                if !spoken.alerts.is_empty() && *alerts != spoken.alerts {
                    words.extend(spoken.alerts.iter().cloned());
                } else if *was != focus {
                    words.extend(focused);
                }
            }
            _ => {
                words.extend(spoken.page.iter().cloned());
                words.extend(spoken.alerts.iter().cloned());
                words.extend(focused);
            }
        }
        self.session.speech.last = Some(now);
        if !words.is_empty() {
            let volume = self.session.speech.volume;
            self.speaker
                .say(&self.session.locale, &words.join(". "), volume);
        }
    }
}
