//! Stage 4: decide what each line is in the page as a whole.
//!
//! The classify stage judged lines alone; here the order matters. The
//! byline is the first date line near the top; the title is the text line
//! closest to it (before it in skeleton A, after it in C/D) or, without a
//! byline, a headline-like first line; text lines above the title are
//! navigation; text after the header is body, except short lines under a
//! trailing sidebar heading (`الأكثر قراءة`, `Related`), which belong to
//! that sidebar. Date lines that are not the byline are set aside as
//! header dates.

use super::classify::{Classified, Kind};
use crate::model::BoilerplateKind;

/// How many content lines from the top a byline may stand at.
const BYLINE_WINDOW: usize = 12;
/// How many content lines a title may stand from its byline.
const TITLE_REACH: usize = 3;

/// The role of a line in the article.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Role {
    /// Blank line.
    Blank,
    /// The title (with its rubric, if any).
    Title,
    /// The byline.
    Byline,
    /// A share-widget line.
    Share,
    /// A body paragraph.
    Paragraph,
    /// Set aside.
    Boilerplate(BoilerplateKind),
}

/// The layout decision: one role per line, and where title and byline are.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Layout {
    /// One role per input line.
    pub roles: Vec<Role>,
    /// Index of the title line.
    pub title: Option<usize>,
    /// Index of the byline.
    pub byline: Option<usize>,
}

fn is_text(c: &Classified<'_>) -> bool {
    matches!(c.kind, Kind::Text(_))
}

fn body_like(c: &Classified<'_>) -> bool {
    matches!(&c.kind, Kind::Text(t) if t.body_like())
}

fn headline_like(c: &Classified<'_>) -> bool {
    match &c.kind {
        Kind::Text(t) => {
            t.rubric.is_some() || (t.chars <= 250 && !(t.sentence_end && t.chars > 120))
        }
        _ => false,
    }
}

/// Lays out classified lines.
pub(crate) fn layout(lines: &[Classified<'_>]) -> Layout {
    let content: Vec<usize> = (0..lines.len())
        .filter(|&i| !matches!(lines[i].kind, Kind::Blank))
        .collect();

    let byline = content
        .iter()
        .take(BYLINE_WINDOW)
        .copied()
        .find(|&i| matches!(lines[i].kind, Kind::Byline(_)))
        .filter(|&b| {
            // A date line below the first body paragraph is not a byline of
            // the header (skeleton E is handled below).
            !content
                .iter()
                .take_while(|&&i| i < b)
                .any(|&i| body_like(&lines[i]) && !headline_like(&lines[i]))
        });

    let title = match byline {
        Some(b) => title_near(lines, &content, b),
        None => content
            .iter()
            .copied()
            .find(|&i| is_text(&lines[i]))
            .filter(|&i| headline_like(&lines[i]))
            .filter(|&i| content.iter().any(|&j| j > i && is_text(&lines[j]))),
    };

    // Body starts after the header: the later of title and byline.
    let header_end = title.max(byline);
    let byline = byline.or_else(|| trailing_date(lines, &content));

    let mut roles = Vec::with_capacity(lines.len());
    let mut sidebar: Option<BoilerplateKind> = None;
    for (i, c) in lines.iter().enumerate() {
        let role = match &c.kind {
            Kind::Blank => Role::Blank,
            _ if Some(i) == title => Role::Title,
            _ if Some(i) == byline => Role::Byline,
            Kind::Share(_) => Role::Share,
            Kind::Byline(_) => Role::Boilerplate(BoilerplateKind::HeaderDate),
            Kind::Boilerplate(kind) => {
                if header_end.is_some_and(|h| i > h) && is_sidebar_heading(*kind) {
                    sidebar = Some(*kind);
                }
                Role::Boilerplate(*kind)
            }
            Kind::Text(t) => {
                if header_end.is_some_and(|h| i < h) {
                    Role::Boilerplate(BoilerplateKind::Navigation)
                } else if let Some(kind) = sidebar.filter(|_| !t.body_like()) {
                    Role::Boilerplate(kind)
                } else {
                    sidebar = None;
                    Role::Paragraph
                }
            }
        };
        roles.push(role);
    }
    Layout {
        roles,
        title,
        byline,
    }
}

/// Sidebar headings whose following short lines are the sidebar's items.
fn is_sidebar_heading(kind: BoilerplateKind) -> bool {
    matches!(
        kind,
        BoilerplateKind::MostRead
            | BoilerplateKind::Related
            | BoilerplateKind::Latest
            | BoilerplateKind::Photos
            | BoilerplateKind::Video
    )
}

/// The title for a byline at `b`: the nearest headline-like text line
/// before it, else the first one after it, within [`TITLE_REACH`] content
/// lines, stepping over share-widget and furniture lines.
fn title_near(lines: &[Classified<'_>], content: &[usize], b: usize) -> Option<usize> {
    let pos = content.iter().position(|&i| i == b)?;
    let near = |i: &usize| matches!(lines[*i].kind, Kind::Text(_) | Kind::Byline(_));
    let before = content[..pos]
        .iter()
        .rev()
        .filter(|i| near(i))
        .take(TITLE_REACH);
    for &i in before {
        if headline_like(&lines[i]) {
            return Some(i);
        }
        if is_text(&lines[i]) {
            break;
        }
    }
    content[pos + 1..]
        .iter()
        .filter(|i| near(i))
        .take(1)
        .copied()
        .find(|&i| headline_like(&lines[i]) && !body_like(&lines[i]))
}

/// Skeleton E: no date in the header, a date line after the body.
fn trailing_date(lines: &[Classified<'_>], content: &[usize]) -> Option<usize> {
    content
        .iter()
        .rev()
        .take(4)
        .copied()
        .find(|&i| matches!(lines[i].kind, Kind::Byline(_)))
}
