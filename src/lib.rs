//! Frontdoor: a council's "one front door" on public terminals in libraries and
//! community hubs.
//!
//! The pure side ([`catalogue`], [`journey`], [`reference`], [`i18n`]) knows
//! nothing of iced, tokio or SQLite; [`outbox`] does the disk I/O; [`app`] and
//! [`ui`] are the iced program that ties them together.

pub mod app;
pub mod booking;
pub mod caldav;
pub mod catalogue;
pub mod cli;
pub mod clip;
pub mod config;
pub mod desk;
pub mod fleet;
pub mod fonts;
pub mod gazetteer;
pub mod help;
pub mod i18n;
pub mod journey;
pub mod log;
pub mod net;
pub mod notify;
pub mod outbox;
pub mod payments;
pub mod printer;
pub mod receipt;
pub mod reference;
pub mod service;
pub mod speech;
pub mod spreadsheet;
pub mod staff;
pub mod sync;
pub mod ui;
