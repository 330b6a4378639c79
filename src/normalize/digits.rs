//! Digit folds.

/// Arabic-Indic digits U+0660..=U+0669 and extended Arabic-Indic (Persian,
/// Urdu) digits U+06F0..=U+06F9 to ASCII `0`..=`9`.
#[inline]
pub(crate) fn to_ascii(c: char) -> Option<char> {
    let v = match c as u32 {
        d @ 0x0660..=0x0669 => d - 0x0660,
        d @ 0x06F0..=0x06F9 => d - 0x06F0,
        _ => return None,
    };
    char::from_digit(v, 10)
}
