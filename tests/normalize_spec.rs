//! Runs the normalization spec cases in `tests/normalize/*.txt`
//! (format described in `tests/normalize/README.md`).

use std::borrow::Cow;
use std::path::Path;

use newsparse::normalize::{TatweelMode, UnicodeForm};
use newsparse::{NormalizeOptions, Normalizer};

struct Case {
    file: String,
    line: usize,
    title: String,
    options: NormalizeOptions,
    input: String,
    expected: String,
}

fn unescape(s: &str, file: &str, line: usize) -> String {
    let mut out = String::new();
    let mut it = s.chars().peekable();
    while let Some(c) = it.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match it.next() {
            Some('s') => out.push(' '),
            Some('n') => out.push('\n'),
            Some('r') => out.push('\r'),
            Some('t') => out.push('\t'),
            Some('\\') => out.push('\\'),
            Some('u') => {
                assert_eq!(it.next(), Some('{'), "{file}:{line}: bad \\u escape");
                let hex: String = it.by_ref().take_while(|&c| c != '}').collect();
                let cp = u32::from_str_radix(&hex, 16)
                    .unwrap_or_else(|_| panic!("{file}:{line}: bad hex {hex:?}"));
                out.push(
                    char::from_u32(cp).unwrap_or_else(|| panic!("{file}:{line}: bad code point")),
                );
            }
            other => panic!("{file}:{line}: unknown escape \\{other:?}"),
        }
    }
    out
}

fn set_flag(o: &mut NormalizeOptions, flag: &str, file: &str, line: usize) {
    if let Some(v) = flag.strip_prefix("form=") {
        o.form = match v {
            "none" => UnicodeForm::None,
            "nfc" => UnicodeForm::Nfc,
            "nfkc" => UnicodeForm::Nfkc,
            _ => panic!("{file}:{line}: unknown form {v}"),
        };
        return;
    }
    if let Some(v) = flag.strip_prefix("tatweel=") {
        o.tatweel = match v {
            "keep" => TatweelMode::Keep,
            "stretching" => TatweelMode::RemoveStretching,
            "all" => TatweelMode::RemoveAll,
            _ => panic!("{file}:{line}: unknown tatweel mode {v}"),
        };
        return;
    }
    let (on, name) = match flag.split_at(1) {
        ("+", n) => (true, n),
        ("-", n) => (false, n),
        _ => panic!("{file}:{line}: flag must start with + or -: {flag}"),
    };
    let field = match name {
        "remove_bidi_controls" => &mut o.remove_bidi_controls,
        "remove_zero_width" => &mut o.remove_zero_width,
        "spaces_to_ascii" => &mut o.spaces_to_ascii,
        "line_breaks_to_space" => &mut o.line_breaks_to_space,
        "collapse_spaces" => &mut o.collapse_spaces,
        "trim" => &mut o.trim,
        "fold_alef" => &mut o.fold_alef,
        "fold_alef_maksura" => &mut o.fold_alef_maksura,
        "fold_teh_marbuta" => &mut o.fold_teh_marbuta,
        "fold_hamza_seats" => &mut o.fold_hamza_seats,
        "fold_persian_letters" => &mut o.fold_persian_letters,
        "remove_harakat" => &mut o.remove_harakat,
        "remove_superscript_alef" => &mut o.remove_superscript_alef,
        "remove_quranic_marks" => &mut o.remove_quranic_marks,
        "digits_to_ascii" => &mut o.digits_to_ascii,
        "arabic_punct_to_ascii" => &mut o.arabic_punct_to_ascii,
        "fold_width" => &mut o.fold_width,
        "fold_dashes" => &mut o.fold_dashes,
        "fold_quotes" => &mut o.fold_quotes,
        "case_fold" => &mut o.case_fold,
        _ => panic!("{file}:{line}: unknown flag {name}"),
    };
    *field = on;
}

fn parse_file(path: &Path) -> Vec<Case> {
    let file = path.file_name().unwrap().to_string_lossy().into_owned();
    let text = std::fs::read_to_string(path).unwrap();
    let mut cases = Vec::new();
    let mut cur: Option<(usize, String, Option<NormalizeOptions>, Option<String>)> = None;
    for (idx, raw) in text.lines().enumerate() {
        let line = idx + 1;
        if let Some(title) = raw.strip_prefix("## ") {
            assert!(
                cur.is_none(),
                "{file}:{line}: previous case has no out: line"
            );
            cur = Some((line, title.to_owned(), None, None));
            continue;
        }
        if raw.trim().is_empty() || raw.starts_with('#') {
            continue;
        }
        let c = cur
            .as_mut()
            .unwrap_or_else(|| panic!("{file}:{line}: line outside a case: {raw:?}"));
        if let Some(p) = raw.strip_prefix("profile: ") {
            c.2 = Some(match p.trim() {
                "search" => NormalizeOptions::search(),
                "display" => NormalizeOptions::display(),
                "none" => NormalizeOptions::none(),
                other => panic!("{file}:{line}: unknown profile {other}"),
            });
        } else if let Some(f) = raw.strip_prefix("flags: ") {
            let o =
                c.2.as_mut()
                    .unwrap_or_else(|| panic!("{file}:{line}: flags before profile"));
            for flag in f.split_whitespace() {
                set_flag(o, flag, &file, line);
            }
        } else if let Some(i) = raw.strip_prefix("in: ") {
            c.3 = Some(unescape(i, &file, line));
        } else if let Some(e) = raw.strip_prefix("out: ") {
            let (start, title, options, input) = cur.take().unwrap();
            cases.push(Case {
                file: file.clone(),
                line: start,
                title,
                options: options.unwrap_or_else(|| panic!("{file}:{start}: case has no profile")),
                input: input.unwrap_or_else(|| panic!("{file}:{start}: case has no in: line")),
                expected: unescape(e, &file, line),
            });
        } else {
            panic!("{file}:{line}: unknown line {raw:?}");
        }
    }
    assert!(cur.is_none(), "{file}: last case has no out: line");
    cases
}

fn load_cases() -> Vec<Case> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/normalize");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()))
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    files.sort();
    assert!(!files.is_empty(), "no spec files in {}", dir.display());
    let mut all = Vec::new();
    for f in &files {
        let cases = parse_file(f);
        assert!(!cases.is_empty(), "{} holds no case", f.display());
        all.extend(cases);
    }
    all
}

#[test]
fn spec_cases() {
    let cases = load_cases();
    assert!(cases.len() >= 80, "only {} spec cases", cases.len());
    let mut failures = Vec::new();
    for c in &cases {
        let n = Normalizer::with_options(c.options);
        let got = n.normalize(&c.input);
        let at = format!("{}:{} ({})", c.file, c.line, c.title);
        if got != c.expected {
            failures.push(format!(
                "{at}\n   input: {:?}\n  wanted: {:?}\n     got: {:?}",
                c.input, c.expected, got
            ));
            continue;
        }
        let borrowed = matches!(got, Cow::Borrowed(_));
        if borrowed != (c.expected == c.input) {
            failures.push(format!(
                "{at}: Borrowed is {borrowed}, but output == input is {}",
                !borrowed
            ));
        }
        let again = n.normalize(&c.expected);
        if again != c.expected || !matches!(again, Cow::Borrowed(_)) {
            failures.push(format!(
                "{at}: not idempotent: {:?} -> {:?}",
                c.expected, again
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} cases failed:\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n")
    );
}

#[test]
fn languages_are_covered() {
    let cases = load_cases();
    for lang in [
        "arabic", "persian", "urdu", "chinese", "russian", "french", "english",
    ] {
        let n = cases
            .iter()
            .filter(|c| c.file == format!("{lang}.txt"))
            .count();
        assert!(n >= 5, "{lang}: only {n} cases");
    }
}
