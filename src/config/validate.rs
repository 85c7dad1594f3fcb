//! Checking a parsed config: values that parse but cannot work, each
//! named by its key with what to do.

use super::{BackendKind, Config, ConfigError, PrinterKind, check_url, help, notify};

impl Config {
    /// Checks values that parse but cannot work.
    pub fn validate(&self) -> Result<(), ConfigError> {
        self.validate_kiosk()?;
        self.validate_site()?;
        self.validate_backend()?;
        self.validate_printer()?;
        self.validate_times()?;
        self.validate_tables()?;
        notify::validate(self)?;
        help::validate(self)?;
        Ok(())
    }

    /// `kiosk.id`, `site_name` and `reference_prefix`.
    fn validate_kiosk(&self) -> Result<(), ConfigError> {
        let id = self.kiosk.id.trim();
        if id.is_empty() || id.len() > 64 || !id.chars().all(|c| c.is_ascii_graphic()) {
            return Err(self.problem(
                "kiosk.id",
                "give each terminal an id of 1 to 64 letters, digits or dashes, with no spaces",
            ));
        }
        if self.kiosk.site_name.trim().is_empty() {
            return Err(self.problem("kiosk.site_name", "give the library or hub's name"));
        }
        if let Some(prefix) = &self.kiosk.reference_prefix {
            let ok = prefix.len() == 4
                && prefix
                    .bytes()
                    .all(|c| crate::reference::ALPHABET.contains(&c));
            if !ok {
                return Err(self.problem(
                    "kiosk.reference_prefix",
                    format!(
                        "use exactly 4 characters from {}",
                        String::from_utf8_lossy(crate::reference::ALPHABET)
                    ),
                ));
            }
        }
        Ok(())
    }

    /// `[backend]`: its address, token give-up time, key and tracking page.
    fn validate_backend(&self) -> Result<(), ConfigError> {
        if self.backend.kind == BackendKind::Open311 && self.backend.url.is_none() {
            return Err(self.problem(
                "backend.url",
                "kind is \"open311\", so give the endpoint's URL, such as https://council.example/open311/v2",
            ));
        }
        if let Some(url) = &self.backend.url
            && let Err(problem) = check_url(url)
        {
            return Err(self.problem("backend.url", problem.to_string()));
        }
        if !(1..=720).contains(&self.backend.token_give_up_hours) {
            return Err(self.problem(
                "backend.token_give_up_hours",
                "use a number of hours from 1 to 720 (30 days)",
            ));
        }
        if self.backend.api_key.is_some() && self.backend.api_key_file.is_some() {
            return Err(self.problem(
                "backend.api_key_file",
                "set api_key or api_key_file, not both",
            ));
        }
        if let Some(url) = &self.backend.tracking_url {
            if !url.contains("{reference}") {
                return Err(self.problem(
                    "backend.tracking_url",
                    "put {reference} where the case reference goes, such as https://council.example/track?ref={reference}",
                ));
            }
            if let Err(problem) = check_url(url) {
                return Err(self.problem("backend.tracking_url", problem.to_string()));
            }
        }
        Ok(())
    }

    /// `[printer]`: where it is and its paper width.
    fn validate_printer(&self) -> Result<(), ConfigError> {
        match self.printer.kind {
            PrinterKind::Usb | PrinterKind::Serial if self.printer.path.is_none() => {
                return Err(self.problem(
                    "printer.path",
                    "give the printer's device file, such as /dev/usb/lp0",
                ));
            }
            PrinterKind::Network => match &self.printer.address {
                Some(addr)
                    if addr
                        .rsplit_once(':')
                        .is_some_and(|(h, p)| !h.is_empty() && p.parse::<u16>().is_ok()) => {}
                _ => {
                    return Err(self.problem(
                        "printer.address",
                        "give the printer's address and port, such as 192.0.2.10:9100",
                    ));
                }
            },
            _ => {}
        }
        if ![384, 576].contains(&self.printer.paper_width_dots) {
            return Err(self.problem(
                "printer.paper_width_dots",
                format!(
                    "{} is not a paper width: use 576 for 80 mm paper or 384 for 58 mm paper",
                    self.printer.paper_width_dots
                ),
            ));
        }
        Ok(())
    }

    /// `[session]` idle times and `[outbox]` retention.
    fn validate_times(&self) -> Result<(), ConfigError> {
        if !(10..=3600).contains(&self.session.idle_warning_secs) {
            return Err(self.problem(
                "session.idle_warning_secs",
                "use a number of seconds from 10 to 3600",
            ));
        }
        if !(5..=600).contains(&self.session.idle_reset_secs) {
            return Err(self.problem(
                "session.idle_reset_secs",
                "use a number of seconds from 5 to 600",
            ));
        }
        if self.outbox.attention_retention_days == 0 {
            return Err(self.problem("outbox.attention_retention_days", "must be at least 1 day"));
        }
        if self.outbox.retention_hours == 0 {
            return Err(self.problem(
                "outbox.retention_hours",
                "use at least 1 hour, so a resident can still check progress on the day",
            ));
        }
        Ok(())
    }

    /// `[metrics]`, `[fleet]`, `[network]`, `[calendar]` and `[payments]`.
    fn validate_tables(&self) -> Result<(), ConfigError> {
        if let Err((key, problem)) = self
            .metrics
            .validate()
            .and(self.fleet.validate())
            .and(self.network.validate())
        {
            return Err(self.problem(key, problem));
        }
        if let Some(cal) = &self.calendar {
            if let Err(problem) = check_url(&cal.url) {
                return Err(self.problem("calendar.url", problem.to_string()));
            }
            if cal.password.is_some() && cal.password_file.is_some() {
                return Err(self.problem(
                    "calendar.password_file",
                    "set password or password_file, not both",
                ));
            }
        }
        if let Some(payments) = &self.payments {
            payments
                .validate()
                .map_err(|(key, problem)| self.problem(&key, problem))?;
        }
        Ok(())
    }

    /// `kiosk.site_*`: a UPRN as the gazetteer has them, coordinates given
    /// together and on the Earth, an address that says something.
    fn validate_site(&self) -> Result<(), ConfigError> {
        let k = &self.kiosk;
        if let Some(uprn) = k.site_uprn
            && !(1..=999_999_999_999).contains(&uprn)
        {
            return Err(self.problem(
                "kiosk.site_uprn",
                "a UPRN is a whole number of 1 to 12 digits, such as 100040000015",
            ));
        }
        match (k.site_latitude, k.site_longitude) {
            (Some(_), None) => {
                return Err(self.problem(
                    "kiosk.site_longitude",
                    "site_latitude is set, so give site_longitude too",
                ));
            }
            (None, Some(_)) => {
                return Err(self.problem(
                    "kiosk.site_latitude",
                    "site_longitude is set, so give site_latitude too",
                ));
            }
            (Some(lat), _) if !(-90.0..=90.0).contains(&lat) => {
                return Err(self.problem(
                    "kiosk.site_latitude",
                    "use degrees from -90 to 90, such as 50.7152",
                ));
            }
            (_, Some(long)) if !(-180.0..=180.0).contains(&long) => {
                return Err(self.problem(
                    "kiosk.site_longitude",
                    "use degrees from -180 to 180, such as -2.4378",
                ));
            }
            _ => {}
        }
        if k.site_address
            .as_deref()
            .is_some_and(|a| a.trim().is_empty())
        {
            return Err(self.problem(
                "kiosk.site_address",
                "give the site's address, such as \"Demo Library, 1 Library Walk, DT1 1AA\", or leave the key out",
            ));
        }
        Ok(())
    }
}
