//! Stage 4: decide what each line is in the page as a whole.
//!
//! The classify stage judged lines alone; here the order matters. Real
//! pages put their blocks in many orders (see the skeletons A–M of the
//! layout catalogue), so the title is chosen by scoring candidates rather
//! than by trusting one order:
//!
//! * **A** title, blank, byline, body — the title just before the byline;
//! * **C/D** byline, then the title (glued under it, or on the next line);
//! * **E** body first, then title and date as the last lines;
//! * **F** no title and no byline: the body opens with a dateline;
//! * **G** photo captions on top, the last one glued to the dateline with
//!   no newline: the line is cut where the dateline's city starts; the
//!   caption part is kept as a `caption` boilerplate entry and the
//!   paragraph keeps the dateline part, both with the same line number;
//! * **H** bulletin pages: several stories, each with its headline (see
//!   [`Layout::stories`]);
//! * **L** the title printed two or three times: one is kept, the others
//!   are set aside as `repeated_title`;
//! * **M** masthead or staff boxes before the title.
//!
//! A close call between two title candidates is reported as
//! [`Warning::AmbiguousTitle`].

use std::sync::OnceLock;

use aho_corasick::{AhoCorasick, AhoCorasickKind, MatchKind};

use super::classify::{is_summary_note, Classified, Kind, TextInfo};
use crate::error::Warning;
use crate::lexicon::agency_marks::{
    AGENCY_MARKS, AUTHOR_LABELS, BULLETIN_TITLES, DATELINE_CITIES, SIGN_OFF_LABELS,
};
use crate::lexicon::boilerplate::END_MARKS;
use crate::lexicon::{key_into, lowercase};
use crate::model::BoilerplateKind;

/// What a headline gains with a labelled author line between it and the
/// date line.
const SIGNED_HEADLINE_BONUS: i32 = 2;
/// Shortest signed headline, in chars, under which no line is a title.
const SIGNED_HEADLINE_CHARS: usize = 25;

/// Content lines above the byline searched for title candidates.
const ABOVE_BYLINE_REACH: usize = 6;

/// How many content lines from the top a byline may stand at.
const BYLINE_WINDOW: usize = 12;
/// How many content lines from the top a title may stand at, without a byline.
const TITLE_WINDOW: usize = 10;
/// How many bytes at the head of a paragraph may hold a dateline.
const DATELINE_REACH: usize = 400;
/// A title candidate this close to the winner's score is a close call.
const CLOSE_CALL: i32 = 1;

/// The role of a line in the article.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Role {
    /// Blank line.
    Blank,
    /// The title (with its rubric, if any).
    Title,
    /// The byline.
    Byline,
    /// A share-widget line.
    Share,
    /// A body paragraph.
    Paragraph,
    /// A body paragraph whose first `at` bytes are a photo caption glued to
    /// the dateline (skeleton G).
    CaptionedParagraph(usize),
    /// Set aside.
    Boilerplate(BoilerplateKind),
}

/// One story of a page, as a range of line indices.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Story {
    /// Index of the story's headline.
    pub title: Option<usize>,
    /// Index of the story's own date line, if it has one.
    pub byline: Option<usize>,
    /// First line index of the story.
    pub start: usize,
    /// One past the last line index of the story.
    pub end: usize,
}

/// The layout decision: one role per line, and where title and byline are.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Layout {
    /// One role per input line.
    pub roles: Vec<Role>,
    /// Index of the title line.
    pub title: Option<usize>,
    /// Index of the byline.
    pub byline: Option<usize>,
    /// Close calls and other layout findings.
    pub warnings: Vec<Warning>,
    /// The stories of a bulletin page (skeleton H), in page order; empty
    /// for a page with one story.
    pub stories: Vec<Story>,
}

fn text_info<'c>(c: &'c Classified<'_>) -> Option<&'c TextInfo> {
    match &c.kind {
        Kind::Text(t) => Some(t),
        _ => None,
    }
}

fn is_text(c: &Classified<'_>) -> bool {
    matches!(c.kind, Kind::Text(_))
}

fn body_like(c: &Classified<'_>) -> bool {
    text_info(c).is_some_and(|t| t.body_like())
}

fn headline_like(c: &Classified<'_>) -> bool {
    match &c.kind {
        Kind::Text(t) => {
            t.rubric.is_some() || (t.chars() <= 250 && !(t.sentence_end && t.chars() > 120))
        }
        _ => false,
    }
}

struct Matchers {
    marks: AhoCorasick,
    cities: AhoCorasick,
    /// The bulletin names, on lowercased text.
    bulletins: AhoCorasick,
}

fn matchers() -> &'static Matchers {
    static M: OnceLock<Matchers> = OnceLock::new();
    M.get_or_init(|| {
        let marks: Vec<String> = AGENCY_MARKS
            .iter()
            .map(|m| {
                let mut s = String::new();
                key_into(m, false, &mut s);
                s
            })
            .collect();
        Matchers {
            marks: AhoCorasick::builder()
                .match_kind(MatchKind::LeftmostLongest)
                .build(&marks)
                .expect("agency marks build"),
            cities: AhoCorasick::builder()
                .match_kind(MatchKind::LeftmostLongest)
                .ascii_case_insensitive(true)
                .kind(Some(AhoCorasickKind::DFA))
                .build(DATELINE_CITIES)
                .expect("cities build"),
            bulletins: AhoCorasick::new(BULLETIN_TITLES).expect("bulletin names build"),
        }
    })
}

/// Byte end of the agency mark that closes a dateline at the head of
/// `text`, if one does.
fn dateline_mark(text: &str) -> Option<usize> {
    let head = &text[..super::language::floor_char_boundary(text, DATELINE_REACH)];
    // The byte test of `may_hold_mark` on the whole reach rules out most
    // paragraphs before the word cut walks them char by char.
    if !may_hold_mark(head) {
        return None;
    }
    // Only the words that can hold the mark are keyed: the twelve words
    // allowed before it and the longest mark's words. Folding never joins
    // two words that whitespace separates, so a key word is never longer
    // than a raw one and the cut keeps every mark the rule can accept.
    let head = first_words(head, 12 + MAX_MARK_WORDS);
    // Tested again on the cut head, which is all that gets keyed.
    if !may_hold_mark(head) {
        return None;
    }
    let mut k = String::with_capacity(head.len());
    key_into(head, false, &mut k);
    let m = matchers().marks.find(k.as_str())?;
    // The mark closes a dateline only when few words precede it.
    let words_before = k[..m.start()].split(' ').filter(|w| !w.is_empty()).count();
    if words_before > 12 {
        return None;
    }
    // A bare Chinese outlet name (`人民网`, `新华社`) opens a dateline only
    // with its dispatch word after the place and date (`人民网柏林3月11日电`)
    // or as the head of a paragraph: a menu item `人民网通` is neither.
    bare_mark_allowed(text, &k[m.start()..m.end()]).then_some(m.start())
}

/// Whether agency mark `mark` (keyed) at the head of `text` may open a
/// dateline: a mark in brackets or slashes always may; a bare Chinese
/// outlet name only with a dispatch word (`电`, `讯`) in the head or on a
/// paragraph-long line.
fn bare_mark_allowed(text: &str, mark: &str) -> bool {
    if mark.contains(['(', '/']) {
        return true;
    }
    let head = &text[..super::language::floor_char_boundary(text, DATELINE_REACH)];
    text.len() >= BARE_MARK_LINE_BYTES || head.contains(['电', '電', '讯', '訊'])
}

/// Shortest line, in bytes, whose opening bare Chinese outlet mark counts
/// without a dispatch word: a paragraph, not a menu item.
const BARE_MARK_LINE_BYTES: usize = 90;

/// Can `text` hold an agency mark? Every mark's key holds `(`, `/` or a
/// Han character, and of the chars below U+2000 only `(` and `/`
/// themselves key to any of those (a test checks them all): text without
/// these bytes or a lead byte of U+2000 and above holds no mark.
fn may_hold_mark(text: &str) -> bool {
    super::input::any_byte(text.as_bytes(), |b| (b == b'(') | (b == b'/') | (b >= 0xE2))
}

/// The most space-separated words in one agency mark (`/صحيفة الشعب
/// اليومية أونلاين/`); checked against the table in a test.
const MAX_MARK_WORDS: usize = 4;

/// `text` up to the end of its first `n` whitespace-separated words that
/// keep a key word of their own. A raw word made only of chars the key drops
/// (a lone tatweel, a right-to-left mark between two spaces) is not
/// counted, or the cut would fall short of the words the rule counts; only
/// a word with a letter, digit or ASCII sign surely keeps one.
fn first_words(text: &str, n: usize) -> &str {
    let mut words = 0;
    let mut in_word = false;
    let mut keeps = false;
    for (i, c) in text.char_indices() {
        if c.is_whitespace() {
            if in_word && keeps {
                words += 1;
                if words == n {
                    return &text[..i];
                }
            }
            in_word = false;
            keeps = false;
        } else {
            in_word = true;
            // The common scripts by range first: the Unicode property
            // lookup costs more than the rest of the scan.
            // The tatweel is a letter to Unicode (Lm) but the key drops it.
            keeps = keeps
                || c.is_ascii_graphic()
                || matches!(c, '\u{621}'..='\u{63A}' | '\u{641}'..='\u{64A}' | '\u{4E00}'..='\u{9FFF}')
                || (c != '\u{640}' && crate::parse::input::is_alphanumeric(c));
        }
    }
    text
}

/// Reads like a paragraph opened by a dateline (`بكين 13 أبريل 2020
/// (شينخوا) ...`, `BEIJING, March 16 (Xinhua) --`).
fn dateline_led(c: &Classified<'_>) -> bool {
    is_text(c) && (han_bracket_dateline(c.line.text) || dateline_mark(c.line.text).is_some())
}

/// A Chinese story opening with its dateline in brackets: the place, the
/// day and the dispatch word (`（槟城27日讯）`, `（中央社記者林冠宇台南9日電）`).
fn han_bracket_dateline(text: &str) -> bool {
    let Some(inner) = text.strip_prefix(['（', '(']) else {
        return false;
    };
    // The bracket closes within the dateline's few chars: a long line is
    // not searched to its end.
    let inner = &inner[..super::language::floor_char_boundary(inner, 4 * HAN_DATELINE_CHARS)];
    let Some(close) = inner.find(['）', ')']) else {
        return false;
    };
    let inner = &inner[..close];
    inner.chars().count() <= HAN_DATELINE_CHARS
        && inner.contains('日')
        && inner.ends_with(['讯', '訊', '电', '電'])
}

/// Longest bracketed Chinese dateline, in chars.
const HAN_DATELINE_CHARS: usize = 30;

/// A paragraph opening with its city in capitals and a dash (`AMMAN —
/// More than ...`, `BEIRUT - ...`): one to three words of capitals
/// before the dash, within the first few bytes.
fn caps_dateline(text: &str) -> bool {
    let head = &text[..super::language::floor_char_boundary(text, CAPS_DATELINE_BYTES)];
    let Some(at) = [" — ", " – ", " - "]
        .iter()
        .filter_map(|d| head.find(d))
        .min()
    else {
        return false;
    };
    let city = &head[..at];
    (1..=3).contains(&city.split_whitespace().count())
        && city.chars().any(char::is_uppercase)
        && !city.chars().any(char::is_lowercase)
        && !city.chars().any(|c| c.is_ascii_digit())
}

/// Bytes at the head of a paragraph searched for a city in capitals.
const CAPS_DATELINE_BYTES: usize = 40;

/// Where a photo caption glued before a dateline ends (skeleton G): the
/// byte offset where the dateline's city starts, when text stands before
/// it. `None` when the line opens with its dateline.
fn caption_glue(text: &str) -> Option<usize> {
    let head_end = super::language::floor_char_boundary(text, DATELINE_REACH);
    let head = &text[..head_end];
    // The dateline must close with an agency mark inside the head.
    if !may_hold_mark(head) {
        return None;
    }
    let city = matchers().cities.find_iter(head).find(|m| {
        // The dateline runs from the city to an agency mark a few words
        // later: `بكين 13 أبريل 2020 (شينخوا)`.
        let rest = &head[m.start()..];
        let mut k = String::with_capacity(rest.len().min(160));
        key_into(
            &rest[..super::language::floor_char_boundary(rest, 160)],
            false,
            &mut k,
        );
        matchers().marks.find(k.as_str()).is_some_and(|mark| {
            k[..mark.start()]
                .split(' ')
                .filter(|w| !w.is_empty())
                .count()
                <= 6
        })
    })?;
    let at = city.start();
    if at == 0 {
        return None;
    }
    let caption = head[..at].trim_end();
    // A caption is a phrase, not a single letter or punctuation.
    (caption
        .chars()
        .filter(|&c| crate::parse::input::is_letter(c))
        .count()
        >= 4)
        .then_some(at)
}

fn is_author_line(text: &str) -> bool {
    // A bulleted field (`  • Author, ...`) reads as its label.
    let text = text.trim_start_matches(['•', '·', ' ', '\u{a0}']);
    if is_han_reporter_line(text) {
        return true;
    }
    // Most lines open with two chars no label opens with: one lookup of
    // the first two chars, lowercased, before the head is lowercased and
    // compared with every label.
    static OPENINGS: OnceLock<Vec<[char; 2]>> = OnceLock::new();
    let lower2 = |s: &str| -> Option<[char; 2]> {
        let mut cs = s.chars().map(|c| c.to_lowercase().next().unwrap_or(c));
        Some([cs.next()?, cs.next()?])
    };
    let openings = OPENINGS.get_or_init(|| {
        let mut v: Vec<[char; 2]> = AUTHOR_LABELS.iter().filter_map(|l| lower2(l)).collect();
        v.sort_unstable();
        v.dedup();
        v
    });
    if !lower2(text).is_some_and(|o| openings.binary_search(&o).is_ok()) {
        return false;
    }
    let head = &text[..super::language::floor_char_boundary(text, 24)];
    let lower = lowercase(head);
    // The label is a word of its own (`كتب محمد`, not `كتبة`).
    AUTHOR_LABELS.iter().any(|l| {
        lower.strip_prefix(l).is_some_and(|rest| {
            // Han has no spaces between words: `記者陳佩玲` is the label
            // and a name.
            l.ends_with([' ', ':', '：', ','])
                || l.starts_with(|c: char| ('\u{4E00}'..='\u{9FFF}').contains(&c))
                || rest.chars().next().map_or(true, |c| {
                    c.is_whitespace() || matches!(c, ':' | '-' | '/' | '|')
                })
        }) && !(text
            .split_whitespace()
            .nth(RUBRIC_LABEL_NAME_WORDS + 1)
            .is_some()
            && is_rubric_label(l))
    })
}

/// Is author label `l` also a rubric of the rubric table? `تقرير: سامي
/// علي` credits a report's writer, `تقرير: انقطاع المياه يربك أحياء غريان
/// ...` heads one.
fn is_rubric_label(l: &str) -> bool {
    crate::lexicon::rubrics::RUBRICS
        .iter()
        .any(|(r, _)| r.eq_ignore_ascii_case(l.trim_end()))
}

/// Most words after a label that is also a rubric, for a writer's name.
const RUBRIC_LABEL_NAME_WORDS: usize = 4;

/// Words that name a writer's role on a byline (`North of England
/// correspondent`, `مراسل`, `корреспондент`), lowercased.
const ROLE_WORDS: &[&str] = &[
    "correspondent",
    "reporter",
    "staff writer",
    "editor",
    "correspondant",
    "correspondante",
    "envoyé spécial",
    "corresponsal",
    "redactor",
    "redactora",
    "корреспондент",
    "обозреватель",
    "مراسل",
    "محرر",
    "muhabir",
    "প্রতিবেদক",
    "সংবাদদাতা",
];

/// Longest line read as a writer's name, in bytes.
const NAME_LINE_BYTES: usize = 80;

/// A Chinese reporter line with the outlet before the word for reporter
/// (`澎湃新闻记者 周晓宁`, `本報記者 林怡君 王大明`): a short outlet name,
/// `记者`, then one to four names of two to four Han chars.
fn is_han_reporter_line(text: &str) -> bool {
    // The outlet's name opens the line with a Han char (lead bytes E3 to
    // E9): Latin, Arabic and Cyrillic lines are ruled out by one byte.
    if text.len() > HAN_REPORTER_BYTES || !matches!(text.as_bytes().first(), Some(0xE3..=0xE9)) {
        return false;
    }
    let Some((outlet, names)) = text.split_once("记者").or_else(|| text.split_once("記者"))
    else {
        return false;
    };
    // A second credit may follow the first name (`南方周末记者 吴思远
    // 南方周末实习生 陈晓婷`): its outlet-and-role word is stepped over.
    let role = |n: &str| HAN_REPORTER_ROLES.iter().any(|r| n.ends_with(r));
    let words = names.split_whitespace().filter(|n| !role(n)).count();
    outlet.chars().count() <= 8
        && outlet.chars().all(crate::parse::input::is_letter)
        && (1..=4).contains(&words)
        && names
            .split_whitespace()
            .filter(|n| !role(n))
            .all(|n| (2..=4).contains(&n.chars().count()) && n.chars().all(is_han_char))
}

/// Roles printed before a Chinese reporter's name, after the outlet.
const HAN_REPORTER_ROLES: &[&str] = &["记者", "記者", "实习生", "實習生", "通讯员", "通訊員"];

/// Longest Chinese reporter line, in bytes.
const HAN_REPORTER_BYTES: usize = 90;

/// A CJK unified ideograph.
fn is_han_char(c: char) -> bool {
    matches!(c, '\u{4E00}'..='\u{9FFF}' | '\u{3400}'..='\u{4DBF}')
}

/// A line that names the writer without a label: a name with a role
/// (`Helena Marsh North of England correspondent`), a name in capitals
/// (`ELENA MARTÍN ROBLES`), or a name with the city in brackets or after
/// a comma (`سلمى الحمادي (أبوظبي)`, `Виктор Седых, Кемерово`).
fn is_name_line(text: &str) -> bool {
    // A text browser numbers the link to the writer's page (`[20]Special
    // Correspondent`).
    let unlinked = super::classify::strip_link_number(text);
    let linked = unlinked.len() < text.len();
    let text = unlinked;
    if text.len() > NAME_LINE_BYTES
        || text.ends_with(['.', '!', '?', '؟', '。'])
        || text.bytes().any(|b| b.is_ascii_digit())
    {
        return false;
    }
    let words = text.split_whitespace().count();
    if !(1..=7).contains(&words) {
        return false;
    }
    // A link to the writer's page (`[15]Laura Elena Saucedo`): a bare name
    // in title case behind a link number.
    if linked
        && is_bare_name(text)
        && text
            .split_whitespace()
            .all(|w| w.chars().next().is_some_and(char::is_uppercase))
    {
        return true;
    }
    // A role alone (`Корреспондент`) or after the name.
    if ends_in_role(text) {
        return true;
    }
    // A role, then the outlet, parted by middle dots (`Reporter·Kāpiti
    // News·`).
    if text.contains('·')
        && text
            .split('·')
            .next()
            .is_some_and(|r| ends_in_role(r.trim()))
    {
        return true;
    }
    // A name signed with the surname's initial after a full stop, as
    // Maghrebi papers sign (`ليلى.ع`, `سمير. ب`).
    if is_initial_signature(text) {
        return true;
    }
    if words < 2 {
        return false;
    }
    if words > 4 {
        return false;
    }
    // Capitals only, in a cased script; a quoted line in capitals is an
    // intertitle (`"GEÇİCİ ÇÖZÜM DEĞİL"`), not a name.
    if text.starts_with(['"', '“', '«', '„', '\'']) {
        return false;
    }
    let cased = text.chars().any(char::is_uppercase);
    if cased && !text.chars().any(char::is_lowercase) {
        return true;
    }
    // A name of two or three words, then the city.
    let (name, city) = match text.strip_suffix(')').and_then(|t| t.rsplit_once('(')) {
        Some((name, city)) => (name.trim_end(), city),
        None => match text.rsplit_once([',', '،']) {
            Some((name, city)) => (name, city),
            None => return false,
        },
    };
    let name_words = name.split_whitespace().count();
    (2..=3).contains(&name_words)
        && !city.trim().is_empty()
        && city.split_whitespace().count() <= 2
        // A city is a name: `Los Olivos, en Tláhuac` (a list item) is not
        // a writer and a city.
        && !city.trim().starts_with(char::is_lowercase)
        && !name.contains([',', '،', ':', '('])
}

/// Line `i`, in capitals, stands between two body paragraphs (`LA
/// FILIERA`): an intertitle, as Italian papers print them, not a name.
/// `roles` holds the roles of the lines above `i`.
fn caps_intertitle(lines: &[Classified<'_>], roles: &[Role], i: usize) -> bool {
    let text = lines[i].line.text;
    if text.chars().any(char::is_lowercase) {
        return false;
    }
    let prev = (0..i)
        .rev()
        .find(|&k| !matches!(lines[k].kind, Kind::Blank));
    let next = (i + 1..lines.len()).find(|&k| !matches!(lines[k].kind, Kind::Blank));
    prev.is_some_and(|p| roles.get(p) == Some(&Role::Paragraph) && body_like(&lines[p]))
        && next.is_some_and(|n| body_like(&lines[n]))
}

/// The writer's role closes the line (`North of England correspondent`,
/// `(Montpellier, correspondante)`, `Local Democracy Reporter`): its last
/// one or two words are compared, lowercased, with the table.
fn ends_in_role(text: &str) -> bool {
    if text.len() > NAME_LINE_BYTES {
        return false;
    }
    let mut tail = text
        .rsplit(|c: char| c.is_whitespace() || matches!(c, '(' | ')' | ',' | '،'))
        .filter(|w| !w.is_empty());
    let Some(last) = tail.next() else {
        return false;
    };
    // No role word is longer (`প্রতিবেদক`, 27 bytes): most lines end
    // in a longer word or fail the table at once.
    if last.len() > MAX_ROLE_WORD_BYTES {
        return false;
    }
    let last = lowercase(last);
    let mut before = None;
    // A suffix test first: most entries fail it on their length or last
    // bytes, and only a two-word role lowercases the word before.
    ROLE_WORDS
        .iter()
        .any(|r| match r.strip_suffix(last.as_ref()) {
            Some("") => true,
            Some(head) => head.strip_suffix(' ').is_some_and(|head| {
                *before.get_or_insert_with(|| tail.next().map(lowercase).unwrap_or_default())
                    == head
            }),
            None => false,
        })
}

/// The longest word of [`ROLE_WORDS`], in bytes.
const MAX_ROLE_WORD_BYTES: usize = 27;

/// A short author line (`كتب محمد عبد الحميد`, `By Li Hua`) is never the
/// title, however it scores.
fn is_short_author_line(text: &str) -> bool {
    // The label test reads 24 bytes; the word count may walk the line.
    is_author_line(text) && text.split_whitespace().nth(6).is_none()
}

/// Does `text` name a bulletin page (`Hourly News`, `نشرة`, `快讯`)? One
/// automaton pass over the lowercased line.
pub(crate) fn is_bulletin_title(text: &str) -> bool {
    matchers().bulletins.is_match(lowercase(text).as_ref())
}

/// The text a title is compared by for repeats: the line without its
/// rubric label.
/// `text` is the headline with the site's name after a bar or dash
/// (`<headline> | Jawhara FM`), as a page's `<title>` prints it in a
/// print view's header, repeated at each page break.
fn is_title_with_site(text: &str, title: &str) -> bool {
    // The first bytes first: most lines differ there.
    text.len() > title.len()
        && text.as_bytes().first() == title.as_bytes().first()
        && text.starts_with(title)
        && [" | ", " - ", " – "].iter().any(|sep| {
            text[title.len()..]
                .strip_prefix(sep)
                .is_some_and(|site| (1..=SITE_NAME_CHARS).contains(&site.chars().count()))
        })
}

/// A text field in a text browser's dump: ten underscores or more.
const FORM_FIELD: &str = "__________";

/// Decimal numbers that make a line a row of market quotes.
const QUOTE_NUMBERS: usize = 3;

/// How many decimal numbers (`32,53`, `96.05`) the text holds.
fn decimal_numbers(text: &str) -> usize {
    let b = text.as_bytes();
    memchr::memchr2_iter(b',', b'.', b)
        .filter(|&k| {
            k > 0 && b[k - 1].is_ascii_digit() && b.get(k + 1).is_some_and(u8::is_ascii_digit)
        })
        .count()
}

/// Bars that make a line a menu rather than a page title.
const MENU_BARS: usize = 3;

/// Most items of a news ticker under its heading.
const TICKER_ITEMS: usize = 4;

/// Fewest chars of a ticker's item: a headline.
const TICKER_ITEM_CHARS: usize = 20;

/// Fewest words of a headline a breadcrumb trail closes with.
const CRUMB_HEADLINE_WORDS: usize = 3;

/// Lines read from the top for a breadcrumb trail naming the headline.
const CRUMB_LINES: usize = 40;

/// Longest site name after a headline in a page's `<title>`, in chars.
const SITE_NAME_CHARS: usize = 40;

fn title_text<'a>(c: &Classified<'a>) -> &'a str {
    match &c.kind {
        Kind::Text(t) => t
            .rubric_in(c.line.text)
            .map_or(c.line.text, |(_, _, rest)| rest),
        _ => c.line.text,
    }
}

/// Lines of the page in content order, with helpers.
struct Page<'p, 'a> {
    lines: &'p [Classified<'a>],
    content: Vec<usize>,
    /// The standfirst found under the headline, once it is known.
    standfirst: Option<usize>,
}

impl Page<'_, '_> {
    /// The content position of line `i`.
    fn pos(&self, i: usize) -> Option<usize> {
        self.content.binary_search(&i).ok()
    }

    /// The next text line after line `i`, stepping over share widgets,
    /// furniture and date lines.
    fn next_text(&self, i: usize) -> Option<usize> {
        let p = self.pos(i)?;
        self.content[p + 1..]
            .iter()
            .copied()
            .find(|&j| is_text(&self.lines[j]))
    }

    /// The text line before line `i`, stepping over furniture and date
    /// lines as [`Page::next_text`] does.
    fn prev_text(&self, i: usize) -> Option<usize> {
        let p = self.pos(i)?;
        self.content[..p]
            .iter()
            .rev()
            .copied()
            .find(|&j| is_text(&self.lines[j]))
    }

    /// Lines `a` and `b` read as a headline and its standfirst: both
    /// headline-like, neither a sentence of body text, `b` right after
    /// `a` among the content lines and longer, and `a` no section label.
    fn is_standfirst_pair(&self, a: usize, b: usize) -> bool {
        let (Some(ta), Some(tb)) = (text_info(&self.lines[a]), text_info(&self.lines[b])) else {
            return false;
        };
        // The line the breadcrumb names is the headline, not a standfirst.
        if self.crumb_names(b) {
            return false;
        }
        // Right below, or past a kicker in capitals between them
        // (`Lyon : ...` / `TRANSPORTS` / the standfirst).
        let adjacent = self.pos(a).is_some_and(|p| {
            self.content.get(p + 1) == Some(&b)
                || (self.content.get(p + 2) == Some(&b)
                    && is_caps_kicker(self.lines[self.content[p + 1]].line.text))
        }) && !self.ticker_item(a);
        // A wide char (Chinese, Japanese, Korean) counts double, as for
        // body text.
        let (wa, wb) = (ta.chars() + ta.wide(), tb.chars() + tb.wide());
        adjacent
            && (wa >= STANDFIRST_MIN_CHARS
                || (ta.chars() >= SHORT_HEADLINE_CHARS
                    && is_sentence_case(self.lines[a].line.text)))
            // The standfirst is mostly the longer line; a shorter one
            // still reads as a sentence of some length (`Пешеходам
            // предложат временный наземный переход со светофором` under a
            // headline of 77 chars).
            && (wb > wa || (wb >= STANDFIRST_MIN_CHARS && wb * 10 >= wa * 6))
            && headline_like(&self.lines[a])
            && headline_like(&self.lines[b])
            && !tb.body_like()
            && !ta.sentence_end
            && title_text(&self.lines[a]) != title_text(&self.lines[b])
            && !starts_with_clock(self.lines[a].line.text)
            // An image's text, then its caption, which repeats it with the
            // credit (`[19]A cyclist rides ...` / `A cyclist rides ... on
            // Tuesday. (Name/Staff Photographer)`).
            && !self.lines[b]
                .line
                .text
                .starts_with(super::classify::strip_link_number(self.lines[a].line.text))
            && !is_name_line(self.lines[b].line.text)
            // (A rubric's bar, `Opinione | ...`, is no list.)
            && ![a, b]
                .iter()
                .any(|&i| is_item_list(title_text(&self.lines[i])))
            && script_of(&self.lines[a]) == script_of(&self.lines[b])
            && !self.lead_follows(b)
    }

    /// Line `b` is followed by a lead: a body-like line with furniture
    /// (a date line, a share row, a caption) right after it rather than
    /// more body. Then `b` is the headline and the shorter line above it a
    /// kicker or section label (`Gündem Haberleri İzmir Haberleri`,
    /// `مدیرعامل شرکت بهره‌برداری مترو خبر داد`), not a headline over its
    /// standfirst.
    fn lead_follows(&self, b: usize) -> bool {
        let Some(p) = self.pos(b) else {
            return false;
        };
        let mut after = self.content[p + 1..].iter().map(|&j| &self.lines[j]);
        after.next().is_some_and(body_like)
            && after.next().is_some_and(|c| {
                !is_text(c) || is_author_line(c.line.text) || is_name_line(c.line.text)
            })
    }

    /// Line `i` comes right under the page's address or domain printed
    /// among the first lines of the dump (`jugantor.com`, `https://...`).
    fn under_address(&self, i: usize) -> Option<Address> {
        let p = self
            .pos(i)
            .filter(|&p| (1..=ADDRESS_HEADLINE_POS).contains(&p))?;
        let above = self.lines[self.content[p - 1]].line.text;
        if super::classify::url_line(above).is_some() {
            Some(Address::Url)
        } else if super::classify::is_domain_name(above) {
            Some(Address::Domain)
        } else {
            None
        }
    }

    /// Line `i` is a columnist's note under their name, the name under a
    /// headline-long candidate (`Мнение: Почему ...` / `Вера Петрова` /
    /// `Социолог, о том, как ...` / the date line, each right under the
    /// other): who writes, and on what, not the headline. A name over the
    /// headline has a section label or nothing above it, not a headline.
    fn note_under_writer(&self, i: usize) -> bool {
        let Some(p) = self.pos(i).filter(|&p| p >= 2) else {
            return false;
        };
        let [headline, name, _, date] =
            [p - 2, p - 1, p, p + 1].map(|q| self.content.get(q).copied());
        date.is_some_and(|d| matches!(self.lines[d].kind, Kind::Byline(_)))
            && name.is_some_and(|n| is_bare_name(self.lines[n].line.text))
            && headline.is_some_and(|h| {
                self.candidate(h)
                    && text_info(&self.lines[h]).is_some_and(|t| t.chars() >= NOTE_HEADLINE_CHARS)
            })
    }

    /// Line `i` stands right under the date line, which stands right under
    /// a headline at least as long (`<headline>` / `الخميس 9 نونبر 2023 -
    /// 13:45` / `تلاميذ في طريقهم إلى ...` / the body): the lead photo's
    /// caption, however near the body it is.
    fn caption_under_date(&self, i: usize) -> bool {
        let Some(p) = self.pos(i).filter(|&p| p >= 2) else {
            return false;
        };
        let (date, headline) = (self.content[p - 1], self.content[p - 2]);
        let chars = |n: usize| text_info(&self.lines[n]).map(|t| t.chars());
        matches!(self.lines[date].kind, Kind::Byline(_))
            && self.candidate(headline)
            && chars(headline)
                .is_some_and(|h| h >= NOTE_HEADLINE_CHARS && chars(i).is_some_and(|c| h >= c))
    }

    /// Line `i` is the writer's credit right above the date line, under a
    /// longer headline (a caption may stand between): a bare name (`Koffi
    /// Yao Séraphin`), or a name with the outlet or city after a dash or
    /// comma (`عامر ملک -اردو نیوز، اسلام آباد`), as feed readers, blogs
    /// and news sites print it.
    fn writer_over_date(&self, i: usize) -> bool {
        let Some(p) = self.pos(i).filter(|&p| p >= 1) else {
            return false;
        };
        let text = self.lines[i].line.text;
        let credit_shape = || {
            is_bare_name(text)
                || (text.len() <= WRITER_CREDIT_BYTES
                    && (2..=WRITER_CREDIT_WORDS).contains(&text.split_whitespace().count())
                    && text
                        .split_once(['-', '–', '،', ','])
                        .is_some_and(|(name, _)| is_bare_name(name.trim()))
                    && !text.ends_with(['.', '!', '?', '؟', '。'])
                    && !text.bytes().any(|b| b.is_ascii_digit()))
        };
        let chars = text.chars().count();
        let headline_above = || {
            self.content[p.saturating_sub(3)..p]
                .iter()
                .rev()
                .find(|&&h| {
                    !matches!(
                        self.lines[h].kind,
                        Kind::Boilerplate(BoilerplateKind::Caption)
                    )
                })
                .is_some_and(|&h| {
                    self.candidate(h)
                        && text_info(&self.lines[h])
                            .is_some_and(|t| t.chars() >= NOTE_HEADLINE_CHARS && t.chars() > chars)
                })
        };
        self.content
            .get(p + 1)
            .is_some_and(|&d| matches!(self.lines[d].kind, Kind::Byline(_)))
            && credit_shape()
            && headline_above()
    }

    /// Line `i` reads `Place: Name` (`الطائف: عبد الإله سعيد القرني`: one
    /// word, a colon, two to four words of letters) under a headline and
    /// its standfirst: the writer and the city they file from. Elsewhere
    /// such a line may be a short headline (`غزة: هدنة هشة`).
    fn writer_under_standfirst(&self, i: usize) -> bool {
        let Some((place, name)) = self.lines[i].line.text.split_once(':') else {
            return false;
        };
        let words = name.split_whitespace().count();
        place.split_whitespace().count() == 1
            && (2..=4).contains(&words)
            && name
                .chars()
                .all(|c| super::input::is_letter(c) || c.is_whitespace())
            && self.prev_text(i).is_some_and(|s| {
                self.prev_text(s)
                    .is_some_and(|h| self.is_standfirst_pair(h, s))
            })
    }

    /// Line `i` is the site's name from the masthead, a dash and a place
    /// (`[10]عنب بلدي – درعا` under the headline of a site whose first
    /// lines print `عنب بلدي`): a credit, whether or not the registry knows
    /// the outlet.
    fn site_and_place(&self, i: usize) -> bool {
        let unlinked = super::classify::strip_link_number(self.lines[i].line.text);
        // A byte test before the two substring searches: most lines hold
        // neither dash.
        if unlinked.len() > SITE_AND_PLACE_BYTES
            || !unlinked.as_bytes().iter().any(|&b| b == b'-' || b == 0xE2)
        {
            return false;
        }
        let Some((site, place)) = unlinked
            .split_once(" – ")
            .or_else(|| unlinked.split_once(" - "))
        else {
            return false;
        };
        let masthead = |name: &str| {
            !name.is_empty()
                && self.content.iter().take(MASTHEAD_LINES).any(|&m| {
                    m != i && super::classify::strip_link_number(self.lines[m].line.text) == name
                })
        };
        let short = |t: &str| (1..=3).contains(&t.split_whitespace().count());
        let (site, place) = (site.trim(), place.trim());
        // The place may come first (`الدوحة - العرب`).
        (short(place) && masthead(site)) || (short(site) && masthead(place))
    }

    /// Another line prints the same title text (skeleton L).
    /// Or the page's `<title>` prints it with the site's name after a
    /// separator (`... hits $1.8m - ABC News`, `..._湖南频道_红网`) or
    /// before one (`بوابة الوسط | تقرير: ...`), as a crawl's text record
    /// opens.
    /// The breadcrumb trail above line `i` closes with it (`Accueil >
    /// Kisangani : les piroguiers ...` over the headline): the page's own
    /// headline. Only the trails among the first lines are read.
    fn crumb_names(&self, i: usize) -> bool {
        let whole = self.lines[i].line.text.trim();
        let Some(&last) = whole.as_bytes().last() else {
            return false;
        };
        // A trail closing with its section (`الرئيسية > محافظات`) names
        // the section, printed again as a label over the headline: a
        // headline has a few words.
        if whole
            .split_whitespace()
            .nth(CRUMB_HEADLINE_WORDS - 1)
            .is_none()
        {
            return false;
        }
        self.content
            .iter()
            .take(CRUMB_LINES)
            .take_while(|&&j| j < i)
            .any(|&j| {
                // Byte tests first: this is asked of every headline pair.
                let trail = self.lines[j].line.text;
                trail.len() > whole.len()
                    && trail.as_bytes().last() == Some(&last)
                    && trail
                        .strip_suffix(whole)
                        .is_some_and(|head| head.trim_end().ends_with(['>', '›', '»']))
            })
    }

    fn repeated(&self, i: usize) -> bool {
        let t = title_text(&self.lines[i]);
        let first = t.as_bytes().first();
        // With its rubric, as the page title prints it after the site.
        let whole = self.lines[i].line.text.trim();
        let last = whole.as_bytes().last();
        self.content.iter().any(|&j| {
            if j == i || self.lines[j].line.text.len() < t.len() {
                return false;
            }
            if !matches!(self.lines[j].kind, Kind::Text(_)) {
                return false;
            }
            let other = title_text(&self.lines[j]);
            (other.as_bytes().first() == first
                && other
                    .strip_prefix(t)
                    .is_some_and(|rest| rest.is_empty() || is_site_suffix(rest)))
                // The site's name first (`بوابة الوسط | تقرير: ...`).
                || (other.as_bytes().last() == last
                    && other
                        .strip_suffix(whole)
                        .and_then(|head| SITE_SEPARATORS.iter().find_map(|sep| head.strip_suffix(sep)))
                        .is_some_and(is_site_name))
        })
    }

    /// Line `i` is the site's name that another line's page title closes
    /// with (`... รับมือไฟป่า | ไทยรัฐออนไลน์`, then `ไทยรัฐออนไลน์` on
    /// its own line under the byline): the publisher, no headline.
    fn names_site(&self, i: usize) -> bool {
        let t = title_text(&self.lines[i]);
        // A site's name is short: most headlines are longer, and are ruled
        // out by their length before the page is searched.
        if t.is_empty() || t.len() > SITE_NAME_BYTES {
            return false;
        }
        let last = t.as_bytes().last();
        self.content.iter().any(|&j| {
            j != i
                && matches!(self.lines[j].kind, Kind::Text(_))
                && self.lines[j].line.text.len() > t.len()
                && title_text(&self.lines[j]).as_bytes().last() == last
                && title_text(&self.lines[j])
                    .strip_suffix(t)
                    .and_then(|head| {
                        SITE_SEPARATORS
                            .iter()
                            .find_map(|sep| head.strip_suffix(sep))
                    })
                    .is_some_and(|head| !head.trim().is_empty() && is_site_name(t))
        })
    }

    /// Line `i` comes under a breaking-news or latest-news heading (`عاجل`,
    /// `Breaking`, `Son dakika`), among its first [`TICKER_ITEMS`] short
    /// lines: it is the ticker's item.
    fn ticker_item(&self, i: usize) -> bool {
        let Some(p) = self.pos(i) else {
            return false;
        };
        // The heading may stand over a few items, each a short text line.
        let mut under_heading = false;
        for q in (0..p).rev().take(TICKER_ITEMS) {
            match &self.lines[self.content[q]].kind {
                Kind::Boilerplate(BoilerplateKind::Latest) => {
                    under_heading = true;
                    break;
                }
                // A crumb (`ليبيا`) between the ticker and the headline
                // parts them.
                Kind::Text(t) if !t.body_like() && t.chars() >= TICKER_ITEM_CHARS => {}
                _ => break,
            }
        }
        // A headline signed right below (`عاجل` / the headline / the
        // writer's name or the date line) is the article's: `عاجل` was its
        // kicker, not a ticker's heading.
        let signed = || {
            self.content.get(p + 1).is_some_and(|&j| {
                let next = &self.lines[j];
                matches!(next.kind, Kind::Byline(_)) || is_name_line(next.line.text)
            })
        };
        under_heading && !signed()
    }

    /// Score of line `i` as a title, from its own features.
    fn title_features(&self, i: usize) -> i32 {
        let c = &self.lines[i];
        let Some(t) = text_info(c) else {
            return i32::MIN / 2;
        };
        let mut score = 0;
        if t.rubric.is_some() {
            score += 3;
        }
        if self.crumb_names(i) {
            score += 3;
        }
        if self.repeated(i) {
            score += 2;
        }
        if self.names_site(i) {
            score -= 5;
        }
        score += match t.chars() {
            0..=7 => -3,
            8..=14 => -1,
            15..=19 => 0,
            20..=200 => 1,
            _ => 0,
        };
        // A sentence's full stop marks body text; a question mark closes
        // headlines as often (`ما هي ...؟`, `Why ...?`).
        let question = c
            .line
            .text
            .trim_end_matches(['"', '\'', '»', '”', '’', ')'])
            .ends_with(['?', '؟', '？']);
        if t.sentence_end && !question {
            score -= 2;
        }
        // A headline has words: a line of a few letters among digits (a
        // date in a calendar the reader does not parse, `۱۴ مهر ۱۴۰۲`) is
        // none.
        if few_letters(c.line.text) {
            score -= 3;
        }
        if is_author_line(c.line.text)
            || is_name_line(c.line.text)
            || is_place_and_name(c.line.text).is_some()
            || self.site_and_place(i)
            || self.writer_under_standfirst(i)
            || self.writer_over_date(i)
        {
            score -= 5;
        }
        // An item of a news ticker, opening with its clock time (`09:12
        // Road works close the ring road`) or under the ticker's heading:
        // no headline.
        if starts_with_clock(c.line.text) || self.ticker_item(i) {
            score -= 3;
        }
        // A form's text field as a text browser draws it (`____________
        // Найти`, `Search______________ Go`).
        if c.line.text.as_bytes().contains(&b'_') && c.line.text.contains(FORM_FIELD) {
            score -= 5;
        }
        // Market quotes (`Курсы ЦБ: USD 32,53 | EUR 41,08 Нефть Brent
        // 96,05`): three decimal numbers or more.
        if decimal_numbers(c.line.text) >= QUOTE_NUMBERS {
            score -= 4;
        }
        // A menu printed as one line, its items parted by bars (`الرئيسية
        // | أخبار محلية | أخبار عربية ودولية | ...`); a page title's bars
        // part two or three pieces.
        if c.line.text.as_bytes().contains(&b'|')
            && c.line.text.matches(" | ").nth(MENU_BARS - 1).is_some()
        {
            score -= 5;
        }
        // A count and a word or two (`0 دقيقة واحدة`, `3 min read`): a
        // reading time or counter, no headline.
        let mut words = c.line.text.split_whitespace();
        if words
            .next()
            .is_some_and(|w| w.bytes().all(|b| b.is_ascii_digit()))
            && words.nth(2).is_none()
        {
            score -= 3;
        }
        // A Persian kicker (روتیتر) names who spoke, closing with the verb
        // of saying; the headline is the next line.
        if is_persian_kicker(c.line.text)
            && self
                .next_text(i)
                .is_some_and(|n| headline_like(&self.lines[n]))
        {
            score -= 4;
        }
        // A photo's caption over its credit; a headline over the lead
        // photo's bare credit (`صورة: هسبريس`) still wins where it is the
        // only headline.
        if self.over_photo_credit(i) {
            score -= 4;
        }
        if self.note_under_writer(i) || self.caption_under_date(i) {
            score -= 4;
        }
        // A reader view or print view opens with the site's name and the
        // page's address, then the headline.
        // A reader view's header: the headline, the writer, the reading
        // time.
        // A site's domain alone above a headline is often its masthead:
        // only the reading time makes it a reader view.
        if let Some(address) = self.under_address(i) {
            let reading_time = |p: usize| {
                self.content
                    .get(p)
                    .is_some_and(|&n| super::classify::is_reading_time(self.lines[n].line.text))
            };
            let reader_view = self
                .pos(i)
                .is_some_and(|p| reading_time(p + 1) || reading_time(p + 2));
            if address == Address::Url || reader_view {
                score += 3;
            }
            if reader_view {
                score += READER_VIEW_BONUS;
            }
        }
        // A headline and its standfirst, a longer line of the same kind
        // right below it: the first is the title.
        // A kicker in capitals between them is stepped over.
        let next = self.next_text(i).and_then(|n| self.past_kicker(n, true));
        let pair_below = next.filter(|&n| self.is_standfirst_pair(i, n));
        // Such a pair right above the page's standfirst (`Centre-ville de
        // Lausanne` / the headline / a standfirst of two sentences): the
        // first line is a kicker, and the second the headline.
        let chained = |n: usize| self.standfirst.is_some() && self.next_text(n) == self.standfirst;
        let standfirst_below = pair_below.filter(|&n| !chained(n));
        if standfirst_below.is_some() {
            score += 2;
        }
        let headline_above = !chained(i)
            && self
                .prev_text(i)
                .and_then(|p| self.past_kicker(p, false))
                .is_some_and(|p| self.is_standfirst_pair(p, i));
        if headline_above {
            score -= 2;
        }
        // A headline right under the breadcrumb trail (`Home > Economy`).
        if self
            .pos(i)
            .and_then(|p| p.checked_sub(1))
            .is_some_and(|p| is_breadcrumb_line(&self.lines[self.content[p]]))
        {
            score += 2;
        }
        // The title sits right above the body, whether the date line comes
        // before it (skeleton C) or between them (A): this outweighs the
        // byline-relative position. A headline's standfirst between them
        // is stepped over; the standfirst itself does not gain.
        let below = standfirst_below.map_or(next, |n| self.next_text(n));
        if !headline_above && below.is_some_and(|n| body_like(&self.lines[n])) {
            score += 3;
        }
        score
    }

    /// The script of most of the body (its body-like lines, weighed by
    /// length), read only to break a bilingual title pair.
    fn main_script(&self) -> Option<super::language::Script> {
        let mut weights: Vec<(super::language::Script, usize)> = Vec::new();
        for &i in &self.content {
            if !body_like(&self.lines[i]) {
                continue;
            }
            if let Some((s, w)) = super::language::script_weight(self.lines[i].line.text) {
                match weights.iter_mut().find(|(t, _)| *t == s) {
                    Some((_, n)) => *n += w,
                    None => weights.push((s, w)),
                }
            }
        }
        weights.into_iter().max_by_key(|&(_, w)| w).map(|(s, _)| s)
    }

    fn candidate(&self, i: usize) -> bool {
        let c = &self.lines[i];
        headline_like(c)
            && !body_like(c)
            && !dateline_led(c)
            // A dateline alone on its line, waiting for its paragraph
            // (`أربيل (كوردستان24)-`): no headline ends with a dash.
            && !c.line.text.trim_end().ends_with(['-', '–', '—'])
            && !is_short_author_line(c.line.text)
            && !under_summary_heading(self.lines, i)
    }

    /// Text line `n`, or the next text line past it (`forward`) or the
    /// one before it when `n` is a kicker in capitals (`TRANSPORTS`).
    fn past_kicker(&self, n: usize, forward: bool) -> Option<usize> {
        if !is_caps_kicker(self.lines[n].line.text) {
            Some(n)
        } else if forward {
            self.next_text(n)
        } else {
            self.prev_text(n)
        }
    }

    /// Line `i` is a place of a few words right under a bare name
    /// (`Núria Puigdomènech` / `El Prat de Llobregat`): the city the
    /// writer files from, whatever the name line was read as.
    fn place_under_name(&self, i: usize) -> bool {
        is_place_phrase(self.lines[i].line.text)
            && self
                .pos(i)
                .and_then(|p| p.checked_sub(1))
                .is_some_and(|p| is_bare_name(self.lines[self.content[p]].line.text))
    }

    /// Line `i` stands right above a photo credit (`Фото: Анна Корнеева /
    /// NGS.RU`): it is the photo's caption.
    fn over_photo_credit(&self, i: usize) -> bool {
        self.pos(i)
            .and_then(|p| self.content.get(p + 1))
            .is_some_and(|&n| {
                matches!(
                    self.lines[n].kind,
                    Kind::Boilerplate(BoilerplateKind::Caption)
                ) && is_labelled_credit(&self.lines[n])
            })
    }
}

/// The furthest position among the page's non-blank lines at which a
/// headline under the page's address gains: a reader view's site name
/// and address come first.
const ADDRESS_HEADLINE_POS: usize = 2;

/// What stands above a headline at the top of a dump.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Address {
    /// The page's URL (`https://...`).
    Url,
    /// The site's domain (`jugantor.com`).
    Domain,
}

/// What a headline under the page's address gains with a reading time
/// under it: a reader view's header, whatever the page below repeats.
const READER_VIEW_BONUS: i32 = 4;

/// Longest writer's credit with an outlet or city, in bytes.
const WRITER_CREDIT_BYTES: usize = 80;

/// Most words of a writer's credit with an outlet or city.
const WRITER_CREDIT_WORDS: usize = 7;

/// Fewest chars of a headline over a columnist's name and note.
const NOTE_HEADLINE_CHARS: usize = 20;

/// A section kicker in capitals (`TRANSPORTS`, `MUNDO`): one to three
/// words of capitals, four letters or more (a platform's `X` is none).
fn is_caps_kicker(text: &str) -> bool {
    text.len() <= 32
        && text.chars().count() >= 4
        && (1..=3).contains(&text.split_whitespace().count())
        && text
            .chars()
            .all(|c| c.is_uppercase() || c == ' ' || c == '-')
}

/// Longest line read as the masthead's name and a place, in bytes.
const SITE_AND_PLACE_BYTES: usize = 80;

/// Is `text` a clock time and nothing else: one or two digits, one of
/// `separators`, two digits (`14:32`, `0:47`, `14h32` with `h`)?
pub(crate) fn is_clock(text: &str, separators: &[char]) -> bool {
    text.split_once(separators).is_some_and(|(h, m)| {
        (1..=2).contains(&h.len())
            && m.len() == 2
            && h.bytes().chain(m.bytes()).all(|b| b.is_ascii_digit())
    })
}

/// The line opens with a clock time and a space (`09:12 Road works ...`,
/// `14:28 Merkez Bankası ...`), as a news ticker's items do.
pub(crate) fn starts_with_clock(text: &str) -> bool {
    let b = text.as_bytes();
    let hour = b.iter().take_while(|c| c.is_ascii_digit()).count();
    (1..=2).contains(&hour)
        && b.get(hour) == Some(&b':')
        && b.get(hour + 1..hour + 3)
            .is_some_and(|m| m.iter().all(u8::is_ascii_digit))
        && b.get(hour + 3) == Some(&b' ')
}

/// The site's name after a page title's separator: ` - ABC News`, ` |
/// الشرق الأوسط`, `_红网`; a few words, no sentence.
fn is_site_suffix(rest: &str) -> bool {
    SITE_SEPARATORS
        .iter()
        .find_map(|sep| rest.strip_prefix(sep))
        .is_some_and(is_site_name)
}

/// What parts a page title from the site's name after it.
const SITE_SEPARATORS: &[&str] = &[" - ", " | ", " – ", " — ", " :: ", "_", " · "];

/// Could `name`, printed after a page title's separator, be a site's name:
/// a few words, no sentence?
fn is_site_name(name: &str) -> bool {
    let words = name.split_whitespace().count();
    (1..=SITE_NAME_WORDS).contains(&words) && !ends_like_sentence(name)
}

/// Most words in a site's name after a page title.
const SITE_NAME_WORDS: usize = 6;

/// Longest site name printed on its own line, in bytes.
const SITE_NAME_BYTES: usize = 64;

/// The text closes with a sentence's mark.
fn ends_like_sentence(text: &str) -> bool {
    text.trim_end()
        .ends_with(['.', '!', '?', '؟', '。', '！', '？'])
}

/// A line of menu or breadcrumb items: `Home | China`, `Opinion /
/// Commentary`, tab-separated links.
fn is_item_list(text: &str) -> bool {
    // One byte pass: a tab, or a separator with a space either side.
    let b = text.as_bytes();
    b.contains(&b'\t')
        || b.windows(3)
            .any(|w| w[0] == b' ' && matches!(w[1], b'|' | b'/' | b'>') && w[2] == b' ')
        || (b.iter().any(|&c| c == 0xC2 || c == 0xE2)
            && [" » ", " › "].iter().any(|sep| text.contains(sep)))
}

/// Longest kicker over a headline below the date line, in chars.
const KICKER_CHARS: usize = 80;

/// Content lines at the top of a page that make its masthead (where a
/// weekday stamp is the crawl date).
pub(crate) const MASTHEAD_LINES: usize = 3;

/// Most points a summary box (see [`under_summary_heading`]) holds.
const SUMMARY_POINTS: usize = 6;

/// Line `i` is a point of a summary box: the text lines right under a
/// `HighLights` or `Key points` heading, with no blank line between.
fn under_summary_heading(lines: &[Classified<'_>], i: usize) -> bool {
    for (k, c) in lines[..i].iter().enumerate().rev().take(SUMMARY_POINTS) {
        match c.kind {
            // The box ends with the note on who wrote it, when it has one.
            Kind::Boilerplate(BoilerplateKind::Standfirst) => {
                return !lines[k..i].iter().any(|c| is_summary_note(c.line.text));
            }
            Kind::Text(_) => {}
            _ => return false,
        }
    }
    false
}

/// The verbs of saying that close a Persian kicker (`مدیرعامل شرکت مترو
/// خبر داد`, "the metro's director announced").
const PERSIAN_KICKER_ENDS: &[&str] = &[
    "خبر داد",
    "اعلام کرد",
    "مطرح کرد",
    "تاکید کرد",
    "تأکید کرد",
    "عنوان کرد",
    "هشدار داد",
    "پاسخ داد",
    "تشریح کرد",
    "گفت",
];

/// A short line closing with a Persian verb of saying: a kicker.
fn is_persian_kicker(text: &str) -> bool {
    let text = text.trim_end();
    text.len() <= 120
        // Every verb ends in `د` (D8 AF) or `ت` (D8 AA).
        && matches!(text.as_bytes().last(), Some(0xAF | 0xAA))
        && PERSIAN_KICKER_ENDS
            .iter()
            .any(|v| text.strip_suffix(v).is_some_and(|head| head.ends_with(' ')))
}

/// A line the lexicon reads as a breadcrumb trail: `Home > Economy`,
/// `News|Agriculture`.
fn is_breadcrumb_line(c: &Classified<'_>) -> bool {
    matches!(c.kind, Kind::Boilerplate(BoilerplateKind::Breadcrumb))
}

/// Longest bare name line, in bytes.
const BARE_NAME_BYTES: usize = 48;

/// Two or three words of letters and nothing else: a person's name
/// printed without a label (`هشام عبدالتواب`, `Jana Wolfram`).
pub(crate) fn is_bare_name(text: &str) -> bool {
    // A link number and bullet add a few bytes at most.
    if text.len() > BARE_NAME_BYTES + 12 {
        return false;
    }
    let text = super::classify::strip_link_number(text);
    text.len() <= BARE_NAME_BYTES
        && (2..=3).contains(&text.split_whitespace().count())
        && text.chars().all(|c| {
            super::input::is_letter(c)
                || c.is_whitespace()
                || matches!(c, '\u{200C}' | '-' | '\'')
                || is_indic_sign(c)
        })
        // A Chinese or Japanese name part is a few characters long; longer
        // runs are phrases (`老旧小区加装电梯 居民下楼不再难` is a headline).
        && text
            .split_whitespace()
            .all(|w| w.chars().count() <= HAN_NAME_CHARS || !w.chars().any(is_han_char))
}

/// A one- or two-word name, a full stop and one letter, the initial of
/// the surname (`ليلى.ع`, `سمير. ب`, `م.ب`): letters only otherwise.
fn is_initial_signature(text: &str) -> bool {
    let Some((name, initial)) = text.rsplit_once('.') else {
        return false;
    };
    let mut initial_chars = initial.trim_start().chars();
    let name_words = name.split_whitespace().count();
    initial_chars.next().is_some_and(super::input::is_letter)
        && initial_chars.next().is_none()
        && (1..=2).contains(&name_words)
        && name.len() <= BARE_NAME_BYTES
        && name.chars().all(|c| super::input::is_letter(c) || c == ' ')
        && !name.ends_with(' ')
}

/// A sign of an Indic script that is no letter but is part of a word: the
/// virama and nukta (`वर्मा`, `সৌরভ`), and any other mark of those blocks
/// (Devanagari to Sinhala), their dandas and digits excepted.
fn is_indic_sign(c: char) -> bool {
    matches!(c, '\u{0900}'..='\u{0DFF}') && !matches!(c, '\u{0964}' | '\u{0965}') && !c.is_numeric()
}

/// Most characters in one part of a Chinese or Japanese name.
const HAN_NAME_CHARS: usize = 4;

/// `الدمام - نورة العتيبي`: a place (or outlet) of one or two words, a
/// dash, and a bare name.
fn is_place_and_name(text: &str) -> Option<&str> {
    let unlinked = super::classify::strip_link_number(text);
    if unlinked.len() > BARE_NAME_BYTES + 24 {
        return None;
    }
    // A colon parts them only on a link to the writer's page (`[13]الشارقة:
    // هبة عادل السويدي`): elsewhere `Place: two words` is a headline.
    let linked = unlinked.len() < text.len();
    let (place, name) = unlinked
        .split_once(['-', '–', '|'])
        .or_else(|| linked.then(|| unlinked.split_once(':')).flatten())?;
    let name = name.trim();
    let is_place = |p: &str| {
        (1..=2).contains(&p.split_whitespace().count())
            && p.chars()
                .all(|c| super::input::is_letter(c) || c.is_whitespace())
    };
    if is_place(place) && is_bare_name(name) {
        return Some(name);
    }
    // The name first (`عبدالرحمن المطيري - الخبر`).
    let (name, place) = (place.trim(), name);
    (!linked && is_place(place) && is_bare_name(name)).then_some(name)
}

/// `الشارقة: مريم الحمادي`: one word of a place, a colon and a bare name.
fn place_colon_name(text: &str) -> Option<&str> {
    let (place, name) = text.split_once(':')?;
    let name = name.trim();
    (is_one_word_place(place.trim()) && is_bare_name(name)).then_some(name)
}

/// `يوسف الحمداوي من تاونات`: a bare name, `من` ("from") and a place of one
/// or two words, as Moroccan and Gulf sites sign a correspondent's story.
fn name_from_place(text: &str) -> Option<&str> {
    let unlinked = super::classify::strip_link_number(text);
    if unlinked.len() > BARE_NAME_BYTES + 24 {
        return None;
    }
    let (name, place) = unlinked.rsplit_once(" من ")?;
    let place_words = place.split_whitespace().count();
    ((1..=2).contains(&place_words)
        && place
            .chars()
            .all(|c| super::input::is_letter(c) || c == ' ')
        && is_bare_name(name))
    .then(|| name.trim())
}

/// Content lines above a byline searched for its writer.
const WRITER_REACH: usize = 2;

/// The writer printed over byline `b` without a label: a bare name (or a
/// place and a name) right above it, or above a credit line right above
/// it, when the date line itself names no one. Returns the line and the
/// name.
fn writer_over<'a>(page: &Page<'_, 'a>, b: usize) -> Option<(usize, &'a str)> {
    let lines = page.lines;
    if has_words_besides_date(&lines[b]) {
        return None;
    }
    let bp = page.pos(b)?;
    for &w in page.content[..bp].iter().rev().take(WRITER_REACH) {
        let text = lines[w].line.text;
        // A credit or `By ...` line between the name and the date is
        // stepped over.
        if matches!(lines[w].kind, Kind::Boilerplate(BoilerplateKind::Credit))
            || (is_text(&lines[w]) && is_author_line(text))
        {
            continue;
        }
        if !is_text(&lines[w]) {
            return None;
        }
        // The writer's role on its own line under the name (`Jane Holt` /
        // `Local Democracy Reporter`): the name is the line above.
        if ends_in_role(text) && text.split_whitespace().nth(3).is_none() {
            continue;
        }
        // The city the writer files from, on its own line under the name
        // (`سامر الخطيب` / `بيروت` / `07 فبراير 2024`).
        // A place of a few words (`El Prat de Llobregat`) the same way,
        // when a bare name stands right above it.
        if (is_one_word_place(text) || page.place_under_name(w))
            && Some(w) == page.content[..bp].last().copied()
        {
            continue;
        }
        if is_bare_name(text) {
            return Some((w, plain_text(&lines[w])));
        }
        // `الشارقة: مريم الحمادي` without a link reads as a headline too;
        // it is the writer's line when a headline stands right above it.
        let colon_form = || {
            let above = page
                .pos(w)
                .and_then(|p| p.checked_sub(1))
                .map(|p| page.content[p]);
            above
                .is_some_and(|a| headline_like(&lines[a]) && !body_like(&lines[a]))
                .then(|| place_colon_name(text))
                .flatten()
        };
        return is_place_and_name(text)
            .or_else(|| name_from_place(text))
            .or_else(colon_form)
            .map(|name| (w, name));
    }
    None
}

/// A place name of two to five words (`El Prat de Llobregat`, `Saint-
/// Jean-de-Luz`, `Rio de Janeiro`): each word capitalized or a lowercase
/// particle (`de`, `del`, `la`, ...), letters and hyphens only.
fn is_place_phrase(text: &str) -> bool {
    const PARTICLES: &[&str] = &[
        "de", "del", "la", "las", "los", "el", "du", "des", "di", "da", "do", "dos", "das", "von",
        "am", "an", "der", "sur", "en", "y", "e", "i",
    ];
    let words = text.split_whitespace().count();
    text.len() <= 40
        && (2..=5).contains(&words)
        && text.starts_with(char::is_uppercase)
        && text.split_whitespace().all(|w| {
            w.chars().all(|c| super::input::is_letter(c) || c == '-')
                && (w.starts_with(char::is_uppercase) || PARTICLES.contains(&w))
        })
}

/// One word of letters, as a dateline's city stands alone on a line.
fn is_one_word_place(text: &str) -> bool {
    text.len() <= 32
        && !text.contains(' ')
        && text.chars().all(|c| super::input::is_letter(c) || c == '-')
}

/// Does date line `c` hold words besides its date (an outlet, an author,
/// a label)? Weekdays, `AM`/`ص` and other date words do not count.
fn has_words_besides_date(c: &Classified<'_>) -> bool {
    match &c.kind {
        Kind::Byline(info) => {
            matches!(info.source, Some((_, true)))
                || info.date.as_ref().map_or(true, |m| {
                    m.around(c.line.text).iter().any(|r| {
                        r.split(|c: char| !crate::parse::input::is_letter(c))
                            .any(|w| {
                                w.chars().count() >= 3 && !crate::lexicon::months::is_date_word(w)
                            })
                    })
                })
        }
        _ => false,
    }
}

/// Shortest headline that can have a standfirst, in chars: shorter lines
/// above a headline are section labels (`Hürriyet Gündem Haberleri`).
const STANDFIRST_MIN_CHARS: usize = 30;

/// Shortest headline in sentence case that can have a standfirst
/// (`Склады перестали дорожать`), in chars.
const SHORT_HEADLINE_CHARS: usize = 15;

/// Three words or more in a cased script, some of them lowercase after
/// the first: a short headline, not a section label in title case
/// (`Hürriyet Gündem Haberleri`).
fn is_sentence_case(text: &str) -> bool {
    let mut words = text.split_whitespace();
    let first_upper = words
        .next()
        .and_then(|w| w.chars().next())
        .is_some_and(char::is_uppercase);
    let (mut rest, mut lower) = (0, 0);
    for w in words {
        rest += 1;
        lower += usize::from(w.chars().next().is_some_and(char::is_lowercase));
    }
    first_upper && rest >= 2 && lower * 2 >= rest
}

/// Score of a title printed whole and then split over the next lines:
/// above any score the line features give.
const SPLIT_TITLE_SCORE: i32 = 20;

/// Header lines searched for a split title.
const SPLIT_TITLE_REACH: usize = 16;

/// A title printed whole and then again split over the next two or more
/// lines (`进博会首日 多国展商看好中国市场 ...`, then `进博会首日`,
/// `多国展商看好中国市场`, ...), as Chinese e-papers print it: the whole
/// line and the lines that split it. Whitespace is ignored in the match.
fn split_title(page: &Page<'_, '_>, first_body: Option<usize>) -> Option<(usize, Vec<usize>)> {
    // The content lines are in page order: those above the body, cut to
    // the reach, are a prefix of them.
    let above = page
        .content
        .partition_point(|&i| first_body.map_or(true, |f| i < f));
    let header = &page.content[..above.min(SPLIT_TITLE_REACH)];
    let text = |i: usize| page.lines[i].line.text;
    let solid = |t: &str| t.chars().find(|c| !c.is_whitespace());
    for (k, &i) in header.iter().enumerate() {
        if !is_text(&page.lines[i]) || !headline_like(&page.lines[i]) {
            continue;
        }
        // Cheap tests first: the next line is text, shorter, and opens
        // with the same char.
        let whole = text(i);
        let Some(&next) = header.get(k + 1) else {
            break;
        };
        if !is_text(&page.lines[next])
            || text(next).len() >= whole.len()
            || solid(text(next)) != solid(whole)
        {
            continue;
        }
        // Then the chars of the whole line, whitespace aside, against the
        // chars of the lines after it, one line after another.
        let mut rest = whole.chars().filter(|c| !c.is_whitespace()).peekable();
        let mut parts = Vec::new();
        for &j in &header[k + 1..] {
            if !is_text(&page.lines[j]) {
                break;
            }
            let mut part = text(j).chars().filter(|c| !c.is_whitespace()).peekable();
            if part.peek().is_none() || !part.all(|c| rest.next() == Some(c)) {
                break;
            }
            parts.push(j);
            if rest.peek().is_none() {
                return (parts.len() >= 2).then_some((i, parts));
            }
        }
    }
    None
}

/// Longest line [`few_letters`] reads, in bytes.
const FEW_LETTERS_BYTES: usize = 80;

/// A line of more digits (ASCII, Arabic-Indic, Persian, full-width) than
/// letters: numbers with a word or two, not a headline or prose.
fn few_letters(text: &str) -> bool {
    // Such lines are short: a long line is never read char by char here.
    if text.len() > FEW_LETTERS_BYTES {
        return false;
    }
    let (mut letters, mut digits) = (0usize, 0usize);
    for ch in text.chars() {
        if matches!(ch, '0'..='9' | '\u{0660}'..='\u{0669}' | '\u{06F0}'..='\u{06F9}' | '\u{FF10}'..='\u{FF19}')
        {
            digits += 1;
        } else if ch.is_ascii_alphabetic() || (!ch.is_ascii() && super::input::is_alphanumeric(ch))
        {
            letters += 1;
        }
    }
    letters < digits
}

/// Most lines read as the photo caption above a title at the page's foot.
const FOOT_CAPTIONS: usize = 3;

/// Fewest items in a run of short lines read as a menu.
const MENU_RUN: usize = 4;

/// A menu item: a short text line of at most three words that ends no
/// sentence and carries no rubric (`Anasayfa`, `أخبار مصر`, `Спорт`).
fn menu_item(c: &Classified<'_>) -> bool {
    match &c.kind {
        Kind::Text(t) => {
            t.rubric.is_none()
                && !t.sentence_end
                && t.chars() <= 24
                && c.line.text.split_whitespace().nth(3).is_none()
        }
        _ => false,
    }
}

/// The lines of the page's menus above its body: runs of at least
/// [`MENU_RUN`] menu items, furniture lines between them allowed, sorted.
/// The first and last items of each run are left out when long enough to
/// be a short title (15 chars, as [`Page::title_features`] counts them).
fn menu_lines(page: &Page<'_, '_>, first_body: Option<usize>) -> Vec<usize> {
    let mut menu = Vec::new();
    let mut run: Vec<usize> = Vec::new();
    let mut items = 0;
    let mut close = |run: &mut Vec<usize>, items: &mut usize| {
        if *items >= MENU_RUN {
            // Up to the last item: what follows it is not part of the run,
            // nor is a writer's credit under the headline (`报导：...`).
            while run.last().is_some_and(|&i| {
                !menu_item(&page.lines[i]) || is_author_line(page.lines[i].line.text)
            }) {
                run.pop();
            }
            // (A wide char counts double: `山里的最后一班客车` is a headline.)
            let long =
                |i: usize| text_info(&page.lines[i]).is_some_and(|t| t.chars() + t.wide() >= 15);
            // A headline and a short credit under it right above the date
            // line (`...節電逾3成` / `中央社` / `2024/03/05 14:32`).
            let dated_below = run
                .last()
                .and_then(|&l| page.pos(l))
                .and_then(|p| page.content.get(p + 1))
                .is_some_and(|&n| matches!(page.lines[n].kind, Kind::Byline(_)));
            if let [.., headline, credit] = run[..] {
                if dated_below && long(headline) && !long(credit) {
                    run.truncate(run.len() - 2);
                }
            }
            if run.last().is_some_and(|&i| long(i)) {
                run.pop();
            }
            // A headline right before a short menu (news.cn's font-size
            // control, `字体： 小 中 大`) is no menu item either.
            let from = usize::from(run.first().is_some_and(|&i| long(i)));
            menu.extend(run[from..].iter().copied());
        }
        run.clear();
        *items = 0;
    };
    for &i in page
        .content
        .iter()
        .take_while(|&&i| first_body.map_or(true, |f| i < f))
    {
        let c = &page.lines[i];
        if menu_item(c) {
            run.push(i);
            items += 1;
        } else if matches!(c.kind, Kind::Boilerplate(_)) && !run.is_empty() {
            run.push(i);
        } else {
            close(&mut run, &mut items);
        }
    }
    close(&mut run, &mut items);
    menu
}

/// Short lines between the header and the first body paragraph that end
/// no sentence (`Temps de Lecture 4 min`, `Kaydet`, `Ir a los
/// comentarios`, summary bullets) are widgets and labels, not body.
fn head_furniture(page: &Page<'_, '_>, roles: &mut [Role], header_end: Option<usize>) {
    let lines = page.lines;
    let start = header_end.map_or(0, |h| h + 1);
    // Only above a body that follows: a page whose only text is short
    // keeps it as its paragraphs.
    let mut above = Vec::new();
    for &i in page.content.iter().skip_while(|&&i| i < start) {
        if roles[i] != Role::Paragraph {
            continue;
        }
        let Some(t) = text_info(&lines[i]) else {
            continue;
        };
        if t.body_like() || t.sentence_end || dateline_led(&lines[i]) {
            for j in above {
                roles[j] = Role::Boilerplate(BoilerplateKind::Other);
            }
            return;
        }
        above.push(i);
    }
}

/// Content lines after a standfirst searched for the date line below it.
const STANDFIRST_DATE_REACH: usize = 4;

/// A standfirst: the first body-like line `f`, right under a headline-like
/// line, when a date line follows it closely (`title`, `standfirst`, `By
/// ...`, `Published ...`, then the body: most modern layouts) or only
/// photo captions stand between it and the body (`title`, `teaser`,
/// `caption`, body). Returns the standfirst and the first body line.
fn standfirst(page: &Page<'_, '_>, f: usize) -> Option<(usize, usize)> {
    let lines = page.lines;
    let p = page.pos(f)?;
    let above = *page.content[..p].last()?;
    // The dateline test keys the line's head: it goes last.
    if !headline_like(&lines[above]) || body_like(&lines[above]) || dateline_led(&lines[f]) {
        return None;
    }
    let mut dated = false;
    let mut captions_only = true;
    // Lines between the lead and the body, not counting the photo and
    // the writer's lines (`Marie-Ève Gagnon` over `Publié le ...`), which
    // modern layouts print there.
    let mut k = 0;
    let mut wrapped = 0;
    for (n, &j) in page.content[p + 1..].iter().enumerate() {
        let c = &lines[j];
        // The lead's own lines, as a text browser wrapped them, are the
        // lead's.
        if text_info(c).is_some_and(|t| t.continued) {
            wrapped += 1;
            continue;
        }
        // A photo's caption reads like a sentence; the credit line under
        // it tells it from the body (`L'ancienne usine ... depuis 2014.` /
        // `PHOTO FRANÇOIS LABRECQUE, LA PRESSE`).
        // Some sites print the credit first (`Photo courtoisie, Ville de
        // Laval` / the caption).
        let credited = || {
            let credit = |k: usize| {
                page.content.get(k).is_some_and(|&j| {
                    matches!(lines[j].kind, Kind::Boilerplate(BoilerplateKind::Caption))
                        && is_labelled_credit(&lines[j])
                })
            };
            (credit(p + 2 + n) || credit(p + n))
                && text_info(c).is_some_and(|t| t.chars() <= CREDITED_CAPTION_CHARS)
        };
        if (body_like(c) || dateline_led(c)) && !credited() {
            let photo = captions_only && n > wrapped;
            return (dated || photo).then_some((f, j));
        }
        let writer = is_text(c) && {
            let t = super::classify::strip_link_number(c.line.text);
            is_author_line(t) || is_name_line(t) || is_bare_name(t)
        };
        match c.kind {
            Kind::Byline(_) if k < STANDFIRST_DATE_REACH => dated = true,
            // Photo captions, share rows and the writer's credit
            // (`همشهری آنلاین - نرگس رضایی:`) between the lead and the body.
            Kind::Boilerplate(BoilerplateKind::Caption | BoilerplateKind::Credit)
            | Kind::Share(_) => {}
            _ if writer => {}
            _ => captions_only = false,
        }
        let credit = matches!(
            c.kind,
            Kind::Boilerplate(BoilerplateKind::Caption | BoilerplateKind::Credit)
        );
        if !credit && !writer {
            k += 1;
        }
        if !dated && k >= STANDFIRST_DATE_REACH && !captions_only {
            return None;
        }
    }
    None
}

/// Content lines at the top of a page searched for a consent box.
const BANNER_REACH: usize = 16;

/// Most lines above a consent box's notice (skip links and menus aside):
/// the box opens the page.
const BANNER_NOTICE_AT: usize = 3;

/// Lines of a consent box below its notice that may hold its buttons.
const BANNER_NOTICE_REACH: usize = 8;

/// The buttons of a cookie consent box, as match keys.
const CONSENT_BUTTONS: &[&str] = &[
    "accept",
    "kabul et",
    "tümünü kabul et",
    "accept all",
    "accept cookies",
    "accept all cookies",
    "i accept",
    "i agree",
    "agree",
    "reject all",
    "manage preferences",
    "cookie settings",
    "accepter",
    "tout accepter",
    "accepter et fermer",
    "continuer sans accepter",
    "refuser",
    "tout refuser",
    "paramétrer",
    "aceptar",
    "aceptar todo",
    "aceptar todas",
    "rechazar",
    "configurar",
    "akzeptieren",
    "alle akzeptieren",
    "ablehnen",
    "accetta",
    "accetta tutto",
    "rifiuta",
    "aceitar",
    "aceitar todos",
    "принять",
    "принять все",
    "согласен",
    "قبول",
    "قبول الكل",
    "أوافق",
    "موافق",
    "رفض",
    "同意",
    "接受",
    "拒绝",
    "پذیرش",
    "ja, ik accepteer",
    "nee, ik weiger",
    "instellingen aanpassen",
    "godkänn alla",
    "hantera inställningar",
    "přijmout vše",
    "odmítnout vše",
    "acceptă tot",
    "прийняти",
    "прийняти все",
    "kubali",
];

/// What a consent notice names cookies by: a stem of each cookie word
/// (`cookie`, `кукис`, `çerez`, `الكوكيز`, `کوکی`, `ملفات تعريف الارتباط`)
/// as printed in lower case, capitalized or in capitals, with the bytes one
/// of which must stand right before it (an empty string: none needed).
/// The stems skip the first letter, whose case varies; the two ASCII
/// stems come first.
const COOKIE_STEMS: &[(&str, &[&str])] = &[
    ("ookie", &["c", "C"]),
    ("OOKIE", &["C"]),
    ("уки", &["к", "К"]),
    ("УКИ", &["К"]),
    ("erez", &["ç", "Ç"]),
    ("EREZ", &["Ç"]),
    ("كوكي", &[""]),
    ("کوکی", &[""]),
    ("تعريف الارتباط", &[""]),
];

/// Does `text` name cookies ([`COOKIE_STEMS`])? One vectorized substring
/// search per stem over the line as it is: an automaton over the words
/// cost about 15 instructions per byte of Arabic, whose every letter
/// passed its prefilter, and lowercasing the line first cost as much again.
fn names_cookies(text: &str) -> bool {
    type Stems = Vec<(memchr::memmem::Finder<'static>, &'static [&'static str])>;
    static STEMS: OnceLock<Stems> = OnceLock::new();
    let stems = STEMS.get_or_init(|| {
        COOKIE_STEMS
            .iter()
            .map(|&(stem, before)| (memchr::memmem::Finder::new(stem), before))
            .collect()
    });
    let bytes = text.as_bytes();
    // The ASCII stems come first: an ASCII line needs no other search.
    let stems = if text.is_ascii() {
        &stems[..2]
    } else {
        &stems[..]
    };
    stems.iter().any(|(finder, before)| {
        finder
            .find_iter(bytes)
            .any(|at| before.iter().any(|b| bytes[..at].ends_with(b.as_bytes())))
    })
}

/// A cookie consent box at the top of the page: its notice (the first
/// body-like line, among the first content lines, naming cookies), a
/// heading that names them just above it, and its buttons below it
/// (`Tout accepter`, `قبول`). Returns its first and last line. Only the
/// first body-like line is looked at until it names cookies, so a page
/// without a box pays one test.
fn consent_banner(lines: &[Classified<'_>], content: &[usize]) -> Option<(usize, usize)> {
    let top = &content[..content.len().min(BANNER_REACH)];
    let names_cookies = |i: usize| names_cookies(lines[i].line.text);
    let notice = top.iter().position(|&i| body_like(&lines[i]))?;
    // Skip links, menus and a crawl record's header above the box do not
    // count.
    let text_above = top[..notice]
        .iter()
        .filter(|&&i| {
            !matches!(
                lines[i].kind,
                Kind::Boilerplate(BoilerplateKind::Navigation | BoilerplateKind::RecordHeader)
            )
        })
        .count();
    if text_above > BANNER_NOTICE_AT || !names_cookies(top[notice]) {
        return None;
    }
    let button = |i: usize| {
        let text = lines[i].line.text;
        text.len() <= 40 && {
            let k = crate::lexicon::key(text.trim_end_matches(['→', '>', '›', '»', ' ']));
            CONSENT_BUTTONS.contains(&k.as_str())
        }
    };
    // A crawl's text record glues the buttons to the notice's line (`...
    // Gizlilik Politikası sayfalarını inceleyebilirsiniz. Aydınlatma Metni
    // Çerez Ayarları Kabul Et`): the notice alone is the box.
    let glued_button = || {
        let key = crate::lexicon::key(lines[top[notice]].line.text);
        CONSENT_BUTTONS.iter().any(|b| {
            key.strip_suffix(b)
                .is_some_and(|rest| rest.ends_with(' ') && !rest.trim_end().ends_with(['.', '!']))
        })
    };
    let after = &top[notice + 1..(notice + 1 + BANNER_NOTICE_REACH).min(top.len())];
    let last = match after.iter().rposition(|&i| button(i)) {
        Some(k) => notice + 1 + k,
        None if glued_button() => notice,
        None => return None,
    };
    // A heading above the notice that names cookies too.
    let first = (notice.saturating_sub(2)..notice)
        .find(|&k| names_cookies(top[k]))
        .unwrap_or(notice);
    Some((top[first], top[last]))
}

/// Lines searched for the end of a box opened by `Skip past ...`.
const SKIP_BOX_LINES: usize = 16;

/// A box the page lets readers skip (`skip past newsletter promotion` ...
/// `after newsletter promotion`): every line between the two is part of
/// it.
fn skipped_boxes(lines: &[Classified<'_>], roles: &mut [Role]) {
    let mut i = 0;
    while i < lines.len() {
        let text = lines[i].line.text;
        let what = text
            .get(..10)
            .filter(|h| h.eq_ignore_ascii_case("skip past "))
            .map(|_| &text[10..]);
        if let Some(what) = what {
            let end = (i + 1..lines.len().min(i + SKIP_BOX_LINES)).find(|&j| {
                let t = lines[j].line.text;
                t.len() == what.len() + 6
                    && t.get(..6).is_some_and(|h| h.eq_ignore_ascii_case("after "))
                    && t[6..].eq_ignore_ascii_case(what)
            });
            if let Some(end) = end {
                // Only body and furniture lines join the box: a title,
                // byline or share widget inside it keeps its place (each
                // line is accounted for once).
                for role in &mut roles[i..=end] {
                    if matches!(
                        role,
                        Role::Paragraph | Role::CaptionedParagraph(_) | Role::Boilerplate(_)
                    ) {
                        *role = Role::Boilerplate(BoilerplateKind::Newsletter);
                    }
                }
                i = end;
            }
        }
        i += 1;
    }
}

/// The text of line `c` without a text browser's link number.
fn plain_text<'a>(c: &Classified<'a>) -> &'a str {
    super::classify::strip_link_number(c.line.text)
}

/// Content lines searched for the end of a photo viewer's box.
const PHOTO_BOX_LINES: usize = 8;

/// A photo viewer's box (NPR): `Enlarge this image`, the caption, the
/// credit with `hide caption`, `toggle caption`, the credit again. Every
/// line of it is the caption.
fn photo_boxes(page: &Page<'_, '_>, roles: &mut [Role]) {
    let lines = page.lines;
    let is = |i: usize, label: &str| plain_text(&lines[i]).eq_ignore_ascii_case(label);
    let mut k = 0;
    while k < page.content.len() {
        let open = page.content[k];
        // The lexicon reads the opening line as a caption: a cheap test
        // before the text is compared.
        if !matches!(
            lines[open].kind,
            Kind::Boilerplate(BoilerplateKind::Caption)
        ) || !is(open, "Enlarge this image")
        {
            k += 1;
            continue;
        }
        let close = page.content[k + 1..]
            .iter()
            .take(PHOTO_BOX_LINES)
            .position(|&j| is(j, "toggle caption"))
            .map(|d| k + 1 + d);
        let Some(close) = close else {
            k += 1;
            continue;
        };
        // The credit printed once more after `toggle caption`.
        let credit =
            page.content.get(close + 1).copied().filter(|&j| {
                text_info(&lines[j]).is_some_and(|t| t.chars() <= 60 && !t.sentence_end)
            });
        let last = if credit.is_some() { close + 1 } else { close };
        for &j in &page.content[k..=last] {
            if matches!(roles[j], Role::Paragraph | Role::Boilerplate(_)) {
                roles[j] = Role::Boilerplate(BoilerplateKind::Caption);
            }
        }
        k = last + 1;
    }
}

/// A gallery's slide counter (`1/6`, `3 / 12`) or a player's clock
/// (`00:00 / 02:47`): two numbers or clock times parted by a slash, and
/// nothing else.
#[inline]
pub(crate) fn media_counter(text: &str) -> Option<bool> {
    // The longest form, `00:00:00 / 00:00:00`, with some room.
    if text.len() > MEDIA_COUNTER_BYTES {
        return None;
    }
    let (a, b) = text.trim().split_once('/')?;
    let (a, b) = (a.trim(), b.trim());
    let number = |s: &str| (1..=3).contains(&s.len()) && s.bytes().all(|c| c.is_ascii_digit());
    if number(a) && number(b) {
        Some(false)
    } else if is_clock(a, &[':']) && is_clock(b, &[':']) {
        Some(true)
    } else {
        None
    }
}

/// Longest line read as a gallery counter or player clock, in bytes.
const MEDIA_COUNTER_BYTES: usize = 24;

/// Media blocks inside the body, as a select-all copies them: a photo
/// gallery's slide counter and buttons (`1/6` / `السابق` / `التالي`) then
/// the slide's caption, and a video's title over its player's clock
/// (`فيديو: جولة في المهرجان` / `00:00 / 02:47`). The caption and the
/// title are no body text.
fn media_blocks(page: &Page<'_, '_>, roles: &mut [Role]) {
    let lines = page.lines;
    for (k, &i) in page.content.iter().enumerate() {
        let Some(clock) = media_counter(lines[i].line.text) else {
            continue;
        };
        if clock {
            // The video's title, right above its player.
            if let Some(&t) = k.checked_sub(1).and_then(|p| page.content.get(p)) {
                if roles[t] == Role::Paragraph
                    && text_info(&lines[t]).is_some_and(|x| !x.sentence_end)
                {
                    roles[t] = Role::Boilerplate(BoilerplateKind::Video);
                }
            }
            roles[i] = Role::Boilerplate(BoilerplateKind::Video);
            continue;
        }
        // The slide's caption: the first text line after the counter and
        // the gallery's buttons.
        let caption = page.content[k + 1..]
            .iter()
            .take(3)
            .copied()
            .find(|&j| !matches!(roles[j], Role::Boilerplate(BoilerplateKind::Pagination)));
        let buttons = page.content[k + 1..]
            .iter()
            .take_while(|&&j| roles[j] == Role::Boilerplate(BoilerplateKind::Pagination))
            .count();
        if let Some(c) = caption.filter(|&c| buttons > 0 && roles[c] == Role::Paragraph) {
            roles[c] = Role::Boilerplate(BoilerplateKind::Caption);
        }
    }
}

/// Longest pull quote, in bytes.
const PULL_QUOTE_BYTES: usize = 240;

/// Content lines on either side searched for the paragraph a pull quote
/// repeats.
const PULL_QUOTE_REACH: usize = 8;

/// A pull quote: a short quotation printed on its own line that repeats
/// words of a nearby body paragraph (`“路修好了，人却走了。”` beside the
/// paragraph that says it). The copy is set aside; the paragraph stays.
fn pull_quotes(page: &Page<'_, '_>, roles: &mut [Role]) {
    let lines = page.lines;
    for (k, &i) in page.content.iter().enumerate() {
        // Byte tests first: most lines are too long or open with a letter.
        let raw = lines[i].line.text;
        if roles[i] != Role::Paragraph
            || raw.len() > PULL_QUOTE_BYTES + 8
            || !matches!(
                raw.as_bytes().first(),
                Some(b'"' | b' ' | b'\t' | 0xC2 | 0xE2 | 0xE3)
            )
        {
            continue;
        }
        let text = raw.trim();
        if text.len() > PULL_QUOTE_BYTES || !text.starts_with(['"', '“', '«', '„', '「']) {
            continue;
        }
        let inner = text.trim_matches(|c: char| {
            matches!(c, '"' | '“' | '”' | '«' | '»' | '„' | '「' | '」' | ' ')
        });
        if inner.chars().count() < 8 {
            continue;
        }
        let finder = memchr::memmem::Finder::new(inner.as_bytes());
        let from = k.saturating_sub(PULL_QUOTE_REACH);
        let to = (k + 1 + PULL_QUOTE_REACH).min(page.content.len());
        let repeats = page.content[from..to].iter().any(|&j| {
            j != i
                && roles[j] == Role::Paragraph
                && lines[j].line.text.len() > text.len()
                && finder.find(lines[j].line.text.as_bytes()).is_some()
        });
        if repeats {
            roles[i] = Role::Boilerplate(BoilerplateKind::Other);
        }
    }
}

/// Longest caption, in chars, read from the photo credit line under it.
const CREDITED_CAPTION_CHARS: usize = 160;
/// A date line whose date closes it, with no time, label or update mark
/// (`..., 10 maja 2024 r.`), as a photo's caption dates the photo; an
/// update stamp (`Last updated: Tue 4 Jun 2024, 9:40 PM`) or a print
/// edition's line (`... от 15.11.2024, стр. 9`) is no caption.
fn closes_with_bare_date(c: &Classified<'_>) -> bool {
    let Kind::Byline(info) = &c.kind else {
        return false;
    };
    let Ok(m) = &info.date else {
        return false;
    };
    let text = c.line.text;
    let after = text.get(m.span.1..).unwrap_or_default();
    let after = after.trim_matches(|c: char| c.is_whitespace() || matches!(c, '.' | ',' | ')'));
    m.time.is_none()
        && !m.updated
        && after.chars().count() <= 2
        && !crate::lexicon::months::line_has_label(text)
}

/// Fewest words of a dated line read as a caption over its credit: a
/// date and a writer's or outlet's name are fewer.
const DATED_CAPTION_WORDS: usize = 6;
/// Longest caption of several sentences that closes none, over a credit.
const OPEN_CAPTION_CHARS: usize = 100;

/// Labels that open a photo credit on its own line.
const CREDIT_LABELS: &[&str] = &[
    "image credit",
    "credit:",
    "photo:",
    "photo :",
    "photo credit",
    "foto:",
    "bild:",
    "ảnh:",
    "фото:",
    "imagen:",
    "صورة:",
    "图片:",
    "fot. ",
    "fotó:",
    "crédit photo",
    "photo courtoisie",
    "photo agence",
    "צילום:",
    "फोटो:",
    "فوٹو:",
];

/// Whether line `c` is a photo credit opened by one of [`CREDIT_LABELS`].
fn is_labelled_credit(c: &Classified<'_>) -> bool {
    is_labelled_credit_text(plain_text(c))
}

/// [`is_labelled_credit`] on a line's text without its link number.
pub(crate) fn is_labelled_credit_text(text: &str) -> bool {
    // The credit may stand in brackets (`(צילום: דנה לוי)`).
    let text = text.trim_start_matches(['(', '[', '（', '©', ' ']);
    let head = lowercase(&text[..super::language::floor_char_boundary(text, 24)]);
    CREDIT_LABELS.iter().any(|l| head.starts_with(l))
        || super::classify::is_capital_photo_credit(text)
}

/// A photographer and an agency parted by a slash, alone on a caption
/// line (`Jenna Ortiz/AP`, `Ahmed Saleh/Reuters`).
fn is_slash_credit(c: &Classified<'_>) -> bool {
    super::classify::is_slash_credit(plain_text(c))
}

/// A caption between paragraphs that closes with its photographer and
/// outlet in brackets, both capitalised (`Le boulevard ... sera fermé à
/// partir du 1er avril. (Julien Paquet/Le Soleil)`). Read once the
/// headline is chosen: such a line under the date is a clue to the
/// headline above it.
fn slash_credited_captions(page: &Page<'_, '_>, roles: &mut [Role]) {
    let lines = page.lines;
    for &i in &page.content {
        let text = lines[i].line.text;
        if roles[i] != Role::Paragraph || text.len() > SLASH_CAPTION_BYTES || !text.ends_with(')') {
            continue;
        }
        let Some((before, credit)) = super::classify::closing_brackets(text) else {
            continue;
        };
        if before.trim_end().ends_with('.')
            && credit.len() <= SLASH_CREDIT_BYTES
            && super::classify::is_slash_credit(credit)
            && credit
                .split([' ', '/'])
                .filter(|w| !w.is_empty())
                .all(|w| w.starts_with(char::is_uppercase))
        {
            roles[i] = Role::Boilerplate(BoilerplateKind::Caption);
        }
    }
}

/// Longest caption closing with a bracketed slash credit, in bytes.
const SLASH_CAPTION_BYTES: usize = 300;

/// Longest bracketed slash credit, in bytes.
const SLASH_CREDIT_BYTES: usize = 54;

/// A short line of one sentence right above a photo credit line (`Image
/// Credit: Supplied`) inside the body is the photo's caption. A credit
/// that closes the body, right before the page's foot (tags, related
/// stories), names the lead photo instead (`... у трьох будинках.` /
/// `Фото: Житомирська міська рада` / `Теги:`): a full sentence above it
/// stays body text.
fn credited_captions(page: &Page<'_, '_>, roles: &mut [Role]) {
    let lines = page.lines;
    for (k, w) in page.content.windows(2).enumerate() {
        let [above, credit] = [w[0], w[1]];
        let copyright = roles[credit] == Role::Boilerplate(BoilerplateKind::Copyright);
        // A photographer's name and the paper or agency, parted by a
        // slash (`Simon Tanner / NZZ`, `Maya Lindqvist/The Register`),
        // read as text so far: both halves capitalized.
        let slash = roles[credit] == Role::Paragraph
            && is_slash_credit(&lines[credit])
            && lines[credit]
                .line
                .text
                .split('/')
                .all(|half| half.trim_start().starts_with(char::is_uppercase))
            // Inside the body: a sign-off (`... / Reuters`) closes it.
            && page
                .content
                .get(k + 2)
                .is_some_and(|&n| roles[n] == Role::Paragraph && body_like(&lines[n]));
        // A credit labelled as such over a photographer and the paper
        // (`Credit: DH Photo/Pushkar V`), read as the writer's credit.
        let photo_credit = roles[credit] == Role::Boilerplate(BoilerplateKind::Credit)
            && ["Credit:", "Credits:", "Crédit :", "Crédit:"]
                .iter()
                .find_map(|l| lines[credit].line.text.strip_prefix(l))
                .is_some_and(|rest| super::classify::is_slash_credit(rest.trim()));
        if roles[credit] != Role::Boilerplate(BoilerplateKind::Caption)
            && !copyright
            && !slash
            && !photo_credit
        {
            continue;
        }
        let labelled = is_labelled_credit(&lines[credit]);
        // A credit opened by the copyright sign (`© Crédit photo : ...`)
        // was read as a copyright line.
        if copyright && !labelled {
            continue;
        }
        // A caption that carries the photo's date (`Park przy ulicy
        // Długiej, 10 maja 2024 r.` over `Fot. ...`) was read as a date
        // line; over a labelled credit it is the caption, and no
        // candidate for the article's date.
        if roles[above] == Role::Boilerplate(BoilerplateKind::HeaderDate)
            && labelled
            && closes_with_bare_date(&lines[above])
            && has_words_besides_date(&lines[above])
            && !is_author_line(lines[above].line.text)
            && lines[above].line.text.split_whitespace().count() >= DATED_CAPTION_WORDS
            && text_info(&lines[above]).map_or(true, |t| t.chars() <= CREDITED_CAPTION_CHARS)
        {
            roles[above] = Role::Boilerplate(BoilerplateKind::Caption);
            continue;
        }
        if roles[above] != Role::Paragraph {
            continue;
        }
        let foot_follows = page.content.get(k + 2).is_some_and(
            |&next| matches!(roles[next], Role::Boilerplate(kind) if is_sidebar_heading(kind)),
        );
        let body_before = || {
            page.content[..k]
                .iter()
                .any(|&i| roles[i] == Role::Paragraph)
        };
        if foot_follows && text_info(&lines[above]).is_some_and(|t| t.sentence_end) && body_before()
        {
            continue;
        }
        let labelled = labelled || is_slash_credit(&lines[credit]);
        // One sentence, or a short line that closes none (`... ד'. "a
        // quote"` over `(צילום: ...)`).
        let one_sentence = text_info(&lines[above]).is_some_and(|t| {
            t.chars() <= CREDITED_CAPTION_CHARS
                && (!lines[above].line.text.contains(". ")
                    || (!t.sentence_end && t.chars() <= OPEN_CAPTION_CHARS))
        });
        // A text browser's image link prints the photo's text, which the
        // caption below repeats with its credit (`[24]Workers clearing
        // ...` / `Workers clearing ... | Photo Credit: ...`).
        let linked = lines[above].line.text;
        let unlinked = super::classify::strip_link_number(linked);
        let image_text = unlinked.len() < linked.len()
            && unlinked.len() >= IMAGE_TEXT_BYTES
            && lines[credit].line.text.starts_with(unlinked);
        if labelled && one_sentence || image_text {
            roles[above] = Role::Boilerplate(BoilerplateKind::Caption);
            if slash {
                roles[credit] = Role::Boilerplate(BoilerplateKind::Caption);
            }
        }
    }
}

/// A photo's caption and its photographer's bare name under it inside
/// the body (`Volunteers lay steel plates ... on Saturday, March 2.` /
/// `Marcy Delgado`), with body text after them: a name in title case
/// between two paragraphs is no paragraph, and the short sentence above
/// it is the caption.
fn named_photo_credits(page: &Page<'_, '_>, roles: &mut [Role]) {
    let lines = page.lines;
    for w in page.content.windows(3) {
        let [caption, name, after] = [w[0], w[1], w[2]];
        // A name is short: most paragraphs go on their length alone.
        // A name in capitals (`HOÀNG SƠN`) was read as a writer's credit.
        if !matches!(
            roles[name],
            Role::Paragraph | Role::Boilerplate(BoilerplateKind::Credit)
        ) || lines[name].line.text.len() > BARE_NAME_BYTES + 12
        {
            continue;
        }
        let text = lines[name].line.text.trim();
        // Capitals between two body paragraphs stayed an intertitle (`LA
        // FILIERA`); those read as a name are the credit's.
        let capitals = !text.chars().any(char::is_lowercase);
        if capitals != (roles[name] != Role::Paragraph) {
            continue;
        }
        if roles[caption] != Role::Paragraph
            || roles[after] != Role::Paragraph
            || !is_bare_name(text)
            || !body_like(&lines[after])
        {
            continue;
        }
        // A writer's bio opens with the name (`Adaeze Nwosu` / `Adaeze is
        // a reporter ...`): an author box, not a photo credit.
        let first = text.split_whitespace().next().unwrap_or(text);
        if lines[after].line.text.trim_start().starts_with(first) {
            continue;
        }
        let title_case = text
            .split_whitespace()
            .all(|w| w.chars().next().is_some_and(char::is_uppercase));
        // Over a name in capitals, the caption ends without a full stop
        // (`Xe buýt điện chạy thử ... chiều 14.5` / `HOÀNG SƠN`).
        let short_sentence = text_info(&lines[caption]).is_some_and(|t| {
            (if capitals {
                !t.sentence_end && t.chars() <= LINKED_TEASER_CHARS
            } else {
                t.sentence_end
            }) && t.chars() <= CREDITED_CAPTION_CHARS
                && !lines[caption].line.text.contains(". ")
        });
        if title_case && short_sentence {
            roles[caption] = Role::Boilerplate(BoilerplateKind::Caption);
            roles[name] = Role::Boilerplate(BoilerplateKind::Caption);
        }
    }
}

/// Shortest image link text read as a copy of the caption below, in
/// bytes.
const IMAGE_TEXT_BYTES: usize = 20;

/// A post embedded from a social network: its text, then its signature,
/// `— Name (@handle) February 18, 2025`. Both lines are furniture.
fn embedded_posts(page: &Page<'_, '_>, roles: &mut [Role]) {
    let lines = page.lines;
    for (k, &i) in page.content.iter().enumerate() {
        if !matches!(lines[i].kind, Kind::Boilerplate(BoilerplateKind::Other))
            || !super::classify::is_post_signature(lines[i].line.text)
        {
            continue;
        }
        if let Some(&above) = k.checked_sub(1).and_then(|p| page.content.get(p)) {
            if roles[above] == Role::Paragraph {
                roles[above] = Role::Boilerplate(BoilerplateKind::Other);
            }
        }
    }
}

/// An embedded post's controls and counters (`Reply`, `Retweet`, `Like`,
/// `Copy link`, `Read 12 replies`), lowercased: the post's block ends at
/// the last of them.
const POST_CONTROLS: &[&str] = &[
    "reply",
    "retweet",
    "repost",
    "like",
    "copy link",
    "follow",
    "responder",
    "copiar enlace",
    "seguir",
    "me gusta",
    "répondre",
    "copier le lien",
    "suivre",
    "ответить",
    "ретвитнуть",
    "нравится",
    "копировать ссылку",
    "читать",
    "رد",
    "إعادة نشر",
    "إعجاب",
    "نسخ الرابط",
    "متابعة",
];

/// Most lines of an embedded post's block after its handle.
const POST_BLOCK_LINES: usize = 8;

/// A post embedded from a social network as a page prints it: the
/// account's name, its `@handle` alone on a line, the post's text, its
/// time and counts, and its controls (`Ответить` / `Ретвитнуть` /
/// `Нравится`). The whole block is furniture when a control closes it.
fn embedded_post_blocks(page: &Page<'_, '_>, roles: &mut [Role]) {
    let lines = page.lines;
    let is_handle = |t: &str| {
        t.strip_prefix('@').is_some_and(|h| {
            (1..=30).contains(&h.len()) && h.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_')
        })
    };
    let is_control = |t: &str| {
        let lower = lowercase(t.trim());
        POST_CONTROLS.contains(&lower.as_ref())
            // `Leer 12 respuestas`, `Read 3 replies`.
            || (lower.split_whitespace().count() == 3
                && lower.split_whitespace().nth(1).is_some_and(|n| n.bytes().all(|b| b.is_ascii_digit())))
    };
    for (k, &h) in page.content.iter().enumerate() {
        let text = lines[h].line.text;
        if !text.trim_start().starts_with('@') || !is_handle(text.trim()) {
            continue;
        }
        let block = &page.content[k + 1..(k + 1 + POST_BLOCK_LINES).min(page.content.len())];
        let Some(last) = block.iter().rposition(|&i| is_control(lines[i].line.text)) else {
            continue;
        };
        // The account's name above the handle, when short.
        let name = k
            .checked_sub(1)
            .map(|p| page.content[p])
            .filter(|&n| roles[n] == Role::Paragraph && lines[n].line.text.chars().count() <= 60);
        for &i in name
            .iter()
            .chain(std::iter::once(&h))
            .chain(&block[..=last])
        {
            if matches!(roles[i], Role::Paragraph | Role::Boilerplate(_)) {
                roles[i] = Role::Boilerplate(BoilerplateKind::Other);
            }
        }
    }
}

/// Words naming the writer's trade that open an author box's bio
/// (`Journaliste aux affaires municipales. Elle couvre ...`), lowercased,
/// beside the one-word roles of [`ROLE_WORDS`] (`reporter`,
/// `correspondant`).
const TRADE_WORDS: &[&str] = &[
    "journaliste",
    "journalist",
    "journalistin",
    "periodista",
    "giornalista",
    "журналист",
    "صحفي",
    "صحفية",
];

/// The line opens with the writer's trade or role.
fn opens_with_trade(text: &str) -> bool {
    let first = text.split_whitespace().next().unwrap_or("");
    let first = lowercase(first.trim_end_matches([',', '.', ':']));
    TRADE_WORDS.contains(&first.as_ref()) || ROLE_WORDS.contains(&first.as_ref())
}

/// Body paragraphs that must stand above a sign-off for it to end the
/// article.
const SIGN_OFF_AFTER: usize = 2;

/// The article ends at its sign-off: a credit line (`Reporting by ...;
/// Editing by ...`, `(责编:王晨)`, the writer's name and city), an end
/// mark (`(完)`, `_`) or a heading of the page's foot (comments, tags,
/// news feed, most read, copyright) after the body. What follows it (the writer's bio,
/// paywall and device notices, comment prompts) is not article text.
fn signed_off(lines: &[Classified<'_>], roles: &mut [Role]) {
    let mut body = 0;
    let mut end = None;
    // The next non-blank line is a credit (`Aminata Sawadogo` over
    // `Lefaso.net`: the writer signs, then the site).
    let credit_next = |i: usize| {
        lines[i + 1..]
            .iter()
            .find(|c| !matches!(c.kind, Kind::Blank))
            .is_some_and(|c| matches!(c.kind, Kind::Boilerplate(BoilerplateKind::Credit)))
    };
    // An author box: the name, then right under it a bio that opens with
    // the name or its first word (`Chijioke Okafor` / `Chijioke is a
    // correspondent with ...`).
    let bio_next = |i: usize, roles: &[Role]| {
        let first = lines[i].line.text.split_whitespace().next().unwrap_or("");
        first.chars().count() >= 2
            && first.chars().all(crate::parse::input::is_letter)
            && lines.get(i + 1).is_some_and(|c| {
                roles[i + 1] == Role::Paragraph
                    && body_like(c)
                    && (c
                        .line
                        .text
                        .strip_prefix(first)
                        .is_some_and(|r| r.starts_with(' '))
                        || opens_with_trade(c.line.text))
            })
    };
    for (i, c) in lines.iter().enumerate() {
        match roles[i] {
            Role::Paragraph if body >= SIGN_OFF_AFTER && is_bare_name(c.line.text) => {
                let last = if credit_next(i) {
                    i
                } else if bio_next(i, roles) {
                    i + 1
                } else {
                    continue;
                };
                for role in &mut roles[i..=last] {
                    *role = Role::Boilerplate(BoilerplateKind::Credit);
                }
                end = Some(last);
                break;
            }
            Role::Paragraph | Role::CaptionedParagraph(_) if body_like(c) => body += 1,
            Role::Boilerplate(BoilerplateKind::Credit)
                if body >= SIGN_OFF_AFTER
                    && (is_sign_off_credit(c.line.text) || is_name_line(c.line.text)) =>
            {
                end = Some(i);
                break;
            }
            // A heading of the page's foot: comments, tags, the news feed,
            // the most read, the copyright.
            Role::Boilerplate(
                BoilerplateKind::Comments
                | BoilerplateKind::Tags
                | BoilerplateKind::Latest
                | BoilerplateKind::MostRead
                | BoilerplateKind::Copyright,
            ) if body >= SIGN_OFF_AFTER => {
                end = Some(i);
                break;
            }
            Role::Boilerplate(_) if body >= SIGN_OFF_AFTER && is_end_mark(c.line.text) => {
                end = Some(i);
                break;
            }
            // A mark the lexicon does not hold as a heading (`-انتهى-`
            // alone on its line) ends the story too, and is no paragraph.
            Role::Paragraph if body >= SIGN_OFF_AFTER && is_end_mark(c.line.text) => {
                roles[i] = Role::Boilerplate(BoilerplateKind::Other);
                end = Some(i);
                break;
            }
            _ => {}
        }
    }
    let Some(end) = end else {
        return;
    };
    for role in &mut roles[end + 1..] {
        if matches!(role, Role::Paragraph | Role::CaptionedParagraph(_)) {
            *role = Role::Boilerplate(BoilerplateKind::Other);
        }
    }
}

/// Longest line read as a sign-off credit, in bytes.
const SIGN_OFF_BYTES: usize = 240;

/// A credit that signs the story off (see [`SIGN_OFF_LABELS`]).
fn is_sign_off_credit(text: &str) -> bool {
    if text.len() > SIGN_OFF_BYTES {
        return false;
    }
    let head = &text[..super::language::floor_char_boundary(text, 32)];
    let lower = lowercase(head.trim_start());
    SIGN_OFF_LABELS.iter().any(|l| lower.starts_with(l)) || is_contributor_credit(text)
}

/// Longest contributor line, in bytes: a sentence naming a writer or two.
const CONTRIBUTOR_BYTES: usize = 200;

/// A wire story's contributor line: `Associated Press writer Tom Becker
/// contributed from Albany, New York.`, `... contributed to this report.`
fn is_contributor_credit(text: &str) -> bool {
    // One precomputed byte search; most lines fail it.
    static WORD: OnceLock<memchr::memmem::Finder<'static>> = OnceLock::new();
    let word = WORD.get_or_init(|| memchr::memmem::Finder::new("contributed"));
    // It opens with the wire's or a writer's name, in capitals.
    if text.len() > CONTRIBUTOR_BYTES
        || !text.as_bytes().first().is_some_and(u8::is_ascii_uppercase)
        || word.find(text.as_bytes()).is_none()
    {
        return false;
    }
    let lower = lowercase(text);
    lower.contains("contributed to this report")
        || ([
            " writer ",
            " writers ",
            " reporter ",
            " reporters ",
            " correspondent ",
        ]
        .iter()
        .any(|w| lower.contains(w))
            && lower.contains(" contributed"))
}

/// A line that only marks the end of a story: `(完)`, `(End)`, `_`.
fn is_end_mark(text: &str) -> bool {
    let t = text.trim();
    // Every mark is short; `strip_prefix` needs no substring searcher.
    // A rule of underscores (`___`, AP's line before its contributor
    // credits) ends a story too; asterisks (`***`) only break sections.
    t.len() <= 16
        && ((!t.is_empty() && t.bytes().all(|b| b == b'_'))
            || END_MARKS
                .iter()
                .any(|m| m.strip_prefix(". ").unwrap_or(m) == t))
}

/// Body paragraphs, from the last, searched for a channel promotion.
const PROMO_REACH: usize = 3;

/// Longest channel promotion, in bytes.
const PROMO_BYTES: usize = 320;

/// Longest channel promotion, in chars.
const PROMO_CHARS: usize = 160;

/// Messenger and video platforms a site's channel lives on, lowercased.
const CHANNEL_PLATFORMS: &[&str] = &[
    "telegram",
    "телеграм",
    "whatsapp",
    "viber",
    "вайбер",
    "вконтакте",
    "дзен",
    "youtube",
    "google news",
    "تيليجرام",
    "تلغرام",
    "تليغرام",
    "واتساب",
    "تلگرام",
    "واتساپ",
];

/// Does `text` name one of [`CHANNEL_PLATFORMS`], in any of the cases
/// pages write them? Stems without the first letter (`elegram` for
/// `Telegram`, `telegram`), each a precomputed vector byte search: an
/// automaton over the names spent about 15 instructions per byte of an
/// English paragraph, its prefilter tripping on `t`, `w`, `you`.
fn names_platform(text: &str) -> bool {
    static STEMS: OnceLock<Vec<memchr::memmem::Finder<'static>>> = OnceLock::new();
    STEMS
        .get_or_init(|| {
            [
                "elegram",
                "ELEGRAM",
                "hatsapp",
                "hatsApp",
                "iber",
                "ouTube",
                "outube",
                "oogle News",
                "елеграм",
                "онтакте",
                "зен",
                "يليجرام",
                "لغرام",
                "ليغرام",
                "لگرام",
                "اتساب",
                "اتساپ",
            ]
            .iter()
            .map(|s| memchr::memmem::Finder::new(s.as_bytes()))
            .collect()
        })
        .iter()
        .any(|f| f.find(text.as_bytes()).is_some())
}

/// Invitations to subscribe or join, lowercased: the imperative a
/// promotion addresses its reader with.
const CHANNEL_INVITES: &[&str] = &[
    "подписывайтесь",
    "подпишитесь",
    "присоединяйтесь",
    "subscribe",
    "join our",
    "join us",
    "follow us",
    "abonnez-vous",
    "rejoignez",
    "suivez-nous",
    "suscríbete",
    "únete",
    "síguenos",
    "iscriviti",
    "seguici",
    "abonnieren",
    "folgen sie",
    "katılın",
    "takip edin",
    "اشترك",
    "انضم",
    "تابعونا",
    "تابعوا",
    "عضو شوید",
    "بپیوندید",
    "ikuti",
    "gabung",
];

/// Longest line read as a share row's comment count, in bytes.
const COMMENT_COUNT_BYTES: usize = 48;

/// The lines a share row's reading leaves out, joined to it when a share
/// line is the content line above them:
/// - a comment count printed as the row's last control (`שתפו` /
///   `פייסבוק` / ... / `3 תגובות`, `Share` / `Facebook` / `12 comments`),
///   set aside on its own as a counter or a comments heading, so the share
///   metadata shows the comments control (the line keeps its place in the
///   flow of sidebars: the comments below a heading stay set aside);
/// - a platform whose name is a share word only in company (`X`, `LINE`
///   under `シェアする`), read as text on its own line.
fn share_row_counts(lines: &[Classified<'_>], roles: &mut [Role]) {
    let mut above_is_share = false;
    for (i, c) in lines.iter().enumerate() {
        let text = c.line.text;
        match roles[i] {
            Role::Blank => continue,
            Role::Share => above_is_share = true,
            Role::Boilerplate(_) | Role::Paragraph if above_is_share => {
                let count = text.len() <= COMMENT_COUNT_BYTES
                    && text.bytes().any(|b| b.is_ascii_digit())
                    && super::share::read_counted(text)
                        .is_some_and(|w| w.comments && w.platforms.is_empty());
                let platform = || {
                    text.len() <= WEAK_PLATFORM_BYTES
                        && super::share::read_in_row(&crate::lexicon::key(text))
                            .is_some_and(|w| !w.platforms.is_empty())
                };
                if count || platform() {
                    roles[i] = Role::Share;
                } else {
                    above_is_share = false;
                }
            }
            _ => above_is_share = false,
        }
    }
}

/// Longest line read as a lone platform name inside a share row, in bytes.
const WEAK_PLATFORM_BYTES: usize = 12;

/// A site's promotion of its messenger channel among the body's last
/// paragraphs (`Новости Новосибирска в Telegram — подписывайтесь, чтобы
/// ...`, `Join our WhatsApp channel for the day's top stories`): a short
/// line naming a platform and inviting the reader to subscribe.
/// Also a Russian city site's plug anywhere in the body (`Новости Владивостока
/// в Telegram - постоянно в течение дня.`): "News of <city> in <platform>"
/// opens a short line.
fn channel_promos(lines: &[Classified<'_>], roles: &mut [Role]) {
    for (i, c) in lines.iter().enumerate() {
        let text = c.line.text;
        if roles[i] == Role::Paragraph
            && text.len() <= PROMO_BYTES / 2
            && text.starts_with("Новости ")
            && [
                " в Telegram",
                " в телеграм",
                " в Телеграм",
                " в MAX",
                " ВКонтакте",
            ]
            .iter()
            .any(|p| text.contains(p))
        {
            roles[i] = Role::Boilerplate(BoilerplateKind::FollowUs);
        }
    }
    let last: Vec<usize> = (0..lines.len())
        .rev()
        .filter(|&i| roles[i] == Role::Paragraph)
        .take(PROMO_REACH)
        .collect();
    for i in last {
        let text = lines[i].line.text;
        // A promotion is a sentence or two, written in the page's own
        // alphabet (no list entry is Chinese or Japanese): a long
        // paragraph, or a line of wide chars, skips the byte searches.
        let short = text_info(&lines[i])
            .is_some_and(|t| t.chars() <= PROMO_CHARS && 2 * t.wide() <= t.chars());
        if text.len() > PROMO_BYTES || !short {
            continue;
        }
        if !names_platform(text) {
            continue;
        }
        let lower = lowercase(text);
        if CHANNEL_PLATFORMS.iter().any(|p| lower.contains(p))
            && CHANNEL_INVITES.iter().any(|w| lower.contains(w))
        {
            roles[i] = Role::Boilerplate(BoilerplateKind::FollowUs);
        }
    }
}

/// Short lines left after the article's last body paragraph that end no
/// sentence (a footer menu's items, headlines under a heading the lexicon
/// does not know: `Rilataj artikoloj`, `Focus`) are furniture, not body.
fn foot_furniture(lines: &[Classified<'_>], roles: &mut [Role]) {
    let Some(last_body) = (0..lines.len())
        .rev()
        .find(|&i| roles[i] == Role::Paragraph && body_like(&lines[i]))
    else {
        return;
    };
    for i in last_body + 1..lines.len() {
        if roles[i] == Role::Paragraph
            && text_info(&lines[i]).is_some_and(|t| !t.body_like() && !t.sentence_end)
        {
            roles[i] = Role::Boilerplate(BoilerplateKind::Other);
        }
    }
}

/// Longest headline read as a listed question, in chars.
const LISTED_QUESTION_CHARS: usize = 120;

/// A headline that asks a question (`Why are fewer pupils taking up
/// sport?`) among furniture after the body reads as a sentence; between
/// two furniture lines (or one and the page's end) it is a list item.
fn listed_questions(page: &Page<'_, '_>, roles: &mut [Role]) -> bool {
    let lines = page.lines;
    let mut found = false;
    let furniture = |i: usize, roles: &[Role]| matches!(roles[i], Role::Boilerplate(_));
    for k in 1..page.content.len() {
        let i = page.content[k];
        // `?`, `؟` (D8 9F) and `？` (EF BC 9F) end in one of two bytes.
        let question = roles[i] == Role::Paragraph
            && furniture(page.content[k - 1], roles)
            && matches!(lines[i].line.text.as_bytes().last(), Some(b'?' | 0x9F))
            && lines[i].line.text.ends_with(['?', '؟', '？'])
            && text_info(&lines[i]).is_some_and(|t| t.chars() <= LISTED_QUESTION_CHARS)
            && !lines[i].line.text.contains(". ");
        if question
            && page
                .content
                .get(k + 1)
                .map_or(true, |&n| furniture(n, roles))
        {
            roles[i] = Role::Boilerplate(BoilerplateKind::Related);
            found = true;
        }
    }
    found
}

/// The writer's bio closing the article (`Natalie Kwok joined the Post
/// in 2021 and covers education.`): the last paragraph opens with the
/// name printed over the byline (see [`writer_over`]).
fn writer_bio(
    lines: &[Classified<'_>],
    roles: &mut [Role],
    byline: Option<usize>,
    name: Option<&str>,
) -> bool {
    let Some(name) = name else {
        return false;
    };
    let Some(last) = (0..lines.len())
        .rev()
        .find(|&i| roles[i] == Role::Paragraph && body_like(&lines[i]))
    else {
        return false;
    };
    let text = lines[last].line.text;
    if Some(last) > byline
        && text.len() > name.len()
        && text.starts_with(name)
        && text[name.len()..].starts_with(' ')
    {
        roles[last] = Role::Boilerplate(BoilerplateKind::Credit);
        return true;
    }
    false
}

/// Longest line read as a teaser's date stamp, in bytes.
const TEASER_STAMP_BYTES: usize = 48;

/// A link to another article set inside the body: its headline, then its
/// date stamp without a year (`10 августа, 11:24`), between two body
/// paragraphs. Both lines are furniture. (A headline with a full date
/// line below it starts a second story instead: see [`stories`].)
/// Paragraphs printed a second time (a dump that holds the article block
/// twice): each later copy of an earlier paragraph's text is set aside.
fn repeated_paragraphs(lines: &[Classified<'_>], roles: &mut [Role]) {
    // Keyed by length and the first and last eight bytes (hashing whole
    // paragraphs cost more than the rest of their reading); a key seen
    // before is checked byte for byte.
    let key = |t: &str| {
        let b = t.as_bytes();
        let word = |s: &[u8]| s.iter().fold(0u64, |w, &x| w << 8 | u64::from(x));
        (
            b.len(),
            word(&b[..b.len().min(8)]),
            word(&b[b.len().saturating_sub(8)..]),
        )
    };
    // The first line seen under each key; other texts under a key already
    // taken (rare: same length, same ends) go to `more`. One table entry
    // per paragraph and no allocation of its own, so a 100 MB page stays
    // in linear time and memory.
    let mut seen: crate::lexicon::hash::FastMap<(usize, u64, u64), usize> =
        crate::lexicon::hash::FastMap::default();
    seen.reserve(lines.len() / 2);
    let mut more: crate::lexicon::hash::FastMap<(usize, u64, u64), Vec<&str>> =
        crate::lexicon::hash::FastMap::default();
    let mut short_repeats = Vec::new();
    let mut first_long = None;
    for (i, (c, role)) in lines.iter().zip(roles.iter_mut()).enumerate() {
        if !matches!(role, Role::Paragraph) {
            continue;
        }
        let k = key(c.line.text);
        let first = *seen.entry(k).or_insert(i);
        let repeat = first != i
            && (lines[first].line.text == c.line.text || {
                let same = more.entry(k).or_default();
                let repeat = same.contains(&c.line.text);
                // A few texts per key at most: lines built to share a key
                // cannot make the check quadratic.
                if !repeat && same.len() < KEY_TEXTS {
                    same.push(c.line.text);
                }
                repeat
            });
        if repeat {
            if c.line.text.len() >= REPEATED_PARAGRAPH_BYTES {
                *role = Role::Boilerplate(BoilerplateKind::Other);
                first_long.get_or_insert(i);
            } else {
                short_repeats.push(i);
            }
        }
    }
    // A short line repeated inside the repeated block (an intertitle)
    // goes with it: after the first repeated paragraph.
    if let Some(first) = first_long {
        for i in short_repeats.into_iter().filter(|&i| i > first) {
            roles[i] = Role::Boilerplate(BoilerplateKind::Other);
        }
    }
}

/// Most paragraph texts kept under one key of [`repeated_paragraphs`].
const KEY_TEXTS: usize = 4;

/// Shortest paragraph whose second printing is set aside, in bytes: short
/// lines (a quoted `Yes.`) may repeat in running text.
const REPEATED_PARAGRAPH_BYTES: usize = 80;

/// Footnotes after the body: a run of lines opening `(1) `, `(2) `, ...
/// in order, whose markers the body's paragraphs carry (`... dix ans
/// (1).`), with no more than one line of body text after them.
fn footnotes(lines: &[Classified<'_>], roles: &mut [Role]) {
    // `(n) ` opening the line, read without formatting `n`.
    let opens = |i: usize, n: usize| {
        let b = lines[i].line.text.as_bytes();
        let digits = b.iter().skip(1).take_while(|c| c.is_ascii_digit()).count();
        b.first() == Some(&b'(')
            && (1..=2).contains(&digits)
            && b[1 + digits..].starts_with(b") ")
            && b[1..1 + digits]
                .iter()
                .fold(0usize, |v, &d| v * 10 + usize::from(d - b'0'))
                == n
    };
    let Some(first) = (0..lines.len()).find(|&i| roles[i] == Role::Paragraph && opens(i, 1)) else {
        return;
    };
    let mut run = vec![first];
    for (i, role) in roles.iter().enumerate().skip(first + 1) {
        match role {
            Role::Blank => continue,
            Role::Paragraph if opens(i, run.len() + 1) => run.push(i),
            _ => break,
        }
    }
    let last = *run.last().expect("one line at least");
    let cited = (0..first)
        .any(|i| roles[i] == Role::Paragraph && lines[i].line.text.contains("(1)") && !opens(i, 1));
    // A closing line (a contact prompt) may follow; more body may not.
    let body_after = (last + 1..lines.len())
        .filter(|&i| roles[i] == Role::Paragraph && body_like(&lines[i]))
        .nth(1)
        .is_some();
    if run.len() >= 2 && cited && !body_after {
        for i in run {
            roles[i] = Role::Boilerplate(BoilerplateKind::Other);
        }
    }
}

/// A text browser's line that is one link, a headline between two body
/// paragraphs (`[19]В Перми запустят первый беспилотный трамвай к концу
/// года`): a teaser for another story.
fn linked_teasers(page: &Page<'_, '_>, roles: &mut [Role]) {
    let lines = page.lines;
    for w in page.content.windows(3) {
        let [before, link, after] = [w[0], w[1], w[2]];
        let text = lines[link].line.text;
        if roles[link] == Role::Paragraph
            && text.starts_with('[')
            && super::classify::strip_link_number(text).len() < text.len()
            && text_info(&lines[link])
                .is_some_and(|t| !t.sentence_end && t.chars() <= LINKED_TEASER_CHARS)
            && [before, after]
                .iter()
                .all(|&i| roles[i] == Role::Paragraph && body_like(&lines[i]))
        {
            roles[link] = Role::Boilerplate(BoilerplateKind::Related);
        }
    }
}

/// The headlines under a lone `Read also:` label inside the body (`اقرأ
/// أيضاً:` / `"رؤية خضراء".. هل تنجح ...؟`), with body text below them:
/// the teasers the label introduces, though one may end in a question
/// mark. At most [`LABEL_ITEMS`] of them.
fn labelled_teasers(page: &Page<'_, '_>, roles: &mut [Role]) {
    let lines = page.lines;
    let teaser = |i: usize, roles: &[Role]| {
        roles[i] == Role::Paragraph
            && text_info(&lines[i]).is_some_and(|t| {
                t.chars() <= LINKED_TEASER_CHARS
                    && (!t.sentence_end
                        || lines[i].line.text.trim_end().ends_with(['?', '؟', '？']))
            })
    };
    for (k, &label) in page.content.iter().enumerate() {
        // The label alone: read so by the lexicon, with no story after
        // its colon (`相关报道：[21]...` holds its own).
        let text = lines[label].line.text;
        if !matches!(
            lines[label].kind,
            Kind::Boilerplate(BoilerplateKind::Related)
        ) || roles[label] != Role::Boilerplate(BoilerplateKind::Related)
            || text.chars().count() > LABEL_CHARS
            || text
                .split_once([':', '：'])
                .is_some_and(|(_, rest)| !rest.trim().is_empty())
        {
            continue;
        }
        let items = page.content[k + 1..]
            .iter()
            .take(LABEL_ITEMS)
            .take_while(|&&i| teaser(i, roles))
            .count();
        let after = page.content.get(k + 1 + items).copied();
        if items > 0 && after.is_some_and(|n| roles[n] == Role::Paragraph && body_like(&lines[n])) {
            for &i in &page.content[k + 1..=k + items] {
                roles[i] = Role::Boilerplate(BoilerplateKind::Related);
            }
        }
    }
}

/// The header's lines between the date line and the share row right
/// under it, with the body below the row: a standfirst, the writer's
/// name (`Marta Kowalczyk`), a summary box of questions and answers
/// (`ما أبرز التحديات؟` / its answer). Read so only when the run holds a
/// bare name or two questions, as a lead paragraph may stand above a
/// share row too.
fn header_under_date(page: &Page<'_, '_>, roles: &mut [Role], byline: Option<usize>) {
    let lines = page.lines;
    let Some(start) = byline.and_then(|b| page.pos(b)) else {
        return;
    };
    let rest = &page.content[start + 1..];
    let run = rest
        .iter()
        .take(HEADER_RUN_LINES + 1)
        .take_while(|&&i| roles[i] == Role::Paragraph)
        .count();
    if run == 0
        || run > HEADER_RUN_LINES
        || rest.get(run).map_or(true, |&s| roles[s] != Role::Share)
    {
        return;
    }
    // Past the row (and its captions), the body.
    let body_below = rest[run..]
        .iter()
        .find(|&&i| !matches!(roles[i], Role::Share | Role::Boilerplate(_)))
        .is_some_and(|&i| roles[i] == Role::Paragraph && body_like(&lines[i]));
    let name = |i: usize| is_bare_name(lines[i].line.text);
    let question = |i: usize| lines[i].line.text.trim_end().ends_with(['?', '؟', '？']);
    let items = &rest[..run];
    if !body_below
        || !(items.iter().any(|&i| name(i)) || items.iter().filter(|&&i| question(i)).count() >= 2)
    {
        return;
    }
    for &i in items {
        roles[i] = Role::Boilerplate(if name(i) {
            BoilerplateKind::Credit
        } else {
            BoilerplateKind::Standfirst
        });
    }
}

/// The writer's note closing an opinion piece, flagged by an asterisk
/// glued to its first word (`*أستاذ التخطيط المديني ...`, `*作者為...`),
/// after two or more body paragraphs: a credit. A list item's bullet is
/// followed by a space (`* item`).
fn starred_bio(lines: &[Classified<'_>], roles: &mut [Role]) {
    let mut paragraphs = (0..lines.len())
        .rev()
        .filter(|&i| roles[i] == Role::Paragraph);
    let Some(last) = paragraphs.next() else {
        return;
    };
    let starred = lines[last]
        .line
        .text
        .strip_prefix('*')
        .and_then(|rest| rest.chars().next())
        .is_some_and(char::is_alphabetic);
    if starred && paragraphs.nth(1).is_some() {
        roles[last] = Role::Boilerplate(BoilerplateKind::Credit);
    }
}

/// A reader-support appeal right above its donation button (`Radio
/// Dabanga's editorial independence means ...` / `Donate`): furniture,
/// not body. Closing the story, the one line above the button is the
/// appeal; inside the body, the appeal is the run of lines above the
/// button up to its heading, which asks for support in a line of its own
/// (`Support PREMIUM TIMES' journalism of integrity and credibility`).
fn donation_appeal(page: &Page<'_, '_>, roles: &mut [Role]) {
    let lines = page.lines;
    for k in 1..page.content.len() {
        let button = page.content[k];
        if !matches!(roles[button], Role::Boilerplate(_)) {
            continue;
        }
        // The length first: a button's label is one of a few, and
        // lowercasing keeps the length of the scripts they are in.
        let label = super::classify::strip_link_number(lines[button].line.text).trim();
        let buttons = crate::lexicon::boilerplate::DONATE_BUTTONS;
        if !buttons.iter().any(|b| b.len() == label.len())
            || !buttons.contains(&lowercase(label).as_ref())
        {
            continue;
        }
        roles[button] = Role::Boilerplate(BoilerplateKind::Advertisement);
        let body_after = page.content[k + 1..]
            .iter()
            .any(|&i| roles[i] == Role::Paragraph);
        if !body_after {
            let appeal = page.content[k - 1];
            if roles[appeal] == Role::Paragraph {
                roles[appeal] = Role::Boilerplate(BoilerplateKind::Advertisement);
            }
            continue;
        }
        let run: Vec<usize> = page.content[..k]
            .iter()
            .rev()
            .copied()
            .take(APPEAL_LINES)
            .take_while(|&i| roles[i] == Role::Paragraph)
            .collect();
        if let Some(h) = run
            .iter()
            .position(|&i| is_support_heading(lines[i].line.text))
        {
            for &i in &run[..=h] {
                roles[i] = Role::Boilerplate(BoilerplateKind::Advertisement);
            }
        }
    }
}

/// A newsletter's sign-up form printed in the body: its e-mail field
/// (`Enter your email`, `البريد الإلكتروني`) with its button on a line
/// next to it (`Sign Up`, `اشترك`), and the pitch over them, up to
/// [`FORM_PITCH_LINES`] lines that do not read as body text or that name
/// the inbox (`Get a round-up of the day's top stories in your inbox`,
/// `订阅《东方日报》电子报` / `每日精选新闻，直送您的邮箱。`). A comment
/// form's e-mail field has no such button.
fn sign_up_forms(page: &Page<'_, '_>, roles: &mut [Role]) {
    use crate::lexicon::boilerplate::{EMAIL_FIELDS, SIGN_UP_BUTTONS};
    let lines = page.lines;
    let plain = |i: usize| {
        let text = super::classify::strip_link_number(lines[i].line.text);
        lowercase(text.trim().trim_end_matches([' ', '*', ':', '：'])).into_owned()
    };
    for k in 0..page.content.len() {
        let field = page.content[k];
        // A field's label is short, and reads as text or as a share row
        // naming mail alone.
        let text = lines[field].line.text;
        let label = match &lines[field].kind {
            Kind::Text(_) => true,
            Kind::Share(s) => s.platforms == [crate::model::SharePlatform::Email],
            _ => false,
        };
        if !label
            || text.len() > FORM_LINE_BYTES
            || !mail_marks().is_match(text)
            || !EMAIL_FIELDS.contains(&plain(field).as_str())
        {
            continue;
        }
        let near = page.content[k.saturating_sub(2)..(k + 3).min(page.content.len())].iter();
        let Some(button) = near.copied().find(|&i| {
            i != field
                && lines[i].line.text.len() <= FORM_LINE_BYTES
                && SIGN_UP_BUTTONS.contains(&plain(i).as_str())
        }) else {
            continue;
        };
        let top = field.min(button);
        let form = Role::Boilerplate(BoilerplateKind::Newsletter);
        for i in page.content[k.saturating_sub(2)..(k + 3).min(page.content.len())]
            .iter()
            .copied()
            .filter(|&i| i >= top && i <= field.max(button))
        {
            roles[i] = form;
        }
        let Some(tp) = page.pos(top) else { continue };
        for &i in page.content[..tp].iter().rev().take(FORM_PITCH_LINES) {
            let pitch = roles[i] == Role::Paragraph
                && (!body_like(&lines[i]) || names_inbox(lines[i].line.text));
            if !pitch && roles[i] != form {
                break;
            }
            roles[i] = form;
        }
    }
}

/// Every e-mail field's label holds one of these.
const MAIL_MARKS: &[&str] = &["mail", "courriel", "correo", "почт", "بريد", "邮", "郵"];

/// [`MAIL_MARKS`] in one automaton, ASCII case aside.
fn mail_marks() -> &'static aho_corasick::AhoCorasick {
    static MARKS: std::sync::OnceLock<aho_corasick::AhoCorasick> = std::sync::OnceLock::new();
    MARKS.get_or_init(|| {
        aho_corasick::AhoCorasick::builder()
            .ascii_case_insensitive(true)
            .build(MAIL_MARKS)
            .expect("mail marks build")
    })
}

/// Longest line read as a sign-up form's field or button, in bytes.
const FORM_LINE_BYTES: usize = 64;

/// Most lines of a sign-up form's pitch over its field.
const FORM_PITCH_LINES: usize = 3;

/// Words naming the inbox a newsletter is sent to, lowercased.
const INBOX_WORDS: &[&str] = &[
    "inbox",
    "newsletter",
    "e-mail",
    "email",
    "boîte courriel",
    "boîte mail",
    "boîte de réception",
    "bandeja de entrada",
    "casella di posta",
    "caixa de entrada",
    "postfach",
    "рассылк",
    "почту",
    "بريدك",
    "النشرة",
    "邮箱",
    "郵箱",
    "电子报",
    "電子報",
];

/// The line names the inbox a newsletter goes to.
fn names_inbox(text: &str) -> bool {
    let lower = lowercase(text);
    INBOX_WORDS.iter().any(|w| lower.contains(w))
}

/// Most lines of an appeal for support inside the body, its heading
/// included.
const APPEAL_LINES: usize = 8;

/// Longest heading of an appeal for support, in chars.
const APPEAL_HEADING_CHARS: usize = 90;

/// Verbs that open an appeal's heading, lowercased.
const SUPPORT_VERBS: &[&str] = &[
    "support ",
    "soutenez ",
    "soutenir ",
    "apoya ",
    "apoye ",
    "unterstützen sie ",
    "поддержите ",
    "ادعم ",
    "ادعموا ",
    "支持",
];

/// A short line, closing no sentence, that asks for support (`Support
/// PREMIUM TIMES' journalism of integrity and credibility`).
fn is_support_heading(text: &str) -> bool {
    let text = text.trim();
    if text.ends_with(['.', '!', '?', '。']) || text.chars().nth(APPEAL_HEADING_CHARS).is_some() {
        return false;
    }
    let lower = lowercase(text);
    SUPPORT_VERBS.iter().any(|v| lower.starts_with(v))
}

/// Most lines of a header run between the date line and the share row.
const HEADER_RUN_LINES: usize = 5;

/// Most teasers read under one lone label.
const LABEL_ITEMS: usize = 5;

/// Longest lone label read as introducing the teaser under it, in chars.
const LABEL_CHARS: usize = 24;

/// Longest one-link line read as a teaser between paragraphs, in chars.
const LINKED_TEASER_CHARS: usize = 120;

fn inline_teasers(page: &Page<'_, '_>, roles: &mut [Role]) {
    let lines = page.lines;
    for w in page.content.windows(4) {
        let [before, head, stamp, after] = [w[0], w[1], w[2], w[3]];
        let paragraph = |i: usize| roles[i] == Role::Paragraph;
        // The stamp's length first: most windows fail there.
        if lines[stamp].line.text.len() <= TEASER_STAMP_BYTES
            && paragraph(stamp)
            && paragraph(before)
            && body_like(&lines[before])
            && paragraph(head)
            && paragraph(after)
            && body_like(&lines[after])
            && text_info(&lines[head]).is_some_and(|t| !t.sentence_end)
            && page.candidate(head)
            && is_yearless_stamp(lines[stamp].line.text)
        {
            roles[head] = Role::Boilerplate(BoilerplateKind::Related);
            roles[stamp] = Role::Boilerplate(BoilerplateKind::Related);
        }
    }
}

/// A line that is a date without a year, and perhaps a time, and little
/// else (`10 августа, 11:24`, `March 3, 09:15`).
fn is_yearless_stamp(text: &str) -> bool {
    if text.len() > TEASER_STAMP_BYTES || !super::date::may_hold_date(text) {
        return false;
    }
    let scan = super::date::scan_all(text);
    let stamp = scan.dates().any(|d| {
        d.yearless
            && d.around(text).iter().all(|r| {
                r.chars()
                    .filter(|&c| crate::parse::input::is_letter(c))
                    .count()
                    < 3
            })
    });
    stamp
}

/// The script family of a line, from its first bytes.
fn script_of(c: &Classified<'_>) -> Option<super::language::Script> {
    super::language::script_weight(c.line.text).map(|(s, _)| s)
}

/// The line printed next to headline `i` (just above or below, no blank
/// between) when it is a headline-like line in another script: the same
/// title in a second language.
fn bilingual_pair(page: &Page<'_, '_>, i: usize) -> Option<usize> {
    let lines = page.lines;
    let script = |j: usize| script_of(&lines[j]);
    [i.checked_sub(1), Some(i + 1)]
        .into_iter()
        .flatten()
        .filter(|&j| j < lines.len() && page.candidate(j))
        .find(|&j| script(j).is_some() && script(i).is_some() && script(j) != script(i))
}

/// Lays out classified lines.
pub(crate) fn layout(lines: &[Classified<'_>]) -> Layout {
    // Sized for every line up front: a filtered collect would grow the
    // vector a handful of times on every page.
    let mut content = Vec::with_capacity(lines.len());
    // A web archive record's header is no part of the page: the windows
    // counted from the top start below it.
    content.extend((0..lines.len()).filter(|&i| {
        !matches!(
            lines[i].kind,
            Kind::Blank | Kind::Boilerplate(BoilerplateKind::RecordHeader)
        )
    }));
    // A cookie consent box at the top is set aside before anything else
    // is read: its notice reads like body text.
    let banner = consent_banner(lines, &content);
    if let Some((from, to)) = banner {
        content.retain(|&i| i < from || i > to);
    }
    let in_banner = |i: usize| banner.is_some_and(|(from, to)| (from..=to).contains(&i));
    let mut page = Page {
        lines,
        content,
        standfirst: None,
    };
    let mut warnings = Vec::new();

    let first_body = page
        .content
        .iter()
        .copied()
        .find(|&i| body_like(&lines[i]) || dateline_led(&lines[i]));
    // A standfirst under the headline reads as body text; the body starts
    // after the date line or lead photo below it.
    let standfirst = first_body.and_then(|f| standfirst(&page, f));
    let first_body = standfirst.map_or(first_body, |(_, body)| Some(body));
    let standfirst = standfirst.map(|(s, _)| s);
    page.standfirst = standfirst;
    let page = page;

    // The header byline: a date line near the top, above the body. Among
    // several, one that names a known source wins (the others are
    // header or crawl dates).
    // The header windows count the page's lines after its menus, so a long
    // menu does not push the title and byline out of reach.
    let menu = menu_lines(&page, first_body);
    let header: std::borrow::Cow<'_, [usize]> = if menu.is_empty() {
        std::borrow::Cow::Borrowed(&page.content)
    } else {
        page.content
            .iter()
            .copied()
            .filter(|i| menu.binary_search(i).is_err())
            .collect()
    };
    let header_bylines: Vec<usize> = header
        .iter()
        .take(BYLINE_WINDOW)
        .copied()
        .filter(|&i| matches!(lines[i].kind, Kind::Byline(_)))
        .filter(|&b| first_body.map_or(true, |f| b < f))
        .collect();
    let named = |b: usize| matches!(&lines[b].kind, Kind::Byline(info) if matches!(info.source, Some((_, true))));
    // The masthead: the page's first few lines, or anything above its
    // menu. A weekday stamp there is the crawl date; one further down,
    // by the headline, is the article's (`الخميس - 17 شعبان 1444 هـ - 09
    // مارس 2023 مـ`).
    let in_masthead = |b: usize| {
        page.pos(b).is_some_and(|p| p < MASTHEAD_LINES) || menu.first().is_some_and(|&m| b < m)
    };
    let timed = |b: usize| matches!(&lines[b].kind, Kind::Byline(info) if info.date.as_ref().is_ok_and(|m| m.time.is_some()));
    let byline = header_bylines
        .iter()
        .copied()
        .find(|&b| named(b) && timed(b))
        // A dated line that names the outlet without a time (a print
        // edition's `Газета «Коммерсантъ» №212 от 15.11.2024`) yields to
        // a date line with its time.
        .or_else(|| {
            header_bylines
                .iter()
                .copied()
                .find(|&b| named(b))
                .filter(|_| !header_bylines.iter().any(|&b| timed(b)))
        })
        // A timed line by the headline before the masthead's clock (`الجمعة
        // 1 مارس 2024 10:12 ص` printed over the menu).
        .or_else(|| {
            header_bylines
                .iter()
                .copied()
                .find(|&b| timed(b) && !in_masthead(b))
        })
        .or_else(|| header_bylines.iter().copied().find(|&b| timed(b)))
        // A date line with its time further down, above the body, when the
        // window holds none: a long header (masthead, menus, the title
        // printed three times) pushed it out of reach.
        .or_else(|| {
            header
                .iter()
                .copied()
                .skip(BYLINE_WINDOW)
                .take_while(|&i| first_body.map_or(true, |f| i < f))
                .find(|&b| matches!(lines[b].kind, Kind::Byline(_)) && timed(b))
        })
        // A site header's stamp (a weekday and a date, no time, no
        // outlet: the crawl date) yields to a later date line, and is no
        // byline at all: the title is then looked for as on a page
        // without one (the article's own date may follow the body).
        .or_else(|| {
            header_bylines.iter().copied().find(|&b| {
                !matches!(&lines[b].kind, Kind::Byline(info) if info.is_header_stamp())
                    || !in_masthead(b)
            })
        });

    // Skeleton G: captions above a dateline-led first paragraph.
    let glue = first_body.and_then(|f| caption_glue(lines[f].line.text).map(|at| (f, at)));
    let mut captions = caption_block(&page, first_body, byline, glue.is_some());
    // Skeleton L on e-papers: the title printed whole, then split over the
    // next lines. Neither is a caption.
    let split = split_title(&page, first_body);
    if let Some((t, parts)) = &split {
        captions.retain(|c| c != t && !parts.contains(c));
    }

    // Title candidates, scored.
    // The window reaches past a byline found further down, to the line
    // below it (skeletons C and D).
    let reach = byline
        .and_then(|b| header.iter().position(|&i| i == b))
        .map_or(0, |p| p + 2);
    let top_candidates: Vec<usize> = header
        .iter()
        .take(TITLE_WINDOW.max(BYLINE_WINDOW).max(reach))
        .copied()
        .take_while(|&i| first_body.map_or(true, |f| i < f))
        .filter(|&i| page.candidate(i) && !captions.contains(&i))
        // A title has text below it.
        .filter(|&i| page.next_text(i).is_some())
        .collect();
    let mut scored: Vec<(i32, usize)> = Vec::new();
    let mut title_pair = None;
    if let Some((t, _)) = &split {
        // A line the next lines spell out again is the title.
        scored.push((SPLIT_TITLE_SCORE, *t));
    }
    // The writer printed over the header byline: stepped over when
    // looking for the title, and the name a closing bio opens with.
    let writer = byline.and_then(|b| writer_over(&page, b));
    match byline {
        Some(b) => {
            let bp = page.pos(b).unwrap_or(0);
            // The nearest text line above the byline (skeleton A), stepping
            // over an author line (`By ...`, `بقلم ...`) between them.
            // So is a bare name right on top of a date line that names
            // no one (`هشام عبدالتواب` over `16-7-2023 | 14:32`).
            let writer_on_top = writer.map(|(w, _)| w);
            let mut signed_headline = false;
            // The body's script, read (a walk over the body) only when the
            // lines above the byline are in more than one script.
            // (Told apart cheaply: whether each line's first letter is
            // Latin.)
            let mut near_latin = page.content[..bp]
                .iter()
                .rev()
                .filter(|&&i| is_text(&lines[i]))
                .take(ABOVE_BYLINE_REACH)
                .filter_map(|&i| {
                    let text = lines[i].line.text;
                    text.chars()
                        .find(|c| c.is_alphabetic())
                        .map(|c| c.is_ascii())
                });
            let mixed = near_latin
                .next()
                .is_some_and(|first| near_latin.any(|l| l != first));
            let main_script = if mixed { page.main_script() } else { None };
            // The reach counts text lines: share widgets and credits
            // between the title and the date do not use it up.
            let mut above = page.content[..bp]
                .iter()
                .rev()
                .copied()
                .filter(|&i| is_text(&lines[i]))
                .take(ABOVE_BYLINE_REACH)
                .filter(|&i| {
                    // The writer's city between the name and the date.
                    let writer_city = writer_on_top.is_some_and(|w| w < i)
                        && is_one_word_place(lines[i].line.text);
                    // The writer's name printed again higher up (a
                    // columnist's name over the headline).
                    let writer_again =
                        writer.is_some_and(|(w, name)| w != i && plain_text(&lines[i]) == name);
                    // A translation of the headline and standfirst in
                    // another script than the body's is stepped over.
                    let foreign =
                        main_script.is_some_and(|m| script_of(&lines[i]).is_some_and(|s| s != m));
                    Some(i) != writer_on_top
                        && !writer_again
                        && !writer_city
                        && !foreign
                        && !page.place_under_name(i)
                        && !is_author_line(lines[i].line.text)
                        && !is_name_line(lines[i].line.text)
                })
                .take(4);
            if let Some(i) = above.next() {
                // A bilingual title pair (skeleton I): the headline and, on
                // the line next to it, its translation. The one in the
                // script of most of the body is the title.
                let i = match bilingual_pair(&page, i) {
                    Some(other) => {
                        let main = page.main_script();
                        let script = |j| script_of(&lines[j]);
                        if main.is_some() && script(other) == main && script(i) != main {
                            title_pair = Some(i);
                            other
                        } else {
                            title_pair = Some(other);
                            i
                        }
                    }
                    None => i,
                };
                if top_candidates.contains(&i) {
                    // A labelled author line right under it (`كتب: ...`,
                    // `By ...`) and then the date: the classic byline
                    // block under a headline.
                    let signed = page.pos(i).is_some_and(|p| {
                        let between = &page.content[p + 1..bp];
                        !between.is_empty()
                            && between.iter().all(|&j| is_author_line(lines[j].line.text))
                    });
                    let bonus = if signed { SIGNED_HEADLINE_BONUS } else { 0 };
                    scored.push((3 + bonus + page.title_features(i), i));
                    signed_headline = signed
                        && text_info(&lines[i]).is_some_and(|t| t.chars() >= SIGNED_HEADLINE_CHARS);
                }
                // Up to three more, past a standfirst or a caption (modern
                // layouts: title, standfirst, photo, writer, date), at a
                // point less for each line between.
                // A copy of the nearest line is no other candidate.
                let nearest = title_text(&lines[i]);
                for (k, j) in above.enumerate() {
                    if top_candidates.contains(&j)
                        && Some(j) != title_pair
                        && title_text(&lines[j]) != nearest
                    {
                        scored.push((2 - k as i32 + page.title_features(j), j));
                    }
                }
            }
            // The first text line below it (skeletons C and D), and the
            // second, a point less (a kicker between the date and the
            // headline).
            // Under a headline signed in full above the date, the lines
            // below are its standfirst or photo caption.
            let below_reach = if signed_headline { 0 } else { 4 };
            let mut below = page.content[bp + 1..]
                .iter()
                .take(below_reach)
                .copied()
                .filter(|&i| is_text(&lines[i]));
            // A bare name in title case below the date line, when a
            // headline stands above it, is the writer (`Seán Dineen`
            // between the date and the body).
            let headline_above = !scored.is_empty();
            let writer_below = |i: usize| {
                let text = lines[i].line.text;
                headline_above
                    && is_bare_name(text)
                    && super::classify::strip_link_number(text)
                        .split_whitespace()
                        .all(|w| w.chars().next().is_some_and(char::is_uppercase))
            };
            if let Some(i) = below.next() {
                if top_candidates.contains(&i) && !writer_below(i) {
                    let glued = i == b + 1;
                    scored.push((1 + if glued { 2 } else { 0 } + page.title_features(i), i));
                }
                // Only a longer line under a short first one: a kicker
                // over its headline.
                let chars = |k: usize| text_info(&lines[k]).map_or(0, |t| t.chars());
                if let Some(j) = below.next().filter(|&j| {
                    top_candidates.contains(&j) && chars(i) <= KICKER_CHARS && chars(j) > chars(i)
                }) {
                    scored.push((page.title_features(j), j));
                }
            }
        }
        None => {
            let last = top_candidates.last().copied();
            for &i in &top_candidates {
                let bonus = if Some(i) == last { 1 } else { 0 };
                scored.push((bonus + page.title_features(i), i));
            }
        }
    }
    // Highest score. On a tie: with a byline, the line above it (skeleton
    // A, the commonest); without one, the later line (closer to the body).
    if byline.is_some() {
        scored.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    } else {
        scored.sort_by(|a, b| b.0.cmp(&a.0).then(b.1.cmp(&a.1)));
    }
    // A title printed more than once (skeleton L) is read at its first
    // scored copy; the others are set aside as repeats.
    let title = scored.first().filter(|(s, _)| *s > -4).map(|&(_, best)| {
        let text = title_text(&lines[best]);
        scored
            .iter()
            .map(|&(_, j)| j)
            .filter(|&j| title_text(&lines[j]) == text)
            .min()
            .unwrap_or(best)
    });
    if let (Some(&(best, chosen)), Some(&(second, other))) = (scored.first(), scored.get(1)) {
        // Two printings of the same title are no close call (skeleton L).
        let same = title_text(&lines[chosen]) == title_text(&lines[other]);
        if title.is_some() && best - second <= CLOSE_CALL && !same {
            warnings.push(Warning::AmbiguousTitle {
                chosen: lines[chosen].line.number,
                other: lines[other].line.number,
            });
        }
    }

    // Skeleton E: body first, then the title and the date (or a credit
    // line) as the last lines.
    let mut trailing_title = None;
    let body_first = page
        .content
        .iter()
        .copied()
        .find(|&i| {
            is_text(&lines[i])
                && !captions.contains(&i)
                && menu.binary_search(&i).is_err()
                && !is_short_author_line(lines[i].line.text)
        })
        .is_some_and(|i| Some(i) == first_body);
    let header_byline = byline.is_some();
    let byline = match byline {
        Some(b) => Some(b),
        None => {
            let tail: Vec<usize> = page.content.iter().rev().take(4).copied().collect();
            let date = tail
                .iter()
                .copied()
                .find(|&i| matches!(lines[i].kind, Kind::Byline(_)));
            if title.is_none() && body_first {
                let anchor = date.or_else(|| {
                    tail.iter().copied().find(|&i| {
                        matches!(lines[i].kind, Kind::Boilerplate(BoilerplateKind::Credit))
                    })
                });
                trailing_title = anchor.and_then(|a| {
                    let ap = page.pos(a)?;
                    page.content[..ap]
                        .iter()
                        .rev()
                        .take(3)
                        .copied()
                        .find(|&i| is_text(&lines[i]))
                        .filter(|&i| page.candidate(i) && Some(i) != first_body)
                });
            }
            date
        }
    };
    let title = title.or(trailing_title);
    // Skeleton E: the photo caption printed between the body and the title
    // at the foot of the page (`A farmer picks tea ... (Xinhua/Li Ming)`).
    let foot_captions: Vec<usize> = trailing_title
        .and_then(|t| page.pos(t))
        .map(|tp| {
            page.content[..tp]
                .iter()
                .rev()
                .copied()
                .take_while(|&i| is_text(&lines[i]) && !body_like(&lines[i]))
                .take(FOOT_CAPTIONS)
                .collect()
        })
        .unwrap_or_default();

    // Body starts after the header: the later of title and byline (for a
    // trailing title, the header is empty).
    let header_end = if trailing_title.is_some() {
        None
    } else if header_byline {
        title.max(byline)
    } else {
        // A date line at the page's foot closes no header.
        title
    };

    let mut roles = Vec::with_capacity(lines.len());
    let mut sidebar: Option<BoilerplateKind> = None;
    // Where the current sidebar's heading stands.
    let mut sidebar_at = 0;
    let mut after_masthead = false;
    for (i, c) in lines.iter().enumerate() {
        let role = match &c.kind {
            Kind::Blank => Role::Blank,
            _ if in_banner(i) => Role::Boilerplate(BoilerplateKind::Cookies),
            _ if Some(i) == title => Role::Title,
            _ if Some(i) == byline => Role::Byline,
            Kind::Share(_) => Role::Share,
            Kind::Byline(_) => Role::Boilerplate(BoilerplateKind::HeaderDate),
            Kind::Boilerplate(kind) => {
                // A newsletter box opens with a short heading; a one-line
                // promotion is its own box.
                // A box flattened onto its heading's line (`Noticias
                // relacionadas Los placeros ...`) holds its items already.
                let chars = c.line.text.chars().count();
                // So is a promo with its story after the label's colon
                // (`相关报道：[21]医保支付方式改革...`, `Read more: ...`).
                let item_after_label = || {
                    c.line
                        .text
                        .split_once([':', '：'])
                        .is_some_and(|(_, rest)| rest.trim().chars().nth(1).is_some())
                };
                let heading =
                    (!matches!(kind, BoilerplateKind::Newsletter | BoilerplateKind::Paywall)
                        || chars <= BOX_HEADING_CHARS)
                        && chars <= FLAT_BOX_CHARS
                        && !(*kind == BoilerplateKind::Related && item_after_label());
                if header_end.map_or(true, |h| i > h) && is_sidebar_heading(*kind) && heading {
                    sidebar = Some(*kind);
                    sidebar_at = i;
                }
                Role::Boilerplate(*kind)
            }
            Kind::Text(t) => {
                if Some(i) == standfirst || under_summary_heading(lines, i) {
                    Role::Boilerplate(BoilerplateKind::Standfirst)
                } else if split.as_ref().is_some_and(|(_, parts)| parts.contains(&i)) {
                    Role::Boilerplate(BoilerplateKind::RepeatedTitle)
                } else if captions.contains(&i) || foot_captions.contains(&i) {
                    Role::Boilerplate(BoilerplateKind::Caption)
                } else if menu.binary_search(&i).is_ok() {
                    Role::Boilerplate(BoilerplateKind::Navigation)
                } else if after_masthead && t.chars() <= 40 && !t.sentence_end {
                    Role::Boilerplate(BoilerplateKind::Masthead)
                } else if Some(i) == title_pair && title.is_some()
                    || title.is_some_and(|ti| {
                        title_text(c) == title_text(&lines[ti])
                            || is_title_with_site(c.line.text, title_text(&lines[ti]))
                    })
                {
                    Role::Boilerplate(BoilerplateKind::RepeatedTitle)
                } else if !t.body_like() && few_letters(c.line.text) {
                    // Digits with a word or two (`۱۴ مهر ۱۴۰۲`, `12 345 views`):
                    // no prose.
                    Role::Boilerplate(BoilerplateKind::Other)
                } else if !t.body_like()
                    && (is_short_author_line(c.line.text)
                        || (is_name_line(c.line.text) && !caps_intertitle(lines, &roles, i))
                        || is_sign_off_credit(c.line.text))
                {
                    // `كتب: محمود فرج` under the byline or above the body.
                    Role::Boilerplate(BoilerplateKind::Credit)
                } else if header_end.is_some_and(|h| i < h) {
                    if is_author_line(c.line.text) {
                        Role::Boilerplate(BoilerplateKind::Credit)
                    } else {
                        Role::Boilerplate(BoilerplateKind::Navigation)
                    }
                } else if is_contributor_credit(c.line.text) {
                    // A whole sentence, but a credit.
                    Role::Boilerplate(BoilerplateKind::Credit)
                } else if promotes_newsletter(lines, i) {
                    Role::Boilerplate(BoilerplateKind::Newsletter)
                } else if let Some(kind) = sidebar.filter(|_| !t.body_like()).filter(|&k| {
                    let intertitle = match k {
                        BoilerplateKind::Related
                        | BoilerplateKind::Newsletter
                        | BoilerplateKind::Paywall => is_intertitle_after_box(lines, i, sidebar_at),
                        // A poll's options are short too: the body's next
                        // intertitle is the short line body text follows.
                        BoilerplateKind::Poll => next_is_body(lines, i),
                        _ => false,
                    };
                    !intertitle
                }) {
                    Role::Boilerplate(kind)
                } else {
                    sidebar = None;
                    match glue {
                        Some((g, at)) if g == i => Role::CaptionedParagraph(at),
                        _ => Role::Paragraph,
                    }
                }
            }
        };
        if !matches!(c.kind, Kind::Blank) {
            after_masthead = matches!(c.kind, Kind::Boilerplate(BoilerplateKind::Masthead))
                && c.line.text.chars().count() <= 40;
        }
        roles.push(role);
    }
    head_furniture(&page, &mut roles, header_end);
    skipped_boxes(lines, &mut roles);
    photo_boxes(&page, &mut roles);
    media_blocks(&page, &mut roles);
    pull_quotes(&page, &mut roles);
    credited_captions(&page, &mut roles);
    slash_credited_captions(&page, &mut roles);
    embedded_posts(&page, &mut roles);
    signed_off(lines, &mut roles);
    named_photo_credits(&page, &mut roles);
    channel_promos(lines, &mut roles);
    share_row_counts(lines, &mut roles);
    foot_furniture(lines, &mut roles);
    // With the foot's short lines set aside, a listed question and the
    // writer's bio can be told from the body's last paragraphs; the foot
    // is then read again from the new last paragraph.
    // Without a header byline, the date line found at the foot may have
    // its own writer over it.
    let writer = if header_byline {
        writer
    } else {
        byline.and_then(|b| writer_over(&page, b))
    };
    // Else a bare name right under the headline (a reader view's header:
    // headline, writer, reading time).
    let bio = writer.map(|(_, name)| name).or_else(|| {
        let p = title.and_then(|t| page.pos(t))?;
        let n = *page.content.get(p + 1)?;
        is_bare_name(lines[n].line.text).then(|| lines[n].line.text.trim())
    });
    if listed_questions(&page, &mut roles) | writer_bio(lines, &mut roles, byline, bio) {
        foot_furniture(lines, &mut roles);
    }
    inline_teasers(&page, &mut roles);
    linked_teasers(&page, &mut roles);
    labelled_teasers(&page, &mut roles);
    header_under_date(&page, &mut roles, byline);
    donation_appeal(&page, &mut roles);
    sign_up_forms(&page, &mut roles);
    embedded_post_blocks(&page, &mut roles);
    starred_bio(lines, &mut roles);
    footnotes(lines, &mut roles);
    repeated_paragraphs(lines, &mut roles);
    let stories = stories(&page, &mut roles, title, byline);
    Layout {
        roles,
        title,
        byline,
        warnings,
        stories,
    }
}

/// The photo captions above a dateline-led first paragraph (skeleton G):
/// the short text lines right above it, below the byline. With a glued
/// caption one line is enough; otherwise two or more are needed.
fn caption_block(
    page: &Page<'_, '_>,
    first_body: Option<usize>,
    byline: Option<usize>,
    glued: bool,
) -> Vec<usize> {
    let Some(f) = first_body else {
        return Vec::new();
    };
    let Some(fp) = page.pos(f) else {
        return Vec::new();
    };
    // The first body-like line is itself one sentence over a dateline-led
    // paragraph (`Volunteers sort fishing nets ...` / `AMMAN — More than
    // ...`): the lead photo's caption, under the byline.
    if !glued && !dateline_led(&page.lines[f]) {
        // The city's capitals are a byte test; an agency's mark would
        // cost a key of the paragraph's head on every page.
        let caption = byline.is_some_and(|b| b < f)
            && page
                .content
                .get(fp + 1)
                .is_some_and(|&n| caps_dateline(page.lines[n].line.text))
            && text_info(&page.lines[f]).is_some_and(|t| t.chars() < 160 && t.sentence_end)
            && !page.lines[f].line.text.contains(". ");
        return if caption { vec![f] } else { Vec::new() };
    }
    let mut block: Vec<usize> = page.content[..fp]
        .iter()
        .rev()
        .copied()
        .take_while(|&i| {
            byline.map_or(true, |b| i > b)
                && text_info(&page.lines[i]).is_some_and(|t| t.chars() < 160 && !t.body_like())
        })
        .collect();
    block.reverse();
    // One line is enough when it closes a sentence, as a caption does and
    // a headline below its date line does not (`工程人员在...进行勘测。`
    // over `（槟城27日讯）...`).
    let one_sentence = byline.is_some()
        && block.len() == 1
        && text_info(&page.lines[block[0]]).is_some_and(|t| t.sentence_end);
    if block.len() >= 2 || (glued && !block.is_empty()) || one_sentence {
        // Without a byline, the top line may be the title: keep it out
        // when a blank line separates it from the captions.
        if byline.is_none() && block.len() >= 2 {
            let first = block[0];
            if page
                .lines
                .get(first + 1)
                .is_some_and(|l| matches!(l.kind, Kind::Blank))
            {
                block.remove(0);
            }
        }
        block
    } else {
        Vec::new()
    }
}

/// Line `i`, under a read-also box inside the body, is the next section's
/// intertitle rather than one of the box's links: it is neither bulleted
/// nor linked, and body text follows it (`À lire aussi :` / `• [17]...` /
/// `Des défis d'espace et de propreté` / `Les propriétaires ...`).
fn is_intertitle_after_box(lines: &[Classified<'_>], i: usize, heading: usize) -> bool {
    let text = lines[i].line.text;
    let listed = |t: &str| t.starts_with(['•', '*', '-', '·', '–', '[']);
    let chars = |k: usize| lines[k].line.text.chars().count();
    // A blank line parts it from the box, which holds an item or more
    // (a bare heading's one link follows it with no blank: `اقرأ أيضاً`
    // over a headline; a read-also line is its own item).
    let after_gap = i > 0
        && matches!(lines[i - 1].kind, Kind::Blank)
        && lines[..i]
            .iter()
            .rposition(|c| !matches!(c.kind, Kind::Blank))
            .is_some_and(|p| p != heading || chars(p) > BOX_HEADING_CHARS);
    // On a page without blank lines, a line shorter than each of the box's
    // items (headlines all) right after them: `Lesen Sie mehr zum Thema` /
    // a headline / `Kritik von CSU und Geschäftsleuten` / body.
    let items = heading + 1..i;
    let no_blank_before = |k: usize| k > 0 && !matches!(lines[k - 1].kind, Kind::Blank);
    // (A box holds a dozen items at most: a longer run is no box, and is
    // not compared line by line, which would be quadratic.)
    let shorter_than_items = !items.is_empty()
        && items.len() <= MAX_BOX_ITEMS
        && no_blank_before(heading)
        && no_blank_before(i)
        && chars(i) <= INTERTITLE_CHARS
        && items.clone().all(|k| chars(i) < chars(k));
    // A one-line teaser carries its own item (`اقرأ أيضًا: ...`, `Lire
    // aussi : ...`): a short line right after it is the body's next
    // intertitle.
    let after_teaser = items.is_empty()
        && chars(heading) > BOX_HEADING_CHARS
        && no_blank_before(i)
        && chars(i) <= INTERTITLE_CHARS;
    // Body text follows, after the items of a list it opens if it is a
    // list's lead (`新转换站启用后，将有以下调整：` and three `* ` items).
    // Or a list's lead follows it (`... أبرزها:`).
    let list_lead = |c: &Classified<'_>| {
        text_info(c).is_some_and(|t| t.chars() >= LIST_LEAD_CHARS)
            && c.line.text.ends_with([':', '：'])
    };
    let body_follows = lines[i + 1..]
        .iter()
        .filter(|c| !matches!(c.kind, Kind::Blank))
        .take(LIST_ITEMS_AFTER_LEAD + 1)
        .find(|c| !listed(c.line.text.trim_start()))
        .is_some_and(|c| body_like(c) || list_lead(c));
    !listed(text) && (after_gap || shorter_than_items || after_teaser) && body_follows
}

/// A newsletter's pitch under its heading (`La newsletter di Corriere
/// Milano` / `Se vuoi restare aggiornato ... iscriviti gratis alla
/// newsletter ...`): a sentence naming the newsletter, or the inbox it
/// comes to, right below a newsletter line, however long.
fn promotes_newsletter(lines: &[Classified<'_>], i: usize) -> bool {
    let above = lines[..i]
        .iter()
        .rev()
        .find(|c| !matches!(c.kind, Kind::Blank));
    above.is_some_and(|c| matches!(c.kind, Kind::Boilerplate(BoilerplateKind::Newsletter))) && {
        // It names the newsletter, or the inbox it is sent to (`... direkt
        // in Ihr Postfach.`).
        names_inbox(lines[i].line.text)
    }
}

/// Most items of a box whose lengths an intertitle after it is compared
/// with.
const MAX_BOX_ITEMS: usize = 12;

/// Longest intertitle read after a box on a page without blank lines, in
/// chars.
const INTERTITLE_CHARS: usize = 60;

/// The next non-blank line after `i` is body text.
fn next_is_body(lines: &[Classified<'_>], i: usize) -> bool {
    lines[i + 1..]
        .iter()
        .find(|c| !matches!(c.kind, Kind::Blank))
        .is_some_and(body_like)
}

/// Shortest line read as a list's lead (a sentence closing with a
/// colon), in chars.
const LIST_LEAD_CHARS: usize = 40;

/// Most list items stepped over after a list's lead to reach body text.
const LIST_ITEMS_AFTER_LEAD: usize = 8;

/// Longest bare heading of a read-also box (`À lire aussi :`), in chars:
/// a longer read-also line is a teaser with its headline.
const BOX_HEADING_CHARS: usize = 30;

/// Longest line that opens a box whose items follow it, in chars.
const FLAT_BOX_CHARS: usize = 100;

/// Sidebar headings whose following short lines are the sidebar's items.
fn is_sidebar_heading(kind: BoilerplateKind) -> bool {
    matches!(
        kind,
        BoilerplateKind::MostRead
            | BoilerplateKind::Related
            | BoilerplateKind::Latest
            | BoilerplateKind::Photos
            | BoilerplateKind::Video
            | BoilerplateKind::Archive
            | BoilerplateKind::Tags
            | BoilerplateKind::Comments
            | BoilerplateKind::Newsletter
            | BoilerplateKind::Paywall
            | BoilerplateKind::Poll
    )
}

/// Skeleton H: finds the stories of a bulletin page. A story starts at a
/// headline-like line inside the body that is followed by its own date
/// line (a second dated post), or, on a page whose title names it a
/// bulletin (`Hourly News`), at every headline-like line followed by body
/// text. Ordinary subheadings in a single article stay paragraphs.
fn stories(
    page: &Page<'_, '_>,
    roles: &mut [Role],
    title: Option<usize>,
    byline: Option<usize>,
) -> Vec<Story> {
    let lines = page.lines;
    let body_start = title.max(byline).map_or(0, |h| h + 1);
    // A bulletin's series name (`Hourly News 2022-06-11`) heads the page,
    // as its title or above the first story's headline.
    let above = title.unwrap_or(body_start);
    let bulletin = title
        .into_iter()
        .chain(
            page.content
                .iter()
                .copied()
                .take_while(|&i| i < above)
                .take(BYLINE_WINDOW),
        )
        .any(|t| is_text(&lines[t]) && is_bulletin_title(lines[t].line.text));
    let mut breaks: Vec<(usize, Option<usize>)> = Vec::new();
    for (k, &i) in page.content.iter().enumerate() {
        // A box of related stories may hold one whole (an editors' pick
        // after the article): its headline was read as a box item.
        let boxed = roles[i] == Role::Boilerplate(BoilerplateKind::Related);
        if i < body_start || (roles[i] != Role::Paragraph && !boxed) || !page.candidate(i) {
            continue;
        }
        let next = page.content.get(k + 1).copied();
        // The writer's name may stand between the headline and its date
        // (`Врач объяснила, ...` / `Ольга ГРАЧЕВА` / `14 апреля 2023 09:00`).
        let named = next
            .is_some_and(|n| is_bare_name(lines[n].line.text) || is_name_line(lines[n].line.text));
        let next = if named {
            page.content.get(k + 2).copied()
        } else {
            next
        };
        // A box's teaser with its date (`Zobacz także` / a headline /
        // `17 kwietnia 2024`) is no story: a whole one has its writer.
        if boxed && !named {
            continue;
        }
        let dated = next.filter(|&n| matches!(lines[n].kind, Kind::Byline(_)));
        let followed_by_body = page.next_text(i).is_some_and(|n| body_like(&lines[n]));
        if let Some(d) = dated {
            if page
                .next_text(d)
                .is_some_and(|n| roles[n] == Role::Paragraph)
            {
                breaks.push((i, Some(d)));
            }
        } else if bulletin
            && !boxed
            && followed_by_body
            && text_info(&lines[i]).is_some_and(|t| !t.sentence_end)
        {
            breaks.push((i, None));
        }
    }
    if breaks.is_empty() {
        return Vec::new();
    }
    let mut out = Vec::with_capacity(breaks.len() + 1);
    let first_break = breaks[0].0;
    let intro_has_body = (body_start..first_break).any(|i| roles[i] == Role::Paragraph);
    if intro_has_body {
        out.push(Story {
            title,
            byline,
            start: 0,
            end: first_break,
        });
    }
    for (n, &(i, d)) in breaks.iter().enumerate() {
        let end = breaks.get(n + 1).map_or(lines.len(), |b| b.0);
        out.push(Story {
            title: Some(i),
            byline: d,
            start: if out.is_empty() { 0 } else { i },
            end,
        });
        roles[i] = Role::Title;
        if let Some(d) = d {
            roles[d] = Role::Byline;
        }
    }
    out
}

/// The roles for story `n` of a bulletin page: that story's headline is
/// the title and its date line (or else the page's byline) the byline; the
/// other stories' lines are set aside as `other_story`; the page's own
/// title, when it is not this story's headline (a series name such as
/// `Hourly News 2013-08-09`), is set aside as `navigation`.
pub(crate) fn story_layout(layout: &Layout, n: usize) -> Layout {
    let story = layout.stories[n];
    let mut roles = layout.roles.clone();
    for (i, role) in roles.iter_mut().enumerate() {
        if matches!(role, Role::Blank) {
            continue;
        }
        let inside = (story.start..story.end).contains(&i);
        *role = if Some(i) == story.title {
            Role::Title
        } else if Some(i) == story.byline {
            Role::Byline
        } else if Some(i) == layout.title {
            Role::Boilerplate(BoilerplateKind::Navigation)
        } else if Some(i) == layout.byline {
            if story.byline.is_none() {
                Role::Byline
            } else {
                Role::Boilerplate(BoilerplateKind::HeaderDate)
            }
        } else if matches!(role, Role::Title | Role::Byline)
            || (!inside && matches!(role, Role::Paragraph | Role::CaptionedParagraph(_)))
        {
            Role::Boilerplate(BoilerplateKind::OtherStory)
        } else {
            *role
        };
    }
    let byline = story.byline.or(layout.byline);
    Layout {
        roles,
        title: story.title,
        byline,
        warnings: layout.warnings.clone(),
        stories: Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn role_words_fit_the_length_gate() {
        for r in ROLE_WORDS {
            let last = r.rsplit(' ').next().unwrap();
            assert!(last.len() <= MAX_ROLE_WORD_BYTES, "{r}");
            assert!(ends_in_role(&format!("Jana Wolfram {r}")), "{r}");
        }
        assert!(ends_in_role("Local Democracy Reporter"));
        assert!(!ends_in_role(
            "A reporter asked the minister about the budget"
        ));
    }

    #[test]
    fn cookie_words_in_three_cases_and_scripts() {
        for yes in [
            "We use cookies to improve your experience.",
            "Cookie settings",
            "THIS SITE USES COOKIES",
            "Мы используем куки и cookie-файлы.",
            "Куки помогают нам",
            "Sitemizde çerezler kullanılmaktadır.",
            "Çerez Politikası",
            "ÇEREZ AYARLARI",
            "يستخدم هذا الموقع ملفات تعريف الارتباط لتحسين تجربتك.",
            "سياسة الكوكيز",
            "این وب‌سایت از کوکی استفاده می‌کند.",
        ] {
            assert!(names_cookies(yes), "{yes}");
        }
        for no in [
            "The bookie paid out on Saturday.",
            "Ein Rezept für Kekse",
            "Перерез ленты состоялся в полдень.",
            "Kurallar herkes için geçerli.",
            "افتتحت المدينة مكتبتها العامة الجديدة بعد عامين.",
            "",
        ] {
            assert!(!names_cookies(no), "{no}");
        }
    }

    #[test]
    fn writer_lines_without_a_label() {
        for yes in [
            "Helena Marsh North of England correspondent",
            "ELENA MARTÍN ROBLES",
            "سلمى الحمادي (أبوظبي)",
            "Виктор Седых, Кемерово",
            "Claire Dumont (Montpellier, correspondante)",
            "Ann Lee, staff writer",
        ] {
            assert!(is_name_line(yes), "{yes}");
        }
        for no in [
            "Leeds to Manchester rail upgrade overruns",
            "The city opened its new library on Sunday.",
            "Photos",
            "Beijing, China, 2024",
            "Home / China / Society",
        ] {
            assert!(!is_name_line(no), "{no}");
        }
    }

    #[test]
    fn item_lists_and_end_marks() {
        assert!(is_item_list("Home | China | World"));
        assert!(is_item_list("Opinion / Commentary"));
        assert!(is_item_list("Accueil » Monde"));
        assert!(is_item_list("Home\tChina"));
        assert!(!is_item_list("Prices rose 3/4 of a point"));
        assert_eq!(
            decimal_numbers("Курсы ЦБ: USD 32,53 | EUR 41,08   Нефть Brent 96,05"),
            3
        );
        assert_eq!(
            decimal_numbers("Inflation eases to 2.4% in March, lowest in 3 years"),
            1
        );
        assert!(is_end_mark("(完)"));
        assert!(is_end_mark(" _ "));
        assert!(is_end_mark("Fin"));
        assert!(!is_end_mark("Final"));
        assert!(!is_end_mark("***"));
    }

    #[test]
    fn mark_words_bound_holds() {
        for m in AGENCY_MARKS {
            let mut k = String::new();
            key_into(m, false, &mut k);
            assert!(k.split(' ').count() <= MAX_MARK_WORDS, "{m}");
        }
        assert_eq!(first_words("a  b\u{a0}c d", 3), "a  b\u{a0}c");
        assert_eq!(first_words("  a b", 1), "  a");
        assert_eq!(first_words("a b", 5), "a b");
    }

    #[test]
    fn mark_gate_holds() {
        for m in AGENCY_MARKS {
            let mut k = String::new();
            key_into(m, false, &mut k);
            let han = k.chars().any(|c| ('\u{3400}'..='\u{9FFF}').contains(&c));
            assert!(k.contains(['(', '/']) || han, "{m}");
        }
        let mut k = String::new();
        for c in (0..0x2000)
            .filter_map(char::from_u32)
            .filter(|c| !matches!(c, '(' | '/'))
        {
            key_into(&c.to_string(), false, &mut k);
            assert!(
                !k.contains(['(', '/'])
                    && k.chars().all(|d| !('\u{3400}'..='\u{9FFF}').contains(&d)),
                "U+{:04X} keys as {k:?}",
                c as u32
            );
        }
    }

    /// The mark search over the whole reach, keyed in full: the rule the
    /// word cut must not change.
    fn mark_in_full_head(text: &str) -> Option<usize> {
        let head = &text[..super::super::language::floor_char_boundary(text, DATELINE_REACH)];
        let mut k = String::new();
        key_into(head, false, &mut k);
        let m = matchers().marks.find(k.as_str())?;
        let words_before = k[..m.start()].split(' ').filter(|w| !w.is_empty()).count();
        (words_before <= 12 && bare_mark_allowed(text, &k[m.start()..m.end()])).then_some(m.start())
    }

    /// Found by `word_cut_keeps_the_rule`: a right-to-left mark standing
    /// alone between spaces was counted as a word, so the cut ended before
    /// the mark the rule accepts.
    #[test]
    fn lone_bidi_mark_is_not_a_word() {
        let text =
            "بكين بكين ـ ـ بكين \u{200f}\u{a0} ـ -- -- -- بكين بكين -- بكين بكين بكين 新华社 وقال";
        assert_eq!(dateline_mark(text), mark_in_full_head(text));
        assert!(dateline_mark(text).is_some());
    }

    /// Found by `word_cut_keeps_the_rule`: a lone tatweel counted as a
    /// word (Unicode calls it a letter), though the key drops it, so the
    /// cut ended one word before the agency mark.
    #[test]
    fn lone_tatweel_is_not_a_word() {
        let text = "ـ ـ كلمة -- بكين -- ـ ـ -- -- بكين بكين بكين -- بكين ـ (شينخوا)";
        assert_eq!(dateline_mark(text), mark_in_full_head(text));
        assert!(dateline_mark(text).is_some());
    }

    proptest::proptest! {
        #[test]
        fn word_cut_keeps_the_rule(
            words in proptest::collection::vec(
                "(بكين|BEIJING,|13|أبريل|2020|\\(شينخوا\\)|\\(Xinhua\\)|--|/شبكة|الصين/|\\(د|ب|أ\\)|word|\u{a0}|كلمة|،|ـ|新华社|\\(AP\\))",
                0..24,
            ),
            seps in proptest::collection::vec("( |  |\u{a0}|\t| \u{200f})", 24),
        ) {
            let mut text = String::new();
            for (w, s) in words.iter().zip(&seps) {
                text.push_str(w);
                text.push_str(s);
            }
            let text = text.trim();
            proptest::prop_assert_eq!(dateline_mark(text), mark_in_full_head(text), "{:?}", text);
        }
    }
}
