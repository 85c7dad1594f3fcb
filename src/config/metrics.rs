//! `[metrics]`: the Prometheus endpoint. Off unless `listen` is set; only the
//! addresses and networks in `allow` may scrape (this machine alone when
//! `allow` is left out), and anyone else is answered 403.

use ipnet::IpNet;
use serde::Deserialize;
use std::net::{IpAddr, SocketAddr};

/// `[metrics]`.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MetricsConfig {
    /// Where to serve `/metrics`, such as `0.0.0.0:9899`. Off when unset.
    #[serde(default)]
    pub listen: Option<String>,
    /// Who may scrape: addresses (`192.0.2.7`) or networks (`10.20.0.0/16`).
    /// Default: only this machine (127.0.0.0/8 and ::1).
    #[serde(default)]
    pub allow: Vec<String>,
}

impl MetricsConfig {
    /// The address to listen on, when metrics are on and it is well formed.
    pub fn listen_addr(&self) -> Option<SocketAddr> {
        self.listen.as_deref().and_then(|l| l.trim().parse().ok())
    }

    /// The networks that may scrape. Entries that do not parse are left out
    /// (validation refuses them first).
    pub fn allowed(&self) -> Vec<IpNet> {
        if self.allow.is_empty() {
            return loopback();
        }
        self.allow.iter().filter_map(|a| parse_net(a)).collect()
    }

    /// Checks the keys; the error names the key and what to do.
    pub fn validate(&self) -> Result<(), (&'static str, String)> {
        if let Some(listen) = &self.listen
            && listen.trim().parse::<SocketAddr>().is_err()
        {
            return Err((
                "metrics.listen",
                format!(
                    "\"{listen}\" is not an address and port: use such as \"0.0.0.0:9899\" (every network) or \"127.0.0.1:9899\" (this machine only)"
                ),
            ));
        }
        if let Some(bad) = self.allow.iter().find(|a| parse_net(a).is_none()) {
            return Err((
                "metrics.allow",
                format!(
                    "\"{bad}\" is not an address or network: use such as \"192.0.2.7\" or \"10.20.0.0/16\""
                ),
            ));
        }
        Ok(())
    }
}

/// This machine: 127.0.0.0/8 and ::1.
fn loopback() -> Vec<IpNet> {
    ["127.0.0.0/8", "::1/128"]
        .iter()
        .filter_map(|n| n.parse().ok())
        .collect()
}

/// An address (a network of one) or a network in CIDR form.
fn parse_net(text: &str) -> Option<IpNet> {
    let text = text.trim();
    text.parse::<IpNet>()
        .ok()
        .or_else(|| text.parse::<IpAddr>().ok().map(IpNet::from))
}

/// Whether `peer` may scrape: it is inside one of `allowed`. IPv4 addresses
/// seen through an IPv6 socket (`::ffff:10.0.0.1`) count as IPv4.
pub fn is_allowed(allowed: &[IpNet], peer: IpAddr) -> bool {
    let peer = peer.to_canonical();
    allowed.iter().any(|net| net.contains(&peer))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn config(allow: &[&str]) -> MetricsConfig {
        MetricsConfig {
            listen: Some("127.0.0.1:0".into()),
            allow: allow.iter().map(|s| s.to_string()).collect(),
        }
    }

    #[test]
    fn addresses_and_networks_are_allowed_and_nothing_else() {
        let c = config(&["10.20.0.0/16", "192.0.2.7", "2001:db8::/32"]);
        assert!(c.validate().is_ok());
        let nets = c.allowed();
        let yes = ["10.20.3.4", "192.0.2.7", "::ffff:10.20.0.1", "2001:db8::1"];
        let no = ["10.21.0.1", "192.0.2.8", "127.0.0.1", "2001:db9::1"];
        for a in yes {
            assert!(is_allowed(&nets, a.parse().expect("address")), "{a}");
        }
        for a in no {
            assert!(!is_allowed(&nets, a.parse().expect("address")), "{a}");
        }
    }

    #[test]
    fn without_allow_only_this_machine_may_scrape() {
        let nets = config(&[]).allowed();
        assert!(is_allowed(&nets, "127.0.0.1".parse().expect("address")));
        assert!(is_allowed(&nets, "::1".parse().expect("address")));
        assert!(!is_allowed(&nets, "10.0.0.1".parse().expect("address")));
    }

    #[test]
    fn bad_values_name_the_key() {
        assert_eq!(
            config(&["10.20.0.0/33"]).validate().unwrap_err().0,
            "metrics.allow"
        );
        assert_eq!(
            config(&["library"]).validate().unwrap_err().0,
            "metrics.allow"
        );
        let c = MetricsConfig {
            listen: Some("9899".into()),
            allow: Vec::new(),
        };
        assert_eq!(c.validate().unwrap_err().0, "metrics.listen");
        assert!(MetricsConfig::default().listen_addr().is_none());
    }
}
