//! Share-widget lines: `Share`, `Comment`, `Share this with Close`,
//! `Messenger Messenger Pinterest LinkedIn WeChat`.
//!
//! A line is a widget line when every token of its match key belongs to a
//! share-word phrase (longest phrase first, so `pin interest` and
//! `whats app` read as one platform each).

use std::sync::OnceLock;

use crate::lexicon::phrases::Phrases;
use crate::lexicon::share_words::{ShareWord, SHARE_WORDS};
use crate::lexicon::{key, key_into};
use crate::model::SharePlatform;

/// What one widget line says.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct ShareLine {
    /// The line shows a comment control.
    pub comments: bool,
    /// Platforms in the order named (repeats removed).
    pub platforms: Vec<SharePlatform>,
}

/// The share words keyed, with the words that open, continue and close
/// their phrases.
fn table() -> &'static Phrases<ShareWord> {
    static TABLE: OnceLock<Phrases<ShareWord>> = OnceLock::new();
    TABLE.get_or_init(|| Phrases::new(SHARE_WORDS.iter().map(|&(w, m)| (key(w), m))))
}

/// Whether a share-word phrase ends with `word` (a match key).
pub(crate) fn is_last_word(word: &str) -> bool {
    table().entry(word).is_some_and(|e| e.closes)
}

/// Where a share widget printed on the same line after other text starts
/// (`... 14:32 WIB Bagikan ke Facebook Bagikan ke Twitter 0 komentar`, a
/// byline block flattened into one line by a crawl's text extraction):
/// the first word at or after byte `from` from which the rest of the line
/// reads as a widget naming a platform or a comment control. `None` when
/// the line does not end in a widget word, which rules out almost every
/// line at the cost of one short key.
pub(crate) fn widget_after(text: &str, from: usize) -> Option<usize> {
    let mut buf = String::new();
    if !last_word_closes(&text[from..], &mut buf) {
        return None;
    }
    widget_start(text, from, &mut buf)
}

/// Whether the last word of `text` (after its last whitespace, at most 40
/// bytes) closes a share-word phrase; `buf` receives the word's key.
pub(crate) fn last_word_closes(text: &str, buf: &mut String) -> bool {
    let Some(last) = last_word(text, 40) else {
        return false;
    };
    key_into(last, true, buf);
    is_last_word(buf)
}

/// The text after the last whitespace of `text` (all of it when it has
/// none), or `None` when that word is longer than `max` bytes. Only the
/// tail is read: a line without spaces (Chinese) is not walked to its
/// start.
fn last_word(text: &str, max: usize) -> Option<&str> {
    for (i, c) in text.char_indices().rev() {
        if c.is_whitespace() {
            let word = &text[i + c.len_utf8()..];
            return (word.len() <= max).then_some(word);
        }
        if text.len() - i > max {
            return None;
        }
    }
    Some(text).filter(|t| t.len() <= max)
}

/// [`widget_after`] once the line's last word is known to close a
/// share-word phrase; `buf` is scratch space for each word's key.
pub(crate) fn widget_start(text: &str, from: usize, buf: &mut String) -> Option<usize> {
    let rest = &text[from..];
    let starts = rest.char_indices().filter_map(|(i, c)| {
        let after_space = rest[..i]
            .chars()
            .next_back()
            .map_or(true, char::is_whitespace);
        (!c.is_whitespace() && after_space).then_some(i)
    });
    for start in starts {
        let word = rest[start..]
            .split(char::is_whitespace)
            .next()
            .unwrap_or("");
        key_into(word, true, buf);
        if !table().entry(buf).is_some_and(|e| e.opens) {
            continue;
        }
        if read_counted(&rest[start..]).is_some_and(|w| w.comments || !w.platforms.is_empty()) {
            return Some(from + start);
        }
    }
    None
}

/// Reads `text` as a widget whose controls may carry counts (`Share 12`,
/// `3 komentar`): the numbers are dropped before the words are read.
pub(crate) fn read_counted(text: &str) -> Option<ShareLine> {
    let line_key = key(text);
    let words: Vec<&str> = line_key
        .split(' ')
        .filter(|w| !w.bytes().all(|b| b.is_ascii_digit()))
        .collect();
    read(&words.join(" "))
}

/// Single tokens that are share words only in company (`X`, `OK`, `Line`).
fn weak_alone(word: &str) -> bool {
    matches!(
        word,
        "x" | "ok"
            | "line"
            | "mail"
            | "print"
            | "qq"
            | "vk"
            | "on"
            | "via"
            | "عبر"
            | "علي"
            | "ок"
            | "вк"
            | "close"
            | "listen"
            | "écouter"
            | "escuchar"
            | "ouvir"
            | "ascolta"
            | "anhören"
            | "vorlesen"
            | "слушать"
            | "استمع"
            | "收听"
            | "large"
            | "medium"
            | "small"
            | "اطبع"
            | "طباعه"
            | "打印"
            | "imprimer"
            | "imprimir"
            | "печать"
            | "لاين"
            | "correo"
            | "почта"
            | "البريد"
            // Alone, a comments section's heading.
            | "yorumlar"
            | "comentários"
            | "commenti"
            | "kommentare"
            | "komentarze"
            | "коментарі"
            | "نظرات"
            | "댓글"
    )
}

/// Reads a line's match key as a share widget, or `None` when any token is
/// not a share word.
pub(crate) fn read(line_key: &str) -> Option<ShareLine> {
    read_words(line_key, false)
}

/// [`read`] for a line inside a share row, where a word that is a share
/// word only in company (`X`, `LINE`, `Mail`) stands alone on its line.
pub(crate) fn read_in_row(line_key: &str) -> Option<ShareLine> {
    read_words(line_key, true)
}

fn read_words(line_key: &str, in_row: bool) -> Option<ShareLine> {
    if line_key.is_empty() || line_key.len() > 200 {
        return None;
    }
    // One pass over the tokens; most lines are not widgets, and are
    // rejected at their first word before anything else is looked up.
    // Widget lines hold a few words: the first sixteen go to a small array
    // (an array of 100, set up on every call, cost more than the lookups),
    // and a longer line moves to a vector.
    let mut small: [&str; 16] = [""; 16];
    let mut more: Vec<&str> = Vec::new();
    let mut n = 0;
    // A label's colon is no part of its word (`分享到:`, `Share:`), and may
    // glue it to its first option (`字号：大 中 小`): keys with a colon are
    // split there (a byte test first: most have none).
    let spaced: std::borrow::Cow<'_, str> = if line_key.as_bytes().contains(&b':') {
        line_key.replace(':', " ").into()
    } else {
        line_key.into()
    };
    for t in spaced.split(' ') {
        if !t.chars().any(super::input::is_alphanumeric) {
            continue;
        }
        if n == 0 && !table().entry(t).is_some_and(|e| e.opens) {
            return None;
        }
        if n < small.len() {
            small[n] = t;
        } else {
            if more.is_empty() {
                more.extend_from_slice(&small);
            }
            more.push(t);
        }
        n += 1;
    }
    let tokens: &[&str] = if more.is_empty() { &small[..n] } else { &more };
    let table = table();
    let mut out = ShareLine::default();
    let mut i = 0;
    let mut phrase = String::new();
    while i < tokens.len() {
        let (meaning, len) = table.longest(&tokens[i..], &mut phrase)?;
        match meaning {
            ShareWord::Platform(p) if !out.platforms.contains(&p) => out.platforms.push(p),
            ShareWord::Comment => out.comments = true,
            _ => {}
        }
        i += len;
    }
    if tokens.len() == 1 && !in_row && weak_alone(tokens[0]) {
        return None;
    }
    // A key with no word at all (`|`, `...`) is no widget.
    (n > 0).then_some(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::SharePlatform::*;

    fn platforms(s: &str) -> Option<Vec<SharePlatform>> {
        read(&key(s)).map(|l| l.platforms)
    }

    #[test]
    fn label_colons_and_font_size_controls() {
        assert_eq!(platforms("分享到:"), Some(vec![]));
        assert_eq!(
            platforms("Comments   Print   Mail   Large Medium  Small"),
            Some(vec![Print, Email])
        );
        // A size word alone is no widget.
        assert_eq!(platforms("Small"), None);
    }

    #[test]
    fn long_widget_lines_past_sixteen_words() {
        // 20 words: the tokens move from the small array to a vector.
        let line = "Share Facebook X WhatsApp Telegram LinkedIn Pinterest Reddit Email Print \
                    Facebook X WhatsApp Telegram LinkedIn Pinterest Reddit Email Print Comments";
        let l = read(&key(line)).unwrap();
        assert!(l.comments);
        assert_eq!(l.platforms.len(), 9);
        assert_eq!(l.platforms[8], Print);
        // A word that is not a share word past the sixteenth still fails.
        let bad = format!("{} weather", &line[..line.len() - "Comments".len()]);
        assert_eq!(read(&key(&bad)), None);
    }

    #[test]
    fn seed_widget_lines() {
        assert_eq!(platforms("Share"), Some(vec![]));
        assert!(read(&key("Comment")).unwrap().comments);
        assert_eq!(platforms("Share this with Close"), Some(vec![]));
        assert_eq!(
            platforms("Messenger Messenger Pinterest LinkedIn WeChat"),
            Some(vec![Messenger, Pinterest, LinkedIn, WeChat])
        );
    }

    #[test]
    fn split_and_foreign_spellings() {
        assert_eq!(
            platforms("Share فيسبوك تويتر لينكدين Pin Interest Whats App"),
            Some(vec![Facebook, X, LinkedIn, Pinterest, WhatsApp])
        );
        assert_eq!(platforms("分享到 微信 微博"), Some(vec![WeChat, Weibo]));
        assert_eq!(
            platforms("Поделиться ВКонтакте Одноклассники"),
            Some(vec![Vk, Ok])
        );
    }

    #[test]
    fn ordinary_lines_are_not_widgets() {
        assert_eq!(platforms("Share prices fell sharply on Monday"), None);
        assert_eq!(platforms("OK"), None);
        assert_eq!(platforms("X"), None);
    }
}
