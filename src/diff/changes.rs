//! The facts of a change, as data: what `compare` finds, language-independent, serialisable as JSON.

use crate::model::{Cents, Date, Requirement, Status};
use serde::{Serialize, Serializer};
use std::collections::BTreeMap;

/// Text per language (the original and every translation): language → text.
pub type Titles = BTreeMap<String, String>;

/// Everything a change means for the programme, from the content before and after it.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Changes {
    /// The commit compared from (full id), when known.
    pub since: Option<String>,
    /// The commit compared to; `None` is the working tree.
    pub until: Option<String>,
    /// Whether the programme could be read at `since` (if not, everything after is new).
    pub before_readable: bool,
    /// Whether the programme could be read at `until` (if not, only diagnostics are compared).
    pub after_readable: bool,
    /// The programme's `base_url` (without trailing slash), for links.
    pub base_url: String,
    /// The programme's languages, the default first.
    pub languages: Vec<String>,
    /// Changes to `data/*.yaml`: they affect every district, so they come first.
    pub data: Vec<DataChange>,
    /// Districts, by id.
    pub districts: Vec<DistrictChange>,
    /// Experts and coaches, by id.
    pub experts: Vec<ItemChange>,
    /// Exchange meetings, by id.
    pub meetings: Vec<ItemChange>,
    /// Free pages, by id.
    pub pages: Vec<ItemChange>,
    /// Diagnostics the change introduces and those it fixes.
    pub diagnostics: DiagnosticChanges,
}

impl Changes {
    /// Whether nothing changed in the programme's terms (comments and whitespace are not changes).
    pub fn is_empty(&self) -> bool {
        self.data.is_empty()
            && self.districts.is_empty()
            && self.experts.is_empty()
            && self.meetings.is_empty()
            && self.pages.is_empty()
            && self.diagnostics.introduced.is_empty()
            && self.diagnostics.fixed.is_empty()
            && self.before_readable == self.after_readable
    }
}

/// How an item changed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Presence {
    Added,
    Removed,
    /// Its id (file name) changed, its content is recognisably the same item.
    Renamed,
    Changed,
    /// It exists after the change but its file has errors, so it could not be read.
    Unreadable,
}

/// A before → after pair.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Delta<T> {
    pub before: T,
    pub after: T,
}

impl<T: PartialEq> Delta<T> {
    /// The pair, or `None` when nothing changed.
    pub fn of(before: T, after: T) -> Option<Delta<T>> {
        (before != after).then_some(Delta { before, after })
    }
    /// Whether the two sides differ.
    pub fn changed(&self) -> bool {
        self.before != self.after
    }
}

/// Money, as euros with at most two decimals in JSON (as in the open data), exact cents in Rust.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord)]
pub struct Euros(pub Cents);

impl Serialize for Euros {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_f64(self.0.to_euros_f64())
    }
}

/// A change to a data file.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum DataChange {
    /// A programme field that is neither an edition nor a list: name, call, languages, base_url, from.
    Programme {
        field: &'static str,
    },
    EditionAdded {
        edition: u32,
        submission_deadline: Date,
        /// `None` (`null`): the edition's call has no start fund.
        start_fund_max: Option<Euros>,
        grant_max: Euros,
    },
    EditionRemoved {
        edition: u32,
    },
    DeadlineChanged {
        edition: u32,
        before: Date,
        after: Date,
    },
    /// A cap of an edition (its own, or the programme's default it inherits).
    CapChanged {
        edition: u32,
        cap: Cap,
        /// `None` (`null`): no start fund in the call on that side.
        before: Option<Euros>,
        after: Option<Euros>,
    },
    /// An entry of a list: expense categories, themes, communes, reviewers.
    Entry {
        list: List,
        id: String,
        change: Presence,
    },
}

/// The two caps of an edition.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Cap {
    StartFund,
    Grant,
}

/// Lists in the data files.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum List {
    /// `expense_categories` of `data/programme.yaml`.
    Categories,
    Themes,
    Communes,
    Reviewers,
}

/// What changed about one district.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct DistrictChange {
    pub id: String,
    /// Its name (after the change; before it when removed).
    pub name: String,
    pub change: Presence,
    /// The previous id, for a rename.
    pub renamed_from: Option<String>,
    /// Fields of `district.md` that changed, other than dossiers (`name`, `commune` (any of
    /// its communes), `closed`, `aliases`, `coach`, `steering_group`, `themes`, `location`,
    /// `description`, `translations`).
    pub fields: Vec<&'static str>,
    /// Dossiers, by edition.
    pub dossiers: Vec<DossierChange>,
}

/// What changed in one edition of a district: its dossier and its projects.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct DossierChange {
    pub edition: u32,
    /// `added` / `removed` when the dossier itself appears or disappears, else `changed`.
    pub change: Presence,
    pub status: Option<StatusChange>,
    /// `intention`, `submitted`, `decision` and `evaluation` dates set, changed or removed.
    pub dates: Vec<DateChange>,
    pub start_fund: Option<StartFundChange>,
    /// Projects of this edition (after the change; before it for removed ones), by id.
    pub projects: Vec<ProjectChange>,
    /// The district's totals for the edition, when a budget, a project or the cap changed.
    pub budget: Option<BudgetTotals>,
}

/// A status transition and what the new status still lacks.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct StatusChange {
    pub before: Option<Status>,
    pub after: Option<Status>,
    /// Requirements of the new status that the content does not meet.
    #[serde(serialize_with = "requirement_names")]
    pub lacks: Vec<Requirement>,
}

/// One of a dossier's dates.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct DateChange {
    /// `intention`, `submitted`, `decision` or `evaluation`.
    pub date: &'static str,
    pub before: Option<Date>,
    pub after: Option<Date>,
}

/// The start fund of a dossier.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct StartFundChange {
    pub granted: Delta<Option<Euros>>,
    pub spent: Delta<Option<Euros>>,
    /// The edition's start fund cap (after the change).
    pub cap: Option<Euros>,
}

/// A district's totals for one edition, before and after, and the edition's grant cap.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct BudgetTotals {
    pub requested: Delta<Euros>,
    pub granted: Delta<Euros>,
    pub spent: Delta<Euros>,
    /// The dossier's grant cap after the change: its track's, else the edition's (`None` when the
    /// edition is not in the programme).
    pub cap: Option<Euros>,
    /// The dossier's track after the change, when the edition has tracks.
    pub track: Option<String>,
}

/// What changed about one project.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ProjectChange {
    pub id: String,
    pub title: Titles,
    pub change: Presence,
    pub renamed_from: Option<String>,
    /// Fields that changed besides budget, roadmap and updates (`title`, `summary`, `edition`,
    /// `themes`, `experts`, `partners`, `description`, `translations`).
    pub fields: Vec<&'static str>,
    /// Present when an amount changed or the lines changed.
    pub budget: Option<BudgetChange>,
    pub steps_added: Vec<StepFact>,
    pub steps_done: Vec<StepFact>,
    pub steps_removed: Vec<StepFact>,
    pub updates_added: Vec<UpdateFact>,
    /// The translated lists whose texts changed, in a language: (`roadmap`, `budget` or
    /// `updates`, language).
    pub translated: Vec<(&'static str, String)>,
}

/// A project's budget before and after.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct BudgetChange {
    pub requested: Delta<Euros>,
    pub granted: Delta<Option<Euros>>,
    pub spent: Delta<Option<Euros>>,
    /// Whether the budget lines changed (even when the total did not).
    pub lines_changed: bool,
}

/// A roadmap step.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct StepFact {
    pub step: String,
    pub due: Option<Date>,
    pub done: Option<Date>,
}

/// A dated progress note.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct UpdateFact {
    pub date: Date,
    pub text: String,
}

/// An expert, meeting or page added, removed, renamed or changed.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ItemChange {
    pub id: String,
    /// Name (experts) or title, per language.
    pub title: Titles,
    pub change: Presence,
    pub renamed_from: Option<String>,
}

/// Diagnostics introduced and fixed, errors first, then by file and line.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct DiagnosticChanges {
    pub introduced: Vec<DiagnosticFact>,
    pub fixed: Vec<DiagnosticFact>,
}

/// A diagnostic, at its place in the revision it belongs to.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct DiagnosticFact {
    pub severity: crate::diag::Severity,
    pub code: &'static str,
    pub file: String,
    pub line: u32,
    pub column: u32,
    pub message: String,
}

/// The name of a requirement in JSON (kebab-case of the contract's words).
pub fn requirement_name(r: Requirement) -> &'static str {
    match r {
        Requirement::SubmittedDate => "submitted-date",
        Requirement::IntentionDate => "intention-date",
        Requirement::PlaceDescription => "place-description",
        Requirement::SteeringGroup => "steering-group",
        Requirement::Coach => "coach",
        Requirement::ProjectsWithBudgetAndRoadmap => "projects-with-budget-and-roadmap",
        Requirement::Decision => "decision",
        Requirement::ProjectsGranted => "projects-granted",
        Requirement::Evaluation => "evaluation",
    }
}

fn requirement_names<S: Serializer>(reqs: &[Requirement], s: S) -> Result<S::Ok, S::Error> {
    s.collect_seq(reqs.iter().map(|r| requirement_name(*r)))
}
