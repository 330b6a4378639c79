//! Stage 3: give each line a kind, looking at the line alone.
//!
//! Short lines are compared with the lexicon through their match key
//! (share-widget words, boilerplate headings and prefixes); lines with a
//! date and few other words are bylines; the rest is text, with the
//! features the layout stage scores (length, sentence ending, rubric).
//! Long lines skip the lexicon: no heading is a paragraph long.

use std::num::NonZeroU32;
use std::sync::OnceLock;

use chrono::{DateTime, FixedOffset};

use super::byline::{self, BylineInfo, MAX_BYLINE_BYTES};
use super::date::{self, DateScan};
use super::language;
use super::lines::{Line, Lines};
use super::share::{self, ShareLine};
use aho_corasick::{AhoCorasick, AhoCorasickKind, Anchored, Input, MatchKind, StartKind};

use crate::lexicon::agency_marks::{CREDIT_AGENCIES, PHOTO_AGENCIES};
use crate::lexicon::boilerplate::{
    CONTAINS, DONATE_BUTTONS, END_MARKS, HEADINGS, LANGUAGE_NAMES, PREFIXES, SUMMARY_NOTES,
};
use crate::lexicon::hash::{FastMap, FastSet};
use crate::lexicon::phrases::Phrases;
use crate::lexicon::rubrics::RUBRICS;
use crate::lexicon::{key, key_into};
use crate::model::{BoilerplateKind, RubricKind, SourceRegistry};

/// Longest line (in bytes) compared whole with the lexicon (headings,
/// share-widget lines). Longer lines have only their first
/// [`PREFIX_BYTES`] keyed, for the line-start entries (cookie notices,
/// copyright lines), and only when their first characters can start one.
const MAX_KEYED_BYTES: usize = 128;
/// How much of a long line is keyed for line-start entries.
const PREFIX_BYTES: usize = 80;
/// Bytes of a long line opening with `Copyright` searched for `All
/// rights reserved`.
const COPYRIGHT_REACH: usize = 160;
/// How many characters of a key the line-start gate looks at.
const HEAD_CHARS: usize = 3;

/// What a line is, judged alone.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Kind<'a> {
    /// Nothing visible.
    Blank,
    /// A share-widget line. Boxed, as the byline: few lines are widgets.
    Share(Box<ShareLine>),
    /// Page furniture.
    Boilerplate(BoilerplateKind),
    /// A date line, with its source when named. Boxed: date lines are a
    /// few per page, and every line's `Kind` is as large as its largest
    /// variant (a 100 MB page holds a million of them).
    Byline(Box<BylineInfo<'a>>),
    /// Running text: a title, paragraph, caption or menu item.
    Text(TextInfo),
}

/// Features of a text line.
///
/// Kept small (16 bytes), as every text line of the input has one: counts
/// are capped, and the rubric is held as offsets into the line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct TextInfo {
    /// Length in characters, counted over the first 4 KiB only.
    pub chars: u16,
    /// Of those, the chars of the wide East Asian scripts (CJK, kana,
    /// Hangul), each of which carries about a word.
    pub wide: u16,
    /// Ends like a sentence (`.`, `。`, `?`, `؟`, `!`, `…`, `।`, a closing quote
    /// after one of these).
    pub sentence_end: bool,
    /// A text browser wrapped the paragraph of the line above onto this
    /// line (see `wrapped_paragraphs`): the counts above are the
    /// paragraph's, and the line is no paragraph of its own.
    pub continued: bool,
    /// A rubric prefix, as offsets into the line: read it with
    /// [`TextInfo::rubric_in`].
    pub rubric: Option<RubricSpan>,
    /// Byte offset where a share widget glued after the text starts
    /// (`... عبر Google news Share فيسبوك تويتر`).
    pub share_tail: Option<NonZeroU32>,
}

/// Where a rubric label and the headline after it sit in their line, in
/// bytes (labels are found in a line's first few dozen bytes).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct RubricSpan {
    label_start: u8,
    label_end: u16,
    rest_start: u16,
    kind: RubricKind,
}

impl TextInfo {
    /// The rubric prefix of `text` (the line these features were read
    /// from): label as written, its kind, and the headline after it.
    pub fn rubric_in<'a>(&self, text: &'a str) -> Option<(&'a str, RubricKind, &'a str)> {
        let r = self.rubric?;
        Some((
            &text[usize::from(r.label_start)..usize::from(r.label_end)],
            r.kind,
            &text[usize::from(r.rest_start)..],
        ))
    }

    /// Length in characters, counted over the first 4 KiB only.
    pub fn chars(&self) -> usize {
        usize::from(self.chars)
    }

    /// Of [`TextInfo::chars`], the chars of the wide East Asian scripts.
    pub fn wide(&self) -> usize {
        usize::from(self.wide)
    }

    /// Reads like body text rather than a headline or menu item.
    pub fn body_like(&self) -> bool {
        // A wide char counts double: a 30-char Chinese sentence says as
        // much as a 60-letter one.
        let weight = self.chars() + self.wide();
        // A line opening with a rubric label (`تحليل: لماذا ...؟`) is a
        // headline, even when it closes like a sentence.
        weight >= 160 || (self.sentence_end && weight >= 60 && self.rubric.is_none())
    }
}

/// Fewest chars of a Thai line read as a sentence (Thai prints no full
/// stop).
const THAI_SENTENCE_CHARS: usize = 100;

/// A line with its kind.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Classified<'a> {
    /// The line.
    pub line: Line<'a>,
    /// Its kind.
    pub kind: Kind<'a>,
}

struct Lexicon {
    headings: Phrases<BoilerplateKind>,
    prefixes: AhoCorasick,
    prefix_kinds: Vec<BoilerplateKind>,
    /// The first characters of every prefix key: a cheap gate for long
    /// lines.
    prefix_heads: FastSet<String>,
    /// Prefix keys shorter than the head (`©`): a line's three-char head
    /// cannot equal theirs.
    short_prefixes: Vec<String>,
    contains: AhoCorasick,
    contains_kinds: Vec<BoilerplateKind>,
    rubrics: FastMap<String, RubricKind>,
    /// Languages' own names, keyed.
    languages: FastSet<String>,
}

fn lexicon() -> &'static Lexicon {
    static LEX: OnceLock<Lexicon> = OnceLock::new();
    LEX.get_or_init(|| {
        let raw_key = |p: &str| {
            let mut s = String::new();
            key_into(p, false, &mut s);
            s
        };
        let prefix_keys: Vec<String> = PREFIXES.iter().map(|&(p, _)| raw_key(p)).collect();
        let contains_keys: Vec<String> = CONTAINS
            .iter()
            .map(|&(p, _)| p)
            .chain(SUMMARY_NOTES.iter().copied())
            .map(raw_key)
            .collect();
        Lexicon {
            headings: Phrases::new(
                HEADINGS
                    .iter()
                    .map(|&(h, k)| (key(h), k))
                    .chain(
                        DONATE_BUTTONS
                            .iter()
                            .map(|&b| (key(b), BoilerplateKind::Advertisement)),
                    )
                    .chain(
                        LANGUAGE_NAMES
                            .iter()
                            .map(|&l| (key(l), BoilerplateKind::Navigation)),
                    ),
            ),
            prefixes: AhoCorasick::builder()
                .match_kind(MatchKind::LeftmostLongest)
                .start_kind(StartKind::Anchored)
                .build(&prefix_keys)
                .expect("prefix table builds"),
            prefix_heads: prefix_keys.iter().map(|p| head(p).to_owned()).collect(),
            short_prefixes: prefix_keys
                .iter()
                .filter(|p| p.chars().count() < HEAD_CHARS)
                .cloned()
                .collect(),
            prefix_kinds: PREFIXES.iter().map(|&(_, k)| k).collect(),
            // A DFA, named: past a hundred patterns the crate's automatic
            // choice turns to an NFA, whose searches here cost 2.7% more
            // of the whole held-out corpus's parse.
            contains: AhoCorasick::builder()
                .match_kind(MatchKind::LeftmostFirst)
                .kind(Some(AhoCorasickKind::DFA))
                .build(&contains_keys)
                .expect("contains table builds"),
            contains_kinds: CONTAINS
                .iter()
                .map(|&(_, k)| k)
                .chain(SUMMARY_NOTES.iter().map(|_| BoilerplateKind::Standfirst))
                .collect(),
            rubrics: RUBRICS.iter().map(|&(r, k)| (key(r), k)).collect(),
            languages: LANGUAGE_NAMES.iter().map(|n| key(n)).collect(),
        }
    })
}

/// Closes a summary box with the note on who wrote it (`AI-generated
/// summary, reviewed by ...`): [`SUMMARY_NOTES`], found in the line
/// whatever its length.
pub(crate) fn is_summary_note(text: &str) -> bool {
    // One automaton pass over the line as written (ASCII case aside): no
    // key is built, as this is asked of the lines under every summary
    // heading.
    static NOTES: OnceLock<AhoCorasick> = OnceLock::new();
    NOTES
        .get_or_init(|| {
            AhoCorasick::builder()
                .ascii_case_insensitive(true)
                .build(SUMMARY_NOTES)
                .expect("summary notes build")
        })
        .is_match(text)
}

/// Classifies every line.
pub(crate) fn classify<'a>(lines: Lines<'a>, registry: &SourceRegistry) -> Vec<Classified<'a>> {
    let mut buf = String::new();
    let mut word = String::new();
    let mut out: Vec<Classified<'a>> = Vec::with_capacity(lines.estimate());
    out.extend(lines.map(|line| Classified {
        line,
        kind: kind_of(line.text, registry, &mut buf, &mut word),
    }));
    year_over_date(&mut out, registry);
    record_header(&mut out);
    year_from_address(&mut out, registry);
    print_headers(&mut out);
    captions_under_credits(&mut out);
    wrapped_paragraphs(&mut out);
    image_captions(&mut out);
    out
}

/// Widest line, in columns, of a page a text browser wrapped (`lynx
/// -dump` and `w3m -dump` break lines at 80 columns unless told
/// otherwise).
const MAX_WRAP_COLUMNS: usize = 100;
/// Narrowest such page.
const MIN_WRAP_COLUMNS: usize = 40;
/// How near the widest line a line the browser broke comes, in columns.
const WRAP_SLACK: usize = 12;
/// Fewest lines broken mid-sentence near the margin, each continued on
/// the next line, on a wrapped page.
const MIN_BROKEN_LINES: usize = 3;
/// Columns a wrapped line may fall short of the page's widest line by
/// its indentation (a text browser indents body text, not headings).
const INDENT_SLACK: usize = 4;

/// How wide a text line is, as a text browser measured it to wrap it:
/// in terminal columns (a wide East Asian char takes two, as w3m counts),
/// except for a line mostly of wide chars, which lynx wraps by its count
/// of chars.
fn columns(t: &TextInfo) -> usize {
    if 2 * t.wide() >= t.chars() {
        t.chars()
    } else {
        t.chars() + t.wide()
    }
}

/// A page a text browser wrapped at a fixed width prints each paragraph
/// over several lines, none of which reads as a paragraph alone (a
/// sentence's middle, no closing mark). The lines of one paragraph run
/// without a blank line between them, each filled until the next word
/// would not fit; each such line gets its paragraph's features (length,
/// closing mark), so the layout weighs the paragraph, and every line of it
/// is placed as a body line.
///
/// A page is read as wrapped when no text line is wider than a browser's
/// width (it is left alone at its first wider line), and several lines
/// end near the margin in the middle of a sentence: a page of short
/// paragraphs, each closing its sentence, is not.
fn wrapped_paragraphs(lines: &mut [Classified<'_>]) {
    let mut widest = 0;
    for c in lines.iter() {
        if let Kind::Text(t) = &c.kind {
            let width = columns(t);
            // Reference lists print their addresses whole (searched for
            // only on the few lines that would widen the page).
            if width > widest && !c.line.text.contains("://") {
                if width > MAX_WRAP_COLUMNS {
                    return;
                }
                widest = width;
            }
        }
    }
    if widest < MIN_WRAP_COLUMNS {
        return;
    }
    let continues = |a: &Classified<'_>, b: &Classified<'_>| {
        let (Kind::Text(ta), Kind::Text(_)) = (&a.kind, &b.kind) else {
            return false;
        };
        let next = b.line.text;
        // A list item or a link list's next link starts anew, however
        // full the line above.
        if strip_bullet(next).len() < next.len() || strip_link_number(next).len() < next.len() {
            return false;
        }
        let word = next.split_whitespace().next().unwrap_or(next);
        // Han text has no spaces: a wrapped line starts mid-word, and the
        // next char would not have fitted.
        let word_columns = if count_wide(word) > 0 {
            1
        } else {
            count_chars(word)
        };
        2 * columns(ta) >= widest && columns(ta) + 1 + word_columns + INDENT_SLACK > widest
    };
    let broken = lines
        .windows(2)
        .filter(|w| {
            matches!(&w[0].kind, Kind::Text(t) if !t.sentence_end && columns(t) + WRAP_SLACK >= widest)
                && continues(&w[0], &w[1])
        })
        .count();
    if broken < MIN_BROKEN_LINES {
        return;
    }
    let mut i = 0;
    while i < lines.len() {
        let mut j = i;
        while j + 1 < lines.len() && continues(&lines[j], &lines[j + 1]) {
            j += 1;
        }
        if j > i {
            let (mut chars, mut wide) = (0usize, 0usize);
            let mut sentence_end = false;
            for c in &lines[i..=j] {
                if let Kind::Text(t) = &c.kind {
                    chars += t.chars();
                    wide += t.wide();
                    sentence_end = t.sentence_end;
                }
            }
            for (k, c) in lines[i..=j].iter_mut().enumerate() {
                if let Kind::Text(t) = &mut c.kind {
                    t.chars = u16::try_from(chars).unwrap_or(u16::MAX);
                    t.wide = u16::try_from(wide).unwrap_or(u16::MAX);
                    t.sentence_end = sentence_end;
                    t.continued = k > 0;
                }
            }
        }
        i = j + 1;
    }
}

/// A web archive record's header (`WARC/1.0`, then `Name: value` fields
/// up to the first blank line) above the page text of a WET record: its
/// lines are set aside whatever they look like (`WARC-Date` holds the
/// crawl time, `WARC-Record-ID` no title).
fn record_header(lines: &mut [Classified<'_>]) {
    let Some(first) = lines.iter().position(|c| !matches!(c.kind, Kind::Blank)) else {
        return;
    };
    if !is_record_version(lines[first].line.text) {
        return;
    }
    for c in &mut lines[first..] {
        if matches!(c.kind, Kind::Blank) {
            break;
        }
        c.kind = Kind::Boilerplate(BoilerplateKind::RecordHeader);
    }
}

/// A text browser's image placeholder alone on its line (`[IMG]`,
/// `[24][IMG]`, `[13][写真]`), then the photo's caption right below it: a
/// short line that closes no sentence.
fn image_captions(lines: &mut [Classified<'_>]) {
    // The nearest line above that is not blank: a text browser puts a
    // blank line between the placeholder and its caption.
    let mut above_at = None;
    for i in 0..lines.len() {
        if matches!(lines[i].kind, Kind::Blank) {
            continue;
        }
        let Some(a) = above_at.replace(i) else {
            continue;
        };
        let above = lines[a].line.text.trim_end();
        // The placeholder closes with its bracket: a byte test first.
        let placeholder = above.ends_with(']') && {
            let bare = strip_link_number(above);
            IMAGE_MARKERS.iter().any(|m| bare.eq_ignore_ascii_case(m))
        };
        if placeholder
            && matches!(&lines[i].kind, Kind::Text(t) if !t.sentence_end && t.chars() <= IMAGE_CAPTION_CHARS)
        {
            lines[i].kind = Kind::Boilerplate(BoilerplateKind::Caption);
        }
        // A caption that is a sentence, with the photo's credit under it
        // (`[Imagen]` / `El helicóptero ... Imagen de archivo.` /
        // `EFE/Javier Blasco`).
        if placeholder
            && matches!(&lines[i].kind, Kind::Text(t) if t.chars() <= IMAGE_CAPTION_CHARS)
        {
            let credit_below = lines.get(i + 1).is_some_and(|c| {
                !matches!(c.kind, Kind::Blank)
                    && (is_slash_credit(c.line.text)
                        || super::layout::is_labelled_credit_text(strip_link_number(c.line.text))
                        || is_photographer_name(c.line.text))
            });
            if credit_below {
                lines[i].kind = Kind::Boilerplate(BoilerplateKind::Caption);
                lines[i + 1].kind = Kind::Boilerplate(BoilerplateKind::Caption);
            }
        }
        // The photo's credit first, then its caption, a sentence
        // (`[image]` / `Credit: KARE 11` / `Residents line up ...`): the
        // credit tells it from the body.
        if placeholder
            && super::layout::is_labelled_credit_text(strip_link_number(lines[i].line.text))
        {
            if let Some(next) = lines[i + 1..]
                .iter_mut()
                .find(|c| !matches!(c.kind, Kind::Blank))
            {
                if matches!(&next.kind, Kind::Text(t) if t.chars() <= IMAGE_CAPTION_CHARS) {
                    next.kind = Kind::Boilerplate(BoilerplateKind::Caption);
                }
            }
        }
    }
}

/// Longest caption read under its photo credit, in chars.
const CREDITED_CAPTION_CHARS: usize = 200;

/// A photo's credit printed over its caption (`Photo courtoisie, Ville de
/// Laval` / `Une des chenillettes ... en octobre.`), then the writer's name
/// or the date line: the sentence between them is the caption. Under a
/// credit inside the body, body text follows the sentence instead.
fn captions_under_credits(lines: &mut [Classified<'_>]) {
    let is_credit = |c: &Classified<'_>| {
        matches!(c.kind, Kind::Boilerplate(BoilerplateKind::Caption))
            && super::layout::is_labelled_credit_text(strip_link_number(c.line.text))
    };
    let next_filled = |lines: &[Classified<'_>], from: usize| {
        (from..lines.len()).find(|&k| !matches!(lines[k].kind, Kind::Blank))
    };
    for credit in 0..lines.len() {
        // Most lines are no caption's credit: the test comes first.
        if !is_credit(&lines[credit]) {
            continue;
        }
        let Some(caption) = next_filled(lines, credit + 1) else {
            return;
        };
        let Some(after) = next_filled(lines, caption + 1) else {
            return;
        };
        // A caption is a sentence; a name under the credit is the writer.
        let short_caption = matches!(&lines[caption].kind,
            Kind::Text(t) if t.sentence_end && t.chars() <= CREDITED_CAPTION_CHARS);
        let header_below = match &lines[after].kind {
            Kind::Byline(_) => true,
            Kind::Text(t) => t.chars() <= 40 && !t.sentence_end,
            _ => false,
        };
        if short_caption && header_below {
            lines[caption].kind = Kind::Boilerplate(BoilerplateKind::Caption);
        }
    }
}

/// A photographer and an agency parted by a slash, alone on a line
/// (`Jenna Ortiz/AP`, `EFE/Javier Blasco`).
pub(crate) fn is_slash_credit(text: &str) -> bool {
    if text.len() > 64 {
        return false;
    }
    let Some((name, agency)) = text.rsplit_once('/') else {
        return false;
    };
    let words =
        |s: &str, n: std::ops::RangeInclusive<usize>| n.contains(&s.split_whitespace().count());
    words(name, 1..=4)
        && words(agency, 1..=3)
        && !text.contains(|c: char| c.is_ascii_digit() || matches!(c, ',' | ':' | '،'))
        && !text.contains(". ")
}

/// A photographer's bare name in title case (`Ekaitz Larrea`), as the
/// credit under an image's caption.
fn is_photographer_name(text: &str) -> bool {
    super::layout::is_bare_name(text)
        && text
            .split_whitespace()
            .all(|w| w.starts_with(char::is_uppercase))
}

/// Longest line read as the caption under an image placeholder, in chars.
const IMAGE_CAPTION_CHARS: usize = 160;

/// `WARC/1.0`, `WARC/1.1`: the first line of a web archive record.
fn is_record_version(text: &str) -> bool {
    text.strip_prefix("WARC/")
        .and_then(|v| v.split_once('.'))
        .is_some_and(|(major, minor)| {
            (1..=2).contains(&major.len())
                && (1..=2).contains(&minor.len())
                && major
                    .bytes()
                    .chain(minor.bytes())
                    .all(|b| b.is_ascii_digit())
        })
}

/// The crawl time a web archive record's header gives (`WARC-Date:
/// 2024-02-07T04:12:38Z`), if the page opens with one.
pub(crate) fn record_time(lines: &[Classified<'_>]) -> Option<DateTime<FixedOffset>> {
    lines
        .iter()
        .take_while(|c| {
            matches!(
                c.kind,
                Kind::Blank | Kind::Boilerplate(BoilerplateKind::RecordHeader)
            )
        })
        .find_map(|c| record_field(c.line.text, "WARC-Date"))
        .and_then(|v| DateTime::parse_from_rfc3339(v).ok())
}

/// The value of field `name` (`WARC-Date`, `WARC-Target-URI`) in a record
/// header line, if the line is that field.
pub(crate) fn record_field<'a>(text: &'a str, name: &str) -> Option<&'a str> {
    let (key, value) = text.split_once(':')?;
    key.trim().eq_ignore_ascii_case(name).then(|| value.trim())
}

/// A year alone on a line, and the month, day and time on the next
/// (`2024` over `05/22 10:15:37`, as news.cn prints its date): the second
/// line is the date line, read in that year.
fn year_over_date(lines: &mut [Classified<'_>], registry: &SourceRegistry) {
    for i in 1..lines.len() {
        let year_line = lines[i - 1].line.text;
        if year_line.len() != 4 {
            continue;
        }
        // A sign parses too (`+202`), but gives no year in range.
        let Some(year) = year_line
            .parse::<i32>()
            .ok()
            .filter(|y| (1990..=2100).contains(y))
        else {
            continue;
        };
        let text = lines[i].line.text;
        if !matches!(lines[i].kind, Kind::Text(_) | Kind::Boilerplate(_)) {
            continue;
        }
        let Some(m) = date::month_day_time(text, year) else {
            continue;
        };
        if let Some(mut info) = byline::read(text, Ok(m), m.span, registry) {
            info.scan = Some(Box::new(date::Scan::single(m)));
            lines[i].kind = Kind::Byline(Box::new(info));
        }
    }
}

/// A printed page's header repeated at every page break (`13/03/2024,
/// 09:41 Headline | Site`, the browser's print date and the page's
/// title): each copy of the dump's first line further down is furniture.
fn print_headers(lines: &mut [Classified<'_>]) {
    let Some(first) = lines.iter().position(|c| !matches!(c.kind, Kind::Blank)) else {
        return;
    };
    let head = lines[first].line.text.trim_start_matches('\u{FEFF}');
    // The print date opens it (a page's title alone, repeated as its
    // headline, is no header).
    if !head.starts_with(|c: char| c.is_ascii_digit()) {
        return;
    }
    for c in &mut lines[first + 1..] {
        if c.line.text.len() == head.len() && c.line.text == head && matches!(c.kind, Kind::Text(_))
        {
            c.kind = Kind::Boilerplate(BoilerplateKind::Other);
        }
    }
}

/// Lines at the top of a dump searched for the page's own address.
const ADDRESS_LINES: usize = 16;

/// Longest line read as a date stamp without a year, in bytes.
const YEARLESS_STAMP_BYTES: usize = 64;

/// A date stamp without a year (`3 октября, 11:47`) on a page whose own
/// address, printed at the top (a reader view's or print view's URL line,
/// a crawl record's `WARC-Target-URI`), has the same month and day in its
/// path (`/2024/10/03/`): the stamp is the date line, in the address's
/// year. The first such stamp is taken; the address alone dates nothing.
fn year_from_address(lines: &mut [Classified<'_>], registry: &SourceRegistry) {
    // Both are furniture by now: only those lines are read.
    let Some(day) = lines.iter().take(ADDRESS_LINES).find_map(|c| {
        let text = c.line.text;
        match c.kind {
            Kind::Boilerplate(BoilerplateKind::RecordHeader) => {
                record_field(text, "WARC-Target-URI")
            }
            Kind::Boilerplate(_) => url_line(text),
            _ => None,
        }
        .and_then(date_in_address)
    }) else {
        return;
    };
    use chrono::Datelike;
    for c in lines.iter_mut() {
        let text = c.line.text;
        if !matches!(c.kind, Kind::Text(_))
            || text.len() > YEARLESS_STAMP_BYTES
            || !date::may_hold_date(text)
        {
            continue;
        }
        let scan = date::scan_all(text);
        let Some(mut m) = scan
            .dates()
            .find(|m| m.yearless && m.date.month() == day.month() && m.date.day() == day.day())
            .copied()
        else {
            continue;
        };
        m.date = day;
        m.yearless = false;
        if let Some(mut info) = byline::read(text, Ok(m), m.span, registry) {
            info.scan = Some(Box::new(date::Scan::single(m)));
            c.kind = Kind::Byline(Box::new(info));
            return;
        }
    }
}

/// The date in a web address's path: `/2024/10/03/`, `/2024-10-03`,
/// `/20241003/` (a year from 1990 to 2100, a real month and day).
fn date_in_address(url: &str) -> Option<chrono::NaiveDate> {
    let b = url.as_bytes();
    let num = |s: &[u8]| -> Option<u32> {
        s.iter()
            .all(u8::is_ascii_digit)
            .then(|| s.iter().fold(0, |n, &d| n * 10 + u32::from(d - b'0')))
    };
    // Each slash may open the date; the byte after it ends the match.
    let ends = |at: usize| b.get(at).map_or(true, |c| !c.is_ascii_digit());
    memchr::memchr_iter(b'/', b).find_map(|i| {
        let p = &b[i + 1..];
        let dashed = p.len() >= 10 && matches!((p[4], p[7]), (b'/', b'/') | (b'-', b'-'));
        let (y, m, d, end) = if dashed {
            (num(&p[..4])?, num(&p[5..7])?, num(&p[8..10])?, i + 11)
        } else if p.len() >= 8 {
            (num(&p[..4])?, num(&p[4..6])?, num(&p[6..8])?, i + 9)
        } else {
            return None;
        };
        let year = i32::try_from(y)
            .ok()
            .filter(|y| (1990..=2100).contains(y))?;
        ends(end)
            .then(|| chrono::NaiveDate::from_ymd_opt(year, m, d))
            .flatten()
    })
}

/// The kind of one trimmed line; `buf` is scratch space for its key, and
/// `word` for its words' keys.
pub(crate) fn kind_of<'a>(
    text: &'a str,
    registry: &SourceRegistry,
    buf: &mut String,
    word: &mut String,
) -> Kind<'a> {
    if text.is_empty() {
        return Kind::Blank;
    }
    // Lexicon entries are compared without a text browser's link number.
    let listed = strip_link_number(text);
    // Whether the line's last word closes a share row, once it is known:
    // both widget tests below ask, and it costs a key.
    let mut last_closes = None;
    // A counter line that may hold a date: a counter unless it reads as
    // a byline.
    let mut counter = false;
    // A linked image with its text (`[14][IMG] Des bacs bruns ...`): a
    // caption, whatever it says.
    if is_image_marker(listed) {
        return Kind::Boilerplate(BoilerplateKind::Caption);
    }
    if is_arrow_link(listed) {
        return Kind::Boilerplate(BoilerplateKind::Related);
    }
    if text.len() <= MAX_KEYED_BYTES {
        key_into(listed, false, buf);
        if let Some(share) = share::read(buf) {
            return Kind::Share(Box::new(share));
        }
        // A widget row of links, each numbered (`[16]Facebook [17]X`).
        if listed.contains('[') {
            let (unlinked, links) = without_link_numbers(listed);
            if let Some(share) = share::read(&key(&unlinked)) {
                return Kind::Share(Box::new(share));
            }
            // A row of links and little else (`[22]Львів [23]реабілітація
            // [24]протезування`): tags or a menu, however it is spaced.
            let words = unlinked.split_whitespace().count();
            // The line's leading link, stripped above, counts too.
            let links = links + usize::from(listed.len() < text.len());
            if links >= 3 && 2 * links >= words && !unlinked.trim_end().ends_with(['.', '!', '?']) {
                return Kind::Boilerplate(BoilerplateKind::Navigation);
            }
        }
        if let Some(kind) = furniture(listed, buf) {
            // Counts after the story's date (`24 أكتوبر 2016 0 تعليق 1,284
            // مشاهدة`) make a byline, if the date reads.
            if kind == BoilerplateKind::Counter && date::may_hold_date(text) {
                counter = true;
            } else {
                return Kind::Boilerplate(kind);
            }
        }
        if is_location_label(listed) {
            return Kind::Boilerplate(BoilerplateKind::Other);
        }
        // A newsletter box's heading names it (`Der Magdeburg-Newsletter`,
        // `The Morning Briefing newsletter`).
        if buf.ends_with("newsletter") && buf.split(' ').count() <= 4 {
            return Kind::Boilerplate(BoilerplateKind::Newsletter);
        }
        // A widget row after an app's or site's name (`时刻新闻 打开APP
        // 分享到： 微信 微博 ...`), once the lexicon has had its say
        // (`Follow us on Twitter` is a follow box).
        let closes = share::last_word_closes(listed, word);
        if listed.len() == text.len() {
            last_closes = Some(closes);
        }
        if let Some(share) = closes
            .then(|| share::widget_start(listed, 0, word))
            .flatten()
            .filter(|&at| at > 0 && at <= WIDGET_PREFIX_BYTES)
            .and_then(|at| share::read_counted(&listed[at..]))
            .filter(|w| !w.platforms.is_empty())
        {
            return Kind::Share(Box::new(share));
        }
    } else {
        // A widget row of numbered links in a script of two bytes a char
        // (`[15]اشتراک‌گذاری در فیسبوک [16]...`) outgrows the keyed lines.
        if text.len() <= 2 * MAX_KEYED_BYTES && text.starts_with('[') {
            let (unlinked, _) = without_link_numbers(listed);
            if let Some(share) = share::read(&key(&unlinked)) {
                return Kind::Share(Box::new(share));
            }
        }
        // Key the first few characters, and the first PREFIX_BYTES only
        // when they can start a line-start entry: body paragraphs are the
        // bulk of the input and almost never can.
        // The cut often ends on a space, which the key drops anyway;
        // dropping it first keeps the key on its copy-only path.
        let listed = strip_bullet(listed);
        let opening = listed[..language::floor_char_boundary(listed, 16)].trim_end_matches(' ');
        key_into(opening, false, buf);
        let lex = lexicon();
        if lex.prefix_heads.contains(head(buf))
            || lex
                .short_prefixes
                .iter()
                .any(|p| buf.starts_with(p.as_str()))
        {
            key_into(
                &listed[..language::floor_char_boundary(listed, PREFIX_BYTES)],
                false,
                buf,
            );
            if let Some(kind) = prefix(lexicon(), buf) {
                return Kind::Boilerplate(kind);
            }
        }
        // An opinion piece's closing note on its author or views, too long
        // for the short-line table (`The author is a commentator with
        // ... The views expressed in this article are the author's own
        // ...`).
        if text.len() <= AUTHOR_NOTE_BYTES && is_author_note(listed) {
            return Kind::Boilerplate(BoilerplateKind::Credit);
        }
        // A long copyright notice (`Copyright NHK (...) All rights
        // reserved. 許可なく転載...`): the opening word and the reservation
        // near it, as a sentence about copyright would not have both.
        if buf.starts_with("copyright") {
            let near = &listed[..language::floor_char_boundary(listed, COPYRIGHT_REACH)];
            if near.to_ascii_lowercase().contains("all rights reserved") {
                return Kind::Boilerplate(BoilerplateKind::Copyright);
            }
        }
    }
    // A bare address, or a text browser's numbered reference under
    // `References` (`16. https://.../news/2024/10/09/7478512/`): the date
    // in its path is no byline.
    // A known outlet's address credits it (the site's own links name the
    // publisher).
    if let Some(url) = url_line(text) {
        return Kind::Boilerplate(if registry.by_domain(url).is_some() {
            BoilerplateKind::Credit
        } else {
            BoilerplateKind::Other
        });
    }
    // The signature of a post embedded from a social network (`— Name
    // (@handle) February 18, 2025`) dates the post, not the article.
    if is_post_signature(text) || is_feed_footer(text) {
        return Kind::Boilerplate(BoilerplateKind::Other);
    }
    // A caption whose description carries a date (`... صيدا، 12 يناير 2024
    // (محمود الزيات/فرانس برس)`) is no byline: its photographer and agency
    // close it.
    let may_date = text.len() <= MAX_BYLINE_BYTES && date::may_hold_date(text);
    if may_date && has_photographer_credit(text) {
        return Kind::Boilerplate(BoilerplateKind::Caption);
    }
    if may_date {
        let all = date::scan_all(text);
        let found = match date::summarize(text, &all) {
            DateScan::Found(m) => Some((Ok(m), m.span)),
            DateScan::Invalid(bad) => text
                .find(&bad)
                .map(|at| (Err(bad.clone()), (at, at + bad.len()))),
            DateScan::None => None,
        };
        // A series title carries its date (`Hourly News 2013-08-09`); it
        // is a headline, not a byline. Asked only of a line with a date.
        let found = found
            .filter(|_| !(text.len() <= MAX_KEYED_BYTES && super::layout::is_bulletin_title(text)));
        if let Some((date, span)) = found {
            if let Some(mut info) = byline::read(text, date, span, registry) {
                info.scan = Some(Box::new(all));
                return Kind::Byline(Box::new(info));
            }
        }
    }
    if counter {
        return Kind::Boilerplate(BoilerplateKind::Counter);
    }
    if text.len() <= MAX_KEYED_BYTES {
        if let Some(kind) = credit(buf) {
            return Kind::Boilerplate(kind);
        }
        // A line holding only an outlet's name (`CRI`, `CGTN` under the
        // title) credits the source.
        if text.len() <= 40 && registry.by_token(text).is_some() {
            return Kind::Boilerplate(BoilerplateKind::Credit);
        }
        // A site's name written as its domain (`Lefaso.net`), as sites
        // sign their own stories.
        if is_domain_name(text) || is_outlet_writer_label(text) {
            return Kind::Boilerplate(BoilerplateKind::Credit);
        }
        // The outlet and the city it reports from (`سبق- الرياض`).
        if text.len() <= OUTLET_CITY_BYTES && outlet_city(text, registry) {
            return Kind::Boilerplate(BoilerplateKind::Credit);
        }
        if is_beat_line(text) {
            return Kind::Boilerplate(BoilerplateKind::Credit);
        }
    }
    // Hangul syllables have lead bytes EA to ED: a byte test first.
    if matches!(text.as_bytes()[0], 0xEA..=0xED) && is_korean_reporter_bio(text) {
        return Kind::Boilerplate(BoilerplateKind::Credit);
    }
    // `공` ends in B5: a byte test first.
    if text.as_bytes().last() == Some(&0xB5) && is_korean_courtesy_caption(text) {
        return Kind::Boilerplate(BoilerplateKind::Caption);
    }
    if text.len() <= UPDATE_STAMP_BYTES && is_update_stamp(text) {
        return Kind::Boilerplate(BoilerplateKind::Other);
    }
    if text.len() <= READING_TIME_BYTES && is_reading_time(text) {
        return Kind::Boilerplate(BoilerplateKind::Other);
    }
    if text.len() <= GALLERY_CAPTION_BYTES && is_poll_option(text) {
        return Kind::Boilerplate(BoilerplateKind::Poll);
    }
    if text.len() <= COPYRIGHT_BYTES && is_copyright_line(text) {
        return Kind::Boilerplate(BoilerplateKind::Copyright);
    }
    if text.len() <= GALLERY_CAPTION_BYTES && is_numbered_caption(text) {
        return Kind::Boilerplate(BoilerplateKind::Caption);
    }
    if text.len() <= ERROR_REPORT_BYTES && is_error_report(text) {
        return Kind::Boilerplate(BoilerplateKind::Other);
    }
    if is_photo_caption(text) {
        return Kind::Boilerplate(BoilerplateKind::Caption);
    }
    if text.len() >= SHORT_FLAT_MENU_BYTES && is_flat_menu(text) {
        return Kind::Boilerplate(BoilerplateKind::Navigation);
    }
    if text.len() >= HEADED_LIST_BYTES {
        if let Some(kind) = heading_with_items(text, buf) {
            return Kind::Boilerplate(kind);
        }
    }
    Kind::Text(text_info(text, buf, last_closes))
}

/// Longest line read as an arrow-marked link, in bytes.
const ARROW_LINK_BYTES: usize = 240;

/// A link to another story set inside the body behind an arrow (`►台南
/// 夏季水果節登場　芒果冰限定推出`, `▶ Council to vote on ...`): a headline,
/// so it does not end like a sentence.
fn is_arrow_link(text: &str) -> bool {
    // The arrows' lead bytes (E2 96 BA, E2 96 B6, E2 9E A4) first.
    text.len() <= ARROW_LINK_BYTES
        && text.as_bytes().first() == Some(&0xE2)
        && text.starts_with(['►', '▶', '➤'])
        && !text
            .trim_end()
            .ends_with(['.', '。', '!', '?', '！', '？', '؟', ':', '：'])
}

/// Longest line read as a Korean reporter's bio, in bytes.
const KOREAN_BIO_BYTES: usize = 300;

/// A Korean reporter's bio under the byline box (`사회부 인천 주재
/// 기자입니다. 교통과 지역 행정을 취재합니다.`, "I am the desk's reporter
/// in Incheon"): a short line opening in Hangul that says `기자입니다`.
#[cold]
#[inline(never)]
fn is_korean_reporter_bio(text: &str) -> bool {
    text.len() <= KOREAN_BIO_BYTES
        && memchr::memmem::find(text.as_bytes(), "기자입니다".as_bytes()).is_some()
}

/// Longest line read as a Korean caption with its courtesy credit, in
/// bytes.
const KOREAN_CAPTION_BYTES: usize = 300;

/// A Korean photo caption closing with whose picture it is: a sentence,
/// then `<source> 제공` ("provided by"): `하천변 바위 위에 남은 수달
/// 발자국. 신천수달관찰단 제공`.
#[cold]
#[inline(never)]
fn is_korean_courtesy_caption(text: &str) -> bool {
    text.len() <= KOREAN_CAPTION_BYTES
        && text.ends_with(" 제공")
        && text
            .rsplit_once(". ")
            .is_some_and(|(_, credit)| credit.split_whitespace().count() <= 4)
}

/// A reporter's beat line closing a story (`Danielle Ferrante covers
/// transportation in Maryland for The Washington Post.`): a name of two
/// or three capitalized words, `covers` or `writes about`, and `for` the
/// outlet, in one sentence.
fn is_beat_line(text: &str) -> bool {
    // Opinion pages put the note in brackets (`(Name is a Pune-based
    // writer ...)`).
    let text = match text.strip_prefix('(').and_then(|t| t.strip_suffix(')')) {
        Some(inner) => inner,
        None => text,
    };
    if !text.ends_with('.') || !text.starts_with(char::is_uppercase) {
        return false;
    }
    // The verb after two or three capitalized words.
    let mut words = text.split(' ');
    let mut capitalized = 0;
    let verb = loop {
        match words.next() {
            Some(w) if w.len() >= 2 && w.starts_with(char::is_uppercase) => {
                capitalized += 1;
                if capitalized > 3 {
                    return false;
                }
            }
            Some(w) => break w,
            None => return false,
        }
    };
    // `... is a reporter for Kāpiti News, covering ...`.
    let role = || {
        [
            "reporter",
            "journalist",
            "correspondent",
            "columnist",
            "writer",
            "commentator",
        ]
        .iter()
        .any(|r| text.contains(r))
    };
    (2..=3).contains(&capitalized)
        && ((matches!(verb, "covers" | "writes" | "reports") && text.contains(" for "))
            || (verb == "is" && role()))
        && !text[..text.len() - 1].contains(". ")
}

/// Longest line read as an author's or views note, in bytes.
const AUTHOR_NOTE_BYTES: usize = 512;

/// A note closing an opinion piece, told by its opening (`The author is
/// ...`, `The views expressed ...`, `Disclaimer: ...`), ASCII case
/// ignored. The letter after an optional `The ` picks the one opening to
/// compare, so a paragraph costs a few byte tests.
fn is_author_note(text: &str) -> bool {
    let rest = match text.as_bytes().get(..4) {
        Some(the) if the.eq_ignore_ascii_case(b"the ") => &text[4..],
        _ => text,
    };
    let opening = match rest.as_bytes().first().map(u8::to_ascii_lowercase) {
        Some(b'a') => "author is ",
        Some(b'w') => "writer is ",
        Some(b'v') => "views expressed ",
        Some(b'o') => "opinions expressed ",
        Some(b'd') => "disclaimer:",
        _ => return false,
    };
    rest.get(..opening.len())
        .is_some_and(|head| head.eq_ignore_ascii_case(opening))
}

/// `text` without the link number a text browser's dump puts before a
/// link (`[42]Comments have to be ...`, as `lynx -dump` prints it).
#[inline]
pub(crate) fn strip_link_number(text: &str) -> &str {
    // A list bullet may come first (`* [15]Click to share ...`).
    let text = match text.as_bytes() {
        [b'*' | b'+' | b'-', b' ', b'[', ..] => &text[2..],
        _ => text,
    };
    let b = text.as_bytes();
    if b.first() != Some(&b'[') {
        return text;
    }
    let digits = b[1..].iter().take_while(|c| c.is_ascii_digit()).count();
    if (1..=5).contains(&digits) && b.get(1 + digits) == Some(&b']') && b.len() > digits + 2 {
        text[digits + 2..].trim_start()
    } else {
        text
    }
}

/// Bytes at the end of a line searched for a photographer's credit
/// (`... © Pierre-Yves Thienpont.`, `... | Luisma Murias`).
const CREDIT_TAIL_BYTES: usize = 64;

/// A sentence, then `sep` and a name of `words` words (letters, spaces,
/// hyphens, slashes, apostrophes, a closing full stop) at the end of
/// `text`. Only the line's last [`CREDIT_TAIL_BYTES`] are searched, after
/// a byte test for the separator's first non-space byte: most lines hold
/// no credit.
fn credit_after<'t>(
    text: &'t str,
    sep: &str,
    words: std::ops::RangeInclusive<usize>,
) -> Option<&'t str> {
    let tail_at = language::floor_char_boundary(text, text.len().saturating_sub(CREDIT_TAIL_BYTES));
    let tail = &text[tail_at..];
    if !tail.as_bytes().contains(&sep.as_bytes()[1]) {
        return None;
    }
    let at = tail.rfind(sep)?;
    let before = &text[..tail_at + at];
    let name = tail[at + sep.len()..].trim_end_matches('.');
    (before.trim_end().ends_with('.')
        && words.contains(&name.split_whitespace().count())
        && name
            .chars()
            .all(|c| crate::parse::input::is_letter(c) || matches!(c, ' ' | '-' | '/' | '\'')))
    .then_some(name)
}

/// Longest line read as a live update's stamp, in bytes.
const UPDATE_STAMP_BYTES: usize = 32;

/// A live report's update stamp alone on its line (`Updated 14:05`,
/// `Mis à jour 9:30`, `تحديث 14:05`): an update label, then a clock.
fn is_update_stamp(text: &str) -> bool {
    const LABELS: &[&str] = &[
        "updated",
        "update",
        "mis à jour",
        "actualizado",
        "aktualisiert",
        "aggiornato",
        "atualizado",
        "обновлено",
        "تحديث",
    ];
    let lower = crate::lexicon::lowercase(text);
    let Some(rest) = LABELS.iter().find_map(|l| lower.strip_prefix(l)) else {
        return false;
    };
    let rest = rest.trim_start_matches([' ', ':', '-']);
    let b = rest.as_bytes();
    let hour = b.iter().take_while(|c| c.is_ascii_digit()).count();
    (1..=2).contains(&hour)
        && matches!(b.get(hour), Some(b':' | b'.' | b'h'))
        && b.get(hour + 1..hour + 3)
            .is_some_and(|m| m.iter().all(u8::is_ascii_digit))
        // A meridiem may follow (`PM`, `p. m.`).
        && rest[hour + 3..].trim().len() <= 6
}

/// Longest line read as a reading time, in bytes.
const READING_TIME_BYTES: usize = 32;

/// A reading time alone on its line (`4 mins to read`, `3 min read`,
/// `5 minutes de lecture`, `4–5 minutes`, `5–6 минут`): a count, a
/// minutes word and at most a reading phrase.
pub(crate) fn is_reading_time(text: &str) -> bool {
    const MINUTES: &[&str] = &[
        "min",
        "mins",
        "minute",
        "minutes",
        "minuto",
        "minutos",
        "minuten",
        "minuti",
        "minuter",
        "minutter",
        "минут",
        "минуты",
        "минута",
        "мин",
        "хвилин",
        "dakika",
        "دقائق",
        "دقيقة",
        "menit",
        "phút",
    ];
    const READING: &[&str] = &[
        "",
        "read",
        "to read",
        "de lecture",
        "de lectura",
        "di lettura",
        "lesezeit",
        "чтения",
        "читання",
        "okuma",
        "قراءة",
        "للقراءة",
        "baca",
        "membaca",
        "đọc",
    ];
    let Some((count, rest)) = text.split_once(' ') else {
        return false;
    };
    // One count, or a range (`4–5`, `4-5`).
    if !count
        .split(['-', '–'])
        .all(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
    {
        return false;
    }
    let rest = rest.trim_end_matches('.').to_ascii_lowercase();
    let (unit, tail) = rest.split_once(' ').unwrap_or((rest.as_str(), ""));
    // A bare `20 Minutes` may be a name (the French daily): a whole Latin
    // word for minutes needs its reading phrase or a range of counts.
    let marked = !tail.is_empty()
        || unit.starts_with("min") && unit.len() <= 4
        || count.contains(['-', '–'])
        || !unit.is_ascii();
    MINUTES.contains(&unit) && READING.contains(&tail) && marked
}

/// A poll's option with its empty check box (`( ) Sí, a diario`, `[ ]
/// Non`, `○ Oui`).
fn is_poll_option(text: &str) -> bool {
    ["( ) ", "() ", "[ ] ", "○ ", "◯ "]
        .iter()
        .any(|b| text.starts_with(b))
}

/// Longest line read as a copyright line by its `©`, in bytes.
const COPYRIGHT_BYTES: usize = 100;

/// A name, `©` and the rights holder (`Dziennik Bałtycki © Polska Press
/// Sp. z o.o.`): no sentence before the sign, a few words after it.
/// (After a sentence, `... © Name` is a photo's credit: see
/// [`credit_after`].)
fn is_copyright_line(text: &str) -> bool {
    let Some((before, after)) = text.split_once(" © ") else {
        return false;
    };
    !before.trim_end().ends_with(['.', '!', '?'])
        && before.split_whitespace().count() <= 4
        && (1..=6).contains(&after.split_whitespace().count())
}

/// Longest line read as a numbered gallery caption, in bytes.
const GALLERY_CAPTION_BYTES: usize = 120;

/// A photo gallery's caption with its number (`افتتاح المعرض (1)`,
/// `Le marché du samedi (3)`): a few words, no sentence, and a number of
/// one or two digits in brackets at the end.
fn is_numbered_caption(text: &str) -> bool {
    let Some(inner) = text.strip_suffix(')') else {
        return false;
    };
    let Some((words, number)) = inner.rsplit_once(" (") else {
        return false;
    };
    (1..=2).contains(&number.chars().count())
        && number
            .chars()
            .all(|c| super::date::token::digit(c).is_some())
        && !words.ends_with(['.', '!', '?', '؟', ':', '،', ','])
        && (2..=8).contains(&words.split_whitespace().count())
}

/// Longest line read as an error-report notice, in bytes.
const ERROR_REPORT_BYTES: usize = 400;

/// The notice under a story asking readers to report a typo with a key
/// press (`Якщо ви помітили помилку, виділіть ... і натисніть Ctrl +
/// Enter ...`, `Нашли опечатку? Выделите текст и нажмите Ctrl+Enter`), in
/// whatever language: the key names are written in Latin letters, joined
/// by a `+`.
fn is_error_report(text: &str) -> bool {
    // The `+` between the keys is rare in text: one byte search rules out
    // almost every line before the word is looked for.
    static CTRL: OnceLock<memchr::memmem::Finder<'static>> = OnceLock::new();
    if memchr::memchr(b'+', text.as_bytes()).is_none() {
        return false;
    }
    let finder = CTRL.get_or_init(|| memchr::memmem::Finder::new("Ctrl"));
    finder.find(text.as_bytes()).is_some_and(|at| {
        text[at + "Ctrl".len()..]
            .trim_start_matches([' ', '+'])
            .starts_with("Enter")
    })
}

/// Longest name before a share row on its line (`时刻新闻`), in bytes.
const WIDGET_PREFIX_BYTES: usize = 16;

/// Shortest line read as a flattened menu, in bytes: shorter ones are
/// left to the layout, which sees menus as runs of short lines.
const FLAT_MENU_BYTES: usize = 160;

/// A site's menu flattened into one long line by a crawl's text
/// extraction (`Hürriyet - Haberler ... GÜNDEM EKONOMİ DÜNYA SPOR ...`,
/// `detikJabar detikNews detikEdu ...`): a dozen words or more, no
/// sentence end, and four words in five holding a capital. Running text
/// capitalizes far fewer (German nouns included), so the line is neither
/// body text nor a headline.
fn is_flat_menu(text: &str) -> bool {
    if text.len() < FLAT_MENU_BYTES {
        // (Words of letters only, so no closing mark to test for first;
        // the first word in lowercase, in a body line, ends the walk.)
        // A shorter line is a menu only when every word is a capitalized
        // word of letters (`Just In For You Australia World Business ...`):
        // a headline in title case keeps some words small or holds a
        // number or a mark.
        let mut words = 0usize;
        for w in text.split_whitespace() {
            let mut chars = w.chars();
            let capital = chars.next().is_some_and(char::is_uppercase);
            if !(capital
                && chars.all(|c| crate::parse::input::is_letter(c) || matches!(c, '\'' | '’')))
                && w != "&"
            {
                return false;
            }
            words += 1;
        }
        // Headlines in title case are an English habit; in other scripts
        // a shorter run of capitalized words is already a menu.
        let latin = text.as_bytes().first().is_some_and(u8::is_ascii);
        return words
            >= if latin {
                FLAT_MENU_WORDS
            } else {
                SHORT_FLAT_MENU_WORDS
            };
    }
    if ends_like_text(text) {
        return false;
    }
    let (mut words, mut capped) = (0usize, 0usize);
    for w in text.split_whitespace() {
        let Some(first) = w.chars().next() else {
            continue;
        };
        if !crate::parse::input::is_letter(first) {
            continue;
        }
        words += 1;
        capped += usize::from(w.chars().any(char::is_uppercase));
    }
    words >= FLAT_MENU_WORDS && capped * 5 >= words * 4
}

/// Fewest words in a flattened menu.
const FLAT_MENU_WORDS: usize = 12;

/// Fewest words in a short flattened menu outside the Latin script.
const SHORT_FLAT_MENU_WORDS: usize = 8;

/// Shortest line read as a flattened menu of capitalized words only, in
/// bytes.
const SHORT_FLAT_MENU_BYTES: usize = 60;

/// `همشهری آنلاین - نرگس رضایی:`: the outlet, a dash and the writer's
/// name, closed by a colon, on its own line over the story (as Iranian
/// sites open theirs). Each side is one to three words of letters.
fn is_outlet_writer_label(text: &str) -> bool {
    let Some(head) = text.strip_suffix([':', '：']) else {
        return false;
    };
    let Some((outlet, name)) = head.split_once(" - ").or_else(|| head.split_once(" – ")) else {
        return false;
    };
    let short_words = |s: &str| {
        (1..=3).contains(&s.split_whitespace().count())
            && s.chars()
                .all(|c| super::input::is_letter(c) || c == ' ' || c == '\u{200C}')
    };
    text.len() <= 80 && short_words(outlet) && short_words(name)
}

/// One word in the shape of a domain name (`Lefaso.net`, `Agadir24.info`,
/// `www.example.co.uk`): labels of letters, digits and hyphens joined by
/// dots, the last one two to six letters.
pub(crate) fn is_domain_name(text: &str) -> bool {
    if text.len() > 40 || !text.contains('.') {
        return false;
    }
    let mut labels = text.split('.');
    let Some(tld) = labels.next_back() else {
        return false;
    };
    (2..=6).contains(&tld.len())
        && tld.bytes().all(|b| b.is_ascii_lowercase())
        && labels
            .all(|l| !l.is_empty() && l.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-'))
}

/// The line closes like running text (a sentence's mark or a closing
/// quote), as no menu or list of links does.
fn ends_like_text(text: &str) -> bool {
    text.trim_end()
        .ends_with(['.', '?', '!', '。', '…', '؟', '।', '۔', '"', '»', '”'])
}

/// Shortest line read as a sidebar heading glued to its items.
const HEADED_LIST_BYTES: usize = 48;

/// A sidebar box flattened into one line by a crawl's text extraction:
/// its heading, then its items (`İlgili Haberler İzmir'de dereler için
/// yeni ıslah projesi ...`, `Berita Terpopuler 1 Jadwal Lengkap ...`).
/// Only the kinds that head lists of links (related, most read, tags,
/// comments), only when three or more words follow, and never on a line
/// ending a sentence (a paragraph that opens with `Related`).
fn heading_with_items(text: &str, buf: &mut String) -> Option<BoilerplateKind> {
    if ends_like_text(text) {
        return None;
    }
    let opening = &text[..language::floor_char_boundary(text, 64)];
    // The heading opens the line: the first word's key (the key's first
    // token, as keys never join words) rules out most lines before the
    // whole opening is keyed.
    key_into(opening.split_whitespace().next()?, false, buf);
    let first = buf.split(' ').next().unwrap_or_default();
    if !first.is_empty() && !lexicon().headings.entry(first).is_some_and(|e| e.opens) {
        return None;
    }
    key_into(opening, false, buf);
    let mut phrase = String::new();
    let (kind, len) = lexicon()
        .headings
        .longest_in(buf.split(' ').filter(|t| !t.is_empty()), &mut phrase)?;
    let after = buf.split(' ').filter(|t| !t.is_empty()).skip(len).count();
    // A one-word heading also opens sentences and headlines (`Comments by
    // the minister ...`): the item after it must start with a capital or
    // a number, as a list's first item does.
    if len == 1 {
        let next = text
            .split_whitespace()
            .nth(1)
            .and_then(|w| w.chars().next());
        if !next.is_some_and(|c| c.is_uppercase() || c.is_ascii_digit()) {
            return None;
        }
    }
    (matches!(
        kind,
        BoilerplateKind::Related
            | BoilerplateKind::MostRead
            | BoilerplateKind::Tags
            | BoilerplateKind::Comments
    ) && after >= 3)
        .then_some(kind)
}

/// The web address of a line holding one and nothing else but a text
/// browser's reference number (`16. https://t.me/share/url?url=...`).
pub(crate) fn url_line(text: &str) -> Option<&str> {
    if !matches!(text.as_bytes().first(), Some(b'0'..=b'9' | b'h' | b'w')) {
        return None;
    }
    let digits = text.bytes().take_while(u8::is_ascii_digit).count();
    let rest = match text[digits..].strip_prefix('.') {
        Some(rest) if digits > 0 => rest.trim_start(),
        _ if digits > 0 => return None,
        _ => text,
    };
    // A printed page's footer puts the page count after the address
    // (`https://... 1/2`), after a space or a tab.
    let rest = match rest.rsplit_once([' ', '\t']) {
        Some((url, count)) if is_page_count(count) => url.trim_end(),
        _ => rest,
    };
    (["http://", "https://", "www."]
        .iter()
        .any(|p| rest.starts_with(p) && rest.len() > p.len())
        && !rest.contains(char::is_whitespace))
    .then_some(rest)
}

/// `1/2`, `12/30`: a printed page's number and the page count.
fn is_page_count(text: &str) -> bool {
    text.split_once('/').is_some_and(|(n, of)| {
        [n, of]
            .iter()
            .all(|d| (1..=3).contains(&d.len()) && d.bytes().all(|b| b.is_ascii_digit()))
    })
}

/// A text browser's placeholder for an image, alone or before its text
/// (`[image]`, `[Photo]`, `[foto]`), in any case.
fn is_image_marker(text: &str) -> bool {
    text.as_bytes().first() == Some(&b'[')
        && IMAGE_MARKERS.iter().any(|m| {
            text.get(..m.len())
                .is_some_and(|head| head.eq_ignore_ascii_case(m))
        })
}

/// Text browsers' image placeholders, compared in any ASCII case.
const IMAGE_MARKERS: &[&str] = &[
    "[image]",
    "[photo]",
    "[تصویر]",
    "[foto]",
    "[img]",
    "[写真]",
    "[图片]",
    "[圖片]",
    "[사진]",
    "[صورة]",
    "[imagen]",
    "[bild]",
    "[фото]",
    "[resim]",
];

/// A photo credit in capitals, as Quebec and French papers print it under
/// the picture (`PHOTO FRANÇOIS LABRECQUE, LA PRESSE`, `PHOTOS ARCHIVES`):
/// the word, then only capitals.
pub(crate) fn is_capital_photo_credit(text: &str) -> bool {
    if !matches!(text.as_bytes().first(), Some(b'P' | b'F')) || text.len() > CAPITAL_CREDIT_BYTES {
        return false;
    }
    let rest = ["PHOTO ", "PHOTOS ", "FOTO ", "FOTOS "]
        .iter()
        .find_map(|label| text.strip_prefix(label));
    rest.is_some_and(|rest| {
        text.len() <= CAPITAL_CREDIT_BYTES
            && rest.chars().any(char::is_uppercase)
            && !rest.chars().any(char::is_lowercase)
    })
}

/// Longest capitals photo credit, in bytes.
const CAPITAL_CREDIT_BYTES: usize = 90;

/// `发布于：浙江` (posted from)/// `发布于：浙江` (posted from), `IP属地：广东` (IP location), `发自：贵州剑河`
/// (filed from): a label of where a post or story was sent from, a place
/// and no date
/// (`发布于：2023-06-12 09:12` is a date line).
fn is_location_label(text: &str) -> bool {
    let rest = [
        "发布于：",
        "发布于:",
        "IP属地：",
        "IP属地:",
        "发自：",
        "发自:",
        "發自：",
    ]
    .iter()
    .find_map(|label| text.strip_prefix(label));
    rest.is_some_and(|place| {
        let place = place.trim();
        (1..=LOCATION_CHARS).contains(&place.chars().count())
            && !place.chars().any(|c| c.is_ascii_digit())
    })
}

/// Most characters of a place after a [`is_location_label`] label.
const LOCATION_CHARS: usize = 8;

/// `text` with every text-browser link number (`[16]`) removed, and how
/// many there were.
fn without_link_numbers(text: &str) -> (String, usize) {
    let mut links = 0;
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find('[') {
        out.push_str(&rest[..at]);
        let after = &rest[at + 1..];
        let digits = after.bytes().take_while(u8::is_ascii_digit).count();
        if (1..=5).contains(&digits) && after.as_bytes().get(digits) == Some(&b']') {
            out.push(' ');
            links += 1;
            rest = &after[digits + 1..];
        } else {
            out.push('[');
            rest = after;
        }
    }
    out.push_str(rest);
    (out, links)
}

/// The footer a WordPress feed adds under each story (`The post <title>
/// appeared first on <site>.`), by its opening and closing words in the
/// feed's language: a feed reader's copy of the story ends with it.
const FEED_FOOTERS: &[(&str, &str)] = &[
    ("The post ", " appeared first on "),
    ("L’article ", " est apparu en premier sur "),
    ("L'article ", " est apparu en premier sur "),
    ("La entrada ", " se publicó primero en "),
    ("La entrada ", " aparece primero en "),
    ("Der Beitrag ", " erschien zuerst auf "),
    ("O post ", " apareceu primeiro em "),
    ("L'articolo ", " proviene da "),
    ("L’articolo ", " proviene da "),
    ("Het bericht ", " verscheen eerst op "),
    ("Сообщение ", " появились сначала на "),
];

/// Longest line read as a feed's footer, in bytes.
const FEED_FOOTER_BYTES: usize = 600;

/// A feed's footer line (see [`FEED_FOOTERS`]).
fn is_feed_footer(text: &str) -> bool {
    // Openings are told apart by their first two bytes before one is
    // compared whole: most paragraphs share at most the first.
    let head = text.as_bytes().get(..2);
    text.len() <= FEED_FOOTER_BYTES
        && matches!(
            text.as_bytes().first(),
            Some(b'T' | b'L' | b'D' | b'O' | b'H' | 0xD0)
        )
        && FEED_FOOTERS.iter().any(|(open, close)| {
            head == open.as_bytes().get(..2)
                && text.starts_with(open)
                && memchr::memmem::find(text.as_bytes(), close.as_bytes()).is_some()
        })
}

/// Longest line read as a post's signature, in bytes.
const POST_SIGNATURE_BYTES: usize = 160;

/// `— Name (@handle) February 18, 2025`: a dash, then a handle in
/// brackets.
pub(crate) fn is_post_signature(text: &str) -> bool {
    // Both dashes open with the byte E2: most lines fail on their first.
    text.as_bytes().first() == Some(&0xE2)
        && text.len() <= POST_SIGNATURE_BYTES
        && text.starts_with(['—', '–'])
        && text.find("(@").is_some_and(|at| text[at..].contains(')'))
}

/// Agency photo credits as wire captions print them, the agency in
/// capitals before the photographer (`REUTERS/Lars Eide`, `AFP/Getty`).
const AGENCY_PHOTO_CREDITS: &[&str] = &[
    "REUTERS/",
    "AFP/",
    "EPA/",
    "AP Photo/",
    "EFE/",
    "ANSA/",
    "DPA/",
];

/// Longest caption closed by its agency alone in brackets, in bytes.
const AGENCY_TAGGED_CAPTION_BYTES: usize = 300;

/// Longest bracketed credit (inside the brackets) read by
/// [`closes_with_bracketed_credit`], in bytes.
const BRACKETED_CREDIT_BYTES: usize = 80;

/// Longest credit through an agency or Chinese photographer's credit
/// inside its brackets, in bytes.
const SHORT_BRACKETED_CREDIT_BYTES: usize = 54;

/// Labels that open a caption's bracketed credit (`(Photo courtesy of
/// ...)`, `(Foto: Juan Pérez)`).
const BRACKETED_CREDIT_LABELS: &[&str] = &[
    "Photo courtesy",
    "Photo by ",
    "Photo: ",
    "Photo credit",
    "Courtesy of ",
    "Foto: ",
    "Foto de ",
    "Photo : ",
    "புகைப்படம்: ",
    "फोटो: ",
];

/// Is `s` (trimmed) a photo agency of [`PHOTO_AGENCIES`], ASCII case
/// ignored?
fn is_photo_agency(s: &str) -> bool {
    let s = s.trim();
    PHOTO_AGENCIES.iter().any(|a| s.eq_ignore_ascii_case(a))
}

/// Does a caption close with its credit in brackets? Read from the one
/// closing group ([`closing_brackets`]):
/// - a photographer through an agency after a sentence (`... le 6
///   octobre. (Hans Lucas via AFP)`);
/// - a labelled credit (`... on Tuesday (Photo courtesy of the Aqaba
///   Divers Association)`);
/// - the agency alone after a phrase that closes no sentence (`...
///   باتجاه بشكتاش (AA)`; a wire story's paragraph closes its sentence
///   first);
/// - a Chinese photographer after the sentence's `。` (`（記者陳佩玲／攝影）`,
///   `（图/新华社）`).
fn closes_with_bracketed_credit(text: &str) -> bool {
    let Some((before, credit)) = closing_brackets(text) else {
        return false;
    };
    let before = before.trim_end();
    let short = credit.len() <= SHORT_BRACKETED_CREDIT_BYTES;
    (short
        && credit
            .rsplit_once(" via ")
            .is_some_and(|(_, agency)| is_photo_agency(agency))
        && before.ends_with(['.', '!', '?']))
        || (credit.len() <= BRACKETED_CREDIT_BYTES
            && !before.is_empty()
            && BRACKETED_CREDIT_LABELS
                .iter()
                .any(|l| credit.starts_with(l)))
        || (text.len() <= AGENCY_TAGGED_CAPTION_BYTES
            && !before.is_empty()
            && !before.ends_with(['.', '!', '?', '؟', '。', ':', '،', ','])
            && is_photo_agency(credit))
        || (short
            && before.ends_with('。')
            && ["攝影", "摄影", "圖／", "图/", "圖/", "图／"]
                .iter()
                .any(|w| credit.contains(w)))
        // A file photo's label alone in the brackets (`Trigo ruso
        // (archivo)`, `(資料圖片)`).
        || (text.len() <= ARCHIVE_CAPTION_BYTES
            && !before.is_empty()
            && ARCHIVE_LABELS
                .iter()
                .chain(ARCHIVE_WORDS)
                .chain(["file", "资料图片", "資料圖片", "資料圖"].iter())
                .any(|l| credit.eq_ignore_ascii_case(l)))
}

/// Longest caption closing with a file photo's label in brackets, in
/// bytes.
const ARCHIVE_CAPTION_BYTES: usize = 200;

/// Photo-credit labels that close a caption with the photographer's name
/// (`... closures. Photograph: Christopher Thomond/The Guardian`), each
/// followed by `:` in the line.
const PHOTO_LABELS: &[&str] = &[
    "Photograph",
    "Photo",
    "Photo Credit",
    "Picture",
    "Foto",
    "Fotografía",
    "Bild",
    "Фото",
    "Photographie ",
    "Ảnh",
    "Fotó",
    "ছবি",
    "عکس",
    "تصوير",
    // French-language African papers: `(Ph : Fraternité Matin)`.
    "فوٹو",
    "Ph",
    "Ph.",
    "Crédit photo",
    "Crédit",
];

/// Bytes at the end of a line searched for a [`PHOTO_LABELS`] credit.
const PHOTO_LABEL_REACH: usize = 80;

/// The bracketed group closing `text` (`(...)`, `（...）` or `[...]`):
/// the text before its opening bracket, and the text inside it with
/// leading whitespace trimmed. Captions end in such credits.
pub(crate) fn closing_brackets(text: &str) -> Option<(&str, &str)> {
    let inner = text.strip_suffix([')', '）', ']'])?;
    let open = inner.rfind(['(', '（', '['])?;
    let credit = &inner[open..];
    let credit = credit[credit.chars().next().map_or(0, char::len_utf8)..].trim_start();
    Some((&inner[..open], credit))
}

/// Does `text` close with a photographer's credit in brackets, a name
/// and a photo agency parted by a slash (`(محمود الزيات/فرانس برس)`,
/// `(AFP/Jane Doe)`), after text that ends no sentence?
fn has_photographer_credit(text: &str) -> bool {
    let Some((before, credit)) = closing_brackets(text.trim_end()) else {
        return false;
    };
    let Some((first, last)) = credit.split_once('/') else {
        return false;
    };
    let is_agency = is_photo_agency;
    let is_name = |s: &str| {
        (1..=4).contains(&s.split_whitespace().count()) && !s.contains(['.', ',', '،', ':'])
    };
    !before.trim_end().ends_with(['.', '!', '?', '؟', '。'])
        && ((is_agency(last) && is_name(first)) || (is_agency(first) && is_name(last)))
}

/// A sentence, then a photo label and a short credit at the line's end:
/// after a colon (`... on Thursday. | Photo Credit: Special Arrangement`,
/// `... 2021 года. /Фото: Синьхуа/`) or a slash (`... summer beans.
/// Photo / Jed Haumaha`).
fn has_closing_photo_label(text: &str) -> bool {
    let from = language::floor_char_boundary(text, text.len().saturating_sub(PHOTO_LABEL_REACH));
    // Each `:` or `/` in the tail, found by a byte search, is tested for
    // the label before it: no substring searcher is set up per line.
    let mut end = text.len();
    while let Some(sep) =
        memchr::memrchr2(b':', b'/', &text.as_bytes()[from..end]).map(|k| from + k)
    {
        end = sep;
        // A credit between slashes closes with its own slash.
        let credit = text[sep + 1..].trim().trim_end_matches('/').trim_end();
        if credit.is_empty() || credit.split_whitespace().count() > 6 {
            continue;
        }
        // The outlet, a slash, then the label and the photographer
        // (`... (Tshopo). Radio Okapi/Ph. Josué Mabika`).
        if text.as_bytes()[sep] == b'/'
            && credit.starts_with("Ph. ")
            && text[..sep]
                .rsplit_once(". ")
                .is_some_and(|(_, outlet)| outlet.split_whitespace().count() <= 4)
        {
            return true;
        }
        let head = text[..sep].trim_end();
        if let Some(label) = PHOTO_LABELS
            .iter()
            .map(|l| l.trim_end())
            .find(|l| head.ends_with(l))
        {
            // A bar or a slash may stand between the sentence and the
            // label, or a bracket open before it (`... Bouaké. (Ph :
            // Fraternité Matin)`); a letter may not (`... graph:`).
            let before = &head[..head.len() - label.len()];
            if before.ends_with(char::is_alphanumeric) {
                continue;
            }
            let before = before.trim_end();
            let before = before
                .strip_suffix(['|', '/', '('])
                .map_or(before, str::trim_end);
            // A Bengali or Hindi sentence closes with a danda; a Persian
            // caption's place is parted from its label by a dash.
            if before.ends_with(['.', '。', ')', '।', '-', '–']) {
                return true;
            }
        }
    }
    false
}

/// Longest line read as a Chinese caption opened by `图为`, in bytes
/// (about 70 chars).
const MAX_HAN_CAPTION_BYTES: usize = 210;

/// Longest line read as an outlet-and-city credit, in bytes.
const OUTLET_CITY_BYTES: usize = 60;

/// `سبق- الرياض`, `Saraya - Amman`: a known outlet, a dash, and one to
/// three words of place.
fn outlet_city(text: &str, registry: &SourceRegistry) -> bool {
    let Some((outlet, place)) = text.split_once(['-', '–']) else {
        return false;
    };
    let words = place.split_whitespace().count();
    (1..=3).contains(&words)
        && !place.contains(['.', '!', '?', '؟', ':'])
        && registry.by_token(outlet.trim()).is_some()
}

/// Archive-photo labels, lowercase: they close a caption after a dash or
/// inside its closing brackets, and the Arabic ones open one.
const ARCHIVE_LABELS: &[&str] = &[
    "صورة أرشيفية",
    "صورة ارشيفية",
    "أرشيفية",
    "ارشيفية",
    "archive photo",
    "file photo",
    "archivbild",
    "archivfoto",
    "symbolbild",
    "foto de archivo",
    "foto d'archivio",
    "photo d'archives",
    "архивное фото",
    "资料图",
];

/// `... - صورة أرشيفية`, `... – file photo`: a dash, then an archive
/// label ends the line.
fn ends_in_archive_label(text: &str) -> bool {
    // The last bar, else the last dash, among the final bytes, found by a
    // byte scan (the longest label is under 32 bytes); then the words
    // after it.
    let from = text.len().saturating_sub(ARCHIVE_LABEL_REACH);
    let tail = &text.as_bytes()[from..];
    // Or a full stop and a space: the label after the caption's sentence
    // (`... مواقع البناء. أرشيفية`).
    let Some(mark) = tail
        .iter()
        .rposition(|&b| b == b'|')
        .or_else(|| tail.iter().rposition(|&b| matches!(b, b'-' | 0xE2)))
        .or_else(|| tail.windows(2).rposition(|w| w == b". ").map(|k| k + 1))
        .map(|k| from + k)
    else {
        return false;
    };
    let label = text[mark..].trim_start_matches(['-', '|', '–', '—']).trim();
    // `صورة أرشيفية`, or an archive and whose it is (`ARCHIVES
    // OUEST-FRANCE`).
    ARCHIVE_LABELS.iter().any(|l| l.eq_ignore_ascii_case(label))
        || label.split_whitespace().count() <= 4
            && ARCHIVE_WORDS.iter().any(|w| {
                label
                    .get(..w.len())
                    .is_some_and(|h| h.eq_ignore_ascii_case(w))
                    && label[w.len()..].starts_with(' ')
            })
}

/// Words that open an archive credit after a bar (`| ARCHIVES
/// OUEST-FRANCE`).
const ARCHIVE_WORDS: &[&str] = &[
    "archives",
    "archive",
    "archivo",
    "archivio",
    "arquivo",
    "archiv",
    "أرشيف",
    "ارشيف",
];

/// Bytes at the end of a line searched for the dash before an archive
/// label.
const ARCHIVE_LABEL_REACH: usize = 40;

/// Longest line read as a caption by its Arabic opening words, in bytes
/// (about 120 letters).
const MAX_ARABIC_CAPTION_BYTES: usize = 250;

/// Words that open an Arabic photo caption: "a view of", "from the
/// right" (and the archive labels, "archive photo").
const ARABIC_CAPTION_OPENERS: &[&str] = &["جانب من ", "من اليمين"];

/// Longest line read as a caption closed by initials, in bytes.
const MAX_INITIALS_CAPTION_BYTES: usize = 300;

/// `... de Madrid. E. M.`: one to three capital initials, each with its
/// full stop, after a sentence's full stop.
fn ends_in_initials(text: &str) -> bool {
    // Most sentences end in a lowercase letter and a full stop: a byte
    // test rules them out before any word is split off.
    match text.as_bytes() {
        [.., b' ', c, b'.'] if c.is_ascii_uppercase() => {}
        [.., b' ', 0xC3..=0xDF, _, b'.'] => {}
        _ => return false,
    }
    let mut initials = 0;
    for w in text.rsplit(' ') {
        let mut cs = w.chars();
        match (cs.next(), cs.next(), cs.next()) {
            (Some(c), Some('.'), None) if c.is_uppercase() => initials += 1,
            _ => return (1..=3).contains(&initials) && w.ends_with('.') && w.chars().count() > 2,
        }
        if initials > 3 {
            return false;
        }
    }
    false
}

/// Longest line read as a photo caption, in bytes.
const MAX_CAPTION_BYTES: usize = 600;

/// A photo caption, told by the photo credit that closes it: `... Fujian
/// Province, June 16, 2019. (Xinhua/Li Ming)`, `... in the Taklimakan
/// Desert. /CFP`, `... (Photo: Reuters)`, `... (صورة: أ ف ب)`.
fn is_photo_caption(text: &str) -> bool {
    if text.len() > MAX_CAPTION_BYTES {
        return false;
    }
    if is_capital_photo_credit(text) {
        return true;
    }
    // A credit closes with a name, not a sentence's mark: body
    // paragraphs skip the two credit searches below.
    let ends_sentence = text.ends_with(['.', '!', '?', '؟', '。', '"', '»', '”']);
    if !ends_sentence && has_closing_photo_label(text) {
        return true;
    }
    // `... February 12, 2025. REUTERS/Lars Eide/File Photo`: a sentence,
    // then the wire's credit near the end.
    let tail_from =
        language::floor_char_boundary(text, text.len().saturating_sub(PHOTO_LABEL_REACH * 2));
    let tail = &text[tail_from..];
    if !ends_sentence
        && tail.contains('/')
        && AGENCY_PHOTO_CREDITS.iter().any(|c| {
            tail.find(c)
                .is_some_and(|at| text[..tail_from + at].trim_end().ends_with(['.', ')']))
        })
    {
        return true;
    }
    // A credit in brackets closing the caption: the byte test first.
    if text.ends_with([')', '）']) && closes_with_bracketed_credit(text) {
        return true;
    }
    // `Les travaux ont débuté en octobre. © Pierre-Yves Thienpont.`: a
    // sentence, then the photographer's name after a copyright sign.
    // `Les travaux ont débuté en octobre. © Pierre-Yves Thienpont.` and
    // `Imagen de archivo del mercado. | Luisma Murias`: a sentence, then
    // the photographer's name after a copyright sign or a bar.
    // After a bar, a photographer of two or three words, or an agency's
    // or photographer's credit in capitals (`... in Osaka on Monday. |
    // KYODO`).
    let bar_credit = || {
        credit_after(text, " | ", 1..=3).is_some_and(|name| {
            name.split_whitespace().nth(1).is_some()
                || (name.chars().any(char::is_uppercase) && !name.chars().any(char::is_lowercase))
        })
    };
    if credit_after(text, " © ", 1..=4).is_some() || (!ends_sentence && bar_credit()) {
        return true;
    }
    // `ارتفاع درجات الحرارة - صورة أرشيفية`: a description, a dash and
    // the words "archive photo".
    if !ends_sentence && text.len() <= MAX_INITIALS_CAPTION_BYTES && ends_in_archive_label(text) {
        return true;
    }
    // `... biblioteca municipal de Madrid. E. M.`: a sentence, then the
    // photographer's initials.
    if text.len() <= MAX_INITIALS_CAPTION_BYTES && ends_in_initials(text) {
        return true;
    }
    // `جانب من الواجهة البحرية بالدمام (اليوم)`: Arabic captions open
    // with "a view of", "from the right", "a photo of" or "from the
    // events of" (the last two only when no sentence closes the line:
    // `صورة قاتمة ...` opens body text).
    if text.len() <= MAX_ARABIC_CAPTION_BYTES
        && matches!(text.as_bytes().first(), Some(0xD8 | 0xD9))
        && (ARABIC_CAPTION_OPENERS
            .iter()
            .chain(ARCHIVE_LABELS)
            .any(|o| text.starts_with(o))
            || (!ends_sentence && (text.starts_with("صورة ") || text.starts_with("من فعاليات "))))
    {
        return true;
    }
    // `图为汉堡港集装箱码头。`: a Chinese caption opens with `图为`
    // (pictured).
    // `资料图：敦煌悬泉置遗址` opens a file photo's caption the same way,
    // and `图：` (picture:) any photo's (`图：会见场景（越通社）`).
    if text.len() <= MAX_HAN_CAPTION_BYTES
        && [
            "图为",
            "圖為",
            "资料图",
            "資料圖",
            "图：",
            "圖：",
            "图片：",
            "圖片：",
        ]
        .iter()
        .any(|o| text.starts_with(o))
    {
        return true;
    }
    // `...老人们正在用餐。澎湃新闻记者 周晓宁 图`: the photographer's credit
    // and `图` (picture), `供图` (picture supplied) or `摄` (photographed)
    // after the caption's last sentence.
    if text.len() <= MAX_HAN_CAPTION_BYTES
        && (text.ends_with(" 图")
            || text.ends_with("　图")
            || text.ends_with("/图")
            || text.ends_with("供图")
            || text.ends_with(" 摄")
            || text.ends_with("　摄")
            // `...翻動米粉。記者林宜蓁／攝影`: photographed, as Taiwan's
            // papers credit.
            || text.ends_with("攝影")
            || text.ends_with("摄影"))
        && text.contains('。')
    {
        return true;
    }
    // `... 해운대해수욕장 모습. 부산일보DB`: a Korean caption closes with the
    // paper's archive credit (`DB`) after its sentence.
    if text.len() <= MAX_CAPTION_BYTES && text.ends_with("DB") {
        if let Some((before, credit)) = text.rsplit_once(' ') {
            if before.ends_with('.')
                && credit.len() <= 24
                && credit
                    .chars()
                    .any(|c| ('\u{AC00}'..='\u{D7A3}').contains(&c))
            {
                return true;
            }
        }
    }
    // `站牌頂部設有太陽能板。（記者林怡君攝）`: a Chinese caption closes with
    // the photographer's credit, `攝` / `摄` ("photographed") in brackets.
    if text.len() <= MAX_HAN_CAPTION_BYTES
        && ["攝）", "摄）", "攝)", "摄)"]
            .iter()
            .any(|e| text.ends_with(e))
    {
        return true;
    }
    // One closing space, full stop or ideographic full stop may follow
    // the credit.
    let t = match text.as_bytes() {
        [.., b' ' | b'.'] => &text[..text.len() - 1],
        [.., 0xE3, 0x80, 0x82] => &text[..text.len() - 3],
        _ => text,
    };
    if !matches!(
        t.as_bytes().last(),
        Some(b')' | b']' | 0x89 | b'P' | b'G' | b'C' | b's' | b'a' | b'N' | b'S')
    ) {
        return false;
    }
    // Round brackets, or square ones (`... Nyeri County [File: Reuters]`).
    if t.ends_with([')', '）', ']']) {
        let Some((before, credit)) = closing_brackets(t) else {
            return false;
        };
        // `... in late 2022.(ABC Riverina: Hannah Cotterill)`: a credit
        // glued to the caption's full stop, as a dump joins the photo's
        // two text boxes, naming an outlet or a person after a colon.
        if before.ends_with('.')
            && credit.contains(':')
            && (2..=8).contains(&credit.split_whitespace().count())
            && !credit.contains(['.', ','])
        {
            return true;
        }
        let head = &credit[..language::floor_char_boundary(credit, 16)];
        let head = crate::lexicon::lowercase(head);
        if [
            "xinhua/",
            "photo:",
            "photo :",
            "photo by",
            "foto ",
            "ap photo",
            "photo/",
            "photos:",
            "photos :",
            "foto:",
            "foto :",
            "фото:",
            "صورة:",
            "الصورة:",
            "تصوير:",
            "新华社记者",
            "資料圖",
            "图片来源",
            "फोटो",
            "फ़ोटो",
            "फाइल ",
            "فوٹو:",
            "צילום:",
            "fot.",
            "fotó:",
            "ảnh:",
            "ảnh minh",
            // File photos (`[File: Reuters]`, `(أرشيف "النهار")`; the
            // archive labels follow).
            "file:",
            "أرشيف",
        ]
        .iter()
        .chain(ARCHIVE_LABELS)
        .any(|p| head.starts_with(p))
        {
            return true;
        }
        // A photo agency alone in the brackets (`(الفرنسية-أرشيف)`,
        // `(Reuters)`) closes a caption, not a sentence: the text before
        // it ends no sentence, and the line is caption-short.
        let before = before.trim_end();
        let agency = credit
            .split(['-', '–', '/'])
            .next()
            .unwrap_or_default()
            .trim();
        return text.len() <= 300
            && !before.ends_with(['.', '!', '?', '؟', '。'])
            && PHOTO_AGENCIES
                .iter()
                .any(|a| agency.eq_ignore_ascii_case(a));
    }
    // `... /CFP`: a slash among the last 16 bytes, then the agency.
    let tail = &t.as_bytes()[t.len().saturating_sub(16)..];
    tail.contains(&b'/')
        && [
            "/CFP",
            "/VCG",
            "/IC",
            "/Getty Images",
            "/AFP",
            "/Reuters",
            "/AP",
            "/Xinhua",
            "/Folhapress",
            "/CGTN",
            "/CNS",
        ]
        .iter()
        .any(|s| t.ends_with(s))
}

/// Boilerplate kind of a short line, given its text and (unstripped)
/// match key: whole-line headings, glued headings, prefixes, phrases, and
/// shapes (tracking digits, URLs, file names, CSS, breadcrumbs, pagination,
/// contact lines).
pub(crate) fn furniture(text: &str, line_key: &str) -> Option<BoilerplateKind> {
    let lex = lexicon();
    let stripped = strip_tail(line_key);
    if stripped.is_empty() {
        // Punctuation only (`|`, `>>`, `...`): residue of a widget.
        return Some(BoilerplateKind::Other);
    }
    if let Some(kind) = lex.headings.get(stripped) {
        return Some(kind);
    }
    if let Some(kind) = prefix(lex, line_key) {
        return Some(kind);
    }
    if let Some(m) = lex.contains.find(line_key) {
        return Some(lex.contains_kinds[m.pattern().as_usize()]);
    }
    if let Some(kind) = shape(text, line_key) {
        return Some(kind);
    }
    if has_camel_glue(text) {
        let spaced = split_camel(text);
        let mut k = String::with_capacity(spaced.len());
        key_into(&spaced, false, &mut k);
        // A teaser glued to its label (`À lire aussiSénégal: ...`) reads
        // as the label once the case change is spaced.
        if let Some(kind) = prefix(lex, &k) {
            return Some(kind);
        }
        return glued_headings(lex, &k);
    }
    glued_headings(lex, line_key)
        .or_else(|| is_language_switcher(lex, line_key).then_some(BoilerplateKind::Navigation))
}

/// A language switcher: three or more languages' own names, and at most
/// half as many other items (`Spanish.people.cn | 人民网 | English |
/// Français | Русский | 日本語 | العربية | Português`). Switchers end
/// with a language's name: one lookup rules out most lines.
fn is_language_switcher(lex: &Lexicon, line_key: &str) -> bool {
    // Three items or more: two spaces or bars at least (most lines here
    // are one word).
    let b = line_key.as_bytes();
    if memchr::memchr2_iter(b' ', b'|', b).nth(1).is_none() {
        return false;
    }
    let mut tokens = line_key.split(is_item_separator).filter(|t| !t.is_empty());
    if !tokens
        .next_back()
        .is_some_and(|t| lex.languages.contains(t))
    {
        return false;
    }
    let (mut names, mut others) = (1, 0);
    for t in tokens {
        if lex.languages.contains(t) {
            names += 1;
        } else {
            others += 1;
        }
    }
    names >= 3 && 2 * others <= names
}

/// Trailing punctuation a heading may carry (`Most Read:`, `صور |`).
fn strip_tail(line_key: &str) -> &str {
    line_key.trim_end_matches(|c: char| {
        matches!(
            c,
            ':' | '.'
                | '…'
                | '|'
                | ','
                | ';'
                | '-'
                | '_'
                | '/'
                | '>'
                | '<'
                | '»'
                | '«'
                | ' '
                | '•'
                | '*'
                | '?'
                | '!'
        )
    })
}

fn prefix(lex: &Lexicon, line_key: &str) -> Option<BoilerplateKind> {
    prefix_at(lex, line_key).or_else(|| {
        // A list bullet before the label (`• Lire aussi : ...`).
        let rest = strip_bullet(line_key);
        (rest.len() < line_key.len())
            .then(|| prefix_at(lex, rest))
            .flatten()
    })
}

/// `text` without a list bullet and the spaces after it (`• `, `► `,
/// `* `).
fn strip_bullet(text: &str) -> &str {
    match text.strip_prefix(['•', '►', '▶', '■', '●', '▪', '*', '·', '»']) {
        Some(rest) => rest.trim_start(),
        None => text,
    }
}

fn prefix_at(lex: &Lexicon, line_key: &str) -> Option<BoilerplateKind> {
    let input = Input::new(line_key).anchored(Anchored::Yes);
    let m = lex.prefixes.find(input)?;
    let pat = &line_key[..m.end()];
    // A prefix ending in a letter must end a word: `copyright` is not
    // `copyrighted`. Han has no spaces between words; skip the check there.
    let last = pat.chars().next_back()?;
    let next = line_key[m.end()..].chars().next();
    if crate::parse::input::is_letter(last)
        && !is_han(last)
        && next.is_some_and(crate::parse::input::is_alphanumeric)
    {
        return None;
    }
    let kind = lex.prefix_kinds[m.pattern().as_usize()];
    // A counter label must be followed by its count (`点击:`, `查看:6220`),
    // not by a headline (`评论:...` is a rubric).
    // The label's colon may follow (`عدد القراءات: 2341`).
    let rest = line_key[m.end()..].trim_start_matches([':', '：', ' ']);
    if kind == BoilerplateKind::Counter && rest.chars().next().is_some_and(|c| !c.is_ascii_digit())
    {
        return None;
    }
    Some(kind)
}

fn is_han(c: char) -> bool {
    matches!(c, '\u{3400}'..='\u{9FFF}' | '\u{F900}'..='\u{FAFF}')
}

/// Most words on a line read as glued headings.
const MAX_GLUED_TOKENS: usize = 12;

/// Separators between glued furniture items.
fn is_item_separator(c: char) -> bool {
    matches!(
        c,
        ' ' | '|'
            | '/'
            | '•'
            | '·'
            | ':'
            | ','
            | '-'
            | '–'
            | '['
            | ']'
            | '('
            | ')'
            | '>'
            | '*'
            | '»'
            | '«'
    )
}

/// A line made only of headings (and counts): `التصويت | الأخبار
/// الساخنة`, `Photos Videos`, `التعليقات 0`, `1 2 3 Suivant`, `32 خبر`.
/// Numbers alone are not enough unless there are several of them
/// (pagination).
fn glued_headings(lex: &Lexicon, line_key: &str) -> Option<BoilerplateKind> {
    // Tokens are split lazily: most lines fail at their first word, and a
    // phrase reads only as far ahead as it needs.
    let mut rest = line_key
        .split(is_item_separator)
        .filter(|t| !t.is_empty())
        .take(MAX_GLUED_TOKENS + 1);
    let mut first = None;
    let mut numbers = 0;
    let mut seen = 0;
    let mut phrase = String::new();
    while let Some(t) = rest.clone().next() {
        if t.bytes().all(|b| b.is_ascii_digit()) {
            numbers += 1;
            seen += 1;
            rest.next();
        } else {
            let (kind, len) = lex.headings.longest_in(rest.clone(), &mut phrase)?;
            first.get_or_insert(kind);
            seen += len;
            rest.nth(len - 1);
        }
        if seen > MAX_GLUED_TOKENS {
            return None;
        }
    }
    match first {
        Some(kind) => Some(kind),
        // Page numbers stand apart (`1 2 3`), unlike a date (`2022-06-11`).
        None if numbers >= 2
            && line_key
                .split(' ')
                .filter(|t| !t.is_empty() && t.bytes().all(|b| b.is_ascii_digit()))
                .count()
                >= 2 =>
        {
            Some(BoilerplateKind::Pagination)
        }
        None => None,
    }
}

/// Latin camel-case glue (`PlayerClose`): a lowercase letter followed by
/// an uppercase one.
fn has_camel_glue(text: &str) -> bool {
    text.as_bytes()
        .windows(2)
        .any(|w| w[0].is_ascii_lowercase() && w[1].is_ascii_uppercase())
}

fn split_camel(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    let mut prev_lower = false;
    for c in text.chars() {
        if prev_lower && c.is_ascii_uppercase() {
            out.push(' ');
        }
        prev_lower = c.is_ascii_lowercase();
        out.push(c);
    }
    out
}

/// What one pass over a line's key finds for the shape rules: its digit
/// and space counts, and which of the few bytes those rules look for it
/// holds. Each rule tests these before reading the line again, so an
/// ordinary headline is passed over at the cost of this one pass.
#[derive(Debug, Clone, Copy, Default)]
struct KeyBytes {
    digits: usize,
    spaces: usize,
    /// `MARK_*` bits of the bytes present.
    marks: u8,
}

const MARK_AT: u8 = 1;
/// `>`, or the lead byte E2 of `›`, `–` and other punctuation.
const MARK_ARROW: u8 = 2;
const MARK_BRACE: u8 = 4;
const MARK_COMMA: u8 = 8;

impl KeyBytes {
    fn of(key: &str) -> Self {
        const CLASS: [u8; 256] = {
            let mut t = [0u8; 256];
            t[b'@' as usize] = MARK_AT;
            t[b'>' as usize] = MARK_ARROW;
            t[0xE2] = MARK_ARROW;
            t[b'{' as usize] = MARK_BRACE;
            t[b',' as usize] = MARK_COMMA;
            t
        };
        let (mut digits, mut spaces, mut marks) = (0, 0, 0);
        for &b in key.as_bytes() {
            digits += usize::from(b.is_ascii_digit());
            spaces += usize::from(b == b' ');
            marks |= CLASS[usize::from(b)];
        }
        KeyBytes {
            digits,
            spaces,
            marks,
        }
    }

    fn has(self, mark: u8) -> bool {
        self.marks & mark != 0
    }
}

/// Furniture told by its shape rather than its words.
fn shape(text: &str, line_key: &str) -> Option<BoilerplateKind> {
    let bytes = line_key.as_bytes();
    let seen = KeyBytes::of(line_key);
    let digits = seen.digits;
    if digits == bytes.len() {
        // A digit-only line: a tracking id, or a lone counter (`0`, `319`).
        return Some(if digits >= 12 {
            BoilerplateKind::Tracking
        } else {
            BoilerplateKind::Counter
        });
    }
    if seen.spaces == 0 {
        // An image's alt text or file name in brackets, as a text
        // browser prints it (`[pushkinskaya-remont-2023]`).
        // In brackets, a single name of one word will do (`[school-1]`,
        // `[hamdallah]`, as w3m prints an image without its alt text).
        if let Some(inner) = line_key.strip_prefix('[').and_then(|k| k.strip_suffix(']')) {
            if is_file_name(inner) || is_slug(inner) || is_image_name(inner) {
                return Some(BoilerplateKind::Markup);
            }
        }
        if line_key.starts_with("http://")
            || line_key.starts_with("https://")
            || line_key.starts_with("www.")
            || line_key.starts_with("/html/")
        {
            return Some(BoilerplateKind::Markup);
        }
        if is_file_name(line_key) || is_slug(line_key) {
            return Some(BoilerplateKind::Markup);
        }
    }
    if is_markup(line_key, seen) {
        return Some(BoilerplateKind::Markup);
    }
    if seen.has(MARK_ARROW) && is_breadcrumb(line_key) {
        return Some(BoilerplateKind::Breadcrumb);
    }
    // The key turns `›` into an apostrophe: a trail of single guillemets
    // (`همشهری آنلاین › شهری › حمل و نقل عمومی`) is read on the line.
    if text.contains('›') && is_breadcrumb(text) {
        return Some(BoilerplateKind::Breadcrumb);
    }
    // And `»` into a quote: a trail of double guillemets (`Петербург »
    // [16]Общество`), with no opening guillemet (French quotes are spaced
    // too: `« Il faut agir » a-t-il dit`) and no closing mark.
    if text.contains(" » ")
        && !text.contains('«')
        && !text.ends_with(['.', '!', '?'])
        && is_breadcrumb(text)
    {
        return Some(BoilerplateKind::Breadcrumb);
    }
    if seen.spaces > 0 && is_home_trail(line_key) {
        return Some(BoilerplateKind::Breadcrumb);
    }
    if is_contact(text, line_key, seen) {
        return Some(BoilerplateKind::Contact);
    }
    if digits > 0 && bytes.len() <= COUNTER_LINE_BYTES && has_count(line_key) {
        return Some(BoilerplateKind::Counter);
    }
    None
}

/// Longest key read as a counter line, in bytes.
const COUNTER_LINE_BYTES: usize = 72;

/// Words a page counts its views or comments with, after the number.
const COUNT_WORDS: &[&str] = &[
    "views",
    "reads",
    "vues",
    "visitas",
    "lecturas",
    "visualizações",
    "просмотров",
    "просмотра",
    "görüntülenme",
    "مشاهدات",
    "مشاهده",
    "قراءه",
    "بازدید",
    "次浏览",
    "次阅读",
    // Comment counts under a headline (`(48 opinii)`); the words that also
    // head a comment section (`4 تعليقات`, `12 comments`) are left to the
    // headings.
    "opinii",
    "opinie",
    "komentarzy",
    "komentarze",
    "yorum",
    "комментариев",
    "комментария",
    "коментарів",
];

/// A number followed by a count word (`الآن - أ ف ب 319 مشاهدات 0`,
/// `1,204 views`), or glued to it (`1200次浏览`).
fn has_count(key: &str) -> bool {
    let mut words = key.split(' ').peekable();
    while let Some(w) = words.next() {
        let w = w.trim_start_matches('(');
        let digits = w
            .bytes()
            .take_while(|&b| b.is_ascii_digit() || b == b',' || b == b'.')
            .count();
        if digits == 0 || !w.as_bytes()[0].is_ascii_digit() {
            continue;
        }
        let glued = &w[digits..];
        let word = |t: &str| COUNT_WORDS.contains(&t.trim_end_matches(')'));
        if word(glued) || (glued.is_empty() && words.peek().is_some_and(|next| word(next))) {
            return true;
        }
    }
    false
}

/// The first [`HEAD_CHARS`] characters of a key.
fn head(key: &str) -> &str {
    let end = key
        .char_indices()
        .nth(HEAD_CHARS)
        .map_or(key.len(), |(i, _)| i);
    &key[..end]
}

/// File extensions that leak as lines of their own.
const FILE_EXTENSIONS: &[&str] = &[
    "jpg", "jpeg", "png", "gif", "webp", "svg", "mp3", "mp4", "m4a", "pdf", "html", "htm", "php",
    "aspx", "shtml", "js", "css",
];

fn is_file_name(k: &str) -> bool {
    match k.rsplit_once('.') {
        Some((stem, ext)) => !stem.is_empty() && FILE_EXTENSIONS.contains(&ext),
        None => FILE_EXTENSIONS.contains(&k),
    }
}

/// A URL slug on its own line: `yelina-semironva-chinese-radio`.
/// One lowercase ASCII word, digits, dashes and underscores allowed, with a
/// letter among them: an image's file name without its extension.
fn is_image_name(k: &str) -> bool {
    k.len() >= 3 && k.bytes().any(|b| b.is_ascii_lowercase()) && is_slug_chars(k)
}

/// A URL slug (`pushkinskaya-remont-2023`): slug chars, two dashes.
fn is_slug(k: &str) -> bool {
    k.bytes().filter(|&b| b == b'-').count() >= 2 && is_slug_chars(k)
}

/// Lowercase ASCII letters, digits, dashes and underscores only.
fn is_slug_chars(k: &str) -> bool {
    k.bytes()
        .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'_')
}

/// Leaked CSS, HTML and CMS comments.
fn is_markup(k: &str, seen: KeyBytes) -> bool {
    let starts_tag = k.starts_with('<')
        && k[1..]
            .chars()
            .next()
            .is_some_and(|c| c.is_ascii_alphabetic() || matches!(c, '!' | '/' | '?'));
    // Byte tests first: most lines hold neither `{` nor `>`, and a
    // substring search costs a searcher setup per call.
    let b = k.as_bytes();
    let css = seen.has(MARK_BRACE) && (b.contains(&b':') || k.ends_with('}'));
    let arrow = seen.has(MARK_ARROW) && (k.contains("-->") || k.contains("–>"));
    static CMS: OnceLock<memchr::memmem::Finder<'static>> = OnceLock::new();
    let cms = || {
        CMS.get_or_init(|| memchr::memmem::Finder::new("enpproperty"))
            .find(b)
            .is_some()
    };
    // The CMS field name is one word of eleven letters.
    starts_tag || css || arrow || (k.len() >= 11 && cms())
}

/// `Home >> World`, `الصفحة الرئيسية>>تبادلات دولية`, `首页 > 新闻 > 国际`:
/// two or more short segments joined by `>`.
fn is_breadcrumb(k: &str) -> bool {
    if !k.contains(['>', '›', '»']) {
        return false;
    }
    let mut segments = 0;
    let mut parts = k.split(['>', '›', '»']).peekable();
    while let Some(seg) = parts.next() {
        let seg = seg.trim_matches(|c: char| c == ' ' || c == '|');
        if seg.is_empty() {
            continue;
        }
        // The trail often ends with the story's own headline, cut short
        // (`Home > Regions > After years of thirst, water...`).
        let cut_headline =
            parts.peek().is_none() && segments >= 1 && (seg.ends_with("..") || seg.ends_with('…'));
        if seg.split(' ').count() > 5 && !cut_headline {
            return false;
        }
        segments += 1;
    }
    segments >= 2
}

/// The first item of a breadcrumb trail, as keys: the site's home.
const HOME_WORDS: &[&str] = &[
    "home",
    "homepage",
    "accueil",
    "inicio",
    "portada",
    "página inicial",
    "startseite",
    "главная",
    "الرئيسيه",
    "الصفحه الرئيسيه",
    "صفحه اصلی",
    "خانه",
    "ana sayfa",
    "首页",
    "主页",
];

/// A trail that starts at the site's home and runs through one to four
/// short sections, split by `/`, `|` or `»` (`الرئيسية / محليات`, `Home |
/// World | Asia`).
fn is_home_trail(k: &str) -> bool {
    let Some(rest) = HOME_WORDS
        .iter()
        .find_map(|h| k.strip_prefix(h))
        .map(str::trim_start)
    else {
        return false;
    };
    // The key writes `»` as `"`.
    let Some(rest) = rest.strip_prefix(['/', '|', '»', '"']) else {
        return false;
    };
    let mut sections = 0;
    for section in rest.split(['/', '|', '»', '"']).map(str::trim) {
        sections += 1;
        if sections > 4 || section.is_empty() || section.split(' ').count() > 4 {
            return false;
        }
    }
    sections >= 1
}

/// Phone, fax and e-mail lines, and postal addresses ending in a postcode.
fn is_contact(text: &str, k: &str, seen: KeyBytes) -> bool {
    let words = seen.spaces + 1;
    if words > 14 {
        return false;
    }
    let email = seen.has(MARK_AT)
        && k.split(' ').any(|w| {
            w.len() > 5
                && w.find('@')
                    .is_some_and(|at| at > 0 && w[at..].contains('.'))
        });
    if email && words <= 8 {
        return true;
    }
    // A phone number: a run of digits with a dash inside, 9+ digits
    // (`010-68891254`), after a phone word.
    // The digit count first: it is one byte pass, and rules out almost
    // every line before the word searches.
    if seen.digits >= 8
        && [
            "tel",
            "fax",
            "phone",
            "هاتف",
            "فاكس",
            "التلفون",
            "电话",
            "тел",
        ]
        .iter()
        .any(|w| k.contains(w))
    {
        return true;
    }
    // `16A Shijingshan Road, Beijing, China. 100040`
    if seen.digits < 5 {
        return false;
    }
    let last = text
        .rsplit(|c: char| c.is_whitespace())
        .next()
        .unwrap_or("");
    words <= 10
        && text.contains(',')
        && (5..=6).contains(&last.len())
        && last.bytes().all(|b| b.is_ascii_digit())
}

/// Source and credit lines: `Source: Xinhua`, `/مصدر: شينخوا/`,
/// `来源:新华社`, `(Синьхуа)`.
fn credit(line_key: &str) -> Option<BoilerplateKind> {
    let k = line_key.trim_matches(|c: char| matches!(c, '/' | ' ' | '(' | ')' | '|'));
    // A credit names an outlet, an agency and maybe a city (`المصدر: وكالة
    // قدس نت للأنباء - بكين (شينخوا)`); a sentence that opens with the
    // label is text.
    let words = k.bytes().filter(|&b| b == b' ').count() + 1;
    let sentence = k.ends_with(['.', '。', '!', '?', '؟']);
    if words > 10 || (words > 6 && sentence) {
        return None;
    }
    if credit_label_start(k) && CREDIT_LABELS.iter().any(|l| k.starts_with(l)) {
        return Some(BoilerplateKind::Credit);
    }
    // `الرأي - وكالات`, `Al Rai - AFP`: an outlet, a dash and the agency
    // (or the word for agencies), alone on a short line.
    if words > 5 {
        return None;
    }
    let agency = after_last_spaced_dash(k)?;
    credit_agencies()
        .contains(agency.trim())
        .then_some(BoilerplateKind::Credit)
}

/// The text after the last ` - ` or ` – ` of `k`, found by a byte scan
/// from the end (a substring searcher costs more to set up than a short
/// line takes to scan).
fn after_last_spaced_dash(k: &str) -> Option<&str> {
    let b = k.as_bytes();
    let mut i = b.len();
    while i > 0 {
        i -= 1;
        let (start, end) = match b[i] {
            b'-' => (i, i + 1),
            // `–` U+2013 is E2 80 93: found at its last byte.
            0x93 if i >= 2 && b[i - 2] == 0xE2 && b[i - 1] == 0x80 => (i - 2, i + 1),
            _ => continue,
        };
        if start > 0 && b[start - 1] == b' ' && b.get(end) == Some(&b' ') {
            return Some(&k[end + 1..]);
        }
    }
    None
}

/// Whether `k` opens with the two bytes that some [`CREDIT_LABELS`] entry
/// opens with: a bit read that spares most lines the label comparisons
/// (one byte would pass every Arabic line, as `مصدر` opens with 0xD9).
fn credit_label_start(k: &str) -> bool {
    static FIRST_TWO: OnceLock<Vec<u64>> = OnceLock::new();
    let bit = |b: &[u8]| usize::from(b[0]) << 8 | usize::from(b[1]);
    let table = FIRST_TWO.get_or_init(|| {
        let mut t = vec![0u64; 1 << 10];
        for l in CREDIT_LABELS {
            let at = bit(l.as_bytes());
            t[at / 64] |= 1 << (at % 64);
        }
        t
    });
    k.as_bytes().get(..2).is_some_and(|b| {
        let at = bit(b);
        table[at / 64] >> (at % 64) & 1 == 1
    })
}

/// Match keys of the agency names that close a `outlet - agency` credit.
fn credit_agencies() -> &'static FastSet<String> {
    static AGENCIES: OnceLock<FastSet<String>> = OnceLock::new();
    AGENCIES.get_or_init(|| CREDIT_AGENCIES.iter().map(|a| key(a)).collect())
}

/// Labels that open a source or credit line.
pub(crate) const CREDIT_LABELS: &[&str] = &[
    "source:",
    "source :",
    "sources:",
    "from:",
    "fuente:",
    "fonte:",
    "источник:",
    "来源:",
    "來源:",
    "مصدر:",
    "المصدر:",
    "مصدر :",
    "المصدر :",
    "منبع:",
    "kaynak:",
    "quelle:",
    "credit:",
    "photo credit:",
    // Editor credits that close a body: `(责编:刘洋)`, `Editor: Li Hua`.
    "editor:",
    "editors:",
    "web editor:",
    "责编:",
    "责任编辑:",
    "編輯:",
    "责任编辑 :",
    "编辑:",
    "責任編輯:",
    "редактор:",
    "المحرر:",
];

/// What a text line is like; `last_closes` tells whether its last word
/// closes a share row, when the caller has keyed it already.
fn text_info(text: &str, buf: &mut String, last_closes: Option<bool>) -> TextInfo {
    // An end-of-story mark (`(完)`, `(End)`, `(انتهى)`) follows the last
    // sentence.
    let body_end = if matches!(
        text.as_bytes().last(),
        Some(b')' | 0x89 | b'-' | b'n' | b'N')
    ) {
        END_MARKS
            .iter()
            .find_map(|m| {
                // `... récord. Fin`: the sign-off goes, the full stop stays.
                let keep = usize::from(m.starts_with('.'));
                text.strip_suffix(m).map(|t| &text[..t.len() + keep])
            })
            .map_or(text, str::trim_end)
    } else {
        text
    };
    let body_end = strip_editor_credit(body_end);
    let trimmed_end = body_end.trim_end_matches(['"', '\'', '»', '”', '’', ')', '」', '』']);
    let sentence_end = trimmed_end.ends_with(['.', '。', '?', '؟', '!', '…', '！', '？', '।', '۔'])
        && !trimmed_end.ends_with("!!");
    // Every threshold the layout uses is far below this cap, so long
    // lines need not be counted to the end.
    let counted = &text[..language::floor_char_boundary(text, 4 * 1024)];
    let chars = count_chars(counted);
    // Thai marks no sentence's end: a long line closing with a Thai letter
    // or vowel sign is a sentence (headlines stay shorter).
    let sentence_end = sentence_end
        || (chars >= THAI_SENTENCE_CHARS
            && trimmed_end
                .chars()
                .next_back()
                .is_some_and(|c| matches!(c, '\u{0E01}'..='\u{0E4E}')));
    TextInfo {
        // At most 4 KiB were counted.
        chars: u16::try_from(chars).unwrap_or(u16::MAX),
        // Only a line of well over two bytes per char on average can be
        // mostly wide chars (Latin, Arabic and Cyrillic text stays at or
        // under two): the others skip the count.
        wide: if 4 * counted.len() >= 9 * chars {
            u16::try_from(count_wide(counted)).unwrap_or(u16::MAX)
        } else {
            0
        },
        sentence_end,
        continued: false,
        rubric: rubric(text, buf),
        // A glued widget ends with a platform name, never with a sentence's
        // closing mark: body paragraphs are not keyed for one.
        share_tail: if sentence_end {
            None
        } else {
            share_tail(text, buf, last_closes)
                .and_then(|at| u32::try_from(at).ok())
                .and_then(NonZeroU32::new)
        },
    }
}

/// `text` without an editor's credit closing a Chinese story, and the
/// story code after it (`...一帶。（編輯：陳怡樺）1130509`, `...。（责任编辑：
/// 王磊）`), so the sentence before it is seen to end.
fn strip_editor_credit(text: &str) -> &str {
    if !text.ends_with(|c: char| c.is_ascii_digit() || c == '）' || c == ')') {
        return text;
    }
    let t = text.trim_end_matches(|c: char| c.is_ascii_digit());
    let Some(inner) = t.strip_suffix(['）', ')']) else {
        return text;
    };
    let Some(open) = inner.rfind(['（', '(']) else {
        return text;
    };
    let credit = &inner[open..];
    if ["編輯", "编辑"].iter().any(|l| credit.contains(l)) && credit.chars().count() <= 24 {
        &inner[..open]
    } else {
        text
    }
}

/// How many chars `text` holds: its bytes that are not UTF-8 continuation
/// bytes, counted in a vectorized byte loop.
fn count_chars(text: &str) -> usize {
    super::input::count_bytes(text.as_bytes(), |c| c & 0xC0 != 0x80)
}

/// How many chars of `text` are in the wide East Asian blocks, U+3000 to
/// U+DFFF (lead bytes E3 to ED): CJK punctuation and ideographs, kana,
/// Hangul.
fn count_wide(text: &str) -> usize {
    super::input::count_bytes(text.as_bytes(), |c| c.wrapping_sub(0xE3) <= 0xED - 0xE3)
}

/// The first separator between a rubric label and the headline in `head`:
/// `:`, `：`, `|`, `｜`, `/`, `..`, ` - `, ` – `. Returns (start, length).
fn rubric_separator(head: &str) -> Option<(usize, usize)> {
    // Bytes that can be part of a separator; a table test per byte skips
    // the letters and spaces. The spaced dashes are found at the dash and
    // checked for the spaces around it, so the spaces between words (every
    // few bytes of Latin text) cost no look-ahead.
    const OPENS: [bool; 256] = {
        let mut t = [false; 256];
        let mut k = 0;
        let bytes = b":|/.-\xE2\xEF";
        while k < bytes.len() {
            t[bytes[k] as usize] = true;
            k += 1;
        }
        t
    };
    let b = head.as_bytes();
    let spaced = |i: usize, dash: &[u8]| {
        i > 0
            && b[i - 1] == b' '
            && b[i..].starts_with(dash)
            && b.get(i + dash.len()) == Some(&b' ')
    };
    for (i, &c) in b.iter().enumerate() {
        if !OPENS[usize::from(c)] {
            continue;
        }
        let found = match c {
            b':' | b'|' | b'/' => (i, 1),
            b'.' if b.get(i + 1) == Some(&b'.') => (i, 2),
            b'-' if spaced(i, b"-") => (i - 1, 3),
            0xE2 if spaced(i, "–".as_bytes()) => (i - 1, " – ".len()),
            0xEF if b[i..].starts_with("：".as_bytes()) || b[i..].starts_with("｜".as_bytes()) => {
                (i, "：".len())
            }
            _ => continue,
        };
        return Some(found);
    }
    None
}

/// Words that open a share widget glued after a sentence.
const SHARE_OPENERS: &[&str] = &[
    "Share",
    "SHARE",
    "share",
    "مشاركة",
    "شارك",
    "Partager",
    "Compartir",
    "分享",
    "Поделиться",
];

/// Where a share widget glued to the end of a text line starts, if one is:
/// an opener word followed only by share words naming a platform.
pub(crate) fn share_tail(text: &str, buf: &mut String, last_closes: Option<bool>) -> Option<usize> {
    // A glued widget ends with a platform name: check the last word first,
    // which rules out almost every line at the cost of one short key.
    if !last_closes.unwrap_or_else(|| share::last_word_closes(text, buf)) {
        return None;
    }
    let from =
        super::language::floor_char_boundary(text, text.len().saturating_sub(MAX_KEYED_BYTES));
    let from = (from..=text.len()).find(|&i| text.is_char_boundary(i))?;
    let tail = &text[from..];
    for opener in SHARE_OPENERS {
        let Some(at) = tail.rfind(opener) else {
            continue;
        };
        let start = from + at;
        if start == 0 {
            continue;
        }
        let widget = share::read(&key(&text[start..]));
        if widget.is_some_and(|w| !w.platforms.is_empty()) {
            return Some(start);
        }
    }
    None
}

/// A rubric prefix on a title line: `تعليق: ...`, `Commentary:...`,
/// `评论：...`, `فيديو.. ...`, `【评论】...`.
fn rubric(text: &str, buf: &mut String) -> Option<RubricSpan> {
    let lex = lexicon();
    let (label, rest) = if let Some(inner) = text.strip_prefix('【') {
        let (label, rest) = inner.split_once('】')?;
        (label.trim(), rest.trim())
    } else {
        // Labels are short: look only at the first few words.
        let head_end = language::floor_char_boundary(text, 48);
        let (at, len) = rubric_separator(&text[..head_end])?;
        let label = text[..at].trim();
        let rest = text[at + len..].trim();
        if label.is_empty() || rest.is_empty() {
            return None;
        }
        (label, rest)
    };
    key_into(label, true, buf);
    let kind = *lex.rubrics.get(buf.as_str())?;
    // Both are slices of `text`, which ends where `rest` does.
    let offset = |part: &str| u16::try_from(part.as_ptr() as usize - text.as_ptr() as usize).ok();
    let label_start = offset(label)?;
    Some(RubricSpan {
        label_start: u8::try_from(label_start).ok()?,
        label_end: label_start.checked_add(u16::try_from(label.len()).ok()?)?,
        rest_start: offset(rest)?,
        kind,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_in_addresses() {
        let day = |y, m, d| chrono::NaiveDate::from_ymd_opt(y, m, d);
        for (url, want) in [
            (
                "https://74.ru/text/gorod/2024/10/03/74129583/",
                day(2024, 10, 3),
            ),
            ("https://example.com/news/2023-02-28-slug", day(2023, 2, 28)),
            ("https://example.com/a/20220105/123.html", day(2022, 1, 5)),
            ("https://example.com/news/2024/10/", None),
            ("https://example.com/a/2023-02-30/", None),
            ("https://example.com/id/202410031/", None),
            ("https://example.com/1850/01/01/", None),
        ] {
            assert_eq!(date_in_address(url), want, "{url}");
        }
    }

    fn kind(text: &str) -> Kind<'_> {
        kind_of(
            text,
            &SourceRegistry::builtin(),
            &mut String::new(),
            &mut String::new(),
        )
    }

    #[test]
    fn photo_captions_by_their_credit() {
        for caption in [
            "Farmers pick tea leaves in Anxi County, June 16, 2019. (Xinhua/Li Ming)",
            "A view of sand dunes in the Taklimakan Desert. /CFP",
            "Visitors walk along the new riverside path (Photo: Reuters)",
            "متطوعون يزرعون الأشجار على ضفاف النهر (صورة: أ ف ب)",
            "Pickers sort the morning's harvest at a hillside farm [File: Reuters]",
            "Ein Stellwerk aus dem Jahr 1912 bei Dresden (Archivbild)",
            "عمال ينظفون مجرى السيل قرب البلدة (أرشيف \"النهار\").",
            "Lectores en la sala principal de una biblioteca de barrio. J. R.",
            "ازدحام مروري على الطريق الدائري - صورة أرشيفية",
            "Le marché couvert un samedi matin, en 2022. | ARCHIVES LE JOURNAL",
            "جانب من افتتاح المعرض في قاعة المدينة (المصدر)",
            "صورة أرشيفية لمحطة الحافلات الرئيسية في المدينة",
        ] {
            assert_eq!(
                kind(caption),
                Kind::Boilerplate(BoilerplateKind::Caption),
                "{caption}"
            );
        }
        // An agency in brackets closing a sentence is no photo credit.
        assert!(matches!(
            kind("The talks will resume next week, officials said on Monday (Xinhua)."),
            Kind::Text(_)
        ));
        assert!(matches!(
            kind("The new line opens in May, the operator said. /Updated"),
            Kind::Text(_)
        ));
        // Initials close a caption only after a sentence's full stop: a
        // name with a middle initial, or `U.S.`, is none.
        for line in [
            "The plan was first drawn up under John F. Kennedy.",
            "Exports rose sharply to the U.S.",
            "The award went to the novelist A. B.",
        ] {
            assert!(matches!(kind(line), Kind::Text(_)), "{line}");
        }
    }

    #[test]
    fn view_counts_are_counters() {
        for line in [
            "الآن - أ ف ب 319 مشاهدات 0",
            "1,204 views",
            "Просмотров: 12 · 45 просмотров",
            "阅读 1200次浏览",
        ] {
            assert_eq!(
                kind(line),
                Kind::Boilerplate(BoilerplateKind::Counter),
                "{line}"
            );
        }
        // A number before another word is no count.
        assert!(matches!(
            kind("319 مدرسة جديدة تفتح أبوابها"),
            Kind::Text(_)
        ));
    }

    #[test]
    fn a_link_number_does_not_hide_furniture() {
        assert_eq!(
            strip_link_number("[42]Comments have to be"),
            "Comments have to be"
        );
        assert_eq!(strip_link_number("[7] Print"), "Print");
        assert_eq!(strip_link_number("[image] A caption"), "[image] A caption");
        assert_eq!(strip_link_number("[42]"), "[42]");
        assert_eq!(
            kind("[31]Comments have to be in English and in full sentences, as our rules say at length on the page below."),
            Kind::Boilerplate(BoilerplateKind::Comments)
        );
        assert_eq!(
            kind("[12]Most Read"),
            Kind::Boilerplate(BoilerplateKind::MostRead)
        );
        assert_eq!(strip_link_number("* [15]Share"), "Share");
        assert_eq!(
            kind("[bridge-repairs-2024]"),
            Kind::Boilerplate(BoilerplateKind::Markup)
        );
    }

    #[test]
    fn end_marks_keep_the_closing_sentence() {
        for line in [
            "El comercio bilateral superará este año una cifra récord. Fin",
            "机场预计假期期间将迎来客流高峰，旅客应提前出发前往机场。(完)",
            "The two sides will meet again in the spring to review progress. (End)",
        ] {
            let Kind::Text(t) = kind(line) else {
                panic!("{line}: not text");
            };
            assert!(t.sentence_end, "{line}");
        }
        // A word that merely ends in `Fin` is no end mark.
        let Kind::Text(t) = kind("Shark fin") else {
            panic!("not text");
        };
        assert!(!t.sentence_end);
    }

    #[test]
    fn spaced_dashes_from_the_end() {
        assert_eq!(after_last_spaced_dash("a - b - c"), Some("c"));
        assert_eq!(after_last_spaced_dash("a – b"), Some("b"));
        assert_eq!(after_last_spaced_dash("a-b - "), Some(""));
        assert_eq!(after_last_spaced_dash("a-b"), None);
        assert_eq!(after_last_spaced_dash("- a"), None);
        assert_eq!(after_last_spaced_dash("a -"), None);
        assert_eq!(after_last_spaced_dash(""), None);
    }

    #[test]
    fn outlet_dash_agency_credits() {
        for credit in ["الرأ ي - وكالات", "Al Rai - AFP", "Diario Local – agencias"] {
            assert_eq!(
                kind(credit),
                Kind::Boilerplate(BoilerplateKind::Credit),
                "{credit}"
            );
        }
        // A headline with a dash is not a credit.
        assert!(matches!(
            kind("Floods close roads - schools shut"),
            Kind::Text(_)
        ));
        assert!(matches!(
            kind("المصدر: وكالة قدس نت للأنباء - بكين (شينخوا)"),
            Kind::Boilerplate(BoilerplateKind::Credit)
        ));
    }

    #[test]
    fn sidebar_headings() {
        assert_eq!(
            kind("الأكثر قراءة"),
            Kind::Boilerplate(BoilerplateKind::MostRead)
        );
        assert_eq!(
            kind("الاكثر قراءة"),
            Kind::Boilerplate(BoilerplateKind::MostRead)
        );
        assert_eq!(kind("صور"), Kind::Boilerplate(BoilerplateKind::Photos));
        assert_eq!(
            kind("Most Read:"),
            Kind::Boilerplate(BoilerplateKind::MostRead)
        );
        assert_eq!(
            kind("Copyright © 2020 CGTN"),
            Kind::Boilerplate(BoilerplateKind::Copyright)
        );
        assert_eq!(
            kind("010020070750000000000000011102121393875991"),
            Kind::Boilerplate(BoilerplateKind::Tracking)
        );
    }

    /// Every input line is stored as a `Classified` (a 100 MB page holds
    /// half a million): its kind stays two words, the line four.
    #[test]
    #[cfg(target_pointer_width = "64")]
    fn line_records_stay_small() {
        assert_eq!(std::mem::size_of::<TextInfo>(), 16);
        assert_eq!(std::mem::size_of::<Kind<'_>>(), 16);
        assert_eq!(std::mem::size_of::<Classified<'_>>(), 48);
    }

    #[test]
    fn captions_by_file_label_picture_label_and_tamil_credit() {
        let caption = Kind::Boilerplate(BoilerplateKind::Caption);
        assert_eq!(kind("Trigo ruso (archivo)"), caption);
        assert_eq!(
            kind("El puerto de la ciudad al amanecer (Archive)"),
            caption
        );
        assert_eq!(kind("图：会见场景（越通社）"), caption);
        assert_eq!(
            kind("துவக்க விழாவில் நடைபெற்ற கலை நிகழ்ச்சி (புகைப்படம்: சின்குவா)"),
            caption
        );
        // A sentence that closes with a bracketed word is no caption.
        assert!(matches!(
            kind("The council voted to keep the old records in the town hall (archives) until next year."),
            Kind::Text(_)
        ));
    }

    #[test]
    fn text_browser_image_names_dated_counters_and_google_plus() {
        let markup = Kind::Boilerplate(BoilerplateKind::Markup);
        assert_eq!(kind("[school-1]"), markup);
        assert_eq!(kind("[hamdallah]"), markup);
        assert!(!matches!(
            kind("[1]"),
            Kind::Boilerplate(BoilerplateKind::Markup)
        ));
        assert!(matches!(
            kind("24 أكتوبر 2016 0 تعليق 1,284 مشاهدة"),
            Kind::Byline(_)
        ));
        assert_eq!(
            kind("عدد القراءات: 2341"),
            Kind::Boilerplate(BoilerplateKind::Counter)
        );
        match kind("Facebook Twitter Google+ WhatsApp Email") {
            Kind::Share(s) => assert!(s.platforms.contains(&crate::SharePlatform::GooglePlus)),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn guillemet_trails() {
        let crumb = Kind::Boilerplate(BoilerplateKind::Breadcrumb);
        assert_eq!(kind("[15]Петербург » [16]Общество"), crumb);
        assert_eq!(kind("Accueil » Monde » Afrique"), crumb);
        // French quotes are spaced: a quoted remark is no trail.
        assert!(matches!(kind("« Il faut agir » a-t-il dit"), Kind::Text(_)));
    }

    #[test]
    fn language_switchers() {
        let nav = Kind::Boilerplate(BoilerplateKind::Navigation);
        assert_eq!(
            kind("Noticias.ejemplo.cn | 新闻网 | English | Français | Русский | 日本語 | العربية | Português"),
            nav
        );
        assert_eq!(
            kind("Türkçe English Deutsch Français العربية فارسی Русский Українська Español"),
            nav
        );
        // A sentence naming languages is not a switcher.
        assert!(matches!(
            kind("The course is taught in English, with readings in Français and Español"),
            Kind::Text(_)
        ));
    }

    #[test]
    fn rubric_prefixes() {
        let r = |t| match kind(t) {
            Kind::Text(info) => info.rubric_in(t),
            other => panic!("{other:?}"),
        };
        assert_eq!(
            r("تعليق: عنوان المقال"),
            Some(("تعليق", RubricKind::Commentary, "عنوان المقال"))
        );
        assert_eq!(
            r("评论：标题"),
            Some(("评论", RubricKind::Commentary, "标题"))
        );
        assert_eq!(
            r("Commentary:Bridges"),
            Some(("Commentary", RubricKind::Commentary, "Bridges"))
        );
        assert_eq!(
            r("Analyse : la ville"),
            Some(("Analyse", RubricKind::Analysis, "la ville"))
        );
        assert_eq!(
            r("【社评】标题"),
            Some(("社评", RubricKind::Editorial, "标题"))
        );
        // A speaker before a colon is part of the headline.
        assert_eq!(r("الرئيس الصيني: نعمل معا"), None);
        assert_eq!(r("Profile: a life in music"), None);
    }

    proptest::proptest! {
        #[test]
        fn char_count_matches_std(text in "\\PC{0,600}") {
            proptest::prop_assert_eq!(count_chars(&text), text.chars().count());
        }
    }

    #[test]
    fn rubric_separators() {
        assert_eq!(rubric_separator("Video - The bridge"), Some((5, 3)));
        assert_eq!(rubric_separator("Video – The bridge"), Some((5, 5)));
        assert_eq!(rubric_separator("فيديو.. الجسر"), Some((10, 2)));
        assert_eq!(rubric_separator("评论：标题"), Some((6, 3)));
        assert_eq!(rubric_separator("Analyse | la ville"), Some((8, 1)));
        // The first separator wins; a dash needs a space on both sides.
        assert_eq!(rubric_separator("Well-known - x: y"), Some((10, 3)));
        assert_eq!(rubric_separator("Well-known x: y"), Some((12, 1)));
        assert_eq!(rubric_separator("a -b – c"), Some((4, 5)));
        assert_eq!(rubric_separator("it’s – here"), Some((6, 5)));
        assert_eq!(rubric_separator("- x"), None);
        assert_eq!(rubric_separator("x -"), None);
        assert_eq!(rubric_separator("no separator here"), None);
    }

    #[test]
    fn bylines_and_text() {
        assert!(matches!(kind("cri 2019-10-21 15:45:00"), Kind::Byline(_)));
        assert!(matches!(kind("Share"), Kind::Share(_)));
        match kind("The bridge opened on time.") {
            Kind::Text(info) => assert!(info.sentence_end && !info.body_like()),
            other => panic!("{other:?}"),
        }
    }
}
