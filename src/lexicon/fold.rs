//! Allocation-free folding of short words into a stack buffer, for table
//! lookups on the hot path (month names, weekdays, outlet tokens).
//!
//! The fold: ASCII and other cased letters to lowercase; common Latin
//! accents removed (`é` -> `e`, `ç` -> `c`, `ñ` -> `n`, `ü` -> `u`);
//! Arabic alef forms (`أ إ آ ٱ`) to `ا`, `ى` to `ي`, `ة` to `ه`, the
//! presentation form `ﻫ` (U+FEEB) and its siblings to `ه`; tatweel, harakat
//! and superscript alef removed; Arabic-Indic and Persian digits to ASCII;
//! runs of whitespace to one space.

/// Capacity of a fold buffer in bytes; longer words do not fold.
pub(crate) const FOLD_CAP: usize = 96;

/// A folded word in a stack buffer.
pub(crate) struct Folded {
    buf: [u8; FOLD_CAP],
    len: usize,
}

impl Folded {
    /// An empty folded word.
    pub(crate) const fn new() -> Self {
        Folded {
            buf: [0; FOLD_CAP],
            len: 0,
        }
    }

    /// The folded text.
    pub(crate) fn as_str(&self) -> &str {
        // Only whole chars are ever written, so this cannot fail.
        std::str::from_utf8(&self.buf[..self.len]).unwrap_or("")
    }

    /// The folded text's bytes (no UTF-8 check).
    pub(crate) fn as_bytes(&self) -> &[u8] {
        &self.buf[..self.len]
    }

    /// Whether nothing has been written yet.
    pub(crate) fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// Appends the fold of `text`; `false` when it does not fit.
    pub(crate) fn push_str(&mut self, text: &str) -> bool {
        let b = text.as_bytes();
        let mut i = 0;
        while i < b.len() {
            // Arabic and basic Cyrillic letters (two bytes, leads D0 to DB)
            // fold through a table, without decoding the char.
            if (0xD0..=0xDB).contains(&b[i]) {
                let cp = (usize::from(b[i] & 0x1F) << 6) | usize::from(b[i + 1] & 0x3F);
                match TWO_BYTE_FOLD[cp - 0x400] {
                    NOT_TABLED => {}
                    DROPPED => {
                        i += 2;
                        continue;
                    }
                    v => {
                        if !self.push_tabled(v) {
                            return false;
                        }
                        i += 2;
                        continue;
                    }
                }
            }
            let c = text[i..].chars().next().expect("a char boundary");
            if !self.push(c) {
                return false;
            }
            i += c.len_utf8();
        }
        true
    }

    /// Writes a [`TWO_BYTE_FOLD`] value: an ASCII digit or a two-byte char.
    fn push_tabled(&mut self, v: u16) -> bool {
        let n = if v < 0x80 { 1 } else { 2 };
        if self.len + n > FOLD_CAP {
            return false;
        }
        if v < 0x80 {
            self.buf[self.len] = v as u8;
        } else {
            self.buf[self.len] = 0xC0 | (v >> 6) as u8;
            self.buf[self.len + 1] = 0x80 | (v & 0x3F) as u8;
        }
        self.len += n;
        true
    }

    fn push_one(&mut self, c: char) -> bool {
        let n = c.len_utf8();
        if self.len + n > FOLD_CAP {
            return false;
        }
        c.encode_utf8(&mut self.buf[self.len..self.len + n]);
        self.len += n;
        true
    }

    /// Appends the fold of one char; `false` when it does not fit.
    pub(crate) fn push(&mut self, c: char) -> bool {
        let mapped = match c {
            'A'..='Z' => c.to_ascii_lowercase(),
            'a'..='z' | '0'..='9' => c,
            c if c.is_whitespace() => {
                if self.len == 0 || self.buf[self.len - 1] == b' ' {
                    return true;
                }
                ' '
            }
            'أ' | 'إ' | 'آ' | 'ٱ' => 'ا',
            'ى' => 'ي',
            'ة' => 'ه',
            '\u{FEE9}'..='\u{FEEC}' => 'ه',
            '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{0640}' | '\u{200C}' | '\u{200D}' => {
                return true
            }
            '٠'..='٩' => char::from(b'0' + (c as u32 - 0x0660) as u8),
            // The rest of the Arabic block has no case.
            '\u{0600}'..='\u{065F}' | '\u{066A}'..='\u{06EF}' | '\u{06FA}'..='\u{06FF}' => c,
            // Cyrillic capitals (ё handled below).
            'А'..='Я' => char::from_u32(c as u32 + 0x20).unwrap_or(c),
            'а'..='я' => c,
            '۰'..='۹' => char::from(b'0' + (c as u32 - 0x06F0) as u8),
            'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'À' | 'Á' | 'Â' | 'Ã' | 'Ä' => 'a',
            'è' | 'é' | 'ê' | 'ë' | 'È' | 'É' | 'Ê' | 'Ë' => 'e',
            'ì' | 'í' | 'î' | 'ï' | 'Ì' | 'Í' | 'Î' | 'Ï' => 'i',
            'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'Ò' | 'Ó' | 'Ô' | 'Õ' | 'Ö' => 'o',
            'ù' | 'ú' | 'û' | 'ü' | 'Ù' | 'Ú' | 'Û' | 'Ü' => 'u',
            'ç' | 'Ç' => 'c',
            'ñ' | 'Ñ' => 'n',
            'ё' | 'Ё' => 'е',
            c if c.is_uppercase() => {
                for l in c.to_lowercase() {
                    if !self.push_one(l) {
                        return false;
                    }
                }
                return true;
            }
            c => c,
        };
        self.push_one(mapped)
    }

    /// Removes a trailing space.
    pub(crate) fn trim_end(&mut self) {
        while self.len > 0 && self.buf[self.len - 1] == b' ' {
            self.len -= 1;
        }
    }
}

/// [`TWO_BYTE_FOLD`]: a char [`Folded::push`] drops.
const DROPPED: u16 = 0;
/// [`TWO_BYTE_FOLD`]: a char left to [`Folded::push`].
const NOT_TABLED: u16 = u16::MAX;

/// The fold of each char from U+0400 to U+06FF, as [`Folded::push`] writes
/// it, for the Arabic block and the basic Cyrillic letters: the folded
/// code point, [`DROPPED`], or [`NOT_TABLED`] for the chars the table
/// leaves to `push` (other Cyrillic letters, whose lowercase needs the
/// Unicode tables, and U+0500 to U+05FF).
static TWO_BYTE_FOLD: [u16; 0x300] = {
    let mut t = [NOT_TABLED; 0x300];
    let mut cp = 0x400u16;
    while cp < 0x700 {
        t[(cp - 0x400) as usize] = match cp {
            0x0410..=0x042F => cp + 0x20,
            0x0430..=0x044F => cp,
            0x0401 | 0x0451 => 0x0435,
            0x0622 | 0x0623 | 0x0625 | 0x0671 => 0x0627,
            0x0649 => 0x064A,
            0x0629 => 0x0647,
            0x064B..=0x065F | 0x0670 | 0x0640 => DROPPED,
            0x0660..=0x0669 => cp - 0x0660 + b'0' as u16,
            0x06F0..=0x06F9 => cp - 0x06F0 + b'0' as u16,
            0x0600..=0x065F | 0x066A..=0x06EF | 0x06FA..=0x06FF => cp,
            _ => NOT_TABLED,
        };
        cp += 1;
    }
    t
};

/// Folds `text` into a fresh stack buffer; `None` when it is too long.
pub(crate) fn fold(text: &str) -> Option<Folded> {
    let mut f = Folded::new();
    if !f.push_str(text) {
        return None;
    }
    f.trim_end();
    Some(f)
}

/// A small, fast, non-cryptographic hasher (FNV-1a) for the lookup tables
/// built from static data.
#[derive(Default, Clone, Copy)]
pub(crate) struct Fnv(u64);

impl std::hash::Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 {
            0xcbf2_9ce4_8422_2325
        } else {
            self.0
        };
        for &b in bytes {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = h;
    }
}

/// Hash builder for [`Fnv`].
pub(crate) type FnvBuild = std::hash::BuildHasherDefault<Fnv>;

#[cfg(test)]
mod tests {
    use super::fold;

    /// The table agrees with the char-by-char fold on every char it
    /// holds.
    #[test]
    fn two_byte_table_agrees_with_push() {
        for cp in 0x400u32..0x700 {
            let Some(c) = char::from_u32(cp) else {
                continue;
            };
            let mut by_push = super::Folded::new();
            by_push.push_str("x");
            by_push.push(c);
            let mut by_str = super::Folded::new();
            by_str.push_str(&format!("x{c}"));
            assert_eq!(by_push.as_str(), by_str.as_str(), "U+{cp:04X}");
        }
    }

    #[test]
    fn folds_variants_together() {
        assert_eq!(
            fold("أبريل").unwrap().as_str(),
            fold("ابريل").unwrap().as_str()
        );
        assert_eq!(fold("إبريل").unwrap().as_str(), "ابريل");
        assert_eq!(fold("Décembre").unwrap().as_str(), "decembre");
        assert_eq!(fold("ОКТЯБРЯ").unwrap().as_str(), "октября");
        assert_eq!(fold("\u{FEEB}").unwrap().as_str(), "ه");
        assert_eq!(fold("هـ").unwrap().as_str(), "ه");
        assert_eq!(fold("تشرين   الأول").unwrap().as_str(), "تشرين الاول");
        assert!(fold(&"x".repeat(200)).is_none());
    }
}
