#![no_main]
//! `Normalizer::normalize` for both profiles and a fuzzer-chosen custom
//! flag set: idempotent, `Borrowed` exactly when unchanged, output in the
//! Unicode form the profile promises, ZWNJ never lost by Display.

use std::borrow::Cow;
use std::cell::RefCell;
use std::collections::HashMap;
use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;

mod normalize_flags;
use normalize_flags::{custom, MASK};
use newsparse::{Normalizer, Profile, UnicodeForm};
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
    let key = flags & MASK;
    CUSTOM.with(|cache| {
        let mut cache = cache.borrow_mut();
        let n = cache.entry(key).or_insert_with(|| custom(key));
        check(n, text);
    });
});

thread_local! {
    static CUSTOM: RefCell<HashMap<u32, Normalizer>> = RefCell::new(HashMap::new());
}
