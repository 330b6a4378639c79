//! Inputs that once broke an invariant, each kept as a named test.

use newsparse::{Normalizer, Profile};

/// The `normalize` fuzz target's flag decoding, the very file the target
/// uses: an artifact's first four bytes are the flags, the rest the text.
#[path = "../fuzz/fuzz_targets/normalize_flags.rs"]
mod normalize_flags;

/// The `dates` fuzz target's digit rewrite, the very file it uses.
#[path = "../fuzz/fuzz_targets/indic_digits.rs"]
mod indic_digits;

/// Found by the `Search(Display(x)) == Search(x)` property: a bidi mark
/// between a Greek ypogegrammeni and a combining grave blocked canonical
/// reordering, so the Search key depended on an invisible character.
#[test]
fn search_key_ignores_a_bidi_mark_inside_a_combining_sequence() {
    let search = Normalizer::new(Profile::Search);
    let display = Normalizer::new(Profile::Display);
    let with_mark = "ͺ\u{200E}\u{300}";
    assert_eq!(search.normalize(with_mark), search.normalize("ͺ\u{300}"));
    assert_eq!(
        search.normalize(with_mark),
        search.normalize(&display.normalize(with_mark))
    );
    assert_eq!(search.normalize(with_mark), "\u{300}ι");
}

/// Found by the same property: the double prime was folded to `"` before
/// NFKC but to `''` after it, so the key depended on the order.
#[test]
fn double_prime_folds_the_same_whatever_runs_first() {
    let search = Normalizer::new(Profile::Search);
    let display = Normalizer::new(Profile::Display);
    let text = "″豈";
    assert_eq!(
        search.normalize(text),
        search.normalize(&display.normalize(text))
    );
    assert_eq!(search.normalize("10″"), "10''");
}

/// Found by the `parse_bytes` fuzz target: a caption glued to a dateline
/// with a run of tabs between them. The split was right (caption, blank
/// gap, paragraph), but the invariant allowed only one space in the gap;
/// this pins the rule the fuzz target now checks.
#[test]
fn a_split_caption_line_rejoins_across_any_blank_gap() {
    let bytes = include_bytes!("regressions/caption-split-tab-gap.bin");
    let text = std::str::from_utf8(bytes).expect("the input is UTF-8");
    let article = newsparse::parse(text).expect("an article");
    let lines: Vec<&str> = text.split('\n').collect();
    let mut split = 0;
    for b in &article.boilerplate {
        if b.kind != newsparse::BoilerplateKind::Caption {
            continue;
        }
        let Some(p) = article.paragraphs.iter().find(|p| p.line == b.line) else {
            continue;
        };
        let line = lines[b.line - 1];
        let at = line.find(&*b.text).expect("caption on its line");
        let rest = &line[at + b.text.len()..];
        let gap = rest.find(&*p.text).expect("paragraph after its caption");
        assert!(rest[..gap].chars().all(char::is_whitespace));
        split += 1;
    }
    assert_eq!(split, 1, "the glued line is split once");
}

/// Found by the `parse` fuzz target: a CRI byline dated Hijri 1317 is 1899
/// in the Gregorian calendar, when Shanghai kept local mean time, UTC
/// +08:05:43. RFC 3339 has no seconds in an offset, so the article did not
/// survive a JSON round trip. Offsets are now kept to the minute.
#[test]
fn a_local_mean_time_offset_survives_the_json_round_trip() {
    let text = include_str!("regressions/hijri-1317-local-mean-time.txt");
    let article = newsparse::parse(text).expect("an article");
    let published = article.published.expect("a publication time");
    assert_eq!(published.to_string(), "1899-09-08T10:00:00+08:06");
    let json = serde_json::to_string(&article).expect("serializes");
    let back: newsparse::Article<'static> = serde_json::from_str(&json).expect("deserializes");
    assert_eq!(back, article);
}

/// Found by all three of the `parse`, `parse_bytes` and `dates` fuzz
/// targets within seconds of each other: the glued year-and-hour split
/// (`20252:17`) computed `10^(digits - 4)` for every digit run, and a run
/// of 14 or more digits overflowed it to zero and divided by it. The power
/// is now taken only for the five- and six-digit runs the split reads.
#[test]
fn a_long_digit_run_does_not_divide_by_zero() {
    let reader = newsparse::DateReader::new();
    for name in [
        "long-digit-run-date-line.txt",
        "long-digit-run-footer.txt",
        "long-digit-run-menu.txt",
    ] {
        let bytes = std::fs::read(format!(
            "{}/tests/regressions/{name}",
            env!("CARGO_MANIFEST_DIR")
        ))
        .expect("regression input");
        let text = String::from_utf8_lossy(&bytes);
        let _ = newsparse::parse(&text);
        let _ = newsparse::parse_bytes(&bytes);
        for line in text.lines() {
            let _ = reader.read(line);
        }
    }
    // The shapes themselves: long runs with and without a colon after.
    let run = "7".repeat(73);
    assert!(reader.read(&run).published.is_none());
    assert!(reader.read(&format!("{run}:15")).published.is_none());
    assert_eq!(
        reader
            .read("March 4, 20252:17 PM")
            .published
            .map(|p| p.to_string())
            .as_deref(),
        Some("2025-03-04T14:17:00")
    );
}

/// Found by the `parse_bytes` fuzz target: a Guardian-like page whose
/// title was chosen inside a `skip past ...` / `after ...` box. The box
/// rule turned every line between the two into furniture, the title line
/// too, so line 18 was both the title and a newsletter line. Only body and
/// furniture lines join a box now.
#[test]
fn a_title_inside_a_skip_box_is_placed_once() {
    let bytes = std::fs::read(format!(
        "{}/tests/regressions/title-inside-skip-box.txt",
        env!("CARGO_MANIFEST_DIR")
    ))
    .expect("regression input");
    let text = String::from_utf8_lossy(&bytes);
    let article = newsparse::parse(&text).expect("an article");
    // No caption is split from a paragraph here, so every placement is a
    // line of its own: as many placements as distinct accounted lines.
    let placements = usize::from(article.title_line.is_some())
        + usize::from(article.byline.is_some())
        + article.share.as_ref().map_or(0, |s| s.lines.len())
        + article.paragraphs.len()
        + article.boilerplate.len();
    assert_eq!(
        placements,
        article.accounted_lines().len(),
        "a line placed twice"
    );
}

/// Asserts the fuzz target's invariants for every normalizer it builds.
fn check_normalize_artifact(bytes: &[u8]) {
    let flags = u32::from_le_bytes(bytes[..4].try_into().unwrap());
    let text = String::from_utf8_lossy(&bytes[4..]);
    for n in [
        Normalizer::new(Profile::Display),
        Normalizer::new(Profile::Search),
        normalize_flags::custom(flags & normalize_flags::MASK),
    ] {
        let once = n.normalize(&text);
        assert_eq!(n.normalize(&once), once, "idempotent: {:?}", n.options());
    }
}

/// Found by the `normalize` fuzz target: NFC composes ا with a hamza above
/// into أ, `fold_alef` turns it back into ا, and the next round composes ا
/// with the next hamza of the sequence: one hamza per round, and the rounds
/// ran out before the hamzas did (ten of them here), so a second
/// `normalize` changed the text again.
#[test]
fn an_alef_with_ten_hamzas_loses_them_all_in_one_call() {
    check_normalize_artifact(include_bytes!(
        "regressions/alef-with-many-hamzas-custom.bin"
    ));
    // The text alone, through the flags of the artifact: every hamza above
    // the alef goes, the blocked Syriac marks and the vowels stay.
    let n = normalize_flags::custom(4_283_322_073 & normalize_flags::MASK);
    let text = "ا\u{654}\u{654}\u{650}\u{64e}\u{739}\u{654}\u{654}\u{654}\u{650}\u{64e}\u{739}\u{654}ـ\u{650}\u{654}\u{654}\u{650}\u{64e}\u{739}\u{654}\u{654}ـ\u{10}m";
    assert_eq!(
        n.normalize(text),
        "ا\u{64e}\u{64e}\u{64e}\u{650}\u{650}\u{650}\u{650}\u{739}\u{739}\u{739}\u{10}m"
    );
}

/// The same family, found earlier in a page-like input: runs of hamzas on
/// alefs between Latin and Han text.
#[test]
fn alefs_with_hamza_runs_inside_a_page_normalize_idempotently() {
    check_normalize_artifact(include_bytes!("regressions/alef-with-many-hamzas-page.bin"));
}

/// The Search profile folds alef forms too: an alef carrying 100,000
/// hamzas (or maddahs, or hamzas below) is a bare alef, in one call and in
/// linear time; a hamza seat keeps its letter unless `fold_hamza_seats`.
#[test]
fn search_takes_every_hamza_off_an_alef() {
    let search = Normalizer::new(Profile::Search);
    for mark in ['\u{653}', '\u{654}', '\u{655}'] {
        let text = format!("ا{}", mark.to_string().repeat(100_000));
        assert_eq!(search.normalize(&text), "ا", "U+{:04X}", mark as u32);
    }
    // و + hamza composes into ؤ, which Search keeps; the second hamza stays.
    assert_eq!(search.normalize("و\u{654}\u{654}"), "ؤ\u{654}");
    let mut o = Profile::Search.options();
    o.fold_hamza_seats = true;
    let seats = Normalizer::with_options(o);
    assert_eq!(
        seats.normalize("و\u{654}\u{654}ي\u{654}\u{654}\u{654}"),
        "وي"
    );
    // A mark of the same class in between blocks composition: it stays,
    // and so does the hamza behind it.
    assert_eq!(
        search.normalize("ا\u{654}\u{301}\u{654}"),
        "ا\u{301}\u{654}"
    );
}

/// Found by the `dates` fuzz target (in CI's 20-second run): the Bengali
/// rule for a space after a clock's colon (`০৯: ১২`) took any non-ASCII
/// digits and any whitespace, so `16:` at one line's end and `40` on the
/// next read as 16:40 in Arabic-Indic digits but not in ASCII ones. The
/// rule now takes Bengali digits and one space only.
#[test]
fn a_clock_colon_does_not_reach_across_a_line_break() {
    let bytes = include_bytes!("regressions/clock-colon-across-a-line-break.bin");
    let line = std::str::from_utf8(bytes).expect("UTF-8");
    let reader = newsparse::DateReader::new();
    let ascii = reader.read(line);
    assert_eq!(
        reader.read(&indic_digits::to_arabic_indic(line)).published,
        ascii.published
    );
    assert_eq!(
        ascii.published.map(|p| p.to_string()).as_deref(),
        Some("2022-06-08")
    );
    // The Bengali form still reads, and only with one space.
    let read = |s: &str| reader.read(s).published.map(|p| p.to_string());
    assert_eq!(
        read("১৮ জানুয়ারি ২০২৪, ০৯: ১২").as_deref(),
        Some("2024-01-18T09:12:00")
    );
    assert_eq!(
        read("১৮ জানুয়ারি ২০২৪, ০৯:\n১২").as_deref(),
        Some("2024-01-18")
    );
}
