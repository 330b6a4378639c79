//! Solar Hijri (Iranian) to Gregorian conversion.
//!
//! Months 1-6 have 31 days, months 7-11 have 30, and Esfand (12) has 29,
//! or 30 in a leap year. Leap years follow the 33-year arithmetic rule
//! (`(25 y + 11) mod 33 < 8`), which agrees with the official calendar
//! for the years news pages print (1300-1500 AP at least). Counting is
//! done from 1 Farvardin 1403 = 2024-03-20.

use chrono::NaiveDate;

/// Years converted; a page's year outside them is not a Solar Hijri date.
const YEARS: std::ops::RangeInclusive<i32> = 1200..=1600;

fn is_leap(year: i32) -> bool {
    (25 * i64::from(year) + 11).rem_euclid(33) < 8
}

fn year_len(year: i32) -> i64 {
    if is_leap(year) {
        366
    } else {
        365
    }
}

/// The Gregorian date of Solar Hijri `year`-`month`-`day`, or `None` for
/// a date that does not exist or a year outside 1200-1600.
pub(crate) fn to_gregorian(year: i32, month: u32, day: u32) -> Option<NaiveDate> {
    if !YEARS.contains(&year) || !(1..=12).contains(&month) || day == 0 {
        return None;
    }
    let month_len = match month {
        1..=6 => 31,
        7..=11 => 30,
        _ if is_leap(year) => 30,
        _ => 29,
    };
    if day > month_len {
        return None;
    }
    let m = i64::from(month);
    let day_of_year = if m <= 6 {
        (m - 1) * 31
    } else {
        186 + (m - 7) * 30
    } + i64::from(day)
        - 1;
    // Days from 1 Farvardin 1403 to 1 Farvardin `year`.
    let years: i64 = if year >= 1403 {
        (1403..year).map(year_len).sum()
    } else {
        -(year..1403).map(year_len).sum::<i64>()
    };
    let start = NaiveDate::from_ymd_opt(2024, 3, 20)?;
    start.checked_add_signed(chrono::Duration::days(years + day_of_year))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_pairs() {
        let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
        assert_eq!(to_gregorian(1403, 1, 1), Some(d(2024, 3, 20)));
        assert_eq!(to_gregorian(1403, 12, 22), Some(d(2025, 3, 12)));
        // 1403 is leap: 30 Esfand exists, and 1404 opens on 21 March.
        assert_eq!(to_gregorian(1403, 12, 30), Some(d(2025, 3, 20)));
        assert_eq!(to_gregorian(1404, 1, 1), Some(d(2025, 3, 21)));
        assert_eq!(to_gregorian(1402, 7, 14), Some(d(2023, 10, 6)));
        assert_eq!(to_gregorian(1399, 12, 30), Some(d(2021, 3, 20)));
        assert_eq!(to_gregorian(1357, 11, 22), Some(d(1979, 2, 11)));
        assert_eq!(to_gregorian(1402, 12, 30), None);
        assert_eq!(to_gregorian(1403, 7, 31), None);
        assert_eq!(to_gregorian(1403, 13, 1), None);
        assert_eq!(to_gregorian(1700, 1, 1), None);
    }
}
