//! Data tables: rubric labels, share-widget words, boilerplate headings,
//! outlets. One place to add a language.
//!
//! Tables are plain `static` slices written as pages print the words; the
//! lookup structures built from them (keyed by [`key`]) are made once, on
//! first use.

pub(crate) mod agency_marks;
pub(crate) mod boilerplate;
pub(crate) mod rubrics;
pub(crate) mod share_words;
pub(crate) mod sources;

mod key;
pub(crate) use key::{key, key_into, lowercase};
pub(crate) mod fold;
pub(crate) mod hash;
pub(crate) mod months;
pub(crate) mod phrases;
