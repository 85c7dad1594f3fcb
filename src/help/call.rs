//! One press of "Get help from staff", as every channel and the store see
//! it: pure, so the store can keep it without reaching the sending side.

use crate::config::Config;
use chrono::{DateTime, Utc};

/// One press of "Get help from staff". Nothing personal: no answers, no
/// name, no contact details.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct HelpCall {
    /// A new id per call (a UUID), on every channel.
    pub id: String,
    /// `[kiosk] id`.
    pub terminal: String,
    /// `[kiosk] site_name`.
    pub site: String,
    /// The screen the resident is on, in words staff understand.
    pub screen: String,
    /// The service's code, if a service is open (for the store).
    pub service_code: Option<String>,
    /// The service's name in English (for staff).
    pub service: Option<String>,
    /// The language the resident is using.
    pub locale: String,
    /// Text is enlarged.
    pub large_text: bool,
    /// When the resident asked.
    pub made_at: DateTime<Utc>,
    /// A test from `frontdoor help test`: no one needs to go.
    pub test: bool,
}

impl HelpCall {
    /// A call from this terminal now.
    pub fn new(
        config: &Config,
        screen: &str,
        service_code: Option<&str>,
        service: Option<&str>,
        locale: &str,
        large_text: bool,
        now: DateTime<Utc>,
    ) -> HelpCall {
        HelpCall {
            id: uuid::Uuid::new_v4().to_string(),
            terminal: config.kiosk.id.clone(),
            site: config.kiosk.site_name.clone(),
            screen: screen.to_string(),
            service_code: service_code.map(str::to_string),
            service: service.map(str::to_string),
            locale: locale.to_string(),
            large_text,
            made_at: now,
            test: false,
        }
    }

    /// The time of the call on the terminal's clock, as `HH:MM`.
    pub fn local_time(&self) -> String {
        self.made_at
            .with_timezone(&chrono::Local)
            .format("%H:%M")
            .to_string()
    }
}
