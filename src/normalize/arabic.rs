//! Arabic-script folds: letters, marks and tatweel.

use super::NormalizeOptions;

/// U+0640 ARABIC TATWEEL.
pub(crate) const TATWEEL: char = '\u{0640}';

/// Letters of the Arabic script that can sit on both sides of a stretching
/// tatweel: the Arabic block letters, Arabic Supplement and Extended-A letters.
#[inline]
pub(crate) fn is_letter(c: char) -> bool {
    matches!(c as u32,
        0x0620..=0x063F | 0x0641..=0x064A | 0x066E..=0x066F | 0x0671..=0x06D3 | 0x06D5
        | 0x06EE..=0x06EF | 0x06FA..=0x06FC | 0x06FF | 0x0750..=0x077F | 0x08A0..=0x08C8)
}

/// Harakat, tanwin, shadda and sukun: U+064B..=U+0652.
#[inline]
pub(crate) fn is_harakah(c: char) -> bool {
    matches!(c as u32, 0x064B..=0x0652)
}

/// Quranic annotation marks and the rarer vowel signs:
/// U+0610..=U+061A, U+0656..=U+065F, U+06D6..=U+06DC, U+06DF..=U+06E4,
/// U+06E7..=U+06E8, U+06EA..=U+06ED.
#[inline]
pub(crate) fn is_quranic_mark(c: char) -> bool {
    matches!(c as u32,
        0x0610..=0x061A | 0x0656..=0x065F | 0x06D6..=0x06DC | 0x06DF..=0x06E4
        | 0x06E7..=0x06E8 | 0x06EA..=0x06ED)
}

/// Any Arabic combining mark (the sets above, plus maddah and hamza
/// above/below U+0653..=U+0655 and superscript alef U+0670).
#[inline]
pub(crate) fn is_mark(c: char) -> bool {
    is_harakah(c) || is_quranic_mark(c) || matches!(c as u32, 0x0653..=0x0655 | 0x0670)
}

/// Letter folds, applied as a chain (Persian/Urdu, then hamza seats, then
/// alef, alef maksura, teh marbuta), so that each output is a fixed point.
/// Returns `None` when the letter is left as it is.
#[inline]
pub(crate) fn fold_letter(c: char, o: &NormalizeOptions) -> Option<char> {
    let mut x = c;
    if o.fold_persian_letters {
        x = match x {
            '\u{06A9}' | '\u{06AA}' => '\u{0643}', // ک ڪ -> ك
            '\u{06CC}' | '\u{06D2}' => '\u{064A}', // ی ے -> ي
            '\u{06D3}' => '\u{0626}',              // ۓ -> ئ
            '\u{06C0}' | '\u{06C1}' | '\u{06C2}' | '\u{06BE}' | '\u{06D5}' => '\u{0647}', // ۀ ہ ۂ ھ ە -> ه
            '\u{06C3}' => '\u{0629}',                                                     // ۃ -> ة
            _ => x,
        };
    }
    if o.fold_hamza_seats {
        x = match x {
            '\u{0624}' => '\u{0648}', // ؤ -> و
            '\u{0626}' => '\u{064A}', // ئ -> ي
            _ => x,
        };
    }
    if o.fold_alef {
        x = match x {
            '\u{0622}' | '\u{0623}' | '\u{0625}' | '\u{0671}' | '\u{0672}' | '\u{0673}' => {
                '\u{0627}'
            }
            _ => x,
        };
    }
    if o.fold_alef_maksura && x == '\u{0649}' {
        x = '\u{064A}'; // ى -> ي
    }
    if o.fold_teh_marbuta && x == '\u{0629}' {
        x = '\u{0647}'; // ة -> ه
    }
    (x != c).then_some(x)
}

/// Arabic punctuation to ASCII: ، U+060C -> `,`, ؛ U+061B -> `;`,
/// ؟ U+061F -> `?`, ٪ U+066A -> `%`, ٫ U+066B -> `.`, ٬ U+066C -> `,`,
/// ۔ U+06D4 -> `.`.
#[inline]
pub(crate) fn punct_to_ascii(c: char) -> Option<char> {
    Some(match c {
        '\u{060C}' | '\u{066C}' => ',',
        '\u{061B}' => ';',
        '\u{061F}' => '?',
        '\u{066A}' => '%',
        '\u{066B}' | '\u{06D4}' => '.',
        _ => return None,
    })
}

/// Whether `o` deletes the Arabic mark `m` (the engine drops it later; the
/// absorbing step below drops it at once so that it blocks nothing).
#[inline]
fn drops_mark(o: &NormalizeOptions, m: char) -> bool {
    (o.remove_harakat && is_harakah(m))
        || (o.remove_quranic_marks && is_quranic_mark(m))
        || (o.remove_superscript_alef && m == '\u{0670}')
}

/// Takes off, in one step, the marks that the rounds of "normalization
/// form, then folds" would take off one per round.
///
/// A normalization form composes ا with a hamza or maddah into أ, إ or آ;
/// `fold_alef` turns that back into ا, and the next round composes ا with
/// the next hamza of the same combining sequence. The same goes for و and
/// ي with hamza above under `fold_hamza_seats`. A letter with thousands of
/// hamzas would need thousands of rounds; this drops every mark that
/// composes with the folded letter into a letter that folds back to it,
/// unless a kept mark of the same or a higher combining class stands in
/// between (which blocks composition). Marks the options delete are
/// dropped here too, as they block nothing once deleted.
///
/// `s` is in NFC or NFKC (canonical order within each combining sequence).
/// Returns the text and whether it is still known to be in that form:
/// `false` when a mark was taken off, as a deleted mark may have blocked a
/// composition that can happen now.
pub(crate) fn absorb_folded_marks(o: &NormalizeOptions, s: String) -> (String, bool) {
    use unicode_normalization::char::{canonical_combining_class, compose};
    // U+0653..=U+0655 are the only marks that compose with Arabic letters;
    // in UTF-8 they are D9 93, D9 94 and D9 95.
    let has_composing_mark = s
        .as_bytes()
        .windows(2)
        .any(|w| w[0] == 0xD9 && (0x93..=0x95).contains(&w[1]));
    if !(o.fold_alef || o.fold_hamza_seats) || !has_composing_mark {
        return (s, true);
    }
    let absorbs =
        |base: char, m: char| compose(base, m).and_then(|x| fold_letter(x, o)) == Some(base);
    let mut out = String::with_capacity(s.len());
    let mut taken_off = false;
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        out.push(c);
        if !is_letter(c) {
            continue;
        }
        let base = fold_letter(c, o).unwrap_or(c);
        // Highest combining class among the marks kept so far.
        let mut kept_max = 0u8;
        while let Some(&m) = chars.peek() {
            let ccc = canonical_combining_class(m);
            if ccc == 0 {
                break;
            }
            chars.next();
            if drops_mark(o, m) || (ccc > kept_max && absorbs(base, m)) {
                taken_off = true;
                continue;
            }
            kept_max = kept_max.max(ccc);
            out.push(m);
        }
    }
    (out, !taken_off)
}
