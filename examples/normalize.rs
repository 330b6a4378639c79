//! Normalizes a file (or standard input) line by line.
//!
//! ```text
//! cargo run --example normalize -- --profile search|display [--fold-hamza-seats]
//!     [--fold-persian-letters] [FILE]
//! ```
//!
//! Invalid UTF-8 is replaced with U+FFFD; line endings (`\n`, `\r\n`) are
//! written back as `\n`.

use std::io::{self, BufRead, BufReader, BufWriter, Write};
use std::process::ExitCode;

use newsparse::{NormalizeOptions, Normalizer, Profile};

const USAGE: &str = "usage: normalize --profile search|display [--fold-hamza-seats] [--fold-persian-letters] [FILE]";

fn main() -> ExitCode {
    let mut profile = None;
    let mut file = None;
    let mut hamza = false;
    let mut persian = false;
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--profile" | "-p" => {
                profile = match args.next().as_deref() {
                    Some("search") => Some(Profile::Search),
                    Some("display") => Some(Profile::Display),
                    other => {
                        eprintln!("unknown profile {other:?}\n{USAGE}");
                        return ExitCode::from(2);
                    }
                }
            }
            "--fold-hamza-seats" => hamza = true,
            "--fold-persian-letters" => persian = true,
            "-h" | "--help" => {
                println!("{USAGE}");
                return ExitCode::SUCCESS;
            }
            _ if file.is_none() && !a.starts_with('-') => file = Some(a),
            _ => {
                eprintln!("unexpected argument {a:?}\n{USAGE}");
                return ExitCode::from(2);
            }
        }
    }
    let Some(profile) = profile else {
        eprintln!("{USAGE}");
        return ExitCode::from(2);
    };
    let mut opts: NormalizeOptions = profile.options();
    opts.fold_hamza_seats |= hamza;
    opts.fold_persian_letters |= persian;
    let normalizer = Normalizer::with_options(opts);

    let input: Box<dyn BufRead> = match &file {
        Some(path) => match std::fs::File::open(path) {
            Ok(f) => Box::new(BufReader::new(f)),
            Err(e) => {
                eprintln!("cannot open {path}: {e}");
                return ExitCode::FAILURE;
            }
        },
        None => Box::new(io::stdin().lock()),
    };
    match run(&normalizer, input) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}

fn run(normalizer: &Normalizer, mut input: Box<dyn BufRead>) -> io::Result<()> {
    let mut out = BufWriter::new(io::stdout().lock());
    let mut buf = Vec::new();
    loop {
        buf.clear();
        if input.read_until(b'\n', &mut buf)? == 0 {
            break;
        }
        let line = buf.strip_suffix(b"\n").unwrap_or(&buf);
        let line = line.strip_suffix(b"\r").unwrap_or(line);
        let text = String::from_utf8_lossy(line);
        writeln!(out, "{}", normalizer.normalize(&text))?;
    }
    out.flush()
}
