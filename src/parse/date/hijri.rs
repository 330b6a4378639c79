//! Hijri to Gregorian conversion with the tabular Islamic calendar.
//!
//! The arithmetic ("civil", Friday epoch: 1 Muharram 1 AH = 16 July 622
//! Julian = 19 July 622 proleptic Gregorian) with the common leap-year
//! cycle of 30 years (leap years 2, 5, 7, 10, 13, 16, 18, 21, 24, 26, 29).
//! It can differ from Saudi Umm al-Qura dates and from sighting-based
//! calendars by a day or two; a page that prints both calendars always has
//! its Gregorian date used instead.

use chrono::NaiveDate;

/// Days from 0001-01-01 (day 1) of 1 Muharram 1 AH, minus one.
const EPOCH_DAYS_FROM_CE: i64 = 227_014;

/// The Gregorian date of Hijri `year`-`month`-`day` (tabular), or `None`
/// for a date that does not exist (month outside 1-12, day outside 1-30,
/// day 30 of a 29-day month).
pub(crate) fn to_gregorian(year: i32, month: u32, day: u32) -> Option<NaiveDate> {
    if !(1..=9999).contains(&year) || !(1..=12).contains(&month) || !(1..=30).contains(&day) {
        return None;
    }
    let leap = (14 + 11 * i64::from(year)) % 30 < 11;
    let month_len = if month % 2 == 1 || (month == 12 && leap) {
        30
    } else {
        29
    };
    if day > month_len {
        return None;
    }
    let y = i64::from(year);
    let m = i64::from(month);
    let days = i64::from(day)
        + (59 * (m - 1) + 1) / 2
        + (y - 1) * 354
        + (3 + 11 * y) / 30
        + EPOCH_DAYS_FROM_CE;
    NaiveDate::from_num_days_from_ce_opt(i32::try_from(days).ok()?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_pairs() {
        let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
        assert_eq!(to_gregorian(1, 1, 1), Some(d(622, 7, 19)));
        assert_eq!(to_gregorian(1445, 10, 16), Some(d(2024, 4, 25)));
        assert_eq!(to_gregorian(1427, 4, 9), Some(d(2006, 5, 8)));
        assert_eq!(to_gregorian(1446, 6, 11), Some(d(2024, 12, 13)));
        assert_eq!(to_gregorian(1445, 2, 30), None);
        assert_eq!(to_gregorian(1445, 13, 1), None);
    }
}
