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

/// The lines of a text, in order: see [`split`].
#[derive(Debug, Clone)]
pub(crate) struct Lines<'a> {
    text: &'a str,
    ends: memchr::Memchr2<'a>,
    /// Where the next line starts.
    start: usize,
    /// The next line's number.
    number: usize,
}

/// Splits `text` into lines, lazily: the classifier takes each line as it
/// is found, so no table of lines is built beside the classified one.
pub(crate) fn split(text: &str) -> Lines<'_> {
    Lines {
        text,
        ends: memchr::memchr2_iter(b'\n', b'\r', text.as_bytes()),
        start: 0,
        number: 1,
    }
}

impl Lines<'_> {
    /// A guess at how many lines are left, to size the table they go to:
    /// news lines average well over 40 bytes. Counting the line ends
    /// exactly would cost as much as splitting; a guess too large only
    /// reserves address space, and one too small grows the table.
    pub(crate) fn estimate(&self) -> usize {
        self.text.len().saturating_sub(self.start) / 48 + 1
    }
}

impl<'a> Iterator for Lines<'a> {
    type Item = Line<'a>;

    #[inline]
    fn next(&mut self) -> Option<Line<'a>> {
        let bytes = self.text.as_bytes();
        for pos in self.ends.by_ref() {
            if pos < self.start {
                // The LF of a CRLF pair, already consumed.
                continue;
            }
            let line = make(self.text, self.number, self.start, pos);
            self.number += 1;
            self.start = if bytes[pos] == b'\r' && bytes.get(pos + 1) == Some(&b'\n') {
                pos + 2
            } else {
                pos + 1
            };
            return Some(line);
        }
        if self.start < bytes.len() {
            let line = make(self.text, self.number, self.start, bytes.len());
            self.number += 1;
            self.start = bytes.len();
            return Some(line);
        }
        None
    }
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
        split(s).map(|l| (l.number, l.text)).collect()
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
        let lines: Vec<_> = split("  \u{200F}cri\u{00A0}2019 \t\n    ").collect();
        assert_eq!(lines[0].text, "cri\u{00A0}2019");
        assert!(lines[1].text.is_empty());
        assert_eq!(lines[1].start, 17);
    }

    #[test]
    fn no_final_newline_and_empty() {
        assert_eq!(texts("x"), vec![(1, "x")]);
        assert!(split("").next().is_none());
    }
}
