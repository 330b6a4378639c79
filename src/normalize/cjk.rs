//! East Asian width folds.

/// Full-width ASCII variants U+FF01..=U+FF5E to ASCII U+0021..=U+007E.
/// (U+3000 IDEOGRAPHIC SPACE is a space, see `whitespace`.)
#[inline]
pub(crate) fn fullwidth_to_ascii(c: char) -> Option<char> {
    match c as u32 {
        v @ 0xFF01..=0xFF5E => char::from_u32(v - 0xFEE0),
        _ => None,
    }
}
