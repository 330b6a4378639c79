//! One test per page skeleton of the layout catalogue (A–M), on the
//! fixtures under `tests/fixtures/layouts`.

use newsparse::{BoilerplateKind, Language, ParseError};

/// The fixture's text, kept for the test's lifetime (articles borrow it).
fn fixture(name: &str) -> &'static str {
    let path = format!(
        "{}/tests/fixtures/layouts/{name}.txt",
        env!("CARGO_MANIFEST_DIR")
    );
    Box::leak(
        std::fs::read_to_string(path)
            .expect("fixture exists")
            .into_boxed_str(),
    )
}

fn kinds(a: &newsparse::Article<'_>) -> Vec<(usize, BoilerplateKind)> {
    a.boilerplate.iter().map(|b| (b.line, b.kind)).collect()
}

#[test]
fn a_title_then_byline() {
    let t = fixture("a-en-sidebar");
    let a = newsparse::parse(t).unwrap();
    assert_eq!(a.title_line, Some(5));
    assert_eq!(a.byline.as_ref().unwrap().line, 7);
    assert!(kinds(&a).contains(&(1, BoilerplateKind::Navigation)));
}

#[test]
fn b_stamp_then_title_then_dateline_body() {
    let t = fixture("b-es-stamp-dateline");
    let a = newsparse::parse(t).unwrap();
    assert_eq!(a.title_line, Some(3));
    assert!(a.paragraphs[0].text.starts_with("BEIJING, 11 jun (Xinhua)"));
}

#[test]
fn c_date_before_title() {
    let t = fixture("c-en-date-first");
    let a = newsparse::parse(t).unwrap();
    assert_eq!(a.title_line, Some(5));
    assert_eq!(a.byline.as_ref().unwrap().line, 4);
}

#[test]
fn d_title_glued_under_byline() {
    let t = fixture("d-ar-title-glued");
    let a = newsparse::parse(t).unwrap();
    assert_eq!(a.title_line, Some(6));
    // The author line (`بقلم: ...`) above the byline is a credit.
    assert!(kinds(&a).contains(&(3, BoilerplateKind::Credit)));
}

#[test]
fn e_body_first_title_and_date_last() {
    let t = fixture("e-ar-date-last");
    let a = newsparse::parse(t).unwrap();
    assert_eq!(a.title_line, Some(4));
    assert_eq!(a.byline.as_ref().unwrap().line, 5);
    assert_eq!(
        a.paragraphs.iter().map(|p| p.line).collect::<Vec<_>>(),
        [1, 2, 3]
    );
}

#[test]
fn f_no_title_dateline_led_body() {
    for name in ["f-ar-dateline", "f-ru-tass", "f-en-xinhua"] {
        let a = newsparse::parse(fixture(name)).unwrap();
        assert_eq!(a.title, None, "{name}");
        assert_eq!(a.paragraphs[0].line, 1, "{name}");
    }
}

#[test]
fn g_caption_glued_to_dateline_is_split() {
    let t = fixture("g-ar-glued-caption");
    let a = newsparse::parse(t).unwrap();
    let p = &a.paragraphs[0];
    assert_eq!(p.line, 6);
    assert!(p.text.starts_with("بكين 11 يونيو 2022 (شينخوا)"));
    let cap = a.boilerplate.iter().find(|b| b.line == 6).unwrap();
    assert_eq!(cap.kind, BoilerplateKind::Caption);
    assert_eq!(cap.text, "سكان يلتقطون الصور عند المدخل");
    // Nothing lost: caption + paragraph make up the line.
    let line = t.lines().nth(5).unwrap();
    assert_eq!(format!("{}{}", cap.text, p.text), line);
    let b = newsparse::parse(fixture("g-ar-hongkong-glue")).unwrap();
    assert!(b.paragraphs[0].text.starts_with("هونغ كونغ 30 أغسطس 2020"));
}

#[test]
fn h_bulletin_stories() {
    let t = fixture("h-en-hourly-news");
    let all = newsparse::parse_all(t).unwrap();
    assert_eq!(all.len(), 2);
    assert_eq!(all[0].title.as_deref(), Some("Floods close mountain roads"));
    assert_eq!(
        all[1].title.as_deref(),
        Some("Museum reopens after repairs")
    );
    assert_eq!(all[1].paragraphs.len(), 1);
    assert_eq!(all[1].published, all[0].published);
    let main = newsparse::parse(t).unwrap();
    assert_eq!(main, all[0]);
    let posts = newsparse::parse_all(fixture("h-en-two-posts")).unwrap();
    assert_eq!(posts.len(), 2);
    assert_eq!(posts[1].byline.as_ref().unwrap().line, 8);
}

#[test]
fn i_bilingual_paragraph_languages() {
    let a = newsparse::parse(fixture("i-ar-zh-bilingual")).unwrap();
    assert_eq!(a.language, Some(Language::Arabic));
    let langs: Vec<_> = a.paragraphs.iter().map(|p| p.language).collect();
    assert_eq!(
        langs,
        [None, Some(Language::Chinese), None, Some(Language::Chinese)]
    );
    let b = newsparse::parse(fixture("i-es-zh-chinese-first")).unwrap();
    assert_eq!(b.language, Some(Language::Spanish));
}

#[test]
fn j_listing_pages_are_not_articles() {
    for name in ["j-en-listing", "j-es-category"] {
        assert_eq!(
            newsparse::parse(fixture(name)),
            Err(ParseError::NotAnArticle),
            "{name}"
        );
    }
}

#[test]
fn k_repost_boilerplate() {
    let a = newsparse::parse(fixture("k-fr-repost")).unwrap();
    assert_eq!(a.paragraphs.len(), 2);
    assert!(a.boilerplate.len() >= 5);
}

#[test]
fn l_repeated_titles_are_set_aside() {
    let a = newsparse::parse(fixture("l-ar-title-thrice")).unwrap();
    assert_eq!(a.title_line, Some(3));
    let rep: Vec<_> = kinds(&a)
        .into_iter()
        .filter(|k| k.1 == BoilerplateKind::RepeatedTitle)
        .collect();
    assert_eq!(rep.len(), 2);
    assert!(a.warnings.is_empty());
}

#[test]
fn m_masthead_before_title() {
    let a = newsparse::parse(fixture("m-ar-masthead")).unwrap();
    assert_eq!(a.title_line, Some(6));
    let mast = kinds(&a)
        .iter()
        .filter(|k| k.1 == BoilerplateKind::Masthead)
        .count();
    assert_eq!(mast, 4);
}

#[test]
fn share_widget_glued_after_a_sentence_is_read() {
    let a = newsparse::parse(fixture("s-ar-share-glued")).unwrap();
    let ids: Vec<_> = a.share.unwrap().platforms.iter().map(|p| p.id()).collect();
    assert_eq!(ids, ["facebook", "x", "linkedin", "pinterest", "whatsapp"]);
    assert!(a.paragraphs[1].text.ends_with("Whats App"));
}
