//! Publication times: a date, maybe a time, maybe the real UTC offset.

use std::fmt;

use std::str::FromStr;

use chrono::{DateTime, FixedOffset, NaiveDate, NaiveDateTime, NaiveTime, TimeZone, Timelike};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// When an article was published, as precisely as the page says.
///
/// Serialized as one string, never with a silently assumed UTC:
/// - `2019-10-21T15:45:00+08:00` when the time and its offset are known,
/// - `2019-10-21T15:45:00` when the offset is unknown,
/// - `2019-10-21` when only the date is given.
///
/// ```
/// use newsparse::Published;
/// let p: Published = "2019-10-21T15:45:00+08:00".parse().unwrap();
/// assert_eq!(p.to_string(), "2019-10-21T15:45:00+08:00");
/// assert_eq!(p.to_datetime().unwrap().timestamp(), 1_571_643_900);
/// let d: Published = "2019-10-21".parse().unwrap();
/// assert!(d.time().is_none() && d.to_datetime().is_none());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Published {
    date: NaiveDate,
    time: Option<NaiveTime>,
    offset: Option<FixedOffset>,
}

impl Published {
    /// A date without a time.
    pub fn date_only(date: NaiveDate) -> Self {
        Published {
            date,
            time: None,
            offset: None,
        }
    }

    /// A local date and time whose offset is unknown. The time is kept to
    /// the second, as it is written.
    pub fn naive(datetime: NaiveDateTime) -> Self {
        Published {
            date: datetime.date(),
            time: Some(whole_seconds(datetime.time())),
            offset: None,
        }
    }

    /// A date and time at a known offset.
    ///
    /// The wall-clock time is kept to the second and the offset to the
    /// minute, as RFC 3339 writes them, so a value reads back from its
    /// string unchanged. Only historical local mean time has offsets with
    /// seconds (Shanghai's +08:05:43 before 1928); it rounds to the nearest
    /// minute.
    ///
    /// ```
    /// use chrono::{FixedOffset, TimeZone};
    /// use newsparse::Published;
    /// let lmt = FixedOffset::east_opt(8 * 3600 + 5 * 60 + 43).unwrap();
    /// let p = Published::with_offset(lmt.with_ymd_and_hms(1899, 9, 8, 10, 0, 0).unwrap());
    /// assert_eq!(p.to_string(), "1899-09-08T10:00:00+08:06");
    /// assert_eq!(p.to_string().parse::<Published>().unwrap(), p);
    /// ```
    pub fn with_offset(datetime: DateTime<FixedOffset>) -> Self {
        let secs = datetime.offset().local_minus_utc();
        let rounded = (secs + 30).div_euclid(60) * 60;
        // A rounding past the ±24 h limit truncates instead.
        let offset = FixedOffset::east_opt(rounded)
            .or_else(|| FixedOffset::east_opt(secs / 60 * 60))
            .unwrap_or(*datetime.offset());
        Published {
            date: datetime.date_naive(),
            time: Some(whole_seconds(datetime.time())),
            offset: Some(offset),
        }
    }

    /// Resolves a local date and time in an IANA zone, daylight saving
    /// included. A local time that falls in a spring-forward gap gives
    /// `None`; one that is ambiguous (autumn fold) takes the earlier offset.
    pub fn in_zone<Tz: TimeZone>(datetime: NaiveDateTime, zone: &Tz) -> Option<Self> {
        let local = zone.from_local_datetime(&datetime).earliest()?;
        Some(Published::with_offset(local.fixed_offset()))
    }

    /// The calendar date.
    pub fn date(&self) -> NaiveDate {
        self.date
    }

    /// The wall-clock time, if the page gave one.
    pub fn time(&self) -> Option<NaiveTime> {
        self.time
    }

    /// The UTC offset, if known.
    pub fn offset(&self) -> Option<FixedOffset> {
        self.offset
    }

    /// The instant, when both time and offset are known.
    pub fn to_datetime(&self) -> Option<DateTime<FixedOffset>> {
        let naive = self.date.and_time(self.time?);
        self.offset?.from_local_datetime(&naive).single()
    }
}

/// `time` without its fraction of a second (and a leap second as :59).
fn whole_seconds(time: NaiveTime) -> NaiveTime {
    NaiveTime::from_hms_opt(time.hour(), time.minute(), time.second()).unwrap_or(time)
}

impl fmt::Display for Published {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.date.format("%Y-%m-%d"))?;
        if let Some(time) = self.time {
            write!(f, "T{}", time.format("%H:%M:%S"))?;
            if let Some(offset) = self.offset {
                let secs = offset.local_minus_utc();
                if secs == 0 {
                    // RFC 3339 allows `Z`; `+00:00` says the offset was read,
                    // not assumed, and keeps every value the same shape.
                    f.write_str("+00:00")?;
                } else {
                    let sign = if secs < 0 { '-' } else { '+' };
                    let secs = secs.unsigned_abs();
                    write!(f, "{sign}{:02}:{:02}", secs / 3600, secs / 60 % 60)?;
                }
            }
        }
        Ok(())
    }
}

/// The error of reading a [`Published`] from a string.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("not a date, naive date-time or RFC 3339 time: {0:?}")]
pub struct PublishedParseError(String);

impl FromStr for Published {
    type Err = PublishedParseError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        if let Ok(dt) = DateTime::parse_from_rfc3339(s) {
            return Ok(Published::with_offset(dt));
        }
        if let Ok(naive) = NaiveDateTime::parse_from_str(s, "%Y-%m-%dT%H:%M:%S") {
            return Ok(Published::naive(naive));
        }
        if let Ok(date) = NaiveDate::parse_from_str(s, "%Y-%m-%d") {
            return Ok(Published::date_only(date));
        }
        Err(PublishedParseError(s.to_owned()))
    }
}

impl Serialize for Published {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Published {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let s = <std::borrow::Cow<'de, str>>::deserialize(deserializer)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn three_shapes_round_trip() {
        for s in [
            "2019-10-21T15:45:00+08:00",
            "2019-10-21T15:45:00-04:30",
            "2019-10-21T15:45:00+00:00",
            "2019-10-21T15:45:00",
            "2019-10-21",
        ] {
            let p: Published = s.parse().unwrap();
            assert_eq!(p.to_string(), s);
        }
    }

    #[test]
    fn zone_gives_daylight_saving_offset() {
        let tz: chrono_tz::Tz = "Europe/Moscow".parse().unwrap();
        let summer = NaiveDate::from_ymd_opt(2010, 7, 1)
            .unwrap()
            .and_hms_opt(12, 0, 0)
            .unwrap();
        assert_eq!(
            Published::in_zone(summer, &tz).unwrap().to_string(),
            "2010-07-01T12:00:00+04:00"
        );
        let ny: chrono_tz::Tz = "America/New_York".parse().unwrap();
        let gap = NaiveDate::from_ymd_opt(2021, 3, 14)
            .unwrap()
            .and_hms_opt(2, 30, 0)
            .unwrap();
        assert!(Published::in_zone(gap, &ny).is_none());
    }

    #[test]
    fn rejects_garbage() {
        assert!("2019-02-30".parse::<Published>().is_err());
        assert!("yesterday".parse::<Published>().is_err());
    }
}

/// A date in the Hijri (Islamic) calendar, as a page wrote it.
///
/// When a page gives only a Hijri date, [`Article::published`] holds its
/// Gregorian conversion (tabular Islamic calendar, see
/// [`HijriDate::to_gregorian`]) and [`Byline::converted_from`] holds this
/// date, so a caller can tell a converted date from one the page printed.
///
/// ```
/// use newsparse::HijriDate;
/// let h = HijriDate { year: 1445, month: 10, day: 16 };
/// assert_eq!(h.to_gregorian().unwrap().to_string(), "2024-04-25");
/// assert_eq!(h.to_string(), "1445-10-16");
/// ```
///
/// [`Article::published`]: crate::Article::published
/// [`Byline::converted_from`]: crate::Byline::converted_from
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct HijriDate {
    /// Year after the Hijra (AH).
    pub year: u16,
    /// Month, 1 (Muharram) to 12 (Dhu al-Hijja).
    pub month: u8,
    /// Day of the month, 1 to 30.
    pub day: u8,
}

impl HijriDate {
    /// The Gregorian date by the tabular Islamic calendar (civil epoch,
    /// 16 July 622 Julian; leap years 2, 5, 7, 10, 13, 16, 18, 21, 24, 26,
    /// 29 of each 30-year cycle). It may differ from the Saudi Umm al-Qura
    /// calendar or a sighting-based calendar by a day or two. `None` for a
    /// date that does not exist.
    pub fn to_gregorian(&self) -> Option<NaiveDate> {
        crate::parse::date::hijri::to_gregorian(
            i32::from(self.year),
            u32::from(self.month),
            u32::from(self.day),
        )
    }
}

impl fmt::Display for HijriDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

/// How a numeric date whose first two parts could each be the day or the
/// month (`6/7/2023`) is read. An outlet's convention
/// ([`Source::date_order`](crate::Source::date_order)) settles it; without
/// one, [`parse`](crate::parse) reads day first on a page whose language
/// writes it so (every language but English and the year-first Chinese,
/// Japanese and Korean). Otherwise the date is reported as
/// [`Warning::AmbiguousDate`](crate::Warning::AmbiguousDate) and not used;
/// [`DateReader`](crate::DateReader) alone reports it unless given an
/// order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum DateOrder {
    /// Day first: `6/7/2023` is 6 July (most of the world).
    DayMonth,
    /// Month first: `6/7/2023` is 7 June (United States).
    MonthDay,
}
