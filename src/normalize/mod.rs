//! Normalization (placeholder).
