//! The public API: error policy, ownership, options, thread safety.

use newsparse::{Article, ParseError, ParseOptions, Parser, Published, SourceRegistry, Warning};

const SEED_LIKE: &str = "تعليق: عنوان تجريبي للمقال!!\n\ncri 2019-10-21 15:45:00\nComment\nShare\n\nهذه فقرة أولى كتبت لاختبار المحلل، وفيها ما يكفي من الكلمات لتبدو كنص حقيقي.\n\nوهذه فقرة ثانية قصيرة.\n\nالأكثر قراءة\n";

#[test]
fn public_types_are_send_and_sync() {
    fn check<T: Send + Sync>() {}
    check::<Article<'static>>();
    check::<Parser>();
    check::<ParseError>();
    check::<Warning>();
    check::<SourceRegistry>();
    check::<Published>();
    check::<newsparse::Normalizer>();
}

#[test]
fn empty_and_blank_inputs_are_errors() {
    assert_eq!(newsparse::parse(""), Err(ParseError::Empty));
    assert_eq!(
        newsparse::parse(" \n\n\t \u{00A0}\n"),
        Err(ParseError::Empty)
    );
    assert_eq!(
        newsparse::parse_bytes(b"\xEF\xBB\xBF\n"),
        Err(ParseError::Empty)
    );
}

#[test]
fn invalid_utf8_reports_its_offset() {
    let mut bytes = SEED_LIKE.as_bytes().to_vec();
    bytes.insert(10, 0xC0);
    assert_eq!(
        newsparse::parse_bytes(&bytes),
        Err(ParseError::InvalidUtf8 { offset: 10 })
    );
    assert_eq!(
        ParseError::InvalidUtf8 { offset: 10 }.to_string(),
        "invalid utf-8 at byte 10"
    );
}

#[test]
fn size_limit_is_checked_first() {
    let parser = Parser::new(ParseOptions::default().max_input_bytes(16));
    assert_eq!(
        parser.parse(SEED_LIKE),
        Err(ParseError::TooLarge {
            size: SEED_LIKE.len(),
            limit: 16
        })
    );
    // Even invalid bytes: the limit is checked before decoding.
    assert!(matches!(
        parser.parse_bytes(&[0xFF; 32]),
        Err(ParseError::TooLarge { .. })
    ));
}

#[test]
fn furniture_only_and_noise_are_not_articles() {
    assert_eq!(
        newsparse::parse("الأكثر قراءة\n\nصور\nShare\nComment\n"),
        Err(ParseError::NoArticleText)
    );
    let noise: String = (0..500u32)
        .map(|i| char::from_u32(i % 31 + 1).unwrap())
        .collect();
    assert_eq!(newsparse::parse(&noise), Err(ParseError::NoArticleText));
}

#[test]
fn into_owned_outlives_the_input() {
    let article = {
        let text = SEED_LIKE.to_owned();
        newsparse::parse(&text).unwrap().into_owned()
    };
    assert_eq!(article.title.as_deref(), Some("عنوان تجريبي للمقال!!"));
    assert_eq!(article.paragraphs.len(), 2);
}

#[test]
fn text_borrows_from_the_input() {
    let article = newsparse::parse(SEED_LIKE).unwrap();
    let range = SEED_LIKE.as_bytes().as_ptr_range();
    for p in &article.paragraphs {
        assert!(matches!(p.text, std::borrow::Cow::Borrowed(_)));
        assert!(range.contains(&p.text.as_ptr()));
    }
}

#[test]
fn unknown_source_keeps_time_naive_with_warnings() {
    let a = newsparse::parse(
        "Title here\n\nzzq 2020-01-02 03:04:05\n\nA paragraph of body text, long enough.",
    )
    .unwrap();
    assert_eq!(a.published.unwrap().to_string(), "2020-01-02T03:04:05");
    assert!(a.source.is_none());
    assert!(a.warnings.contains(&Warning::UnknownSource {
        line: 3,
        token: "zzq".into()
    }));
    assert!(a.warnings.contains(&Warning::NoTimeZone { line: 3 }));
}

#[test]
fn explicit_zone_beats_source_zone() {
    let a = newsparse::parse(
        "Title here\n\ncri (GMT+03:00) 2020-01-02 03:04:05\n\nA paragraph of body text.",
    )
    .unwrap();
    assert_eq!(
        a.published.unwrap().to_string(),
        "2020-01-02T03:04:05+03:00"
    );
}

#[test]
fn impossible_date_is_rejected_with_a_warning() {
    let a = newsparse::parse("Title here\n\ncri 2019-02-30 10:00\n\nA paragraph of body text.")
        .unwrap();
    assert!(a.published.is_none());
    assert!(a
        .warnings
        .iter()
        .any(|w| matches!(w, Warning::InvalidDate { line: 3, .. })));
}

#[test]
fn strict_mode_turns_warnings_into_errors() {
    let strict = Parser::new(ParseOptions::default().strict(true));
    assert!(strict.parse(SEED_LIKE).is_ok());
    assert_eq!(
        strict.parse("No byline here\n\nJust a paragraph of text."),
        Err(ParseError::Strict(Warning::NoDate))
    );
}

#[test]
fn json_shape_matches_the_contract() {
    let a = newsparse::parse(SEED_LIKE).unwrap();
    let v = serde_json::to_value(&a).unwrap();
    assert_eq!(v["title"], "عنوان تجريبي للمقال!!");
    assert_eq!(v["rubric"]["kind"], "commentary");
    assert_eq!(v["source"]["id"], "cri");
    assert_eq!(v["source"]["time_zone"], "Asia/Shanghai");
    assert_eq!(v["published"], "2019-10-21T15:45:00+08:00");
    assert_eq!(v["byline"]["line"], 3);
    assert_eq!(v["byline"]["text"], "cri 2019-10-21 15:45:00");
    assert_eq!(v["share"]["comments"], true);
    assert_eq!(v["share"]["lines"], serde_json::json!([4, 5]));
    assert_eq!(v["language"], "ar");
    assert_eq!(v["direction"], "rtl");
    assert_eq!(v["paragraphs"][0]["line"], 7);
    assert_eq!(v["boilerplate"][0]["kind"], "most_read");
    let back: Article<'_> = serde_json::from_value(v).unwrap();
    assert_eq!(back, a);
}

#[test]
fn huge_single_line_and_many_blank_lines_finish() {
    let long = "كلمة ".repeat(200_000);
    let a = newsparse::parse(&long).unwrap();
    assert_eq!(a.paragraphs.len(), 1);
    let blanks = format!(
        "Title\n{}\nA body line that ends the page.",
        "\n".repeat(200_000)
    );
    let a = newsparse::parse(&blanks).unwrap();
    assert_eq!(a.paragraphs[0].line, 200_003);
}
