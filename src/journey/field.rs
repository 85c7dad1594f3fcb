//! What a journey's text field accepts, and the date picker's arithmetic.

use chrono::{Datelike, NaiveDate};

/// Which part of a date the picker moves.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateUnit {
    /// Day.
    Day,
    /// Month.
    Month,
    /// Year.
    Year,
}

/// What a text field accepts and which keyboard it gets.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FieldKind {
    /// One line of text.
    Line,
    /// Several lines of text.
    Lines,
    /// A number: digits, a point, a minus.
    Number,
    /// A phone number: digits, spaces, +.
    Phone,
    /// An email address.
    Email,
    /// A postcode: letters, digits, a space.
    Postcode,
}

impl FieldKind {
    /// Whether the field takes this character.
    pub fn accepts(self, c: char) -> bool {
        match self {
            FieldKind::Number => c.is_ascii_digit() || c == '.' || c == '-',
            FieldKind::Phone => c.is_ascii_digit() || c == ' ' || c == '+',
            FieldKind::Postcode => c.is_ascii_alphanumeric() || c == ' ',
            FieldKind::Email => !c.is_control() && c != ' ',
            FieldKind::Lines => !c.is_control() || c == '\n',
            FieldKind::Line => !c.is_control(),
        }
    }
}

pub(super) fn add_months(date: NaiveDate, months: i32) -> Option<NaiveDate> {
    let total = date.year() * 12 + date.month0() as i32 + months;
    let year = total.div_euclid(12);
    let month = total.rem_euclid(12) as u32 + 1;
    let last = last_day(year, month)?;
    NaiveDate::from_ymd_opt(year, month, date.day().min(last))
}

/// The number of days in a month.
pub fn last_day(year: i32, month: u32) -> Option<u32> {
    let first_next = if month == 12 {
        NaiveDate::from_ymd_opt(year + 1, 1, 1)?
    } else {
        NaiveDate::from_ymd_opt(year, month + 1, 1)?
    };
    Some(first_next.pred_opt()?.day())
}
