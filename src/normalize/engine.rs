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
            return Act::Keep;
        }
        if cp >= 0x06D4 {
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
        }
        return Act::Keep;
    }
    if cp >= 0x3400 && cp < 0xA000 {
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

    #[inline]
    fn push(&mut self, c: char) {
        match &mut self.buf {
            None => {
                let mut tmp = [0u8; 4];
                let s = c.encode_utf8(&mut tmp);
                if self.src.as_bytes()[self.same..].starts_with(s.as_bytes()) {
                    self.same += s.len();
                } else {
                    self.materialize();
                    self.buf.as_mut().unwrap().push(c);
                }
            }
            Some(b) => b.push(c),
        }
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

#[inline]
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

const HI: u64 = 0x8080_8080_8080_8080;
const LO7: u64 = 0x7F7F_7F7F_7F7F_7F7F;
const ONES: u64 = 0x0101_0101_0101_0101;

/// Eight ASCII bytes that the pass leaves alone whatever its state, given
/// that the char before them is not a space: no control byte, no two
/// spaces in a row, no space at the end, no `A-Z` when folding case.
#[inline(always)]
fn plain_chunk(w: u64, fold_upper: bool) -> bool {
    // Control bytes (< 0x20) or non-ASCII.
    let ctrl = !(w.wrapping_add(0x60 * ONES)) | w;
    let x = w ^ (0x20 * ONES);
    let sp = !(((x & LO7) + LO7) | x | LO7);
    let mut bad = (ctrl & HI) | (sp & (sp << 8)) | (sp & (0x80 << 56));
    if fold_upper {
        let ge_a = (w & LO7).wrapping_add(0x3F * ONES);
        let ge_z = (w & LO7).wrapping_add(0x25 * ONES);
        bad |= ge_a & !ge_z & HI;
    }
    bad == 0
}

/// Runs the mapping pass over `src`.
pub(crate) fn run(o: &NormalizeOptions, src: &str, bail_on_input: bool) -> Pass {
    let bytes = src.as_bytes();
    let len = bytes.len();
    let mut out = Out {
        src,
        same: 0,
        buf: None,
    };
    let mut in_check = FormCheck::new(o.form);
    let mut out_check = FormCheck::new(o.form);
    let mut normalized = true;
    let mut pending = 0usize; // spaces not written yet
    let mut line_start = true;
    let mut prev_letter = false; // last written base char is an Arabic letter
    let mut drop_tatweel_until = 0usize;
    let bail = bail_on_input && o.form != UnicodeForm::None;
    let fold_upper = o.case_fold;

    macro_rules! flush {
        () => {{
            if pending > 0 {
                if !(o.trim && line_start) {
                    for _ in 0..pending {
                        out.push(' ');
                    }
                }
                pending = 0;
            }
        }};
    }
    macro_rules! space {
        () => {{
            if o.collapse_spaces {
                pending = 1;
            } else {
                pending += 1;
            }
            prev_letter = false;
        }};
    }
    macro_rules! wrote {
        ($c:expr) => {{
            let c: char = $c;
            line_start = false;
            if !arabic::is_mark(c) {
                prev_letter = arabic::is_letter(c);
            }
            if !out_check.accept(c) {
                normalized = false;
            }
        }};
    }

    let mut i = 0;
    while i < len {
        let b = bytes[i];
        if b < 0x80 {
            if pending == 0 && !line_start {
                let start = i;
                while i + 8 <= len {
                    let w = u64::from_le_bytes([
                        bytes[i],
                        bytes[i + 1],
                        bytes[i + 2],
                        bytes[i + 3],
                        bytes[i + 4],
                        bytes[i + 5],
                        bytes[i + 6],
                        bytes[i + 7],
                    ]);
                    if !plain_chunk(w, fold_upper) {
                        break;
                    }
                    i += 8;
                }
                if i > start {
                    out.keep(start, i);
                    in_check.starter();
                    out_check.starter();
                    prev_letter = false;
                    continue;
                }
            }
            in_check.starter();
            match b {
                b' ' => space!(),
                b'\t' if o.spaces_to_ascii => space!(),
                b'\n' | b'\r' | 0x0B | 0x0C => {
                    if o.line_breaks_to_space {
                        space!();
                    } else {
                        if o.trim {
                            pending = 0;
                        } else {
                            flush!();
                        }
                        out.keep(i, i + 1);
                        out_check.starter();
                        line_start = true;
                        prev_letter = false;
                    }
                }
                b'A'..=b'Z' if fold_upper => {
                    flush!();
                    out.push((b + 32) as char);
                    wrote!((b + 32) as char);
                }
                _ => {
                    flush!();
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
                Act::Drop => {
                    // Dropped marks do not move the ordering state.
                    false
                }
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
                flush!();
                out.keep(i, i + n);
                wrote!(c);
            }
            Act::Drop => {}
            Act::Space => space!(),
            Act::LineBreak => {
                if o.trim {
                    pending = 0;
                } else {
                    flush!();
                }
                out.keep(i, i + n);
                out_check.starter();
                line_start = true;
                prev_letter = false;
            }
            Act::Char(' ') => space!(),
            Act::Char(x) if x.is_ascii_uppercase() && fold_upper => {
                flush!();
                out.push(x.to_ascii_lowercase());
                wrote!(x.to_ascii_lowercase());
            }
            Act::Char(x) => {
                flush!();
                out.push(x);
                wrote!(x);
            }
            Act::Fold => {
                flush!();
                let mut any = false;
                unicode::case_fold(c, |d| {
                    any = true;
                    out.push(d);
                    line_start = false;
                    if !out_check.accept(d) {
                        normalized = false;
                    }
                });
                prev_letter = false;
                if !any {
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
                        } else if prev_letter && pending == 0 {
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
                    flush!();
                    out.keep(i, i + n);
                    wrote!(c);
                }
            }
        }
        i += n;
    }
    if !o.trim {
        flush!();
    }
    let _ = pending;
    Pass::Done {
        text: out.finish(),
        normalized,
    }
}
