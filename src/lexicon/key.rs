//! Match keys: the folded form in which short lines are compared with the
//! lexicon, so spelling variants (`الاكثر قراءة`, `الأكثر قراءة`,
//! `الأكـثر قراءة`), case and full-width forms hit the same entry.
//!
//! A key is: lowercase; Arabic alef forms to bare alef, alef maqsura to ya,
//! ta marbuta to ha; harakat, superscript alef and tatweel removed;
//! Arabic-Indic and Persian digits to ASCII; Arabic and full-width
//! punctuation to ASCII; invisible format characters removed; runs of
//! whitespace to one space; trimmed. With `strip_tail`, trailing
//! punctuation (`:`, `.`, `…`, `|`, ...) is removed too.

/// The match key of `text`, trailing punctuation stripped.
pub(crate) fn key(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    key_into(text, true, &mut out);
    out
}

/// Writes the match key of `text` into `out` (cleared first).
pub(crate) fn key_into(text: &str, strip_tail: bool, out: &mut String) {
    out.clear();
    let mut pending_space = false;
    for c in text.chars() {
        if c.is_ascii() {
            // ASCII fast path: no table to consult.
            if c.is_ascii_whitespace() {
                pending_space = !out.is_empty();
            } else {
                if pending_space {
                    out.push(' ');
                    pending_space = false;
                }
                out.push(c.to_ascii_lowercase());
            }
            continue;
        }
        let mapped = match c {
            'أ' | 'إ' | 'آ' | 'ٱ' => 'ا',
            'ى' => 'ي',
            // Turkish dotted capital I: `İlgili` keys as `ilgili`.
            'İ' => 'i',
            'ة' => 'ه',
            '\u{064B}'..='\u{0652}' | '\u{0670}' | '\u{0640}' => continue,
            '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' => continue,
            '\u{FEFF}' | '\u{061C}' | '\u{00AD}' => continue,
            '٠'..='٩' => char::from(b'0' + (c as u32 - 0x0660) as u8),
            '۰'..='۹' => char::from(b'0' + (c as u32 - 0x06F0) as u8),
            '،' => ',',
            '؛' => ';',
            '؟' => '?',
            '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
            '\u{3000}' => ' ',
            c if c.is_whitespace() => ' ',
            c => c,
        };
        if mapped == ' ' {
            pending_space = !out.is_empty();
            continue;
        }
        if pending_space {
            out.push(' ');
            pending_space = false;
        }
        if mapped.is_ascii() {
            out.push(mapped.to_ascii_lowercase());
        } else if is_cased_script(mapped) {
            out.extend(mapped.to_lowercase());
        } else {
            // Arabic, Hebrew, CJK and the rest have no case: skip the
            // Unicode case tables.
            out.push(mapped);
        }
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

/// Blocks that hold letters with case: Latin, Greek, Cyrillic, Armenian,
/// Georgian, Latin and Greek extended, and a few supplements.
fn is_cased_script(c: char) -> bool {
    matches!(c as u32, 0x80..=0x058F | 0x10A0..=0x10FF | 0x13A0..=0x13FF | 0x1C80..=0x1CBF
        | 0x1D00..=0x1FFF | 0x2100..=0x218F | 0x24B6..=0x24E9 | 0x2C00..=0x2D2F
        | 0xA640..=0xA69F | 0xA720..=0xA7FF | 0xAB70..=0xABBF | 0x10400..=0x1044F)
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
}
