//! Scaffold: a site root's raw corpus + what to create → the path and text of a new content file
//! (district, project or expert) that passes `check` as it stands, commented in the run's
//! language (a project: in its district's).

mod template;

use template::Langs;

use crate::i18n::{Lang, Message};
use crate::load::raw::{RawDistrict, S};
use crate::load::{Corpus, LoadError, MdFile};
use crate::model::{is_valid_id, ContentPath, Requirement, Status};
use crate::msg;
use crate::site::Kind;
use std::path::{Path, PathBuf};

/// What to create.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum NewFile {
    District { id: String },
    Project { id: String, district: String },
    Expert { id: String },
}

/// A file to create: its path relative to the site root, and its text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Scaffold {
    pub path: PathBuf,
    pub text: String,
}

/// Why nothing can be created. All but `Load` and `Io` are problems of the request or of the
/// content (exit 1); see [`ScaffoldError::is_content`].
#[derive(Debug, thiserror::Error)]
pub enum ScaffoldError {
    #[error("`{0}` is not a valid id: use lower-case letters, digits and dashes, e.g. potager-collectif")]
    InvalidId(String),
    #[error("{} already exists", .0.display())]
    Exists(PathBuf),
    #[error("unknown district `{id}`: {} does not exist", .path.display())]
    UnknownDistrict { id: String, path: PathBuf },
    #[error("{} has errors; run `wijk check` and fix them first", .0.display())]
    Unreadable(PathBuf),
    #[error("district `{0}` has no dossier: add one for an edition to its district.md first")]
    NoDossier(String),
    #[error("data/programme.yaml has no edition: add one under `editions:` first")]
    NoEdition,
    #[error("data/communes.yaml lists no commune: add one first")]
    NoCommune,
    #[error("data/programme.yaml has errors; run `wijk check` and fix them first")]
    NoProgramme,
    #[error(transparent)]
    Load(#[from] LoadError),
    #[error("cannot write {}: {source}", .path.display())]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
}

impl ScaffoldError {
    /// What went wrong, to show in the reader's language.
    pub fn message(&self) -> Message {
        let shown = |p: &Path| p.to_string_lossy().replace('\\', "/");
        match self {
            ScaffoldError::InvalidId(id) => msg!("new-invalid-id", id = id),
            ScaffoldError::Exists(p) => msg!("new-exists", path = shown(p)),
            ScaffoldError::UnknownDistrict { id, path } => {
                msg!("new-unknown-district", id = id, path = shown(path))
            }
            ScaffoldError::Unreadable(p) => msg!("new-unreadable", path = shown(p)),
            ScaffoldError::NoDossier(id) => msg!("new-no-dossier", id = id),
            ScaffoldError::NoEdition => msg!("new-no-edition"),
            ScaffoldError::NoCommune => msg!("new-no-commune"),
            ScaffoldError::NoProgramme => msg!("new-no-programme"),
            ScaffoldError::Load(e) => e.message(),
            ScaffoldError::Io { path, source } => {
                msg!("new-io", path = shown(path), error = source.to_string())
            }
        }
    }

    /// Whether the request or the content is at fault (exit 1), rather than the system (exit 2).
    pub fn is_content(&self) -> bool {
        !matches!(self, ScaffoldError::Load(_) | ScaffoldError::Io { .. })
    }
}

impl NewFile {
    /// The file's id.
    pub fn id(&self) -> &str {
        match self {
            NewFile::District { id } | NewFile::Project { id, .. } | NewFile::Expert { id } => id,
        }
    }

    /// Where the file goes, relative to the site root.
    pub fn path(&self) -> PathBuf {
        let (kind, district) = match self {
            NewFile::District { .. } => (Kind::District, None),
            NewFile::Project { district, .. } => (Kind::Project, Some(district.as_str())),
            NewFile::Expert { .. } => (Kind::Expert, None),
        };
        ContentPath::original_of(kind, district, self.id()).original()
    }
}

/// Plans the file: checks the ids and that it does not exist, then fills the template from the
/// site's programme, communes and districts.
/// The file is commented in `lang` (the run's language), or for a project in its district's
/// `lang:` when the district has one; `lang:` is written when that is not the programme's first.
pub fn plan(root: &Path, what: &NewFile, lang: Lang) -> Result<Scaffold, ScaffoldError> {
    for id in [Some(what.id()), district_of(what)].into_iter().flatten() {
        if !is_valid_id(id) {
            return Err(ScaffoldError::InvalidId(id.to_string()));
        }
    }
    if let NewFile::Project { district, .. } = what {
        let path = NewFile::District {
            id: district.clone(),
        }
        .path();
        if !root.join(&path).is_file() {
            return Err(ScaffoldError::UnknownDistrict {
                id: district.clone(),
                path,
            });
        }
    }
    let path = what.path();
    if std::fs::symlink_metadata(root.join(&path)).is_ok() {
        return Err(ScaffoldError::Exists(path));
    }
    let corpus = crate::load::load(root)?;
    let facts = Facts::of(&corpus)?;
    let text = match what {
        NewFile::District { id } => {
            let commune = facts.commune.clone().ok_or(ScaffoldError::NoCommune)?;
            let edition = facts.latest_edition.ok_or(ScaffoldError::NoEdition)?;
            let call = &facts.latest_call;
            template::district(facts.langs(lang.code()), id, &commune, edition, call)
        }
        NewFile::Project { id, district } => {
            let md = find_district(&corpus, district)?;
            let (edition, status) =
                latest_dossier(md).ok_or_else(|| ScaffoldError::NoDossier(district.clone()))?;
            let reqs = status.requirements();
            let needs = template::ProjectNeeds {
                budget_and_roadmap: reqs.contains(&Requirement::ProjectsWithBudgetAndRoadmap),
                granted: reqs.contains(&Requirement::ProjectsGranted),
            };
            let category = facts.category.as_deref().unwrap_or("other");
            let district_lang = md.doc.data.lang.as_ref().map(|l| l.value.as_str());
            let langs = facts.langs(district_lang.unwrap_or(lang.code()));
            template::project(langs, id, district, edition, status, category, needs)
        }
        NewFile::Expert { id } => template::expert(facts.langs(lang.code()), id),
    };
    Ok(Scaffold { path, text })
}

/// Creates the planned file under `root`, never overwriting one that appeared meanwhile.
pub fn write(root: &Path, scaffold: &Scaffold) -> Result<(), ScaffoldError> {
    use std::io::Write;
    let full = root.join(&scaffold.path);
    let io = |source| ScaffoldError::Io {
        path: scaffold.path.clone(),
        source,
    };
    if let Some(dir) = full.parent() {
        std::fs::create_dir_all(dir).map_err(io)?;
    }
    let mut file = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(&full)
        .map_err(|e| match e.kind() {
            std::io::ErrorKind::AlreadyExists => ScaffoldError::Exists(scaffold.path.clone()),
            _ => io(e),
        })?;
    file.write_all(scaffold.text.as_bytes()).map_err(io)
}

fn district_of(what: &NewFile) -> Option<&str> {
    match what {
        NewFile::Project { district, .. } => Some(district),
        _ => None,
    }
}

/// What a template needs from the site's data files.
struct Facts {
    /// The programme's first language.
    lang: String,
    /// The programme's languages.
    languages: Vec<String>,
    latest_edition: Option<u32>,
    /// What the latest edition's call asks of a dossier (its tracks in file order, empty when it
    /// has one cap; an intention note; a start fund).
    latest_call: template::CallShape,
    commune: Option<String>,
    category: Option<String>,
}

impl Facts {
    fn of(corpus: &Corpus) -> Result<Facts, ScaffoldError> {
        let programme = &corpus
            .programme
            .as_ref()
            .ok_or(ScaffoldError::NoProgramme)?
            .data;
        let languages: Vec<String> = programme
            .languages
            .value
            .iter()
            .map(|l| l.value.clone())
            .collect();
        let lang = languages
            .first()
            .cloned()
            .ok_or(ScaffoldError::NoProgramme)?;
        let latest = programme.editions.iter().max_by_key(|e| e.value.year.value);
        let latest_edition = latest.map(|e| e.value.year.value);
        let latest_call = template::CallShape {
            tracks: latest
                .and_then(|e| e.value.tracks.as_ref())
                .map(|t| t.value.0.iter().map(|(k, _)| k.value.clone()).collect())
                .unwrap_or_default(),
            intention: latest.is_some_and(|e| e.value.intention_deadline.is_some()),
            start_fund: programme.start_fund_max.is_some()
                || latest.is_some_and(|e| e.value.start_fund_max.is_some()),
        };
        let first_id = |keys: &mut dyn Iterator<Item = &S<String>>| {
            keys.map(|k| k.value.clone()).find(|k| is_valid_id(k))
        };
        let commune = corpus
            .communes
            .as_ref()
            .and_then(|c| first_id(&mut c.data.0.iter().map(|(k, _)| k)));
        let category = first_id(&mut programme.expense_categories.value.0.iter().map(|(k, _)| k));
        Ok(Facts {
            lang,
            languages,
            latest_edition,
            latest_call,
            commune,
            category,
        })
    }
}

impl Facts {
    /// A file commented in `wanted`, written in it when the programme has it (else in the
    /// programme's first language, without `lang:`).
    fn langs<'a>(&'a self, wanted: &'a str) -> Langs<'a> {
        let text = if self.languages.iter().any(|l| l == wanted) {
            wanted
        } else {
            &self.lang
        };
        Langs {
            comments: wanted,
            text,
            write_lang: text != self.lang,
        }
    }
}

fn find_district<'a>(
    corpus: &'a Corpus,
    id: &str,
) -> Result<&'a MdFile<RawDistrict>, ScaffoldError> {
    corpus
        .districts
        .iter()
        .find(|d| d.id == id)
        .ok_or_else(|| ScaffoldError::Unreadable(NewFile::District { id: id.to_string() }.path()))
}

/// The district's dossier of the latest edition, with its status (an unknown one counts as
/// `preparation`, which asks nothing of projects).
fn latest_dossier(md: &MdFile<RawDistrict>) -> Option<(u32, Status)> {
    md.doc
        .data
        .dossiers
        .iter()
        .max_by_key(|d| d.value.edition.value)
        .map(|d| {
            let status = Status::parse(d.value.status.value.trim()).unwrap_or(Status::Preparation);
            (d.value.edition.value, status)
        })
}
