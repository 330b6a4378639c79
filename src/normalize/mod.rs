//! Text normalization for display and for match keys.
//!
//! A [`Normalizer`] is built once, from a [`Profile`] or from
//! [`NormalizeOptions`] (one public flag per fold), and then applied to any
//! number of strings with [`Normalizer::normalize`]. It is `Send + Sync` and
//! holds no interior state, so one normalizer can serve every thread.
//!
//! ```
//! use newsparse::{Normalizer, Profile};
//!
//! let search = Normalizer::new(Profile::Search);
//! // Alef with hamza below and plain alef give the same match key.
//! assert_eq!(search.normalize("الإنترنت"), search.normalize("الانترنت"));
//! // Stretched words (tatweel) and harakat fold away.
//! assert_eq!(search.normalize("الأكـثر قراءة"), "الاكثر قراءه");
//! assert_eq!(search.normalize("إنّ"), "ان");
//!
//! let display = Normalizer::new(Profile::Display);
//! assert_eq!(display.normalize("\u{200F}لرؤيــــه\u{00A0}\u{00A0}أصدق "), "لرؤيه أصدق");
//! ```
//!
//! # Profiles
//!
//! [`Profile::Display`] cleans text for showing it again, changing nothing
//! a reader would see except spacing:
//!
//! * NFC ([`UnicodeForm::Nfc`]);
//! * bidi controls removed ([`NormalizeOptions::remove_bidi_controls`]);
//! * ZWSP and BOM removed ([`NormalizeOptions::remove_zero_width`]); ZWNJ
//!   U+200C and ZWJ U+200D are kept, Persian and Urdu need them;
//! * NBSP, tab and the other Unicode spaces to U+0020
//!   ([`NormalizeOptions::spaces_to_ascii`]), runs of spaces collapsed
//!   ([`NormalizeOptions::collapse_spaces`]), every line trimmed
//!   ([`NormalizeOptions::trim`]); line breaks are kept;
//! * tatweel removed only where it stretches a word, between two Arabic
//!   letters ([`TatweelMode::RemoveStretching`]); a tatweel used as a
//!   separator (`موقع الصين بعيون عربية ـ`) stays.
//!
//! [`Profile::Search`] builds match keys for search, deduplication and
//! lexicon look-ups: everything `Display` does except that it uses NFKC
//! ([`UnicodeForm::Nfkc`]), turns line breaks into spaces and removes every
//! tatweel, plus the Arabic folds (alef forms, alef maksura, teh marbuta,
//! harakat, superscript alef, Quranic marks), digits and Arabic punctuation
//! to ASCII, full-width forms to ASCII, dashes and quotes folded, and full
//! Unicode case folding. Hamza seats (ؤ ئ) and Persian/Urdu letters are
//! *not* folded by default; turn on [`NormalizeOptions::fold_hamza_seats`]
//! or [`NormalizeOptions::fold_persian_letters`] for that.
//!
//! Every profile is idempotent: `n(n(x)) == n(x)`. Nothing is deleted that a
//! flag does not name; unknown characters pass through.
//!
//! # How it compares with other libraries
//!
//! The Arabic folds follow Lucene's `ArabicNormalizer` (alef madda / hamza
//! above / hamza below -> alef, alef maksura -> yeh, teh marbuta -> heh,
//! tatweel and U+064B..=U+0652 removed) and add alef wasla and wavy-hamza
//! alef (U+0671..=U+0673) to the alef folds, the superscript alef U+0670 and
//! the Quranic annotation marks to the removed marks. Differences from
//! other tools, on purpose:
//!
//! * alef maksura ى is folded to yeh ي, never to alef ا (some stemmers and
//!   search engines do the latter, which merges unrelated words such as
//!   على and علا);
//! * hamza seats are kept by default (Lucene keeps them too; some
//!   normalizers fold ؤ -> و and ئ -> ي always): مسؤولية and مسئولية are
//!   different keys unless `fold_hamza_seats` is set;
//! * Persian/Urdu letters (ک ی ے ہ ...) are folded only on request (Lucene
//!   does that in a separate `PersianNormalizer`);
//! * unknown characters are never deleted (some cleaners strip everything
//!   outside a whitelist), and ZWNJ is never turned into a space in
//!   `Display` (some tokenizer front ends do, which breaks Persian words
//!   such as می‌خواهم);
//! * case folding is full Unicode case folding (`ß` -> `ss`, `ς` -> `σ`) from
//!   CaseFolding.txt, not `to_lowercase`; the result is then put back in
//!   NFKC, like ICU's NFKC_Casefold but without that form's removal of
//!   default-ignorable characters.
//!
//! # Speed
//!
//! One fused pass applies all per-character folds. It copies nothing until
//! the first change and returns [`Cow::Borrowed`] when the text is already
//! normalized. Clean ASCII is recognized before the pass is set up, 128
//! bytes per step with vector compares (about as fast as
//! `std::str::from_utf8` on the same bytes), and short ASCII runs between
//! other scripts eight bytes at a time. The NFC/NFKC
//! algorithms of `unicode-normalization` run only when a character outside
//! the common stable blocks (Latin, Greek, Cyrillic, Hebrew, Arabic letters,
//! CJK, Hangul) shows up.

use std::borrow::Cow;

mod arabic;
mod casefold_table;
mod cjk;
mod digits;
mod engine;
mod punct;
mod unicode;
mod whitespace;

/// Unicode version of the case folding data behind
/// [`NormalizeOptions::case_fold`] (CaseFolding.txt).
///
/// ```
/// assert_eq!(newsparse::normalize::CASE_FOLDING_UNICODE_VERSION, "15.0.0");
/// ```
pub const CASE_FOLDING_UNICODE_VERSION: &str = casefold_table::CASE_FOLDING_VERSION;

/// A ready-made set of options. See the [module docs](self) for what each
/// does and [`Profile::options`] for the exact flags.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Profile {
    /// Clean text for display: NFC, invisible controls, spaces, stretching
    /// tatweel. Equals [`NormalizeOptions::display`].
    Display,
    /// Match keys: NFKC, Arabic folds, digits, punctuation, width, case,
    /// whitespace. Equals [`NormalizeOptions::search`].
    Search,
}

impl Profile {
    /// The flags of this profile.
    ///
    /// ```
    /// use newsparse::{NormalizeOptions, Profile};
    /// assert_eq!(Profile::Search.options(), NormalizeOptions::search());
    /// assert!(!Profile::Search.options().fold_hamza_seats);
    /// ```
    pub const fn options(self) -> NormalizeOptions {
        match self {
            Profile::Display => NormalizeOptions::display(),
            Profile::Search => NormalizeOptions::search(),
        }
    }
}

/// Unicode normalization form applied after the character folds.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum UnicodeForm {
    /// No normalization form.
    #[default]
    None,
    /// Canonical composition (NFC).
    Nfc,
    /// Compatibility composition (NFKC): full-width and presentation forms,
    /// ligatures, superscripts and the like to their plain letters.
    Nfkc,
}

/// What to do with U+0640 ARABIC TATWEEL (kashida).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum TatweelMode {
    /// Keep every tatweel.
    #[default]
    Keep,
    /// Remove a run of tatweel only when it stretches a word: the char
    /// before the run (harakat skipped) and the char after it are Arabic
    /// letters. A tatweel used as a separator or standing alone stays.
    RemoveStretching,
    /// Remove every tatweel.
    RemoveAll,
}

/// Individual folds. Start from [`NormalizeOptions::none`],
/// [`NormalizeOptions::display`] or [`NormalizeOptions::search`] and set
/// fields; every flag lists the exact code points it touches.
///
/// ```
/// use newsparse::{NormalizeOptions, Normalizer, normalize::UnicodeForm};
///
/// let mut opts = NormalizeOptions::none();
/// opts.form = UnicodeForm::Nfc;
/// opts.digits_to_ascii = true;
/// let n = Normalizer::with_options(opts);
/// assert_eq!(n.normalize("٢٠١٧م و۱۹۵۳"), "2017م و1953");
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct NormalizeOptions {
    /// Unicode normalization form of the output.
    pub form: UnicodeForm,
    /// Remove bidi controls: U+061C ARABIC LETTER MARK, U+200E LRM, U+200F
    /// RLM, U+202A..=U+202E (LRE, RLE, PDF, LRO, RLO), U+2066..=U+2069 (LRI,
    /// RLI, FSI, PDI).
    pub remove_bidi_controls: bool,
    /// Remove U+200B ZERO WIDTH SPACE and U+FEFF BYTE ORDER MARK. ZWNJ
    /// U+200C and ZWJ U+200D are never removed.
    pub remove_zero_width: bool,
    /// Map U+0009 TAB, U+00A0 NO-BREAK SPACE, U+1680, U+2000..=U+200A,
    /// U+202F, U+205F and U+3000 IDEOGRAPHIC SPACE to U+0020.
    pub spaces_to_ascii: bool,
    /// Map line breaks (U+000A..=U+000D, U+0085, U+2028, U+2029) to U+0020.
    /// When off, line breaks are kept as they are.
    pub line_breaks_to_space: bool,
    /// Replace each run of U+0020 (after the maps above) with one space.
    pub collapse_spaces: bool,
    /// Remove U+0020 at the start and end of the text and next to every
    /// kept line break.
    pub trim: bool,
    /// What to do with U+0640 ARABIC TATWEEL.
    pub tatweel: TatweelMode,
    /// Alef forms to U+0627 ا: U+0622 آ, U+0623 أ, U+0625 إ, U+0671 ٱ,
    /// U+0672 ٲ, U+0673 ٳ.
    pub fold_alef: bool,
    /// U+0649 ى ALEF MAKSURA to U+064A ي YEH (never to alef).
    pub fold_alef_maksura: bool,
    /// U+0629 ة TEH MARBUTA to U+0647 ه HEH.
    pub fold_teh_marbuta: bool,
    /// Hamza seats: U+0624 ؤ to U+0648 و, U+0626 ئ to U+064A ي.
    pub fold_hamza_seats: bool,
    /// Persian and Urdu letters to their Arabic counterparts: U+06A9 ک and
    /// U+06AA ڪ to U+0643 ك; U+06CC ی and U+06D2 ے to U+064A ي; U+06D3 ۓ to
    /// U+0626 ئ; U+06C0 ۀ, U+06C1 ہ, U+06C2 ۂ, U+06BE ھ, U+06D5 ە to U+0647 ه;
    /// U+06C3 ۃ to U+0629 ة. (The folds above then apply to the result.)
    pub fold_persian_letters: bool,
    /// Remove harakat, tanwin, shadda and sukun: U+064B..=U+0652.
    pub remove_harakat: bool,
    /// Remove U+0670 ARABIC LETTER SUPERSCRIPT ALEF.
    pub remove_superscript_alef: bool,
    /// Remove Quranic annotation marks and the rarer vowel marks:
    /// U+0610..=U+061A, U+0656..=U+065F, U+06D6..=U+06DC, U+06DF..=U+06E4,
    /// U+06E7..=U+06E8, U+06EA..=U+06ED.
    pub remove_quranic_marks: bool,
    /// Arabic-Indic digits U+0660..=U+0669 and extended Arabic-Indic digits
    /// U+06F0..=U+06F9 to ASCII `0`..=`9`.
    pub digits_to_ascii: bool,
    /// Arabic punctuation to ASCII: U+060C ، and U+066C ٬ to `,`, U+061B ؛
    /// to `;`, U+061F ؟ to `?`, U+066A ٪ to `%`, U+066B ٫ and U+06D4 ۔ to
    /// `.`. (Guillemets are quotes, see `fold_quotes`.)
    pub arabic_punct_to_ascii: bool,
    /// Full-width ASCII variants U+FF01..=U+FF5E to U+0021..=U+007E (NFKC does
    /// this too; the flag does it without NFKC and faster).
    pub fold_width: bool,
    /// Dashes to `-`: U+2010..=U+2015, U+2212, U+2E3A, U+2E3B, U+FE58,
    /// U+FE63, U+FF0D.
    pub fold_dashes: bool,
    /// Quotes: U+2018..=U+201B, U+2032, U+2039, U+203A to `'`;
    /// U+201C..=U+201F, U+00AB «, U+00BB » to `"`. The double prime U+2033
    /// is not a quote: NFKC writes it as two primes.
    pub fold_quotes: bool,
    /// Full Unicode case folding (CaseFolding.txt statuses C and F, Unicode
    /// 15.0 data), e.g. `A` -> `a`, `ß` -> `ss`, `Σ`/`ς` -> `σ`.
    pub case_fold: bool,
}

impl NormalizeOptions {
    /// Every flag off: the normalizer returns its input unchanged.
    pub const fn none() -> Self {
        NormalizeOptions {
            form: UnicodeForm::None,
            remove_bidi_controls: false,
            remove_zero_width: false,
            spaces_to_ascii: false,
            line_breaks_to_space: false,
            collapse_spaces: false,
            trim: false,
            tatweel: TatweelMode::Keep,
            fold_alef: false,
            fold_alef_maksura: false,
            fold_teh_marbuta: false,
            fold_hamza_seats: false,
            fold_persian_letters: false,
            remove_harakat: false,
            remove_superscript_alef: false,
            remove_quranic_marks: false,
            digits_to_ascii: false,
            arabic_punct_to_ascii: false,
            fold_width: false,
            fold_dashes: false,
            fold_quotes: false,
            case_fold: false,
        }
    }

    /// The [`Profile::Display`] flags: `form: Nfc`, `remove_bidi_controls`,
    /// `remove_zero_width`, `spaces_to_ascii`, `collapse_spaces`, `trim`,
    /// `tatweel: RemoveStretching`; everything else off.
    pub const fn display() -> Self {
        let mut o = Self::none();
        o.form = UnicodeForm::Nfc;
        o.remove_bidi_controls = true;
        o.remove_zero_width = true;
        o.spaces_to_ascii = true;
        o.collapse_spaces = true;
        o.trim = true;
        o.tatweel = TatweelMode::RemoveStretching;
        o
    }

    /// The [`Profile::Search`] flags: every flag on, `form: Nfkc`,
    /// `tatweel: RemoveAll`, except `fold_hamza_seats` and
    /// `fold_persian_letters`.
    pub const fn search() -> Self {
        NormalizeOptions {
            form: UnicodeForm::Nfkc,
            remove_bidi_controls: true,
            remove_zero_width: true,
            spaces_to_ascii: true,
            line_breaks_to_space: true,
            collapse_spaces: true,
            trim: true,
            tatweel: TatweelMode::RemoveAll,
            fold_alef: true,
            fold_alef_maksura: true,
            fold_teh_marbuta: true,
            fold_hamza_seats: false,
            fold_persian_letters: false,
            remove_harakat: true,
            remove_superscript_alef: true,
            remove_quranic_marks: true,
            digits_to_ascii: true,
            arabic_punct_to_ascii: true,
            fold_width: true,
            fold_dashes: true,
            fold_quotes: true,
            case_fold: true,
        }
    }
}

impl From<Profile> for NormalizeOptions {
    fn from(p: Profile) -> Self {
        p.options()
    }
}

/// Most rounds of "normalization form, then folds" before giving up; two
/// are enough for every input seen, the rest is a guard.
const MAX_ROUNDS: usize = 8;

/// A text normalizer, built once and used many times.
///
/// ```
/// use std::borrow::Cow;
/// use newsparse::{Normalizer, Profile};
///
/// let n = Normalizer::new(Profile::Search);
/// assert!(matches!(n.normalize("already clean"), Cow::Borrowed(_)));
/// assert_eq!(n.normalize("Ｃｈｉｎａ  ٢٠١٩"), "china 2019");
/// ```
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct Normalizer {
    opts: NormalizeOptions,
    plain: engine::Plain,
}

impl std::fmt::Debug for Normalizer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Normalizer")
            .field("options", &self.opts)
            .finish()
    }
}

impl Normalizer {
    /// A normalizer for `profile`.
    pub fn new(profile: Profile) -> Self {
        Self::with_options(profile.options())
    }

    /// A normalizer with custom flags.
    ///
    /// The char tables of the two profiles' flags are built once per
    /// process, so making a normalizer for a profile costs a copy of them;
    /// other flags build their own tables (about a million instructions).
    pub fn with_options(opts: NormalizeOptions) -> Self {
        static PROFILE_TABLES: [std::sync::OnceLock<engine::Plain>; 2] =
            [std::sync::OnceLock::new(), std::sync::OnceLock::new()];
        let plain = match [Profile::Display, Profile::Search]
            .iter()
            .position(|p| p.options() == opts)
        {
            Some(i) => PROFILE_TABLES[i]
                .get_or_init(|| engine::Plain::new(&opts))
                .clone(),
            None => engine::Plain::new(&opts),
        };
        Normalizer { opts, plain }
    }

    /// The flags this normalizer applies.
    pub const fn options(&self) -> &NormalizeOptions {
        &self.opts
    }

    /// Appends the normalized `text` to `out`, taking a copy-only path when
    /// `text` needs nothing beyond ASCII case folding (the parser's match
    /// keys of short lines). Gives the same text as [`Normalizer::normalize`].
    /// Returns `true` when the copy-only path was taken: the output then
    /// holds only ASCII, plain two-byte chars and CJK, never a combining
    /// mark.
    pub(crate) fn normalize_into(&self, text: &str, out: &mut String) -> bool {
        let start = out.len();
        // The copy is about as long as `text`: one allocation, not a
        // doubling per push.
        out.reserve(text.len());
        if engine::copy_plain(&self.opts, &self.plain, text, out) {
            return true;
        }
        out.truncate(start);
        out.push_str(&self.normalize(text));
        false
    }

    /// Normalizes `text`. Returns [`Cow::Borrowed`] exactly when the result
    /// equals `text`, so the common case allocates nothing.
    ///
    /// The result is a fixed point: the folds, then the normalization form,
    /// repeated until neither changes anything (once for almost all text).
    ///
    /// ```
    /// use std::borrow::Cow;
    /// use newsparse::{Normalizer, Profile};
    ///
    /// let n = Normalizer::new(Profile::Display);
    /// assert!(matches!(n.normalize("Plain text."), Cow::Borrowed("Plain text.")));
    /// let once = n.normalize("  e\u{301}té \u{200B}");
    /// assert_eq!(once, "\u{e9}t\u{e9}");
    /// assert_eq!(n.normalize(&once), once);
    /// ```
    pub fn normalize<'a>(&self, text: &'a str) -> Cow<'a, str> {
        let o = &self.opts;
        // Clean ASCII (most English text) is recognized before any setup.
        let skip = engine::plain_prefix(o, text);
        if skip == text.len() {
            return Cow::Borrowed(text);
        }
        let form = o.form;
        let (mut cur, mut normalized) = match engine::run(o, &self.plain, text, true, skip) {
            engine::Pass::Done {
                text: None,
                normalized,
            } => (Cow::Borrowed(text), normalized),
            engine::Pass::Done {
                text: Some(s),
                normalized,
            } => (Cow::Owned(s), normalized),
            engine::Pass::InputNotNormalized => {
                // Drop the invisible controls the profile deletes before
                // composing: left in, a bidi mark between a letter and its
                // combining mark blocks canonical reordering, and the
                // result would depend on a character the output never
                // shows (found by the Search-of-Display property).
                let dropped = |c: char| {
                    (o.remove_bidi_controls && whitespace::is_bidi_control(c))
                        || (o.remove_zero_width && whitespace::is_zero_width(c))
                };
                let visible: Cow<'_, str> = if text.chars().any(dropped) {
                    Cow::Owned(text.chars().filter(|&c| !dropped(c)).collect())
                } else {
                    Cow::Borrowed(text)
                };
                let (normed, in_form) =
                    arabic::absorb_folded_marks(o, unicode::apply(form, &visible));
                match engine::run(o, &self.plain, &normed, false, 0) {
                    engine::Pass::Done { text: None, .. } => (Cow::Owned(normed), in_form),
                    engine::Pass::Done {
                        text: Some(s),
                        normalized,
                    } => (Cow::Owned(s), normalized),
                    engine::Pass::InputNotNormalized => unreachable!("no bail-out requested"),
                }
            }
        };
        let mut rounds = 0;
        while !normalized && rounds < MAX_ROUNDS && !unicode::is_normalized(form, &cur) {
            rounds += 1;
            let (normed, in_form) = arabic::absorb_folded_marks(o, unicode::apply(form, &cur));
            match engine::run(o, &self.plain, &normed, false, 0) {
                engine::Pass::Done { text: None, .. } => {
                    cur = Cow::Owned(normed);
                    normalized = in_form;
                }
                engine::Pass::Done {
                    text: Some(s),
                    normalized: n,
                } => {
                    cur = Cow::Owned(s);
                    normalized = n;
                }
                engine::Pass::InputNotNormalized => unreachable!("no bail-out requested"),
            }
        }
        match cur {
            Cow::Owned(s) if s == text => Cow::Borrowed(text),
            other => other,
        }
    }
}

impl From<Profile> for Normalizer {
    fn from(p: Profile) -> Self {
        Normalizer::new(p)
    }
}

impl From<NormalizeOptions> for Normalizer {
    fn from(o: NormalizeOptions) -> Self {
        Normalizer::with_options(o)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn search() -> Normalizer {
        Normalizer::new(Profile::Search)
    }
    fn display() -> Normalizer {
        Normalizer::new(Profile::Display)
    }

    #[test]
    fn send_sync() {
        fn check<T: Send + Sync + 'static>() {}
        check::<Normalizer>();
        check::<NormalizeOptions>();
    }

    #[test]
    fn none_changes_nothing() {
        let n = Normalizer::with_options(NormalizeOptions::none());
        for s in ["  A\u{200F}ـ ", "e\u{301}", "ﻫ"] {
            assert!(matches!(n.normalize(s), Cow::Borrowed(_)));
        }
    }

    #[test]
    fn seed_spellings() {
        let s = search();
        assert_eq!(s.normalize("الإنترنت"), "الانترنت");
        assert_eq!(s.normalize("الانترنت"), "الانترنت");
        assert_ne!(s.normalize("مسئولية"), s.normalize("مسؤولية"));
        let mut o = NormalizeOptions::search();
        o.fold_hamza_seats = true;
        let h = Normalizer::with_options(o);
        assert_eq!(h.normalize("مسئولية"), "مسيوليه");
        assert_eq!(h.normalize("مسؤولية"), "مسووليه");
        assert_eq!(s.normalize("ملفاً"), "ملفا");
        assert_eq!(s.normalize("إنّ"), "ان");
    }

    #[test]
    fn tatweel_display() {
        let d = display();
        assert_eq!(d.normalize("لرؤيــــه"), "لرؤيه");
        assert_eq!(d.normalize("إبحــث"), "إبحث");
        assert!(matches!(
            d.normalize("موقع الصين بعيون عربية ـ"),
            Cow::Borrowed(_)
        ));
        assert_eq!(d.normalize("بـ\u{200E}ه"), "به");
    }

    #[test]
    fn display_keeps_zwnj() {
        let d = display();
        assert!(matches!(d.normalize("می\u{200C}خواهم"), Cow::Borrowed(_)));
    }

    #[test]
    fn trims_lines() {
        let d = display();
        assert_eq!(d.normalize("  a  b \n  c\t\td  "), "a b\nc d");
        assert_eq!(search().normalize("  A  b \r\n  c  "), "a b c");
    }

    #[test]
    fn presentation_forms_and_decomposed_input() {
        let s = search();
        assert_eq!(s.normalize("1445 ﻫ"), "1445 ه");
        assert_eq!(s.normalize("ا\u{653}"), "ا");
        assert_eq!(s.normalize("\u{6d5}\u{654}"), s.normalize("\u{6c0}"));
    }

    /// Display on ASCII, written the slow, obvious way.
    fn naive_display(s: &str) -> String {
        s.split('\n')
            .map(|line| {
                line.replace('\t', " ")
                    .split(' ')
                    .filter(|w| !w.is_empty())
                    .collect::<Vec<_>>()
                    .join(" ")
            })
            .collect::<Vec<_>>()
            .join("\n")
    }

    #[test]
    fn ascii_fast_path_agrees_with_naive_rules() {
        let d = display();
        let s = search();
        let base = "words of text go here and there, ".repeat(4);
        for pos in 0..base.len() {
            for ins in ["  ", " ", "\t", "\n", "A", "\u{1}", "x", " \n "] {
                let mut t = base.clone();
                t.insert_str(pos, ins);
                let want = naive_display(&t);
                let got = d.normalize(&t);
                assert_eq!(got, want, "{t:?}");
                assert_eq!(matches!(got, Cow::Borrowed(_)), want == t);
                let key = s.normalize(&t);
                let want_key = want.replace('\n', " ").to_lowercase();
                assert_eq!(
                    key.split(' ')
                        .filter(|w| !w.is_empty())
                        .collect::<Vec<_>>()
                        .join(" "),
                    want_key
                        .split(' ')
                        .filter(|w| !w.is_empty())
                        .collect::<Vec<_>>()
                        .join(" ")
                );
                assert!(
                    !key.contains("  ")
                        && !key.ends_with(' ')
                        && !key.chars().any(|c| c.is_ascii_uppercase())
                );
            }
        }
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(5_000))]

        /// The copy-only path of `normalize_into` agrees with `normalize`
        /// on text mixing plain chars with everything that must leave it.
        #[test]
        fn normalize_into_agrees_with_normalize(
            text in "[ a-zA-Z0-9.:!?İ\\u{307}\\u{301}\t\u{A0}é\u{640}\u{64B}أاىيكهةء٢٠،ی۳Аж一二가\u{11A8}，：Ａ\u{200F}\u{FEFB}’“—（ПЖΣςÉ]{0,24}"
        ) {
            static BOTH: std::sync::OnceLock<[Normalizer; 2]> = std::sync::OnceLock::new();
            let both = BOTH.get_or_init(|| {
                [Normalizer::new(Profile::Display), Normalizer::new(Profile::Search)]
            });
            for n in both {
                let mut out = String::from("kept|");
                let copied = n.normalize_into(&text, &mut out);
                // The match keys rely on this: a copied text holds no
                // combining mark.
                let has_mark = out
                    .chars()
                    .any(|c| unicode_normalization::char::canonical_combining_class(c) != 0);
                proptest::prop_assert!(!(copied && has_mark), "copied a mark: {:?}", out);
                proptest::prop_assert_eq!(&out[5..], &*n.normalize(&text));
            }
        }

        /// The same on mostly ASCII text, where the copy goes eight bytes
        /// at a time.
        #[test]
        fn normalize_into_agrees_on_ascii_runs(
            text in "[ a-zA-Z0-9.~\\x7F\\x1F]{0,40}(é|İ|\u{A0}|  )?[ a-zA-Z0-9]{0,20}"
        ) {
            for profile in [Profile::Display, Profile::Search] {
                let n = Normalizer::new(profile);
                let mut out = String::new();
                n.normalize_into(&text, &mut out);
                proptest::prop_assert_eq!(&out, &*n.normalize(&text));
            }
        }
    }
}
