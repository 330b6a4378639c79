//! Per-field accuracy of the parser over a folder of `NAME.txt` +
//! `NAME.expected.json` pairs.
//!
//! ```text
//! cargo run --example evaluate -- tests/fixtures/layouts ../shared/seeds
//! ```
//!
//! An expected file is a subset of the article's JSON (as in the shared
//! seeds): `title`, `published`, `source.id`, `language`, `paragraphs`
//! (`[{line, ...}]`); a field it leaves out is not scored. `{"error": "..."}`
//! expects the page to be rejected. Paragraphs are scored by line number:
//! precision (paragraph lines returned that were expected) and recall
//! (expected lines returned). Mismatches are listed after the table.

use std::collections::BTreeSet;
use std::process::ExitCode;

use serde_json::Value;

#[derive(Default)]
struct Score {
    right: usize,
    total: usize,
}

impl Score {
    fn add(&mut self, ok: bool) {
        self.total += 1;
        self.right += usize::from(ok);
    }
    fn show(&self) -> String {
        if self.total == 0 {
            return "-".into();
        }
        format!(
            "{}/{} ({:.1}%)",
            self.right,
            self.total,
            100.0 * self.right as f64 / self.total as f64
        )
    }
}

fn main() -> ExitCode {
    let dirs: Vec<String> = std::env::args().skip(1).collect();
    if dirs.is_empty() {
        eprintln!("usage: evaluate DIR...");
        return ExitCode::from(2);
    }
    let (mut title, mut published, mut source, mut language, mut errors) = Default::default();
    let (mut tp, mut returned, mut expected_lines) = (0usize, 0usize, 0usize);
    let mut pages = 0;
    let mut misses = Vec::new();
    for dir in &dirs {
        let mut names: Vec<_> = match std::fs::read_dir(dir) {
            Ok(rd) => rd
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.extension().is_some_and(|e| e == "txt"))
                .collect(),
            Err(e) => {
                eprintln!("{dir}: {e}");
                return ExitCode::FAILURE;
            }
        };
        names.sort();
        for txt in names {
            let exp_path = txt.with_extension("expected.json");
            let Ok(exp) = std::fs::read_to_string(&exp_path) else {
                continue;
            };
            let exp: Value = match serde_json::from_str(&exp) {
                Ok(v) => v,
                Err(e) => {
                    eprintln!("{}: {e}", exp_path.display());
                    return ExitCode::FAILURE;
                }
            };
            pages += 1;
            let name = txt
                .file_stem()
                .unwrap_or_default()
                .to_string_lossy()
                .into_owned();
            let bytes = std::fs::read(&txt).unwrap_or_default();
            score_page(
                &name,
                &bytes,
                &exp,
                &mut Scores {
                    title: &mut title,
                    published: &mut published,
                    source: &mut source,
                    language: &mut language,
                    errors: &mut errors,
                    tp: &mut tp,
                    returned: &mut returned,
                    expected: &mut expected_lines,
                    misses: &mut misses,
                },
            );
        }
    }
    let pct = |a: usize, b: usize| {
        if b == 0 {
            "-".to_owned()
        } else {
            format!("{a}/{b} ({:.1}%)", 100.0 * a as f64 / b as f64)
        }
    };
    println!("pages: {pages}  (folders: {})", dirs.join(", "));
    println!("{:<22} {}", "title", title.show());
    println!("{:<22} {}", "published", published.show());
    println!("{:<22} {}", "source", source.show());
    println!("{:<22} {}", "language", language.show());
    println!("{:<22} {}", "rejected as expected", errors.show());
    println!("{:<22} {}", "paragraph precision", pct(tp, returned));
    println!("{:<22} {}", "paragraph recall", pct(tp, expected_lines));
    if !misses.is_empty() {
        println!("\nmismatches:");
        for m in &misses {
            println!("  {m}");
        }
    }
    ExitCode::SUCCESS
}

struct Scores<'s> {
    title: &'s mut Score,
    published: &'s mut Score,
    source: &'s mut Score,
    language: &'s mut Score,
    errors: &'s mut Score,
    tp: &'s mut usize,
    returned: &'s mut usize,
    expected: &'s mut usize,
    misses: &'s mut Vec<String>,
}

fn score_page(name: &str, bytes: &[u8], exp: &Value, s: &mut Scores<'_>) {
    let result = newsparse::parse_bytes(bytes);
    if let Some(err) = exp.get("error") {
        let ok = result.is_err();
        s.errors.add(ok);
        if !ok {
            s.misses
                .push(format!("{name}: expected an error ({err}), got an article"));
        }
        return;
    }
    let article = match result {
        Ok(a) => serde_json::to_value(&a).unwrap_or(Value::Null),
        Err(e) => {
            s.misses.push(format!("{name}: unexpected error: {e}"));
            Value::Null
        }
    };
    let mut field = |key: &str, score: &mut Score, pick: &dyn Fn(&Value) -> Value| {
        if let Some(want) = exp.get(key) {
            let got = article.get(key).map(pick).unwrap_or(Value::Null);
            let want = pick(want);
            let ok = got == want;
            score.add(ok);
            if !ok {
                s.misses
                    .push(format!("{name}: {key}: expected {want}, got {got}"));
            }
        }
    };
    let same = |v: &Value| v.clone();
    let id = |v: &Value| v.get("id").cloned().unwrap_or(Value::Null);
    field("title", s.title, &same);
    field("published", s.published, &same);
    field("source", s.source, &id);
    field("language", s.language, &same);
    if let Some(want) = exp.get("paragraphs").and_then(Value::as_array) {
        let lines = |v: &[Value]| -> BTreeSet<u64> {
            v.iter().filter_map(|p| p.get("line")?.as_u64()).collect()
        };
        let want = lines(want);
        let got = article
            .get("paragraphs")
            .and_then(Value::as_array)
            .map(|v| lines(v))
            .unwrap_or_default();
        let hit = want.intersection(&got).count();
        *s.tp += hit;
        *s.returned += got.len();
        *s.expected += want.len();
        if hit != want.len() || hit != got.len() {
            let missing: Vec<_> = want.difference(&got).collect();
            let extra: Vec<_> = got.difference(&want).collect();
            s.misses.push(format!(
                "{name}: paragraphs: missing lines {missing:?}, extra lines {extra:?}"
            ));
        }
    }
}
