//! Property tests for the normalizer: idempotence for the profiles and for
//! random flag sets, output form, the Cow contract, ASCII text left alone
//! by Display, ZWNJ/ZWJ never lost.

use std::borrow::Cow;

use newsparse::normalize::{TatweelMode, UnicodeForm};
use newsparse::{NormalizeOptions, Normalizer, Profile};
use proptest::prelude::*;

/// Chars from the blocks the normalizer treats specially, plus anything.
fn any_char() -> impl Strategy<Value = char> {
    prop_oneof![
        4 => proptest::char::range(' ', '~'),
        2 => prop::sample::select(vec![' ', ' ', '\t', '\n', '\r', '\u{a0}', '\u{3000}', '\u{2003}', '\u{2028}']),
        4 => proptest::char::range('\u{600}', '\u{6ff}'),
        2 => prop::sample::select(vec!['\u{640}', '\u{64e}', '\u{651}', '\u{653}', '\u{654}', '\u{655}', '\u{670}', '\u{6d6}', 'ا', 'و', 'ي', 'ه', 'ە', 'ہ', 'ے']),
        2 => prop::sample::select(vec!['\u{200b}', '\u{200c}', '\u{200d}', '\u{200e}', '\u{200f}', '\u{202b}', '\u{2067}', '\u{feff}', '\u{61c}', '\u{ad}']),
        2 => proptest::char::range('\u{300}', '\u{36f}'),
        2 => proptest::char::range('\u{c0}', '\u{24f}'),
        1 => proptest::char::range('\u{370}', '\u{3ff}'),
        1 => proptest::char::range('\u{1e00}', '\u{1fff}'),
        1 => proptest::char::range('\u{400}', '\u{4ff}'),
        1 => proptest::char::range('\u{2000}', '\u{206f}'),
        1 => proptest::char::range('\u{3000}', '\u{30ff}'),
        1 => proptest::char::range('\u{4e00}', '\u{4e20}'),
        1 => proptest::char::range('\u{1100}', '\u{11ff}'),
        1 => proptest::char::range('\u{ac00}', '\u{ac40}'),
        1 => proptest::char::range('\u{fb50}', '\u{fdff}'),
        1 => proptest::char::range('\u{fe70}', '\u{feff}'),
        1 => proptest::char::range('\u{ff00}', '\u{ffef}'),
        1 => proptest::char::range('\u{f900}', '\u{faff}'),
        1 => any::<char>(),
    ]
}

fn text() -> impl Strategy<Value = String> {
    prop::collection::vec(any_char(), 0..48).prop_map(|v| v.into_iter().collect())
}

/// Arabic letters with hamza and maddah runs, blocking marks, tatweel and
/// invisible controls, up to 200 chars.
fn hamza_runs() -> impl Strategy<Value = String> {
    let c = prop_oneof![
        3 => prop::sample::select(vec!['\u{653}', '\u{654}', '\u{655}']),
        2 => prop::sample::select(vec!['ا', 'أ', 'ٱ', 'و', 'ؤ', 'ي', 'ئ', 'ی', 'ے', 'ۓ', 'ە', 'ہ', 'ﺃ', 'ﺇ']),
        1 => prop::sample::select(vec!['\u{64e}', '\u{650}', '\u{651}', '\u{670}', '\u{6d6}', '\u{739}', '\u{301}', '\u{316}']),
        1 => prop::sample::select(vec!['\u{640}', '\u{200e}', '\u{200b}', '\u{200c}', ' ', 'a']),
    ];
    prop::collection::vec(c, 0..200).prop_map(|v| v.into_iter().collect())
}

fn options() -> impl Strategy<Value = NormalizeOptions> {
    (any::<[bool; 20]>(), 0..3u8, 0..3u8).prop_map(|(f, form, tatweel)| {
        let mut o = NormalizeOptions::none();
        o.form = [UnicodeForm::None, UnicodeForm::Nfc, UnicodeForm::Nfkc][form as usize];
        o.tatweel = [
            TatweelMode::Keep,
            TatweelMode::RemoveStretching,
            TatweelMode::RemoveAll,
        ][tatweel as usize];
        o.remove_bidi_controls = f[0];
        o.remove_zero_width = f[1];
        o.spaces_to_ascii = f[2];
        o.line_breaks_to_space = f[3];
        o.collapse_spaces = f[4];
        o.trim = f[5];
        o.fold_alef = f[6];
        o.fold_alef_maksura = f[7];
        o.fold_teh_marbuta = f[8];
        o.fold_hamza_seats = f[9];
        o.fold_persian_letters = f[10];
        o.remove_harakat = f[11];
        o.remove_superscript_alef = f[12];
        o.remove_quranic_marks = f[13];
        o.digits_to_ascii = f[14];
        o.arabic_punct_to_ascii = f[15];
        o.fold_width = f[16];
        o.fold_dashes = f[17];
        o.fold_quotes = f[18];
        o.case_fold = f[19];
        o
    })
}

fn check_contract(n: &Normalizer, s: &str) -> Result<String, TestCaseError> {
    let once = n.normalize(s);
    prop_assert_eq!(
        matches!(once, Cow::Borrowed(_)),
        once == s,
        "Borrowed iff unchanged for {:?}",
        s
    );
    let twice = n.normalize(&once);
    prop_assert_eq!(&twice, &once, "not idempotent for {:?}", s);
    prop_assert!(matches!(twice, Cow::Borrowed(_)));
    Ok(once.into_owned())
}

fn count(s: &str, c: char) -> usize {
    s.chars().filter(|&x| x == c).count()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1000))]

    #[test]
    fn display_contract(s in text()) {
        let out = check_contract(&Normalizer::new(Profile::Display), &s)?;
        prop_assert!(unicode_normalization::is_nfc(&out), "not NFC: {:?}", out);
        prop_assert_eq!(count(&out, '\u{200c}'), count(&s, '\u{200c}'));
        prop_assert_eq!(count(&out, '\u{200d}'), count(&s, '\u{200d}'));
        prop_assert!(!out.starts_with(' ') && !out.ends_with(' ') && !out.contains("  "));
    }

    #[test]
    fn search_contract(s in text()) {
        let out = check_contract(&Normalizer::new(Profile::Search), &s)?;
        prop_assert!(unicode_normalization::is_nfkc(&out), "not NFKC: {:?}", out);
        prop_assert_eq!(count(&out, '\u{200c}'), count(&s, '\u{200c}'));
        let folded_away = |c: char| {
            c.is_ascii_uppercase() || matches!(c, '\u{640}' | '\u{649}' | '\u{629}' | '\u{660}'..='\u{669}')
        };
        prop_assert!(!out.chars().any(folded_away), "left a folded char in {:?}", out);
    }

    #[test]
    fn any_flags_contract(s in text(), o in options()) {
        let out = check_contract(&Normalizer::with_options(o), &s)?;
        match o.form {
            UnicodeForm::Nfc => prop_assert!(unicode_normalization::is_nfc(&out)),
            UnicodeForm::Nfkc => prop_assert!(unicode_normalization::is_nfkc(&out)),
            _ => {}
        }
    }

    /// Letters that compose with hamza or maddah, long runs of those marks
    /// and the marks that block them: the text the rounds of "form, then
    /// folds" found hardest (an alef with ten hamzas once outran them).
    #[test]
    fn hamza_runs_any_flags_contract(s in hamza_runs(), o in options()) {
        let out = check_contract(&Normalizer::with_options(o), &s)?;
        match o.form {
            UnicodeForm::Nfc => prop_assert!(unicode_normalization::is_nfc(&out)),
            UnicodeForm::Nfkc => prop_assert!(unicode_normalization::is_nfkc(&out)),
            _ => {}
        }
    }

    #[test]
    fn display_leaves_clean_ascii_alone(words in prop::collection::vec("[!-~]{1,12}", 0..30)) {
        let s = words.join(" ");
        let out = Normalizer::new(Profile::Display).normalize(&s);
        prop_assert!(matches!(out, Cow::Borrowed(x) if x == s));
    }

    #[test]
    fn no_flags_no_change(s in text()) {
        let out = Normalizer::with_options(NormalizeOptions::none()).normalize(&s);
        prop_assert!(matches!(out, Cow::Borrowed(_)));
    }

    #[test]
    fn search_of_display_is_search(s in text()) {
        // Display only removes or unifies what Search removes or unifies too.
        let search = Normalizer::new(Profile::Search);
        let display = Normalizer::new(Profile::Display);
        let shown = display.normalize(&s);
        prop_assert_eq!(search.normalize(&shown), search.normalize(&s));
    }
}

#[test]
fn normalizer_is_send_sync() {
    fn check<T: Send + Sync>() {}
    check::<Normalizer>();
    let n = std::sync::Arc::new(Normalizer::new(Profile::Search));
    let handles: Vec<_> = (0..2)
        .map(|_| {
            let n = n.clone();
            std::thread::spawn(move || n.normalize("الأكـثر قراءة").into_owned())
        })
        .collect();
    for h in handles {
        assert_eq!(h.join().unwrap(), "الاكثر قراءه");
    }
}

/// Long runs of word-and-space text, so the block-at-a-time scans (256
/// and 32 bytes) meet double spaces, capitals and non-ASCII at every offset,
/// including across block edges.
fn long_latin() -> impl Strategy<Value = String> {
    let word = prop_oneof![
        40 => "[a-z]{1,9}",
        12 => "[A-Z][a-z]{0,6}",
        1 => "[a-z]{0,3}é[a-z]{0,3}",
        6 => "[0-9.,:;!?'()-]{1,4}",
    ];
    // Extra spaces rare enough that many blocks pass clean before one fails.
    let gap = prop_oneof![60 => Just(" "), 1 => Just("  "), 1 => Just("   ")];
    prop::collection::vec((word, gap), 20..400).prop_map(|parts| {
        parts
            .into_iter()
            .flat_map(|(w, g)| [w, g.to_owned()])
            .collect()
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2_000))]

    /// On spaced Latin text, Display collapses space runs and trims, and
    /// Search also lowercases; nothing else changes.
    #[test]
    fn long_latin_text_only_loses_extra_spaces(text in long_latin()) {
        let collapsed = text.split(' ').filter(|w| !w.is_empty()).collect::<Vec<_>>().join(" ");
        static BOTH: std::sync::OnceLock<[Normalizer; 2]> = std::sync::OnceLock::new();
        let [display, search] =
            BOTH.get_or_init(|| [Normalizer::new(Profile::Display), Normalizer::new(Profile::Search)]);
        prop_assert_eq!(&*display.normalize(&text), collapsed.as_str());
        prop_assert_eq!(search.normalize(&text).into_owned(), collapsed.to_lowercase());
    }
}
