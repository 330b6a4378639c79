//! Helpers shared by the page tests.

use newsparse::{Article, BoilerplateKind};

/// The line numbers of the article's paragraphs.
pub fn lines_of(a: &Article<'_>) -> Vec<usize> {
    a.paragraphs.iter().map(|p| p.line).collect()
}

/// The boilerplate kind set aside on `line`, if any.
pub fn kind_at(a: &Article<'_>, line: usize) -> Option<BoilerplateKind> {
    a.boilerplate
        .iter()
        .find(|b| b.line == line)
        .map(|b| b.kind)
}
