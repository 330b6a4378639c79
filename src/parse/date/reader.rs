//! [`DateReader`]: the date scanner as a public API, for one line at a time.

use chrono::{DateTime, FixedOffset};
use chrono_tz::Tz;

use super::{read, scan_all, Ctx, Issue};
use crate::model::{DateOrder, HijriDate, Published};

/// Reads the publication date in one line of text: a byline, a dateline or
/// a header stamp, in any of the forms news pages print (see the crate's
/// layout notes): ISO and its variants, day-first and month-first numeric
/// dates, month names in Arabic (all regional variants), English, French,
/// Spanish, Portuguese, Italian, German and Russian, Chinese dates, Hijri
/// dates, clock times with `AM`/`PM`/`ص`/`م`, explicit zones, and relative
/// dates.
///
/// A time without an explicit zone gets the reader's zone (daylight saving
/// included); without one it stays naive and the reading says so.
///
/// ```
/// use newsparse::{DateIssue, DateReader};
/// let reader = DateReader::new().time_zone(chrono_tz::Asia::Shanghai);
/// let r = reader.read("cri 2019-10-21 15:45:00");
/// assert_eq!(r.published.unwrap().to_string(), "2019-10-21T15:45:00+08:00");
///
/// let r = DateReader::new().read("الخميس، 14 نوفمبر 2013 04:04 م");
/// assert_eq!(r.published.unwrap().to_string(), "2013-11-14T16:04:00");
/// assert_eq!(r.issues, [DateIssue::NoTimeZone]);
///
/// // Hijri only: converted and marked.
/// let r = DateReader::new().read("الخميس 16 شوال 1445 هـ");
/// assert_eq!(r.published.unwrap().to_string(), "2024-04-25");
/// assert_eq!(r.converted_from.unwrap().to_string(), "1445-10-16");
///
/// // Impossible dates are rejected, never wrapped.
/// let r = DateReader::new().read("2019-02-30");
/// assert!(r.published.is_none());
/// assert_eq!(r.issues, [DateIssue::Invalid("2019-02-30".into())]);
/// ```
#[derive(Debug, Clone, Copy, Default)]
pub struct DateReader {
    ctx: Ctx,
}

/// What [`DateReader::read`] found in a line.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct DateReading {
    /// The publication date (the first date not labelled as an update).
    pub published: Option<Published>,
    /// A second date labelled as an update (`آخر تحديث`, `Updated`).
    pub modified: Option<Published>,
    /// Set when `published` was converted from this Hijri date because
    /// the line gave no Gregorian one.
    pub converted_from: Option<HijriDate>,
    /// What could not be read or was left unresolved.
    pub issues: Vec<DateIssue>,
}

/// A problem met while reading a date.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum DateIssue {
    /// An impossible date or time (`2019-02-30`, `25:61`), as written.
    Invalid(String),
    /// A day/month order that could go either way (`6/7/2023`), as
    /// written; set [`DateReader::date_order`] to read it.
    Ambiguous(String),
    /// A clock time with no zone, kept naive.
    NoTimeZone,
    /// A relative date (`2 hours ago`) with no reference time, as written.
    Relative(String),
}

impl DateReader {
    /// A reader with no zone, no date order and no reference time.
    pub fn new() -> Self {
        DateReader::default()
    }

    /// The zone for times written without one.
    pub fn time_zone(mut self, zone: Tz) -> Self {
        self.ctx.zone = Some(zone);
        self
    }

    /// How to read numeric dates whose day and month could be swapped.
    ///
    /// ```
    /// use newsparse::{DateOrder, DateReader};
    /// let r = DateReader::new().date_order(DateOrder::MonthDay).read("6/7/2023");
    /// assert_eq!(r.published.unwrap().to_string(), "2023-06-07");
    /// ```
    pub fn date_order(mut self, order: DateOrder) -> Self {
        self.ctx.order = Some(order);
        self
    }

    /// The time relative dates count back from.
    ///
    /// ```
    /// use newsparse::DateReader;
    /// let now = chrono::DateTime::parse_from_rfc3339("2024-05-01T12:00:00+03:00").unwrap();
    /// let r = DateReader::new().reference_time(now).read("منذ سنتين");
    /// assert_eq!(r.published.unwrap().to_string(), "2022-05-01");
    /// let r = DateReader::new().reference_time(now).read("2 hours ago");
    /// assert_eq!(r.published.unwrap().to_string(), "2024-05-01T10:00:00+03:00");
    /// ```
    pub fn reference_time(mut self, now: DateTime<FixedOffset>) -> Self {
        self.ctx.reference = Some(now);
        self
    }

    /// Reads the date in `line`. Never panics; linear in the line's length
    /// (only its first 96 tokens are read).
    pub fn read(&self, line: &str) -> DateReading {
        let scan = scan_all(line);
        let r = read(line, &scan, &self.ctx);
        DateReading {
            published: r.published,
            modified: r.modified,
            converted_from: r.converted_from,
            issues: r.issues.into_iter().map(DateIssue::from).collect(),
        }
    }
}

impl From<Issue> for DateIssue {
    fn from(i: Issue) -> Self {
        match i {
            Issue::Invalid(s) => DateIssue::Invalid(s),
            Issue::Ambiguous(s) => DateIssue::Ambiguous(s),
            Issue::NoTimeZone => DateIssue::NoTimeZone,
            Issue::Relative(s) => DateIssue::Relative(s),
        }
    }
}
