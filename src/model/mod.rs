//! The typed models: what parsing produces.

pub(crate) mod article;
pub(crate) mod lang;
pub(crate) mod published;
pub(crate) mod share;
pub(crate) mod source;

pub use article::{
    Article, Boilerplate, BoilerplateKind, Byline, Dateline, Paragraph, Rubric, RubricKind,
};
pub use lang::{Direction, Language, UnknownLanguage};
pub use published::{DateOrder, HijriDate, Published, PublishedParseError};
pub use share::{ShareMeta, SharePlatform};
pub use source::{Edition, Source, SourceKind, SourceRegistry, Text};
