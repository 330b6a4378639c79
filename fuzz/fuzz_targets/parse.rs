#![no_main]
//! `parse` on arbitrary strings: no panic, and the invariants hold.

use libfuzzer_sys::fuzz_target;

mod invariants;

fuzz_target!(|text: &str| {
    if let Ok(article) = newsparse::parse(text) {
        invariants::check(text, &article);
    }
});
