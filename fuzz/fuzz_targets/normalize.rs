#![no_main]
//! `Normalizer::normalize` for both profiles and a fuzzer-chosen custom
//! flag set: idempotent, `Borrowed` exactly when unchanged, output in the
//! Unicode form the profile promises, ZWNJ never lost by Display.

use std::borrow::Cow;
use std::cell::RefCell;
use std::collections::HashMap;
use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use newsparse::{NormalizeOptions, Normalizer, Profile, UnicodeForm};
use unicode_normalization::{is_nfc, is_nfkc};

fn profiles() -> &'static [Normalizer; 2] {
    static P: OnceLock<[Normalizer; 2]> = OnceLock::new();
    P.get_or_init(|| [Normalizer::new(Profile::Display), Normalizer::new(Profile::Search)])
}

fn check(n: &Normalizer, text: &str) {
    let once = n.normalize(text);
    assert_eq!(
        matches!(once, Cow::Borrowed(_)),
        *once == *text,
        "Borrowed exactly when unchanged"
    );
    let twice = n.normalize(&once);
    assert_eq!(*twice, *once, "idempotent");
    match n.options().form {
        UnicodeForm::Nfc => assert!(is_nfc(&once), "NFC output"),
        UnicodeForm::Nfkc => assert!(is_nfkc(&once), "NFKC output"),
        _ => {}
    }
}

fuzz_target!(|input: (u32, &str)| {
    let (flags, text) = input;
    let [display, search] = profiles();
    check(display, text);
    check(search, text);
    let zwnj = |s: &str| s.matches('\u{200C}').count();
    assert_eq!(zwnj(&display.normalize(text)), zwnj(text), "Display keeps ZWNJ");

    // A custom normalizer from the fuzzer's bits, built once per flag set:
    // building one per run cost more than the normalizing.
    let key = flags & 0x1FFF;
    CUSTOM.with(|cache| {
        let mut cache = cache.borrow_mut();
        let n = cache.entry(key).or_insert_with(|| custom(key));
        check(n, text);
    });
});

thread_local! {
    static CUSTOM: RefCell<HashMap<u32, Normalizer>> = RefCell::new(HashMap::new());
}

/// The normalizer for the fuzzer's flag bits.
fn custom(flags: u32) -> Normalizer {
    let mut o = NormalizeOptions::search();
    let bit = |i: u32| flags & (1 << i) != 0;
    o.fold_alef = bit(0);
    o.fold_alef_maksura = bit(1);
    o.fold_teh_marbuta = bit(2);
    o.fold_hamza_seats = bit(3);
    o.fold_persian_letters = bit(4);
    o.remove_harakat = bit(5);
    o.digits_to_ascii = bit(6);
    o.arabic_punct_to_ascii = bit(7);
    o.case_fold = bit(8);
    o.collapse_spaces = bit(9);
    o.trim = bit(10);
    o.form = match flags >> 11 & 3 {
        0 => UnicodeForm::None,
        1 => UnicodeForm::Nfc,
        _ => UnicodeForm::Nfkc,
    };
    Normalizer::with_options(o)
}
