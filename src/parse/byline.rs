//! Bylines: a short line that holds a date and, usually, the source
//! (`cri 2019-10-21 15:45:00`, `  2018-11-22 00:00:27  cri`,
//! `Source: Xinhua| 2020-09-22 14:32:20|Editor: huaxia`).
//!
//! [`read`] judges one line; [`choose`] picks the article's byline among
//! the page's date lines: a line naming a known outlet or labelled
//! (`Published`, `نشر`) and carrying a time beats a weekday-and-date stamp
//! with no time (the crawl date that site headers print), and the layout's
//! own choice breaks ties.

use super::classify::{Classified, Kind};
use super::date::{DateMatch, Scan};
use super::layout::{Layout, Role};
use crate::lexicon::months::{is_date_word, is_weekday};
use crate::model::{BoilerplateKind, SourceRegistry};

/// Longest line (in bytes) read as a byline.
pub(crate) const MAX_BYLINE_BYTES: usize = 300;

/// Most words a byline may hold besides its date.
const MAX_WORDS: usize = 8;

/// A byline read from a line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct BylineInfo<'a> {
    /// The date, or the impossible date text that stood in its place.
    pub date: Result<DateMatch, String>,
    /// The token that names the source, as written, and whether the
    /// registry knows it.
    pub source: Option<(&'a str, bool)>,
    /// The date scan of the whole line, kept so that the fields stage
    /// does not scan it again (boxed: `Kind` stays small for the lines
    /// that are not bylines).
    pub scan: Option<Box<Scan>>,
    /// Where a share widget printed after the date on the same line starts
    /// (`... 14:32 WIB Bagikan ke Facebook ... 0 komentar`), in bytes.
    pub widget: Option<usize>,
}

impl BylineInfo<'_> {
    /// A site header's date stamp rather than a byline: a weekday and a
    /// date, with no time and no outlet (`الأحد ,15 ديسمبر, 2024 م`,
    /// `Saturday 23rd November 2024`), usually the crawl date.
    pub(crate) fn is_header_stamp(&self) -> bool {
        self.source.is_none()
            && self
                .date
                .as_ref()
                .is_ok_and(|m| m.weekday && m.time.is_none())
    }
}

fn is_separator(c: char) -> bool {
    c.is_whitespace() || "|()[]/,،-:".contains(c)
}

/// Reads `text` as a byline given the date found in it; `None` when the
/// line holds too many other words to be one.
pub(crate) fn read<'a>(
    text: &'a str,
    date: Result<DateMatch, String>,
    span: (usize, usize),
    registry: &SourceRegistry,
) -> Option<BylineInfo<'a>> {
    if text.len() > MAX_BYLINE_BYTES || span.1 > text.len() {
        return None;
    }
    let mut date = date;
    let mut words: [&'a str; MAX_WORDS] = [""; MAX_WORDS];
    let mut n = 0;
    // A share widget after the date is the widget's, not the byline's
    // words: a crawl's text extraction flattens a byline block (writer,
    // date, share buttons) into one line.
    let widget = super::share::widget_after(text, span.1);
    for part in [&text[..span.0], &text[span.1..widget.unwrap_or(text.len())]] {
        for w in part.split(is_separator) {
            if !w.chars().any(crate::parse::input::is_alphanumeric)
                || w.chars().all(|c| !crate::parse::input::is_letter(c))
            {
                continue;
            }
            // Weekdays, months, labels and zones belong to the date. A
            // weekday away from the date read (`الأربعاء ٣ رمضان ١٤٤٥هـ -
            // ١٣ مارس ٢٠٢٤م`: the Hijri date between) still makes the
            // line a dated stamp.
            if is_date_word(w) {
                if let Ok(m) = &mut date {
                    m.weekday |= is_weekday(w);
                }
                continue;
            }
            if n == MAX_WORDS {
                return None;
            }
            words[n] = w;
            n += 1;
        }
    }
    let words = &words[..n];
    // A relative date (`posted 2 hours ago`) is a byline only on a line of
    // its own, not inside a sentence; a site's name set off by a bar may
    // stand beside it (`أكادير24 | Agadir24  منذ 5 ساعات`).
    let set_off = n <= 3 && text.contains(['|', '•', '·']);
    if matches!(&date, Ok(m) if m.relative) && n > 1 && !set_off {
        return None;
    }
    let known = find_source(words, text, registry);
    let source = known.map(|t| (t, true)).or_else(|| {
        // A lone short Latin token beside a date is a source id the
        // registry does not know (`xyz 2019-10-21 15:45`).
        match words {
            [w] if w.len() <= 24 && w.chars().all(|c| c.is_ascii_alphanumeric() || c == '.') => {
                Some((*w, false))
            }
            _ => None,
        }
    });
    Some(BylineInfo {
        date,
        source,
        scan: None,
        widget,
    })
}

/// The first run of one to three adjacent words that the registry
/// resolves (`cri`, `Global Times`, `أ ف ب`), as the span of `text` it
/// covers.
fn find_source<'a>(words: &[&'a str], text: &'a str, registry: &SourceRegistry) -> Option<&'a str> {
    for (i, w) in words.iter().enumerate() {
        for len in [3, 2] {
            if let Some(last) = words.get(i + len - 1) {
                let start = offset_in(text, w);
                let end = offset_in(text, last) + last.len();
                let run = &text[start..end];
                if run.len() <= 48 && registry.by_token(run).is_some() {
                    return Some(run);
                }
            }
        }
        let label_stripped = w.rsplit([':', '：']).next().unwrap_or(w);
        if registry.by_token(label_stripped).is_some() {
            return Some(label_stripped);
        }
    }
    None
}

/// Byte offset of `part` (a subslice) within `whole`.
pub(crate) fn offset_in(whole: &str, part: &str) -> usize {
    part.as_ptr() as usize - whole.as_ptr() as usize
}

/// How much a date line looks like the article's byline.
fn score(c: &Classified<'_>, i: usize, layout: &Layout) -> i32 {
    let Kind::Byline(info) = &c.kind else {
        return i32::MIN;
    };
    let mut s = 0;
    let timed = info.date.as_ref().is_ok_and(|m| m.time.is_some());
    match info.source {
        // A named line without a time (a print edition's `Газета
        // «Коммерсантъ» №212 от 15.11.2024`) counts less than one with it.
        Some((_, true)) if timed => s += 4,
        Some((_, true)) => s += 2,
        Some((_, false)) => s += 1,
        None => {}
    }
    match &info.date {
        Ok(m) => {
            if m.time.is_some() {
                s += 2;
            }
            if info.is_header_stamp() {
                s -= 4;
                // The masthead's stamp among the page's first lines, when
                // the article's own stamp (same shape) is further down.
                if lines_above(i, layout) < super::layout::MASTHEAD_LINES {
                    s -= 1;
                }
            }
            // An update stamp yields to the publication stamp beside it,
            // labelled or not (`آخر تحديث: ... 01:07 م` over `... 11:42 ص`).
            if m.updated {
                s -= 2;
            }
        }
        Err(_) => s -= 1,
    }
    // A publication or source label; an update's label counts nothing
    // (`Updated - ... 09:10 pm IST` printed over `Published - ...`).
    let updated = info.date.as_ref().is_ok_and(|m| m.updated);
    if !updated && crate::lexicon::months::line_has_label(c.line.text) {
        s += 2;
    }
    if layout.byline == Some(i) {
        s += 1;
    }
    // The article's date line sits next to its body (right above the
    // first paragraph or right below the last); a related story's date
    // sits among headlines. Only a timed line gains: an update stamp or a
    // print edition's date there stays second.
    if timed && !updated && next_to_body(i, layout) {
        s += 2;
    }
    if let Some(t) = layout.title {
        if i.abs_diff(t) <= 4 {
            s += 1;
        }
    }
    // The date of an item in a related or most-read list (`مقالات ذات
    // صلة` / `• [23]افتتاح جسر ...` / `2022/02/14`) dates that story.
    if under_list_item(i, layout) {
        s -= 4;
    }
    s
}

/// Is the nearest line above line `i` (blank lines aside) an item of a
/// sidebar list (a related, latest or most-read box)?
fn under_list_item(i: usize, layout: &Layout) -> bool {
    layout.roles[..i]
        .iter()
        .rev()
        .find(|r| **r != Role::Blank)
        .is_some_and(|r| {
            matches!(
                r,
                Role::Boilerplate(
                    BoilerplateKind::Related | BoilerplateKind::MostRead | BoilerplateKind::Latest
                )
            )
        })
}

/// How many non-blank lines stand above line `i`.
fn lines_above(i: usize, layout: &Layout) -> usize {
    layout.roles[..i]
        .iter()
        .filter(|r| **r != Role::Blank)
        .count()
}

/// Is the nearest line above or below line `i` (blank lines aside) a
/// body paragraph?
fn next_to_body(i: usize, layout: &Layout) -> bool {
    let roles = &layout.roles;
    let paragraph = |r: &Role| matches!(r, Role::Paragraph | Role::CaptionedParagraph(_));
    let before = roles[..i].iter().rev().find(|r| **r != Role::Blank);
    let after = roles[i + 1..].iter().find(|r| **r != Role::Blank);
    before.is_some_and(paragraph) || after.is_some_and(paragraph)
}

/// The article's byline among the date lines the layout saw: its own
/// choice, or a header-date line that scores higher.
pub(crate) fn choose(lines: &[Classified<'_>], layout: &Layout) -> Option<usize> {
    let mut best: Option<(i32, usize)> = None;
    for (i, (c, role)) in lines.iter().zip(&layout.roles).enumerate() {
        let candidate = matches!(
            role,
            Role::Byline | Role::Boilerplate(BoilerplateKind::HeaderDate)
        );
        if !candidate || !matches!(c.kind, Kind::Byline(_)) {
            continue;
        }
        let s = score(c, i, layout);
        if best.map_or(true, |(b, _)| s > b) {
            best = Some((s, i));
        }
    }
    best.map(|(_, i)| i).or(layout.byline)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse::date::{scan, DateScan};

    fn byline(text: &str) -> Option<BylineInfo<'_>> {
        let reg = SourceRegistry::builtin();
        match scan(text) {
            DateScan::Found(m) => read(text, Ok(m), m.span, &reg),
            _ => None,
        }
    }

    #[test]
    fn source_tokens() {
        assert_eq!(
            byline("cri 2019-10-21 15:45:00").unwrap().source,
            Some(("cri", true))
        );
        assert_eq!(
            byline("    2013-08-12 14:58:00     CRIENGLISH.com       Web Editor: Han")
                .unwrap()
                .source,
            Some(("CRIENGLISH.com", true))
        );
        assert_eq!(
            byline("Source: Xinhua| 2020-09-22 14:32:20|Editor: huaxia")
                .unwrap()
                .source,
            Some(("Xinhua", true))
        );
        assert_eq!(
            byline("zzq 2019-10-21 15:45:00").unwrap().source,
            Some(("zzq", false))
        );
        assert_eq!(
            byline("Source: Global Times | 2019/10/16 23:08:41")
                .unwrap()
                .source,
            Some(("Global Times", true))
        );
        assert_eq!(
            byline("الآن - أ ف ب 2019-10-21").unwrap().source,
            Some(("أ ف ب", true))
        );
    }

    #[test]
    fn date_words_do_not_count() {
        let b = byline("الاثنين 1427/4/9 هـ - الموافق 8/5/2006 م (آخر تحديث) الساعة 17:51 (مكة المكرمة)، 14:51 (غرينتش)");
        assert!(b.is_some());
    }

    #[test]
    fn long_lines_are_not_bylines() {
        assert!(byline(
            "On 2019-10-21 the committee met again and discussed the plan for the new bridge across the river"
        )
        .is_none());
    }
}
