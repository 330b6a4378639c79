//! newsparse (placeholder, replaced below)
#![forbid(unsafe_code)]
pub mod normalize;
pub use normalize::{NormalizeOptions, Normalizer, Profile};
