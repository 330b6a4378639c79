//! Stage 5: read the fields of the article from the laid-out lines.

use std::borrow::Cow;

use chrono_tz::Tz;

use super::classify::{Classified, Kind};
use super::language;
use super::layout::{Layout, Role};
use super::Parser;
use crate::error::{ParseError, Warning};
use crate::model::{Article, Boilerplate, Byline, Paragraph, Published, Rubric, ShareMeta};

/// Assembles the article.
pub(crate) fn build<'a>(
    text: &'a str,
    lines: &[Classified<'a>],
    layout: &Layout,
    parser: &Parser,
) -> Result<Article<'a>, ParseError> {
    let controls = count_controls(text);
    if controls.noise * 20 > text.len() {
        return Err(ParseError::NoArticleText);
    }

    let mut article = Article::empty();
    let mut share = ShareMeta::default();
    for (c, role) in lines.iter().zip(&layout.roles) {
        let line = c.line.number;
        match role {
            Role::Paragraph => article.paragraphs.push(Paragraph::new(line, c.line.text)),
            Role::Boilerplate(kind) => {
                article
                    .boilerplate
                    .push(Boilerplate::new(line, c.line.text, *kind))
            }
            Role::Share => {
                if let Kind::Share(s) = &c.kind {
                    share.comments |= s.comments;
                    for p in &s.platforms {
                        if !share.platforms.contains(p) {
                            share.platforms.push(*p);
                        }
                    }
                }
                share.lines.push(line);
            }
            Role::Title | Role::Byline | Role::Blank => {}
        }
    }
    if article.paragraphs.is_empty() {
        return Err(ParseError::NoArticleText);
    }
    if !share.lines.is_empty() {
        article.share = Some(share);
    }

    article.language = language::detect_parts(article.paragraphs.iter().map(|p| &*p.text));
    article.direction = article.language.map(|l| l.direction());

    if let Some(t) = layout.title {
        let c = &lines[t];
        article.title_line = Some(c.line.number);
        match &c.kind {
            Kind::Text(info) if info.rubric.is_some() => {
                let (label, kind, rest) = info.rubric.expect("checked above");
                article.rubric = Some(Rubric {
                    label: Cow::Borrowed(label),
                    kind,
                });
                article.title = Some(Cow::Borrowed(rest));
            }
            _ => article.title = Some(Cow::Borrowed(c.line.text)),
        }
    } else {
        article.warnings.push(Warning::NoTitle);
    }

    if let Some(b) = layout.byline {
        read_byline(&lines[b], parser, &mut article);
    }
    if article.published.is_none()
        && !article
            .warnings
            .iter()
            .any(|w| matches!(w, Warning::InvalidDate { .. }))
    {
        article.warnings.push(Warning::NoDate);
    }
    if controls.controls > 0 {
        article.warnings.push(Warning::ControlCharacters {
            count: controls.controls,
        });
    }
    Ok(article)
}

/// Source, date, time and offset from the byline line.
fn read_byline<'a>(c: &Classified<'a>, parser: &Parser, article: &mut Article<'a>) {
    let Kind::Byline(info) = &c.kind else {
        return;
    };
    let line = c.line.number;
    article.byline = Some(Byline {
        line,
        text: Cow::Borrowed(c.line.text),
        source: info.source.map(|(t, _)| Cow::Borrowed(t)),
    });
    let source = match info.source {
        Some((token, true)) => parser.sources().by_token(token),
        Some((token, false)) => {
            article.warnings.push(Warning::UnknownSource {
                line,
                token: token.to_owned(),
            });
            None
        }
        None => None,
    };
    if let Some(src) = source {
        article.source = Some(match article.language {
            Some(lang) => src.for_language(lang),
            None => src.summary(),
        });
    }
    let m = match &info.date {
        Ok(m) => m,
        Err(bad) => {
            article.warnings.push(Warning::InvalidDate {
                line,
                text: bad.clone(),
            });
            return;
        }
    };
    let Some(time) = m.time else {
        article.published = Some(Published::date_only(m.date));
        return;
    };
    let local = m.date.and_time(time);
    if let Some(offset) = m.offset {
        article.published = local
            .and_local_timezone(offset)
            .single()
            .map(Published::with_offset);
        return;
    }
    let zone: Option<Tz> = source
        .and_then(|s| s.time_zone.as_deref())
        .and_then(|z| z.parse().ok())
        .or(parser.options().default_time_zone);
    article.published = match zone {
        Some(tz) => Published::in_zone(local, &tz),
        None => None,
    };
    if article.published.is_none() {
        article.warnings.push(Warning::NoTimeZone { line });
        article.published = Some(Published::naive(local));
    }
}

struct Controls {
    /// Control characters other than tab, line breaks and form feed.
    controls: usize,
    /// Bytes that read as binary noise: controls and U+FFFD.
    noise: usize,
}

fn count_controls(text: &str) -> Controls {
    let b = text.as_bytes();
    // Eight bytes at a time: a word with no byte below 0x20 and no 0x7F
    // (the common case) is skipped with a few arithmetic operations.
    const LOW: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let mut controls = 0;
    let mut chunks = b.chunks_exact(8);
    for chunk in &mut chunks {
        let w = u64::from_le_bytes(chunk.try_into().expect("8 bytes"));
        let below_space = w.wrapping_sub(LOW * 0x20) & !w & HIGH;
        let x = w ^ (LOW * 0x7F);
        let del = x.wrapping_sub(LOW) & !x & HIGH;
        if below_space | del != 0 {
            controls += chunk.iter().filter(|&&c| is_control(c)).count();
        }
    }
    controls += chunks
        .remainder()
        .iter()
        .filter(|&&c| is_control(c))
        .count();
    // U+FFFD (EF BF BD) marks bytes a converter could not read.
    let replacements = memchr::memmem::find_iter(b, "\u{FFFD}".as_bytes()).count();
    Controls {
        controls,
        noise: controls + replacements * 3,
    }
}

/// A control byte other than tab, line feed, carriage return and form feed.
fn is_control(c: u8) -> bool {
    (c < 0x20 && !matches!(c, b'\t' | b'\n' | b'\r' | 0x0C)) || c == 0x7F
}
