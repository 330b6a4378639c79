//! The article model and its parts.

use std::borrow::Cow;

use serde::{Deserialize, Serialize};

use super::lang::{Direction, Language};
use super::published::{HijriDate, Published};
use super::share::ShareMeta;
use super::source::Source;
use crate::error::Warning;
use crate::normalize::Normalizer;

/// A news article read from a text dump.
///
/// Text fields borrow from the input (`Cow::Borrowed`) so parsing copies
/// nothing it need not; call [`Article::into_owned`] to keep an article
/// beyond the input's lifetime.
///
/// Deserializing gives owned text (`Cow::Owned`), so an article can be read
/// back from any JSON reader (`serde_json::from_reader`) as `Article<'static>`.
///
/// Every non-blank input line is accounted for in exactly one place: the
/// title line ([`title_line`](Article::title_line)), the rubric's line (the
/// title line too, when the rubric is a prefix of it), the byline, a share
/// widget line ([`ShareMeta::lines`]), a paragraph, or a boilerplate entry.
/// [`Article::accounted_lines`] lists them. One documented exception: a
/// photo caption glued to the dateline that opens the body (no newline
/// between them) is split, so its line holds a [`BoilerplateKind::Caption`]
/// entry and a paragraph whose texts, joined, give the line.
///
/// ```
/// let text = "Commentary: Rivers remember every flood\n\n\
///             cri 2021-06-01 09:30:00\n\n\
///             The river rose twice this spring, and the town rebuilt its levee in a month.\n";
/// let article = newsparse::parse(text).unwrap();
/// assert_eq!(article.title.as_deref(), Some("Rivers remember every flood"));
/// assert_eq!(article.rubric.as_ref().map(|r| r.kind), Some(newsparse::RubricKind::Commentary));
/// assert_eq!(article.published.unwrap().to_string(), "2021-06-01T09:30:00+08:00");
/// assert_eq!(article.paragraphs[0].line, 5);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Article<'a> {
    /// The headline as written, with a rubric prefix removed.
    pub title: Option<Cow<'a, str>>,
    /// 1-based line of the title.
    pub title_line: Option<usize>,
    /// A rubric or kicker that prefixed the title (`تعليق:`, `Commentary:`).
    pub rubric: Option<Rubric<'a>>,
    /// The outlet, when the byline or a source line names a known one.
    pub source: Option<Source>,
    /// Publication time, with its offset when known.
    pub published: Option<Published>,
    /// Last-modified time, when the page prints one apart from `published`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub modified: Option<Published>,
    /// The line the source and date were read from.
    pub byline: Option<Byline<'a>>,
    /// The dateline that opens the body (`BEIJING, March 16 (Xinhua) --`),
    /// read from the first paragraph, which keeps its text as written.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dateline: Option<Dateline<'a>>,
    /// The share widget, if the page has one.
    pub share: Option<ShareMeta>,
    /// Language of the body text (the majority language of its paragraphs).
    pub language: Option<Language>,
    /// Writing direction of the body text.
    pub direction: Option<Direction>,
    /// Body paragraphs in input order.
    pub paragraphs: Vec<Paragraph<'a>>,
    /// Lines set aside as page furniture, with their kind.
    pub boilerplate: Vec<Boilerplate<'a>>,
    /// What was repaired, guessed or not understood.
    #[serde(default)]
    pub warnings: Vec<Warning>,
}

impl<'a> Article<'a> {
    /// An article with no fields set.
    pub fn empty() -> Self {
        Article {
            title: None,
            title_line: None,
            rubric: None,
            source: None,
            published: None,
            modified: None,
            byline: None,
            dateline: None,
            share: None,
            language: None,
            direction: None,
            paragraphs: Vec::new(),
            boilerplate: Vec::new(),
            warnings: Vec::new(),
        }
    }

    /// Copies every borrowed text so the article no longer borrows the input.
    pub fn into_owned(self) -> Article<'static> {
        Article {
            title: self.title.map(own),
            title_line: self.title_line,
            rubric: self.rubric.map(Rubric::into_owned),
            source: self.source,
            published: self.published,
            modified: self.modified,
            byline: self.byline.map(Byline::into_owned),
            dateline: self.dateline.map(Dateline::into_owned),
            share: self.share,
            language: self.language,
            direction: self.direction,
            paragraphs: self
                .paragraphs
                .into_iter()
                .map(Paragraph::into_owned)
                .collect(),
            boilerplate: self
                .boilerplate
                .into_iter()
                .map(Boilerplate::into_owned)
                .collect(),
            warnings: self.warnings,
        }
    }

    /// A copy with the title, rubric label, paragraphs and boilerplate
    /// text normalized by `normalizer`; this article keeps its text as
    /// written. Text the normalizer leaves unchanged stays borrowed. The
    /// byline keeps its raw text: it is the evidence the date was read
    /// from.
    ///
    /// ```
    /// use newsparse::{Normalizer, Profile};
    /// let a = newsparse::parse("تعليق: الإنترنت للجميع\n\ncri 2019-10-21 15:45:00\n\nقال المتحدث إنّ الشبكة ستصل إلى القرى.").unwrap();
    /// let key = a.normalized(&Normalizer::new(Profile::Search));
    /// assert_eq!(key.title.as_deref(), Some("الانترنت للجميع"));
    /// assert_eq!(a.title.as_deref(), Some("الإنترنت للجميع"));
    /// assert_eq!(key.paragraphs[0].text, "قال المتحدث ان الشبكه ستصل الي القري.");
    /// ```
    pub fn normalized(&self, normalizer: &Normalizer) -> Article<'a> {
        let norm = |c: &Cow<'a, str>| -> Cow<'a, str> {
            match c {
                Cow::Borrowed(s) => normalizer.normalize(s),
                Cow::Owned(s) => Cow::Owned(normalizer.normalize(s).into_owned()),
            }
        };
        let mut out = self.clone();
        out.title = self.title.as_ref().map(norm);
        if let (Some(r), Some(orig)) = (out.rubric.as_mut(), self.rubric.as_ref()) {
            r.label = norm(&orig.label);
        }
        for (p, orig) in out.paragraphs.iter_mut().zip(&self.paragraphs) {
            p.text = norm(&orig.text);
        }
        for (b, orig) in out.boilerplate.iter_mut().zip(&self.boilerplate) {
            b.text = norm(&orig.text);
        }
        out
    }

    /// The body as plain text: paragraphs joined by blank lines.
    pub fn body_text(&self) -> String {
        let mut out = String::new();
        for (i, p) in self.paragraphs.iter().enumerate() {
            if i > 0 {
                out.push_str("\n\n");
            }
            out.push_str(&p.text);
        }
        out
    }

    /// Every input line the article accounts for, sorted, each once: title,
    /// byline, share-widget lines, paragraphs and boilerplate.
    pub fn accounted_lines(&self) -> Vec<usize> {
        let mut lines: Vec<usize> = self
            .title_line
            .into_iter()
            .chain(self.byline.as_ref().map(|b| b.line))
            .chain(self.share.iter().flat_map(|s| s.lines.iter().copied()))
            .chain(self.paragraphs.iter().map(|p| p.line))
            .chain(self.boilerplate.iter().map(|b| b.line))
            .collect();
        lines.sort_unstable();
        lines.dedup();
        lines
    }
}

pub(crate) fn own(c: Cow<'_, str>) -> Cow<'static, str> {
    Cow::Owned(c.into_owned())
}

/// A rubric or kicker: the label that prefixes a headline and says what
/// kind of piece it is (`تعليق:` = commentary).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Rubric<'a> {
    /// The label as written, without its colon (`تعليق`, `Commentary`).
    pub label: Cow<'a, str>,
    /// What the label means.
    pub kind: RubricKind,
}

impl Rubric<'_> {
    /// Copies the label so the rubric no longer borrows the input.
    pub fn into_owned(self) -> Rubric<'static> {
        Rubric {
            label: own(self.label),
            kind: self.kind,
        }
    }
}

/// The meaning of a [`Rubric`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum RubricKind {
    /// Commentary (`تعليق`, `Commentary`, `Commentaire`, `评论`).
    Commentary,
    /// Opinion (`رأي`, `Opinion`, `Tribune`).
    Opinion,
    /// Analysis (`تحليل`, `Analysis`, `Analyse`).
    Analysis,
    /// Editorial (`Editorial`, `社评`, `افتتاحية`).
    Editorial,
    /// Article or column (`مقال`, `Column`).
    Column,
    /// Interview (`حوار`, `Interview`, `专访`).
    Interview,
    /// Breaking news (`عاجل`, `Breaking`).
    Breaking,
    /// Exclusive (`خاص`, `Exclusive`).
    Exclusive,
    /// Video (`فيديو`, `Video`).
    Video,
    /// Photos (`صور`, `بالصور`, `Photos`).
    Photos,
    /// Feature or report (`تقرير`, `Feature`, `Report`).
    Report,
    /// Explainer or Q&A (`Explainer`, `Q&A`).
    Explainer,
}

/// The line a source and date were read from, kept as written.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Byline<'a> {
    /// 1-based input line.
    pub line: usize,
    /// The line's text as written (trimmed of surrounding whitespace).
    pub text: Cow<'a, str>,
    /// The token that named the source (`cri`, `CRIENGLISH.com`), as written.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<Cow<'a, str>>,
    /// The date part of the line as written (`(GMT+08:00) 2016-01-23
    /// 16:48:21`, `الخميس، 14 نوفمبر 2013 04:04 م`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date_text: Option<Cow<'a, str>>,
    /// Set when the page gave only a Hijri date: the date as written, of
    /// which [`Article::published`] is the Gregorian conversion.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub converted_from: Option<HijriDate>,
}

impl<'a> Byline<'a> {
    /// A byline at `line` with `text` and nothing else.
    pub fn new(line: usize, text: impl Into<Cow<'a, str>>) -> Self {
        Byline {
            line,
            text: text.into(),
            source: None,
            date_text: None,
            converted_from: None,
        }
    }

    /// Copies the text so the byline no longer borrows the input.
    pub fn into_owned(self) -> Byline<'static> {
        Byline {
            line: self.line,
            text: own(self.text),
            source: self.source.map(own),
            date_text: self.date_text.map(own),
            converted_from: self.converted_from,
        }
    }
}

/// A dateline: the place, date and agency that open a news story
/// (`بكين 23 أبريل 2019 (شينخوا)`, `BEIJING, March 16 (Xinhua) --`,
/// `ПЕКИН, 30 октября. /ТАСС/.`, `新华社北京10月11日电`).
///
/// The paragraph it opens keeps its full text; the dateline records what
/// was read from its head.
///
/// ```
/// let a = newsparse::parse(
///     "River port reopens\n\n\
///      HANKOU, May 4 (Xinhua) -- The river port reopened on Monday after a week of repairs.\n",
/// ).unwrap();
/// let d = a.dateline.unwrap();
/// assert_eq!(d.place.as_deref(), Some("HANKOU"));
/// assert_eq!(d.agency.as_deref(), Some("Xinhua"));
/// assert_eq!(d.text, "HANKOU, May 4 (Xinhua) --");
/// assert!(d.date.is_none()); // no year anywhere on the page
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Dateline<'a> {
    /// 1-based input line (the first paragraph's line).
    pub line: usize,
    /// The dateline as written, from the paragraph's start through the
    /// agency marker.
    pub text: Cow<'a, str>,
    /// The place, as written (`بكين`, `BEIJING`, `北京`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub place: Option<Cow<'a, str>>,
    /// The date; a date written without a year takes it from the byline
    /// date or the reference time, and stays `None` without either.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<Published>,
    /// The agency as written (`شينخوا`, `Xinhua`, `ТАСС`, `新华社`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub agency: Option<Cow<'a, str>>,
}

impl Dateline<'_> {
    /// Copies the text so the dateline no longer borrows the input.
    pub fn into_owned(self) -> Dateline<'static> {
        Dateline {
            line: self.line,
            text: own(self.text),
            place: self.place.map(own),
            date: self.date,
            agency: self.agency.map(own),
        }
    }
}

/// A body paragraph: one non-blank input line.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Paragraph<'a> {
    /// 1-based input line.
    pub line: usize,
    /// The text as written, trimmed of surrounding whitespace.
    pub text: Cow<'a, str>,
    /// The paragraph's language, when it differs from the article's
    /// (bilingual pages).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language: Option<Language>,
}

impl<'a> Paragraph<'a> {
    /// A paragraph at `line` with `text`.
    pub fn new(line: usize, text: impl Into<Cow<'a, str>>) -> Self {
        Paragraph {
            line,
            text: text.into(),
            language: None,
        }
    }

    /// Copies the text so the paragraph no longer borrows the input.
    pub fn into_owned(self) -> Paragraph<'static> {
        Paragraph {
            line: self.line,
            text: own(self.text),
            language: self.language,
        }
    }
}

/// A line set aside as page furniture.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Boilerplate<'a> {
    /// 1-based input line.
    pub line: usize,
    /// The line's text as written, trimmed.
    pub text: Cow<'a, str>,
    /// What the line is.
    pub kind: BoilerplateKind,
}

impl<'a> Boilerplate<'a> {
    /// A boilerplate entry.
    pub fn new(line: usize, text: impl Into<Cow<'a, str>>, kind: BoilerplateKind) -> Self {
        Boilerplate {
            line,
            text: text.into(),
            kind,
        }
    }

    /// Copies the text so the entry no longer borrows the input.
    pub fn into_owned(self) -> Boilerplate<'static> {
        Boilerplate {
            line: self.line,
            text: own(self.text),
            kind: self.kind,
        }
    }
}

/// What kind of page furniture a [`Boilerplate`] line is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum BoilerplateKind {
    /// "Most read" / "Most popular" sidebar heading.
    MostRead,
    /// "Photos" / "Gallery" heading.
    Photos,
    /// "Video" heading or player residue.
    Video,
    /// "Related" / "Read more" / "More stories".
    Related,
    /// "Latest news" / "Breaking" / "Top stories" listings.
    Latest,
    /// A blog's or site's archive list (`أرشيف المدونة`, `Blog Archive`)
    /// and its month entries.
    Archive,
    /// Navigation menu items and section names.
    Navigation,
    /// Breadcrumb trail (`Home >> World`).
    Breadcrumb,
    /// Comment prompts and counters (`Leave a comment`, `التعليقات 0`).
    Comments,
    /// Print control.
    Print,
    /// Font-size control (`حجم الخط:`, `[A A A]`).
    FontSize,
    /// Tags and keywords lines.
    Tags,
    /// "Follow us" and social-account prompts.
    FollowUs,
    /// Newsletter and subscription prompts.
    Newsletter,
    /// A paywall's prompt where the article's text stops (`Subscribe to
    /// continue reading`, `Cet article est réservé aux abonnés`): the rest
    /// of the story is for subscribers and not in the dump.
    Paywall,
    /// Cookie and privacy notices.
    Cookies,
    /// Copyright, rights and licence (ICP) lines.
    Copyright,
    /// Postal addresses, phone and e-mail lines.
    Contact,
    /// Pagination (`1 2 3 Next`).
    Pagination,
    /// View and share counters.
    Counter,
    /// Audio and video player markers.
    AudioMarker,
    /// Advertisement markers.
    Advertisement,
    /// Leaked CSS, markup, URLs or file names.
    Markup,
    /// Digit-only tracking lines.
    Tracking,
    /// Masthead and staff boxes (`رئيس التحرير`).
    Masthead,
    /// Photo captions and credits.
    Caption,
    /// A second or third printing of the title.
    RepeatedTitle,
    /// The standfirst (dek, chapeau, bajada): the summary printed under
    /// the headline, above the byline or a lead photo. It restates the
    /// article rather than being part of its text.
    Standfirst,
    /// A date stamp that is not the article's (the page header's crawl date).
    HeaderDate,
    /// Source and credit lines (`Source: Xinhua`, `/مصدر: شينخوا/`).
    Credit,
    /// A line of another story on a bulletin page (skeleton H), set aside
    /// by [`parse`](crate::parse), which returns the page's first story;
    /// [`parse_all`](crate::parse_all) returns every story.
    OtherStory,
    /// A poll or quiz inside the page: its heading, question, options and
    /// buttons.
    Poll,
    /// Site slogans, app promotions and other furniture.
    Other,
    /// A web archive record's header above the page text, as a Common
    /// Crawl WET record carries it (`WARC/1.0`, `WARC-Target-URI: ...`,
    /// `WARC-Date: ...`, `Content-Length: ...`, up to the first blank
    /// line).
    RecordHeader,
}
