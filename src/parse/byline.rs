//! Bylines: a short line that holds a date and, usually, the source
//! (`cri 2019-10-21 15:45:00`, `  2018-11-22 00:00:27  cri`,
//! `Source: Xinhua| 2020-09-22 14:32:20|Editor: huaxia`).

use super::date::DateMatch;
use crate::model::SourceRegistry;

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
}

/// Reads `text` as a byline given the date found in it; `None` when the
/// line holds too many other words to be one.
pub(crate) fn read<'a>(
    text: &'a str,
    date: Result<DateMatch, String>,
    span: (usize, usize),
    registry: &SourceRegistry,
) -> Option<BylineInfo<'a>> {
    if text.len() > MAX_BYLINE_BYTES {
        return None;
    }
    let rest = [&text[..span.0], &text[span.1..]];
    let words: Vec<&'a str> = rest
        .iter()
        .flat_map(|part| part.split(|c: char| c.is_whitespace() || "|()[]/,،".contains(c)))
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .collect();
    if words.len() > MAX_WORDS {
        return None;
    }
    let known = find_source(&words, text, registry);
    let source = known.map(|t| (t, true)).or_else(|| {
        // A lone short Latin token beside a date is a source id the
        // registry does not know (`xyz 2019-10-21 15:45`).
        match words.as_slice() {
            [w] if w.len() <= 24 && w.chars().all(|c| c.is_ascii_alphanumeric() || c == '.') => {
                Some((*w, false))
            }
            _ => None,
        }
    });
    Some(BylineInfo { date, source })
}

/// The first word, or pair of adjacent words, that the registry resolves;
/// a pair is returned as the span of `text` it covers.
fn find_source<'a>(words: &[&'a str], text: &'a str, registry: &SourceRegistry) -> Option<&'a str> {
    for (i, w) in words.iter().enumerate() {
        if let Some(next) = words.get(i + 1) {
            let start = offset_in(text, w);
            let end = offset_in(text, next) + next.len();
            let pair = &text[start..end];
            if registry.by_token(pair).is_some() {
                return Some(pair);
            }
        }
        let label_stripped = w.rsplit(':').next().unwrap_or(w);
        if registry.by_token(label_stripped).is_some() {
            return Some(label_stripped);
        }
    }
    None
}

/// Byte offset of `part` (a subslice) within `whole`.
fn offset_in(whole: &str, part: &str) -> usize {
    part.as_ptr() as usize - whole.as_ptr() as usize
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
    }

    #[test]
    fn long_lines_are_not_bylines() {
        assert!(byline(
            "On 2019-10-21 the committee met again and discussed the plan for the new bridge across the river"
        )
        .is_none());
    }
}
