//! Fatal errors ([`ParseError`]) and recoverable findings ([`Warning`]).
//!
//! The split follows the `url` crate: a [`ParseError`] means there is no
//! article to return at all; everything the parser could repair, guess or
//! skip is reported as a [`Warning`] beside a best-effort [`Article`].
//!
//! [`Article`]: crate::Article

use std::fmt;

use serde::{Deserialize, Serialize};

/// Why a dump could not be turned into an article.
///
/// Messages are lowercase without a trailing period, so they can be embedded
/// in a caller's own error chain (`"page.txt: input is empty"`).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum ParseError {
    /// The input was empty or held only whitespace and invisible characters.
    #[error("input is empty")]
    Empty,
    /// The bytes were not valid UTF-8; `offset` is the byte offset of the
    /// first invalid sequence.
    #[error("invalid utf-8 at byte {offset}")]
    InvalidUtf8 {
        /// Byte offset of the first byte that is not part of valid UTF-8.
        offset: usize,
    },
    /// The input is larger than [`ParseOptions::max_input_bytes`](crate::ParseOptions).
    #[error("input is {size} bytes, over the limit of {limit} bytes")]
    TooLarge {
        /// Size of the input in bytes.
        size: usize,
        /// The configured limit in bytes.
        limit: usize,
    },
    /// The input holds no line that reads as article text: only page
    /// furniture, share widgets, or binary noise.
    #[error("no article text found")]
    NoArticleText,
    /// The page is a listing, category or index page (headlines, teasers
    /// and dates, no article body), a video's page whose only text is a
    /// short description under the player, or a site's error page (`Page
    /// not found` and no date), so no article is made up from it.
    #[error("not an article: the page is a listing, a video page or an error page")]
    NotAnArticle,
    /// The page is a paywall stub: a headline, at most its standfirst, and
    /// a prompt to subscribe (`This article is available to subscribers
    /// only`). The article's text is not in the dump.
    #[error("paywalled: the page shows no article text, only a prompt to subscribe")]
    Paywalled,
    /// In strict mode, a warning that the caller asked to treat as fatal.
    #[error("strict mode: {0}")]
    Strict(Warning),
}

impl ParseError {
    /// A short, stable snake_case name of the error's kind, for counting
    /// errors by kind (`"invalid_utf8"`, `"not_an_article"`).
    ///
    /// ```
    /// use newsparse::ParseError;
    /// assert_eq!(ParseError::InvalidUtf8 { offset: 3 }.kind(), "invalid_utf8");
    /// ```
    pub fn kind(&self) -> &'static str {
        match self {
            ParseError::Empty => "empty",
            ParseError::InvalidUtf8 { .. } => "invalid_utf8",
            ParseError::TooLarge { .. } => "too_large",
            ParseError::NoArticleText => "no_article_text",
            ParseError::NotAnArticle => "not_an_article",
            ParseError::Paywalled => "paywalled",
            ParseError::Strict(_) => "strict",
        }
    }
}

/// Something the parser repaired, guessed or could not understand.
///
/// Warnings never stop parsing (unless [`ParseOptions::strict`] is set).
/// Each carries the 1-based input line it is about, where there is one.
///
/// In JSON a warning is an object tagged by `kind`:
/// `{"kind": "unknown_source", "line": 3, "token": "xyz"}`.
///
/// [`ParseOptions::strict`]: crate::ParseOptions::strict
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
#[non_exhaustive]
pub enum Warning {
    /// No line could be taken as the title.
    NoTitle,
    /// No publication date was found.
    NoDate,
    /// A byline or date-like line was found but its date could not be read.
    DateNotUnderstood {
        /// The line holding the text.
        line: usize,
        /// The text that looked like a date.
        text: String,
    },
    /// A date was written but is impossible (`2019-02-30`, `25:61`); it was
    /// rejected rather than wrapped to a neighbouring day.
    InvalidDate {
        /// The line holding the text.
        line: usize,
        /// The impossible date as written.
        text: String,
    },
    /// The byline names a source the registry does not know, so the time
    /// zone of the date could not be found.
    UnknownSource {
        /// The byline line.
        line: usize,
        /// The source token as written.
        token: String,
    },
    /// A time was found but no time zone applies: `published` is naive.
    NoTimeZone {
        /// The line the time came from.
        line: usize,
    },
    /// Two lines were close candidates for the title.
    AmbiguousTitle {
        /// The line chosen.
        chosen: usize,
        /// The runner-up.
        other: usize,
    },
    /// A day/month order could not be decided (`6/7/2023`): neither the
    /// outlet's convention nor the page's language settled it.
    AmbiguousDate {
        /// The line holding the date.
        line: usize,
        /// The date as written.
        text: String,
    },
    /// A relative date (`منذ سنتين`, `2 hours ago`) was found but no
    /// reference time was given ([`ParseOptions::reference_time`]), so it
    /// could not be resolved.
    ///
    /// [`ParseOptions::reference_time`]: crate::ParseOptions::reference_time
    RelativeDate {
        /// The line holding the text.
        line: usize,
        /// The relative date as written.
        text: String,
    },
    /// Control characters (other than tab and line breaks) were found in
    /// the input; they are kept in the text as written.
    ControlCharacters {
        /// How many were seen.
        count: usize,
    },
    /// The article's text stops at a paywall's prompt: the paragraphs are
    /// the part the page shows, the rest is for subscribers.
    Paywall {
        /// The line of the prompt.
        line: usize,
    },
}

impl fmt::Display for Warning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Warning::NoTitle => f.write_str("no title found"),
            Warning::NoDate => f.write_str("no publication date found"),
            Warning::DateNotUnderstood { line, text } => {
                write!(f, "line {line}: date not understood: {text:?}")
            }
            Warning::InvalidDate { line, text } => {
                write!(f, "line {line}: impossible date rejected: {text:?}")
            }
            Warning::UnknownSource { line, token } => {
                write!(f, "line {line}: unknown source {token:?}")
            }
            Warning::NoTimeZone { line } => {
                write!(f, "line {line}: no time zone known, time kept naive")
            }
            Warning::AmbiguousTitle { chosen, other } => {
                write!(
                    f,
                    "title taken from line {chosen}, line {other} was a close candidate"
                )
            }
            Warning::AmbiguousDate { line, text } => {
                write!(f, "line {line}: day/month order ambiguous: {text:?}")
            }
            Warning::RelativeDate { line, text } => {
                write!(
                    f,
                    "line {line}: relative date without a reference time: {text:?}"
                )
            }
            Warning::ControlCharacters { count } => {
                write!(f, "{count} control characters in the input")
            }
            Warning::Paywall { line } => {
                write!(f, "line {line}: the text stops at a paywall")
            }
        }
    }
}
