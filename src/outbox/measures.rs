//! Service measures: satisfaction ratings, help requests, and journeys
//! started, completed and abandoned. None of them hold personal data.

use super::{Outbox, StoreError, ts};
use chrono::{DateTime, Utc};
use rusqlite::{OptionalExtension, params};

/// A satisfaction rating, very good (5) to very poor (1).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Rating {
    /// 5.
    VeryGood,
    /// 4.
    Good,
    /// 3.
    Neither,
    /// 2.
    Poor,
    /// 1.
    VeryPoor,
}

impl Rating {
    /// All ratings, best first.
    pub const ALL: [Rating; 5] = [
        Rating::VeryGood,
        Rating::Good,
        Rating::Neither,
        Rating::Poor,
        Rating::VeryPoor,
    ];

    /// The stored score.
    pub fn score(self) -> u8 {
        match self {
            Rating::VeryGood => 5,
            Rating::Good => 4,
            Rating::Neither => 3,
            Rating::Poor => 2,
            Rating::VeryPoor => 1,
        }
    }

    /// The Fluent message id of its label.
    pub fn message_id(self) -> &'static str {
        match self {
            Rating::VeryGood => "rating-very-good",
            Rating::Good => "rating-good",
            Rating::Neither => "rating-neither",
            Rating::Poor => "rating-poor",
            Rating::VeryPoor => "rating-very-poor",
        }
    }
}

impl Outbox {
    /// Records a satisfaction rating for a service (no personal data).
    pub fn record_rating(
        &self,
        service_code: &str,
        rating: Rating,
        now: DateTime<Utc>,
    ) -> Result<(), StoreError> {
        self.conn.execute(
            "INSERT INTO ratings (service_code, score, created_at) VALUES (?1, ?2, ?3)",
            params![service_code, rating.score(), ts(now)],
        )?;
        Ok(())
    }

    /// Ratings as (service code, score), oldest first.
    pub fn ratings(&self) -> Result<Vec<(String, u8)>, StoreError> {
        let mut stmt = self
            .conn
            .prepare("SELECT service_code, score FROM ratings ORDER BY id")?;
        let rows = stmt
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
            .collect::<Result<Vec<_>, _>>()?;
        Ok(rows)
    }

    /// Records what came of using the receipt printer.
    pub fn record_printer(
        &self,
        printed: bool,
        staff_message: Option<&str>,
        now: DateTime<Utc>,
    ) -> Result<(), StoreError> {
        self.conn.execute(
            "INSERT INTO printer_events (created_at, printed, staff_message) VALUES (?1, ?2, ?3)",
            params![ts(now), printed, staff_message],
        )?;
        Ok(())
    }

    /// What staff need to do about the printer, as of the last time it was
    /// used: `None` when it last printed without a word of warning.
    pub fn printer_problem(&self) -> Result<Option<String>, StoreError> {
        Ok(self
            .conn
            .query_row(
                "SELECT staff_message FROM printer_events ORDER BY id DESC LIMIT 1",
                [],
                |r| r.get::<_, Option<String>>(0),
            )
            .optional()?
            .flatten())
    }

    /// Records that a resident asked for staff help, and on which screen.
    pub fn record_help_request(
        &self,
        screen: &str,
        service_code: Option<&str>,
        now: DateTime<Utc>,
    ) -> Result<(), StoreError> {
        self.conn.execute(
            "INSERT INTO help_requests (created_at, screen, service_code) VALUES (?1, ?2, ?3)",
            params![ts(now), screen, service_code],
        )?;
        Ok(())
    }

    /// Help requests as (screen, service code), oldest first.
    pub fn help_requests(&self) -> Result<Vec<(String, Option<String>)>, StoreError> {
        let mut stmt = self
            .conn
            .prepare("SELECT screen, service_code FROM help_requests ORDER BY id")?;
        let rows = stmt
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
            .collect::<Result<Vec<_>, _>>()?;
        Ok(rows)
    }

    /// Records a journey measure: started, completed or abandoned (with the
    /// page it was abandoned on). No personal data.
    pub fn record_journey(
        &self,
        service_code: &str,
        event: JourneyEvent,
        step: Option<&str>,
        locale: &str,
        assisted: bool,
        now: DateTime<Utc>,
    ) -> Result<(), StoreError> {
        self.conn.execute(
            "INSERT INTO journey_events (created_at, service_code, event, step, locale, assisted)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            params![
                ts(now),
                service_code,
                event.as_str(),
                step,
                locale,
                assisted
            ],
        )?;
        Ok(())
    }

    /// Journey measures as (service code, event, step), oldest first.
    pub fn journeys(&self) -> Result<Vec<(String, String, Option<String>)>, StoreError> {
        let mut stmt = self
            .conn
            .prepare("SELECT service_code, event, step FROM journey_events ORDER BY id")?;
        let rows = stmt
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
            .collect::<Result<Vec<_>, _>>()?;
        Ok(rows)
    }
}

/// A journey measure.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum JourneyEvent {
    /// A resident opened a service.
    Started,
    /// A resident submitted (or finished reading a signpost).
    Completed,
    /// A resident left part way: start again, idle wipe, or back out.
    Abandoned,
}

impl JourneyEvent {
    fn as_str(self) -> &'static str {
        match self {
            JourneyEvent::Started => "started",
            JourneyEvent::Completed => "completed",
            JourneyEvent::Abandoned => "abandoned",
        }
    }
}
