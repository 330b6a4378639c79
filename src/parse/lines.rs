//! Stage 2: split the text into numbered lines.
//!
//! One pass with `memchr`. A line ends at LF, CRLF or a lone CR (old Mac
//! dumps); each gets its 1-based number, its byte offset in the input, and
//! its text trimmed of whitespace and invisible marks at both ends. Other
//! separators (U+2028, U+0085, form feed) stay inside the line as
//! whitespace, so line numbers match what `wc -l`-style tools count.

use super::input::is_blank_char;

/// One input line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Line<'a> {
    /// 1-based line number.
    pub number: usize,
    /// Byte offset of the line's first byte in the input.
    pub start: usize,
    /// The line without its terminator, trimmed of whitespace and invisible
    /// marks at both ends. Empty for a blank line.
    pub text: &'a str,
}

/// Splits `text` into lines.
pub(crate) fn split(text: &str) -> Vec<Line<'_>> {
    let bytes = text.as_bytes();
    // A cheap estimate: news lines average well over 40 bytes.
    let mut out = Vec::with_capacity(bytes.len() / 48 + 1);
    let mut start = 0;
    let mut number = 1;
    for pos in memchr::memchr2_iter(b'\n', b'\r', bytes) {
        if pos < start {
            // The LF of a CRLF pair, already consumed.
            continue;
        }
        out.push(make(text, number, start, pos));
        number += 1;
        start = if bytes[pos] == b'\r' && bytes.get(pos + 1) == Some(&b'\n') {
            pos + 2
        } else {
            pos + 1
        };
    }
    if start < bytes.len() {
        out.push(make(text, number, start, bytes.len()));
    }
    out
}

fn make(text: &str, number: usize, start: usize, end: usize) -> Line<'_> {
    Line {
        number,
        start,
        text: trim(&text[start..end]),
    }
}

/// `raw` without blanks at either end. An end that is a printable ASCII
/// byte (most lines, at least at one end) is not searched.
fn trim(raw: &str) -> &str {
    let b = raw.as_bytes();
    let raw = if b.first().is_some_and(u8::is_ascii_graphic) {
        raw
    } else {
        raw.trim_start_matches(is_blank_char)
    };
    if raw.as_bytes().last().is_some_and(u8::is_ascii_graphic) {
        raw
    } else {
        raw.trim_end_matches(is_blank_char)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(s: &str) -> Vec<(usize, &str)> {
        split(s).into_iter().map(|l| (l.number, l.text)).collect()
    }

    #[test]
    fn lf_crlf_cr_all_end_lines() {
        assert_eq!(
            texts("a\nb\r\nc\rd"),
            vec![(1, "a"), (2, "b"), (3, "c"), (4, "d")]
        );
        assert_eq!(texts("a\r\n\r\nb\n"), vec![(1, "a"), (2, ""), (3, "b")]);
    }

    #[test]
    fn trims_spaces_and_marks() {
        let lines = split("  \u{200F}cri\u{00A0}2019 \t\n    ");
        assert_eq!(lines[0].text, "cri\u{00A0}2019");
        assert!(lines[1].text.is_empty());
        assert_eq!(lines[1].start, 17);
    }

    #[test]
    fn no_final_newline_and_empty() {
        assert_eq!(texts("x"), vec![(1, "x")]);
        assert!(split("").is_empty());
    }
}
