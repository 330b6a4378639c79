#![no_main]
//! `parse_bytes` on arbitrary bytes: no panic; invalid UTF-8 is reported at
//! the offset `std::str::from_utf8` gives; valid input agrees with `parse`.

use libfuzzer_sys::fuzz_target;

mod invariants;

fuzz_target!(|bytes: &[u8]| {
    let result = newsparse::parse_bytes(bytes);
    match std::str::from_utf8(bytes) {
        Err(e) => assert_eq!(
            result,
            Err(newsparse::ParseError::InvalidUtf8 { offset: e.valid_up_to() })
        ),
        Ok(text) => {
            assert_eq!(result, newsparse::parse(text));
            if let Ok(article) = result {
                invariants::check(text, &article);
            }
        }
    }
});
