//! Parse many documents in parallel and write JSON Lines in input order.
//!
//! ```text
//! cargo run --release --example batch -- DIR            # every *.txt below DIR
//! cargo run --release --example batch -- docs.jsonl     # {"id": ..., "text": ...} per line
//! cargo run --release --example batch -- crawl.warc.wet.gz   # WARC/WET (gzip or plain)
//! options: --threads N (default: all cores), -o FILE (default: stdout)
//! ```
//!
//! Each output line is `{"id": ..., "article": {...}}`. A record that
//! cannot be read or parsed is reported on stderr and skipped; it never
//! stops the run. A progress line is drawn on stderr when it is a terminal,
//! and a summary (documents, articles, errors by kind, MB/s) ends the run.

use std::collections::BTreeMap;
use std::fs;
use std::io::{self, BufRead, BufWriter, IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Instant;

use serde::Deserialize;

/// Documents handed to the workers at a time: large enough to keep every
/// core busy, small enough to bound memory on a huge WET file.
const CHUNK: usize = 2048;

/// Documents a worker takes from the chunk at a time.
const GRAIN: usize = 8;

/// One input document.
struct Doc {
    /// The record's id, or where it stands (`line 12`) until a JSON
    /// Lines record is decoded.
    id: String,
    bytes: Vec<u8>,
    /// `bytes` is a JSON Lines record (`{"id", "text"}`), decoded by the
    /// worker so that the reading thread only splits lines.
    jsonl: bool,
}

#[derive(Deserialize)]
struct JsonlRecord {
    id: serde_json::Value,
    text: String,
}

#[derive(Default)]
struct Summary {
    documents: usize,
    articles: usize,
    bytes: usize,
    seconds: f64,
    errors: BTreeMap<String, usize>,
}

impl Summary {
    fn error(&mut self, kind: &str, id: &str, message: &dyn std::fmt::Display) {
        eprintln!("{id}: {message}");
        *self.errors.entry(kind.to_owned()).or_default() += 1;
    }
}

fn main() -> ExitCode {
    let mut args = std::env::args().skip(1);
    let mut input = None;
    let mut output: Option<PathBuf> = None;
    let mut threads = std::thread::available_parallelism().map_or(1, |n| n.get());
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--threads" => match args.next().and_then(|n| n.parse().ok()) {
                Some(n) if n > 0 => threads = n,
                _ => return usage("--threads takes a positive number"),
            },
            "-o" => match args.next() {
                Some(path) => output = Some(path.into()),
                None => return usage("-o takes a file name"),
            },
            "-h" | "--help" => return usage(""),
            _ if input.is_none() => input = Some(PathBuf::from(arg)),
            _ => return usage("one input at a time"),
        }
    }
    let Some(input) = input else {
        return usage("no input given");
    };
    let out: Box<dyn Write> = match &output {
        Some(path) => match fs::File::create(path) {
            Ok(f) => Box::new(f),
            Err(e) => {
                eprintln!("{}: {e}", path.display());
                return ExitCode::FAILURE;
            }
        },
        None => Box::new(io::stdout().lock()),
    };
    let mut out = BufWriter::new(out);
    match run(&input, threads, &mut out) {
        Ok(summary) => {
            if let Err(e) = out.flush() {
                eprintln!("output: {e}");
                return ExitCode::FAILURE;
            }
            report(&summary);
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("{}: {e}", input.display());
            ExitCode::FAILURE
        }
    }
}

fn usage(problem: &str) -> ExitCode {
    if !problem.is_empty() {
        eprintln!("batch: {problem}");
    }
    eprintln!("usage: batch [--threads N] [-o FILE] DIR|FILE.jsonl|FILE.warc[.gz]|FILE.wet[.gz]");
    if problem.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(2)
    }
}

fn run(input: &Path, threads: usize, out: &mut impl Write) -> io::Result<Summary> {
    let mut summary = Summary::default();
    let start = Instant::now();
    let progress = io::stderr().is_terminal();
    let mut chunk = Vec::with_capacity(CHUNK);
    let mut flush = |chunk: &mut Vec<Doc>, summary: &mut Summary| -> io::Result<()> {
        process(chunk, threads, out, summary)?;
        chunk.clear();
        if progress {
            let secs = start.elapsed().as_secs_f64().max(1e-9);
            eprint!(
                "\r{} documents, {} articles, {:.1} MB/s   ",
                summary.documents,
                summary.articles,
                summary.bytes as f64 / 1e6 / secs
            );
        }
        Ok(())
    };
    let mut push = |doc: Doc, chunk: &mut Vec<Doc>, summary: &mut Summary| -> io::Result<()> {
        chunk.push(doc);
        if chunk.len() == CHUNK {
            flush(chunk, summary)?;
        }
        Ok(())
    };

    let name = input
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or_default();
    if input.is_dir() {
        let mut files = Vec::new();
        walk(input, &mut files)?;
        files.sort();
        for path in files {
            let id = path.display().to_string();
            match fs::read(&path) {
                Ok(bytes) => push(
                    Doc {
                        id,
                        bytes,
                        jsonl: false,
                    },
                    &mut chunk,
                    &mut summary,
                )?,
                Err(e) => summary.error("read", &id, &e),
            }
        }
    } else if name.ends_with(".jsonl") || name.ends_with(".ndjson") {
        let reader = io::BufReader::new(fs::File::open(input)?);
        for (n, line) in reader.lines().enumerate() {
            let id = format!("line {}", n + 1);
            let line = match line {
                Ok(line) => line,
                Err(e) => {
                    summary.error("read", &id, &e);
                    continue;
                }
            };
            if line.trim().is_empty() {
                continue;
            }
            push(
                Doc {
                    id,
                    bytes: line.into_bytes(),
                    jsonl: true,
                },
                &mut chunk,
                &mut summary,
            )?;
        }
    } else if name.contains(".warc") || name.contains(".wet") {
        let records: Box<dyn Iterator<Item = _>> = if name.ends_with(".gz") {
            Box::new(warc::WarcReader::from_path_gzip(input)?.iter_records())
        } else {
            // Not `WarcReader::from_path`: warc 0.4 opens the file with
            // `create(true)` and no write access, which fails on every
            // file (jedireza/warc#47).
            let file = io::BufReader::with_capacity(1 << 20, fs::File::open(input)?);
            Box::new(warc::WarcReader::new(file).iter_records())
        };
        for (n, record) in records.enumerate() {
            let record = match record {
                Ok(r) => r,
                Err(e) => {
                    summary.error("bad_record", &format!("record {}", n + 1), &e);
                    continue;
                }
            };
            // WET text lives in `conversion` records; WARC `resource`
            // records may carry plain text too. Request and metadata
            // records are not documents.
            let kind = record.warc_type().to_string();
            if kind != "conversion" && kind != "resource" {
                continue;
            }
            let id = record
                .header(warc::WarcHeader::TargetURI)
                .map(|u| u.into_owned())
                .unwrap_or_else(|| record.warc_id().to_owned());
            push(
                Doc {
                    id,
                    bytes: record.body().to_vec(),
                    jsonl: false,
                },
                &mut chunk,
                &mut summary,
            )?;
        }
    } else {
        return Err(io::Error::new(
            io::ErrorKind::InvalidInput,
            "not a folder, .jsonl, .warc or .wet file",
        ));
    }
    flush(&mut chunk, &mut summary)?;
    if progress {
        eprintln!();
    }
    summary.seconds = start.elapsed().as_secs_f64();
    Ok(summary)
}

fn walk(dir: &Path, out: &mut Vec<PathBuf>) -> io::Result<()> {
    for entry in fs::read_dir(dir)? {
        let path = entry?.path();
        if path.is_dir() {
            walk(&path, out)?;
        } else if path.extension().is_some_and(|e| e == "txt") {
            out.push(path);
        }
    }
    Ok(())
}

/// The result of one document: a JSON line, or an error kind and message.
type Outcome = Result<String, (String, String)>;

/// Parses a chunk on `threads` workers and writes the results in order.
fn process(
    chunk: &[Doc],
    threads: usize,
    out: &mut impl Write,
    summary: &mut Summary,
) -> io::Result<()> {
    if chunk.is_empty() {
        return Ok(());
    }
    // Workers take documents a few at a time from a shared counter, so a
    // worker that drew long pages does not hold the others up; results
    // go back to their input position.
    let next = AtomicUsize::new(0);
    let parts: Vec<Vec<(usize, Outcome)>> = std::thread::scope(|s| {
        let handles: Vec<_> = (0..threads)
            .map(|_| {
                s.spawn(|| {
                    let mut done = Vec::new();
                    loop {
                        let start = next.fetch_add(GRAIN, Ordering::Relaxed);
                        if start >= chunk.len() {
                            break done;
                        }
                        let end = (start + GRAIN).min(chunk.len());
                        done.extend((start..end).map(|i| (i, parse_one(&chunk[i]))));
                    }
                })
            })
            .collect();
        handles
            .into_iter()
            .map(|h| h.join().expect("a worker panicked"))
            .collect()
    });
    let mut results: Vec<Option<Outcome>> = (0..chunk.len()).map(|_| None).collect();
    for (i, outcome) in parts.into_iter().flatten() {
        results[i] = Some(outcome);
    }
    for (doc, outcome) in chunk.iter().zip(results) {
        let outcome = outcome.expect("every document was parsed");
        summary.documents += 1;
        summary.bytes += doc.bytes.len();
        match outcome {
            Ok(line) => {
                summary.articles += 1;
                out.write_all(line.as_bytes())?;
                out.write_all(b"\n")?;
            }
            Err((kind, message)) => summary.error(&kind, &doc.id, &message),
        }
    }
    Ok(())
}

fn parse_one(doc: &Doc) -> Outcome {
    #[derive(serde::Serialize)]
    struct Line<'a> {
        id: &'a str,
        article: newsparse::Article<'a>,
    }
    let (id, text);
    let (id, bytes): (&str, &[u8]) = if doc.jsonl {
        let rec: JsonlRecord = serde_json::from_slice(&doc.bytes)
            .map_err(|e| ("bad_record".to_owned(), e.to_string()))?;
        id = match rec.id {
            serde_json::Value::String(s) => s,
            other => other.to_string(),
        };
        text = rec.text;
        (&id, text.as_bytes())
    } else {
        (&doc.id, &doc.bytes)
    };
    match newsparse::parse_bytes(bytes) {
        Ok(article) => serde_json::to_string(&Line { id, article })
            .map_err(|e| ("serialize".to_owned(), e.to_string())),
        Err(e) if doc.jsonl => Err((e.kind().to_owned(), format!("id {id}: {e}"))),
        Err(e) => Err((e.kind().to_owned(), e.to_string())),
    }
}

fn report(s: &Summary) {
    let secs = s.seconds.max(1e-9);
    eprintln!(
        "documents: {}, articles: {}, errors: {}, input: {:.1} MB in {:.2} s ({:.1} MB/s, {:.0} docs/s)",
        s.documents,
        s.articles,
        s.errors.values().sum::<usize>(),
        s.bytes as f64 / 1e6,
        s.seconds,
        s.bytes as f64 / 1e6 / secs,
        s.documents as f64 / secs
    );
    for (kind, n) in &s.errors {
        eprintln!("  {kind}: {n}");
    }
}
