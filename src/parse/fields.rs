//! Stage 5: read the fields of the article from the laid-out lines.

use std::borrow::Cow;

use chrono_tz::Tz;

use super::byline;
use super::classify::{Classified, Kind, TextInfo};
use super::date::{self, Ctx, Issue};
use super::dateline;
use super::language::{self, Script};
use super::layout::{Layout, Role};
use super::share::{self, ShareLine};
use super::Parser;
use crate::error::{ParseError, Warning};
use crate::lexicon::key;
use crate::model::{
    Article, Boilerplate, BoilerplateKind, Byline, DateOrder, Dateline, Language, Paragraph,
    Published, Rubric, ShareMeta, Source,
};

/// Assembles the article. `controls` is the input's count of control
/// characters, from [`check_noise`].
pub(crate) fn build<'a>(
    lines: &[Classified<'a>],
    layout: &Layout,
    controls: usize,
    parser: &Parser,
) -> Result<Article<'a>, ParseError> {
    let mut article = Article::empty();
    let mut share = ShareMeta::default();
    // The credit lines, in page order; the first that names an outlet may
    // stand in for the source.
    let mut credits: Vec<&str> = Vec::new();
    // The article's byline may be a date line the layout set aside (a
    // site header's crawl date was taken first): see `byline::choose`.
    let chosen = byline::choose(lines, layout);
    // Sized once from the roles, rather than grown push by push.
    let (mut paragraphs, mut boilerplate) = (0, 0);
    for role in &layout.roles {
        match role {
            Role::Paragraph => paragraphs += 1,
            Role::CaptionedParagraph(_) => {
                (paragraphs, boilerplate) = (paragraphs + 1, boilerplate + 1)
            }
            Role::Byline | Role::Boilerplate(_) => boilerplate += 1,
            _ => {}
        }
    }
    article.paragraphs.reserve_exact(paragraphs);
    article.boilerplate.reserve_exact(boilerplate);
    for (i, (c, role)) in lines.iter().zip(&layout.roles).enumerate() {
        let line = c.line.number;
        if Some(i) == chosen {
            continue;
        }
        match role {
            Role::Byline => article.boilerplate.push(Boilerplate::new(
                line,
                c.line.text,
                BoilerplateKind::HeaderDate,
            )),
            Role::Paragraph => {
                article.paragraphs.push(Paragraph::new(line, c.line.text));
                if let Kind::Text(TextInfo {
                    share_tail: Some(at),
                    ..
                }) = &c.kind
                {
                    // A widget glued after the last sentence: the text stays
                    // in the paragraph, the platforms are read.
                    if let Some(s) = share::read(&key(&c.line.text[at.get() as usize..])) {
                        merge_share(&mut share, &s);
                    }
                }
            }
            Role::CaptionedParagraph(at) => {
                let (caption, rest) = c.line.text.split_at(*at);
                article.boilerplate.push(Boilerplate::new(
                    line,
                    caption.trim_end(),
                    BoilerplateKind::Caption,
                ));
                article.paragraphs.push(Paragraph::new(line, rest));
            }
            Role::Boilerplate(kind) => {
                if *kind == BoilerplateKind::Credit {
                    credits.push(c.line.text);
                }
                article
                    .boilerplate
                    .push(Boilerplate::new(line, c.line.text, *kind));
            }
            Role::Share => {
                if let Kind::Share(s) = &c.kind {
                    merge_share(&mut share, s);
                } else if let Some(s) = share::read_counted(c.line.text)
                    .or_else(|| share::read_in_row(&key(c.line.text)))
                {
                    // A line joined to the row by the layout (`3 תגובות`,
                    // a lone `X`).
                    merge_share(&mut share, &s);
                }
                share.lines.push(line);
            }
            Role::Title | Role::Blank => {}
        }
    }
    let wall = paywall(&article, layout.title.map(|t| lines[t].line.number));
    if let Some(wall) = wall {
        if article.paragraphs.len() <= PAYWALL_STUB_PARAGRAPHS {
            return Err(ParseError::Paywalled);
        }
        article.warnings.push(Warning::Paywall { line: wall });
    }
    if article.paragraphs.is_empty() {
        return Err(ParseError::NoArticleText);
    }
    if is_video_page(&article) || is_data_page(lines, &article) {
        return Err(ParseError::NotAnArticle);
    }
    if !share.lines.is_empty() || !share.platforms.is_empty() {
        article.share = Some(share);
    }

    set_languages(&mut article);
    article.warnings.extend(layout.warnings.iter().cloned());

    if let Some(t) = layout.title {
        let c = &lines[t];
        article.title_line = Some(c.line.number);
        match &c.kind {
            Kind::Text(info) if info.rubric.is_some() => {
                let (label, kind, rest) = info.rubric_in(c.line.text).expect("checked above");
                article.rubric = Some(Rubric {
                    label: Cow::Borrowed(label),
                    kind,
                });
                article.title = Some(Cow::Borrowed(rest));
            }
            _ => {
                article.title = Some(Cow::Borrowed(without_site_name(
                    without_reporter(c.line.text, parser.sources()),
                    parser.sources(),
                    lines,
                )))
            }
        }
    } else {
        article.warnings.push(Warning::NoTitle);
    }

    article.boilerplate.sort_by_key(|b| b.line);
    // The outlet the page's own furniture names (its masthead, the domain
    // of its copyright or contact line): the publisher, so its zone is the
    // page's when the byline names no outlet. An agency named in a credit
    // line or dateline only stands in when the page names no publisher.
    let site = site_source(lines, layout, article.language, parser);
    if let Some(b) = chosen {
        read_byline(&lines[b], parser, site, &mut article);
        time_below(lines, b, parser, site, &mut article);
        if article.modified.is_none() {
            article.modified = nearby_update(lines, layout, b, parser, site, &article);
        }
    }
    if let Some(src) = site.or_else(|| credits.iter().find_map(|c| credit_source(c, parser))) {
        stand_in_source(&mut article, src);
    }
    read_dateline(parser, &mut article);
    if article.published.is_none() && article.byline.is_none() {
        relative_line(parser, &mut article);
    }
    let date_warned = article.warnings.iter().any(|w| {
        matches!(
            w,
            Warning::InvalidDate { .. }
                | Warning::AmbiguousDate { .. }
                | Warning::RelativeDate { .. }
        )
    });
    if article.published.is_none() && !date_warned {
        article.warnings.push(Warning::NoDate);
    }
    if controls > 0 {
        article
            .warnings
            .push(Warning::ControlCharacters { count: controls });
    }
    if article.published.is_none() && article.title.as_deref().is_some_and(is_error_page_title) {
        return Err(ParseError::NotAnArticle);
    }
    Ok(article)
}

/// A site's error page names itself in its headline (`Page not found`,
/// `Halaman tidak ditemukan`, `الصفحة غير موجودة`): with no date on the
/// page, what stands under it is an apology and links, no article.
fn is_error_page_title(title: &str) -> bool {
    const NOT_FOUND: &[&str] = &[
        "error 404",
        "page not found",
        "page introuvable",
        "página no encontrada",
        "página não encontrada",
        "pagina non trovata",
        "seite nicht gefunden",
        "страница не найдена",
        "сторінку не знайдено",
        "sayfa bulunamadı",
        "halaman tidak ditemukan",
        "pagina niet gevonden",
        "sidan hittades inte",
        "stránka nenalezena",
        "pagina nu a fost găsită",
        "ukurasa haupatikani",
        "الصفحة غير موجودة",
        "الصفحة المطلوبة غير موجودة",
        "صفحه مورد نظر یافت نشد",
        "页面不存在",
        "找不到网页",
        "找不到該頁面",
        "ページが見つかりません",
        "페이지를 찾을 수 없습니다",
    ];
    // The phrases as match keys, made once.
    static KEYS: std::sync::OnceLock<Vec<String>> = std::sync::OnceLock::new();
    let keys = KEYS.get_or_init(|| NOT_FOUND.iter().map(|p| key(p)).collect());
    let key = key(title);
    // `404`, `404 - Not found`: a short title opening with the code.
    (key.starts_with("404") && key.split(' ').count() <= 4)
        || keys.iter().any(|p| key.starts_with(p.as_str()))
}

/// Bytes at the end of a title line searched for a glued reporter credit.
const REPORTER_REACH: usize = 60;

/// A Chinese headline with the reporter's credit glued to it
/// (`...老人每餐最低12元澎湃新闻记者 陈静`): the headline alone, cut before the
/// outlet the registry knows and its `记者`.
/// A page title's site name after a bar or dash (`... 2,4 км | ZAXID.NET`,
/// `... - Dawn News`), when it is a domain or a known outlet: the headline
/// without it. A crawl's record may print the headline only in this form.
/// `title` without the site's name a page's `<title>` prints after it:
/// a domain, an outlet the registry knows, or a name the page prints
/// alone on a line of its own near the top (its masthead: `TRT на
/// русском`).
fn without_site_name<'a>(
    title: &'a str,
    registry: &crate::SourceRegistry,
    lines: &[Classified<'_>],
) -> &'a str {
    let Some((head, site)) = [" | ", " - ", " – ", " — "]
        .iter()
        .filter_map(|sep| title.rsplit_once(sep))
        .max_by_key(|(head, _)| head.len())
    else {
        return title;
    };
    let site = site.trim();
    let words = site.split_whitespace().count();
    let domain = words == 1 && site.contains('.') && !site.ends_with('.');
    let known = (1..=4).contains(&words) && registry.by_token(site).is_some();
    let masthead = || {
        (1..=4).contains(&words)
            && lines
                .iter()
                .take(SITE_NAME_LINES)
                .any(|c| c.line.text.len() == site.len() && c.line.text == site)
    };
    if (domain || known || masthead()) && head.chars().count() >= MIN_TITLE_CHARS {
        head.trim_end()
    } else {
        title
    }
}

/// Lines read from the top for the site's name printed alone.
const SITE_NAME_LINES: usize = 40;

/// Shortest headline left once a site's name is cut from a title.
const MIN_TITLE_CHARS: usize = 15;

fn without_reporter<'a>(title: &'a str, registry: &crate::SourceRegistry) -> &'a str {
    let from = language::floor_char_boundary(title, title.len().saturating_sub(REPORTER_REACH));
    let Some(at) = title[from..].rfind("记者").map(|k| from + k) else {
        return title;
    };
    let head = &title[..at];
    // The outlet's name: the last two to six chars before `记者`.
    for (k, _) in head.char_indices().rev().take(6).skip(1) {
        if registry.by_token(&head[k..]).is_some() {
            let cut = head[..k].trim_end();
            if cut.chars().count() >= 8 {
                return cut;
            }
        }
    }
    title
}

/// The date context of a line: explicit zones win (inside the scan), then
/// the outlet's IANA zone, then the caller's default zone.
fn ctx_for(source: Option<&Source>, language: Option<Language>, parser: &Parser) -> Ctx {
    let zone: Option<Tz> = source
        .and_then(|s| s.time_zone.as_deref())
        .and_then(|z| z.parse().ok())
        .or(parser.options().default_time_zone);
    Ctx {
        zone,
        order: source
            .and_then(|s| s.date_order)
            .or_else(|| language.and_then(language_date_order)),
        reference: parser.options().reference_time,
    }
}

/// The day/month order a page's language settles when its outlet's is
/// unknown: day first everywhere but in English, which is written both
/// ways (month first in the United States, day first in Britain, India
/// and most of the Commonwealth), and in the languages that write the
/// year first.
fn language_date_order(language: Language) -> Option<DateOrder> {
    match language {
        Language::English | Language::Chinese | Language::Japanese | Language::Korean => None,
        _ => Some(DateOrder::DayMonth),
    }
}

fn push_issues(article: &mut Article<'_>, line: usize, issues: Vec<Issue>) {
    for issue in issues {
        let w = match issue {
            Issue::Invalid(text) => Warning::InvalidDate { line, text },
            Issue::Ambiguous(text) => Warning::AmbiguousDate { line, text },
            Issue::NoTimeZone => Warning::NoTimeZone { line },
            Issue::Relative(text) => Warning::RelativeDate { line, text },
        };
        if !article.warnings.contains(&w) {
            article.warnings.push(w);
        }
    }
}

/// Source, date, time and offset from the byline line.
fn read_byline<'a>(
    c: &Classified<'a>,
    parser: &Parser,
    site: Option<&Source>,
    article: &mut Article<'a>,
) {
    let Kind::Byline(info) = &c.kind else {
        return;
    };
    let line = c.line.number;
    let text = c.line.text;
    // A widget printed on the byline's line: its platforms are read; the
    // line stays the byline's.
    if let Some(s) = info.widget.and_then(|at| share::read_counted(&text[at..])) {
        let meta = article.share.get_or_insert_with(ShareMeta::default);
        merge_share(meta, &s);
    }
    let mut byline = Byline::new(line, text);
    byline.source = info.source.map(|(t, _)| Cow::Borrowed(t));
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
        set_source(article, src);
    }
    let scan = match info.scan.as_deref() {
        Some(&scan) => scan,
        None => date::scan_all(text),
    };
    let reading = date::read(
        text,
        &scan,
        &ctx_for(source.or(site), article.language, parser),
    );
    let date_span = scan
        .primary()
        .map(|m| m.span)
        .or(scan.relative.map(|r| r.span));
    if let Some((a, b)) = date_span {
        byline.date_text = text.get(a..b).map(Cow::Borrowed);
    }
    byline.converted_from = reading.converted_from;
    article.published = reading.published;
    article.modified = reading.modified;
    push_issues(article, line, reading.issues);
    article.byline = Some(byline);
}

/// Longest line read as a bare clock time, in bytes (`18:42`, `6:05 PM`).
const BARE_TIME_BYTES: usize = 12;

/// A byline with a date and no time, and the time alone on the next line
/// (ANSA prints `14 marzo 2023`, then `18:42`): the two are read together.
fn time_below<'a>(
    lines: &[Classified<'a>],
    b: usize,
    parser: &Parser,
    site: Option<&Source>,
    article: &mut Article<'a>,
) {
    if article
        .published
        .as_ref()
        .map_or(true, |p| p.time().is_some())
    {
        return;
    }
    let Some(next) = lines[b + 1..]
        .iter()
        .find(|c| !matches!(c.kind, Kind::Blank))
    else {
        return;
    };
    // A bullet may open it (`  • 00:00`, as a list of page facts prints
    // the date and the time).
    let t = next
        .line
        .text
        .trim()
        .trim_start_matches(['•', '·'])
        .trim_start();
    let bare = t.len() <= BARE_TIME_BYTES
        && t.contains(':')
        && t.bytes().next().is_some_and(|c| c.is_ascii_digit())
        && t.chars().all(|c| {
            c.is_ascii_digit() || matches!(c, ':' | ' ' | 'A' | 'P' | 'M' | 'a' | 'p' | 'm' | '.')
        });
    if !bare {
        return;
    }
    let (Some(date_text), Some(date)) = (
        article.byline.as_ref().and_then(|by| by.date_text.clone()),
        article.published.as_ref().map(Published::date),
    ) else {
        return;
    };
    let source = article
        .source
        .as_ref()
        .and_then(|s| parser.sources().by_id(&s.id))
        .or(site);
    let joined = format!("{date_text} {t}");
    let reading = date::read(
        &joined,
        &date::scan_all(&joined),
        &ctx_for(source, article.language, parser),
    );
    // The same day, now with its time.
    if let Some(p) = reading.published.filter(|p| p.date() == date) {
        article.published = Some(p);
    }
}

/// `Updated 2020.02.06 20:06 GMT+8` on a header-date line next to the
/// byline (CGTN prints the two on consecutive lines).
fn nearby_update(
    lines: &[Classified<'_>],
    layout: &Layout,
    b: usize,
    parser: &Parser,
    site: Option<&Source>,
    article: &Article<'_>,
) -> Option<Published> {
    let lo = b.saturating_sub(3);
    let hi = (b + 7).min(lines.len());
    // The byline's outlet, else the page's own (as for the byline's time).
    let source = article
        .source
        .as_ref()
        .and_then(|s| parser.sources().by_id(&s.id))
        .or(site);
    (lo..hi).filter(|&j| j != b).find_map(|j| {
        if layout.roles.get(j) != Some(&Role::Boilerplate(BoilerplateKind::HeaderDate))
            && layout.roles.get(j) != Some(&Role::Byline)
        {
            return None;
        }
        let Kind::Byline(info) = &lines[j].kind else {
            return None;
        };
        let m = info.date.as_ref().ok().filter(|m| m.updated)?;
        date::to_published(
            lines[j].line.text,
            m,
            &ctx_for(source, article.language, parser),
            &mut Vec::new(),
        )
    })
}

/// The dateline that opens the first paragraph; its date gives
/// `published` when the page has no dated byline, and its agency the
/// source when the page names none.
fn read_dateline<'a>(parser: &Parser, article: &mut Article<'a>) {
    let Some(first) = article.paragraphs.first() else {
        return;
    };
    let line = first.line;
    let Cow::Borrowed(text) = first.text else {
        return;
    };
    let Some(info) = dateline::read(text, parser.sources()) else {
        return;
    };
    let agency_source = info.agency.and_then(|a| parser.sources().by_token(a));
    let ctx = ctx_for(agency_source, article.language, parser);
    let mut issues = Vec::new();
    let date = info.date.and_then(|m| {
        if m.yearless {
            let anchor = article
                .published
                .map(|p| p.date())
                .or_else(|| parser.options().reference_time.map(|r| r.date_naive()))?;
            let mut full = m;
            full.date = date::with_year(&m, anchor)?;
            full.yearless = false;
            date::to_published(text, &full, &ctx, &mut issues)
        } else {
            date::to_published(text, &m, &ctx, &mut issues)
        }
    });
    if article.published.is_none() && date.is_some() {
        article.published = date;
        push_issues(article, line, issues);
    }
    if let Some(src) = agency_source {
        stand_in_source(article, src);
    }
    article.dateline = Some(Dateline {
        line,
        text: Cow::Borrowed(info.text),
        place: info.place.map(Cow::Borrowed),
        date,
        agency: info.agency.map(Cow::Borrowed),
    });
}

/// The article's source: the outlet, in its edition for the article's
/// language when it has one.
fn set_source(article: &mut Article<'_>, src: &Source) {
    article.source = Some(match article.language {
        Some(lang) => src.for_language(lang),
        None => src.summary(),
    });
}

/// An outlet found away from the byline (the page's masthead, a credit
/// line, a dateline's agency) becomes the source when the byline named
/// none, and its zone gives a naive byline time its offset.
fn stand_in_source(article: &mut Article<'_>, src: &Source) {
    if article.source.is_none() {
        set_source(article, src);
        zone_from_source(article, src);
    }
}

/// A byline time left naive because the byline named no outlet gets its
/// offset once the outlet is known from elsewhere on the page (the
/// dateline's agency), in that outlet's zone for that date; so does the
/// update time read beside it.
fn zone_from_source(article: &mut Article<'_>, source: &crate::model::Source) {
    let Some(tz) = source
        .time_zone
        .as_deref()
        .and_then(|z| z.parse::<chrono_tz::Tz>().ok())
    else {
        return;
    };
    let in_zone = |p: Option<Published>| {
        let p = p?;
        let (Some(time), None) = (p.time(), p.offset()) else {
            return None;
        };
        Published::in_zone(p.date().and_time(time), &tz)
    };
    if let Some(modified) = in_zone(article.modified) {
        article.modified = Some(modified);
    }
    if let Some(resolved) = in_zone(article.published) {
        article.published = Some(resolved);
        article
            .warnings
            .retain(|w| !matches!(w, Warning::NoTimeZone { .. }));
    }
}

/// A short line near the top holding only a relative date (`posted 3
/// hours ago`, `منذ ساعتين`) becomes the byline when the caller gave a
/// reference time; without one it is reported.
fn relative_line<'a>(parser: &Parser, article: &mut Article<'a>) {
    let found = article
        .paragraphs
        .iter()
        .take(3)
        .enumerate()
        .find_map(|(k, p)| {
            if p.text.len() > 80 {
                return None;
            }
            let scan = date::scan_all(&p.text);
            scan.relative
                .filter(|_| scan.primary().is_none())
                .map(|_| (k, scan))
        });
    let Some((k, scan)) = found else {
        return;
    };
    let p = &article.paragraphs[k];
    let line = p.line;
    let reading = date::read(&p.text, &scan, &ctx_for(None, article.language, parser));
    if reading.published.is_some() {
        let p = article.paragraphs.remove(k);
        let mut byline = Byline::new(p.line, p.text);
        byline.date_text = None;
        article.byline = Some(byline);
        article.published = reading.published;
    }
    push_issues(article, line, reading.issues);
}

fn merge_share(share: &mut ShareMeta, line: &ShareLine) {
    share.comments |= line.comments;
    for p in &line.platforms {
        if !share.platforms.contains(p) {
            share.platforms.push(*p);
        }
    }
}

/// The outlet that publishes the page, as its own furniture names it: a
/// line among the page's first three that is furniture naming a known
/// outlet whole (`مصراوي`, `人民网`, `صحيفة الشعب اليومية أونلاين`), else a
/// known domain in a copyright or contact line (`Arabic@people.cn`,
/// `© xinhuanet.com`).
fn site_source<'p>(
    lines: &[Classified<'_>],
    layout: &Layout,
    language: Option<crate::model::Language>,
    parser: &'p Parser,
) -> Option<&'p Source> {
    // A web archive record names the page's address: a known outlet's
    // domain there is the publisher.
    let archived = lines
        .iter()
        .take_while(|c| {
            matches!(
                c.kind,
                Kind::Blank | Kind::Boilerplate(BoilerplateKind::RecordHeader)
            )
        })
        .find_map(|c| super::classify::record_field(c.line.text, "WARC-Target-URI"))
        .and_then(|uri| parser.sources().by_domain(uri));
    if archived.is_some() {
        return archived;
    }
    // The site's name heads the page: among its first lines above the
    // title (leaked style sheets, ads and tracking codes aside), a
    // furniture line that names a known outlet whole, and one that
    // publishes in the page's language (a language switch `العربية` is no
    // masthead). Skip links and a menu may stand above it.
    let header_end = layout
        .title
        .or_else(|| {
            layout
                .roles
                .iter()
                .position(|r| matches!(r, Role::Paragraph))
        })
        .unwrap_or(lines.len());
    let masthead = lines[..header_end.min(lines.len())]
        .iter()
        .zip(&layout.roles)
        .filter(|(c, role)| {
            !matches!(c.kind, Kind::Blank)
                && !matches!(
                    role,
                    Role::Boilerplate(
                        BoilerplateKind::Markup
                            | BoilerplateKind::Tracking
                            | BoilerplateKind::Advertisement
                    )
                )
        })
        .take(MASTHEAD_LINES)
        .filter(|(c, role)| matches!(role, Role::Boilerplate(_)) && c.line.text.trim().len() <= 80)
        .find_map(|(c, _)| {
            parser
                .sources()
                .by_token(c.line.text.trim())
                .filter(|s| language.map_or(true, |l| s.languages.contains(&l)))
        });
    masthead
        .or_else(|| {
            lines
                .iter()
                .zip(&layout.roles)
                .filter(|(_, role)| {
                    matches!(
                        role,
                        Role::Boilerplate(BoilerplateKind::Copyright | BoilerplateKind::Contact)
                    )
                })
                .flat_map(|(c, _)| {
                    c.line
                        .text
                        .split(|ch: char| ch.is_whitespace() || ch == '|')
                })
                .filter(|w| w.contains('.'))
                .find_map(|w| {
                    let domain = w.rsplit_once('@').map_or(w, |(_, d)| d);
                    let domain =
                        domain.trim_matches(|ch: char| !crate::parse::input::is_alphanumeric(ch));
                    domain
                        .contains('.')
                        .then(|| parser.sources().by_domain(domain))
                        .flatten()
                })
        })
        .or_else(|| {
            // Or the outlet a copyright line names: `© 2025 Reuters`, `© Le
            // Monde`, `جميع الحقوق محفوظة لصحيفة سبق`, in one to three words.
            lines
                .iter()
                .zip(&layout.roles)
                .filter(|(_, role)| matches!(role, Role::Boilerplate(BoilerplateKind::Copyright)))
                .find_map(|(c, _)| named_in(c.line.text, parser))
        })
}

/// Longest run of words tried as an outlet name in a copyright line.
const NAME_WORDS: usize = 3;

/// How many header lines are searched for the site's masthead.
const MASTHEAD_LINES: usize = 8;

/// The first known outlet named by one to [`NAME_WORDS`] consecutive
/// words of `text`, longest run first at each word.
fn named_in<'p>(text: &str, parser: &'p Parser) -> Option<&'p Source> {
    let words: Vec<&str> = text
        .split(|c: char| c.is_whitespace() || matches!(c, '«' | '»' | '"' | '|' | '(' | ')'))
        .filter(|w| w.chars().any(crate::parse::input::is_letter))
        .take(16)
        .collect();
    (0..words.len()).find_map(|i| {
        (1..=NAME_WORDS.min(words.len() - i)).rev().find_map(|n| {
            // The words as written, with the spaces between them.
            let last = words[i + n - 1];
            let start = byline::offset_in(text, words[i]);
            let end = byline::offset_in(text, last) + last.len();
            parser.sources().by_token(&text[start..end])
        })
    })
}

/// The outlet a credit line names (`Source: Xinhua`, `/مصدر: شينخوا/`).
fn credit_source<'p>(text: &str, parser: &'p Parser) -> Option<&'p crate::model::Source> {
    let (_, value) = text.split_once([':', '：'])?;
    let value =
        value.trim_matches(|c: char| c.is_whitespace() || matches!(c, '/' | '|' | '(' | ')'));
    parser.sources().by_token(value).or_else(|| {
        value
            .split(|c: char| c.is_whitespace() || matches!(c, '/' | '|' | ',' | '،'))
            .find_map(|w| parser.sources().by_token(w))
    })
}

/// The article's language is the majority of its body text, weighed by
/// letters (a Han character counts as two); a paragraph in another script
/// gets its own [`Paragraph::language`] (bilingual pages, skeleton I).
///
/// Each paragraph's script is read from its first bytes (a byte-table
/// pass); the language within the winning script (Arabic, Persian or Urdu;
/// English, French, ...) is then read once over that script's paragraphs
/// together, where letters such as پ and stop words are frequent enough to
/// count.
fn set_languages(article: &mut Article<'_>) {
    let scripts: Vec<Option<(Script, usize)>> = article
        .paragraphs
        .iter()
        .map(|p| language::script_weight(&p.text))
        .collect();
    let mut totals: Vec<(Script, usize)> = Vec::new();
    for &(script, weight) in scripts.iter().flatten() {
        match totals.iter_mut().find(|(s, _)| *s == script) {
            Some((_, w)) => *w += weight,
            None => totals.push((script, weight)),
        }
    }
    // Ties go to the script seen first.
    let Some(main_script) = totals
        .iter()
        .enumerate()
        .max_by_key(|&(i, &(_, w))| (w, usize::MAX - i))
        .map(|(_, &(s, _))| s)
    else {
        return;
    };
    let same_script = article
        .paragraphs
        .iter()
        .zip(&scripts)
        .filter(|(_, g)| g.is_some_and(|(s, _)| s == main_script))
        .map(|(p, _)| &*p.text);
    let Some(main) = language::detect_parts(same_script) else {
        return;
    };
    article.language = Some(main);
    article.direction = Some(main.direction());
    for (p, found) in article.paragraphs.iter_mut().zip(&scripts) {
        if let &Some((script, weight)) = found {
            if weight >= 8 && script != main_script {
                p.language = language::detect_parts(std::iter::once(&*p.text));
            }
        }
    }
}

/// Rejects binary noise: input where control characters and replacement
/// characters make up more than a twentieth of the bytes. Returns the
/// count of control characters, for [`Warning::ControlCharacters`].
pub(crate) fn check_noise(text: &str) -> Result<usize, ParseError> {
    let counts = count_controls(text);
    if counts.noise * 20 > text.len() {
        return Err(ParseError::NoArticleText);
    }
    Ok(counts.controls)
}

/// Fewest lines opening with a clock time on a schedule or ticker page.
const CLOCKED_LISTING_LINES: usize = 8;

/// Fewest slide counters that make a page a photo gallery.
const GALLERY_SLIDES: usize = 3;

/// Fewest entry stamps that make a page a live blog.
const LIVE_ENTRY_STAMPS: usize = 6;

/// Longest line read as a live blog entry's stamp, in bytes.
const ENTRY_STAMP_BYTES: usize = 32;

/// A live blog entry's stamp alone on its line: a clock time (`14:32`,
/// `14h32`) or a relative time (`Il y a 5 min`, `Hace 12 minutos`,
/// `منذ 5 دقائق`, `5 min ago`, `5 минут назад`).
fn is_entry_stamp(text: &str) -> bool {
    let relative = ["Il y a ", "il y a ", "Hace ", "hace ", "منذ "]
        .iter()
        .any(|p| text.starts_with(p))
        || text.ends_with(" ago")
        || text.ends_with(" назад");
    super::layout::is_clock(text, &[':', 'h'])
        || (relative && text.bytes().any(|b| b.is_ascii_digit()))
}

/// A teaser's stamp on a listing: its section, then the clock time with
/// or without a day (`Бизнес, 14:05`, `Общество, 17 фев, 16:22`,
/// `Economía, ayer, 09:30`), a line of its own.
fn is_teaser_stamp(c: &Classified<'_>) -> bool {
    // Long lines, most of a page, go on their length alone.
    if c.line.text.len() > 2 * TEASER_STAMP_BYTES || !matches!(c.kind, Kind::Text(_)) {
        return false;
    }
    let text = c.line.text.trim();
    if text.len() > TEASER_STAMP_BYTES {
        return false;
    }
    let Some((section, when)) = text.split_once(", ") else {
        return false;
    };
    let clock = when.rsplit(", ").next().unwrap_or(when).trim();
    (1..=2).contains(&section.split_whitespace().count())
        && section.chars().all(|ch| ch.is_alphabetic() || ch == ' ')
        && super::layout::is_clock(clock, &[':'])
}

/// Fewest player controls (`Play`, `Mute`, `Fullscreen`, ...) that make
/// a page a video's page.
const VIDEO_CONTROLS: usize = 3;

/// Longest text, in chars, under a video that is only its description.
const VIDEO_DESCRIPTION_CHARS: usize = 300;

/// A video's page: a player's controls, and under it a description of a
/// paragraph or two, no article.
fn is_video_page(article: &Article<'_>) -> bool {
    let controls = article
        .boilerplate
        .iter()
        .filter(|b| b.kind == BoilerplateKind::AudioMarker)
        .count();
    controls >= VIDEO_CONTROLS && little_text(article, VIDEO_DESCRIPTION_CHARS)
}

/// At most two paragraphs, of at most `chars` chars together: a note or
/// a description, not a story.
fn little_text(article: &Article<'_>, chars: usize) -> bool {
    article.paragraphs.len() <= 2
        && article
            .paragraphs
            .iter()
            .map(|p| p.text.chars().count())
            .sum::<usize>()
            <= chars
}

/// Fewest lines of figures alone (`21,874`, `27.41 %`) that make a page
/// a table: results, scores, prices.
const DATA_FIGURES: usize = 12;

/// Longest text, in chars, beside a table that is only its note.
const DATA_NOTE_CHARS: usize = 400;

/// A page of tables (election results, scores, market prices): many
/// lines of figures alone and at most two short paragraphs, no article.
fn is_data_page(lines: &[Classified<'_>], article: &Article<'_>) -> bool {
    if !little_text(article, DATA_NOTE_CHARS) {
        return false;
    }
    // A figure line holds digits and their separators only: the first
    // letter rules a line out.
    let figure = |t: &str| {
        t.bytes()
            .all(|b| b.is_ascii_digit() || matches!(b, b',' | b'.' | b'%' | b' ' | b'+' | b'-'))
            && t.bytes().any(|b| b.is_ascii_digit())
    };
    // A text browser draws a table's rows and rules with box-drawing
    // chars (U+2500 to U+257F: E2 94 80 to E2 95 BF): `│اليورو │ 32.38 │`.
    let table_row = |t: &str| {
        let b = t.as_bytes();
        b.len() >= 3 && b[0] == 0xE2 && matches!(b[1], 0x94 | 0x95)
    };
    lines
        .iter()
        .filter(|c| figure(c.line.text) || table_row(c.line.text))
        .count()
        >= DATA_FIGURES
}

/// Most paragraphs a paywall stub shows above its prompt: the standfirst
/// or the lead alone is no article.
const PAYWALL_STUB_PARAGRAPHS: usize = 1;

/// The line of the paywall prompt where the article's text stops: the
/// first paywall line under the title (or anywhere, without one) with no
/// paragraph after it. A prompt with text after it is a box between
/// paragraphs or beside a teaser, not the end of the story.
fn paywall(article: &Article<'_>, title_line: Option<usize>) -> Option<usize> {
    let last = article.paragraphs.last().map_or(0, |p| p.line);
    article
        .boilerplate
        .iter()
        .filter(|b| {
            b.kind == BoilerplateKind::Paywall
                && b.line > last
                && title_line.map_or(true, |t| b.line > t)
        })
        .map(|b| b.line)
        .min()
}

/// Most paywall prompts on a stub's page; an index of subscriber-only
/// teasers labels each.
const STUB_PROMPTS: usize = 2;

/// A page read as a listing that is a paywall stub instead: it has a
/// paywall prompt, and not one per teaser.
pub(crate) fn is_paywall_stub(lines: &[Classified<'_>]) -> bool {
    let prompts = lines
        .iter()
        .filter(|c| matches!(c.kind, Kind::Boilerplate(BoilerplateKind::Paywall)))
        .count();
    (1..=STUB_PROMPTS).contains(&prompts)
}

/// Longest teaser stamp, in bytes.
const TEASER_STAMP_BYTES: usize = 48;

/// A listing or category page (skeleton J): many headline lines or date
/// stamps, and no body to speak of.
pub(crate) fn is_listing(lines: &[Classified<'_>], layout: &Layout) -> bool {
    // On the page as classified: no line reads as body text, and many
    // read as headlines.
    let (mut body, mut short, mut dated, mut clocked) = (0, 0, 0, 0);
    let mut entry_stamps = 0;
    let mut slides = 0;
    let mut in_sidebar = false;
    let mut labelled_date = false;
    // A teaser is a short paragraph right under a headline's date stamp,
    // or right above it under its headline (`headline` / `teaser` /
    // `15-10-2024, 14:35 · Economie`): not body text. The non-blank line
    // before each line is carried along the walk; the next one is looked
    // up past the blank lines.
    // Each line's stamp test is made once: the walk carries it from the
    // line looked up as the next one to the line itself, then above.
    let filled = |k: &Classified<'_>| !matches!(k.kind, Kind::Blank);
    let is_headline = |k: Option<&Classified<'_>>| {
        k.is_some_and(|c| matches!(&c.kind, Kind::Text(t) if !t.body_like() && !t.sentence_end))
    };
    let mut above: Option<&Classified<'_>> = None;
    let mut above_dated = false;
    let mut stamp_here: Option<bool> = None;
    for (i, c) in lines.iter().enumerate() {
        if !filled(c) {
            continue;
        }
        let stamp = stamp_here.take().unwrap_or_else(|| is_teaser_stamp(c));
        let mut after = lines[i + 1..].iter().filter(|c| filled(c));
        let next = after.next();
        let next_stamp = next.map(|n| (matches!(n.kind, Kind::Byline(_)), is_teaser_stamp(n)));
        stamp_here = next_stamp.map(|(_, s)| s);
        // A teaser's section label may stand between it and its date
        // (`... teaser.` / `National` / `Nov 21 2023`).
        let mut label_then_date = || {
            next.is_some_and(is_section_label)
                && after
                    .next()
                    .is_some_and(|d| matches!(d.kind, Kind::Byline(_)) || is_teaser_stamp(d))
        };
        // The label's look-ahead only under a headline: most lines are not.
        let teaser = above_dated
            || (is_headline(above)
                && (next_stamp.is_some_and(|(byline, s)| byline || s) || label_then_date()));
        above = Some(c);
        above_dated = stamp || matches!(c.kind, Kind::Byline(_));
        if matches!(c.kind, Kind::Text(_) | Kind::Boilerplate(_))
            && super::layout::starts_with_clock(c.line.text)
        {
            clocked += 1;
        }
        // Stamps and slide counters are short lines.
        if c.line.text.len() <= ENTRY_STAMP_BYTES {
            if is_entry_stamp(c.line.text.trim()) {
                entry_stamps += 1;
            }
            if super::layout::media_counter(c.line.text) == Some(false) {
                slides += 1;
            }
        }
        // Once the body has begun (or the story's labelled date line has
        // stood), a related or most-read box's dated items are the
        // sidebar's: a one-paragraph story over three dated related items
        // is no listing.
        if matches!(c.kind, Kind::Byline(_)) && crate::lexicon::months::line_has_label(c.line.text)
        {
            labelled_date = true;
        }
        if (body > 0 || labelled_date)
            && matches!(
                c.kind,
                Kind::Boilerplate(BoilerplateKind::Related | BoilerplateKind::MostRead)
            )
        {
            in_sidebar = true;
        }
        match &c.kind {
            // A wrapped paragraph counts once, at its first line.
            Kind::Text(t) if t.continued => {}
            _ if stamp && in_sidebar => {}
            Kind::Byline(_) if in_sidebar => {}
            _ if stamp => dated += 1,
            Kind::Text(t) if teaser && t.chars() <= TEASER_CHARS => {}
            Kind::Text(t) if t.body_like() => body += 1,
            Kind::Text(t) if t.chars() < 120 && !t.sentence_end => short += 1,
            Kind::Byline(_) => dated += 1,
            _ => {}
        }
    }
    // Dated headlines outnumber body lines two to one (an article's own
    // byline, a print-edition credit and a dated related list stay under).
    if (body == 0 && short >= 5) || (dated >= 4 && body * 2 < dated) {
        return true;
    }
    // A photo gallery: slides counted `1 / 8`, `2 / 8`, ..., each with its
    // caption, and no more body text than captions.
    if slides >= GALLERY_SLIDES && body <= slides {
        return true;
    }
    // A live blog: its entries open with a time stamp alone on a line,
    // a clock time or a relative time (`14:32`, `Il y a 5 min`).
    if entry_stamps >= LIVE_ENTRY_STAMPS {
        return true;
    }
    // A schedule or a ticker: lines that open with a clock time (`02:00 -
    // 02:10 نشرة الأخبار`, `09:12 Road works ...`) outnumber body lines
    // four to one.
    if clocked >= CLOCKED_LISTING_LINES && body * 4 < clocked {
        return true;
    }
    // In the body as laid out: headlines outnumber paragraphs four to one.
    let (mut body, mut short) = (0, 0);
    for (c, role) in lines.iter().zip(&layout.roles) {
        if let (Role::Paragraph | Role::CaptionedParagraph(_), Kind::Text(t)) = (role, &c.kind) {
            if t.continued {
                continue;
            }
            if t.body_like() {
                body += 1;
            } else if t.chars() < 120 && !t.sentence_end {
                short += 1;
            }
        }
    }
    if short >= 8 && body * 4 < short {
        return true;
    }
    // A section front read as a bulletin: five or more dated headlines,
    // each with at most one short teaser below it.
    layout.stories.len() >= LISTING_STORIES
        && layout.stories.iter().all(|st| {
            let mut texts = (st.start..st.end)
                .filter(|&i| {
                    Some(i) != st.title
                        && matches!(
                            layout.roles[i],
                            Role::Paragraph
                                | Role::CaptionedParagraph(_)
                                | Role::Boilerplate(BoilerplateKind::OtherStory)
                        )
                })
                .filter_map(|i| match &lines[i].kind {
                    Kind::Text(t) => Some(t.chars()),
                    _ => None,
                });
            // At most one text line, and a short one.
            texts.next().map_or(true, |chars| chars <= TEASER_CHARS) && texts.next().is_none()
        })
}

/// A section's name alone on a line, as listings print it beside each
/// item's date (`National`, `Business`, `Life & Style`): a short text line
/// of at most three words that closes no sentence.
fn is_section_label(c: &Classified<'_>) -> bool {
    matches!(&c.kind, Kind::Text(t) if t.chars() <= SECTION_LABEL_CHARS && !t.sentence_end)
        && c.line.text.split_whitespace().count() <= 3
}

/// Longest section label beside a listed item's date, in chars.
const SECTION_LABEL_CHARS: usize = 20;

/// Dated headlines that make a page a listing when none has more than a
/// teaser.
const LISTING_STORIES: usize = 5;

/// Longest teaser under a listed headline, in chars.
const TEASER_CHARS: usize = 200;

struct Controls {
    /// Control characters other than tab, line breaks and form feed.
    controls: usize,
    /// Bytes that read as binary noise: controls and U+FFFD.
    noise: usize,
}

fn count_controls(text: &str) -> Controls {
    let b = text.as_bytes();
    let count = |bytes: &[u8]| bytes.iter().filter(|&&c| is_control(c)).count();
    let mut controls = 0;
    // 64 bytes per step, tested with fixed-width byte loops that the
    // compiler turns into vector compares; only a block that may hold a
    // control is counted byte by byte.
    let mut blocks = b.chunks_exact(64);
    for block in &mut blocks {
        let mut flags = [0u8; 16];
        for k in 0..4 {
            let lane: &[u8; 16] = block[16 * k..16 * k + 16].try_into().expect("16 bytes");
            for j in 0..16 {
                let c = lane[j];
                // A superset of `is_control`: tab and form feed, rare in
                // page text, send their block to the exact count, which
                // spares two compares per byte.
                let control = ((c < 0x20) & (c != b'\n') & (c != b'\r')) | (c == 0x7F);
                flags[j] |= u8::from(control).wrapping_neg();
            }
        }
        if u128::from_le_bytes(flags) != 0 {
            controls += count(block);
        }
    }
    controls += count(blocks.remainder());
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

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        /// The block-wise count equals a byte-by-byte count, wherever the
        /// controls fall relative to the 64-byte blocks.
        #[test]
        fn control_count_matches_a_byte_scan(
            text in "[a-z \\x00-\\x1F\\x7F\\t\\n\u{e9}\u{627}\u{FFFD}]{0,300}"
        ) {
            let c = count_controls(&text);
            let controls = text.bytes().filter(|&b| is_control(b)).count();
            proptest::prop_assert_eq!(c.controls, controls);
            proptest::prop_assert_eq!(c.noise, controls + 3 * text.matches('\u{FFFD}').count());
        }
    }
}
