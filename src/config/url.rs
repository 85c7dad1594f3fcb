//! The one rule for every web address in the config: `https://`, or plain
//! `http://` only to this machine (`127.0.0.1` and the rest of 127.0.0.0/8,
//! `::1`, `localhost`). Keys, passwords and residents' details must not
//! cross a network in clear.

/// What the URL parser says of text that is not an address.
pub type ParseError = <reqwest::Url as std::str::FromStr>::Err;

/// Why an address in the config may not be used. Its words name the
/// address and say what to do; they become the config error's words.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum UrlError {
    /// It cannot be read as a web address at all.
    #[error("\"{url}\" is not a web address ({reason})")]
    NotAnAddress {
        /// The address as written in the config.
        url: String,
        /// What the URL parser said.
        reason: ParseError,
    },
    /// An http or https address without a host.
    #[error("\"{url}\" has no host")]
    NoHost {
        /// The address as written in the config.
        url: String,
    },
    /// Not https, and not plain http to this machine.
    #[error(
        "\"{url}\" must use https:// (http:// is only allowed for 127.0.0.1, ::1 or localhost)"
    )]
    NotHttps {
        /// The address as written in the config.
        url: String,
    },
}

/// Whether `url` may be used: https with a host, or http to this machine.
/// Placeholders the config allows (`{kiosk_id}`, `{reference}`) are filled
/// with a sample first. `Err` says what to do, in plain words.
pub fn check_url(url: &str) -> Result<(), UrlError> {
    let sample = url
        .replace("{kiosk_id}", "kiosk")
        .replace("{reference}", "ref");
    let parsed = reqwest::Url::parse(&sample).map_err(|reason| UrlError::NotAnAddress {
        url: url.to_string(),
        reason,
    })?;
    let host = parsed.host_str().unwrap_or_default();
    match parsed.scheme() {
        "https" if !host.is_empty() => Ok(()),
        "http" if is_loopback(&parsed) => Ok(()),
        "https" | "http" if host.is_empty() => Err(UrlError::NoHost {
            url: url.to_string(),
        }),
        _ => Err(UrlError::NotHttps {
            url: url.to_string(),
        }),
    }
}

/// Whether a URL's host is this machine.
pub fn is_loopback(url: &reqwest::Url) -> bool {
    let Some(host) = url.host_str() else {
        return false;
    };
    host.eq_ignore_ascii_case("localhost")
        || host
            .trim_start_matches('[')
            .trim_end_matches(']')
            .parse::<std::net::IpAddr>()
            .is_ok_and(|ip| ip.is_loopback())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn https_everywhere_but_this_machine() {
        for good in [
            "https://council.example/open311/v2",
            "https://it.example.gov.uk/kiosks/{kiosk_id}.toml",
            "https://example.gov.uk/track?ref={reference}",
            "http://127.0.0.1:8311/open311/v2",
            "http://127.0.0.2/x",
            "http://[::1]:8080/k.toml",
            "http://localhost/hook",
            "http://LOCALHOST:5232/hub/",
        ] {
            assert!(check_url(good).is_ok(), "{good}");
        }
        for bad in [
            "http://council.example/open311/v2",
            "http://10.0.0.1/hook",
            "http://localhost.council.example/",
            "http://127.0.0.1.nip.io/",
            "ftp://127.0.0.1/k.toml",
            "kiosks/k.toml",
            "not a url",
        ] {
            assert!(check_url(bad).is_err(), "{bad}");
        }
        assert_eq!(
            check_url("http://council.example/")
                .unwrap_err()
                .to_string(),
            "\"http://council.example/\" must use https:// (http:// is only allowed for 127.0.0.1, ::1 or localhost)"
        );
    }
}
