//! The `dates` fuzz target's digit rewrite, shared with the crate's
//! regression tests (`tests/regressions.rs` loads this file by path), so a
//! saved artifact is checked against the very invariant that failed.

/// `line` with its ASCII digits written as Arabic-Indic digits.
pub fn to_arabic_indic(line: &str) -> String {
    line.chars()
        .map(|c| match c {
            '0'..='9' => char::from_u32(0x0660 + (c as u32 - '0' as u32)).unwrap_or(c),
            c => c,
        })
        .collect()
}
