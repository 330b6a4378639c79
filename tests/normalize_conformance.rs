//! Unicode conformance: the NFC and NFKC parts of the normalizer agree with
//! `NormalizationTest.txt` (Unicode 15.0, from Debian's `unicode-data`
//! package; regenerate with `scripts/gen_normalization_test.py`). The file
//! is in the repository: nothing is downloaded at test time.
//!
//! For each line `c1;c2;c3;c4;c5` the standard requires
//! `c2 == NFC(c1) == NFC(c2) == NFC(c3)`, `c4 == NFC(c4) == NFC(c5)` and
//! `c4 == NFKC(c1..=c5)`. The normalizers here have only `form` set, so the
//! fast paths (stable-block tables, quick checks, Cow) are what is tested.

use std::borrow::Cow;

use newsparse::normalize::UnicodeForm;
use newsparse::{NormalizeOptions, Normalizer};

fn normalizer(form: UnicodeForm) -> Normalizer {
    let mut o = NormalizeOptions::none();
    o.form = form;
    Normalizer::with_options(o)
}

fn parse_col(col: &str) -> String {
    col.split_whitespace()
        .map(|h| char::from_u32(u32::from_str_radix(h, 16).unwrap()).unwrap())
        .collect()
}

#[test]
fn normalization_test_txt() {
    let data = include_str!("data/NormalizationTest.txt");
    let nfc = normalizer(UnicodeForm::Nfc);
    let nfkc = normalizer(UnicodeForm::Nfkc);
    let mut part = "";
    let mut lines = 0;
    let mut failures = Vec::new();
    for line in data.lines() {
        if line.starts_with('#') || line.is_empty() {
            continue;
        }
        if line.starts_with('@') {
            part = line;
            continue;
        }
        let cols: Vec<String> = line.split(';').map(parse_col).collect();
        assert_eq!(cols.len(), 5, "{line}");
        lines += 1;
        let mut check = |n: &Normalizer, what: &str, i: usize, want: usize| {
            let got = n.normalize(&cols[i]);
            if got != cols[want] {
                failures.push(format!("{part} {line}: {what}(c{}) = {:?}", i + 1, got));
            }
            if matches!(got, Cow::Borrowed(_)) != (cols[i] == cols[want]) {
                failures.push(format!(
                    "{part} {line}: {what}(c{}) Borrowed mismatch",
                    i + 1
                ));
            }
        };
        for i in 0..3 {
            check(&nfc, "NFC", i, 1);
        }
        for i in 3..5 {
            check(&nfc, "NFC", i, 3);
        }
        for i in 0..5 {
            check(&nfkc, "NFKC", i, 3);
        }
    }
    assert!(lines > 18_000, "only {lines} data lines");
    assert!(
        failures.is_empty(),
        "{} failures, first ones:\n{}",
        failures.len(),
        failures[..failures.len().min(20)].join("\n")
    );
}

/// Part 1 of the file lists every code point with a non-trivial mapping;
/// every other code point must be left alone by both forms, and the fast
/// path must return it borrowed.
#[test]
fn unlisted_code_points_are_unchanged() {
    let data = include_str!("data/NormalizationTest.txt");
    let mut listed = std::collections::HashSet::new();
    let mut in_part1 = false;
    for line in data.lines() {
        if line.starts_with('@') {
            in_part1 = line == "@Part1";
            continue;
        }
        if in_part1 {
            let c1 = line.split(';').next().unwrap();
            listed.insert(u32::from_str_radix(c1.trim(), 16).unwrap());
        }
    }
    assert!(listed.len() > 10_000);
    let nfc = normalizer(UnicodeForm::Nfc);
    let nfkc = normalizer(UnicodeForm::Nfkc);
    // Code points assigned after Unicode 15.0 may have mappings the 15.0
    // file does not list: only check those `unicode-normalization` also
    // leaves alone or that were assigned by 15.0 (the data's version).
    for cp in (0..=0x10FFFFu32).filter(|cp| !listed.contains(cp)) {
        let Some(c) = char::from_u32(cp) else {
            continue;
        };
        let s = c.to_string();
        for (name, n) in [("NFC", &nfc), ("NFKC", &nfkc)] {
            let got = n.normalize(&s);
            if !matches!(got, Cow::Borrowed(_)) {
                let reference: String = match name {
                    "NFC" => unicode_normalization::UnicodeNormalization::nfc(s.chars()).collect(),
                    _ => unicode_normalization::UnicodeNormalization::nfkc(s.chars()).collect(),
                };
                // Only allowed for characters new since 15.0, and then it
                // must still match the reference implementation.
                assert_eq!(got, reference, "{name} U+{cp:04X}");
                assert_ne!(
                    reference, s,
                    "{name} U+{cp:04X} changed but not by the reference"
                );
            }
        }
    }
}
