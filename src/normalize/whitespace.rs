//! Spaces, line breaks and invisible controls.

/// Horizontal spaces mapped to U+0020: U+0009 TAB, U+00A0 NO-BREAK SPACE,
/// U+1680 OGHAM SPACE MARK, U+2000..=U+200A (en quad .. hair space),
/// U+202F NARROW NO-BREAK SPACE, U+205F MEDIUM MATHEMATICAL SPACE,
/// U+3000 IDEOGRAPHIC SPACE.
#[inline]
pub(crate) fn is_other_space(c: char) -> bool {
    matches!(
        c,
        '\t' | '\u{00A0}' | '\u{1680}' | '\u{2000}'
            ..='\u{200A}' | '\u{202F}' | '\u{205F}' | '\u{3000}'
    )
}

/// Line breaks: LF, VT, FF, CR, U+0085 NEXT LINE, U+2028 LINE SEPARATOR,
/// U+2029 PARAGRAPH SEPARATOR.
#[inline]
pub(crate) fn is_line_break(c: char) -> bool {
    matches!(
        c,
        '\n' | '\u{000B}' | '\u{000C}' | '\r' | '\u{0085}' | '\u{2028}' | '\u{2029}'
    )
}

/// Bidi controls: U+061C ALM, U+200E LRM, U+200F RLM, U+202A..=U+202E
/// (LRE, RLE, PDF, LRO, RLO), U+2066..=U+2069 (LRI, RLI, FSI, PDI).
#[inline]
pub(crate) fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{061C}' | '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// U+200B ZERO WIDTH SPACE and U+FEFF BYTE ORDER MARK / ZERO WIDTH NO-BREAK
/// SPACE. (ZWNJ U+200C and ZWJ U+200D are not in this set.)
#[inline]
pub(crate) fn is_zero_width(c: char) -> bool {
    matches!(c, '\u{200B}' | '\u{FEFF}')
}
