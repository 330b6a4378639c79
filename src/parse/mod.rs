//! The parser: text dump in, [`Article`] out.
//!
//! ```text
//! &str / &[u8] -> input     (BOM, UTF-8, size limit)        input.rs
//!              -> lines     (numbered, trimmed; memchr)     lines.rs
//!              -> classify  (each line alone)               classify.rs, share.rs, byline.rs, date.rs
//!              -> layout    (roles from the page's order)   layout.rs
//!              -> fields    (source, time zone, language)   fields.rs, language.rs
//!              -> Article
//! ```

pub(crate) mod byline;
pub(crate) mod classify;
pub(crate) mod date;
pub(crate) mod dateline;
mod fields;
pub(crate) mod input;
pub(crate) mod language;
pub(crate) mod layout;
pub(crate) mod lines;
pub(crate) mod share;

use std::sync::OnceLock;

use chrono::{DateTime, FixedOffset};
use chrono_tz::Tz;

use crate::error::ParseError;
use crate::model::{Article, SourceRegistry};

/// Default input size limit: 256 MiB.
pub const DEFAULT_MAX_INPUT_BYTES: usize = 256 * 1024 * 1024;

/// Options for [`Parser`].
///
/// ```
/// use newsparse::{ParseOptions, Parser};
/// let parser = Parser::new(
///     ParseOptions::default()
///         .max_input_bytes(1 << 20)
///         .default_time_zone(chrono_tz::Europe::Paris),
/// );
/// let article = parser.parse("Le pont\n\nlemonde-local 2021-07-01 10:00\n\nLe pont a ouvert ce matin.").unwrap();
/// // The source is unknown, so the caller's zone gives the offset.
/// assert_eq!(article.published.unwrap().to_string(), "2021-07-01T10:00:00+02:00");
/// ```
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct ParseOptions {
    /// Inputs larger than this many bytes are rejected with
    /// [`ParseError::TooLarge`] before any work is done.
    pub max_input_bytes: usize,
    /// Turn every warning into [`ParseError::Strict`].
    pub strict: bool,
    /// Time zone for bylines whose source is unknown or has no zone. Without
    /// it such times stay naive (no offset), with a warning.
    pub default_time_zone: Option<Tz>,
    /// The time relative dates (`منذ سنتين`, `2 hours ago`) count back
    /// from, usually the crawl time. Without it they are reported as
    /// [`Warning::RelativeDate`](crate::Warning::RelativeDate); it also
    /// gives a year to a dateline written without one when the page has
    /// no dated byline. Unset, a Common Crawl WET record's own `WARC-Date`
    /// header (its crawl time) is used when the text opens with one.
    pub reference_time: Option<DateTime<FixedOffset>>,
}

impl Default for ParseOptions {
    fn default() -> Self {
        ParseOptions {
            max_input_bytes: DEFAULT_MAX_INPUT_BYTES,
            strict: false,
            default_time_zone: None,
            reference_time: None,
        }
    }
}

impl ParseOptions {
    /// Sets [`ParseOptions::max_input_bytes`].
    pub fn max_input_bytes(mut self, limit: usize) -> Self {
        self.max_input_bytes = limit;
        self
    }

    /// Sets [`ParseOptions::strict`].
    pub fn strict(mut self, strict: bool) -> Self {
        self.strict = strict;
        self
    }

    /// Sets [`ParseOptions::reference_time`].
    ///
    /// ```
    /// use newsparse::{ParseOptions, Parser};
    /// let now = chrono::DateTime::parse_from_rfc3339("2024-03-10T09:00:00+01:00").unwrap();
    /// let parser = Parser::new(ParseOptions::default().reference_time(now));
    /// let a = parser.parse("Snow closes the pass\n\nposted 3 hours ago\n\nThe mountain pass closed this morning after heavy snow.").unwrap();
    /// assert_eq!(a.published.unwrap().to_string(), "2024-03-10T06:00:00+01:00");
    /// ```
    pub fn reference_time(mut self, now: DateTime<FixedOffset>) -> Self {
        self.reference_time = Some(now);
        self
    }

    /// Sets [`ParseOptions::default_time_zone`].
    pub fn default_time_zone(mut self, zone: Tz) -> Self {
        self.default_time_zone = Some(zone);
        self
    }
}

/// A configured parser: options plus the outlet registry. Build it once and
/// share it; it is `Send + Sync`.
#[derive(Debug, Clone, Default)]
pub struct Parser {
    options: ParseOptions,
    sources: SourceRegistry,
}

impl Parser {
    /// A parser with `options` and the built-in outlet registry.
    pub fn new(options: ParseOptions) -> Self {
        Parser {
            options,
            sources: SourceRegistry::builtin(),
        }
    }

    /// Replaces the outlet registry.
    ///
    /// ```
    /// use newsparse::{Parser, ParseOptions, Source, SourceRegistry};
    /// let mut reg = SourceRegistry::builtin();
    /// reg.add(Source::new("planet", "The Daily Planet")
    ///     .with_aliases(["planet"])
    ///     .with_time_zone("America/New_York"));
    /// let parser = Parser::new(ParseOptions::default()).with_sources(reg);
    /// let a = parser.parse("Snow in May\n\nplanet 2021-05-03 08:00\n\nIt snowed across the city this morning.").unwrap();
    /// assert_eq!(a.source.unwrap().id, "planet");
    /// assert_eq!(a.published.unwrap().to_string(), "2021-05-03T08:00:00-04:00");
    /// ```
    pub fn with_sources(mut self, sources: SourceRegistry) -> Self {
        self.sources = sources;
        self
    }

    /// The options in force.
    pub fn options(&self) -> &ParseOptions {
        &self.options
    }

    /// The outlet registry in force.
    pub fn sources(&self) -> &SourceRegistry {
        &self.sources
    }

    /// Parses a text dump.
    ///
    /// # Errors
    /// [`ParseError::Empty`], [`ParseError::TooLarge`],
    /// [`ParseError::NoArticleText`], or [`ParseError::Strict`] in strict mode.
    pub fn parse<'a>(&self, text: &'a str) -> Result<Article<'a>, ParseError> {
        let text = input::check_str(text, self.options.max_input_bytes)?;
        self.run(text)
    }

    /// Parses a text dump given as bytes, which must be UTF-8 (a BOM is
    /// allowed).
    ///
    /// # Errors
    /// As [`Parser::parse`], plus [`ParseError::InvalidUtf8`] with the byte
    /// offset of the first invalid sequence.
    pub fn parse_bytes<'a>(&self, bytes: &'a [u8]) -> Result<Article<'a>, ParseError> {
        let text = input::decode(bytes, self.options.max_input_bytes)?;
        self.run(text)
    }

    /// Parses a text dump and returns every story on it: one article for
    /// an ordinary page, one per story for a bulletin page (skeleton H:
    /// several headlines, each with its own paragraphs). Each article has
    /// its own title and paragraphs; the other stories' lines are in its
    /// `boilerplate` as `other_story`, so each article still accounts for
    /// every line. Stories without a date line of their own share the
    /// page's byline.
    ///
    /// ```
    /// let page = "Hourly News 2021-04-02\n\ncri 2021-04-02 09:00:00\n\n\
    ///             Floods close mountain roads\n\
    ///             Heavy rain has closed three mountain roads in the north of the province since Thursday night.\n\n\
    ///             Museum reopens after repairs\n\
    ///             The city museum reopened on Friday after two years of repairs to its roof and galleries.\n";
    /// let stories = newsparse::Parser::default().parse_all(page).unwrap();
    /// assert_eq!(stories.len(), 2);
    /// assert_eq!(stories[1].title.as_deref(), Some("Museum reopens after repairs"));
    /// assert_eq!(stories[1].paragraphs.len(), 1);
    /// // `parse` returns the first story.
    /// let main = newsparse::parse(page).unwrap();
    /// assert_eq!(main.title.as_deref(), Some("Floods close mountain roads"));
    /// ```
    ///
    /// # Errors
    /// As [`Parser::parse`]; an error for any story is returned as a whole.
    pub fn parse_all<'a>(&self, text: &'a str) -> Result<Vec<Article<'a>>, ParseError> {
        let text = input::check_str(text, self.options.max_input_bytes)?;
        let (lines, page, controls) = self.lay_out(text)?;
        if page.stories.is_empty() {
            return Ok(vec![self.finish(&lines, &page, controls)?]);
        }
        (0..page.stories.len())
            .map(|n| self.finish(&lines, &layout::story_layout(&page, n), controls))
            .collect()
    }

    /// Lines, their layout, and the count of control characters (read
    /// once here: it rejects binary noise and later becomes a warning).
    #[allow(clippy::type_complexity)]
    fn lay_out<'a>(
        &self,
        text: &'a str,
    ) -> Result<(Vec<classify::Classified<'a>>, layout::Layout, usize), ParseError> {
        // Binary noise is turned away before any line is read.
        let controls = fields::check_noise(text)?;
        let lines = lines::split(text);
        let classified = classify::classify(lines, &self.sources);
        let layout = layout::layout(&classified);
        if fields::is_listing(&classified, &layout) {
            // A paywall stub lists the latest stories under its prompt: it
            // is a story's page with the story withheld.
            return Err(if fields::is_paywall_stub(&classified) {
                ParseError::Paywalled
            } else {
                ParseError::NotAnArticle
            });
        }
        Ok((classified, layout, controls))
    }

    fn finish<'a>(
        &self,
        lines: &[classify::Classified<'a>],
        layout: &layout::Layout,
        controls: usize,
    ) -> Result<Article<'a>, ParseError> {
        // A web archive record's crawl time stands in for the reference
        // time the caller did not give (relative dates count back from it).
        let crawl = self
            .options
            .reference_time
            .is_none()
            .then(|| classify::record_time(lines))
            .flatten();
        let with_crawl;
        let parser = match crawl {
            Some(time) => {
                with_crawl = Parser {
                    options: ParseOptions {
                        reference_time: Some(time),
                        ..self.options.clone()
                    },
                    sources: self.sources.clone(),
                };
                &with_crawl
            }
            None => self,
        };
        let article = fields::build(lines, layout, controls, parser)?;
        if self.options.strict {
            if let Some(w) = article.warnings.first() {
                return Err(ParseError::Strict(w.clone()));
            }
        }
        Ok(article)
    }

    fn run<'a>(&self, text: &'a str) -> Result<Article<'a>, ParseError> {
        let (lines, page, controls) = self.lay_out(text)?;
        if page.stories.is_empty() {
            self.finish(&lines, &page, controls)
        } else {
            // A bulletin page: the first story is the main one.
            self.finish(&lines, &layout::story_layout(&page, 0), controls)
        }
    }
}

fn default_parser() -> &'static Parser {
    static PARSER: OnceLock<Parser> = OnceLock::new();
    PARSER.get_or_init(Parser::default)
}

/// Parses a text dump with the default options and the built-in outlets.
///
/// ```
/// let a = newsparse::parse("تعليق: عنوان\n\ncri 2019-10-21 15:45:00\n\nنص الفقرة الأولى من المقال.").unwrap();
/// assert_eq!(a.title.as_deref(), Some("عنوان"));
/// assert_eq!(a.language.map(|l| l.code()), Some("ar"));
/// ```
///
/// # Errors
/// See [`Parser::parse`].
pub fn parse(text: &str) -> Result<Article<'_>, ParseError> {
    default_parser().parse(text)
}

/// Parses a text dump and returns every story on it (see
/// [`Parser::parse_all`]): one article for an ordinary page, one per story
/// for a bulletin page.
///
/// ```
/// let one = newsparse::parse_all("A bridge opens\n\nThe new bridge opened to traffic on Monday morning after two years of work.").unwrap();
/// assert_eq!(one.len(), 1);
/// ```
///
/// # Errors
/// See [`Parser::parse_all`].
pub fn parse_all(text: &str) -> Result<Vec<Article<'_>>, ParseError> {
    default_parser().parse_all(text)
}

/// Parses a text dump given as UTF-8 bytes with the default options.
///
/// ```
/// use newsparse::ParseError;
/// assert_eq!(newsparse::parse_bytes(b"ok\xff"), Err(ParseError::InvalidUtf8 { offset: 2 }));
/// ```
///
/// # Errors
/// See [`Parser::parse_bytes`].
pub fn parse_bytes(bytes: &[u8]) -> Result<Article<'_>, ParseError> {
    default_parser().parse_bytes(bytes)
}
