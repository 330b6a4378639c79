//! Golden tests: every `tests/fixtures/**/NAME.txt` is parsed and its JSON
//! compared with `NAME.json` beside it. A fixture whose output changes on
//! purpose is re-blessed with `BLESS=1 cargo test --test golden` and the
//! diff reviewed. A fixture that must fail to parse has `NAME.error`
//! holding the error message instead.

use std::fs;
use std::path::{Path, PathBuf};

fn fixtures(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in fs::read_dir(dir).expect("fixture folder is readable") {
        let path = entry.expect("fixture entry").path();
        if path.is_dir() {
            fixtures(&path, out);
        } else if path.extension().is_some_and(|e| e == "txt") {
            out.push(path);
        }
    }
}

#[test]
fn fixtures_match_their_golden_json() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let mut inputs = Vec::new();
    fixtures(&root, &mut inputs);
    inputs.sort();
    assert!(
        inputs.len() >= 8,
        "expected at least 8 fixtures under {}, found {}",
        root.display(),
        inputs.len()
    );
    let bless = std::env::var_os("BLESS").is_some();
    let mut failures = Vec::new();
    for input in &inputs {
        let bytes = fs::read(input).expect("fixture is readable");
        let json_path = input.with_extension("json");
        let err_path = input.with_extension("error");
        let (actual, golden) = match newsparse::parse_bytes(&bytes) {
            Ok(article) => {
                let mut json = serde_json::to_string_pretty(&article).expect("serializable");
                json.push('\n');
                // The JSON must read back into the same article.
                let back: newsparse::Article<'_> =
                    serde_json::from_str(&json).expect("golden JSON deserializes");
                assert_eq!(back, article, "{}: JSON round trip", input.display());
                (json, json_path)
            }
            Err(e) => (format!("{e}\n"), err_path),
        };
        if bless {
            fs::write(&golden, &actual).expect("golden is writable");
            continue;
        }
        match fs::read_to_string(&golden) {
            Ok(expected) if expected == actual => {}
            Ok(expected) => failures.push(format!(
                "{}: output differs from {}\n--- expected\n{expected}\n--- actual\n{actual}",
                input.display(),
                golden.display()
            )),
            Err(_) => failures.push(format!(
                "{}: no golden {} (run with BLESS=1 and review)\n--- actual\n{actual}",
                input.display(),
                golden.display()
            )),
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} fixtures failed:\n\n{}",
        failures.len(),
        inputs.len(),
        failures.join("\n\n")
    );
}
