//! Normalization forms (through `unicode-normalization`) and case folding.

use super::casefold_table::CASE_FOLD;
use super::UnicodeForm;
use unicode_normalization::char::{canonical_combining_class, decompose_canonical};
use unicode_normalization::UnicodeNormalization;
use unicode_normalization::{is_nfc, is_nfc_quick, is_nfkc, is_nfkc_quick, IsNormalized};

/// Starters (combining class 0) whose NFC quick check is Yes, in the blocks
/// that news text is made of. A string made only of these is in NFC. The
/// table is checked against `unicode-normalization` for every code point
/// in a unit test.
#[inline]
pub(crate) fn nfc_safe(c: char) -> bool {
    matches!(c as u32,
        0x0000..=0x02FF | 0x0388..=0x03FF | 0x0400..=0x0482 | 0x048A..=0x052F | 0x05D0..=0x05EA
        | 0x0600..=0x060F | 0x061B..=0x064A | 0x0660..=0x066F | 0x0671..=0x06D5 | 0x06EE..=0x06FF
        | 0x1E00..=0x1EFF | 0x2002..=0x206F | 0x3000..=0x3029 | 0x3041..=0x3096 | 0x30A1..=0x30FA
        | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xAC00..=0xD7A3 | 0xFF01..=0xFFEE)
}

/// Starters whose NFKC quick check is Yes (same idea as [`nfc_safe`]).
#[inline]
pub(crate) fn nfkc_safe(c: char) -> bool {
    matches!(c as u32,
        0x0000..=0x009F | 0x00A1..=0x00A7 | 0x00A9 | 0x00AB..=0x00AE | 0x00B0..=0x00B1
        | 0x00B6..=0x00B7 | 0x00BB | 0x00BF..=0x0131 | 0x0134..=0x013E | 0x0141..=0x0148
        | 0x014A..=0x017E | 0x0388..=0x03CE | 0x0400..=0x0482 | 0x048A..=0x052F
        | 0x05D0..=0x05EA | 0x0600..=0x060F | 0x061B..=0x064A | 0x0660..=0x066F
        | 0x0671..=0x0674 | 0x0679..=0x06D5 | 0x06EE..=0x06FF | 0x2010 | 0x2012..=0x2016
        | 0x2018..=0x2023 | 0x2027 | 0x3001..=0x3029 | 0x3041..=0x3096 | 0x30A1..=0x30FA
        | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xAC00..=0xD7A3)
}

/// Arabic marks that never compose (quick check Yes, combining class > 0):
/// they only need canonical ordering.
#[inline]
pub(crate) fn is_ordering_only_mark(c: char) -> bool {
    matches!(c as u32, 0x064B..=0x0652 | 0x0656..=0x065F | 0x0670)
}

/// Tracks whether a char stream is certainly in the given form.
#[derive(Clone, Copy)]
pub(crate) struct FormCheck {
    form: UnicodeForm,
    last_ccc: u8,
}

impl FormCheck {
    pub(crate) fn new(form: UnicodeForm) -> Self {
        FormCheck { form, last_ccc: 0 }
    }

    /// Feeds one char; returns `false` when the stream may not be normalized.
    #[inline]
    pub(crate) fn accept(&mut self, c: char) -> bool {
        let safe = match self.form {
            UnicodeForm::None => return true,
            UnicodeForm::Nfc => nfc_safe(c),
            UnicodeForm::Nfkc => nfkc_safe(c),
        };
        if safe {
            self.last_ccc = 0;
            return true;
        }
        if is_ordering_only_mark(c) {
            let ccc = canonical_combining_class(c);
            let ok = ccc >= self.last_ccc;
            self.last_ccc = ccc;
            return ok;
        }
        false
    }

    /// A char that is known to be a plain starter (ASCII, for example).
    #[inline]
    pub(crate) fn starter(&mut self) {
        self.last_ccc = 0;
    }
}

/// Whether `s` is in `form`.
pub(crate) fn is_normalized(form: UnicodeForm, s: &str) -> bool {
    match form {
        UnicodeForm::None => true,
        UnicodeForm::Nfc => match is_nfc_quick(s.chars()) {
            IsNormalized::Yes => true,
            IsNormalized::No => false,
            IsNormalized::Maybe => is_nfc(s),
        },
        UnicodeForm::Nfkc => match is_nfkc_quick(s.chars()) {
            IsNormalized::Yes => true,
            IsNormalized::No => false,
            IsNormalized::Maybe => is_nfkc(s),
        },
    }
}

/// `s` in `form`.
pub(crate) fn apply(form: UnicodeForm, s: &str) -> String {
    match form {
        UnicodeForm::None => s.to_owned(),
        UnicodeForm::Nfc => s.nfc().collect(),
        UnicodeForm::Nfkc => s.nfkc().collect(),
    }
}

/// Scripts without case: skip the table look-up.
#[inline]
fn caseless(c: char) -> bool {
    matches!(c as u32, 0x0590..=0x08FF | 0x2E80..=0xA63F | 0xAC00..=0xD7FF | 0xF900..=0xFAFF | 0x20000..)
}

#[inline]
fn fold_entry(c: char) -> Option<&'static str> {
    CASE_FOLD
        .binary_search_by_key(&(c as u32), |&(k, _)| k)
        .ok()
        .map(|i| CASE_FOLD[i].1)
}

/// Whether full case folding changes `c` (ASCII excluded).
#[inline]
pub(crate) fn has_fold(c: char) -> bool {
    !caseless(c) && fold_entry(c).is_some()
}

/// Full case folding of one non-ASCII char, through its canonical
/// decomposition (so that precomposed lowercase letters whose folding is
/// only their own decomposition, such as U+0390, stay as they are and the
/// result is stable under NFC/NFKC). Calls `emit` for each output char and
/// returns `true`, or returns `false` (and emits nothing) when `c` is
/// unchanged.
pub(crate) fn case_fold(c: char, mut emit: impl FnMut(char)) -> bool {
    let mut dec = ['\0'; 8];
    let mut n = 0;
    decompose_canonical(c, |d| {
        if n < dec.len() {
            dec[n] = d;
            n += 1;
        }
    });
    let dec = &dec[..n];
    if !dec
        .iter()
        .any(|&d| d.is_ascii_uppercase() || fold_entry(d).is_some())
    {
        return false;
    }
    for &d in dec {
        if d.is_ascii_uppercase() {
            emit(d.to_ascii_lowercase());
        } else if let Some(f) = fold_entry(d) {
            f.chars().for_each(&mut emit);
        } else {
            emit(d);
        }
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;
    use unicode_normalization::char::canonical_combining_class as ccc;

    fn all_chars() -> impl Iterator<Item = char> {
        (0..=0x10FFFFu32).filter_map(char::from_u32)
    }

    #[test]
    fn nfc_safe_table_is_exact_enough() {
        for c in all_chars().filter(|&c| nfc_safe(c)) {
            assert_eq!(ccc(c), 0, "{:04X}", c as u32);
            let s = c.to_string();
            assert_eq!(
                is_nfc_quick(s.chars()),
                IsNormalized::Yes,
                "U+{:04X}",
                c as u32
            );
        }
    }

    #[test]
    fn nfkc_safe_table_is_exact_enough() {
        for c in all_chars().filter(|&c| nfkc_safe(c)) {
            assert_eq!(ccc(c), 0, "{:04X}", c as u32);
            let s = c.to_string();
            assert_eq!(
                is_nfkc_quick(s.chars()),
                IsNormalized::Yes,
                "U+{:04X}",
                c as u32
            );
        }
    }

    #[test]
    fn ordering_only_marks_never_compose() {
        for c in all_chars().filter(|&c| is_ordering_only_mark(c)) {
            assert!(ccc(c) > 0);
            let s = c.to_string();
            assert_eq!(is_nfc_quick(s.chars()), IsNormalized::Yes);
            assert_eq!(is_nfkc_quick(s.chars()), IsNormalized::Yes);
        }
    }

    #[test]
    fn caseless_ranges_have_no_folding() {
        for &(cp, _) in CASE_FOLD {
            let c = char::from_u32(cp).unwrap();
            assert!(!caseless(c), "U+{cp:04X} folds but is listed caseless");
        }
        assert!(CASE_FOLD.windows(2).all(|w| w[0].0 < w[1].0));
    }

    #[test]
    fn case_fold_examples() {
        let f = |c: char| {
            let mut s = String::new();
            case_fold(c, |d| s.push(d)).then_some(s)
        };
        assert_eq!(f('ß').as_deref(), Some("ss"));
        assert_eq!(f('Ж').as_deref(), Some("ж"));
        assert_eq!(f('É').as_deref(), Some("e\u{301}"));
        assert_eq!(f('\u{0390}'), None);
        assert_eq!(f('ж'), None);
    }
}
