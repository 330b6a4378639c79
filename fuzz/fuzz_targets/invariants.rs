//! Invariants every parse result must keep, shared by the fuzz targets.

/// Checks `article` against the `text` it was parsed from.
pub fn check(text: &str, article: &newsparse::Article<'_>) {
    let lines: Vec<&str> = split_lines(text);
    // Line accounting: every non-blank input line in exactly one place.
    let mut placed: Vec<usize> = article
        .title_line
        .into_iter()
        .chain(article.byline.as_ref().map(|b| b.line))
        .chain(article.share.iter().flat_map(|s| s.lines.iter().copied()))
        .chain(article.paragraphs.iter().map(|p| p.line))
        .chain(article.boilerplate.iter().map(|b| b.line))
        .collect();
    placed.sort_unstable();
    // A caption glued to a dateline is the one line placed twice: as a
    // caption and as the paragraph, whose texts joined give the line.
    let mut split = Vec::new();
    for b in &article.boilerplate {
        if b.kind != newsparse::BoilerplateKind::Caption {
            continue;
        }
        if let Some(p) = article.paragraphs.iter().find(|p| p.line == b.line) {
            // The caption, then only blank characters, then the paragraph.
            let line = lines[b.line - 1];
            let at = line
                .find(&*b.text)
                .unwrap_or_else(|| panic!("caption not on line {}", b.line));
            let rest = &line[at + b.text.len()..];
            let gap = rest
                .find(&*p.text)
                .unwrap_or_else(|| panic!("paragraph not after its caption on line {}", b.line));
            assert!(
                rest[..gap].chars().all(is_blank),
                "split line {} does not rejoin",
                b.line
            );
            split.push(b.line);
        }
    }
    placed.dedup_by(|a, b| a == b && split.contains(a));
    let non_blank: Vec<usize> = lines
        .iter()
        .enumerate()
        .filter(|(_, l)| !l.chars().all(is_blank))
        .map(|(i, _)| i + 1)
        .collect();
    assert_eq!(placed, non_blank, "line accounting");
    // Every paragraph's text is found on its input line.
    for p in &article.paragraphs {
        assert!(lines[p.line - 1].contains(&*p.text), "paragraph {} not on its line", p.line);
        assert!(!p.text.is_empty());
    }
    // The JSON form reads back to the same article.
    let json = serde_json::to_string(article).expect("serializes");
    let back: newsparse::Article<'_> = serde_json::from_str(&json).expect("deserializes");
    assert_eq!(&back, article, "JSON round trip");
}

fn is_blank(c: char) -> bool {
    c.is_whitespace()
        || matches!(
            c,
            '\u{200B}'..='\u{200F}'
                | '\u{202A}'..='\u{202E}'
                | '\u{2060}'..='\u{2064}'
                | '\u{2066}'..='\u{2069}'
                | '\u{FEFF}'
                | '\u{061C}'
                | '\u{00AD}'
        )
}

/// Lines as the parser numbers them: LF, CRLF and CR end a line.
fn split_lines(text: &str) -> Vec<&str> {
    let text = text.strip_prefix('\u{FEFF}').unwrap_or(text);
    let mut out = Vec::new();
    let mut rest = text;
    while let Some(i) = rest.find(['\n', '\r']) {
        out.push(&rest[..i]);
        let skip = if rest[i..].starts_with("\r\n") { 2 } else { 1 };
        rest = &rest[i + skip..];
    }
    if !rest.is_empty() {
        out.push(rest);
    }
    out
}
