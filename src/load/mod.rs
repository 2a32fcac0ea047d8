//! Load: a site root on disk → `Corpus` (raw, spanned values) + diagnostics. Files are read in parallel.

mod corpus;
mod file_lang;
mod front_matter;
mod money_text;
pub mod raw;
mod raw_track;
mod read;
pub mod secrets;
pub mod shapes;
mod spanned;
mod update;
mod yaml;
mod yaml_fix;
mod yaml_hints;
mod yaml_scalars;

pub use crate::bounded::{read_bytes, read_bytes_at_most, read_text, ReadError, MAX_FILE_BYTES};
pub use corpus::{Corpus, Doc, MdFile, ProjectFile, TranslationFile};
pub use file_lang::FileLangs;
pub use front_matter::{split_front_matter, FrontMatterError, Split};
pub use update::update;
pub use yaml::{parse_yaml, Origin, YamlKind};

use crate::diag::{Diagnostic, Diagnostics, Rule, Span};
use crate::model::{is_valid_id, ContentPath, Placed};
use crate::msg;
use crate::site::{files, Kind};
use rayon::prelude::*;
use serde::de::DeserializeOwned;
use std::path::{Path, PathBuf};
use walkdir::WalkDir;

/// A failure that stops loading altogether (exit code 2).
#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    #[error("site root {0} does not exist or is not a directory")]
    NoRoot(PathBuf),
    #[error("{0} is not a wijk site root: data/programme.yaml not found")]
    NoProgramme(PathBuf),
    #[error("cannot read {path}: {source}")]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
}

impl LoadError {
    /// What went wrong, to show in the reader's language.
    pub fn message(&self) -> crate::i18n::Message {
        match self {
            LoadError::NoRoot(p) => msg!("load-no-root", path = p.display().to_string()),
            LoadError::NoProgramme(p) => msg!("load-no-programme", path = p.display().to_string()),
            LoadError::Io { path, source } => msg!(
                "load-io",
                path = path.display().to_string(),
                error = source.to_string()
            ),
        }
    }
}

/// The first of the programme's `languages`, read without loading the site (it decides the
/// language of messages when nothing else does); `None` when it cannot be read.
pub fn first_language(root: &Path) -> Option<String> {
    #[derive(serde::Deserialize)]
    struct Languages {
        #[serde(default)]
        languages: Vec<String>,
    }
    let text = read_text(&root.join(files::PROGRAMME)).ok()?;
    let parsed: Languages = serde_saphyr::from_str(&text).ok()?;
    parsed.languages.into_iter().next()
}

/// Loads every file of the site root at `root`.
pub fn load(root: &Path) -> Result<Corpus, LoadError> {
    if !root.is_dir() {
        return Err(LoadError::NoRoot(root.to_path_buf()));
    }
    let programme_path = root.join(files::PROGRAMME);
    if std::fs::symlink_metadata(&programme_path).is_err() {
        return Err(LoadError::NoProgramme(root.to_path_buf()));
    }
    let mut corpus = Corpus {
        root: root.to_path_buf(),
        ..Corpus::default()
    };
    let files = walk(root, &mut corpus.diagnostics)?;

    for path in files::SOURCES {
        if files.iter().any(|f| f == Path::new(path)) {
            load_data_file(&mut corpus, path);
        }
    }
    let content = files
        .into_iter()
        .filter(|f| f.starts_with("content"))
        .collect();
    add_content(&mut corpus, content);
    Ok(corpus)
}

/// (Re)loads the data file at `rel` (one of [`files::SOURCES`]) into its place in the corpus.
fn load_data_file(corpus: &mut Corpus, rel: &str) {
    let (root, diags) = (&corpus.root, &mut corpus.diagnostics);
    match rel {
        files::PROGRAMME => corpus.programme = load_data(root, rel, diags),
        files::THEMES => corpus.themes = load_data(root, rel, diags),
        files::COMMUNES => corpus.communes = load_data(root, rel, diags),
        files::REVIEWERS => corpus.reviewers = load_data(root, rel, diags),
        files::BOUNDARIES => corpus.boundaries = load_boundaries(root, diags),
        _ => {}
    }
}

/// Reads and parses `data/communes.geojson` (bounded: see [`crate::geo::json::MAX_BYTES`]).
fn load_boundaries(root: &Path, diags: &mut Diagnostics) -> Option<crate::geo::RawBoundaries> {
    let limit = crate::geo::json::MAX_BYTES as u64;
    match read_bytes_at_most(&root.join(files::BOUNDARIES), limit) {
        Ok(bytes) => {
            let (boundaries, found) = crate::geo::read(&bytes);
            diags.extend(found);
            boundaries
        }
        Err(e) => {
            diags.push(e.to_diagnostic(Path::new(files::BOUNDARIES)));
            None
        }
    }
}

/// Reads the files under `content/` (relative paths, regular files) in parallel into the corpus.
fn add_content(corpus: &mut Corpus, files: Vec<PathBuf>) {
    let root = corpus.root.as_path();
    let content: Vec<(PathBuf, Placed)> = files
        .into_iter()
        .map(|f| {
            let e = ContentPath::place(&f);
            (f, e)
        })
        .collect();
    let loaded: Vec<(Option<Loaded>, Vec<Diagnostic>)> = content
        .par_iter()
        .map(|(path, entry)| load_content_file(root, path, entry))
        .collect();
    for ((path, entry), (item, _)) in content.into_iter().zip(&loaded) {
        match entry {
            Placed::Asset => {
                corpus.assets.insert(path);
            }
            Placed::Md(_) => {
                if item.is_none() {
                    corpus.unloaded.insert(path.clone());
                }
                corpus.content_files.insert(path);
            }
            Placed::Stray => corpus.diagnostics.push(
                Diagnostic::new(
                    Rule::SchemaInvalidValue,
                    &path,
                    Span::start(),
                    msg!("schema-stray-file"),
                )
                .with_help(msg!("schema-stray-file.help")),
            ),
        }
    }
    for (item, diags) in loaded {
        corpus.diagnostics.extend(diags);
        match item {
            Some(Loaded::District(f)) => corpus.districts.push(f),
            Some(Loaded::Project(f)) => corpus.projects.push(f),
            Some(Loaded::Expert(f)) => corpus.experts.push(f),
            Some(Loaded::Meeting(f)) => corpus.meetings.push(f),
            Some(Loaded::Page(f)) => corpus.pages.push(f),
            Some(Loaded::Translation(f)) => corpus.translations.push(f),
            Some(Loaded::Picture(path, probe)) => {
                corpus.pictures.insert(path, probe);
            }
            Some(Loaded::Document(path, typed)) => {
                corpus.documents.insert(path, typed);
            }
            None => {}
        }
    }
}

/// Walks `content/`, `data/` and `themes/`, refusing symlinks; returns regular files relative to the root, sorted.
fn walk(root: &Path, diags: &mut Diagnostics) -> Result<Vec<PathBuf>, LoadError> {
    let mut files = Vec::new();
    for top in ["content", "data", "themes"] {
        let dir = root.join(top);
        if !dir.exists() && std::fs::symlink_metadata(&dir).is_err() {
            continue;
        }
        let mut walk = WalkDir::new(&dir)
            .follow_links(false)
            .sort_by_file_name()
            .into_iter()
            .filter_entry(|e| e.depth() == 0 || !is_ignored(e.file_name()));
        while let Some(entry) = walk.next() {
            let entry = match entry {
                Ok(e) => e,
                Err(err) => {
                    let path = err.path().unwrap_or(&dir).to_path_buf();
                    return Err(LoadError::Io {
                        path,
                        source: err
                            .into_io_error()
                            .unwrap_or_else(|| std::io::Error::other("walk failed")),
                    });
                }
            };
            let rel = relative(root, entry.path());
            if entry.file_name().to_str().is_none() {
                diags.push(non_utf8_name(&rel));
                if entry.file_type().is_dir() {
                    walk.skip_current_dir();
                }
                continue;
            }
            if entry.path_is_symlink() {
                diags.push(read::symlink_refused(&rel));
                continue;
            }
            let kind = entry.file_type();
            if !kind.is_file() && !kind.is_dir() {
                diags.push(ReadError::NotRegular.to_diagnostic(&rel));
                continue;
            }
            if kind.is_file() && top != "themes" {
                files.push(rel);
            }
        }
    }
    Ok(files)
}

/// The diagnostic of a file or folder whose name is not UTF-8 (it is neither read nor published).
fn non_utf8_name(rel: &Path) -> Diagnostic {
    Diagnostic::new(
        Rule::FileEncoding,
        rel,
        Span::start(),
        msg!("file-name-encoding"),
    )
    .with_help(msg!("file-name-encoding.help"))
}

/// Whether a file or folder name is left out of the site, as Zola and Hugo leave it: hidden
/// (`.env`, `.drafts/`) or an editor's backup (`notes.md~`, `#notes.md#`).
pub fn is_ignored(name: &std::ffi::OsStr) -> bool {
    let bytes = name.as_encoded_bytes();
    bytes.starts_with(b".")
        || bytes.ends_with(b"~")
        || (bytes.len() > 1 && bytes.starts_with(b"#") && bytes.ends_with(b"#"))
}

fn relative(root: &Path, p: &Path) -> PathBuf {
    p.strip_prefix(root).unwrap_or(p).to_path_buf()
}

enum Loaded {
    District(MdFile<raw::RawDistrict>),
    Project(ProjectFile),
    Expert(MdFile<raw::RawPerson>),
    Meeting(MdFile<raw::RawMeeting>),
    Page(MdFile<raw::RawPage>),
    Translation(TranslationFile),
    Picture(
        PathBuf,
        Result<crate::pictures::Probe, crate::pictures::ProbeError>,
    ),
    Document(
        PathBuf,
        Result<crate::documents::DocumentType, crate::documents::Refused>,
    ),
}

/// A file under `content/` that is not Markdown: a picture, probed, or any other file, typed by
/// its bytes (the document a link may publish, or why not).
fn load_asset(root: &Path, path: &Path) -> Loaded {
    if crate::pictures::is_picture_path(path) {
        let probe = crate::pictures::probe(&root.join(path));
        Loaded::Picture(path.to_path_buf(), probe)
    } else {
        let typed = crate::documents::detect_file(&root.join(path));
        Loaded::Document(path.to_path_buf(), typed)
    }
}

fn load_content_file(
    root: &Path,
    path: &Path,
    entry: &Placed,
) -> (Option<Loaded>, Vec<Diagnostic>) {
    let Placed::Md(ContentPath {
        kind,
        district,
        id,
        lang,
    }) = entry
    else {
        return (Some(load_asset(root, path)), Vec::new());
    };
    let _working = crate::working::on(&path.to_string_lossy());
    let mut diags = Vec::new();
    check_content_ids(path, *kind, district.as_deref(), id, &mut diags);
    let text = match read_text(&root.join(path)) {
        Ok(t) => t,
        Err(e) => {
            diags.push(e.to_diagnostic(path));
            return (None, diags);
        }
    };
    let Some(split) = split_or_report(&text, path, &mut diags) else {
        return (None, diags);
    };
    let origin = Origin {
        line_offset: split.yaml_line_offset,
    };
    // An empty block is an empty mapping, so that missing fields are named.
    let yaml_text: &str = if split.yaml.trim().is_empty() {
        "{}"
    } else {
        split.yaml
    };
    macro_rules! md {
        ($t:ty) => {
            match parse_yaml::<$t>(yaml_text, path, origin, YamlKind::FrontMatter) {
                Ok(data) => Some(MdFile {
                    id: id.clone(),
                    doc: Doc {
                        file: path.to_path_buf(),
                        origin,
                        data,
                    },
                    body: split.body.into(),
                    body_line: split.body_line,
                }),
                Err(d) => {
                    diags.push(d);
                    None
                }
            }
        };
    }
    let loaded = if let Some(lang) = lang {
        md!(raw::RawTranslation).map(|md| {
            Loaded::Translation(TranslationFile {
                kind: *kind,
                district: district.clone(),
                lang: lang.clone(),
                md,
            })
        })
    } else {
        match kind {
            Kind::District => md!(raw::RawDistrict).map(Loaded::District),
            Kind::Project => md!(raw::RawProject).map(|md| {
                Loaded::Project(ProjectFile {
                    district: district.clone().unwrap_or_default(),
                    md,
                })
            }),
            Kind::Expert => md!(raw::RawPerson).map(Loaded::Expert),
            Kind::Meeting => md!(raw::RawMeeting).map(Loaded::Meeting),
            Kind::Page => md!(raw::RawPage).map(Loaded::Page),
        }
    };
    (loaded, diags)
}

/// `id-invalid` for a content file whose id (or project's district folder) is not valid.
fn check_content_ids(
    path: &Path,
    kind: Kind,
    district: Option<&str>,
    id: &str,
    diags: &mut Vec<Diagnostic>,
) {
    let id_ok = match kind {
        Kind::Meeting => is_meeting_id(id),
        _ => is_valid_id(id),
    };
    if !id_ok {
        use crate::diag::guess::id_help;
        let (m, help) = match kind {
            Kind::Meeting => (
                msg!("id-invalid-meeting", id = id),
                msg!("id-invalid-meeting.help"),
            ),
            Kind::District => (
                msg!("id-invalid-folder", id = id),
                id_help(id, msg!("id-invalid-file.help")),
            ),
            _ => (
                msg!("id-invalid-file", id = id),
                id_help(id, msg!("id-invalid-file.help")),
            ),
        };
        diags.push(Diagnostic::new(Rule::IdInvalid, path, Span::start(), m).with_help(help));
    }
    if let Some(district) = district {
        if !is_valid_id(district) {
            let m = msg!("id-invalid-folder", id = district);
            let d = Diagnostic::new(Rule::IdInvalid, path, Span::start(), m);
            diags.push(d.with_help(crate::diag::guess::id_help(
                district,
                msg!("id-invalid.help"),
            )));
        }
    }
}

/// The front matter and body of a Markdown file, or `file.front-matter` when it has none.
fn split_or_report<'t>(
    text: &'t str,
    path: &Path,
    diags: &mut Vec<Diagnostic>,
) -> Option<Split<'t>> {
    match split_front_matter(text) {
        Ok(s) => Some(s),
        Err(e) => {
            let m = match e {
                FrontMatterError::Missing => msg!("file-front-matter-missing"),
                FrontMatterError::Unterminated => msg!("file-front-matter-unclosed"),
            };
            diags.push(
                Diagnostic::new(Rule::FileFrontMatter, path, Span::new(1, 1, 3), m)
                    .with_help(msg!("file-front-matter.help")),
            );
            None
        }
    }
}

/// `<yyyy-mm-dd>-<slug>`. The date is cut at a character boundary only (a file name is user text).
pub fn is_meeting_id(id: &str) -> bool {
    let Some((date, slug)) = id.split_at_checked(10) else {
        return false;
    };
    slug.len() > 1
        && slug.starts_with('-')
        && crate::model::Date::parse(date).is_some()
        && is_valid_id(id)
}

fn load_data<T: DeserializeOwned>(
    root: &Path,
    rel: &str,
    diags: &mut Diagnostics,
) -> Option<Doc<T>> {
    let path = PathBuf::from(rel);
    let text = match read_text(&root.join(&path)) {
        Ok(t) => t,
        Err(e) => {
            diags.push(e.to_diagnostic(&path));
            return None;
        }
    };
    let origin = Origin::default();
    match parse_yaml::<T>(&text, &path, origin, YamlKind::Data) {
        Ok(data) => Some(Doc {
            file: path,
            origin,
            data,
        }),
        Err(d) => {
            diags.push(d);
            None
        }
    }
}
