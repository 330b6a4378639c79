//! Dates, times and zones inside a line of text.
//!
//! A line is split into tokens ([`token`]) and read in passes: explicit
//! zones (`(GMT+08:00)`, `GMT+8`, `BJT`, `UTC`, `(مكة المكرمة)`, `ت غ`),
//! dates, clock times, then each date takes the clock time written right
//! after it (or right before it: `BJT 12:50 09-03-2014`), the zone next to
//! them, and the `Updated`/`Published` label before it. Relative dates
//! (`منذ سنتين`, `2 hours ago`) are read last.
//!
//! Forms: `YYYY-MM-DD` with `-`, `/`, `.`, `:` (`2014:06:20.08:37`);
//! `DD-MM-YYYY`, `D/M/YYYY`, `DD. MM. YYYY` (`/` with both parts at most
//! 12 is ambiguous and reported so); month names in many languages and
//! spellings, day first (`23rd November 2024`, `28 de October de 2021`,
//! `01/ديسمبر/2022`, `23-Aug-2019`) or month first (`June 01, 2020`),
//! with or without a year; Chinese `2019年01月10日` and `九月二十七日`;
//! Hijri dates by month name or era marker (`1427/4/9 هـ`); digits in any
//! script. An impossible date (`2019-02-30`) or time (`25:61`) is
//! reported, never wrapped.

pub(crate) mod hijri;
mod reader;
mod solar;
pub(crate) mod token;

pub use reader::{DateIssue, DateReader, DateReading};

use chrono::{DateTime, Duration, FixedOffset, Months, NaiveDate, NaiveTime, Offset, TimeZone};

use crate::lexicon::months::{DateWord as W, Unit, REGION_ZONES};
use crate::model::{DateOrder, HijriDate, Published};
use token::{tokenize, Cjk, Tok, MAX_TOKENS, T};

/// Most dates kept from one line.
const MAX_DATES: usize = 4;

/// A date found in a line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct DateMatch {
    /// The Gregorian date (converted from Hijri when `hijri` is set; the
    /// day-first reading when `alt` is set; year 2000 when `yearless`).
    pub date: NaiveDate,
    /// The clock time written with it, if any.
    pub time: Option<NaiveTime>,
    /// An explicit zone written with it, if any.
    pub offset: Option<FixedOffset>,
    /// Byte span (start, end) covering date, time and zone.
    pub span: (usize, usize),
    /// The date as written in the Hijri calendar.
    pub hijri: Option<HijriDate>,
    /// The month-first reading of an ambiguous `D/M/YYYY` date.
    pub alt: Option<NaiveDate>,
    /// No year was written (`30 октября`, `March 16`).
    pub yearless: bool,
    /// Labelled as an update (`Updated`, `آخر تحديث`).
    pub updated: bool,
    /// A weekday name stands right before it.
    pub weekday: bool,
    /// Span of an impossible clock time written with it (`25:61`).
    pub bad_time: Option<(usize, usize)>,
    /// A stand-in for a relative date (`2 hours ago`): `date` means
    /// nothing, the reading resolves it against the reference time.
    pub relative: bool,
}

impl DateMatch {
    /// `date` alone, as a line first reads it: no time, zone, labels or
    /// other calendar yet, and an empty span.
    fn on(date: NaiveDate) -> DateMatch {
        DateMatch {
            date,
            time: None,
            offset: None,
            span: (0, 0),
            hijri: None,
            alt: None,
            yearless: false,
            updated: false,
            weekday: false,
            bad_time: None,
            relative: false,
        }
    }

    /// The text of `line` (the line it was read from) before and after
    /// the date's span.
    pub(crate) fn around<'t>(&self, line: &'t str) -> [&'t str; 2] {
        [&line[..self.span.0], &line[self.span.1..]]
    }
}

/// A relative date: `amount` units before the reference time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Relative {
    pub amount: u32,
    pub unit: Unit,
    pub span: (usize, usize),
}

/// Everything found in one line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Scan {
    dates: [Option<DateMatch>; MAX_DATES],
    /// Span of the first impossible date.
    pub invalid: Option<(usize, usize)>,
    /// A relative date.
    pub relative: Option<Relative>,
}

impl Scan {
    /// A scan that found `m` alone.
    pub(crate) fn single(m: DateMatch) -> Scan {
        let mut dates = [None; MAX_DATES];
        dates[0] = Some(m);
        Scan {
            dates,
            invalid: None,
            relative: None,
        }
    }

    /// The dates in line order.
    pub(crate) fn dates(&self) -> impl Iterator<Item = &DateMatch> {
        self.dates.iter().flatten()
    }

    /// The line's main date: the first full Gregorian date not labelled as
    /// an update, else the first full Gregorian date, else the first full
    /// Hijri date.
    pub(crate) fn primary(&self) -> Option<&DateMatch> {
        let full = || self.dates().filter(|d| !d.yearless);
        full()
            .find(|d| d.hijri.is_none() && !d.updated)
            .or_else(|| full().find(|d| d.hijri.is_none()))
            .or_else(|| full().next())
    }

    /// The first date labelled as an update, when it is not `primary`.
    pub(crate) fn updated(&self) -> Option<&DateMatch> {
        let p = self.primary()?;
        self.dates()
            .find(|d| d.updated && !d.yearless && d.hijri.is_none() && d.span != p.span)
    }
}

/// The result of scanning a line for its main date.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum DateScan {
    /// A valid date.
    Found(DateMatch),
    /// Something shaped like a date that is impossible.
    Invalid(String),
    /// No date.
    None,
}

/// `05/22 10:15:37` (month, day, clock time) opening a line whose year
/// stands alone on the line above (news.cn prints the year large, then
/// the rest of the date): the date in `year`, month first as year-first
/// dates are written.
pub(crate) fn month_day_time(text: &str, year: i32) -> Option<DateMatch> {
    let b = text.as_bytes();
    // One or two digits at `*at`, which moves past them.
    let number = |at: &mut usize| -> Option<u32> {
        let digits = b[*at..]
            .iter()
            .take(2)
            .take_while(|c| c.is_ascii_digit())
            .count();
        if digits == 0 {
            return None;
        }
        let v = text[*at..*at + digits].parse().ok()?;
        *at += digits;
        Some(v)
    };
    let mut at = 0;
    let month = number(&mut at)?;
    if !matches!(b.get(at), Some(b'/' | b'-' | b'.')) {
        return None;
    }
    at += 1;
    let day = number(&mut at)?;
    let gap = b[at..].iter().take_while(|c| **c == b' ').count();
    if gap == 0 {
        return None;
    }
    at += gap;
    let hour = number(&mut at)?;
    if b.get(at) != Some(&b':') {
        return None;
    }
    at += 1;
    let minute = number(&mut at)?;
    let second = if b.get(at) == Some(&b':') {
        at += 1;
        number(&mut at)?
    } else {
        0
    };
    if b.get(at).is_some_and(u8::is_ascii_digit) {
        return None;
    }
    Some(DateMatch {
        time: Some(NaiveTime::from_hms_opt(hour, minute, second)?),
        span: (0, at),
        ..DateMatch::on(NaiveDate::from_ymd_opt(year, month, day)?)
    })
}

/// Can `text` hold a date at all? A cheap byte test run before [`scan`]:
/// a digit in any script, a Chinese month sign, or `منذ`.
///
/// One pass: 32 ASCII bytes at a time where there are no digits, else
/// char by char through a table of the bytes that can start one of these
/// (an ASCII digit, or the lead byte of `٠`-`٩`, `۰`-`۹`, Devanagari,
/// Bengali and Thai digits, `م` of `منذ`, `月`, `０`); only those compare
/// the bytes after them.
pub(crate) fn may_hold_date(text: &str) -> bool {
    let b = text.as_bytes();
    let hit_at = |i: usize| {
        let next = b.get(i + 1).copied().unwrap_or(0);
        match b[i] {
            b'0'..=b'9' => true,
            // Arabic-Indic U+0660..0669 (D9 A0..A9); منذ starts with م (D9 85).
            0xD9 => {
                matches!(next, 0xA0..=0xA9)
                    || (next == 0x85 && b[i..].starts_with("منذ".as_bytes()))
            }
            // Persian digits U+06F0..06F9 (DB B0..B9).
            0xDB => matches!(next, 0xB0..=0xB9),
            // Devanagari digits U+0966..096F (E0 A5 A6..AF), Bengali
            // U+09E6..09EF (E0 A7 A6..AF), Thai U+0E50..0E59 (E0 B9 90..99).
            0xE0 => match (next, b.get(i + 2).copied().unwrap_or(0)) {
                (0xA5 | 0xA7, third) => (0xA6..=0xAF).contains(&third),
                (0xB9, third) => (0x90..=0x99).contains(&third),
                _ => false,
            },
            // 月 (E6 9C 88).
            0xE6 => next == 0x9C && b.get(i + 2) == Some(&0x88),
            // Full-width digits U+FF10..FF19 (EF BC 90..99).
            _ => next == 0xBC && matches!(b.get(i + 2), Some(0x90..=0x99)),
        }
    };
    let mut i = 0;
    while i < b.len() {
        // 32 ASCII bytes without a digit, the bulk of Latin text, are passed
        // over in one vector test. The last, partial block is tested as
        // the final 32 bytes of the line, overlapping the block before it,
        // so a Latin line's tail is not walked byte by byte either.
        let block = match b.get(i..i + 32) {
            Some(block) => Some(block),
            None => b.len().checked_sub(32).map(|from| &b[from..]),
        };
        if let Some(block) = block {
            if no_date_byte(block.try_into().expect("32 bytes")) {
                i += 32;
                continue;
            }
        }
        // Then char by char over the block: a char that cannot start a
        // date is stepped over whole, so Chinese text costs one table read
        // per three bytes.
        let end = (i + 32).min(b.len());
        while i < end {
            let step = STEP[usize::from(b[i])];
            if step & MAY_START != 0 && hit_at(i) {
                return true;
            }
            i += usize::from(step & !MAY_START);
        }
    }
    false
}

/// No byte of `block` is an ASCII digit or non-ASCII, written as
/// fixed-width byte loops that the compiler turns into vector compares.
#[inline(always)]
fn no_date_byte(block: &[u8; 32]) -> bool {
    let mut flags = [0u8; 16];
    for k in 0..2 {
        for j in 0..16 {
            let c = block[16 * k + j];
            let flagged = (c >= 0x80) | (c.wrapping_sub(b'0') < 10);
            flags[j] |= u8::from(flagged).wrapping_neg();
        }
    }
    u128::from_le_bytes(flags) == 0
}

/// For each byte, how far [`may_hold_date`] steps past the char it starts
/// (1 for continuation bytes), with [`MAY_START`] set on the bytes that can
/// start a date (`0`-`9`, and the lead bytes of `٠`, `۰`, Indic and Thai
/// digits, `منذ`, `月`, `０`).
static STEP: [u8; 256] = {
    let mut t = crate::parse::input::utf8_widths();
    let mut d = b'0';
    while d <= b'9' {
        t[d as usize] |= MAY_START;
        d += 1;
    }
    t[0xD9] |= MAY_START;
    t[0xDB] |= MAY_START;
    t[0xE0] |= MAY_START;
    t[0xE6] |= MAY_START;
    t[0xEF] |= MAY_START;
    t
};

/// The flag in [`STEP`] for bytes that need a closer look.
const MAY_START: u8 = 0x80;

/// The main date of `text` (see [`Scan::primary`]); a line holding only a
/// relative date gives a stand-in match flagged `relative`.
#[cfg(test)]
pub(crate) fn scan(text: &str) -> DateScan {
    summarize(text, &scan_all(text))
}

/// The main date of `text` from its scan `s`; a line holding only a
/// relative date gives a stand-in match flagged `relative`.
pub(crate) fn summarize(text: &str, s: &Scan) -> DateScan {
    match s.primary() {
        Some(m) => DateScan::Found(*m),
        None => match (s.invalid, s.relative) {
            (Some((a, b)), _) => DateScan::Invalid(text[a..b].to_owned()),
            (None, Some(rel)) => DateScan::Found(DateMatch {
                span: rel.span,
                relative: true,
                ..DateMatch::on(NaiveDate::MIN)
            }),
            (None, None) => DateScan::None,
        },
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Owner {
    Free,
    Zone,
    Date,
    Time,
}

#[derive(Clone, Copy)]
struct Zone {
    offset: FixedOffset,
    /// A zone with daylight saving time (`ET`): `offset` is then resolved
    /// for the local date and time it is written with.
    tz: Option<chrono_tz::Tz>,
    first: usize,
    last: usize,
    /// Parenthesized, with an explicit offset, or GMT/UTC: it may apply to
    /// a time it does not stand next to. A bare `IST` or `MSK` only
    /// applies next to its time (`ist` is also a German word).
    strong: bool,
}

impl Zone {
    /// A zone named by the one token `i` (`ET`, `6:00 AM CST`): it applies
    /// only next to its time.
    fn named(offset: FixedOffset, tz: Option<chrono_tz::Tz>, i: usize) -> Zone {
        Zone {
            offset,
            tz,
            first: i,
            last: i,
            strong: false,
        }
    }
}

#[derive(Clone, Copy)]
struct Time {
    time: Option<NaiveTime>,
    offset: Option<FixedOffset>,
    first: usize,
    last: usize,
    used: bool,
}

/// A date before its time and zone are attached.
#[derive(Clone, Copy)]
struct Raw {
    m: DateMatch,
    first: usize,
    last: usize,
}

/// Scans `text` for every date, time, zone and relative date.
pub(crate) fn scan_all(text: &str) -> Scan {
    let mut out = Scan {
        dates: [None; MAX_DATES],
        invalid: None,
        relative: None,
    };
    let tokens = tokenize(text);
    let ts = tokens.as_slice();
    if ts.is_empty() {
        return out;
    }
    let mut owner = [Owner::Free; MAX_TOKENS];

    // 1. Zones.
    let mut zones: [Option<Zone>; 4] = [None; 4];
    let mut nz = 0;
    let mut i = 0;
    while i < ts.len() {
        if let Some(W::RegionZone(k)) = ts[i].word() {
            // Applies only next to its time, like a bare `EST`.
            if nz < zones.len() {
                let tz = REGION_ZONES.get(usize::from(k)).copied();
                zones[nz] = Some(Zone::named(FixedOffset::east_opt(0).expect("UTC"), tz, i));
                nz += 1;
            }
            owner[i] = Owner::Zone;
            i += 1;
        } else if let Some(W::MeridiemZone(base)) = ts[i].word() {
            // `6:00 AM CST`: a US zone after a 12-hour time's marker.
            let before = text[..ts[i].s()].trim_end().as_bytes();
            let meridiem = ["am", "pm", "a.m.", "p.m."].iter().any(|m| {
                before.len() >= m.len()
                    && before[before.len() - m.len()..].eq_ignore_ascii_case(m.as_bytes())
            });
            if let (true, Some(offset), true) = (
                meridiem,
                FixedOffset::east_opt(i32::from(base) * 60),
                nz < zones.len(),
            ) {
                zones[nz] = Some(Zone::named(offset, None, i));
                nz += 1;
                owner[i] = Owner::Zone;
            }
            i += 1;
        } else if let Some(W::Zone(base)) = ts[i].word() {
            // `GMT +0400` (CNN Arabic): a space may part GMT or UTC from
            // its offset.
            let offset = offset_at(ts, i + 1).or_else(|| {
                (base == 0 && ts.get(i + 1).is_some_and(|t| t.gap))
                    .then(|| offset_after_gap(ts, i + 1))
                    .flatten()
            });
            let (secs, last, explicit) = match offset {
                Some((s, last)) => (s, last, true),
                None => (i32::from(base) * 60, i, false),
            };
            // `(GMT+08:00)`: the parentheses belong to the zone.
            let (mut first, mut last) = (i, last);
            if i > 0
                && ts[i - 1].punct() == Some('(')
                && ts.get(last + 1).and_then(Tok::punct) == Some(')')
            {
                first = i - 1;
                last += 1;
            }
            if let (Some(offset), true) = (FixedOffset::east_opt(secs), nz < zones.len()) {
                zones[nz] = Some(Zone {
                    offset,
                    tz: None,
                    first,
                    last,
                    strong: explicit || base == 0 || first < i,
                });
                nz += 1;
            }
            for o in &mut owner[first..=last] {
                *o = Owner::Zone;
            }
            i = last + 1;
        } else {
            i += 1;
        }
    }

    // 2. Dates.
    let mut raws: [Option<Raw>; MAX_DATES] = [None; MAX_DATES];
    let mut nd = 0;
    let mut i = 0;
    while i < ts.len() && nd < MAX_DATES {
        if owner[i] != Owner::Free {
            i += 1;
            continue;
        }
        match date_at(ts, i) {
            Some(Ok(raw)) => {
                for o in &mut owner[raw.first..=raw.last] {
                    *o = Owner::Date;
                }
                let mut raw = raw;
                raw.m.span = (ts[raw.first].s(), ts[raw.last].e());
                raw.m.weekday = (raw.first.saturating_sub(3)..raw.first)
                    .any(|k| ts[k].word() == Some(W::Weekday));
                i = raw.last + 1;
                raws[nd] = Some(raw);
                nd += 1;
            }
            Some(Err(last)) => {
                if out.invalid.is_none() {
                    out.invalid = Some((ts[i].s(), ts[last].e()));
                }
                for o in &mut owner[i..=last] {
                    *o = Owner::Date;
                }
                i = last + 1;
            }
            None => i += 1,
        }
    }

    // 3. Clock times.
    let mut times: [Option<Time>; 6] = [None; 6];
    let mut nt = 0;
    let mut i = 0;
    while i < ts.len() && nt < times.len() {
        if owner[i] != Owner::Free {
            i += 1;
            continue;
        }
        match time_at(text, ts, i) {
            Some(t) => {
                for o in &mut owner[t.first..=t.last] {
                    *o = Owner::Time;
                }
                i = t.last + 1;
                times[nt] = Some(t);
                nt += 1;
            }
            None => i += 1,
        }
    }

    // 4. Attach times, zones and labels.
    let mut prev_end = 0;
    for slot in raws.iter_mut().take(nd) {
        let Some(raw) = slot else { continue };
        let mut first = raw.first;
        let mut last = raw.last;
        let mut time_idx = None;
        // After the date.
        let mut j = raw.last + 1;
        let mut steps = 0;
        while j < ts.len() && steps < 6 {
            // An update label after the date that opens a stamp with a
            // date of its own (`14:32 12.08.2021 (обновлено: 15:10
            // 12.08.2021)`): its time is not this date's. Al Jazeera's
            // `(آخر تحديث) الساعة 14:32` has no second date, and the time
            // stays the date's.
            // (`| Updated 11:40 a.m. ET July 18, 2024`: the stamp's time,
            // marker and zone come before its date.)
            if ts[j].word() == Some(W::Updated)
                && owner[j + 1..(j + 12).min(ts.len())].contains(&Owner::Date)
            {
                break;
            }
            if owner[j] == Owner::Time {
                time_idx = times[..nt]
                    .iter()
                    .position(|t| t.is_some_and(|t| t.first == j && !t.used));
                break;
            }
            if !skippable(text, &ts[j], owner[j]) {
                break;
            }
            j += 1;
            steps += 1;
        }
        // Before the date.
        if time_idx.is_none() && raw.first > 0 {
            let mut j = raw.first;
            let mut steps = 0;
            while j > prev_end && steps < 4 {
                let k = j - 1;
                if owner[k] == Owner::Time {
                    time_idx = times[..nt]
                        .iter()
                        .position(|t| t.is_some_and(|t| t.last == k && !t.used));
                    break;
                }
                if !(ts[k].punct().is_some()
                    || matches!(ts[k].word(), Some(W::Weekday | W::Filler))
                    || owner[k] == Owner::Zone)
                {
                    break;
                }
                j = k;
                steps += 1;
            }
        }
        if let Some(t) = time_idx.and_then(|k| times[k].as_mut()) {
            t.used = true;
            first = first.min(t.first);
            last = last.max(t.last);
            match t.time {
                Some(time) => raw.m.time = Some(time),
                None => raw.m.bad_time = Some((ts[t.first].s(), ts[t.last].e())),
            }
            raw.m.offset = t.offset;
        }
        if raw.m.offset.is_none() {
            // A zone right after the date/time, right before it, or
            // between the date and its time (`2024-11-21 HKT 15:42`).
            let near = zones[..nz].iter().flatten().find(|z| {
                (z.first > last
                    && z.first <= last + 2
                    && (last + 1..z.first).all(|k| ts[k].punct().is_some()))
                    || (z.last < first
                        && z.last + 3 >= first
                        && (z.last + 1..first).all(|k| ts[k].punct().is_some()))
                    || (first < z.first && z.last < last)
            });
            let any = near.or_else(|| zones[..nz].iter().flatten().find(|z| z.strong));
            if let Some(z) = any {
                raw.m.offset = match z.tz {
                    Some(tz) => {
                        let local = raw.m.date.and_time(raw.m.time.unwrap_or(NaiveTime::MIN));
                        tz.offset_from_local_datetime(&local)
                            .earliest()
                            .map(|o| o.fix())
                    }
                    None => Some(z.offset),
                };
                if near.is_some() {
                    first = first.min(z.first);
                    last = last.max(z.last);
                }
            }
        }
        raw.m.span = (ts[first].s(), ts[last].e());
        // A label before the date, or before its time when the time comes
        // first (`آخر تحديث: 21:05-16 مايو 2024`).
        let mut k = raw.first.min(first);
        let mut steps = 0;
        while k > prev_end && steps < 5 {
            k -= 1;
            steps += 1;
            match ts[k].word() {
                Some(W::Updated) => {
                    raw.m.updated = true;
                    break;
                }
                Some(W::Published) => break,
                _ => {}
            }
        }
        prev_end = last + 1;
    }

    // `Updated February 13, 2024 — 3.12pm, first published at 6.02am`:
    // the line's only date is the update's; the publication's own time
    // after its label is on the same day.
    if (1..MAX_DATES).contains(&nd) && raws[..nd].iter().flatten().all(|r| r.m.updated) {
        let labelled = times[..nt].iter().flatten().find(|t| {
            !t.used
                && t.time.is_some()
                && (t.first.saturating_sub(3)..t.first).any(|k| ts[k].word() == Some(W::Published))
        });
        if let (Some(t), Some(update)) = (labelled, raws[0]) {
            let mut m = update.m;
            m.updated = false;
            m.time = t.time;
            m.offset = t.offset.or(update.m.offset);
            m.span = (ts[t.first].s(), ts[t.last].e());
            raws[nd] = Some(Raw {
                m,
                first: t.first,
                last: t.last,
            });
            nd += 1;
        }
    }

    // An ambiguous D/M date settled by the Hijri date beside it.
    let hijri_dates: [Option<NaiveDate>; MAX_DATES] =
        std::array::from_fn(|k| raws[k].filter(|r| r.m.hijri.is_some()).map(|r| r.m.date));
    for raw in raws.iter_mut().flatten() {
        if let Some(alt) = raw.m.alt {
            for h in hijri_dates.iter().flatten() {
                if (raw.m.date - *h).num_days().abs() <= 2 {
                    raw.m.alt = None;
                } else if (alt - *h).num_days().abs() <= 2 {
                    raw.m.date = alt;
                    raw.m.alt = None;
                }
            }
        }
    }
    // A Hijri and a Gregorian printing of the same day share one clock
    // time, printed before the first or after the last (`14:27 الثلاثاء 10
    // ذو القعدة 1444 هـ - 30 مايو 2023 م`).
    // (Two Gregorian printings of a day, as a publication and an update
    // stamp, keep their own times.)
    type Timed = (NaiveDate, bool, NaiveTime, Option<FixedOffset>);
    let timed: [Option<Timed>; MAX_DATES] = std::array::from_fn(|k| {
        raws[k].and_then(|r| Some((r.m.date, r.m.hijri.is_some(), r.m.time?, r.m.offset)))
    });
    // (Most lines hold one date at most: nothing to pair.)
    for raw in raws[..if nd >= 2 { nd } else { 0 }].iter_mut().flatten() {
        if raw.m.time.is_none() {
            let hijri = raw.m.hijri.is_some();
            // (A printed Hijri date may differ by a day or two from the
            // tabular conversion.)
            let twin = timed
                .iter()
                .flatten()
                .find(|t| (t.0 - raw.m.date).num_days().abs() <= 2 && t.1 != hijri);
            if let Some(&(_, _, time, offset)) = twin {
                raw.m.time = Some(time);
                raw.m.offset = raw.m.offset.or(offset);
            }
        }
    }
    for (k, raw) in raws.iter().enumerate() {
        out.dates[k] = raw.map(|r| r.m);
    }

    // 5. A relative date.
    out.relative = relative(text, ts, &owner);
    out
}

/// Tokens that may stand between a date and its clock time.
fn skippable(text: &str, t: &Tok, owner: Owner) -> bool {
    owner == Owner::Zone
        || t.punct().is_some()
        || matches!(
            t.word(),
            Some(W::Filler | W::Updated | W::Published | W::ArabicMim | W::HijriEra | W::Weekday)
        )
        || (t.t == T::Other && text[t.s()..t.e()].eq_ignore_ascii_case("t"))
}

/// `+8`, `+08`, `+0800`, `+08:00` glued at `i`: (seconds east, last token).
fn offset_at(ts: &[Tok], i: usize) -> Option<(i32, usize)> {
    let sign = match ts.get(i)?.punct()? {
        '+' => 1,
        '-' => -1,
        _ => return None,
    };
    let n = ts.get(i + 1)?;
    if n.gap || ts[i].gap {
        return None;
    }
    let (v, digits) = n.num()?;
    let (h, m, last) = match digits {
        1 | 2 => match (
            ts.get(i + 2).and_then(Tok::punct),
            ts.get(i + 3).and_then(Tok::num),
        ) {
            (Some(':'), Some((mm, 2))) if !ts[i + 2].gap && !ts[i + 3].gap => (v, mm, i + 3),
            _ => (v, 0, i + 1),
        },
        4 => (v / 100, v % 100, i + 1),
        _ => return None,
    };
    (h <= 14 && m < 60).then_some((sign * (h as i32 * 3600 + m as i32 * 60), last))
}

/// [`offset_at`] for a sign that whitespace parts from the zone name
/// before it.
fn offset_after_gap(ts: &[Tok], i: usize) -> Option<(i32, usize)> {
    let mut glued = [*ts.get(i)?, *ts.get(i + 1)?];
    glued[0].gap = false;
    let (secs, last) = offset_at(&glued, 0)?;
    // Only a sign and a number of four digits, or of one or two digits
    // with no minutes, are read here: enough for `GMT +0400`, `UTC +3`.
    (last == 1).then_some((secs, i + 1))
}

/// A plain number token (not written in Chinese numerals).
fn arabic_num(t: Option<&Tok>) -> Option<(u32, u8)> {
    match t?.t {
        T::Num {
            v, n, cn: false, ..
        } => Some((v, n)),
        _ => None,
    }
}

fn any_num(t: Option<&Tok>) -> Option<u32> {
    match t?.t {
        T::Num { v, .. } => Some(v),
        _ => None,
    }
}

/// A clock time at `i`: `HH:MM`, `HH:MM:SS(.fff)`, then a glued offset
/// (`+0000`, `Z`) and an AM/PM word.
fn time_at(text: &str, ts: &[Tok], i: usize) -> Option<Time> {
    let (h, nh) = arabic_num(ts.get(i))?;
    // `6 AM`, `4 p.m.`: an hour and its marker, without minutes.
    if nh <= 2 && (1..=12).contains(&h) && ts.get(i + 1).is_some_and(|t| t.gap) {
        let marker = match ts.get(i + 1).and_then(Tok::word) {
            Some(W::Pm) => Some((true, i + 1)),
            Some(W::Am) => Some((false, i + 1)),
            _ => dotted_meridiem(text, ts, i + 1),
        };
        if let Some((pm, last)) = marker {
            return Some(Time {
                time: NaiveTime::from_hms_opt(h % 12 + if pm { 12 } else { 0 }, 0, 0),
                offset: None,
                first: i,
                last,
                used: false,
            });
        }
    }
    // `15:45`; `11h02` (French); `06.00` (British, checked below).
    let sep = ts.get(i + 1)?;
    let dot = sep.punct() == Some('.');
    let h_word =
        matches!(sep.t, T::Word(W::Filler)) && matches!(&text[sep.s()..sep.e()], "h" | "H");
    // `9時12分`, as Japanese pages print the time.
    let kanji = sep.t == T::Other && !sep.gap && &text[sep.s()..sep.e()] == "時";
    let sep_ok = matches!(sep.t, T::Punct(':' | '.')) || h_word || kanji;
    // `14 h 35`, as Quebec writes it: the `h` spaced on both sides.
    let spaced_h = h_word && sep.gap && ts.get(i + 2).is_some_and(|t| t.gap);
    // `০৯: ১২`: Bengali sites print one space after the colon, in Bengali
    // digits (`3: 12` in other digits stays no time, and so does a colon
    // at a line's end).
    let spaced_colon = sep.punct() == Some(':')
        && !sep.gap
        && text[ts[i].s()..].starts_with(|c: char| ('০'..='৯').contains(&c))
        && ts
            .get(i + 2)
            .is_some_and(|t| t.gap && text.get(sep.e()..t.s()) == Some(" "));
    if nh > 2 || !sep_ok || (sep.gap && !spaced_h) {
        return None;
    }
    let (mi, nm) = arabic_num(ts.get(i + 2))?;
    let minute_digits_ok = nm == 2 || (kanji && nm == 1);
    if !minute_digits_ok || (ts[i + 2].gap && !spaced_h && !spaced_colon) {
        return None;
    }
    // The kanji form closes with `分` (minutes).
    let minute_sign = kanji.then(|| {
        ts.get(i + 3)
            .filter(|t| !t.gap && t.t == T::Other && text[t.s()..t.e()].starts_with('分'))
    });
    if minute_sign == Some(None) {
        return None;
    }
    // `2014:06` inside something longer is not a time.
    let before = if i > 0 && !ts[i].gap {
        ts[i - 1].punct()
    } else {
        None
    };
    if before == Some(':') || (dot && before == Some('.')) {
        return None;
    }
    // A dotted time is two digits and two, and no third part follows
    // (`3.5`, `06.10.2024` and `1.250` are numbers and dates); with its
    // 12-hour marker, the hour may be one digit (`3.12pm`, as Australian
    // and British sites print it).
    let marked = matches!(ts.get(i + 3).and_then(Tok::word), Some(W::Am | W::Pm));
    if dot
        && ((nh != 2 && !marked)
            || ts.get(i + 3).is_some_and(|t| {
                !t.gap && (matches!(t.punct(), Some('.' | ',')) || t.num().is_some())
            }))
    {
        return None;
    }
    let mut last = i + 2 + usize::from(kanji);
    let mut sec = 0;
    if let (Some(':'), Some((s, 2))) = (
        ts.get(last + 1).and_then(Tok::punct),
        arabic_num(ts.get(last + 2)),
    ) {
        if !ts[last + 1].gap && !ts[last + 2].gap {
            sec = s;
            last += 2;
            if let (Some('.'), Some(_)) = (
                ts.get(last + 1).and_then(Tok::punct),
                arabic_num(ts.get(last + 2)),
            ) {
                if !ts[last + 1].gap && !ts[last + 2].gap {
                    last += 2;
                }
            }
        }
    }
    let mut offset = None;
    // `16:20-16 مايو 2024`: a clock, a dash and the day of the date
    // after it, not an offset of minus sixteen hours (a bare hour after a
    // minus sign is no offset when a month name follows it).
    let day_follows = |l: usize| {
        l == last + 2
            && ts[last + 1].punct() == Some('-')
            && matches!(ts.get(l + 1).and_then(Tok::word), Some(W::Month(_)))
    };
    if let Some((secs, l)) = offset_at(ts, last + 1).filter(|&(_, l)| !day_follows(l)) {
        offset = FixedOffset::east_opt(secs);
        last = l;
    } else if let Some(z) = ts.get(last + 1) {
        if z.t == T::Other && !z.gap && &text[z.s()..z.e()] == "Z" {
            offset = FixedOffset::east_opt(0);
            last += 1;
        }
    }
    let mut hour = h;
    let mut ok = true;
    let meridiem = match ts.get(last + 1).and_then(Tok::word) {
        Some(W::Pm | W::ArabicMim) => Some((true, last + 1)),
        Some(W::Am) => Some((false, last + 1)),
        _ => dotted_meridiem(text, ts, last + 1),
    };
    if let Some((pm, end)) = meridiem {
        last = end;
        ok = (1..=12).contains(&h);
        hour = h % 12 + if pm { 12 } else { 0 };
    }
    let time = if ok {
        NaiveTime::from_hms_opt(hour, mi, sec)
    } else {
        None
    };
    Some(Time {
        time,
        offset,
        first: i,
        last,
        used: false,
    })
}

/// `p.m.`, `a. m.` (Spanish, with a space or no-break space inside),
/// `P.M.` at token `j`: whether it is PM, and its last token.
fn dotted_meridiem(text: &str, ts: &[Tok], j: usize) -> Option<(bool, usize)> {
    let word = |k: usize| ts.get(k).map(|t| &text[t.s()..t.e()]);
    let pm = match word(j)? {
        "a" | "A" => false,
        "p" | "P" => true,
        _ => return None,
    };
    let dot = ts.get(j + 1)?;
    if dot.punct() != Some('.') || dot.gap || !matches!(word(j + 2)?, "m" | "M") {
        return None;
    }
    let closing = ts
        .get(j + 3)
        .is_some_and(|t| t.punct() == Some('.') && !t.gap);
    Some((pm, if closing { j + 3 } else { j + 2 }))
}

/// A date starting at token `i`: `Ok(raw)`, `Err(last)` for an impossible
/// one, `None` for no date.
fn date_at(ts: &[Tok], i: usize) -> Option<Result<Raw, usize>> {
    let t0 = &ts[i];
    match t0.t {
        T::Num {
            v: a,
            n: na,
            ord,
            cn,
            ..
        } => {
            let next = ts.get(i + 1);
            // Chinese: 2019年01月10日, 10月11日, 九月二十七日.
            if let Some(T::Cjk(c)) = next.map(|t| t.t) {
                return chinese(ts, i, c);
            }
            if !cn && !ord {
                if let Some(sep) = next
                    .and_then(Tok::punct)
                    .filter(|c| matches!(c, '-' | '/' | '.' | ':'))
                {
                    if let Some(r) = numeric(ts, i, a, na, sep) {
                        return r;
                    }
                }
            }
            if !cn && !ord && na == 4 {
                if let Some(r) = year_month_day(ts, i, a) {
                    return Some(r);
                }
            }
            if cn || na > 2 || a == 0 || a > 31 {
                return None;
            }
            named_day_first(ts, i, a)
        }
        T::Word(W::DayWord(d)) => named_day_first(ts, i, u32::from(d)),
        // `mar. 5 sept. 2023`: a weekday's abbreviation (French `mar.`,
        // Spanish `mar`, Tuesday) spelled like a month's, with a day and
        // a month after it. The date starts at the day.
        T::Word(W::Month(_)) if month_then_day_month(ts, i) => None,
        T::Word(W::Month(m)) => month_first(ts, i, u32::from(m)),
        _ => None,
    }
}

/// Is the month word at `i` followed by a day number and then another
/// month word (a full stop may close each abbreviation)?
fn month_then_day_month(ts: &[Tok], i: usize) -> bool {
    let k = i + 1 + usize::from(ts.get(i + 1).and_then(Tok::punct) == Some('.'));
    let day = ts
        .get(k)
        .and_then(Tok::num)
        .is_some_and(|(v, n)| n <= 2 && (1..=31).contains(&v));
    day && matches!(ts.get(k + 1).and_then(Tok::word), Some(W::Month(_)))
}

fn finish(
    y: Option<u32>,
    m: u32,
    d: u32,
    hijri: bool,
    first: usize,
    last: usize,
) -> Option<Result<Raw, usize>> {
    if hijri {
        let y = y?;
        let written = HijriDate {
            year: y as u16,
            month: m as u8,
            day: d as u8,
        };
        Some(raw(
            hijri::to_gregorian(y as i32, m, d),
            Some(written),
            false,
            first,
            last,
        ))
    } else {
        let date = NaiveDate::from_ymd_opt(y.unwrap_or(2000) as i32, m, d);
        Some(raw(date, None, y.is_none(), first, last))
    }
}

/// A date read over tokens `first..=last`, already in the Gregorian
/// calendar: `Err(last)` when the written date does not exist.
fn raw(
    date: Option<NaiveDate>,
    hijri: Option<HijriDate>,
    yearless: bool,
    first: usize,
    last: usize,
) -> Result<Raw, usize> {
    let m = DateMatch {
        hijri,
        yearless,
        ..DateMatch::on(date.ok_or(last)?)
    };
    Ok(Raw { m, first, last })
}

/// `۲۲ اسفند ۱۴۰۳`: a day (token `i`), a Solar Hijri month (token `j`)
/// and a four-digit year, converted to the Gregorian date.
fn solar_date(ts: &[Tok], i: usize, d: u32, j: usize, m: u8) -> Option<Result<Raw, usize>> {
    let (y, 4) = arabic_num(ts.get(j + 1))? else {
        return None;
    };
    let date = solar::to_gregorian(i32::try_from(y).ok()?, u32::from(m), d);
    Some(raw(date, None, false, i, j + 1))
}

/// Is token `t` a number written in Persian digits (`۱۴۰۳`)?
fn persian_digits(t: &Tok) -> bool {
    matches!(t.t, T::Num { persian: true, .. })
}

/// `۱۴۰۳/۰۱/۲۵`: a numeric date in Persian digits with a year of the
/// Hijri range and no era marker is a Solar Hijri date, as Iranian sites
/// print them (a lunar Hijri date carries `هـ` or `ق`, or is written in
/// Arabic-Indic digits).
fn solar_numeric(y: u32, m: u32, d: u32, first: usize, last: usize) -> Result<Raw, usize> {
    let date = i32::try_from(y)
        .ok()
        .and_then(|y| solar::to_gregorian(y, m, d));
    raw(date, None, false, first, last)
}

fn year_kind(y: u32) -> Option<bool> {
    match y {
        1900..=2100 => Some(false),
        1300..=1600 => Some(true),
        _ => None,
    }
}

/// An era marker right after token `last`: `(hijri?, consumed last)`.
fn era_after(ts: &[Tok], last: usize) -> (Option<bool>, usize) {
    match ts.get(last + 1).and_then(Tok::word) {
        Some(W::HijriEra) => (Some(true), last + 1),
        Some(W::ArabicMim) => (Some(false), last + 1),
        _ => (None, last),
    }
}

fn numeric(ts: &[Tok], i: usize, a: u32, na: u8, sep: char) -> Option<Option<Result<Raw, usize>>> {
    let t2 = ts.get(i + 2)?;
    let sep2 = ts.get(i + 3).and_then(Tok::punct);
    // `01/ديسمبر/2022`, `23-Aug-2019`.
    if let Some(W::Month(m) | W::HijriMonth(m)) = t2.word() {
        let hijri_month = matches!(t2.word(), Some(W::HijriMonth(_)));
        let (y, ny) = arabic_num(ts.get(i + 4))?;
        if sep2 != Some(sep) || ny != 4 || na > 2 {
            return None;
        }
        let hijri = year_kind(y)?;
        let (era, last) = era_after(ts, i + 4);
        return Some(finish(
            Some(y),
            u32::from(m),
            a,
            hijri || hijri_month || era == Some(true),
            i,
            last,
        ));
    }
    let (b, nb) = arabic_num(Some(t2))?;
    if sep2 != Some(sep) {
        return None;
    }
    let (c, nc) = arabic_num(ts.get(i + 4))?;
    if sep == ':' && na != 4 {
        return None;
    }
    let last = i + 4;
    if na == 4 && nb <= 2 && nc <= 2 {
        let hijri = year_kind(a)?;
        let (era, last) = era_after(ts, last);
        if hijri && era.is_none() && persian_digits(&ts[i]) {
            return Some(Some(solar_numeric(a, b, c, i, last)));
        }
        return Some(finish(Some(a), b, c, hijri || era == Some(true), i, last));
    }
    if na <= 2 && nb <= 2 && nc == 4 {
        let hijri = year_kind(c)?;
        let (era, last) = era_after(ts, last);
        if hijri && era.is_none() && persian_digits(&ts[i + 4]) {
            return Some(Some(solar_numeric(c, b, a, i, last)));
        }
        let hijri = hijri || era == Some(true);
        if hijri {
            return Some(finish(Some(c), b, a, true, i, last));
        }
        return Some(Some(day_first(c as i32, a, b, sep == '/', i, last)));
    }
    // `09.01.24 | 09:12`: a two-digit year, day first, with dots, read
    // only when a clock time follows (alone, `1.2.24` may be anything).
    // With slashes (`12/03/24 à 18h05`) the order is the page's, as for a
    // four-digit year: day first, the month-first reading kept aside.
    if na <= 2 && nb <= 2 && nc == 2 && matches!(sep, '.' | '/') && clock_follows(ts, last) {
        let y = 2000 + c as i32;
        if sep == '.' {
            let date = NaiveDate::from_ymd_opt(y, b, a);
            return Some(Some(raw(date, None, false, i, last)));
        }
        return Some(Some(day_first(y, a, b, true, i, last)));
    }
    None
}

/// Numbers `a` and `b` of a numeric date in year `y` (tokens `i..=last`)
/// read day first; when the month-first reading is also a date, and a
/// different one, it is kept as the match's `alt` if `keep_alt` (slashes:
/// the page's language decides). Only the month-first reading when the
/// day-first one is no date.
fn day_first(y: i32, a: u32, b: u32, keep_alt: bool, i: usize, last: usize) -> Result<Raw, usize> {
    let dmy = NaiveDate::from_ymd_opt(y, b, a);
    let mdy = NaiveDate::from_ymd_opt(y, a, b);
    match (dmy, mdy) {
        (Some(d), Some(m)) if d != m && keep_alt => raw(dmy, None, false, i, last).map(|mut r| {
            r.m.alt = Some(m);
            r
        }),
        (Some(_), _) => raw(dmy, None, false, i, last),
        (None, Some(_)) => raw(mdy, None, false, i, last),
        (None, None) => Err(last),
    }
}

/// A clock time (`09:12`, or `18h05` with the glued French `h`) starts
/// within the three tokens after `last`.
fn clock_follows(ts: &[Tok], last: usize) -> bool {
    (last + 1..=last + 3).any(|k| {
        let glued_h = |t: &Tok| matches!(t.t, T::Word(W::Filler)) && !t.gap;
        let minutes_glued = ts.get(k + 2).is_some_and(|t| !t.gap);
        matches!(arabic_num(ts.get(k)), Some((_, 1..=2)))
            && ts
                .get(k + 1)
                .is_some_and(|t| t.punct() == Some(':') || (glued_h(t) && minutes_glued))
            && matches!(arabic_num(ts.get(k + 2)), Some((_, 2)))
    })
}

fn chinese(ts: &[Tok], i: usize, first_marker: Cjk) -> Option<Result<Raw, usize>> {
    let a = any_num(ts.get(i))?;
    let marker = |k: usize| match ts.get(k).map(|t| t.t) {
        Some(T::Cjk(c)) => Some(c),
        _ => None,
    };
    match first_marker {
        Cjk::Year => {
            let m = any_num(ts.get(i + 2))?;
            if marker(i + 3)? != Cjk::Month {
                return None;
            }
            let d = any_num(ts.get(i + 4))?;
            if marker(i + 5)? != Cjk::Day {
                return None;
            }
            year_kind(a).filter(|h| !h)?;
            finish(Some(a), m, d, false, i, i + 5)
        }
        Cjk::Month => {
            let d = any_num(ts.get(i + 2))?;
            if marker(i + 3)? != Cjk::Day {
                return None;
            }
            finish(None, a, d, false, i, i + 3)
        }
        _ => None,
    }
}

/// `23rd November 2024`, `28 de October de 2021`, `اول فبراير 2015`,
/// `11 جمادى الثانية 1446`, `30 октября`.
fn named_day_first(ts: &[Tok], i: usize, d: u32) -> Option<Result<Raw, usize>> {
    let mut j = i + 1;
    let mut skipped = 0;
    while skipped < 2
        && ts
            .get(j)
            .is_some_and(|t| t.word() == Some(W::Filler) || matches!(t.punct(), Some('.' | ',')))
    {
        j += 1;
        skipped += 1;
    }
    let (m, hijri_month) = match ts.get(j)?.word()? {
        W::Month(m) => (m, false),
        W::HijriMonth(m) => (m, true),
        W::SolarMonth(m) => return solar_date(ts, i, d, j, m),
        _ => return None,
    };
    let month_at = doubled_month(ts, j);
    let mut k = month_at + 1;
    let mut skipped = 0;
    while skipped < 2
        && ts.get(k).is_some_and(|t| {
            t.word() == Some(W::Filler) || matches!(t.punct(), Some('.' | ',' | '/'))
        })
    {
        k += 1;
        skipped += 1;
    }
    if let Some((y, 4)) = arabic_num(ts.get(k)) {
        if let Some(hijri) = year_kind(y) {
            let (era, last) = era_after(ts, k);
            return finish(
                Some(y),
                u32::from(m),
                d,
                hijri || hijri_month || era == Some(true),
                i,
                last,
            );
        }
    }
    if hijri_month {
        return None;
    }
    finish(None, u32::from(m), d, false, i, month_at)
}

/// The last token of a month written twice (`يوليو/تموز`, `حزيران
/// (يونيو)`, `أكتوبر/تشرين الأول`, `مارس - آذار`), or `j` itself.
fn doubled_month(ts: &[Tok], j: usize) -> usize {
    let is_month = |k: usize| matches!(ts.get(k).and_then(Tok::word), Some(W::Month(_)));
    // After a dash or a space, only the same month's other name
    // (`مارس - آذار`, `مارس آذار`): a second month there may start a range.
    let same_month = |k: usize| {
        matches!(
            (ts.get(j).and_then(Tok::word), ts.get(k).and_then(Tok::word)),
            (Some(W::Month(a)), Some(W::Month(b))) if a == b
        )
    };
    match ts.get(j + 1).and_then(Tok::punct) {
        Some('/') if is_month(j + 2) => j + 2,
        Some('(') if is_month(j + 2) && ts.get(j + 3).and_then(Tok::punct) == Some(')') => j + 3,
        Some('-' | '–') if same_month(j + 2) => j + 2,
        _ if same_month(j + 1) => j + 1,
        _ => j,
    }
}

/// `June 01, 2020`, `March 16`.
fn month_first(ts: &[Tok], i: usize, m: u32) -> Option<Result<Raw, usize>> {
    let mut j = i + 1;
    if ts.get(j).and_then(Tok::punct) == Some('.') {
        j += 1;
    }
    let (d, nd) = arabic_num(ts.get(j))?;
    if nd > 2 || d == 0 || d > 31 {
        return None;
    }
    let day_at = j;
    let mut k = j + 1;
    if ts.get(k).and_then(Tok::punct) == Some(',') {
        k += 1;
    }
    if let Some((y, 4)) = arabic_num(ts.get(k)) {
        if year_kind(y) == Some(false) {
            return finish(Some(y), m, d, false, i, k);
        }
    }
    // `March 16:30` is not a date.
    if ts.get(day_at + 1).and_then(Tok::punct) == Some(':') {
        return None;
    }
    finish(None, m, d, false, i, day_at)
}

/// A Gregorian year (token `i`, value `y`), an optional full stop, a
/// month's name and the day (`2023. október 5.`, as Hungarian prints
/// dates; `2024 March 5`).
fn year_month_day(ts: &[Tok], i: usize, y: u32) -> Option<Result<Raw, usize>> {
    if year_kind(y) != Some(false) {
        return None;
    }
    let mut j = i + 1;
    if ts.get(j).and_then(Tok::punct) == Some('.') {
        j += 1;
    }
    let Some(W::Month(m)) = ts.get(j)?.word() else {
        return None;
    };
    let (d, nd) = arabic_num(ts.get(j + 1))?;
    if nd > 2 || d == 0 || d > 31 {
        return None;
    }
    // `2024 March 16:30` is not a date.
    if ts.get(j + 2).and_then(Tok::punct) == Some(':') {
        return None;
    }
    finish(Some(y), u32::from(m), d, false, i, j + 1)
}

/// `منذ سنتين`, `منذ 3 ساعات`, `2 hours ago`, `hace 2 horas`, `3 часа назад`.
fn relative(text: &str, ts: &[Tok], owner: &[Owner]) -> Option<Relative> {
    for i in 0..ts.len() {
        if owner[i] != Owner::Free {
            continue;
        }
        let unit_at = |k: usize| match ts.get(k).and_then(Tok::word) {
            Some(W::Unit(u, n)) => Some((u, n)),
            _ => None,
        };
        if ts[i].word() == Some(W::AgoBefore) {
            if let Some((u, n)) = unit_at(i + 1).filter(|&(_, n)| n > 0) {
                return Some(Relative {
                    amount: u32::from(n),
                    unit: u,
                    span: (ts[i].s(), ts[i + 1].e()),
                });
            }
            if let (Some((v, _)), Some((u, _))) = (arabic_num(ts.get(i + 1)), unit_at(i + 2)) {
                return Some(Relative {
                    amount: v,
                    unit: u,
                    span: (ts[i].s(), ts[i + 2].e()),
                });
            }
        }
        if let (Some((v, _)), Some((u, _))) = (arabic_num(ts.get(i)), unit_at(i + 1)) {
            if let Some(t) = ts.get(i + 2) {
                let word = &text[t.s()..t.e()];
                if t.word() == Some(W::AgoAfter) || word.eq_ignore_ascii_case("ago") {
                    return Some(Relative {
                        amount: v,
                        unit: u,
                        span: (ts[i].s(), t.e()),
                    });
                }
            }
        }
    }
    None
}

/// Context for turning a scanned date into a [`Published`].
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct Ctx {
    /// The zone for times written without one.
    pub zone: Option<chrono_tz::Tz>,
    /// How an ambiguous `D/M/YYYY` date is read.
    pub order: Option<DateOrder>,
    /// The time relative dates count back from.
    pub reference: Option<DateTime<FixedOffset>>,
}

/// A problem found while reading a line's date.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Issue {
    /// An impossible date or time, as written.
    Invalid(String),
    /// An ambiguous day/month order, as written.
    Ambiguous(String),
    /// A time with no zone.
    NoTimeZone,
    /// A relative date with no reference time, as written.
    Relative(String),
}

/// A line's date read into publication times.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Reading {
    pub published: Option<Published>,
    pub modified: Option<Published>,
    pub converted_from: Option<HijriDate>,
    pub issues: Vec<Issue>,
}

/// A match as a [`Published`], in `ctx`; `None` with an issue when it
/// cannot be one.
pub(crate) fn to_published(
    text: &str,
    m: &DateMatch,
    ctx: &Ctx,
    issues: &mut Vec<Issue>,
) -> Option<Published> {
    let mut date = m.date;
    if let Some(alt) = m.alt {
        match ctx.order {
            Some(DateOrder::MonthDay) => date = alt,
            Some(DateOrder::DayMonth) => {}
            _ => {
                issues.push(Issue::Ambiguous(text[m.span.0..m.span.1].to_owned()));
                return None;
            }
        }
    }
    if let Some((a, b)) = m.bad_time {
        issues.push(Issue::Invalid(text[a..b].to_owned()));
    }
    let Some(time) = m.time else {
        return Some(Published::date_only(date));
    };
    let local = date.and_time(time);
    if let Some(offset) = m.offset {
        if let Some(p) = local
            .and_local_timezone(offset)
            .single()
            .map(Published::with_offset)
        {
            return Some(p);
        }
    }
    if let Some(p) = ctx.zone.and_then(|tz| Published::in_zone(local, &tz)) {
        return Some(p);
    }
    issues.push(Issue::NoTimeZone);
    Some(Published::naive(local))
}

/// Reads the scanned line into publication times.
pub(crate) fn read(text: &str, scan: &Scan, ctx: &Ctx) -> Reading {
    let mut r = Reading::default();
    if let Some(m) = scan.primary() {
        r.published = to_published(text, m, ctx, &mut r.issues);
        if m.hijri.is_some() && r.published.is_some() {
            r.converted_from = m.hijri;
        }
        if let Some(u) = scan.updated() {
            let mut ignore = Vec::new();
            r.modified = to_published(text, u, ctx, &mut ignore);
        }
        return r;
    }
    if let Some((a, b)) = scan.invalid {
        r.issues.push(Issue::Invalid(text[a..b].to_owned()));
        return r;
    }
    if let Some(rel) = scan.relative {
        match ctx.reference {
            Some(now) => r.published = resolve_relative(&rel, now),
            None => r
                .issues
                .push(Issue::Relative(text[rel.span.0..rel.span.1].to_owned())),
        }
    }
    r
}

/// `amount` units before `now`: a time for minutes and hours, a date for
/// longer units.
fn resolve_relative(rel: &Relative, now: DateTime<FixedOffset>) -> Option<Published> {
    let n = i64::from(rel.amount);
    let day = |d: DateTime<FixedOffset>| Some(Published::date_only(d.date_naive()));
    match rel.unit {
        Unit::Minute => now
            .checked_sub_signed(Duration::try_minutes(n)?)
            .map(Published::with_offset),
        Unit::Hour => now
            .checked_sub_signed(Duration::try_hours(n)?)
            .map(Published::with_offset),
        Unit::Day => day(now.checked_sub_signed(Duration::try_days(n)?)?),
        Unit::Week => day(now.checked_sub_signed(Duration::try_weeks(n)?)?),
        Unit::Month => day(now.checked_sub_months(Months::new(rel.amount))?),
        Unit::Year => day(now.checked_sub_months(Months::new(rel.amount.checked_mul(12)?))?),
    }
}

/// Gives a yearless date the year that puts it on or before `anchor`
/// (plus two days of slack), the nearest such.
pub(crate) fn with_year(m: &DateMatch, anchor: NaiveDate) -> Option<NaiveDate> {
    use chrono::Datelike;
    let (mo, d) = (m.date.month(), m.date.day());
    let y = anchor.year();
    [y, y - 1]
        .into_iter()
        .filter_map(|y| NaiveDate::from_ymd_opt(y, mo, d))
        .find(|c| *c <= anchor + Duration::days(2))
}

#[cfg(test)]
mod tests;
