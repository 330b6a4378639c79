//! Share links: every platform with a web share URL encodes the page URL
//! and the title so that they decode back to exactly what was given, even
//! for hostile titles.

use newsparse::SharePlatform;
use percent_encoding::percent_decode_str;

const HOSTILE_TITLES: &[&str] = &[
    "Q&A: who pays? #budget",
    "a=b&c=d#frag?x=y",
    "100% sure + 50% off",
    "تعليق: هل تنجح المفاوضات؟ & ماذا بعد #غزة",
    "北京·上海 & 深圳？#科技",
    "Путин & Си: итоги #саммит",
    "Emoji 🚀🔥 & flags 🇨🇳 #launch",
    "quotes \"double\" 'single' <tag> \\ back",
    "spaces   and\ttabs\nnewline",
    "",
];

const HOSTILE_URLS: &[&str] = &[
    "https://example.com/news/2024/05/article.html?id=42&lang=ar#top",
    "https://arabic.example.org/مقال?ق=1",
    "http://example.com/a b/c?x=1+2",
];

/// Query parameters of `link`, decoded.
fn params(link: &str) -> Vec<(String, String)> {
    let query = link.split_once('?').map_or("", |(_, q)| q);
    query
        .split('&')
        .map(|kv| {
            let (k, v) = kv.split_once('=').unwrap_or((kv, ""));
            (
                percent_decode_str(k).decode_utf8().unwrap().into_owned(),
                percent_decode_str(v).decode_utf8().unwrap().into_owned(),
            )
        })
        .collect()
}

#[test]
fn at_least_25_platforms_with_ids() {
    assert!(SharePlatform::ALL.len() >= 25);
    for p in SharePlatform::ALL {
        assert_eq!(SharePlatform::from_id(p.id()), Some(*p));
    }
}

#[test]
fn hostile_titles_round_trip_on_every_platform() {
    let mut with_url = 0;
    for p in SharePlatform::ALL {
        for url in HOSTILE_URLS {
            for title in HOSTILE_TITLES {
                let Some(link) = p.share_url(url, title) else {
                    continue;
                };
                with_url += 1;
                // Nothing outside the RFC 3986 query alphabet leaks.
                let query = link.split_once('?').unwrap().1;
                assert!(
                    query
                        .bytes()
                        .all(|b| b.is_ascii_alphanumeric() || b"-._~%=&".contains(&b)),
                    "{p:?}: unencoded byte in {link}"
                );
                let ps = params(&link);
                let values: Vec<&str> = ps.iter().map(|(_, v)| v.as_str()).collect();
                let joined = format!("{title} {url}");
                let has_url = values.contains(url) || values.contains(&joined.as_str());
                assert!(has_url, "{p:?}: url lost in {link}: {values:?}");
                let has_title = values.contains(title)
                    || values.contains(&joined.as_str())
                    || matches!(
                        p,
                        SharePlatform::Facebook | SharePlatform::LinkedIn | SharePlatform::Line
                    );
                assert!(has_title, "{p:?}: title lost in {link}: {values:?}");
            }
        }
    }
    assert!(with_url > 0);
}

#[test]
fn platforms_without_a_web_share_url_say_none() {
    for p in [
        SharePlatform::WeChat,
        SharePlatform::Messenger,
        SharePlatform::Print,
        SharePlatform::CopyLink,
        SharePlatform::Instagram,
        SharePlatform::Mastodon,
    ] {
        assert_eq!(p.share_url("https://example.com", "t"), None, "{p:?}");
    }
}

#[test]
fn exact_links() {
    assert_eq!(
        SharePlatform::Facebook
            .share_url("https://example.com/?a=1&b=2", "x")
            .unwrap(),
        "https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fexample.com%2F%3Fa%3D1%26b%3D2"
    );
    assert_eq!(
        SharePlatform::X.share_url("https://e.com", "مرحبا #1").unwrap(),
        "https://twitter.com/intent/tweet?url=https%3A%2F%2Fe.com&text=%D9%85%D8%B1%D8%AD%D8%A8%D8%A7%20%231"
    );
    assert_eq!(
        SharePlatform::Email
            .share_url("https://e.com", "a&b")
            .unwrap(),
        "mailto:?subject=a%26b&body=https%3A%2F%2Fe.com"
    );
    // An emoji is four UTF-8 bytes, each encoded.
    assert!(SharePlatform::Telegram
        .share_url("https://e.com", "🚀")
        .unwrap()
        .ends_with("text=%F0%9F%9A%80"));
}
