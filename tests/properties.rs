//! Property tests: the parser never panics, and every non-blank input line
//! is accounted for exactly once.

use proptest::prelude::*;

/// Lines in the shapes real dumps have, to combine at random.
fn line() -> impl Strategy<Value = String> {
    prop_oneof![
        Just(String::new()),
        Just("تعليق: عنوان المقال!!".to_owned()),
        Just("cri 2019-10-21 15:45:00".to_owned()),
        Just("Comment".to_owned()),
        Just("Share".to_owned()),
        Just("Messenger Messenger Pinterest LinkedIn WeChat".to_owned()),
        Just("الأكثر قراءة".to_owned()),
        Just("صور".to_owned()),
        Just("2019-02-30 25:61".to_owned()),
        Just("صورة لسوق الخضار في المدينةبكين 13 أبريل 2020 (شينخوا) قالت السلطات إن السوق سيفتح غدا.".to_owned()),
        Just("Share فيسبوك تويتر لينكدين Pin Interest Whats App".to_owned()),
        Just("BEIJING, March 16 (Xinhua) -- The river rose overnight, officials said.".to_owned()),
        Just(
            "وقال المتحدث إن المشروع سيكتمل قبل نهاية العام الجاري في الموعد المحدد له.".to_owned()
        ),
        Just("The committee met on Monday and approved the budget for next year.".to_owned()),
        "\\PC{0,80}",
        "[ \\t\u{00A0}\u{200F}]{0,4}[a-z0-9:\\-/. ]{0,30}",
    ]
}

fn page() -> impl Strategy<Value = String> {
    (
        prop::collection::vec(line(), 0..24),
        prop_oneof![Just("\n"), Just("\r\n"), Just("\r")],
    )
        .prop_map(|(lines, sep)| lines.join(sep))
}

/// Non-blank line numbers of `text`, numbered as the parser numbers them.
fn non_blank_lines(text: &str) -> Vec<usize> {
    let normalized = text.replace("\r\n", "\n").replace('\r', "\n");
    normalized
        .split('\n')
        .enumerate()
        .filter(|(_, l)| {
            !l.chars().all(|c| {
                c.is_whitespace()
                    || matches!(c, '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2064}' | '\u{2066}'..='\u{2069}' | '\u{FEFF}' | '\u{061C}' | '\u{00AD}')
            })
        })
        .map(|(i, _)| i + 1)
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn never_panics_on_arbitrary_strings(s in "\\PC{0,400}") {
        let _ = newsparse::parse(&s);
    }

    #[test]
    fn never_panics_on_arbitrary_bytes(b in prop::collection::vec(any::<u8>(), 0..400)) {
        let _ = newsparse::parse_bytes(&b);
    }

    #[test]
    fn every_line_is_accounted_for_once(text in page()) {
        let Ok(article) = newsparse::parse(&text) else { return Ok(()); };
        let mut seen: Vec<usize> = article
            .title_line
            .into_iter()
            .chain(article.byline.as_ref().map(|b| b.line))
            .chain(article.share.iter().flat_map(|s| s.lines.iter().copied()))
            .chain(article.paragraphs.iter().map(|p| p.line))
            .chain(article.boilerplate.iter().map(|b| b.line))
            .collect();
        seen.sort_unstable();
        // A caption glued to a dateline is the one line placed twice.
        let split: Vec<usize> = article
            .boilerplate
            .iter()
            .filter(|b| b.kind == newsparse::BoilerplateKind::Caption)
            .filter(|b| article.paragraphs.iter().any(|p| p.line == b.line))
            .map(|b| b.line)
            .collect();
        seen.dedup_by(|a, b| a == b && split.contains(a));
        let expected = non_blank_lines(&text);
        prop_assert_eq!(&seen, &expected, "lines placed twice or lost");
        prop_assert_eq!(article.accounted_lines(), expected);
    }

    #[test]
    fn paragraph_text_is_found_on_its_line(text in page()) {
        let Ok(article) = newsparse::parse(&text) else { return Ok(()); };
        let normalized = text.replace("\r\n", "\n").replace('\r', "\n");
        let lines: Vec<&str> = normalized.split('\n').collect();
        for p in &article.paragraphs {
            prop_assert!(lines[p.line - 1].contains(&*p.text));
        }
    }

    #[test]
    fn bytes_and_str_agree(text in page()) {
        prop_assert_eq!(newsparse::parse(&text), newsparse::parse_bytes(text.as_bytes()));
    }
}
