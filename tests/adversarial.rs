//! Hostile inputs: each must finish (in linear time: these sizes would take
//! minutes if any stage were quadratic) with an article, warnings, or a
//! clear error, and never panic.

use newsparse::{ParseError, Warning};

#[test]
fn one_line_of_100_mb() {
    let text = "حرف ".repeat(100 * 1024 * 1024 / 7);
    let a = newsparse::parse(&text).expect("one long paragraph is an article");
    assert_eq!(a.paragraphs.len(), 1);
    assert_eq!(a.paragraphs[0].text.len(), text.trim_end().len());
}

#[test]
fn a_million_blank_lines() {
    let text = format!(
        "{}Title\n\nThe only sentence of the body.",
        "\n".repeat(1_000_000)
    );
    let a = newsparse::parse(&text).unwrap();
    assert_eq!(a.title_line, Some(1_000_001));
    assert_eq!(a.paragraphs[0].line, 1_000_003);
    assert_eq!(
        newsparse::parse(&"\r\n".repeat(1_000_000)),
        Err(ParseError::Empty)
    );
}

#[test]
fn a_million_one_word_lines() {
    // A column of single words reads as a listing, not an article.
    let text = "word\n".repeat(1_000_000);
    assert_eq!(newsparse::parse(&text), Err(ParseError::NotAnArticle));
    // The same lines under a title and one lead sentence still read as a
    // listing: a million headline-like lines outweigh one sentence.
    let text = format!(
        "Floods close the mountain road\n\nThe road was closed on Monday after heavy rain.\n{}",
        "word\n".repeat(1_000_000)
    );
    assert_eq!(newsparse::parse(&text), Err(ParseError::NotAnArticle));
}

#[test]
fn a_base_letter_with_100k_combining_marks() {
    let mut text = String::from("Title\n\nب");
    text.extend(std::iter::repeat_n('\u{0651}', 100_000));
    text.push_str("\nA closing sentence of the body.");
    let a = newsparse::parse(&text).unwrap();
    assert_eq!(a.paragraphs.len(), 2);
}

#[test]
fn invalid_utf8_at_every_position() {
    let good = "تعليق: عنوان\n\ncri 2019-10-21 15:45:00\n\nفقرة.".as_bytes();
    for at in 0..=good.len() {
        for bad in [0xFFu8, 0xC0, 0x80] {
            let mut bytes = good.to_vec();
            bytes.insert(at, bad);
            match newsparse::parse_bytes(&bytes) {
                Err(ParseError::InvalidUtf8 { offset }) => {
                    assert_eq!(
                        offset,
                        std::str::from_utf8(&bytes).unwrap_err().valid_up_to()
                    )
                }
                other => panic!("byte {bad:#x} at {at}: {other:?}"),
            }
        }
    }
}

#[test]
fn nul_bytes_and_bom() {
    let text = "\u{FEFF}Title\n\nA body\0 sentence with a NUL byte in it.";
    let a = newsparse::parse(text).unwrap();
    assert_eq!(a.title.as_deref(), Some("Title"));
    assert!(a
        .warnings
        .contains(&Warning::ControlCharacters { count: 1 }));
    assert_eq!(
        newsparse::parse(&"\0".repeat(10_000)),
        Err(ParseError::NoArticleText)
    );
}

#[test]
fn mixed_line_breaks() {
    let text = "Floods close the mountain road\r\rcri 2019-10-21 15:45:00\r\nFirst\u{2028}line of body text.\u{0085}Still line four.\x0cAnd this.\nLast line.";
    let a = newsparse::parse(text).unwrap();
    assert_eq!(a.title_line, Some(1));
    assert_eq!(a.byline.as_ref().map(|b| b.line), Some(3));
    assert_eq!(
        a.paragraphs.iter().map(|p| p.line).collect::<Vec<_>>(),
        vec![4, 5]
    );
}

#[test]
fn a_megabyte_of_share_words() {
    let text = "Share Facebook Twitter WhatsApp Telegram\n".repeat(1024 * 1024 / 40);
    assert_eq!(newsparse::parse(&text), Err(ParseError::NoArticleText));
    let with_body = format!("{text}\nOne real sentence of body text here.");
    let a = newsparse::parse(&with_body).unwrap();
    assert_eq!(a.paragraphs.len(), 1);
    assert_eq!(a.share.unwrap().lines.len(), 1024 * 1024 / 40);
}

#[test]
fn a_title_of_one_megabyte() {
    let title = "عنوان ".repeat(1024 * 1024 / 11);
    let text = format!("{title}\n\ncri 2019-10-21 15:45:00\n\nنص قصير.");
    let a = newsparse::parse(&text).unwrap();
    // Far too long to be a headline: it is kept as body text.
    assert!(a.accounted_lines().contains(&1));
    assert!(a.paragraphs.iter().any(|p| p.line == 1 || p.line == 5));
}

/// A sidebar heading, then long runs of ever-shorter lines with no blank
/// line: each line after the box is compared with a bounded number of
/// its items (a quadratic check here took minutes on this size).
#[test]
fn a_heading_over_runs_of_shorter_lines() {
    let mut text = String::from(
        "A title for the page\nnews 2024-01-01 10:00\nThe one paragraph of body text, long enough to read as a sentence of the article.\nRelated\n",
    );
    for len in (40..=50).rev() {
        for _ in 0..20_000 {
            text.push_str(&"w".repeat(len));
            text.push('\n');
        }
    }
    let a = newsparse::parse(&text).expect("an article");
    assert_eq!(a.title.as_deref(), Some("A title for the page"));
}

/// A hundred thousand distinct body lines of one length that share their
/// first and last eight bytes: the repeated-paragraph check keeps a few
/// texts per key, so it stays linear.
#[test]
fn many_lines_sharing_their_ends() {
    let mut text = String::from("A title for the page\nnews 2024-01-01 10:00\n");
    for n in 0..100_000u32 {
        text.push_str(&format!(
            "Aaaaaaaa the council said that line {n:06} of the report was correct, said Bbbbbbb.\n"
        ));
    }
    let a = newsparse::parse(&text).expect("an article");
    assert_eq!(a.paragraphs.len(), 100_000);
}
