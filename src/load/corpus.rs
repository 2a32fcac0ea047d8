//! The loaded corpus: every file of a site root as raw, spanned values, plus load diagnostics.

use super::raw::*;
use super::yaml::Origin;
use crate::diag::{Diagnostics, Span};
use crate::documents::{DocumentType, Refused};
use crate::pictures::{Probe, ProbeError};
use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;

/// A parsed YAML document (a data file or a front matter) with where it came from.
#[derive(Debug)]
pub struct Doc<T> {
    /// Path relative to the site root, `/`-separated.
    pub file: PathBuf,
    pub origin: Origin,
    pub data: T,
}

impl<T> Doc<T> {
    /// File span of a spanned value of this document.
    pub fn span<V>(&self, v: &S<V>) -> Span {
        self.origin.span(v)
    }
}

/// A Markdown content file: front matter and body.
#[derive(Debug)]
pub struct MdFile<T> {
    /// The file's id (file name without `.md` and language suffix).
    pub id: String,
    pub doc: Doc<T>,
    /// Markdown after the front matter.
    pub body: std::sync::Arc<str>,
    /// 1-based file line of the body's first line.
    pub body_line: u32,
}

use crate::site::Kind;

/// A project file with its district.
#[derive(Debug)]
pub struct ProjectFile {
    pub district: String,
    pub md: MdFile<RawProject>,
}

/// A translation file `<id>.<lang>.md`.
#[derive(Debug)]
pub struct TranslationFile {
    pub kind: Kind,
    /// A project's district; `None` for other kinds.
    pub district: Option<String>,
    pub lang: String,
    pub md: MdFile<RawTranslation>,
}

/// Everything under a site root, loaded but not yet validated.
#[derive(Debug, Default)]
pub struct Corpus {
    pub root: PathBuf,
    pub programme: Option<Doc<RawProgramme>>,
    pub themes: Option<Doc<SpannedMap<S<RawLabels>>>>,
    pub communes: Option<Doc<SpannedMap<S<RawLabels>>>>,
    pub reviewers: Option<Doc<Vec<S<RawReviewer>>>>,
    /// `data/communes.geojson`, when the site has one (features with problems left out; which
    /// commune each outlines is decided by validation, which knows the communes).
    pub boundaries: Option<crate::geo::RawBoundaries>,
    pub districts: Vec<MdFile<RawDistrict>>,
    pub projects: Vec<ProjectFile>,
    pub experts: Vec<MdFile<RawPerson>>,
    pub meetings: Vec<MdFile<RawMeeting>>,
    pub pages: Vec<MdFile<RawPage>>,
    pub translations: Vec<TranslationFile>,
    /// Every non-Markdown file under `content/`, relative to the root.
    pub assets: BTreeSet<PathBuf>,
    /// The pictures among the assets (by file name: `.jpg`, `.png`, `.heic`, …), probed: what
    /// their headers say, or why they cannot be published.
    pub pictures: BTreeMap<PathBuf, Result<Probe, ProbeError>>,
    /// The other assets, typed by their bytes: the document a link may publish, or why not.
    pub documents: BTreeMap<PathBuf, Result<DocumentType, Refused>>,
    /// Every Markdown file under `content/` that was found (parsed or not), relative to the root.
    pub content_files: BTreeSet<PathBuf>,
    /// The Markdown files of `content_files` that could not be loaded (unreadable, no front
    /// matter, invalid YAML): rules that count files skip what they hold.
    pub unloaded: BTreeSet<PathBuf>,
    pub diagnostics: Diagnostics,
}
