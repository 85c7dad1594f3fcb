//! Writes a [`Snapshot`] in the Prometheus text format with the
//! `prometheus-client` crate: a registry holding one [`Collector`] that
//! writes the snapshot's values as constant gauges and counters, so nothing
//! is kept between scrapes.

use super::{PrinterState, Snapshot, VERSION};
use crate::fleet::live::SendOutcome;
use chrono::{DateTime, Utc};
use prometheus_client::collector::Collector;
use prometheus_client::encoding::{
    DescriptorEncoder, EncodeCounterValue, EncodeGaugeValue, EncodeMetric,
};
use prometheus_client::metrics::MetricType;
use prometheus_client::metrics::counter::ConstCounter;
use prometheus_client::metrics::gauge::ConstGauge;
use prometheus_client::registry::Registry;
use std::fmt;

type Labels = Vec<(&'static str, String)>;

/// One metric's series: labels and value.
type Series<V> = Vec<(Labels, V)>;

#[derive(Debug)]
struct Figures(Snapshot);

pub(super) fn encode(snapshot: &Snapshot) -> String {
    let mut registry = Registry::default();
    registry.register_collector(Box::new(Figures(snapshot.clone())));
    let mut out = String::with_capacity(8 * 1024);
    // Writing into a String cannot fail.
    let _ = prometheus_client::encoding::prometheus_text::encode(&mut out, &registry);
    out
}

fn secs(t: DateTime<Utc>) -> f64 {
    t.timestamp_millis() as f64 / 1000.0
}

fn age(now: DateTime<Utc>, t: DateTime<Utc>) -> f64 {
    ((now - t).num_milliseconds().max(0)) as f64 / 1000.0
}

fn gauge<V>(enc: &mut DescriptorEncoder, name: &str, help: &str, series: Series<V>) -> fmt::Result
where
    V: EncodeGaugeValue + fmt::Debug + Send + Sync,
{
    if series.is_empty() {
        return Ok(());
    }
    let mut metric = enc.encode_descriptor(name, help, None, MetricType::Gauge)?;
    for (labels, value) in series {
        ConstGauge::new(value).encode(metric.encode_family(&labels)?)?;
    }
    Ok(())
}

fn counter<V>(enc: &mut DescriptorEncoder, name: &str, help: &str, series: Series<V>) -> fmt::Result
where
    V: EncodeCounterValue + fmt::Debug + Send + Sync,
{
    if series.is_empty() {
        return Ok(());
    }
    let mut metric = enc.encode_descriptor(name, help, None, MetricType::Counter)?;
    for (labels, value) in series {
        ConstCounter::new(value).encode(metric.encode_family(&labels)?)?;
    }
    Ok(())
}

fn one<V>(value: V) -> Series<V> {
    vec![(Labels::new(), value)]
}

fn maybe<V>(value: Option<V>) -> Series<V> {
    value.map(one).unwrap_or_default()
}

impl Collector for Figures {
    fn encode(&self, mut enc: DescriptorEncoder) -> fmt::Result {
        self.encode_sending(&mut enc)?;
        self.encode_store(&mut enc)?;
        self.encode_contacts(&mut enc)?;
        self.encode_fleet(&mut enc)
    }
}

impl Figures {
    /// The build, whether the store was read, submissions waiting and sends.
    fn encode_sending(&self, enc: &mut DescriptorEncoder<'_>) -> fmt::Result {
        let s = &self.0;
        let live = &s.live;
        gauge(
            enc,
            "frontdoor_build_info",
            "The program's version and this terminal's id and site (always 1).",
            vec![(
                vec![
                    ("version", VERSION.to_string()),
                    ("kiosk_id", s.target.kiosk_id.clone()),
                    ("site", s.target.site.clone()),
                ],
                1u64,
            )],
        )?;
        gauge(
            enc,
            "frontdoor_store_readable",
            "Whether the terminal's store could be read for this scrape (1) or not (0).",
            one(u64::from(s.store.is_ok())),
        )?;
        if let Ok(f) = &s.store {
            let st = &f.stats;
            gauge(
                enc,
                "frontdoor_submissions",
                "Submissions stored on the terminal, by state.",
                [
                    ("pending", st.pending),
                    ("sending", st.sending),
                    ("sent", st.sent),
                    ("needs_attention", st.needs_attention),
                ]
                .into_iter()
                .map(|(state, n)| (vec![("state", state.to_string())], n))
                .collect(),
            )?;
            gauge(
                enc,
                "frontdoor_oldest_pending_age_seconds",
                "Age of the oldest submission not yet sent (0 when none is waiting).",
                one(st.oldest_pending_age_secs.unwrap_or(0).max(0) as f64),
            )?;
        }
        let store_sent = s.store.as_ref().ok().and_then(|f| f.stats.last_sent_at);
        let last_sent = match (store_sent, live.last_successful_send) {
            (Some(a), Some(b)) => Some(a.max(b)),
            (a, b) => a.or(b),
        };
        gauge(
            enc,
            "frontdoor_last_successful_send_timestamp_seconds",
            "When the back office last took a submission (Unix time).",
            maybe(last_sent.map(secs)),
        )?;
        counter(
            enc,
            "frontdoor_send_attempts",
            "Attempts to send a submission since the kiosk started, by outcome.",
            SendOutcome::ALL
                .iter()
                .map(|o| {
                    (
                        vec![("outcome", o.as_str().to_string())],
                        live.send_attempts[*o as usize],
                    )
                })
                .collect(),
        )?;
        Ok(())
    }

    /// What the store counts: the printer, receipts, journeys, help and ratings.
    fn encode_store(&self, enc: &mut DescriptorEncoder<'_>) -> fmt::Result {
        let s = &self.0;
        if let Ok(f) = &s.store {
            if s.target.printer {
                let state = PrinterState::from_event(f.printer_last.as_ref());
                gauge(
                    enc,
                    "frontdoor_printer_state",
                    "The receipt printer's state after it was last used (1 for the state it is in).",
                    PrinterState::ALL
                        .iter()
                        .map(|p| {
                            (
                                vec![("state", p.as_str().to_string())],
                                u64::from(*p == state),
                            )
                        })
                        .collect(),
                )?;
            }
            counter(
                enc,
                "frontdoor_receipts_printed",
                "Receipts printed (or saved as files) by this terminal.",
                one(f.receipts_printed),
            )?;
            counter(
                enc,
                "frontdoor_journeys",
                "Journeys by service and event: started, completed or abandoned.",
                f.journeys
                    .iter()
                    .map(|((service, event), n)| {
                        (
                            vec![("service", service.clone()), ("event", event.clone())],
                            *n,
                        )
                    })
                    .collect(),
            )?;
            counter(
                enc,
                "frontdoor_help_requests",
                "Times a resident asked for staff help.",
                one(f.help_requests),
            )?;
            gauge(
                enc,
                "frontdoor_help_answer_seconds",
                "Seconds from a help call to a member of staff signing in on the terminal, over the last 7 days, at the median (0.5) and the 90th percentile (0.9).",
                f.help_answer_secs
                    .map(|(median, p90)| {
                        vec![
                            (vec![("quantile", "0.5".to_string())], median),
                            (vec![("quantile", "0.9".to_string())], p90),
                        ]
                    })
                    .unwrap_or_default(),
            )?;
            counter(
                enc,
                "frontdoor_ratings",
                "Satisfaction ratings by score, 1 (very poor) to 5 (very good).",
                f.ratings
                    .iter()
                    .enumerate()
                    .map(|(i, n)| (vec![("score", (i + 1).to_string())], *n))
                    .collect(),
            )?;
        }
        Ok(())
    }

    /// When the back office and diary last answered, and the age of the catalogue, gazetteer and config in use.
    fn encode_contacts(&self, enc: &mut DescriptorEncoder<'_>) -> fmt::Result {
        let s = &self.0;
        let now = s.at;
        let live = &s.live;
        for (name, what, contact) in [
            (
                "back_office",
                "The back office (Open311)",
                &live.back_office,
            ),
            ("diary", "The diary server (CalDAV)", &live.diary),
        ] {
            gauge(
                enc,
                &format!("frontdoor_{name}_last_answer_timestamp_seconds"),
                &format!("{what} last answered (Unix time)."),
                maybe(contact.last_answer.map(secs)),
            )?;
            gauge(
                enc,
                &format!("frontdoor_{name}_answering"),
                &format!(
                    "Whether {} answered the last time it was tried.",
                    what.to_lowercase()
                ),
                maybe(contact.last_try.map(|_| u64::from(contact.answering))),
            )?;
        }
        let catalogue = match (
            s.store.as_ref().ok().and_then(|f| f.catalogue_fetched_at),
            live.catalogue_since,
        ) {
            (Some(a), Some(b)) => Some(a.max(b)),
            (a, b) => a.or(b),
        };
        for (name, what, since) in [
            ("catalogue", "catalogue in use was fetched", catalogue),
            (
                "gazetteer",
                "gazetteer in use was imported",
                live.gazetteer_since,
            ),
            (
                "config",
                "config in use was written or fetched",
                live.config_since,
            ),
        ] {
            gauge(
                enc,
                &format!("frontdoor_{name}_age_seconds"),
                &format!("Seconds since the {what}."),
                maybe(since.map(|t| age(now, t))),
            )?;
        }
        Ok(())
    }

    /// Central set-up's files and the data folder's disk.
    fn encode_fleet(&self, enc: &mut DescriptorEncoder<'_>) -> fmt::Result {
        let s = &self.0;
        let live = &s.live;
        gauge(
            enc,
            "frontdoor_config_version",
            "The [fleet] version of the config in use (0: never fetched centrally).",
            one(live.files[0].version),
        )?;
        let files = &s.target.fleet_files;
        gauge(
            enc,
            "frontdoor_fleet_file_version",
            "The version in use of each centrally published file.",
            files
                .iter()
                .map(|k| {
                    (
                        vec![("file", k.as_str().to_string())],
                        live.file(*k).version,
                    )
                })
                .collect(),
        )?;
        gauge(
            enc,
            "frontdoor_fleet_last_check_timestamp_seconds",
            "When the council's server was last asked for each file (Unix time).",
            files
                .iter()
                .filter_map(|k| {
                    live.file(*k)
                        .checked_at
                        .map(|t| (vec![("file", k.as_str().to_string())], secs(t)))
                })
                .collect(),
        )?;
        gauge(
            enc,
            "frontdoor_fleet_problem",
            "1 while the last check of a file failed or refused it, with the reason.",
            files
                .iter()
                .filter_map(|k| {
                    live.file(*k).problem.as_ref().map(|p| {
                        (
                            vec![
                                ("file", k.as_str().to_string()),
                                ("reason", p.reason().to_string()),
                            ],
                            1u64,
                        )
                    })
                })
                .collect(),
        )?;
        if let Some(d) = s.disk {
            gauge(
                enc,
                "frontdoor_data_free_bytes",
                "Free space on the data folder's filesystem.",
                one(d.free),
            )?;
            gauge(
                enc,
                "frontdoor_data_size_bytes",
                "Size of the data folder's filesystem.",
                one(d.size),
            )?;
        }
        Ok(())
    }
}
