//! News outlets ([`Source`]) and the registry that resolves byline tokens
//! and domains to them ([`SourceRegistry`]).

use std::borrow::Cow;

use serde::{Deserialize, Serialize};

use super::lang::Language;
use super::published::DateOrder;

/// A text field of a [`Source`]: borrowed from the built-in tables, owned
/// when the caller builds or deserializes an outlet of their own.
pub type Text = Cow<'static, str>;

/// A news outlet: a broadcaster, agency, newspaper or site.
///
/// The built-in registry ([`SourceRegistry::builtin`]) holds the outlets the
/// crate knows; callers add their own in code or from JSON.
///
/// ```
/// use newsparse::{Source, SourceKind};
/// let json = r#"{"id": "daily-planet", "name": "The Daily Planet",
///                "aliases": ["planet"], "time_zone": "America/New_York",
///                "kind": "newspaper"}"#;
/// let src: Source = serde_json::from_str(json).unwrap();
/// assert_eq!(src.kind, SourceKind::Newspaper);
/// assert_eq!(src.time_zone.as_deref(), Some("America/New_York"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Source {
    /// Stable identifier, lowercase ASCII (`cri`, `xinhua`, `aljazeera`).
    pub id: Text,
    /// Name in English.
    pub name: Text,
    /// Name in the outlet's own language or script, where it differs; in
    /// an article, the name of the edition in the article's language.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub native_name: Option<Text>,
    /// Other names, abbreviations and byline tokens (`cri`, `شينخوا`, `新华社`).
    #[serde(default, skip_serializing_if = "<[_]>::is_empty")]
    pub aliases: Cow<'static, [Text]>,
    /// Home page URL of the service the article came from, where known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub home_page: Option<Text>,
    /// Language editions with their own name and home page (CRI publishes
    /// in dozens of languages, each on its own host).
    #[serde(default, skip_serializing_if = "<[_]>::is_empty")]
    pub editions: Cow<'static, [Edition]>,
    /// Domains the outlet publishes on (without scheme), for lookup by URL.
    #[serde(default, skip_serializing_if = "<[_]>::is_empty")]
    pub domains: Cow<'static, [Text]>,
    /// Languages the outlet publishes in.
    #[serde(default, skip_serializing_if = "<[_]>::is_empty")]
    pub languages: Cow<'static, [Language]>,
    /// IANA time zone of the outlet's clock (`Asia/Shanghai`), used to give
    /// a byline time its real offset.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub time_zone: Option<Text>,
    /// What kind of outlet it is.
    #[serde(default)]
    pub kind: SourceKind,
    /// ISO 3166-1 alpha-2 country code of the outlet's seat.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<Text>,
    /// How the outlet writes numeric dates whose day and month could be
    /// swapped (`6/7/2023`); `None` when unknown.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date_order: Option<DateOrder>,
}

impl Source {
    /// A source with the given id and English name and nothing else; fill
    /// the other fields with the `with_*` methods.
    ///
    /// ```
    /// use newsparse::Source;
    /// let s = Source::new("planet", "The Daily Planet")
    ///     .with_aliases(["planet", "dp"])
    ///     .with_time_zone("America/New_York");
    /// assert!(s.answers_to("DP"));
    /// ```
    pub fn new(id: impl Into<Text>, name: impl Into<Text>) -> Self {
        Source {
            id: id.into(),
            name: name.into(),
            native_name: None,
            aliases: Cow::Borrowed(&[]),
            home_page: None,
            editions: Cow::Borrowed(&[]),
            domains: Cow::Borrowed(&[]),
            languages: Cow::Borrowed(&[]),
            time_zone: None,
            kind: SourceKind::Other,
            country: None,
            date_order: None,
        }
    }

    /// Sets the byline tokens and other names the source answers to.
    pub fn with_aliases<I, S>(mut self, aliases: I) -> Self
    where
        I: IntoIterator<Item = S>,
        S: Into<Text>,
    {
        self.aliases = Cow::Owned(aliases.into_iter().map(Into::into).collect());
        self
    }

    /// Sets the domains the source publishes on.
    pub fn with_domains<I, S>(mut self, domains: I) -> Self
    where
        I: IntoIterator<Item = S>,
        S: Into<Text>,
    {
        self.domains = Cow::Owned(domains.into_iter().map(Into::into).collect());
        self
    }

    /// Sets the IANA time zone.
    pub fn with_time_zone(mut self, zone: impl Into<Text>) -> Self {
        self.time_zone = Some(zone.into());
        self
    }

    /// Sets how the outlet orders day and month in numeric dates.
    pub fn with_date_order(mut self, order: DateOrder) -> Self {
        self.date_order = Some(order);
        self
    }

    /// Sets the kind of outlet.
    pub fn with_kind(mut self, kind: SourceKind) -> Self {
        self.kind = kind;
        self
    }

    /// Sets the languages the outlet publishes in.
    pub fn with_languages(mut self, languages: impl Into<Vec<Language>>) -> Self {
        self.languages = Cow::Owned(languages.into());
        self
    }

    /// This source as an article shows it: the edition in `language`, if
    /// there is one, gives the native name and home page, and the lookup
    /// lists (aliases, editions, domains) are left out to keep each
    /// article's JSON small. The full entry stays in the registry
    /// ([`SourceRegistry::by_id`]).
    ///
    /// ```
    /// use newsparse::{Language, SourceRegistry};
    /// let cri = SourceRegistry::builtin().by_id("cri").unwrap().for_language(Language::Arabic);
    /// assert_eq!(cri.home_page.as_deref(), Some("https://arabic.cri.cn"));
    /// assert_eq!(cri.native_name.as_deref(), Some("إذاعة الصين الدولية"));
    /// assert!(cri.aliases.is_empty());
    /// ```
    pub fn for_language(&self, language: Language) -> Source {
        let mut out = self.summary();
        if let Some(ed) = self.editions.iter().find(|e| e.language == language) {
            out.native_name = Some(ed.name.clone());
            out.home_page = Some(ed.home_page.clone());
        }
        out
    }

    /// This source without its lookup lists (aliases, editions, domains).
    pub fn summary(&self) -> Source {
        Source {
            aliases: Cow::Borrowed(&[]),
            editions: Cow::Borrowed(&[]),
            domains: Cow::Borrowed(&[]),
            ..self.clone()
        }
    }

    /// Does `token` name this source? Compares case-insensitively with the
    /// id, the names and the aliases, ignoring surrounding punctuation.
    pub fn answers_to(&self, token: &str) -> bool {
        let token = token.trim_matches(|c: char| !crate::parse::input::is_alphanumeric(c));
        if token.is_empty() {
            return false;
        }
        let same = |name: &str| {
            name.eq_ignore_ascii_case(token)
                || (!name.is_ascii() && name.to_lowercase() == token.to_lowercase())
        };
        same(&self.id)
            || same(&self.name)
            || self.native_name.as_deref().is_some_and(same)
            || self.aliases.iter().any(|a| same(a))
    }

    /// Does this source publish on `domain` (or a subdomain of one of its
    /// domains)? `https://` prefixes and paths are ignored.
    pub fn serves_domain(&self, domain: &str) -> bool {
        let host = host_of(domain);
        self.domains.iter().any(|d| {
            host.eq_ignore_ascii_case(d)
                || (host.len() > d.len()
                    && host.as_bytes()[host.len() - d.len() - 1] == b'.'
                    && host[host.len() - d.len()..].eq_ignore_ascii_case(d))
        })
    }
}

/// One language edition of a [`Source`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Edition {
    /// The edition's language.
    pub language: Language,
    /// The outlet's name in that language.
    pub name: Text,
    /// The edition's home page.
    pub home_page: Text,
}

impl Edition {
    /// An edition in `language` named `name` at `home_page`.
    pub const fn new(language: Language, name: &'static str, home_page: &'static str) -> Self {
        Edition {
            language,
            name: Cow::Borrowed(name),
            home_page: Cow::Borrowed(home_page),
        }
    }
}

/// The host part of a URL or bare domain.
fn host_of(s: &str) -> &str {
    let s = s.trim();
    // `://` found at its colon: no substring searcher per call.
    let s = match s.find(':') {
        Some(at) if s[at..].starts_with("://") => &s[at + 3..],
        _ => s,
    };
    let end = s.find(['/', '?', '#', ':']).unwrap_or(s.len());
    &s[..end]
}

/// What kind of outlet a [`Source`] is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum SourceKind {
    /// A radio or television broadcaster (CRI, BBC, CGTN).
    Broadcaster,
    /// A news agency (Xinhua, AFP, Reuters).
    Agency,
    /// A newspaper, printed or online (People's Daily, Al Ahram).
    Newspaper,
    /// A news website without a print or broadcast parent.
    Website,
    /// A government or institutional portal.
    Portal,
    /// Anything else.
    #[default]
    Other,
}

/// A set of outlets to resolve byline tokens and domains against.
///
/// [`SourceRegistry::builtin`] gives the crate's own table; [`add`] puts a
/// caller's outlets in front of it (a caller's entry wins over a built-in
/// one with the same token).
///
/// ```
/// use newsparse::{Source, SourceRegistry};
/// let mut reg = SourceRegistry::builtin();
/// assert_eq!(reg.by_token("cri").map(|s| &*s.id), Some("cri"));
/// reg.add(Source::new("planet", "The Daily Planet").with_aliases(["planet"]));
/// assert_eq!(reg.by_token("Planet").map(|s| &*s.name), Some("The Daily Planet"));
/// ```
///
/// [`add`]: SourceRegistry::add
#[derive(Debug, Clone)]
pub struct SourceRegistry {
    custom: Vec<Source>,
    builtin: bool,
}

impl Default for SourceRegistry {
    /// The built-in registry.
    fn default() -> Self {
        SourceRegistry::builtin()
    }
}

impl SourceRegistry {
    /// An empty registry: no outlet is known.
    pub fn empty() -> Self {
        SourceRegistry {
            custom: Vec::new(),
            builtin: false,
        }
    }

    /// The built-in registry of outlets.
    pub fn builtin() -> Self {
        SourceRegistry {
            custom: Vec::new(),
            builtin: true,
        }
    }

    /// Adds an outlet; it is consulted before the built-in ones.
    pub fn add(&mut self, source: Source) -> &mut Self {
        self.custom.push(source);
        self
    }

    /// Every outlet, the caller's first.
    pub fn iter(&self) -> impl Iterator<Item = &Source> {
        let builtin: &[Source] = if self.builtin {
            crate::lexicon::sources::BUILTIN
        } else {
            &[]
        };
        self.custom.iter().chain(builtin.iter())
    }

    /// The outlet a byline token or name refers to (`cri`, `CRIENGLISH.com`,
    /// `شينخوا`, `أ ف ب`). The caller's outlets are tried first; the
    /// built-in ones through an index built once, keyed by the folded
    /// token (case, Arabic letter variants and Latin accents folded).
    ///
    /// ```
    /// use newsparse::SourceRegistry;
    /// let reg = SourceRegistry::builtin();
    /// assert_eq!(reg.by_token("أ ف ب").unwrap().id, "afp");
    /// assert_eq!(reg.by_token("新华社").unwrap().id, "xinhua");
    /// assert_eq!(reg.by_token("ТАСС").unwrap().id, "tass");
    /// assert_eq!(reg.by_token("https://arabic.news.cn/x.htm").unwrap().id, "xinhua");
    /// ```
    pub fn by_token(&self, token: &str) -> Option<&Source> {
        let token = token.trim_matches(|c: char| !crate::parse::input::is_alphanumeric(c));
        if token.is_empty() {
            return None;
        }
        if let Some(s) = self.custom.iter().find(|s| s.answers_to(token)) {
            return Some(s);
        }
        if self.builtin {
            let builtin = crate::lexicon::sources::BUILTIN;
            // Most lines asked about are not outlets: the first word of the
            // fold rules them out before the whole token is folded.
            if first_word_known(token) {
                if let Some(f) = crate::lexicon::fold::fold(token) {
                    if let Some(&i) = builtin_index().get(f.as_str()) {
                        return builtin.get(i);
                    }
                }
            }
        }
        if token.contains('.') {
            return self.by_domain(token);
        }
        None
    }

    /// The outlet with this id.
    pub fn by_id(&self, id: &str) -> Option<&Source> {
        self.iter().find(|s| s.id == id)
    }

    /// The outlet that publishes on `domain` (a bare domain or a URL).
    pub fn by_domain(&self, domain: &str) -> Option<&Source> {
        if let Some(s) = self.custom.iter().find(|s| s.serves_domain(domain)) {
            return Some(s);
        }
        if !self.builtin {
            return None;
        }
        // The built-in outlets through an index of their domains: the host,
        // then each parent domain, looked up in turn (the longest match
        // wins).
        let host = host_of(domain);
        let lower;
        let mut h = if host.bytes().any(|b| b.is_ascii_uppercase()) {
            lower = host.to_ascii_lowercase();
            lower.as_str()
        } else {
            host
        };
        let index = builtin_domains();
        loop {
            if let Some(&i) = index.get(h) {
                return crate::lexicon::sources::BUILTIN.get(i);
            }
            match h.find('.') {
                Some(at) => h = &h[at + 1..],
                None => return None,
            }
        }
    }
}

/// Keys of the built-in outlets (folded names, domains) to their index.
type BuiltinIndex = std::collections::HashMap<String, usize, crate::lexicon::fold::FnvBuild>;

/// An index of the built-in outlets by the keys `keys` gives each; when
/// two share a key, the one listed first keeps it.
fn index_builtin<I: IntoIterator<Item = String>>(keys: impl Fn(&Source) -> I) -> BuiltinIndex {
    let mut map = BuiltinIndex::default();
    for (i, s) in crate::lexicon::sources::BUILTIN.iter().enumerate() {
        for k in keys(s) {
            map.entry(k).or_insert(i);
        }
    }
    map
}

/// The built-in outlets' domains, lowercased, to their index.
fn builtin_domains() -> &'static BuiltinIndex {
    static INDEX: std::sync::OnceLock<BuiltinIndex> = std::sync::OnceLock::new();
    INDEX.get_or_init(|| {
        index_builtin(|s| {
            s.domains
                .iter()
                .map(|d| d.to_ascii_lowercase())
                .collect::<Vec<_>>()
        })
    })
}

/// Whether the first word of `token`'s fold is the first word of some
/// built-in outlet's folded name. The fold is written char by char, so
/// its first word is whatever it holds when the first space would be
/// written (a space before any folded char is dropped).
fn first_word_known(token: &str) -> bool {
    use std::sync::OnceLock;
    static FIRST: OnceLock<std::collections::HashSet<String, crate::lexicon::fold::FnvBuild>> =
        OnceLock::new();
    let first = FIRST.get_or_init(|| {
        builtin_index()
            .keys()
            .map(|k| k.split(' ').next().unwrap_or_default().to_owned())
            .collect()
    });
    let mut f = crate::lexicon::fold::Folded::new();
    for c in token.chars() {
        if c.is_whitespace() && !f.is_empty() {
            return first.contains(f.as_str());
        }
        if !f.push(c) {
            // Too long to fold: the whole token does not fold either.
            return false;
        }
    }
    first.contains(f.as_str())
}

/// Folded names, aliases and ids of the built-in outlets, to their index.
fn builtin_index() -> &'static BuiltinIndex {
    static INDEX: std::sync::OnceLock<BuiltinIndex> = std::sync::OnceLock::new();
    INDEX.get_or_init(|| {
        index_builtin(|s| {
            std::iter::once(&s.id)
                .chain(std::iter::once(&s.name))
                .chain(s.native_name.iter())
                .chain(s.aliases.iter())
                .chain(s.editions.iter().map(|e| &e.name))
                .filter_map(|name| {
                    let name = name.trim_matches(|c: char| !c.is_alphanumeric());
                    crate::lexicon::fold::fold(name).map(|f| f.as_str().to_owned())
                })
                .collect::<Vec<_>>()
        })
    })
}
