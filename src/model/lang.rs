//! Languages and writing directions.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

/// A language, identified by its ISO 639-1 code (BCP 47 primary subtag).
///
/// Serialized as the code: `"ar"`, `"en"`, `"zh"`.
///
/// ```
/// use newsparse::{Direction, Language};
/// assert_eq!(Language::Arabic.code(), "ar");
/// assert_eq!(Language::Persian.direction(), Direction::Rtl);
/// assert_eq!("fr".parse::<Language>(), Ok(Language::French));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[non_exhaustive]
pub enum Language {
    /// Arabic.
    #[serde(rename = "ar")]
    Arabic,
    /// Persian (Farsi).
    #[serde(rename = "fa")]
    Persian,
    /// Urdu.
    #[serde(rename = "ur")]
    Urdu,
    /// Hebrew.
    #[serde(rename = "he")]
    Hebrew,
    /// English.
    #[serde(rename = "en")]
    English,
    /// French.
    #[serde(rename = "fr")]
    French,
    /// Spanish.
    #[serde(rename = "es")]
    Spanish,
    /// Portuguese.
    #[serde(rename = "pt")]
    Portuguese,
    /// Italian.
    #[serde(rename = "it")]
    Italian,
    /// German.
    #[serde(rename = "de")]
    German,
    /// Turkish.
    #[serde(rename = "tr")]
    Turkish,
    /// Indonesian.
    #[serde(rename = "id")]
    Indonesian,
    /// Hungarian.
    #[serde(rename = "hu")]
    Hungarian,
    /// Esperanto.
    #[serde(rename = "eo")]
    Esperanto,
    /// Russian.
    #[serde(rename = "ru")]
    Russian,
    /// Ukrainian.
    #[serde(rename = "uk")]
    Ukrainian,
    /// Chinese.
    #[serde(rename = "zh")]
    Chinese,
    /// Japanese.
    #[serde(rename = "ja")]
    Japanese,
    /// Korean.
    #[serde(rename = "ko")]
    Korean,
    /// Hindi (Devanagari script; Marathi and Nepali pages, also written in
    /// Devanagari, are detected as Hindi).
    #[serde(rename = "hi")]
    Hindi,
    /// Polish.
    #[serde(rename = "pl")]
    Polish,
    /// Greek.
    #[serde(rename = "el")]
    Greek,
    /// Vietnamese (Latin script with stacked tone marks).
    #[serde(rename = "vi")]
    Vietnamese,
    /// Bengali (Bengali script; Assamese, written in nearly the same
    /// letters, is detected as Bengali).
    #[serde(rename = "bn")]
    Bengali,
    /// Thai.
    #[serde(rename = "th")]
    Thai,
    /// Dutch.
    #[serde(rename = "nl")]
    Dutch,
    /// Swedish (Norwegian and Danish pages, told apart from it by few
    /// common words, are often detected as Swedish).
    #[serde(rename = "sv")]
    Swedish,
    /// Czech (Slovak pages are often detected as Czech).
    #[serde(rename = "cs")]
    Czech,
    /// Swahili.
    #[serde(rename = "sw")]
    Swahili,
    /// Romanian.
    #[serde(rename = "ro")]
    Romanian,
    /// Tamil.
    #[serde(rename = "ta")]
    Tamil,
    /// Telugu.
    #[serde(rename = "te")]
    Telugu,
    /// Kannada.
    #[serde(rename = "kn")]
    Kannada,
    /// Malayalam.
    #[serde(rename = "ml")]
    Malayalam,
    /// Gujarati.
    #[serde(rename = "gu")]
    Gujarati,
    /// Punjabi in the Gurmukhi script (Shahmukhi Punjabi, in Arabic
    /// letters, is detected as Urdu).
    #[serde(rename = "pa")]
    Punjabi,
    /// Odia (Oriya).
    #[serde(rename = "or")]
    Odia,
}

impl Language {
    /// Every language this crate knows, in declaration order.
    pub const ALL: &'static [Language] = &[
        Language::Arabic,
        Language::Persian,
        Language::Urdu,
        Language::Hebrew,
        Language::English,
        Language::French,
        Language::Spanish,
        Language::Portuguese,
        Language::Italian,
        Language::German,
        Language::Turkish,
        Language::Indonesian,
        Language::Hungarian,
        Language::Esperanto,
        Language::Russian,
        Language::Ukrainian,
        Language::Chinese,
        Language::Japanese,
        Language::Korean,
        Language::Hindi,
        Language::Polish,
        Language::Greek,
        Language::Vietnamese,
        Language::Bengali,
        Language::Thai,
        Language::Dutch,
        Language::Swedish,
        Language::Czech,
        Language::Swahili,
        Language::Romanian,
        Language::Tamil,
        Language::Telugu,
        Language::Kannada,
        Language::Malayalam,
        Language::Gujarati,
        Language::Punjabi,
        Language::Odia,
    ];

    /// The ISO 639-1 code.
    pub const fn code(self) -> &'static str {
        match self {
            Language::Arabic => "ar",
            Language::Persian => "fa",
            Language::Urdu => "ur",
            Language::Hebrew => "he",
            Language::English => "en",
            Language::French => "fr",
            Language::Spanish => "es",
            Language::Portuguese => "pt",
            Language::Italian => "it",
            Language::German => "de",
            Language::Turkish => "tr",
            Language::Indonesian => "id",
            Language::Hungarian => "hu",
            Language::Esperanto => "eo",
            Language::Russian => "ru",
            Language::Ukrainian => "uk",
            Language::Chinese => "zh",
            Language::Japanese => "ja",
            Language::Korean => "ko",
            Language::Hindi => "hi",
            Language::Polish => "pl",
            Language::Greek => "el",
            Language::Vietnamese => "vi",
            Language::Bengali => "bn",
            Language::Thai => "th",
            Language::Dutch => "nl",
            Language::Swedish => "sv",
            Language::Czech => "cs",
            Language::Swahili => "sw",
            Language::Romanian => "ro",
            Language::Tamil => "ta",
            Language::Telugu => "te",
            Language::Kannada => "kn",
            Language::Malayalam => "ml",
            Language::Gujarati => "gu",
            Language::Punjabi => "pa",
            Language::Odia => "or",
        }
    }

    /// The direction the language is written in.
    pub const fn direction(self) -> Direction {
        match self {
            Language::Arabic | Language::Persian | Language::Urdu | Language::Hebrew => {
                Direction::Rtl
            }
            _ => Direction::Ltr,
        }
    }
}

impl fmt::Display for Language {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// The error of parsing an unknown language code.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown language code {0:?}")]
pub struct UnknownLanguage(pub String);

impl FromStr for Language {
    type Err = UnknownLanguage;

    /// Parses an ISO 639-1 code, case-insensitively; a BCP 47 tag such as
    /// `ar-EG` is read by its primary subtag.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let primary = s.split(['-', '_']).next().unwrap_or(s);
        Language::ALL
            .iter()
            .copied()
            .find(|l| l.code().eq_ignore_ascii_case(primary))
            .ok_or_else(|| UnknownLanguage(s.to_owned()))
    }
}

/// Writing direction of a text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Direction {
    /// Left to right (Latin, Cyrillic, Han, ...).
    Ltr,
    /// Right to left (Arabic, Persian, Urdu, Hebrew).
    Rtl,
}
