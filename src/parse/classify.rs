//! Stage 3: give each line a kind, looking at the line alone.
//!
//! Short lines are compared with the lexicon through their match key
//! (share-widget words, boilerplate headings and prefixes); lines with a
//! date and few other words are bylines; the rest is text, with the
//! features the layout stage scores (length, sentence ending, rubric).
//! Long lines skip the lexicon: no heading is a paragraph long.

use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

use super::byline::{self, BylineInfo, MAX_BYLINE_BYTES};
use super::date::{self, DateScan};
use super::language;
use super::lines::Line;
use super::share::{self, ShareLine};
use crate::lexicon::boilerplate::{HEADINGS, PREFIXES};
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
/// How many characters of a key the line-start gate looks at.
const HEAD_CHARS: usize = 3;

/// What a line is, judged alone.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Kind<'a> {
    /// Nothing visible.
    Blank,
    /// A share-widget line.
    Share(ShareLine),
    /// Page furniture.
    Boilerplate(BoilerplateKind),
    /// A date line, with its source when named.
    Byline(BylineInfo<'a>),
    /// Running text: a title, paragraph, caption or menu item.
    Text(TextInfo<'a>),
}

/// Features of a text line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct TextInfo<'a> {
    /// Length in characters, counted over the first 4 KiB only.
    pub chars: usize,
    /// Ends like a sentence (`.`, `。`, `?`, `؟`, `!`, `…`, a closing quote
    /// after one of these).
    pub sentence_end: bool,
    /// A rubric prefix: label as written, its kind, and the headline after it.
    pub rubric: Option<(&'a str, RubricKind, &'a str)>,
}

impl TextInfo<'_> {
    /// Reads like body text rather than a headline or menu item.
    pub fn body_like(&self) -> bool {
        self.chars >= 160 || (self.sentence_end && self.chars >= 60)
    }
}

/// A line with its kind.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Classified<'a> {
    /// The line.
    pub line: Line<'a>,
    /// Its kind.
    pub kind: Kind<'a>,
}

struct Lexicon {
    headings: HashMap<String, BoilerplateKind>,
    prefixes: Vec<(String, BoilerplateKind)>,
    /// The first characters of every prefix key: a cheap gate.
    prefix_heads: HashSet<String>,
    rubrics: HashMap<String, RubricKind>,
}

fn lexicon() -> &'static Lexicon {
    static LEX: OnceLock<Lexicon> = OnceLock::new();
    LEX.get_or_init(|| {
        let mut prefixes: Vec<(String, BoilerplateKind)> = PREFIXES
            .iter()
            .map(|&(p, k)| {
                let mut s = String::new();
                key_into(p, false, &mut s);
                (s, k)
            })
            .collect();
        // Longest first, so the most specific prefix wins.
        prefixes.sort_by_key(|(p, _)| std::cmp::Reverse(p.len()));
        Lexicon {
            headings: HEADINGS.iter().map(|&(h, k)| (key(h), k)).collect(),
            prefix_heads: prefixes.iter().map(|(p, _)| head(p).to_owned()).collect(),
            prefixes,
            rubrics: RUBRICS.iter().map(|&(r, k)| (key(r), k)).collect(),
        }
    })
}

/// Classifies every line.
pub(crate) fn classify<'a>(lines: &[Line<'a>], registry: &SourceRegistry) -> Vec<Classified<'a>> {
    let mut buf = String::new();
    lines
        .iter()
        .map(|&line| Classified {
            line,
            kind: kind_of(line.text, registry, &mut buf),
        })
        .collect()
}

/// The kind of one trimmed line; `buf` is scratch space for its key.
pub(crate) fn kind_of<'a>(text: &'a str, registry: &SourceRegistry, buf: &mut String) -> Kind<'a> {
    if text.is_empty() {
        return Kind::Blank;
    }
    if text.len() <= MAX_KEYED_BYTES {
        key_into(text, false, buf);
        if let Some(share) = share::read(buf) {
            return Kind::Share(share);
        }
        if let Some(kind) = furniture(buf) {
            return Kind::Boilerplate(kind);
        }
    } else {
        // Key the first few characters, and the first PREFIX_BYTES only
        // when they can start a line-start entry: body paragraphs are the
        // bulk of the input and almost never can.
        key_into(&text[..language::floor_char_boundary(text, 16)], false, buf);
        if lexicon().prefix_heads.contains(head(buf)) {
            key_into(
                &text[..language::floor_char_boundary(text, PREFIX_BYTES)],
                false,
                buf,
            );
            if let Some(kind) = prefix_furniture(buf) {
                return Kind::Boilerplate(kind);
            }
        }
    }
    if text.len() <= MAX_BYLINE_BYTES && text.bytes().any(|b| b.is_ascii_digit()) {
        let found = match date::scan(text) {
            DateScan::Found(m) => Some((Ok(m), m.span)),
            DateScan::Invalid(bad) => text
                .find(&bad)
                .map(|at| (Err(bad.clone()), (at, at + bad.len()))),
            DateScan::None => None,
        };
        if let Some((date, span)) = found {
            if let Some(info) = byline::read(text, date, span, registry) {
                return Kind::Byline(info);
            }
        }
    }
    Kind::Text(text_info(text))
}

/// Boilerplate kind of a line's (unstripped) match key.
fn furniture(line_key: &str) -> Option<BoilerplateKind> {
    let lex = lexicon();
    let stripped = line_key.trim_end_matches(|c: char| {
        matches!(
            c,
            ':' | '.' | '…' | '|' | ',' | ';' | '-' | '_' | '/' | '>' | '»' | ' '
        )
    });
    if let Some(&kind) = lex.headings.get(stripped) {
        return Some(kind);
    }
    if let Some(kind) = prefix_furniture(line_key) {
        return Some(kind);
    }
    let digits = line_key.bytes().filter(u8::is_ascii_digit).count();
    if digits >= 12 && digits == line_key.len() {
        return Some(BoilerplateKind::Tracking);
    }
    if !line_key.contains(' ')
        && (line_key.starts_with("http://")
            || line_key.starts_with("https://")
            || line_key.starts_with("www."))
    {
        return Some(BoilerplateKind::Markup);
    }
    None
}

/// The first [`HEAD_CHARS`] characters of a key.
fn head(key: &str) -> &str {
    let end = key
        .char_indices()
        .nth(HEAD_CHARS)
        .map_or(key.len(), |(i, _)| i);
    &key[..end]
}

/// Boilerplate kind of a line whose key starts with a line-start entry.
fn prefix_furniture(line_key: &str) -> Option<BoilerplateKind> {
    let lex = lexicon();
    if !lex.prefix_heads.contains(head(line_key)) {
        return None;
    }
    lex.prefixes
        .iter()
        .find(|(p, _)| line_key.starts_with(p.as_str()))
        .map(|(_, kind)| *kind)
}

fn text_info(text: &str) -> TextInfo<'_> {
    let trimmed_end = text.trim_end_matches(['"', '\'', '»', '”', '’', ')', '」', '』']);
    let sentence_end = trimmed_end.ends_with(['.', '。', '?', '؟', '!', '…', '！', '？'])
        && !trimmed_end.ends_with("!!");
    TextInfo {
        // Every threshold the layout uses is far below this cap, so long
        // lines need not be counted to the end.
        chars: text[..language::floor_char_boundary(text, 4 * 1024)]
            .chars()
            .count(),
        sentence_end,
        rubric: rubric(text),
    }
}

/// The first separator between a rubric label and the headline in `head`:
/// `:`, `：`, `|`, `/`, `..`, ` - `, ` – `. Returns (start, length).
fn rubric_separator(head: &str) -> Option<(usize, usize)> {
    let b = head.as_bytes();
    for (i, &c) in b.iter().enumerate() {
        let len = match c {
            b':' | b'|' | b'/' => 1,
            b'.' if b.get(i + 1) == Some(&b'.') => 2,
            b' ' if b[i + 1..].starts_with(b"- ") => 3,
            b' ' if b[i + 1..].starts_with(" – ".as_bytes()) => 1 + " – ".len(),
            0xEF if b[i..].starts_with("：".as_bytes()) => "：".len(),
            _ => continue,
        };
        return Some((i, len));
    }
    None
}

/// A rubric prefix on a title line: `تعليق: ...`, `Commentary:...`,
/// `评论：...`, `فيديو.. ...`, `【评论】...`.
fn rubric(text: &str) -> Option<(&str, RubricKind, &str)> {
    let lex = lexicon();
    if let Some(inner) = text.strip_prefix('【') {
        let (label, rest) = inner.split_once('】')?;
        let kind = *lex.rubrics.get(&key(label))?;
        return Some((label.trim(), kind, rest.trim()));
    }
    // Labels are short: look only at the first few words.
    let head_end = language::floor_char_boundary(text, 48);
    let head = &text[..head_end];
    let (at, len) = rubric_separator(head)?;
    let label = text[..at].trim();
    let rest = text[at + len..].trim();
    if label.is_empty() || rest.is_empty() {
        return None;
    }
    let kind = *lex.rubrics.get(&key(label))?;
    Some((label, kind, rest))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kind(text: &str) -> Kind<'_> {
        kind_of(text, &SourceRegistry::builtin(), &mut String::new())
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

    #[test]
    fn rubric_prefixes() {
        let r = |t| match kind(t) {
            Kind::Text(info) => info.rubric,
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
