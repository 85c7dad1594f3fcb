//! Read-aloud. A [`Speaker`] says a line of words in a language, cutting off
//! whatever it was saying; [`Espeak`] drives the `espeak-ng` program when the
//! terminal has it, and [`Recorder`] keeps what would have been said, for
//! tests. Nothing here knows about screens: the app decides what to say.

use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};

/// Something that can speak.
pub trait Speaker: Send {
    /// Whether speech can be heard on this terminal at all.
    fn available(&self) -> bool;
    /// Says `words` in `locale` at `volume` (0 to 100), cutting off anything
    /// still being said.
    fn say(&mut self, locale: &str, words: &str, volume: u8);
    /// Stops speaking.
    fn stop(&mut self);
}

/// The espeak-ng voice for a shipped locale.
pub fn voice(locale: &str) -> &'static str {
    match locale.split('-').next().unwrap_or("en") {
        "cy" => "cy",
        "pl" => "pl",
        "ro" => "ro",
        "pa" => "pa",
        "ur" => "ur",
        "bn" => "bn",
        "ar" => "ar",
        "uk" => "uk",
        "pt" => "pt",
        "es" => "es",
        _ => "en-gb",
    }
}

/// Speech through the `espeak-ng` program, one process an utterance.
pub struct Espeak {
    program: Option<std::path::PathBuf>,
    speaking: Option<Child>,
}

impl Espeak {
    /// Finds `espeak-ng` on the PATH; without it, [`Speaker::available`] is
    /// false and nothing is said.
    pub fn new() -> Espeak {
        let program = std::env::var_os("PATH").and_then(|paths| {
            std::env::split_paths(&paths)
                .map(|dir| dir.join("espeak-ng"))
                .find(|p| p.is_file())
        });
        Espeak {
            program,
            speaking: None,
        }
    }
}

impl Espeak {
    /// Speech through the program at `path` (an `espeak-ng` outside the PATH).
    pub fn at(path: impl Into<std::path::PathBuf>) -> Espeak {
        Espeak {
            program: Some(path.into()),
            speaking: None,
        }
    }
}

impl Default for Espeak {
    fn default() -> Self {
        Espeak::new()
    }
}

impl Speaker for Espeak {
    fn available(&self) -> bool {
        self.program.is_some()
    }

    fn say(&mut self, locale: &str, words: &str, volume: u8) {
        self.stop();
        let Some(program) = &self.program else {
            return;
        };
        // espeak-ng's amplitude runs 0 to 200; 100 is its normal level.
        let amplitude = (volume.min(100) as u32 * 2).to_string();
        self.speaking = Command::new(program)
            .args(["-v", voice(locale), "-s", "150", "-a", &amplitude, "--"])
            .arg(words)
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .ok();
    }

    fn stop(&mut self) {
        if let Some(mut child) = self.speaking.take() {
            let _ = child.kill();
            let _ = child.wait();
        }
    }
}

impl Drop for Espeak {
    fn drop(&mut self) {
        self.stop();
    }
}

/// One thing said: the language, the words and the volume.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Said {
    /// The language.
    pub locale: String,
    /// The words.
    pub words: String,
    /// The volume, 0 to 100.
    pub volume: u8,
}

/// A speaker that keeps what it would have said: for tests, and for a
/// terminal where speech should be shown rather than heard.
#[derive(Clone, Default)]
pub struct Recorder {
    said: Arc<Mutex<Vec<Said>>>,
    stops: Arc<Mutex<usize>>,
    /// Whether to claim an engine is present.
    pub present: bool,
}

impl Recorder {
    /// A recorder that claims an engine is present.
    pub fn new() -> Recorder {
        Recorder {
            present: true,
            ..Recorder::default()
        }
    }

    /// Everything said so far.
    pub fn said(&self) -> Vec<Said> {
        self.said.lock().map(|s| s.clone()).unwrap_or_default()
    }

    /// The words of everything said so far.
    pub fn words(&self) -> Vec<String> {
        self.said().into_iter().map(|s| s.words).collect()
    }

    /// Forgets what was said.
    pub fn clear(&self) {
        if let Ok(mut s) = self.said.lock() {
            s.clear();
        }
    }

    /// How many times speech was stopped.
    pub fn stops(&self) -> usize {
        self.stops.lock().map(|s| *s).unwrap_or(0)
    }
}

impl Speaker for Recorder {
    fn available(&self) -> bool {
        self.present
    }

    fn say(&mut self, locale: &str, words: &str, volume: u8) {
        if let Ok(mut s) = self.said.lock() {
            s.push(Said {
                locale: locale.to_string(),
                words: words.to_string(),
                volume,
            });
        }
    }

    fn stop(&mut self) {
        if let Ok(mut s) = self.stops.lock() {
            *s += 1;
        }
    }
}
