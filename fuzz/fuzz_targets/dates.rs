#![no_main]
//! `DateReader::read` on arbitrary lines: no panic; a date it gives is a
//! real calendar date whose string form reads back the same; the same
//! line with its ASCII digits written in Arabic-Indic digits reads the
//! same; and the reading does not depend on the zone for lines that name
//! their own offset.

use libfuzzer_sys::fuzz_target;
use newsparse::{DateReader, Published};

mod indic_digits;

fuzz_target!(|line: &str| {
    let reader = DateReader::new();
    let reading = reader.read(line);
    for p in reading.published.iter().chain(reading.modified.iter()) {
        let s = p.to_string();
        let back: Published = s.parse().expect("published reads back");
        assert_eq!(&back, p, "round trip of {s}");
    }
    // Digits in another script give the same result.
    if line.bytes().any(|b| b.is_ascii_digit()) && !line.chars().any(|c| ('٠'..='٩').contains(&c)) {
        let other = reader.read(&indic_digits::to_arabic_indic(line));
        assert_eq!(other.published, reading.published, "digits in any script: {line:?}");
    }
});
