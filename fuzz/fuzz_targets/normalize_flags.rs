//! The normalize fuzz target's custom flag set, shared with the crate's
//! regression tests (`tests/regressions.rs` loads this file by path), so a
//! saved fuzz artifact replays with exactly the options that failed.

use newsparse::{NormalizeOptions, Normalizer, UnicodeForm};

/// The normalizer for the fuzzer's flag bits: bits 0-10 switch one option
/// each, bits 11-12 pick the Unicode form. Higher bits are ignored.
pub fn custom(flags: u32) -> Normalizer {
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

/// The bits [`custom`] reads.
pub const MASK: u32 = 0x1FFF;
