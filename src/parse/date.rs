//! Dates, times and zones inside a line of text.
//!
//! [`scan`] finds the first date in a line, the clock time written next to
//! it (before or after), and an explicit zone (`(GMT+08:00)`, `GMT+8`,
//! `BJT`, `UTC`, `+0000`). Numeric forms: `YYYY-MM-DD`, `YYYY/MM/DD`,
//! `YYYY.MM.DD`, `YYYY:MM:DD.HH:MM`, `DD-MM-YYYY`, `DD/MM/YYYY`,
//! `DD. MM. YYYY`, ISO `T` forms with an offset. An impossible date
//! (`2019-02-30`) is reported as [`DateScan::Invalid`], never wrapped.

use chrono::{FixedOffset, NaiveDate, NaiveTime};

/// A date found in a line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct DateMatch {
    /// The calendar date.
    pub date: NaiveDate,
    /// The clock time written with it, if any.
    pub time: Option<NaiveTime>,
    /// An explicit zone written with it, if any.
    pub offset: Option<FixedOffset>,
    /// Byte span (start, end) in the line covering date, time and zone.
    pub span: (usize, usize),
}

/// The result of scanning a line for a date.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum DateScan {
    /// A valid date.
    Found(DateMatch),
    /// Something shaped like a date that is impossible.
    Invalid(String),
    /// No date.
    None,
}

/// A run of ASCII digits.
#[derive(Debug, Clone, Copy)]
struct Num {
    value: u32,
    digits: usize,
    start: usize,
    end: usize,
}

fn number_at(b: &[u8], i: usize) -> Option<Num> {
    let mut j = i;
    let mut value: u32 = 0;
    while j < b.len() && b[j].is_ascii_digit() && j - i < 9 {
        value = value * 10 + u32::from(b[j] - b'0');
        j += 1;
    }
    (j > i).then_some(Num {
        value,
        digits: j - i,
        start: i,
        end: j,
    })
}

/// Reads `sep` then a number, allowing one space after the separator
/// (`05. 03. 2019`). Returns the number.
fn sep_number(b: &[u8], i: usize, sep: u8) -> Option<Num> {
    if b.get(i) != Some(&sep) {
        return None;
    }
    let mut j = i + 1;
    if b.get(j) == Some(&b' ') && sep == b'.' {
        j += 1;
    }
    number_at(b, j)
}

/// A clock time `HH:MM` or `HH:MM:SS` (optionally `.fraction`) at `i`.
fn time_at(b: &[u8], i: usize) -> Option<(NaiveTime, usize, bool)> {
    let h = number_at(b, i)?;
    if h.digits > 2 {
        return None;
    }
    let m = sep_number(b, h.end, b':')?;
    if m.digits != 2 {
        return None;
    }
    let mut end = m.end;
    let mut sec = 0;
    if let Some(s) = sep_number(b, end, b':') {
        if s.digits == 2 {
            sec = s.value;
            end = s.end;
            if b.get(end) == Some(&b'.') {
                if let Some(frac) = number_at(b, end + 1) {
                    end = frac.end;
                }
            }
        }
    }
    let valid = NaiveTime::from_hms_opt(h.value, m.value, sec);
    match valid {
        Some(t) => Some((t, end, true)),
        None => Some((NaiveTime::MIN, end, false)),
    }
}

fn is_boundary(b: &[u8], i: usize) -> bool {
    i == 0 || !b[i - 1].is_ascii_digit()
}

/// Finds the first date in `text`, with its time and zone.
pub(crate) fn scan(text: &str) -> DateScan {
    let b = text.as_bytes();
    let mut i = 0;
    while i < b.len() {
        if !b[i].is_ascii_digit() || !is_boundary(b, i) {
            i += 1;
            continue;
        }
        match date_at(b, i) {
            Some(Ok((date, start, end))) => return DateScan::Found(extend(text, date, start, end)),
            Some(Err(end)) => return DateScan::Invalid(text[i..end].to_owned()),
            None => {
                // Skip this whole run of digits.
                while i < b.len() && b[i].is_ascii_digit() {
                    i += 1;
                }
            }
        }
    }
    DateScan::None
}

/// A numeric date starting at `i`: `Ok((date, start, end))`, `Err(end)` for
/// an impossible one, `None` for no date.
fn date_at(b: &[u8], i: usize) -> Option<Result<(NaiveDate, usize, usize), usize>> {
    let n1 = number_at(b, i)?;
    let &sep = b.get(n1.end)?;
    if !matches!(sep, b'-' | b'/' | b'.' | b':') {
        return None;
    }
    let n2 = sep_number(b, n1.end, sep)?;
    let n3 = sep_number(b, n2.end, sep)?;
    if n3.end < b.len() && b[n3.end].is_ascii_digit() {
        return None;
    }
    let (y, m, d) = if n1.digits == 4 && n2.digits <= 2 && n3.digits <= 2 {
        (n1.value, n2.value, n3.value)
    } else if n3.digits == 4 && n1.digits <= 2 && n2.digits <= 2 && sep != b':' {
        (n3.value, n2.value, n1.value)
    } else {
        return None;
    };
    if !(1900..=2100).contains(&y) {
        return None;
    }
    match NaiveDate::from_ymd_opt(y as i32, m, d) {
        Some(date) => Some(Ok((date, n1.start, n3.end))),
        None => Some(Err(n3.end)),
    }
}

/// Adds the time next to the date (after it, else before it) and a zone.
fn extend(text: &str, date: NaiveDate, start: usize, end: usize) -> DateMatch {
    let b = text.as_bytes();
    let mut m = DateMatch {
        date,
        time: None,
        offset: None,
        span: (start, end),
    };
    // After: `T15:45`, ` 15:45:00`, `.08:37` (YYYY:MM:DD.HH:MM), up to a
    // few spaces away.
    let mut j = end;
    if matches!(b.get(j), Some(b'T' | b'.')) {
        j += 1;
    } else {
        j = skip_gap(text, end);
    }
    if let Some((t, tend, true)) = time_at(b, j) {
        m.time = Some(t);
        m.span.1 = tend;
    } else if let Some((t, tstart)) = time_before(text, start) {
        m.time = Some(t);
        m.span.0 = tstart;
    }
    if let Some((offset, zs, ze)) = find_zone(text) {
        m.offset = Some(offset);
        m.span = (m.span.0.min(zs), m.span.1.max(ze));
    }
    m
}

/// The byte index after up to 8 whitespace or invisible characters from
/// `from` (a date and its time may be parted by spaces, NBSP or bidi marks).
fn skip_gap(text: &str, from: usize) -> usize {
    let mut j = from;
    for c in text[from..].chars().take(8) {
        if !crate::parse::input::is_blank_char(c) {
            break;
        }
        j += c.len_utf8();
    }
    j
}

/// A time that ends just before `start` (`15:40:28 2012-11-08`).
fn time_before(text: &str, start: usize) -> Option<(NaiveTime, usize)> {
    let b = text.as_bytes();
    let mut j = start;
    for c in text[..start].chars().rev().take(8) {
        if !crate::parse::input::is_blank_char(c) {
            break;
        }
        j -= c.len_utf8();
    }
    if j == start {
        return None;
    }
    // Walk back over `HH:MM(:SS)`.
    let end = j;
    while j > 0 && (b[j - 1].is_ascii_digit() || b[j - 1] == b':') && end - j < 8 {
        j -= 1;
    }
    let (t, tend, ok) = time_at(b, j)?;
    (ok && tend == end && is_boundary(b, j)).then_some((t, j))
}

/// An explicit zone anywhere in the line: `(GMT+08:00)`, `GMT+8`, `UTC`,
/// `BJT`, or a numeric offset glued to a time (`13:15+0000`).
pub(crate) fn find_zone(text: &str) -> Option<(FixedOffset, usize, usize)> {
    for (label, base) in [("GMT", 0), ("UTC", 0), ("BJT", 8 * 3600)] {
        let Some(pos) = text.find(label) else {
            continue;
        };
        let b = text.as_bytes();
        let after = pos + label.len();
        let (secs, end) = match offset_at(b, after) {
            Some((secs, end)) => (secs, end),
            None => (base, after),
        };
        let start = if pos > 0 && b[pos - 1] == b'(' {
            pos - 1
        } else {
            pos
        };
        let end = if b.get(end) == Some(&b')') {
            end + 1
        } else {
            end
        };
        return Some((FixedOffset::east_opt(secs)?, start, end));
    }
    // `+0000` / `+08:00` glued to a time.
    let b = text.as_bytes();
    for (i, &c) in b.iter().enumerate() {
        if (c == b'+' || c == b'-')
            && i >= 2
            && b[i - 1].is_ascii_digit()
            && b[i - 2].is_ascii_digit()
        {
            if let Some((secs, end)) = offset_at(b, i) {
                if end - i >= 5 {
                    return Some((FixedOffset::east_opt(secs)?, i, end));
                }
            }
        }
    }
    None
}

/// `+8`, `+08`, `+0800`, `+08:00`, `-05:30` at `i`: (seconds east, end).
fn offset_at(b: &[u8], i: usize) -> Option<(i32, usize)> {
    let sign = match b.get(i)? {
        b'+' => 1,
        b'-' => -1,
        _ => return None,
    };
    let n = number_at(b, i + 1)?;
    let (h, m, end) = match n.digits {
        1 | 2 => match sep_number(b, n.end, b':') {
            Some(mm) if mm.digits == 2 => (n.value, mm.value, mm.end),
            _ => (n.value, 0, n.end),
        },
        4 => (n.value / 100, n.value % 100, n.end),
        _ => return None,
    };
    (h <= 14 && m < 60).then_some((sign * (h as i32 * 3600 + m as i32 * 60), end))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(s: &str) -> String {
        match scan(s) {
            DateScan::Found(m) => {
                let mut out = m.date.to_string();
                if let Some(t) = m.time {
                    out.push_str(&format!("T{}", t.format("%H:%M:%S")));
                }
                if let Some(o) = m.offset {
                    out.push_str(&o.to_string());
                }
                out
            }
            other => format!("{other:?}"),
        }
    }

    #[test]
    fn numeric_forms() {
        assert_eq!(found("cri 2019-10-21 15:45:00"), "2019-10-21T15:45:00");
        assert_eq!(
            found("cri       (GMT+08:00) 2016-01-23 16:48:21"),
            "2016-01-23T16:48:21+08:00"
        );
        assert_eq!(
            found("    2014:06:20.08:37    حجم الخط:"),
            "2014-06-20T08:37:00"
        );
        assert_eq!(found("2020.02.06 20:06 GMT+8"), "2020-02-06T20:06:00+08:00");
        assert_eq!(found("arabic.china.org.cn | 05. 03. 2019"), "2019-03-05");
        assert_eq!(found("BJT 12:50 09-03-2014"), "2014-03-09T12:50:00+08:00");
        assert_eq!(
            found("arabic.china.org.cn / 15:40:28 2012-11-08"),
            "2012-11-08T15:40:28"
        );
        assert_eq!(found("2022-02-25T13:15+0000"), "2022-02-25T13:15:00+00:00");
        assert_eq!(
            found("Source: Global Times | 2019/10/16 23:08:41"),
            "2019-10-16T23:08:41"
        );
    }

    #[test]
    fn impossible_dates_are_rejected() {
        assert_eq!(scan("2019-02-30"), DateScan::Invalid("2019-02-30".into()));
        assert_eq!(found("2019-02-03 25:61"), "2019-02-03");
        assert_eq!(scan("no date here 12345"), DateScan::None);
    }
}
