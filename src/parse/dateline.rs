//! Datelines: the place, date and agency that open a story's first
//! paragraph (`بكين 23 أبريل 2019 (شينخوا)`, `BEIJING, March 16 (Xinhua)
//! --`, `ПЕКИН, 30 октября. /ТАСС/.`, `5 مارس 2019 / شبكة الصين /`,
//! `新华社北京10月11日电`, `بكين - (د ب أ)`).
//!
//! Only the head of the paragraph is read; the paragraph keeps its text.

use super::date::{scan_all, DateMatch};
use super::language::floor_char_boundary;
use crate::model::SourceRegistry;

/// How far into a paragraph a dateline may reach, in bytes.
const HEAD_BYTES: usize = 240;
/// How far from the paragraph's start its date may begin, in bytes.
const DATE_REACH: usize = 80;
/// Longest agency marker, in bytes.
const AGENCY_BYTES: usize = 64;

/// Chinese agency names that open a dateline (`新华社北京…电`).
const CHINESE_AGENCIES: &[&str] = &[
    "新华社",
    "新華社",
    "中新社",
    "中新網",
    "中新网",
    "国际在线消息",
    "国际在线",
    "央视网消息",
    "人民网",
];

/// Words that open running text, not a place (`On March 16, …`).
const NOT_PLACES: &[&str] = &[
    "on", "in", "by", "since", "until", "from", "le", "el", "la", "en", "depuis", "desde", "в",
    "с", "до", "في", "منذ", "حتى", "يوم", "وفي", "قبل", "بعد",
];

/// A dateline read from the head of a paragraph.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct DatelineInfo<'a> {
    /// The dateline as written.
    pub text: &'a str,
    /// The place, as written.
    pub place: Option<&'a str>,
    /// The date, possibly without a year.
    pub date: Option<DateMatch>,
    /// The agency marker, as written.
    pub agency: Option<&'a str>,
}

fn trim_sep(s: &str) -> &str {
    s.trim_matches(|c: char| {
        c.is_whitespace() || matches!(c, ',' | '،' | '-' | '–' | '—' | ':' | 'ـ' | '|')
    })
}

/// Reads a dateline at the start of `text`.
pub(crate) fn read<'a>(text: &'a str, registry: &SourceRegistry) -> Option<DatelineInfo<'a>> {
    let head = &text[..floor_char_boundary(text, HEAD_BYTES)];
    // Cheap exit for the common paragraph: no digit (of any script, or a
    // Chinese month sign) near the start and no parenthesis to hold an
    // agency.
    let near = &head[..floor_char_boundary(head, DATE_REACH + 24)];
    let hasty = &head[..floor_char_boundary(head, 48)];
    if !super::date::may_hold_date(near) && !hasty.contains('(') && !has_cn_numeral(near) {
        return None;
    }
    if let Some(d) = chinese(head) {
        return Some(d);
    }
    let scan = scan_all(head);
    let Some(date) = scan.dates().next().copied() else {
        return place_and_agency(head, registry);
    };
    if date.span.0 > DATE_REACH || date.hijri.is_some() {
        return None;
    }
    let place = trim_sep(&head[..date.span.0]);
    if !place.is_empty() {
        let words = place.split_whitespace().count();
        let first = place.chars().next()?;
        let lower = place.to_lowercase();
        if words > 4
            || NOT_PLACES.contains(&lower.as_str())
            || (crate::parse::input::is_letter(first) && first.is_lowercase())
            || place.ends_with(['.', '!', '?', '؟'])
        {
            return None;
        }
    }
    let (agency, end) = marker(head, date.span.1)?;
    Some(DatelineInfo {
        text: head[..end].trim_end(),
        place: (!place.is_empty()).then_some(place),
        date: Some(date),
        agency,
    })
}

/// The agency marker after a dateline's date at byte `at`: `(Xinhua)`,
/// `/ТАСС/`, `/ شبكة الصين /`, or a bare separator (`/`, `-`, `--`,
/// `:`). Returns the agency and the byte end of the dateline.
fn marker(head: &str, at: usize) -> Option<(Option<&str>, usize)> {
    let rest = &head[at..];
    let lead = rest.len() - rest.trim_start_matches([' ', '.', '\u{a0}']).len();
    let body = &rest[lead..];
    let base = at + lead;
    let enclosed = |open: char, close: char| -> Option<(Option<&str>, usize)> {
        let inner = body.strip_prefix(open)?;
        match inner.find(close).filter(|&e| e <= AGENCY_BYTES) {
            Some(e) => {
                let agency = inner[..e].trim();
                Some((
                    (!agency.is_empty()).then_some(agency),
                    base + open.len_utf8() + e + close.len_utf8(),
                ))
            }
            None if open == '/' => Some((None, base + 1)),
            None => None,
        }
    };
    if body.starts_with('(') {
        let (agency, mut end) = enclosed('(', ')')?;
        let after = &head[end..];
        let dash = after.len() - after.trim_start_matches([' ', '-', '–', '—']).len();
        if after.trim_start().starts_with(['-', '–', '—']) {
            end += dash;
        }
        return Some((agency, end));
    }
    if body.starts_with('/') {
        return enclosed('/', '/');
    }
    for sep in ["--", "-", "–", "—", ":", "ـ"] {
        if body.starts_with(sep) {
            return Some((None, base + sep.len()));
        }
    }
    None
}

/// Does `text` hold a Chinese numeral (`九月二十七日`)?
fn has_cn_numeral(text: &str) -> bool {
    text.contains([
        '一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '〇',
    ])
}

/// `新华社北京10月11日电`, `中新社北京九月二十七日電`, `新华社印度金奈10月11日电(记者…)`.
fn chinese(head: &str) -> Option<DatelineInfo<'_>> {
    let agency = CHINESE_AGENCIES.iter().find(|a| head.starts_with(**a))?;
    let scan = scan_all(head);
    let date = scan.dates().next().copied()?;
    let place = head.get(agency.len()..date.span.0)?.trim();
    if place.chars().count() > 12 {
        return None;
    }
    let mut end = date.span.1;
    for close in ["电", "電"] {
        if head[end..].starts_with(close) {
            end += close.len();
        }
    }
    Some(DatelineInfo {
        text: &head[..end],
        place: (!place.is_empty()).then_some(place),
        date: Some(date),
        agency: Some(agency),
    })
}

/// `بكين - (د ب أ)`, `LONDRES (AFP) -`: a place and a known agency in
/// parentheses, no date.
fn place_and_agency<'a>(head: &'a str, registry: &SourceRegistry) -> Option<DatelineInfo<'a>> {
    let open = head.find('(').filter(|&o| o <= 48)?;
    let close = open + head[open..].find(')').filter(|&c| c <= AGENCY_BYTES)?;
    let agency = head[open + 1..close].trim();
    registry.by_token(agency)?;
    let place = trim_sep(&head[..open]);
    if place.is_empty() || place.split_whitespace().count() > 3 {
        return None;
    }
    Some(DatelineInfo {
        text: &head[..close + 1],
        place: Some(place),
        date: None,
        agency: Some(agency),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    type Parts<'a> = (Option<&'a str>, Option<String>, Option<&'a str>, &'a str);

    fn dl(s: &str) -> Option<Parts<'_>> {
        let reg = SourceRegistry::builtin();
        read(s, &reg).map(|d| {
            (
                d.place,
                d.date.map(|m| m.date.format("%m-%d").to_string()),
                d.agency,
                d.text,
            )
        })
    }

    #[test]
    fn forms() {
        assert_eq!(
            dl("بكين 23 أبريل 2019 (شينخوا) أعلنت الوزارة اليوم"),
            Some((
                Some("بكين"),
                Some("04-23".into()),
                Some("شينخوا"),
                "بكين 23 أبريل 2019 (شينخوا)"
            ))
        );
        assert_eq!(
            dl("BEIJING, March 16 (Xinhua) -- The city opened a park."),
            Some((
                Some("BEIJING"),
                Some("03-16".into()),
                Some("Xinhua"),
                "BEIJING, March 16 (Xinhua) --"
            ))
        );
        assert_eq!(
            dl("ПЕКИН, 30 октября. /ТАСС/. Власти города сообщили"),
            Some((
                Some("ПЕКИН"),
                Some("10-30".into()),
                Some("ТАСС"),
                "ПЕКИН, 30 октября. /ТАСС/"
            ))
        );
        assert_eq!(
            dl("5 مارس 2019 / شبكة الصين / قال"),
            Some((
                None,
                Some("03-05".into()),
                Some("شبكة الصين"),
                "5 مارس 2019 / شبكة الصين /"
            ))
        );
        assert_eq!(
            dl("新华社北京10月11日电(记者王明)今天"),
            Some((
                Some("北京"),
                Some("10-11".into()),
                Some("新华社"),
                "新华社北京10月11日电"
            ))
        );
        assert_eq!(
            dl("中新社北京九月二十七日電 今天"),
            Some((
                Some("北京"),
                Some("09-27".into()),
                Some("中新社"),
                "中新社北京九月二十七日電"
            ))
        );
        assert_eq!(
            dl("بكين اول فبراير 2015 / قال").unwrap().1,
            Some("02-01".into())
        );
        assert_eq!(dl("بكين - (د ب أ) - قال").unwrap().2, Some("د ب أ"));
    }

    #[test]
    fn running_text_is_not_a_dateline() {
        assert_eq!(dl("On March 16, the council met and voted."), None);
        assert_eq!(dl("في 5 مارس 2019، أعلنت الوزارة"), None);
        assert_eq!(
            dl("The meeting that began on 5 March 2019 (a Tuesday) ended late."),
            None
        );
    }
}
