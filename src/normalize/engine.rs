//! The fused mapping pass: one walk over the bytes that applies every
//! per-character fold, drops invisible controls, handles spaces and
//! tatweel, and copies nothing until the first change.

use super::unicode::{self, FormCheck};
use super::{arabic, cjk, digits, punct, whitespace, NormalizeOptions, TatweelMode, UnicodeForm};

/// What the pass does with one non-ASCII char.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Act {
    Keep,
    Drop,
    Space,
    LineBreak,
    Tatweel,
    Char(char),
    Fold,
}

/// The action for a non-ASCII char under `o`.
#[inline]
pub(crate) fn classify(o: &NormalizeOptions, c: char) -> Act {
    let cp = c as u32;
    if (0x0600..=0x06FF).contains(&cp) {
        if c == arabic::TATWEEL {
            return Act::Tatweel;
        }
        if cp <= 0x061F {
            if o.remove_bidi_controls && c == '\u{061C}' {
                return Act::Drop;
            }
            if o.remove_quranic_marks && arabic::is_quranic_mark(c) {
                return Act::Drop;
            }
            if o.arabic_punct_to_ascii {
                if let Some(p) = arabic::punct_to_ascii(c) {
                    return Act::Char(p);
                }
            }
            return Act::Keep;
        }
        if let Some(x) = arabic::fold_letter(c, o) {
            return Act::Char(x);
        }
        if (0x064B..=0x0670).contains(&cp) {
            if o.remove_harakat && arabic::is_harakah(c) {
                return Act::Drop;
            }
            if o.remove_superscript_alef && cp == 0x0670 {
                return Act::Drop;
            }
            return marks_digits_punct(c, o);
        }
        if cp >= 0x06D4 {
            return marks_digits_punct(c, o);
        }
        return Act::Keep;
    }
    if (0x3400..0xA000).contains(&cp) {
        // CJK ideographs: nothing to do.
        return Act::Keep;
    }
    if o.remove_bidi_controls && whitespace::is_bidi_control(c) {
        return Act::Drop;
    }
    if o.remove_zero_width && whitespace::is_zero_width(c) {
        return Act::Drop;
    }
    if o.spaces_to_ascii && whitespace::is_other_space(c) {
        return Act::Space;
    }
    if whitespace::is_line_break(c) {
        return if o.line_breaks_to_space {
            Act::Space
        } else {
            Act::LineBreak
        };
    }
    if o.fold_dashes {
        if let Some(d) = punct::fold_dash(c) {
            return Act::Char(d);
        }
    }
    if o.fold_quotes {
        if let Some(q) = punct::fold_quote(c) {
            return Act::Char(q);
        }
    }
    if o.fold_width {
        if let Some(a) = cjk::fullwidth_to_ascii(c) {
            return Act::Char(a);
        }
    }
    if o.case_fold && unicode::has_fold(c) {
        return Act::Fold;
    }
    Act::Keep
}

/// Output that borrows from the source until the first change.
struct Out<'a> {
    src: &'a str,
    same: usize,
    buf: Option<String>,
}

impl<'a> Out<'a> {
    #[inline]
    fn keep(&mut self, start: usize, end: usize) {
        match &mut self.buf {
            None if self.same == start => self.same = end,
            None => {
                self.materialize();
                self.buf.as_mut().unwrap().push_str(&self.src[start..end]);
            }
            Some(b) => b.push_str(&self.src[start..end]),
        }
    }

    #[inline(always)]
    fn push(&mut self, c: char) {
        match &mut self.buf {
            None => {
                let mut tmp = [0u8; 4];
                let s = c.encode_utf8(&mut tmp).as_bytes();
                let src = self.src.as_bytes();
                let n = s.len();
                if self.same + n <= src.len() && (0..n).all(|k| src[self.same + k] == s[k]) {
                    self.same += n;
                } else {
                    self.materialize();
                    self.buf.as_mut().unwrap().push(c);
                }
            }
            Some(b) => b.push(c),
        }
    }

    /// Removes the U+0020 chars at the end of the output.
    #[inline]
    fn unwrite_spaces(&mut self) {
        match &mut self.buf {
            None => {
                while self.same > 0 && self.src.as_bytes()[self.same - 1] == b' ' {
                    self.same -= 1;
                }
            }
            Some(b) => {
                while b.ends_with(' ') {
                    b.pop();
                }
            }
        }
    }

    /// Whether the last char written that is not an Arabic mark is an
    /// Arabic letter.
    fn ends_with_arabic_letter(&self) -> bool {
        let written = match &self.buf {
            None => &self.src[..self.same],
            Some(b) => b.as_str(),
        };
        written
            .chars()
            .rev()
            .find(|&c| !arabic::is_mark(c))
            .is_some_and(arabic::is_letter)
    }

    #[cold]
    fn materialize(&mut self) {
        let mut b = String::with_capacity(self.src.len() + 8);
        b.push_str(&self.src[..self.same]);
        self.buf = Some(b);
    }

    fn finish(self) -> Option<String> {
        match self.buf {
            None if self.same == self.src.len() => None,
            None => Some(self.src[..self.same].to_owned()),
            Some(b) => Some(b),
        }
    }
}

/// The result of one pass.
#[cfg_attr(test, derive(Debug, PartialEq, Eq))]
pub(crate) enum Pass {
    /// An input char is not in the target form: normalize the input first.
    InputNotNormalized,
    /// `text` is `None` when nothing changed; `normalized` is `true` when
    /// every output char is known to leave the output in the target form.
    Done {
        text: Option<String>,
        normalized: bool,
    },
}

#[inline(always)]
fn decode(b: &[u8], i: usize) -> (char, usize) {
    let b0 = b[i] as u32;
    let (cp, n) = if b0 < 0xE0 {
        (((b0 & 0x1F) << 6) | (b[i + 1] as u32 & 0x3F), 2)
    } else if b0 < 0xF0 {
        (
            ((b0 & 0x0F) << 12) | ((b[i + 1] as u32 & 0x3F) << 6) | (b[i + 2] as u32 & 0x3F),
            3,
        )
    } else {
        (
            ((b0 & 0x07) << 18)
                | ((b[i + 1] as u32 & 0x3F) << 12)
                | ((b[i + 2] as u32 & 0x3F) << 6)
                | (b[i + 3] as u32 & 0x3F),
            4,
        )
    };
    (char::from_u32(cp).unwrap_or('\u{FFFD}'), n)
}

/// Whether the ASCII pass stops at byte `c` followed by `next`: a control
/// byte or non-ASCII (outside 0x20..=0x7F), the first of two spaces, or
/// `A-Z` when folding case (`FOLD`). `c | next == 0x20` holds for two
/// spaces and otherwise only when one of them is NUL, itself a stop.
///
/// Written without branches so that the loops over it below compile to
/// vector compares (SSE2 on any x86-64): one signed compare for the range,
/// an OR and an equality for the spaces.
#[inline(always)]
fn stops<const FOLD: bool>(c: u8, next: u8) -> bool {
    let mut x = (c.wrapping_sub(0x20) >= 0x60) | ((c | next) == b' ');
    if FOLD {
        x |= c.wrapping_sub(b'A') < 26;
    }
    x
}

const ONES: u64 = 0x0101_0101_0101_0101;
const HIGH: u64 = 0x8080_8080_8080_8080;
const LOW7: u64 = 0x7F7F_7F7F_7F7F_7F7F;

/// [`stops`] on eight bytes at once: `w` holds eight bytes as a
/// little-endian word and `next` the eight that start one byte later.
/// Returns the high bit of every byte where the pass stops, so the first
/// stop is at `trailing_zeros() / 8`. Exact for every byte: no add or
/// subtract carries from one byte into the next.
///
/// Plain `u64` arithmetic rather than a byte loop: the compiler turns a
/// 16-byte loop that must say *where* it stops into long shuffle
/// sequences, while these dozen word operations stay as they are.
#[inline(always)]
fn stop_bits<const FOLD: bool>(w: u64, next: u64) -> u64 {
    // Outside 0x20..=0x7F: the high bit, or under 0x20 in the low seven
    // bits (subtracting 0x20 from each byte with its high bit forced on
    // borrows from no other byte and clears that bit exactly then).
    let range = w | !((w | HIGH).wrapping_sub(0x20 * ONES));
    // The first of two spaces: a zero byte of `(w | next) ^ 0x20..`.
    let y = (w | next) ^ (0x20 * ONES);
    let spaces = !(((y & LOW7) + LOW7) | y);
    let mut bits = range | spaces;
    if FOLD {
        // `A-Z` in the low seven bits (a byte with its high bit set is a
        // stop already).
        let low = w & LOW7;
        bits |= low.wrapping_add((0x80 - 0x41) * ONES) & !low.wrapping_add((0x80 - 0x5B) * ONES);
    }
    bits & HIGH
}

/// The eight bytes at `bytes[i..]` and the eight after `bytes[i]`, as the
/// words [`stop_bits`] takes; `bytes` holds at least `i + 9` bytes.
#[inline(always)]
fn words_at(bytes: &[u8], i: usize) -> (u64, u64) {
    let w = u64::from_le_bytes(bytes[i..i + 8].try_into().expect("8 bytes"));
    let next = u64::from_le_bytes(bytes[i + 1..i + 9].try_into().expect("8 bytes"));
    (w, next)
}

/// Bytes [`any_stop`] checks at once. 64 and 256 were measured too: 64
/// paid the loop's branch and bounds test twice as often (83% of
/// `from_utf8`'s speed on 10 MB of English against 92%), 256 gained
/// nothing more and wastes more work where a long run ends. The tail of
/// a text takes one overlapping step, so a large step costs short texts
/// nothing.
const STEP: usize = 128;

/// Whether the pass stops at any of the [`STEP`] bytes at the start of
/// `window`: the masks of its 16-byte lanes OR-folded into one
/// accumulator and tested once. (A running maximum of `c - 0x20` and
/// `(c | next) - 0x21` would be one operation shorter per lane, but the
/// compiler vectorizes it across the wrong axis.)
#[inline(always)]
fn any_stop<const FOLD: bool>(window: &[u8; STEP + 1]) -> bool {
    let mut acc = [0u8; 16];
    for k in 0..STEP / 16 {
        let here: &[u8; 16] = window[16 * k..16 * k + 16].try_into().expect("16");
        let next: &[u8; 16] = window[16 * k + 1..16 * k + 17].try_into().expect("16");
        for j in 0..16 {
            acc[j] |= u8::from(stops::<FOLD>(here[j], next[j])).wrapping_neg();
        }
    }
    u128::from_le_bytes(acc) != 0
}

/// Where the run of ASCII that the pass copies as it is, starting at
/// `bytes[i]`, ends: printable ASCII and single spaces (`A-Z` excluded
/// when `FOLD`). The caller makes sure `bytes[i]` is not a space the pass
/// drops (after a space or at a line start); every later space is kept, as
/// it follows a printable byte. A space as the text's last byte is left to
/// the caller, which trims it.
///
/// Gives exactly the end that a byte-by-byte walk gives (see the property
/// test), in three gears:
///
/// * eight bytes at a time ([`stop_bits`]) for the first sixteen, where
///   most ASCII runs of Arabic, Chinese or mixed text end: the first stop
///   is read from the word, so a short run costs one or two steps;
/// * then [`STEP`] bytes at a time ([`any_stop`], vector compares) while
///   nothing stops, and the text's last `STEP + 1` bytes in one step that
///   overlaps what was checked (a stop depends only on a byte and its
///   successor, so checking a pair twice changes nothing);
/// * where a long step saw a stop, eight bytes at a time again to find
///   it, the last ones through a window that overlaps the same way.
///
/// Clean English thus costs about 0.6 instructions per byte, most of
/// them vector compares, with no per-call work beyond a few tests:
/// about as fast as `str::from_utf8` (0.5 scalar instructions per byte).
#[inline(always)]
fn plain_ascii<const FOLD: bool>(bytes: &[u8], mut i: usize) -> usize {
    let len = bytes.len();
    // Eight bytes at a time for the first sixteen: most runs in
    // mixed-script text end there, and the long steps are only worth
    // starting on a long run.
    let first = i;
    while i + 9 <= len {
        let (w, next) = words_at(bytes, i);
        let bits = stop_bits::<FOLD>(w, next);
        if bits != 0 {
            return i + (bits.trailing_zeros() / 8) as usize;
        }
        i += 8;
        if i - first == 16 && i + STEP < len {
            // Stepping through the rest as a slice spares the loop an
            // overflow test of `i + STEP`.
            let mut rest = &bytes[i..];
            while rest.len() > STEP {
                if any_stop::<FOLD>(rest[..=STEP].try_into().expect("STEP + 1 bytes")) {
                    break;
                }
                rest = &rest[STEP..];
            }
            i = len - rest.len();
            // Fewer than `STEP + 1` bytes left, and no stop so far: the
            // text's last `STEP + 1` bytes in one overlapping step (what
            // it checks again passes again), or the stop in them found
            // eight bytes at a time below.
            if i + STEP >= len {
                let tail = &bytes[len - STEP - 1..];
                if !any_stop::<FOLD>(tail.try_into().expect("STEP + 1 bytes")) {
                    return len - usize::from(!last_plain::<FOLD>(bytes[len - 1]));
                }
            }
        }
    }
    if i + 1 >= len {
        // Nothing left, or only the last byte.
        return i + usize::from(i + 1 == len && last_plain::<FOLD>(bytes[i]));
    }
    if len >= 9 {
        // The text's last nine bytes: the eight pairs that end there, of
        // which those before `i` (already checked, or not to be taken)
        // are shifted out.
        let start = len - 9;
        let (w, next) = words_at(bytes, start);
        let bits = stop_bits::<FOLD>(w, next) >> (8 * (i - start));
        if bits != 0 {
            return i + (bits.trailing_zeros() / 8) as usize;
        }
    } else {
        // A text of a few bytes: one by one.
        while i + 1 < len && !stops::<FOLD>(bytes[i], bytes[i + 1]) {
            i += 1;
        }
        if i + 1 < len {
            return i;
        }
    }
    // Every byte but the last passes.
    len - usize::from(!last_plain::<FOLD>(bytes[len - 1]))
}

/// Whether the text's last byte is copied as it is: printable ASCII
/// (`A-Z` excluded when `FOLD`), not a space, which the trim removes.
#[inline(always)]
fn last_plain<const FOLD: bool>(c: u8) -> bool {
    c != b' ' && !stops::<FOLD>(c, 0x7F)
}

/// Chars the pass copies as they are, whatever comes before or after
/// (apart from spaces): precomputed for U+0080..U+07FF, the two-byte UTF-8
/// range that holds Latin, Greek, Cyrillic, Hebrew and Arabic.
/// The same for U+2000..=U+20FF, U+3000..=U+30FF and U+FF00..=U+FFFF
/// (punctuation, CJK symbols and kana, full-width forms).
#[derive(Clone, PartialEq, Eq, Hash)]
pub(crate) struct Plain {
    two_byte: [u64; 32],
    three_byte: [u64; 12],
    /// Two-byte chars that become one other char whatever surrounds them
    /// (`ة` -> `ه`, `أ` -> `ا`, `٢` -> `2`, `،` -> `,` under Search),
    /// sorted by code point: [`copy_plain`] writes the replacement itself.
    simple_two: Vec<(u16, char)>,
    /// The code points of [`Plain::simple_two`] as a bitmap, so that a
    /// miss costs one bit test rather than a search.
    simple_bits: [u64; 32],
}

/// The full case folding of `c` in `form`, when that is one char.
fn single_fold(form: UnicodeForm, c: char) -> Option<char> {
    let mut folded = String::new();
    unicode::case_fold(c, |d| folded.push(d));
    let folded = unicode::apply(form, &folded);
    let mut chars = folded.chars();
    let x = chars.next()?;
    chars.next().is_none().then_some(x)
}

/// Whether `c` is copied as it is: no fold, not dropped, not a space or
/// line break or tatweel, and a starter that keeps the output in the form.
#[inline]
fn is_plain(o: &NormalizeOptions, c: char) -> bool {
    classify(o, c) == Act::Keep
        && !arabic::is_mark(c)
        && match o.form {
            UnicodeForm::None => true,
            UnicodeForm::Nfc => unicode::nfc_safe(c),
            UnicodeForm::Nfkc => unicode::nfkc_safe(c),
        }
}

impl Plain {
    pub(crate) fn new(o: &NormalizeOptions) -> Plain {
        let mut two_byte = [0u64; 32];
        for cp in 0x80u32..0x800 {
            let c = char::from_u32(cp).unwrap();
            if is_plain(o, c) {
                two_byte[(cp >> 6) as usize] |= 1 << (cp & 63);
            }
        }
        let mut three_byte = [0u64; 12];
        for (k, base) in [0x2000u32, 0x3000, 0xFF00].into_iter().enumerate() {
            for lo in 0..256u32 {
                if char::from_u32(base + lo).is_some_and(|c| is_plain(o, c)) {
                    three_byte[k * 4 + (lo >> 6) as usize] |= 1 << (lo & 63);
                }
            }
        }
        let form_safe = |c: char| match o.form {
            UnicodeForm::None => true,
            UnicodeForm::Nfc => unicode::nfc_safe(c),
            UnicodeForm::Nfkc => unicode::nfkc_safe(c),
        };
        let simple_two = (0x80u16..0x800)
            .filter(|&cp| two_byte[usize::from(cp >> 6)] >> (cp & 63) & 1 == 0)
            .filter_map(|cp| {
                let c = char::from_u32(u32::from(cp))?;
                let x = match classify(o, c) {
                    Act::Char(x) => x,
                    // A capital whose folding, once in the form, is one
                    // letter (`П` -> `п`, `É` -> `é`, `Σ` -> `σ`): Cyrillic
                    // and Greek headings and menus are all capitals.
                    Act::Fold => single_fold(o.form, c)?,
                    _ => return None,
                };
                // A starter the input check passes, replaced by a char
                // the pass would copy as it is.
                let plain_x = match u32::from(x) {
                    0x21..=0x7E => true,
                    0x80..=0x7FF => is_plain(o, x),
                    _ => false,
                };
                (form_safe(c) && !arabic::is_mark(c) && plain_x).then_some((cp, x))
            })
            .collect::<Vec<_>>();
        let mut simple_bits = [0u64; 32];
        for &(cp, _) in &simple_two {
            simple_bits[usize::from(cp >> 6)] |= 1 << (cp & 63);
        }
        Plain {
            two_byte,
            three_byte,
            simple_two,
            simple_bits,
        }
    }

    /// The replacement of a [`Plain::simple_two`] char.
    #[inline]
    fn simple(&self, cp: u32) -> Option<char> {
        let cp = u16::try_from(cp).ok().filter(|&c| c < 0x800)?;
        if self.simple_bits[usize::from(cp >> 6)] >> (cp & 63) & 1 == 0 {
            return None;
        }
        self.simple_two
            .binary_search_by_key(&cp, |&(c, _)| c)
            .ok()
            .map(|i| self.simple_two[i].1)
    }

    #[inline(always)]
    fn three(&self, cp: u32) -> bool {
        let k = match cp >> 8 {
            0x20 => 0,
            0x30 => 4,
            0xFF => 8,
            _ => return false,
        };
        let lo = cp & 0xFF;
        self.three_byte[k + (lo >> 6) as usize] >> (lo & 63) & 1 != 0
    }

    #[inline(always)]
    fn two(&self, cp: u32) -> bool {
        self.two_byte[(cp >> 6) as usize & 31] >> (cp & 63) & 1 != 0
    }
}

/// Appends the result of normalizing `src` to `out` when `src` is made
/// only of chars the pass handles without context: plain chars, printable
/// ASCII (capitals lowered when case folding), single spaces between words
/// and the one-for-one replacements of [`Plain::simple_two`].
/// Returns `false`, with `out` holding a partial copy, on anything else,
/// so the caller runs the full pass. Short lines are mostly like this, and
/// this path costs a byte test per byte instead of setting up the pass.
pub(crate) fn copy_plain(o: &NormalizeOptions, plain: &Plain, src: &str, out: &mut String) -> bool {
    let bytes = src.as_bytes();
    let len = bytes.len();
    if bytes.first() == Some(&b' ') || bytes.last() == Some(&b' ') {
        return false;
    }
    let start = out.len();
    let mut copied = 0;
    let mut capitals = false;
    let mut i = 0;
    while i < len {
        let b = bytes[i];
        let n = match b {
            // Eight printable ASCII bytes at a time from a letter (most
            // keys are Latin words): capitals are lowered once, on the
            // whole copy, below.
            0x21..=0x7E => {
                // The last few bytes are read padded with letters, so a
                // key's tail takes one step too.
                let take = (len - i).min(8);
                let mut chunk = [b'a'; 8];
                chunk[..take].copy_from_slice(&bytes[i..i + take]);
                let w = u64::from_le_bytes(chunk);
                if ascii_spaces(w).is_some() {
                    capitals |= has_capital(w);
                    take
                } else {
                    capitals |= b.is_ascii_uppercase();
                    1
                }
            }
            b' ' if bytes[i - 1] != b' ' => 1,
            0xC2..=0xDF => {
                let cp = (u32::from(b & 0x1F) << 6) | u32::from(bytes[i + 1] & 0x3F);
                if !plain.two(cp) {
                    let Some(x) = plain.simple(cp) else {
                        return false;
                    };
                    out.push_str(&src[copied..i]);
                    out.push(x);
                    capitals |= x.is_ascii_uppercase();
                    copied = i + 2;
                }
                2
            }
            0xE0..=0xEF => {
                let cp = (u32::from(b & 0x0F) << 12)
                    | (u32::from(bytes[i + 1] & 0x3F) << 6)
                    | u32::from(bytes[i + 2] & 0x3F);
                if !(matches!(cp, 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xAC00..=0xD7A3)
                    || plain.three(cp))
                {
                    return false;
                }
                3
            }
            _ => return false,
        };
        i += n;
    }
    out.push_str(&src[copied..]);
    if o.case_fold && capitals {
        // Only ASCII capitals change: those of `src` and any ASCII
        // replacement of a two-byte char.
        out[start..].make_ascii_lowercase();
    }
    true
}

/// Whether a word of eight ASCII bytes (no high bit set) holds a capital
/// letter: a byte from 0x41 to 0x5A. The adds carry into no other byte.
#[inline(always)]
fn has_capital(w: u64) -> bool {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let at_least_a = w + (0x80 - 0x41) * ONES;
    let past_z = w + (0x80 - 0x5B) * ONES;
    at_least_a & !past_z & HIGH != 0
}

/// Eight bytes read as a little-endian word: when all are printable ASCII
/// (0x20 to 0x7E) with no two spaces side by side, the mask of the spaces
/// (the high bit of each space byte); otherwise `None`.
#[inline(always)]
fn ascii_spaces(w: u64) -> Option<u64> {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    // Any byte at or over 0x80, under 0x20, or equal to 0x7F. With no high
    // bit set, the subtraction tests are exact for the word as a whole.
    if w & HIGH != 0
        || w.wrapping_sub(0x20 * ONES) & !w & HIGH != 0
        || (w ^ (0x7F * ONES)).wrapping_sub(ONES) & !(w ^ (0x7F * ONES)) & HIGH != 0
    {
        return None;
    }
    // Exactly the space bytes: a byte of `t` is zero only for a space, and
    // the carry-free add sets the high bit of every other byte.
    let t = w ^ (0x20 * ONES);
    let spaces = !(((t & !HIGH) + !HIGH) | t) & HIGH;
    (spaces & (spaces << 8) == 0).then_some(spaces)
}

/// The length of the run of plain two-byte chars (Latin, Greek, Cyrillic,
/// Hebrew, Arabic) at the start of `s`, single spaces between them allowed
/// but not first, and whether it ends in a space.
#[inline(always)]
fn two_byte_run(plain: &Plain, s: &[u8]) -> (usize, bool) {
    let mut rest = s;
    let mut ends_in_space = true;
    loop {
        // Two letters at a time while they last: half the loop overhead
        // inside a word.
        while rest.len() >= 4 {
            let w = u32::from_le_bytes([rest[0], rest[1], rest[2], rest[3]]);
            let first = ((w & 0x1F) << 6) | ((w >> 8) & 0x3F);
            let second = (((w >> 16) & 0x1F) << 6) | ((w >> 24) & 0x3F);
            if w & 0x00E0_00E0 != 0x00C0_00C0 || !(plain.two(first) & plain.two(second)) {
                break;
            }
            ends_in_space = false;
            rest = &rest[4..];
        }
        if rest.len() < 2 {
            break;
        }
        let (b, next) = (rest[0], rest[1]);
        if b == b' ' {
            if ends_in_space {
                break;
            }
            ends_in_space = true;
            rest = &rest[1..];
            continue;
        }
        let cp = (u32::from(b & 0x1F) << 6) | u32::from(next & 0x3F);
        if b & 0xE0 != 0xC0 || !plain.two(cp) {
            break;
        }
        ends_in_space = false;
        rest = &rest[2..];
    }
    (s.len() - rest.len(), ends_in_space)
}

/// The length of the ASCII run at the start of `src` that every pass
/// copies as it is, whatever the options: printable ASCII and single
/// spaces, not starting or ending in a space (`A-Z` excluded when folding
/// case). When it is all of `src`, `src` is already normalized; otherwise
/// [`run`] starts after it.
///
/// This is the whole cost of normalizing clean English: called before the
/// pass, it spares short texts the pass's setup, which was a quarter of
/// the time on 1 KB.
#[inline]
pub(crate) fn plain_prefix(o: &NormalizeOptions, src: &str) -> usize {
    let bytes = src.as_bytes();
    match bytes.first() {
        None | Some(b' ') => 0,
        Some(_) if o.case_fold => plain_ascii::<true>(bytes, 0),
        Some(_) => plain_ascii::<false>(bytes, 0),
    }
}

/// Whether a three-byte char whose first two UTF-8 bytes are `b0` and
/// `b1` is a CJK ideograph in U+4000..=U+4DBF or U+4E00..=U+9FFF (lead
/// bytes 0xE4..=0xE9, but not U+4DC0..=U+4DFF, the Yijing hexagrams, E4
/// B7) or a Hangul syllable in U+B000..=U+CFFF (0xEB, 0xEC): chars the
/// pass copies as they are, read off the first two bytes without decoding
/// the char (the text is valid UTF-8, so the continuation bytes are
/// there). The ideograph and syllable blocks' other chars still take the
/// decoding test; this one covers nearly all Chinese and Korean text.
#[inline(always)]
fn han_or_hangul_lead(b0: u8, b1: u8) -> bool {
    matches!(b0, 0xE5..=0xE9 | 0xEB..=0xEC) || (b0 == 0xE4 && b1 != 0xB7)
}

/// Runs the mapping pass over `src`, of which the first `skip` bytes are
/// known to be copied as they are (see [`plain_prefix`]; 0 always works).
pub(crate) fn run(
    o: &NormalizeOptions,
    plain: &Plain,
    src: &str,
    bail_on_input: bool,
    skip: usize,
) -> Pass {
    run_with::<true>(o, plain, src, bail_on_input, skip)
}

/// [`run`], with the vector scan of ASCII runs ([`plain_ascii`]) when
/// `ASCII_SCAN`; without it, ASCII goes byte by byte, which the property
/// tests use as the reference.
fn run_with<const ASCII_SCAN: bool>(
    o: &NormalizeOptions,
    plain: &Plain,
    src: &str,
    bail_on_input: bool,
    skip: usize,
) -> Pass {
    let bytes = src.as_bytes();
    let len = bytes.len();
    let mut out = Out {
        src,
        same: skip,
        buf: None,
    };
    let mut in_check = FormCheck::new(o.form);
    let mut out_check = FormCheck::new(o.form);
    let mut normalized = true;
    // The output ends with a space of this line.
    let mut last_space = skip > 0 && bytes[skip - 1] == b' ';
    let mut line_start = skip == 0;
    let mut drop_tatweel_until = 0usize;
    let bail = bail_on_input && o.form != UnicodeForm::None;
    let fold_upper = o.case_fold;

    macro_rules! wrote {
        ($c:expr) => {{
            line_start = false;
            last_space = false;
            if !out_check.accept($c) {
                normalized = false;
            }
        }};
    }
    // A space: `own` is true when the source char is U+0020 itself.
    macro_rules! space {
        ($start:expr, $end:expr, $own:expr) => {{
            if (o.collapse_spaces && last_space) || (o.trim && line_start) {
                // dropped
            } else {
                if $own {
                    out.keep($start, $end);
                } else {
                    out.push(' ');
                }
                last_space = true;
                out_check.starter();
            }
        }};
    }
    macro_rules! line_break {
        ($start:expr, $end:expr) => {{
            if o.trim {
                out.unwrite_spaces();
            }
            out.keep($start, $end);
            out_check.starter();
            line_start = true;
            last_space = false;
        }};
    }

    let mut i = skip;
    while i < len {
        // Fast run: chars copied as they are.
        let mut run_start = i;
        'fast: while i < len {
            // ASCII: the vector scan of `plain_ascii` from a byte it may
            // take, then the byte it stopped at (a space before a space or
            // a control byte is still copied) and up to seven more one by
            // one before scanning again.
            while bytes[i] < 0x80 {
                if ASCII_SCAN && (bytes[i] != b' ' || !(last_space || line_start)) {
                    let end = if fold_upper {
                        plain_ascii::<true>(bytes, i)
                    } else {
                        plain_ascii::<false>(bytes, i)
                    };
                    if end > i {
                        last_space = bytes[end - 1] == b' ';
                        line_start = false;
                        i = end;
                        if i >= len {
                            break 'fast;
                        }
                    }
                }
                let limit = (i + 8).min(len);
                let start = i;
                while i < limit {
                    let b = bytes[i];
                    if b == b' ' {
                        if last_space || line_start {
                            break 'fast;
                        }
                        last_space = true;
                    } else if b > b' ' && b < 0x80 && !(fold_upper && b.is_ascii_uppercase()) {
                        last_space = false;
                        line_start = false;
                    } else {
                        break;
                    }
                    i += 1;
                }
                if i < limit || i == start || i >= len {
                    break;
                }
            }
            // Two-byte chars (Latin, Greek, Cyrillic, Hebrew, Arabic).
            let two_start = i;
            let (n, ends_in_space) = two_byte_run(plain, &bytes[i..]);
            i += n;
            if i > two_start {
                last_space = ends_in_space;
                line_start = false;
                continue;
            }
            // A two-byte char replaced by one plain char (`أ` -> `ا`, `ة`
            // -> `ه` under Search): written here, without leaving the
            // run, as it comes every few words of Arabic. A starter either
            // way, and `x` is plain by construction (see `Plain::new`), so
            // the form checks only restart.
            if i < len && bytes[i] & 0xE0 == 0xC0 {
                let cp = ((bytes[i] as u32 & 0x1F) << 6) | (bytes[i + 1] as u32 & 0x3F);
                if let Some(x) = plain.simple(cp) {
                    out.keep(run_start, i);
                    out.push(if fold_upper {
                        x.to_ascii_lowercase()
                    } else {
                        x
                    });
                    in_check.starter();
                    out_check.starter();
                    last_space = false;
                    line_start = false;
                    i += 2;
                    run_start = i;
                    continue;
                }
            }
            // Three-byte chars (CJK, Hangul, punctuation).
            let three_start = i;
            while i + 2 < len {
                let b = bytes[i];
                if han_or_hangul_lead(b, bytes[i + 1]) {
                    i += 3;
                    continue;
                }
                if b & 0xF0 != 0xE0 {
                    break;
                }
                let cp = ((b as u32 & 0x0F) << 12)
                    | ((bytes[i + 1] as u32 & 0x3F) << 6)
                    | (bytes[i + 2] as u32 & 0x3F);
                if !(matches!(cp, 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xAC00..=0xD7A3)
                    || plain.three(cp))
                {
                    break;
                }
                i += 3;
            }
            if i > three_start {
                last_space = false;
                line_start = false;
                continue;
            }
            break;
        }
        if i > run_start {
            out.keep(run_start, i);
            in_check.starter();
            out_check.starter();
        }
        if i >= len {
            break;
        }

        // Slow path: one char.
        let b = bytes[i];
        if b < 0x80 {
            in_check.starter();
            match b {
                b' ' => space!(i, i + 1, true),
                b'\t' if o.spaces_to_ascii => space!(i, i + 1, false),
                b'\n' | b'\r' | 0x0B | 0x0C => {
                    if o.line_breaks_to_space {
                        space!(i, i + 1, false);
                    } else {
                        line_break!(i, i + 1);
                    }
                }
                b'A'..=b'Z' if fold_upper => {
                    out.push((b + 32) as char);
                    wrote!((b + 32) as char);
                }
                _ => {
                    out.keep(i, i + 1);
                    wrote!(b as char);
                }
            }
            i += 1;
            continue;
        }
        let (c, n) = decode(bytes, i);
        let act = classify(o, c);
        if bail {
            let unsafe_in = match act {
                Act::Keep => !in_check.accept(c),
                Act::Fold => {
                    in_check.starter();
                    unicode_normalization::char::canonical_combining_class(c) != 0
                }
                // Dropped marks do not move the ordering state.
                Act::Drop => false,
                _ => {
                    in_check.starter();
                    false
                }
            };
            if unsafe_in {
                return Pass::InputNotNormalized;
            }
        }
        match act {
            Act::Keep => {
                out.keep(i, i + n);
                wrote!(c);
            }
            Act::Drop => {}
            Act::Space | Act::Char(' ') => space!(i, i + n, false),
            Act::LineBreak => line_break!(i, i + n),
            Act::Char(x) => {
                let x = if fold_upper {
                    x.to_ascii_lowercase()
                } else {
                    x
                };
                out.push(x);
                wrote!(x);
            }
            Act::Fold => {
                let mut any = false;
                unicode::case_fold(c, |d| {
                    any = true;
                    out.push(d);
                    if !out_check.accept(d) {
                        normalized = false;
                    }
                });
                if any {
                    line_start = false;
                    last_space = false;
                } else {
                    out.keep(i, i + n);
                    wrote!(c);
                }
            }
            Act::Tatweel => {
                let drop = match o.tatweel {
                    TatweelMode::Keep => false,
                    TatweelMode::RemoveAll => true,
                    TatweelMode::RemoveStretching => {
                        if i < drop_tatweel_until {
                            true
                        } else if !last_space && out.ends_with_arabic_letter() {
                            // Look past the run of tatweel (and of chars this
                            // pass drops) for the next char.
                            let mut j = i + n;
                            let mut next = None;
                            while j < len {
                                let (d, m) = if bytes[j] < 0x80 {
                                    (bytes[j] as char, 1)
                                } else {
                                    decode(bytes, j)
                                };
                                if d != arabic::TATWEEL
                                    && !(d as u32 >= 0x80 && classify(o, d) == Act::Drop)
                                {
                                    next = Some(d);
                                    break;
                                }
                                j += m;
                            }
                            let stretch = next.is_some_and(arabic::is_letter);
                            if stretch {
                                drop_tatweel_until = j;
                            }
                            stretch
                        } else {
                            false
                        }
                    }
                };
                if !drop {
                    out.keep(i, i + n);
                    wrote!(c);
                }
            }
        }
        i += n;
    }
    if o.trim {
        out.unwrite_spaces();
    }
    Pass::Done {
        text: out.finish(),
        normalized,
    }
}

/// Quranic marks dropped, Arabic-Indic digits and Arabic punctuation
/// mapped to ASCII, as the flags say: the folds shared by the harakat block
/// (U+064B..U+0670) and the extended block (U+06D4 on).
#[inline]
fn marks_digits_punct(c: char, o: &NormalizeOptions) -> Act {
    if o.remove_quranic_marks && arabic::is_quranic_mark(c) {
        return Act::Drop;
    }
    if o.digits_to_ascii {
        if let Some(d) = digits::to_ascii(c) {
            return Act::Char(d);
        }
    }
    if o.arabic_punct_to_ascii {
        if let Some(p) = arabic::punct_to_ascii(c) {
            return Act::Char(p);
        }
    }
    Act::Keep
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::normalize::Profile;

    /// The word test agrees with a byte-by-byte reading.
    fn ascii_spaces_by_bytes(b: [u8; 8]) -> Option<u64> {
        if !b.iter().all(|c| (0x20..=0x7E).contains(c)) || b.windows(2).any(|p| p == b"  ") {
            return None;
        }
        Some(
            (0..8)
                .filter(|&k| b[k] == b' ')
                .map(|k| 0x80u64 << (8 * k))
                .sum(),
        )
    }

    #[test]
    fn capitals_in_a_word() {
        for b in [
            *b"abcdefgh",
            *b"abcdefgA",
            *b"Zbcdefgh",
            *b"@[`{~ 09",
            *b"abcMdefg",
        ] {
            let by_bytes = b.iter().any(u8::is_ascii_uppercase);
            assert_eq!(has_capital(u64::from_le_bytes(b)), by_bytes, "{b:?}");
        }
    }

    #[test]
    fn ascii_spaces_edges() {
        for b in [
            *b"abcdefgh",
            *b"a b c d ",
            *b"ab  cdef",
            *b" abcdefg",
            *b"abcdefg\x7F",
            *b"abc\x1Fdefg",
            *b"abc\xC3\xA9efg",
            *b"~~~~~~~~",
            *b"        ",
        ] {
            assert_eq!(
                ascii_spaces(u64::from_le_bytes(b)),
                ascii_spaces_by_bytes(b),
                "{b:?}"
            );
        }
    }

    proptest::proptest! {
        #[test]
        fn ascii_spaces_matches_bytes(b in proptest::array::uniform8(proptest::prop_oneof![
            proptest::num::u8::ANY,
            proptest::strategy::Just(b' '),
            0x1Eu8..0x22,
            0x7Du8..0x81,
        ])) {
            proptest::prop_assert_eq!(ascii_spaces(u64::from_le_bytes(b)), ascii_spaces_by_bytes(b));
        }
    }

    /// The lead-byte shortcut for ideographs and syllables takes only
    /// chars the decoding test takes, over every three-byte char.
    #[test]
    fn han_or_hangul_lead_is_within_the_plain_blocks() {
        let mut taken = 0;
        for c in ('\u{800}'..='\u{FFFF}').filter(|c| c.len_utf8() == 3) {
            let mut buf = [0u8; 4];
            let b = c.encode_utf8(&mut buf).as_bytes();
            if han_or_hangul_lead(b[0], b[1]) {
                taken += 1;
                assert!(
                    matches!(c as u32, 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xAC00..=0xD7A3),
                    "U+{:04X}",
                    c as u32
                );
            }
        }
        // U+4000..=U+9FFF less the 64 hexagrams, U+B000..=U+CFFF.
        assert_eq!(taken, 0x6000 - 64 + 0x2000);
    }

    /// The run loop writes a `simple_two` replacement without the output
    /// form check: every replacement must pass that check.
    #[test]
    fn simple_replacements_are_plain_starters() {
        for profile in [Profile::Display, Profile::Search] {
            let o = profile.options();
            let plain = Plain::new(&o);
            if profile == Profile::Search {
                assert!(plain.simple(0x0623).is_some(), "أ folds to ا");
            }
            for &(cp, x) in &plain.simple_two {
                assert!(
                    unicode::FormCheck::new(o.form).accept(x),
                    "{profile:?}: U+{cp:04X} -> {x:?}"
                );
                assert_eq!(plain.simple(u32::from(cp)), Some(x));
            }
            for cp in 0x80..0x800u32 {
                let listed = plain.simple_two.iter().any(|&(c, _)| u32::from(c) == cp);
                assert_eq!(plain.simple(cp).is_some(), listed, "U+{cp:04X}");
            }
        }
    }

    /// A `simple_two` replacement is the char's whole normalization,
    /// whatever letters stand beside it: the copy and the run loop write
    /// it without looking around.
    #[test]
    fn simple_replacements_ignore_their_neighbours() {
        let sides = ["a", "Z", "é", "É", "ж", "Ж", "σ", "Σ", "ا", "أ", "1", "一"];
        for profile in [Profile::Display, Profile::Search] {
            let n = crate::Normalizer::new(profile);
            let plain = Plain::new(&profile.options());
            if profile == Profile::Search {
                assert_eq!(plain.simple(u32::from('П')), Some('п'));
                assert_eq!(plain.simple(u32::from('É')), Some('é'));
            }
            for &(cp, x) in &plain.simple_two {
                let c = char::from_u32(u32::from(cp)).unwrap();
                // The copy lowers ASCII capitals of the whole key at its end.
                let x = if profile.options().case_fold {
                    x.to_ascii_lowercase()
                } else {
                    x
                };
                assert_eq!(n.normalize(&c.to_string()), x.to_string(), "U+{cp:04X}");
                for before in sides {
                    for after in sides {
                        let want = format!("{}{x}{}", n.normalize(before), n.normalize(after));
                        assert_eq!(
                            n.normalize(&format!("{before}{c}{after}")),
                            want,
                            "{profile:?} U+{cp:04X}"
                        );
                    }
                }
            }
        }
    }

    /// Where the ASCII scan must stop, read byte by byte and written
    /// without the word and vector tricks: a byte outside 0x20..=0x7F, a
    /// space followed by a space (or by NUL, which the vector test
    /// cannot tell apart and which is a stop itself), a capital when
    /// folding case, and a space or stop as the text's last byte.
    fn plain_ascii_by_bytes(bytes: &[u8], i: usize, fold: bool) -> usize {
        let stop = |c: u8, next: Option<u8>| {
            !(0x20..=0x7F).contains(&c)
                || (c == b' ' && matches!(next, None | Some(b' ' | 0)))
                || (fold && c.is_ascii_uppercase())
        };
        let mut j = i;
        while j < bytes.len() && !stop(bytes[j], bytes.get(j + 1).copied()) {
            j += 1;
        }
        j
    }

    /// Text biased to what the ASCII scan must get right: long runs of
    /// words (so that the 64-byte steps and the overlapping tail windows
    /// run), single and double spaces, and a few bytes or chars that stop
    /// it (controls, 0x7F, capitals, line breaks, tabs, NBSP, multi-byte
    /// chars at any position, hence across step boundaries), at any
    /// length.
    fn edgy_text() -> impl proptest::strategy::Strategy<Value = String> {
        use proptest::prelude::*;
        let clean = proptest::collection::vec(
            prop_oneof![
                24 => proptest::char::range('a', 'z'),
                3 => Just(' '),
                1 => proptest::char::range('A', 'Z'),
                1 => proptest::char::range('!', '@'),
            ],
            0..400,
        );
        let edge = prop_oneof![
            Just(" "),
            Just("  "),
            Just("\u{7F}"),
            Just("\u{1F}"),
            Just("\u{0}"),
            Just("\n"),
            Just(" \n "),
            Just("\t"),
            Just("A"),
            Just("é"),
            Just("\u{A0}"),
            Just("中"),
            Just("ـ"),
            Just("ب"),
            Just("\u{301}"),
            Just("\u{200F}"),
            Just("😀"),
        ];
        let edges = proptest::collection::vec((any::<proptest::sample::Index>(), edge), 0..4);
        (clean, edges).prop_map(|(chars, edges)| {
            let mut s: String = chars.into_iter().collect();
            for (at, e) in edges {
                // Inserted at a char boundary (the base is ASCII and each
                // insertion lands on a boundary found by `char_indices`).
                let bounds: Vec<usize> =
                    s.char_indices().map(|(k, _)| k).chain([s.len()]).collect();
                s.insert_str(bounds[at.index(bounds.len())], e);
            }
            s
        })
    }

    /// Option sets the scan must agree with the byte-by-byte pass under:
    /// both profiles, no flag at all, and Display with case folding,
    /// without collapsing or without trimming.
    fn option_sets() -> Vec<NormalizeOptions> {
        let mut sets = vec![
            NormalizeOptions::display(),
            NormalizeOptions::search(),
            NormalizeOptions::none(),
        ];
        let mut o = NormalizeOptions::display();
        o.case_fold = true;
        sets.push(o);
        let mut o = NormalizeOptions::display();
        o.collapse_spaces = false;
        sets.push(o);
        let mut o = NormalizeOptions::display();
        o.trim = false;
        sets.push(o);
        sets
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(3_000))]

        /// `plain_ascii` ends exactly where a byte-by-byte reading ends,
        /// from any start and with or without case folding.
        #[test]
        fn plain_ascii_matches_bytes(
            text in edgy_text(),
            at in proptest::prelude::any::<proptest::sample::Index>(),
        ) {
            let bytes = text.as_bytes();
            let i = at.index(bytes.len() + 1);
            proptest::prop_assert_eq!(
                plain_ascii::<false>(bytes, i),
                plain_ascii_by_bytes(bytes, i, false)
            );
            proptest::prop_assert_eq!(
                plain_ascii::<true>(bytes, i),
                plain_ascii_by_bytes(bytes, i, true)
            );
        }

        /// The pass with the ASCII scan and the skipped clean prefix gives
        /// what the pass without them gives, byte by byte, under every
        /// option set; a prefix that is the whole text means the text is
        /// unchanged and normalized.
        #[test]
        fn ascii_scan_agrees_with_byte_pass(text in edgy_text()) {
            for o in option_sets() {
                let plain = Plain::new(&o);
                let skip = plain_prefix(&o, &text);
                for bail in [true, false] {
                    let slow = run_with::<false>(&o, &plain, &text, bail, 0);
                    if skip == text.len() {
                        proptest::prop_assert_eq!(
                            &slow,
                            &Pass::Done { text: None, normalized: true },
                            "{:?} {:?}", o, text
                        );
                    }
                    proptest::prop_assert_eq!(
                        &run(&o, &plain, &text, bail, skip),
                        &slow,
                        "{:?} {:?}", o, text
                    );
                    proptest::prop_assert_eq!(
                        &run(&o, &plain, &text, bail, 0),
                        &slow,
                        "{:?} {:?}", o, text
                    );
                }
            }
        }
    }
}
