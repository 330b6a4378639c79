//! Match keys: the folded form in which short lines are compared with the
//! lexicon, so spelling variants (`الاكثر قراءة`, `الأكثر قراءة`,
//! `الأكـثر قراءة`), case and full-width forms hit the same entry.
//!
//! A key is the line under the [`Search`](crate::Profile::Search)
//! normalization profile (NFKC, Arabic folding, digits and punctuation to
//! ASCII, case folding, whitespace collapsed), so the parser and callers
//! who normalize their own text agree on one definition. With
//! `strip_tail`, trailing punctuation (`:`, `.`, `…`, `|`, ...) is removed
//! too.

use std::borrow::Cow;
use std::sync::OnceLock;

use crate::normalize::{Normalizer, Profile};

/// The Search normalizer, built once.
fn search() -> &'static Normalizer {
    static SEARCH: OnceLock<Normalizer> = OnceLock::new();
    SEARCH.get_or_init(|| Normalizer::new(Profile::Search))
}
/// The match key of `text`, trailing punctuation stripped.
pub(crate) fn key(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    key_into(text, true, &mut out);
    out
}

/// Writes the match key of `text` into `out` (cleared first).
pub(crate) fn key_into(text: &str, strip_tail: bool, out: &mut String) {
    out.clear();
    let copied = search().normalize_into(text, out);
    // Full case folding turns Turkish `İ` into `i` + U+0307; a match key
    // wants the Turkic folding (`İlgili` keys as `ilgili`). A copied key
    // holds no combining mark, so only the full pass can have made one.
    if !copied && has_dotted_i(out) {
        *out = out.replace("i\u{307}", "i");
    }
    if strip_tail {
        let kept = out
            .trim_end_matches(|c: char| {
                matches!(
                    c,
                    ':' | '.' | '…' | '|' | ',' | ';' | '-' | '_' | '/' | '>' | '»' | ' '
                )
            })
            .len();
        out.truncate(kept);
    }
}

/// `text` lowercased, borrowed when no char changes (Arabic, Han, and
/// lowercase Latin lines: most of a page), so the common case neither
/// allocates nor maps char by char.
pub(crate) fn lowercase(text: &str) -> Cow<'_, str> {
    let changes = |c: char| {
        if c.is_ascii() {
            c.is_ascii_uppercase()
        } else if matches!(c, '\u{590}'..='\u{8FF}' | '\u{2E80}'..='\u{9FFF}' | '\u{AC00}'..='\u{D7AF}')
        {
            // Hebrew, Arabic and their neighbours, CJK, Hangul: no case.
            false
        } else {
            // Uppercase, plus the titlecase letters (Lt), which lowercase
            // too without being uppercase.
            c.is_uppercase()
                || matches!(c, '\u{1C5}' | '\u{1C8}' | '\u{1CB}' | '\u{1F2}')
                || matches!(
                    c,
                    '\u{1F88}'..='\u{1FAF}' | '\u{1FBC}' | '\u{1FCC}' | '\u{1FFC}'
                )
        }
    };
    if text.chars().any(changes) {
        Cow::Owned(text.to_lowercase())
    } else {
        Cow::Borrowed(text)
    }
}

/// Does `key` hold `i` + U+0307 (CC 87)? A `memchr` for the rare lead
/// byte 0xCC; `str::contains` would build a substring searcher per key.
fn has_dotted_i(key: &str) -> bool {
    let b = key.as_bytes();
    memchr::memchr_iter(0xCC, b).any(|p| p > 0 && b[p - 1] == b'i' && b.get(p + 1) == Some(&0x87))
}

#[cfg(test)]
mod tests {
    use super::key;

    #[test]
    fn arabic_variants_share_a_key() {
        assert_eq!(key("الأكثر قراءة"), key("الاكثر قراءة"));
        assert_eq!(key("الأكـثر قراءة"), key("الأكثر قراءة"));
        assert_eq!(key("اترك تعليقاً"), key("اترك تعليقا"));
        assert_eq!(key("حجم الخط:"), "حجم الخط");
    }

    #[test]
    fn latin_and_fullwidth() {
        assert_eq!(key("  Most   Read: "), "most read");
        assert_eq!(key("ＭＯＳＴ ＲＥＡＤ"), "most read");
        assert_eq!(key("Комментарии"), "комментарии");
        assert_eq!(key("\u{200F}٢٠١٩"), "2019");
    }

    #[test]
    fn lowercase_borrows_unless_a_char_changes() {
        use std::borrow::Cow;
        assert!(matches!(super::lowercase("نشرة الأخبار"), Cow::Borrowed(_)));
        assert!(matches!(super::lowercase("hourly news"), Cow::Borrowed(_)));
        assert_eq!(super::lowercase("Hourly NEWS"), "hourly news");
        assert_eq!(super::lowercase("Автор"), "автор");
        assert_eq!(super::lowercase("\u{1C5}"), "\u{1C6}");
        assert_eq!(super::lowercase("\u{1F88}"), "\u{1F80}");
        // Every char whose lowercase differs is caught.
        for c in (0..0x11_0000u32).filter_map(char::from_u32) {
            let s = c.to_string();
            assert_eq!(super::lowercase(&s), s.to_lowercase(), "U+{:04X}", c as u32);
        }
    }

    #[test]
    fn turkish_dotted_capital_i() {
        assert_eq!(key("İlgili Haberler"), "ilgili haberler");
        assert!(super::has_dotted_i("i\u{307}"));
        assert!(!super::has_dotted_i("\u{307}i"));
    }
}
