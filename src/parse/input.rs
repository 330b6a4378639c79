//! Stage 1: from bytes or a string to checked text.
//!
//! Strips a UTF-8 byte-order mark, enforces the size limit, reports invalid
//! UTF-8 with its byte offset, and rejects input with no visible character.

use crate::error::ParseError;

/// Checks a string input: size limit, BOM, emptiness.
pub(crate) fn check_str(text: &str, max_bytes: usize) -> Result<&str, ParseError> {
    if text.len() > max_bytes {
        return Err(ParseError::TooLarge {
            size: text.len(),
            limit: max_bytes,
        });
    }
    let text = text.strip_prefix('\u{FEFF}').unwrap_or(text);
    if text.chars().all(is_blank_char) {
        return Err(ParseError::Empty);
    }
    Ok(text)
}

/// Checks a byte input: size limit first (before any decoding work), then
/// UTF-8 validity, then what [`check_str`] checks.
pub(crate) fn decode(bytes: &[u8], max_bytes: usize) -> Result<&str, ParseError> {
    if bytes.len() > max_bytes {
        return Err(ParseError::TooLarge {
            size: bytes.len(),
            limit: max_bytes,
        });
    }
    let text = std::str::from_utf8(bytes).map_err(|e| ParseError::InvalidUtf8 {
        offset: e.valid_up_to(),
    })?;
    check_str(text, max_bytes)
}

/// The length of the UTF-8 sequence each byte starts: 1 for ASCII and for
/// continuation bytes (which a walk by chars never lands on), 2, 3 or 4 for
/// lead bytes. Byte scans use it to step over a whole char at once.
pub(crate) const fn utf8_widths() -> [u8; 256] {
    let mut t = [1u8; 256];
    let mut c = 0xC0;
    while c < 256 {
        t[c] = if c < 0xE0 {
            2
        } else if c < 0xF0 {
            3
        } else {
            4
        };
        c += 1;
    }
    t
}

/// [`utf8_widths`], as a table.
pub(crate) static UTF8_WIDTH: [u8; 256] = utf8_widths();

/// Whitespace and the invisible format characters pages leak around text
/// (bidi marks, zero-width space, BOM, soft hyphen).
pub(crate) fn is_blank_char(c: char) -> bool {
    c.is_whitespace() || is_invisible(c)
}

/// Invisible format characters that carry no text.
pub(crate) fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{200B}'..='\u{200F}'
            | '\u{202A}'..='\u{202E}'
            | '\u{2060}'..='\u{2064}'
            | '\u{2066}'..='\u{2069}'
            | '\u{FEFF}'
            | '\u{061C}'
            | '\u{00AD}'
    )
}

/// How many bytes of `b` satisfy `pred`: a byte-wide sum per run of 255
/// bytes (it cannot overflow), a reduction the compiler vectorizes, where
/// `filter().count()` stays a byte loop.
#[inline(always)]
pub(crate) fn count_bytes(b: &[u8], pred: impl Fn(u8) -> bool) -> usize {
    b.chunks(255)
        .map(|run| {
            usize::from(
                run.iter()
                    .fold(0u8, |n, &c| n.wrapping_add(u8::from(pred(c)))),
            )
        })
        .sum()
}

/// Does any byte of `b` satisfy `hit`? Sixteen bytes per step with no
/// early exit inside one, so the compiler tests them with vector compares
/// (a plain `any` stops after every byte).
#[inline(always)]
pub(crate) fn any_byte(b: &[u8], hit: impl Fn(u8) -> bool) -> bool {
    let mut chunks = b.chunks_exact(16);
    chunks.any(|chunk| chunk.iter().fold(0, |any, &c| any | u8::from(hit(c))) != 0)
        || chunks.remainder().iter().any(|&c| hit(c))
}

/// [`char::is_alphanumeric`], answered without the Unicode table search
/// for ASCII and for the letters of the scripts most news is written in
/// (the Arabic letters and digits, basic Cyrillic, CJK ideographs).
pub(crate) fn is_alphanumeric(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric()
    } else if matches!(
        c,
        '\u{0621}'..='\u{063A}'
            | '\u{0641}'..='\u{064A}'
            | '\u{0660}'..='\u{0669}'
            | '\u{0410}'..='\u{044F}'
            | '\u{4E00}'..='\u{9FFF}'
    ) {
        true
    } else {
        c.is_alphanumeric()
    }
}

/// [`char::is_alphabetic`], answered the same way as [`is_alphanumeric`]
/// for ASCII and the common scripts' letters.
pub(crate) fn is_letter(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphabetic()
    } else if matches!(
        c,
        '\u{0621}'..='\u{063A}'
            | '\u{0641}'..='\u{064A}'
            | '\u{0410}'..='\u{044F}'
            | '\u{4E00}'..='\u{9FFF}'
    ) {
        true
    } else {
        c.is_alphabetic()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn any_byte_sees_every_position() {
        for len in 0..50 {
            let mut b = vec![b'a'; len];
            assert!(!any_byte(&b, |c| c == b'x'));
            for at in 0..len {
                b[at] = b'x';
                assert!(any_byte(&b, |c| c == b'x'), "{len} {at}");
                b[at] = b'a';
            }
        }
    }

    #[test]
    fn alphanumeric_agrees_with_std() {
        for c in (0..0x11_0000u32).filter_map(char::from_u32) {
            assert_eq!(
                is_alphanumeric(c),
                c.is_alphanumeric(),
                "U+{:04X}",
                c as u32
            );
            assert_eq!(is_letter(c), c.is_alphabetic(), "U+{:04X}", c as u32);
        }
    }

    #[test]
    fn rejects_empty_and_blank() {
        assert_eq!(check_str("", 100), Err(ParseError::Empty));
        assert_eq!(
            check_str(" \n\t\u{200F}\u{FEFF} \r\n", 100),
            Err(ParseError::Empty)
        );
    }

    #[test]
    fn reports_invalid_utf8_offset() {
        assert_eq!(
            decode(b"abc\xffdef", 100),
            Err(ParseError::InvalidUtf8 { offset: 3 })
        );
        // A truncated multi-byte sequence at the end.
        assert_eq!(
            decode("كتب".as_bytes().split_last().unwrap().1, 100),
            Err(ParseError::InvalidUtf8 { offset: 4 })
        );
    }

    #[test]
    fn size_limit_and_bom() {
        assert_eq!(
            check_str("abcdef", 3),
            Err(ParseError::TooLarge { size: 6, limit: 3 })
        );
        assert_eq!(decode(b"\xEF\xBB\xBFhi", 100), Ok("hi"));
    }
}
