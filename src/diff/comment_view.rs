//! What `comment.md.tera` receives: the pull-request comment as plain values, every text already
//! in the reader's language and every piece of content already escaped for Markdown
//! (`escape.rs`), so that the template only lays them out.

use serde::Serialize;

/// The whole comment.
#[derive(Debug, PartialEq)]
pub(super) enum CommentView {
    /// Nothing changed for the programme: the one line said instead.
    Nothing(String),
    /// The header, then the blocks, in order; the comment keeps as many blocks as fit.
    Changes {
        header: HeaderView,
        blocks: Vec<BlockView>,
    },
}

/// The title, the two revisions compared and the notes on sides that could not be read.
#[derive(Debug, PartialEq, Serialize)]
pub(super) struct HeaderView {
    pub title: String,
    pub compared: String,
    pub notes: Vec<String>,
}

/// A unit of the comment that is kept or left out whole when the comment is too long.
#[derive(Debug, PartialEq, Serialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub(super) enum BlockView {
    /// A change to a data file.
    Data { group: GroupView, text: String },
    /// A diagnostic introduced or fixed.
    Problem {
        group: GroupView,
        severity: String,
        code: String,
        place: String,
        message: String,
    },
    /// An expert, meeting or page.
    Item {
        group: GroupView,
        name: LinkView,
        change: String,
    },
    /// A district, from its heading to its last budget table.
    District(DistrictView),
}

/// A line's place in its group: the group's heading on its first line, a blank line after its
/// last.
#[derive(Debug, PartialEq, Serialize)]
pub(super) struct GroupView {
    pub heading: Option<String>,
    pub last: bool,
}

/// A name, linked to its page when the page exists after the change.
#[derive(Debug, PartialEq, Serialize)]
pub(super) struct LinkView {
    pub text: String,
    /// An encoded link destination.
    pub url: Option<String>,
}

/// One district.
#[derive(Debug, PartialEq, Serialize)]
pub(super) struct DistrictView {
    pub name: LinkView,
    /// The id, as a code span.
    pub id: String,
    /// What happened to the district, unless it only changed.
    pub change: Option<String>,
    /// The fields that changed, as a sentence.
    pub fields: Option<String>,
    pub dossiers: Vec<DossierView>,
}

/// One edition of a district.
#[derive(Debug, PartialEq, Serialize)]
pub(super) struct DossierView {
    pub edition: String,
    /// What happened to the dossier, unless it only changed.
    pub change: Option<String>,
    pub status: Option<StatusView>,
    pub dates: Vec<String>,
    pub start_fund: Option<String>,
    pub projects: Vec<ProjectView>,
    pub budget: Option<BudgetView>,
}

/// A status transition and, when there is any, what the new status still lacks.
#[derive(Debug, PartialEq, Serialize)]
pub(super) struct StatusView {
    pub text: String,
    pub lacks: Option<String>,
}

/// One project of a dossier.
#[derive(Debug, PartialEq, Serialize)]
pub(super) struct ProjectView {
    pub name: LinkView,
    pub change: String,
    pub fields: Option<String>,
    pub translated: Option<String>,
    /// Budget lines, steps and updates, one line each.
    pub details: Vec<String>,
}

/// The budget table of a dossier and the total against the cap.
#[derive(Debug, PartialEq, Serialize)]
pub(super) struct BudgetView {
    /// Project, requested, granted, spent.
    pub columns: [String; 4],
    /// One row per project whose budget changed: its title, then the three amounts.
    pub rows: Vec<[String; 4]>,
    /// The district's total: the word, then the three amounts.
    pub total: [String; 4],
    pub cap: Option<CapView>,
}

/// The district's total against the grant cap, and by how much it is over.
#[derive(Debug, PartialEq, Serialize)]
pub(super) struct CapView {
    pub text: String,
    pub over: Option<String>,
}
