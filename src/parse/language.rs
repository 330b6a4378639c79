//! Language from the script of a text.
//!
//! Script first: Arabic letters give Arabic unless letters that only
//! Persian (پ چ ژ گ ک ی) or Urdu (ٹ ڈ ڑ ں ے ہ ھ) use say otherwise; Han
//! gives Chinese unless kana says Japanese; Hangul gives Korean; Cyrillic
//! gives Russian unless Ukrainian letters (і ї є ґ) appear. Latin text is
//! told apart by a stop-word count: cheap, dependency-free, and accurate on
//! paragraph-length text, which is all the parser asks it about. A
//! statistical detector (whatlang, lingua) would add weight for no gain on
//! news paragraphs.
//!
//! Only a sample is read (the first [`SAMPLE`] bytes of letters-bearing text
//! and the first [`MAX_WORDS`] Latin words, fewer once the stop words name
//! one language far ahead of the others): a language shows in its first
//! few hundred letters, and the parser's budget is a few microseconds per
//! document.

use std::sync::OnceLock;

use super::input::{any_byte, count_bytes, UTF8_WIDTH};
use crate::lexicon::hash::FastMap;
use crate::model::Language;

/// How many bytes of text are looked at for the script count.
const SAMPLE: usize = 512;
/// How many bytes of each paragraph a script-only detector reads.
const SCRIPT_SAMPLE: usize = 48;
/// How many Latin words are looked up as stop words.
const MAX_WORDS: usize = 64;
/// Stop-word hits that, three times ahead of every other language, end
/// the word count early (see `Detector::latin_decided`).
const DECIDED_HITS: u16 = 8;

/// Letter counts by script, and stop-word hits by Latin language.
#[derive(Default)]
pub(crate) struct Detector {
    seen: usize,
    words: usize,
    /// The stop words counted so far settle the Latin language.
    decided: bool,
    arabic: usize,
    persian: usize,
    urdu: usize,
    hebrew: usize,
    han: usize,
    kana: usize,
    hangul: usize,
    cyrillic: usize,
    ukrainian: usize,
    devanagari: usize,
    /// Bengali letters (U+0980..U+09FF).
    bengali: usize,
    /// Thai letters (U+0E00..U+0E7F).
    thai: usize,
    /// Letters of the South and West Indian scripts, in [`INDIC_SCRIPTS`]'
    /// order.
    indic: [usize; INDIC_SCRIPTS.len()],
    greek: usize,
    /// Latin letters with Vietnamese tone marks (U+1E80..U+1EFF).
    vietnamese: usize,
    /// Letters only Turkish writes among the Latin languages: `ı`, `İ`,
    /// `ğ`, `Ğ` (U+0130, U+0131, U+011E, U+011F).
    turkish: usize,
    latin: usize,
    hits: [u16; LATIN.len()],
}

impl Detector {
    /// Has the detector read its sample?
    pub fn is_full(&self) -> bool {
        self.seen >= SAMPLE
    }

    /// Reads (a sample of) `text`.
    pub fn feed(&mut self, text: &str) {
        let room = SAMPLE.saturating_sub(self.seen);
        let text = &text[..floor_char_boundary(text, room)];
        self.seen += text.len() + 1;
        self.count(text.as_bytes());
        if self.words < MAX_WORDS && !self.decided && self.latin > 0 {
            for_each_word(text, |word| {
                if word.len() > 12 {
                    return true;
                }
                self.words += 1;
                let bits = if word.len() > MAX_STOP_BYTES && word.is_ascii() {
                    // Too long for a stop word in any case.
                    0
                } else if word.bytes().all(|b| b.is_ascii_lowercase()) {
                    stop_word_languages(word)
                } else if word.is_ascii() {
                    let mut low = [0u8; MAX_STOP_BYTES];
                    low[..word.len()].copy_from_slice(word.as_bytes());
                    low.make_ascii_lowercase();
                    stop_word_languages(std::str::from_utf8(&low[..word.len()]).unwrap_or(""))
                } else {
                    stop_word_languages(&word.to_lowercase())
                };
                // One step per language the word names, not per language.
                let mut bits = bits;
                while bits != 0 {
                    self.hits[bits.trailing_zeros() as usize] += 1;
                    bits &= bits - 1;
                }
                if self.words % 16 == 0 && self.latin_decided() {
                    self.decided = true;
                }
                self.words < MAX_WORDS && !self.decided
            });
        }
    }

    /// The stop words already name one Latin language beyond doubt: at
    /// least [`DECIDED_HITS`] hits, and three times as many as any other.
    /// More words would not change the answer, so they are not read.
    fn latin_decided(&self) -> bool {
        let mut sorted = self.hits;
        sorted.sort_unstable();
        let [.., second, first] = sorted;
        first >= DECIDED_HITS && first >= 3 * second
    }

    fn count(&mut self, b: &[u8]) {
        if b.is_ascii() {
            // Only Latin letters to count: a loop the compiler vectorizes.
            self.latin += ascii_letters(b);
            return;
        }
        if let Some(c) = ArabicCounts::of(b) {
            self.arabic += c.arabic;
            self.persian += c.persian;
            self.urdu += c.urdu;
            self.latin += c.latin;
            return;
        }
        self.count_by_chars(b);
    }

    /// [`Detector::count`] char by char, for any script.
    fn count_by_chars(&mut self, b: &[u8]) {
        let mut at = 0;
        while at < b.len() {
            let (i, lead) = (at, b[at]);
            // Char by char: continuation bytes start no letter.
            at += usize::from(UTF8_WIDTH[usize::from(lead)]);
            let class = LEAD_CLASS[usize::from(lead)];
            if class == NONE {
                continue;
            }
            if class == LATIN_LETTER {
                self.latin += 1;
                if lead == 0xC4 && matches!(b.get(i + 1), Some(0x9E | 0x9F | 0xB0 | 0xB1)) {
                    self.turkish += 1;
                }
                continue;
            }
            let next = b.get(i + 1).copied().unwrap_or(0);
            match class {
                CYRILLIC => {
                    self.cyrillic += 1;
                    // і ї є ґ and their capitals.
                    let cp = two_byte(lead, next);
                    if matches!(
                        cp,
                        0x0456 | 0x0457 | 0x0454 | 0x0491 | 0x0406 | 0x0407 | 0x0404 | 0x0490
                    ) {
                        self.ukrainian += 1;
                    }
                }
                HEBREW if lead == 0xD7 || next >= 0x90 => self.hebrew += 1,
                ARABIC => {
                    self.arabic += 1;
                    if lead >= 0xD9 {
                        let (persian, urdu) = persian_urdu(two_byte(lead, next));
                        self.persian += persian;
                        self.urdu += urdu;
                    }
                }
                // Arabic Supplement, U+0750..U+077F.
                ARABIC_SUPPLEMENT if next >= 0x90 => self.arabic += 1,
                // Kana U+3040..U+30FF; CJK extension A from U+3400.
                CJK_SYMBOLS if (0x81..=0x83).contains(&next) => self.kana += 1,
                CJK_SYMBOLS if next >= 0x90 => self.han += 1,
                // CJK unified ideographs, U+4E00..U+9FFF.
                HAN if lead != 0xE4 || next >= 0xB8 => self.han += 1,
                // Hangul syllables, U+AC00..U+D7AF.
                HANGUL if (lead != 0xEA || next >= 0xB0) && (lead != 0xED || next < 0x9F) => {
                    self.hangul += 1
                }
                // Arabic presentation forms, U+FB50..U+FEFC.
                PRESENTATION if (0xAD..=0xBB).contains(&next) => self.arabic += 1,
                // Devanagari, U+0900..U+097F.
                INDIC if (0xA4..=0xA5).contains(&next) => self.devanagari += 1,
                // Bengali, U+0980..U+09FF.
                INDIC if (0xA6..=0xA7).contains(&next) => self.bengali += 1,
                // Thai, U+0E00..U+0E7F.
                INDIC if (0xB8..=0xB9).contains(&next) => self.thai += 1,
                // Gurmukhi to Malayalam, U+0A00..U+0D7F.
                INDIC if (0xA8..=0xB5).contains(&next) => {
                    self.indic[usize::from((next - 0xA8) / 2)] += 1
                }
                // Greek, U+0370..U+03FF (letters from U+0386).
                GREEK if lead != 0xCD || next >= 0xB0 => self.greek += 1,
                // Latin Extended Additional from U+1E80: the letters with
                // stacked marks Vietnamese writes (`ạ`, `ế`, `ộ`, `ữ`).
                LATIN_EXTENDED if (0xBA..=0xBB).contains(&next) => {
                    self.latin += 1;
                    self.vietnamese += 1;
                }
                _ => {}
            }
        }
    }

    /// The language of what was read, or `None` when it held too few
    /// letters to tell.
    pub fn finish(&self) -> Option<Language> {
        // Han characters carry a word each; weigh them up against letters.
        let scores = [
            (self.arabic, 0),
            (self.hebrew, 1),
            (self.han * 2 + self.kana * 2, 2),
            (self.hangul * 2, 3),
            (self.cyrillic, 4),
            (self.latin, 5),
            (self.devanagari, 6),
            (self.greek, 7),
            (self.bengali, 8),
            (self.thai, 9),
            (self.indic.iter().copied().max().unwrap_or(0), 10),
        ];
        let &(best, script) = scores.iter().max_by_key(|(n, _)| *n)?;
        if best < 2 {
            return None;
        }
        Some(match script {
            0 => {
                // Urdu shares Persian letters; check it first.
                if self.urdu * 50 >= self.arabic && self.urdu >= 2 {
                    Language::Urdu
                } else if self.persian * 40 >= self.arabic && self.persian >= 2 {
                    Language::Persian
                } else {
                    Language::Arabic
                }
            }
            1 => Language::Hebrew,
            2 if self.kana * 10 >= self.han && self.kana > 0 => Language::Japanese,
            2 => Language::Chinese,
            3 => Language::Korean,
            4 if self.ukrainian > 0 && self.ukrainian * 100 >= self.cyrillic => Language::Ukrainian,
            4 => Language::Russian,
            6 => Language::Hindi,
            7 => Language::Greek,
            8 => Language::Bengali,
            9 => Language::Thai,
            10 => {
                let (k, _) = self
                    .indic
                    .iter()
                    .enumerate()
                    .max_by_key(|&(_, n)| *n)
                    .expect("six scripts");
                INDIC_SCRIPTS[k].1
            }
            // Every few letters of Vietnamese carry a stacked mark; other
            // Latin languages write these letters almost never.
            _ if self.vietnamese >= VIETNAMESE_MIN && self.vietnamese * 20 >= self.latin => {
                Language::Vietnamese
            }
            // Dotless `ı` and `ğ` are frequent in Turkish (one letter in
            // twenty) and absent elsewhere: one in 25 settles it; one in
            // 50 does with a few Turkish stop words, which then outweigh
            // the two-letter words other languages share (`da`, `o`,
            // `su`). A Turkish name or two in another language's text
            // stays far below either ratio.
            _ if self.turkish >= TURKISH_MIN
                && (self.turkish * 25 >= self.latin
                    || (self.turkish * 50 >= self.latin
                        && 3 * self.hits[TURKISH_BIT]
                            >= self.hits.iter().copied().max().unwrap_or(0))) =>
            {
                Language::Turkish
            }
            _ => {
                // Most hits wins; ties go to the earlier language.
                let (i, &n) = self
                    .hits
                    .iter()
                    .enumerate()
                    .max_by_key(|&(i, n)| (*n, usize::MAX - i))?;
                if n > 0 {
                    LATIN[i]
                } else {
                    Language::English
                }
            }
        })
    }
}

const NONE: u8 = 0;
const LATIN_LETTER: u8 = 1;
const CYRILLIC: u8 = 2;
const HEBREW: u8 = 3;
const ARABIC: u8 = 4;
const ARABIC_SUPPLEMENT: u8 = 5;
const CJK_SYMBOLS: u8 = 6;
const HAN: u8 = 7;
const HANGUL: u8 = 8;
const PRESENTATION: u8 = 9;
/// Lead byte 0xE0: U+0800..U+0FFF, Devanagari (U+0900..U+097F), Bengali
/// (U+0980..U+09FF) and Thai (U+0E00..U+0E7F) among them.
const INDIC: u8 = 10;
/// Lead bytes 0xCD..=0xCF: U+0340..U+03FF, Greek from U+0370.
const GREEK: u8 = 11;
/// Lead byte 0xE1: U+1000..U+1FFF, Latin Extended Additional (U+1E00..
/// U+1EFF) among them.
const LATIN_EXTENDED: u8 = 12;

/// The Indian scripts of U+0A00..U+0D7F, 128 code points each (so the
/// second UTF-8 byte, 0xA8..=0xB5, tells them apart two values a script),
/// and the language each is read as.
const INDIC_SCRIPTS: [(Script, Language); 7] = [
    (Script::Gurmukhi, Language::Punjabi),
    (Script::Gujarati, Language::Gujarati),
    (Script::Odia, Language::Odia),
    (Script::Tamil, Language::Tamil),
    (Script::Telugu, Language::Telugu),
    (Script::Kannada, Language::Kannada),
    (Script::Malayalam, Language::Malayalam),
];

/// Fewest letters with Vietnamese marks that make a page Vietnamese.
const VIETNAMESE_MIN: usize = 3;

/// Fewest Turkish-only letters for the letter test of Turkish.
const TURKISH_MIN: usize = 3;

/// Turkish's place in [`LATIN`] (and its bit in [`STOP_WORDS`]).
const TURKISH_BIT: usize = 6;

/// The script class of each UTF-8 byte when it leads a character.
/// Continuation bytes (0x80..0xBF) are `NONE`, so each character is
/// counted once.
/// A lead byte's letter family in [`script_weight`]'s order (Arabic 0 ..
/// Latin 5, Devanagari 6, Greek 7, Bengali 8, Thai 9, Gurmukhi to
/// Malayalam 10..=16), [`NO_LETTER`] for
/// bytes that start no letter, or [`NEEDS_NEXT`] when the next byte decides.
static FAMILY: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut i = 0;
    while i < 256 {
        t[i] = match LEAD_CLASS[i] {
            NONE => NO_LETTER,
            LATIN_LETTER => 5,
            ARABIC => 0,
            CYRILLIC => 4,
            _ => NEEDS_NEXT,
        };
        i += 1;
    }
    t
};

/// The lead bytes of U+0600..U+06FF: 0xD8..=0xDB.
fn is_arabic_lead(c: u8) -> bool {
    c & 0xFC == 0xD8
}

/// What [`Detector::count`] counts, for text made only of ASCII and the
/// Arabic block U+0600..U+06FF (Arabic, Persian and Urdu pages): whole-text
/// byte counts the compiler vectorizes, instead of a walk char by char.
#[derive(Debug, PartialEq, Eq)]
struct ArabicCounts {
    arabic: usize,
    persian: usize,
    urdu: usize,
    latin: usize,
}

impl ArabicCounts {
    /// The counts, or `None` when `b` holds a char outside ASCII and the
    /// Arabic block.
    fn of(b: &[u8]) -> Option<Self> {
        // Every byte must be ASCII, a continuation byte or an Arabic-block
        // lead.
        if any_byte(b, |c| (c >= 0xC0) & !is_arabic_lead(c)) {
            return None;
        }
        let mut counts = ArabicCounts {
            arabic: count_bytes(b, is_arabic_lead),
            persian: 0,
            urdu: 0,
            latin: ascii_letters(b),
        };
        // The Persian and Urdu letters all lead with 0xDA or 0xDB, rare in
        // Arabic text, except پ (D9 BE) and ٹ (D9 B9), searched for whole.
        static PE: OnceLock<[memchr::memmem::Finder<'static>; 2]> = OnceLock::new();
        let [pe, tte] = PE.get_or_init(|| {
            ["پ", "ٹ"].map(|letter| memchr::memmem::Finder::new(letter.as_bytes()))
        });
        counts.persian += pe.find_iter(b).count();
        counts.urdu += tte.find_iter(b).count();
        for at in memchr::memchr2_iter(0xDA, 0xDB, b) {
            let (persian, urdu) =
                persian_urdu(two_byte(b[at], b.get(at + 1).copied().unwrap_or(0)));
            counts.persian += persian;
            counts.urdu += urdu;
        }
        Some(counts)
    }
}

/// Whether the Arabic-script char `cp` is a letter that only Persian uses
/// (پ چ ژ گ ک ی) or one that only Urdu uses (ٹ ڈ ڑ ں ے ہ ھ), as counts
/// (persian, urdu) of 0 or 1.
fn persian_urdu(cp: u32) -> (usize, usize) {
    match cp {
        0x067E | 0x0686 | 0x0698 | 0x06AF | 0x06A9 | 0x06CC => (1, 0),
        0x0679 | 0x0688 | 0x0691 | 0x06BA | 0x06D2 | 0x06C1 | 0x06BE => (0, 1),
        _ => (0, 0),
    }
}

/// How many bytes of `b` are ASCII letters.
fn ascii_letters(b: &[u8]) -> usize {
    count_bytes(b, |c| (c | 0x20).wrapping_sub(b'a') < 26)
}

/// See [`FAMILY`].
const NEEDS_NEXT: u8 = 18;
/// See [`FAMILY`].
const NO_LETTER: u8 = 17;

static LEAD_CLASS: [u8; 256] = {
    let mut t = [NONE; 256];
    let mut i = 0;
    while i < 256 {
        t[i] = match i as u8 {
            b'a'..=b'z' | b'A'..=b'Z' | 0xC3..=0xC9 => LATIN_LETTER,
            0xD0..=0xD3 => CYRILLIC,
            0xCD..=0xCF => GREEK,
            0xD6 | 0xD7 => HEBREW,
            0xD8..=0xDB => ARABIC,
            0xDD => ARABIC_SUPPLEMENT,
            0xE3 => CJK_SYMBOLS,
            0xE4..=0xE9 => HAN,
            0xEA..=0xED => HANGUL,
            0xEF => PRESENTATION,
            0xE0 => INDIC,
            0xE1 => LATIN_EXTENDED,
            _ => NONE,
        };
        i += 1;
    }
    t
};

/// The code point of a two-byte UTF-8 sequence.
fn two_byte(lead: u8, next: u8) -> u32 {
    (u32::from(lead & 0x1F) << 6) | u32::from(next & 0x3F)
}

/// Script families, to tell a paragraph in another script from the
/// article's. Latin languages are not told apart per paragraph: a short
/// paragraph holds too few stop words.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Script {
    Arabic,
    Hebrew,
    Cjk,
    Hangul,
    Cyrillic,
    Latin,
    Devanagari,
    Greek,
    Bengali,
    Thai,
    Gurmukhi,
    Gujarati,
    Odia,
    Tamil,
    Telugu,
    Kannada,
    Malayalam,
}

/// The script family of a paragraph, from its first bytes, with its
/// weight: the letters counted in the sample, scaled up to the whole
/// paragraph's length so that long paragraphs outvote short ones.
///
/// This runs on every paragraph, so it counts scripts alone (no Persian,
/// Urdu, Ukrainian or kana letters, no stop words: they do not change the
/// family) in one table pass over the first [`SCRIPT_SAMPLE`] bytes; it
/// decides as [`Detector::finish`] would on the same sample.
pub(crate) fn script_weight(text: &str) -> Option<(Script, usize)> {
    let sampled = floor_char_boundary(text, SCRIPT_SAMPLE);
    let b = &text.as_bytes()[..sampled];
    // Letters by family, in the order of `Detector::finish`'s scores; slot
    // `NO_LETTER` takes the chars that are no letter.
    let mut n = [0usize; NO_LETTER as usize + 1];
    // ASCII text holds only Latin letters: counted in one vectorized
    // loop, leaving nothing for the char walk below.
    let b: &[u8] = if b.is_ascii() {
        n[5] = ascii_letters(b);
        &[]
    } else {
        b
    };
    let mut at = 0;
    while at < b.len() {
        let (i, lead) = (at, b[at]);
        at += usize::from(UTF8_WIDTH[usize::from(lead)]);
        // The common cases in one table step, without reading the next byte.
        let family = FAMILY[usize::from(lead)];
        if family != NEEDS_NEXT {
            n[usize::from(family)] += 1;
            continue;
        }
        let next = b.get(i + 1).copied().unwrap_or(0);
        let family = match LEAD_CLASS[usize::from(lead)] {
            HEBREW if lead == 0xD7 || next >= 0x90 => 1,
            ARABIC_SUPPLEMENT if next >= 0x90 => 0,
            CJK_SYMBOLS if (0x81..=0x83).contains(&next) || next >= 0x90 => 2,
            HAN if lead != 0xE4 || next >= 0xB8 => 2,
            HANGUL if (lead != 0xEA || next >= 0xB0) && (lead != 0xED || next < 0x9F) => 3,
            PRESENTATION if (0xAD..=0xBB).contains(&next) => 0,
            INDIC if (0xA4..=0xA5).contains(&next) => 6,
            INDIC if (0xA6..=0xA7).contains(&next) => 8,
            INDIC if (0xB8..=0xB9).contains(&next) => 9,
            INDIC if (0xA8..=0xB5).contains(&next) => 10 + usize::from((next - 0xA8) / 2),
            GREEK if lead != 0xCD || next >= 0xB0 => 7,
            LATIN_EXTENDED if (0xB8..=0xBB).contains(&next) => 5,
            _ => continue,
        };
        n[family] += 1;
    }
    // Han and Hangul characters carry a word each: they count twice.
    let scores = [
        n[0],
        n[1],
        n[2] * 2,
        n[3] * 2,
        n[4],
        n[5],
        n[6],
        n[7],
        n[8],
        n[9],
        n[10],
        n[11],
        n[12],
        n[13],
        n[14],
        n[15],
        n[16],
    ];
    // `max_by_key` keeps the last of equal maxima, as `Detector::finish`.
    let (family, &best) = scores.iter().enumerate().max_by_key(|&(_, n)| *n)?;
    if best < 2 {
        return None;
    }
    let script = [
        Script::Arabic,
        Script::Hebrew,
        Script::Cjk,
        Script::Hangul,
        Script::Cyrillic,
        Script::Latin,
        Script::Devanagari,
        Script::Greek,
        Script::Bengali,
        Script::Thai,
        Script::Gurmukhi,
        Script::Gujarati,
        Script::Odia,
        Script::Tamil,
        Script::Telugu,
        Script::Kannada,
        Script::Malayalam,
    ][family];
    let weight: usize = scores.iter().sum();
    Some((script, weight * text.len() / sampled.max(1)))
}

/// The largest char boundary at or below `at`.
pub(crate) fn floor_char_boundary(text: &str, at: usize) -> usize {
    if at >= text.len() {
        return text.len();
    }
    let mut i = at;
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// Calls `f` on each run of alphabetic chars in `text` (the pieces of
/// `text.split(|c: char| !c.is_alphabetic())` that are not empty) until it
/// returns `false`. ASCII bytes are told apart by a byte test; only the
/// other chars are decoded.
fn for_each_word<'t>(text: &'t str, mut f: impl FnMut(&'t str) -> bool) {
    let b = text.as_bytes();
    let mut start: Option<usize> = None;
    let mut i = 0;
    while i < b.len() {
        let (letter, width) = if b[i] < 0x80 {
            (b[i].is_ascii_alphabetic(), 1)
        } else {
            let c = text[i..].chars().next().expect("on a char boundary");
            (crate::parse::input::is_letter(c), c.len_utf8())
        };
        match (letter, start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                start = None;
                if !f(&text[s..i]) {
                    return;
                }
            }
            _ => {}
        }
        i += width;
    }
    if let Some(s) = start {
        f(&text[s..]);
    }
}

/// The language of several texts taken together (up to the sample size).
pub(crate) fn detect_parts<'a>(parts: impl Iterator<Item = &'a str>) -> Option<Language> {
    let mut d = Detector::default();
    for part in parts {
        if d.is_full() {
            break;
        }
        d.feed(part);
    }
    d.finish()
}

/// Latin-script languages told apart by stop words, in bit order.
const LATIN: [Language; 16] = [
    Language::English,
    Language::French,
    Language::Spanish,
    Language::Portuguese,
    Language::Italian,
    Language::German,
    Language::Turkish,
    Language::Indonesian,
    Language::Hungarian,
    Language::Esperanto,
    Language::Polish,
    Language::Dutch,
    Language::Swedish,
    Language::Czech,
    Language::Swahili,
    Language::Romanian,
];

/// Short, frequent words that are rare in the other languages of the
/// table, each with the [`LATIN`] languages (as bits) that use it.
const STOP_WORDS: &[(&str, u32)] = &[
    ("a", 1 << 8 | 1 << 13 | 1 << 15),
    ("e", 1 << 3 | 1 << 4),
    ("o", 1 << 3 | 1 << 13),
    ("y", 1 << 2),
    ("al", 1 << 2 | 1 << 9),
    ("ao", 1 << 3),
    ("as", 1 << 3),
    ("au", 1 << 1),
    ("az", 1 << 8),
    ("bu", 1 << 6),
    ("by", 1 << 0),
    ("da", 1 << 3),
    ("de", 1 << 1 | 1 << 2 | 1 << 3 | 1 << 9 | 1 << 11 | 1 << 15),
    ("di", 1 << 4 | 1 << 7),
    ("do", 1 << 3 | 1 << 10),
    ("du", 1 << 1),
    ("el", 1 << 2 | 1 << 9),
    ("em", 1 << 3),
    ("en", 1 << 1 | 1 << 2 | 1 << 9 | 1 << 11),
    ("es", 1 << 2),
    ("et", 1 << 1),
    ("il", 1 << 4),
    ("in", 1 << 0 | 1 << 4),
    ("is", 1 << 0 | 1 << 8),
    ("it", 1 << 0),
    ("ke", 1 << 7 | 1 << 9),
    ("la", 1 << 1 | 1 << 2 | 1 << 9 | 1 << 14 | 1 << 15),
    ("le", 1 << 1),
    ("lo", 1 << 2),
    ("na", 1 << 3 | 1 << 10 | 1 << 13 | 1 << 14),
    ("no", 1 << 3),
    ("of", 1 << 0),
    ("on", 1 << 0),
    ("os", 1 << 3),
    ("se", 1 << 2 | 1 << 13),
    ("su", 1 << 2),
    ("to", 1 << 0),
    ("um", 1 << 3),
    ("un", 1 << 1 | 1 << 2),
    ("ve", 1 << 6),
    ("zu", 1 << 5),
    ("à", 1 << 3),
    ("é", 1 << 3),
    ("and", 1 << 0),
    ("are", 1 << 0),
    ("auf", 1 << 5),
    ("aux", 1 << 1),
    ("bir", 1 << 6),
    ("che", 1 << 4),
    ("com", 1 << 3),
    ("con", 1 << 2 | 1 << 4),
    ("dan", 1 << 7),
    ("das", 1 << 3 | 1 << 5),
    ("del", 1 << 2 | 1 << 4),
    ("dem", 1 << 5),
    ("den", 1 << 5 | 1 << 12),
    ("der", 1 << 5),
    ("des", 1 << 1),
    ("die", 1 << 5 | 1 << 11),
    ("dos", 1 << 3),
    ("egy", 1 << 8),
    ("ein", 1 << 5),
    ("est", 1 << 1),
    ("foi", 1 << 3),
    ("for", 1 << 0),
    ("gli", 1 << 4),
    ("ile", 1 << 6),
    ("ini", 1 << 7),
    ("ist", 1 << 5),
    ("itu", 1 << 7),
    ("kaj", 1 << 9),
    ("kun", 1 << 9),
    ("kiu", 1 << 9),
    ("pli", 1 << 9),
    ("unu", 1 << 9),
    ("nur", 1 << 9),
    ("ili", 1 << 9 | 1 << 14),
    ("laŭ", 1 << 9),
    ("las", 1 << 2),
    ("les", 1 << 1),
    ("los", 1 << 2),
    ("meg", 1 << 8),
    ("mit", 1 << 5),
    ("nel", 1 << 4),
    ("nem", 1 << 8),
    ("non", 1 << 4),
    ("pas", 1 << 1),
    ("per", 1 << 4),
    ("por", 1 << 2 | 1 << 9),
    ("pri", 1 << 9),
    ("que", 1 << 1 | 1 << 2 | 1 << 3),
    ("qui", 1 << 1),
    ("sed", 1 << 9),
    ("sur", 1 << 1),
    ("the", 1 << 0),
    ("tiu", 1 << 9),
    ("uma", 1 << 3),
    ("una", 1 << 2 | 1 << 4),
    ("und", 1 << 5),
    ("une", 1 << 1),
    ("van", 1 << 8 | 1 << 11),
    ("von", 1 << 5),
    ("was", 1 << 0),
    ("és", 1 << 8),
    ("ĉe", 1 << 9),
    ("ĉi", 1 << 9),
    ("akan", 1 << 7),
    ("alla", 1 << 4),
    ("avec", 1 << 1),
    ("como", 1 << 2),
    ("daha", 1 << 6),
    ("dans", 1 << 1),
    ("dari", 1 << 7),
    ("eine", 1 << 5),
    ("from", 1 << 0),
    ("gibi", 1 << 6),
    ("hogy", 1 << 8),
    ("már", 1 << 8),
    ("más", 1 << 2),
    ("não", 1 << 3),
    ("olan", 1 << 6),
    ("pada", 1 << 7),
    ("para", 1 << 2 | 1 << 3),
    ("pela", 1 << 3),
    ("pelo", 1 << 3),
    ("pour", 1 << 1),
    ("sich", 1 << 5),
    ("sono", 1 << 4),
    ("that", 1 << 0),
    ("this", 1 << 0),
    ("volt", 1 << 8),
    ("with", 1 << 0),
    ("yang", 1 << 7),
    ("yeni", 1 << 6),
    ("çok", 1 << 6),
    ("dalam", 1 << 7),
    ("della", 1 << 4),
    ("estas", 1 << 9),
    ("estis", 1 << 9),
    ("kiuj", 1 << 9),
    ("ĉiuj", 1 << 9),
    ("için", 1 << 6),
    ("kadar", 1 << 6),
    ("nicht", 1 << 5),
    ("sonra", 1 << 6),
    ("tidak", 1 << 7),
    ("untuk", 1 << 7),
    ("után", 1 << 8),
    ("ankaŭ", 1 << 9),
    ("dengan", 1 << 7),
    ("günü", 1 << 6),
    ("olarak", 1 << 6),
    ("ankoraŭ", 1 << 9),
    // Polish.
    ("w", 1 << 10),
    ("z", 1 << 10 | 1 << 13),
    ("się", 1 << 10),
    ("nie", 1 << 10),
    ("że", 1 << 10),
    ("jest", 1 << 10),
    ("przez", 1 << 10),
    ("oraz", 1 << 10),
    ("dla", 1 << 10),
    ("już", 1 << 10),
    ("który", 1 << 10),
    ("która", 1 << 10),
    ("które", 1 << 10),
    ("także", 1 << 10),
    // More Indonesian.
    ("juga", 1 << 7),
    ("atau", 1 << 7),
    ("oleh", 1 << 7),
    ("bahwa", 1 << 7),
    ("telah", 1 << 7),
    ("adalah", 1 << 7),
    // Dutch (11), Swedish (12), Czech (13), Swahili (14) and Romanian (15).
    ("het", 1 << 11),
    ("een", 1 << 11),
    ("niet", 1 << 11),
    ("zijn", 1 << 11),
    ("voor", 1 << 11),
    ("met", 1 << 11),
    ("ook", 1 << 11),
    ("maar", 1 << 11),
    ("dat", 1 << 11),
    ("wordt", 1 << 11),
    ("worden", 1 << 11),
    ("bij", 1 << 11),
    ("naar", 1 << 11),
    ("heeft", 1 << 11),
    ("deze", 1 << 11),
    ("nog", 1 << 11),
    ("wel", 1 << 11),
    ("zal", 1 << 11),
    ("uit", 1 << 11),
    ("op", 1 << 11),
    ("te", 1 << 11),
    ("er", 1 << 11),
    ("aan", 1 << 11),
    ("om", 1 << 11 | 1 << 12),
    ("door", 1 << 11),
    ("och", 1 << 12),
    ("att", 1 << 12),
    ("är", 1 << 12),
    ("som", 1 << 12),
    ("för", 1 << 12),
    ("på", 1 << 12),
    ("med", 1 << 12),
    ("det", 1 << 12),
    ("av", 1 << 12),
    ("till", 1 << 12),
    ("inte", 1 << 12),
    ("ett", 1 << 12),
    ("har", 1 << 12),
    ("men", 1 << 12),
    ("från", 1 << 12),
    ("vid", 1 << 12),
    ("efter", 1 << 12),
    ("även", 1 << 12),
    ("också", 1 << 12),
    ("när", 1 << 12),
    ("sina", 1 << 12),
    ("kan", 1 << 12),
    ("ska", 1 << 12),
    ("je", 1 << 13),
    ("že", 1 << 13),
    ("v", 1 << 13),
    ("jsou", 1 << 13),
    ("také", 1 << 13),
    ("pro", 1 << 13),
    ("jako", 1 << 13),
    ("podle", 1 << 13),
    ("který", 1 << 13),
    ("která", 1 << 13),
    ("které", 1 << 13),
    ("byl", 1 << 13),
    ("byla", 1 << 13),
    ("bylo", 1 << 13),
    ("ale", 1 << 13),
    ("jeho", 1 << 13),
    ("už", 1 << 13),
    ("při", 1 << 13),
    ("až", 1 << 13),
    ("aby", 1 << 13),
    ("nebo", 1 << 13),
    ("ya", 1 << 14),
    ("wa", 1 << 14),
    ("kwa", 1 << 14),
    ("ni", 1 << 14),
    ("za", 1 << 14),
    ("katika", 1 << 14),
    ("kuwa", 1 << 14),
    ("hiyo", 1 << 14),
    ("huo", 1 << 14),
    ("alisema", 1 << 14),
    ("wakati", 1 << 14),
    ("hata", 1 << 14),
    ("pia", 1 << 14),
    ("kama", 1 << 14),
    ("baada", 1 << 14),
    ("kwamba", 1 << 14),
    ("zaidi", 1 << 14),
    ("hii", 1 << 14),
    ("sasa", 1 << 14),
    ("și", 1 << 15),
    ("în", 1 << 15),
    ("cu", 1 << 15),
    ("pe", 1 << 15),
    ("din", 1 << 15),
    ("care", 1 << 15),
    ("nu", 1 << 15),
    ("este", 1 << 15),
    ("sunt", 1 << 15),
    ("pentru", 1 << 15),
    ("mai", 1 << 15),
    ("fost", 1 << 15),
    ("să", 1 << 15),
    ("către", 1 << 15),
    ("după", 1 << 15),
    ("lui", 1 << 15),
    ("că", 1 << 15),
    ("dar", 1 << 15),
    ("vor", 1 << 15),
    ("cum", 1 << 15),
    ("sau", 1 << 15),
    ("iar", 1 << 15),
    ("acest", 1 << 15),
    ("fi", 1 << 15),
];

/// The longest entry of [`STOP_WORDS`], in bytes.
const MAX_STOP_BYTES: usize = 8;

/// A word of at most eight bytes as one integer, for hashing.
fn pack(word: &[u8]) -> u64 {
    let mut k = [0u8; 8];
    k[..word.len()].copy_from_slice(word);
    u64::from_le_bytes(k)
}

/// Which [`LATIN`] languages use `word` (lowercase) as a stop word. One
/// hash lookup on the packed word; longer words are never stop words.
fn stop_word_languages(word: &str) -> u32 {
    static TABLE: OnceLock<FastMap<u64, u32>> = OnceLock::new();
    if word.len() > MAX_STOP_BYTES {
        return 0;
    }
    let table = TABLE.get_or_init(|| {
        STOP_WORDS
            .iter()
            .map(|&(w, bits)| (pack(w.as_bytes()), bits))
            .collect()
    });
    table.get(&pack(word.as_bytes())).copied().unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn turkish_bit_names_turkish() {
        assert_eq!(LATIN[TURKISH_BIT], Language::Turkish);
        // A Turkish name or two in English text leaves it English.
        assert_eq!(
            detect("The talks in Ankara were led by Ahmet Yılmaz and Ayşe Doğan, who said the plan would be ready by the end of the month and that the city would pay for most of it."),
            Some(Language::English)
        );
    }

    #[test]
    fn stop_word_table_is_lowercase_short_and_unique() {
        let mut seen = std::collections::HashSet::new();
        for &(w, bits) in STOP_WORDS {
            assert!(w.len() <= MAX_STOP_BYTES, "{w}");
            assert_eq!(w, w.to_lowercase(), "{w}");
            assert!(bits != 0 && bits < 1 << LATIN.len(), "{w}");
            assert!(seen.insert(w), "{w} twice");
            assert_eq!(stop_word_languages(w), bits, "{w}");
        }
        assert_eq!(stop_word_languages("thesaurus"), 0);
        assert_eq!(stop_word_languages(""), 0);
    }

    proptest::proptest! {
        /// The byte-wise word walk finds the words `str::split` does.
        #[test]
        fn words_match_str_split(text in "[a-zA-Z0-9 .,'\u{e9}\u{df}\u{2019}\u{ab}\u{a0}\u{627}\u{644}\u{4e00}\u{301}\u{212a}-]{0,40}") {
            let mut walked = Vec::new();
            for_each_word(&text, |w| { walked.push(w); true });
            let split: Vec<&str> = text.split(|c: char| !c.is_alphabetic()).filter(|w| !w.is_empty()).collect();
            proptest::prop_assert_eq!(walked, split);
        }
    }

    fn detect(text: &str) -> Option<Language> {
        detect_parts(std::iter::once(text))
    }

    #[test]
    fn scripts() {
        assert_eq!(
            detect("افتتحت الدورة السادسة للمؤتمر في المدينة"),
            Some(Language::Arabic)
        );
        assert_eq!(
            detect("این یک متن کوتاه فارسی است که برای آزمایش نوشته شده"),
            Some(Language::Persian)
        );
        assert_eq!(
            detect("یہ ایک مختصر اردو جملہ ہے جو جانچ کے لیے لکھا گیا ہے"),
            Some(Language::Urdu)
        );
        assert_eq!(
            detect("会议在北京举行，各方代表出席。"),
            Some(Language::Chinese)
        );
        assert_eq!(
            detect("東京で会議が開かれました。"),
            Some(Language::Japanese)
        );
        assert_eq!(
            detect("Встреча прошла в Пекине в понедельник."),
            Some(Language::Russian)
        );
        assert_eq!(detect("12345 --- !!!"), None);
        assert_eq!(
            detect("नगर निगम ने घाटों पर नई रोशनी लगाने की योजना तैयार की है"),
            Some(Language::Hindi)
        );
        assert_eq!(
            detect("নদীর ধারে নতুন একটি পাঠাগার খুলেছে পৌরসভা।"),
            Some(Language::Bengali)
        );
        assert_eq!(
            detect("เทศบาลเปิดห้องสมุดแห่งใหม่ริมแม่น้ำเมื่อวันอาทิตย์"),
            Some(Language::Thai)
        );
        assert_eq!(
            detect("Ο δήμος τοποθέτησε νέους κάδους ανακύκλωσης στο κέντρο της πόλης."),
            Some(Language::Greek)
        );
        assert_eq!(
            detect("நகராட்சி ஆற்றங்கரையில் புதிய நூலகத்தைத் திறந்தது"),
            Some(Language::Tamil)
        );
        assert_eq!(
            detect("పురపాలక సంస్థ నది ఒడ్డున కొత్త గ్రంథాలయాన్ని ప్రారంభించింది"),
            Some(Language::Telugu)
        );
        assert_eq!(
            detect("ನಗರಸಭೆ ನದಿ ದಡದಲ್ಲಿ ಹೊಸ ಗ್ರಂಥಾಲಯವನ್ನು ತೆರೆಯಿತು"),
            Some(Language::Kannada)
        );
        assert_eq!(
            detect("നഗരസഭ പുഴയോരത്ത് പുതിയ വായനശാല തുറന്നു"),
            Some(Language::Malayalam)
        );
        assert_eq!(
            detect("નગરપાલિકાએ નદીકિનારે નવું પુસ્તકાલય ખોલ્યું"),
            Some(Language::Gujarati)
        );
        assert_eq!(
            detect("ਨਗਰ ਨਿਗਮ ਨੇ ਦਰਿਆ ਕੰਢੇ ਨਵੀਂ ਲਾਇਬ੍ਰੇਰੀ ਖੋਲ੍ਹੀ"),
            Some(Language::Punjabi)
        );
        assert_eq!(detect("ପୌରସଭା ନଦୀ କୂଳରେ ନୂଆ ପାଠାଗାର ଖୋଲିଲା"), Some(Language::Odia));
    }

    #[test]
    fn polish_and_indonesian_stop_words() {
        assert_eq!(
            detect("Miasto otworzyło nowy park, który jest największy w regionie, i mieszkańcy już się cieszą."),
            Some(Language::Polish)
        );
        assert_eq!(
            detect(
                "Pemerintah kota juga menyiapkan bus gratis yang akan melayani warga ke stasiun."
            ),
            Some(Language::Indonesian)
        );
    }

    #[test]
    fn latin_stop_words() {
        assert_eq!(
            detect("The council met on Monday and agreed to the plan."),
            Some(Language::English)
        );
        assert_eq!(
            detect("Le conseil a adopté le plan pour la ville et les environs."),
            Some(Language::French)
        );
        assert_eq!(
            detect("El consejo aprobó el plan para la ciudad y los alrededores."),
            Some(Language::Spanish)
        );
        assert_eq!(
            detect("Der Rat hat den Plan für die Stadt und das Umland beschlossen."),
            Some(Language::German)
        );
        // Esperanto shares `la`, `de`, `en`, `el`, `al` and `por` with
        // Spanish; its own words (`kaj`, `estas`, `kiu`, `pli`) decide.
        assert_eq!(
            detect("La urbo malfermis novan parkon, kiu estas la plej granda en la regiono, kaj multaj loĝantoj venis al la festo."),
            Some(Language::Esperanto)
        );
        assert_eq!(
            detect("La ciudad abrió un nuevo parque, que es el más grande de la región, y muchos vecinos vinieron a la fiesta."),
            Some(Language::Spanish)
        );
    }

    #[test]
    fn dutch_swedish_czech_swahili_and_romanian() {
        for (text, want) in [
            (
                "De gemeente heeft het plan voor een nieuwe brug over de rivier goedgekeurd, maar de bouw begint pas volgend jaar.",
                Language::Dutch,
            ),
            (
                "Kommunen har godkänt planen för en ny bro över ån, men bygget börjar inte förrän nästa år och det är oklart vad det kostar.",
                Language::Swedish,
            ),
            (
                "Město schválilo plán na nový most přes řeku, ale stavba začne až příští rok a podle radnice je také potřeba nová silnice.",
                Language::Czech,
            ),
            (
                "Halmashauri ya mji imeidhinisha mpango wa daraja jipya katika mto huo, na ujenzi utaanza mwaka ujao kwa mujibu wa afisa wa mipango.",
                Language::Swahili,
            ),
            (
                "Primăria a aprobat planul pentru un pod nou peste râu, dar lucrările vor începe abia anul viitor, după cum a anunțat consiliul.",
                Language::Romanian,
            ),
        ] {
            assert_eq!(detect(text), Some(want), "{text}");
        }
        // The shared words (`de`, `en`, `na`, `la`) leave the older
        // languages where they were.
        assert_eq!(
            detect(
                "La ville a adopté le plan de la nouvelle gare et les travaux commencent en mai."
            ),
            Some(Language::French)
        );
        assert_eq!(
            detect("A prefeitura aprovou o plano da nova ponte, que não tem data para ficar pronta na cidade."),
            Some(Language::Portuguese)
        );
    }

    proptest::proptest! {
        /// The byte counts of Arabic-block text agree with the char walk,
        /// and text with any other non-ASCII char takes the walk.
        #[test]
        fn arabic_counts_match_the_char_walk(
            text in "[a-z0-9 .،\u{600}-\u{6FF}پچژگکیٹڈڑںےہھ]{0,60}",
            other in proptest::option::of("[é\u{400}ж\u{750}一]"),
        ) {
            let text = match other {
                Some(o) => format!("{text}{o}"),
                None => text,
            };
            let mut walked = Detector::default();
            walked.count_by_chars(text.as_bytes());
            let fast = ArabicCounts::of(text.as_bytes());
            if text.chars().all(|c| c.is_ascii() || ('\u{600}'..='\u{6FF}').contains(&c)) {
                let fast = fast.expect("Arabic-block text");
                proptest::prop_assert_eq!(
                    (fast.arabic, fast.persian, fast.urdu, fast.latin),
                    (walked.arabic, walked.persian, walked.urdu, walked.latin)
                );
            } else {
                proptest::prop_assert!(fast.is_none());
            }
        }
    }

    #[test]
    fn byte_counts_past_the_byte_wide_sums() {
        let text = "ab1 ".repeat(300);
        assert_eq!(ascii_letters(text.as_bytes()), 600);
        assert_eq!(count_bytes(&[0xD9; 1000], is_arabic_lead), 1000);
        assert_eq!(count_bytes(&[], is_arabic_lead), 0);
    }

    #[test]
    fn clear_latin_text_stops_reading_early() {
        let fed = |parts: &[&str]| {
            let mut d = Detector::default();
            for p in parts {
                d.feed(p);
            }
            (d.words, d.decided, d.finish())
        };
        // Plain English: decided after the first sixteen-word check that
        // finds eight hits three times ahead of the rest.
        let english = "The council met on Monday and the members said that the plan for the \
            city was ready, and that the work on the new road would start in the spring \
            with the help of the people who live in the town and of the region.";
        let (words, decided, lang) = fed(&[english]);
        assert!(decided);
        assert_eq!(words % 16, 0);
        assert!(words < MAX_WORDS, "{words}");
        assert_eq!(lang, Some(Language::English));
        // A later paragraph is not read once decided.
        let (more, _, lang) = fed(&[english, "Le conseil a adopté le plan pour la ville."]);
        assert_eq!((more, lang), (words, Some(Language::English)));
        // Portuguese shares many stop words with Spanish and Italian: not
        // decided at the sixteenth word, so all 29 words are read.
        let close = "O conselho aprovou o plano para a cidade e os arredores, e disse que \
            a obra na estrada vai começar na primavera com a ajuda das pessoas da região.";
        let (words, decided, lang) = fed(&[close]);
        assert_eq!((words, decided), (29, false));
        assert_eq!(lang, Some(Language::Portuguese));
    }
}
