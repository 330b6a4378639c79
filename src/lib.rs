//! newsparse (placeholder, replaced below)
#![forbid(unsafe_code)]
pub mod normalize;
