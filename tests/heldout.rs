//! Pages written after the parser's rules were tuned, in layouts of
//! LAYOUTS.md that no fixture used, each with an expected subset of its
//! JSON (`NAME.expected.json`, the shape of the shared seeds'): the
//! parser's output must contain it, or, for `{"error": ...}`, the page
//! must be rejected. They were scored before any fix (see
//! the CHANGELOG) and are kept as regression tests.

use std::fs;
use std::path::Path;

use serde_json::Value;

/// Does `actual` contain `expected`, as `../shared/tools/expect-json`
/// defines it: every expected key present and matching; arrays of the same
/// length matching element by element; scalars equal.
fn contains(expected: &Value, actual: &Value, path: &str, out: &mut Vec<String>) {
    match (expected, actual) {
        (Value::Object(e), Value::Object(a)) => {
            for (k, v) in e {
                match a.get(k) {
                    Some(av) => contains(v, av, &format!("{path}.{k}"), out),
                    None => out.push(format!("{path}.{k}: missing")),
                }
            }
        }
        (Value::Array(e), Value::Array(a)) => {
            if e.len() != a.len() {
                out.push(format!(
                    "{path}: expected {} items, got {}",
                    e.len(),
                    a.len()
                ));
            }
            for (i, (ev, av)) in e.iter().zip(a).enumerate() {
                contains(ev, av, &format!("{path}[{i}]"), out);
            }
        }
        (e, a) if e == a => {}
        (e, a) => out.push(format!("{path}: expected {e}, got {a}")),
    }
}

#[test]
fn held_out_pages_match_their_expected_subsets() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/heldout");
    let mut pages: Vec<_> = fs::read_dir(&dir)
        .expect("tests/heldout exists")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    pages.sort();
    assert!(pages.len() >= 8, "expected at least 8 held-out pages");
    let mut failures = Vec::new();
    for page in &pages {
        let text = fs::read_to_string(page).expect("page is UTF-8");
        let expected: Value = serde_json::from_str(
            &fs::read_to_string(page.with_extension("expected.json")).expect("expected JSON"),
        )
        .expect("expected JSON parses");
        // `{"error": "..."}`: the page must be rejected (a listing page).
        if let Some(err) = expected.get("error") {
            if let Ok(a) = newsparse::parse(&text) {
                failures.push(format!(
                    "{}: expected an error ({err}), got an article titled {:?}",
                    page.display(),
                    a.title
                ));
            }
            continue;
        }
        let article = newsparse::parse(&text).expect("page parses");
        let actual = serde_json::to_value(&article).expect("serializes");
        let mut out = Vec::new();
        contains(&expected, &actual, "", &mut out);
        for line in out {
            failures.push(format!("{}: {line}", page.display()));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
