//! `[network]`: how much the terminal reads from any server, so that a back
//! office or provider that answers too much (by mistake or on purpose)
//! cannot fill the terminal's memory. The readers are in `crate::net`.

use serde::Deserialize;

/// The most bytes of any one answer read unless `max_answer_bytes` says
/// otherwise: 1 MiB.
pub const MAX_ANSWER_BYTES: u64 = 1024 * 1024;

/// The most bytes of the back office's catalogue (`services.json` and every
/// service definition together) read unless `max_catalogue_bytes` says
/// otherwise: 8 MiB.
pub const MAX_CATALOGUE_BYTES: u64 = 8 * 1024 * 1024;

/// `[network]`.
#[derive(Debug, Clone, Copy, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Network {
    /// The most bytes of any one answer read.
    #[serde(default = "default_answer")]
    pub max_answer_bytes: u64,
    /// The most bytes of the back office's catalogue read: `services.json`
    /// and every `services/<code>.json` together.
    #[serde(default = "default_catalogue")]
    pub max_catalogue_bytes: u64,
}

fn default_answer() -> u64 {
    MAX_ANSWER_BYTES
}

fn default_catalogue() -> u64 {
    MAX_CATALOGUE_BYTES
}

impl Default for Network {
    fn default() -> Self {
        Network {
            max_answer_bytes: default_answer(),
            max_catalogue_bytes: default_catalogue(),
        }
    }
}

const KB: u64 = 1024;
const MB: u64 = 1024 * 1024;

impl Network {
    /// Checks the caps; the error names the key and what to do.
    pub fn validate(&self) -> Result<(), (&'static str, String)> {
        if !(64 * KB..=64 * MB).contains(&self.max_answer_bytes) {
            return Err((
                "network.max_answer_bytes",
                format!(
                    "use a number of bytes from {} (64 KB) to {} (64 MB); the default is {} (1 MB)",
                    64 * KB,
                    64 * MB,
                    MAX_ANSWER_BYTES
                ),
            ));
        }
        if !(64 * KB..=256 * MB).contains(&self.max_catalogue_bytes) {
            return Err((
                "network.max_catalogue_bytes",
                format!(
                    "use a number of bytes from {} (64 KB) to {} (256 MB); the default is {} (8 MB)",
                    64 * KB,
                    256 * MB,
                    MAX_CATALOGUE_BYTES
                ),
            ));
        }
        Ok(())
    }
}
