//! # newsparse
//!
//! Turn scraped news pages, given as text dumps (a browser's select-all, a
//! text browser's dump, a Common Crawl WET record), into clean, typed
//! articles: title, rubric, source, publication time with its real UTC
//! offset, share-widget metadata, paragraphs with their line numbers, and
//! the page furniture set aside rather than lost.
//!
//! ```
//! use newsparse::{BoilerplateKind, RubricKind, SharePlatform};
//!
//! let dump = "\
//! تعليق: الجسر الجديد يربط ضفتي النهر!!
//!
//! cri 2021-03-04 10:20:00
//! Comment
//! Share
//! Messenger Messenger WeChat
//!
//! افتتح الجسر الجديد صباح اليوم بعد عامين من العمل المتواصل، وعبره مئات السكان في ساعاته الأولى.
//!
//! وقال المهندسون إن الجسر صمم ليتحمل فيضانات النهر الموسمية لعقود قادمة.
//!
//! الأكثر قراءة
//! ";
//! let article = newsparse::parse(dump)?;
//! assert_eq!(article.title.as_deref(), Some("الجسر الجديد يربط ضفتي النهر!!"));
//! assert_eq!(article.rubric.as_ref().unwrap().kind, RubricKind::Commentary);
//! assert_eq!(article.source.as_ref().unwrap().id, "cri");
//! // CRI's clock is Beijing time: the offset is real, not assumed.
//! assert_eq!(article.published.unwrap().to_string(), "2021-03-04T10:20:00+08:00");
//! let share = article.share.as_ref().unwrap();
//! assert!(share.comments);
//! assert_eq!(share.platforms, [SharePlatform::Messenger, SharePlatform::WeChat]);
//! assert_eq!(article.paragraphs.len(), 2);
//! assert_eq!(article.paragraphs[1].line, 10);
//! assert_eq!(article.boilerplate[0].kind, BoilerplateKind::MostRead);
//! assert_eq!(article.language.unwrap().code(), "ar");
//! # Ok::<(), newsparse::ParseError>(())
//! ```
//!
//! ## How it works
//!
//! Parsing is a pipeline of small stages (see the `parse` module source):
//! input checks, a line split, a per-line classification against data
//! tables (rubrics, share-widget words, boilerplate headings, outlets),
//! a layout stage that decides each line's role from the page's order, and
//! a fields stage that reads the source, the time with its zone, and the
//! language. The [`Article`] borrows its text from the input; call
//! [`Article::into_owned`] to keep it longer.
//!
//! Every non-blank line ends up in exactly one place (title, byline, share
//! widget, paragraph or boilerplate): [`Article::accounted_lines`].
//!
//! ## Dates
//!
//! Publication times are read as pages print them: ISO forms and their
//! variants, day-first and month-first numeric dates, month names in
//! Arabic (Egyptian/Gulf, Levantine and Maghrebi names, doubled forms such
//! as `يوليو/تموز`), English, French, Spanish, Portuguese, Italian, German
//! and Russian, Chinese dates (`2019年01月10日`, `九月二十七日`), Hijri
//! dates, digits in any script, `AM`/`PM`/`ص`/`م`, and explicit zones. A
//! site header's crawl date loses to the byline; a dateline that opens the
//! body is read into [`Article::dateline`]. An explicit zone wins over the
//! outlet's IANA zone, which wins over [`ParseOptions::default_time_zone`];
//! without any, the time stays naive with a warning. An ambiguous
//! `6/7/2023` is read by the outlet's [`DateOrder`], else day first on a
//! page in any language but English (and the year-first Chinese, Japanese
//! and Korean), else reported; a relative date is reported unless
//! [`ParseOptions::reference_time`] settles it.
//! [`DateReader`] reads one line on its own:
//!
//! ```
//! use newsparse::DateReader;
//! let r = DateReader::new().read("الاثنين 1427/4/9 هـ - الموافق 8/5/2006 م الساعة 17:51 (مكة المكرمة)");
//! assert_eq!(r.published.unwrap().to_string(), "2006-05-08T17:51:00+03:00");
//! ```
//!
//! ## Normalization
//!
//! [`Normalizer`] folds any string for search keys ([`Profile::Search`]:
//! NFKC, Arabic orthography, digits, punctuation, case) or tidies it for
//! display ([`Profile::Display`]: NFC, invisible controls, spaces), each
//! fold a documented flag of [`NormalizeOptions`]. It borrows when nothing
//! changes:
//!
//! ```
//! use newsparse::{Normalizer, Profile};
//! let search = Normalizer::new(Profile::Search);
//! assert_eq!(search.normalize("الإنترنت"), search.normalize("الانترنت"));
//! assert!(matches!(search.normalize("plain"), std::borrow::Cow::Borrowed(_)));
//! ```
//!
//! The parser uses the `Search` profile only to build match keys for its
//! lexicon; articles keep their text as written, and
//! [`Article::normalized`] gives a normalized copy.
//!
//! ## Errors
//!
//! A [`ParseError`] means there is no article: empty input, invalid UTF-8
//! (with its byte offset), input over the size limit, a listing page rather
//! than an article, or no article text at all. Everything else is best effort with [`Warning`]s in the article
//! (`ParseOptions::strict` turns them into errors). The parser never
//! panics and runs in time linear in its input.
//!
//! ## JSON
//!
//! Every model type is `serde`-serializable; `published` is one string,
//! RFC 3339 with the real offset when known, never a silently assumed UTC.

#![forbid(unsafe_code)]
#![warn(missing_docs)]

mod error;
mod lexicon;
mod model;
pub mod normalize;
mod parse;

pub use chrono_tz::Tz;
pub use error::{ParseError, Warning};
pub use model::{
    Article, Boilerplate, BoilerplateKind, Byline, DateOrder, Dateline, Direction, Edition,
    HijriDate, Language, Paragraph, Published, PublishedParseError, Rubric, RubricKind, ShareMeta,
    SharePlatform, Source, SourceKind, SourceRegistry, Text, UnknownLanguage,
};
pub use normalize::{NormalizeOptions, Normalizer, Profile, TatweelMode, UnicodeForm};
pub use parse::date::{DateIssue, DateReader, DateReading};
pub use parse::{parse, parse_all, parse_bytes, ParseOptions, Parser, DEFAULT_MAX_INPUT_BYTES};

/// The README's examples, compiled and run as doctests.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;
