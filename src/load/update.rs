//! Updating a loaded corpus after some files changed, re-reading only those (for `serve`): the
//! result is the corpus a full [`load`](super::load) would give now.

use super::{add_content, load, load_data_file, Corpus, LoadError};
use crate::site::files;
use std::path::{Component, Path, PathBuf};

/// Brings `corpus` up to date after the files or folders at `changed` (absolute, or relative
/// to the site root) were written, created or removed. Only those are read again; a created or
/// renamed folder, or a path outside the root, makes it a full load.
pub fn update(corpus: &mut Corpus, changed: &[PathBuf]) -> Result<(), LoadError> {
    let root = corpus.root.clone();
    if std::fs::symlink_metadata(root.join(files::PROGRAMME)).is_err() {
        return Err(LoadError::NoProgramme(root));
    }
    let Some(paths) = relative_paths(&root, changed) else {
        *corpus = load(&root)?;
        return Ok(());
    };

    let mut reread = Vec::new();
    let mut data = Vec::new();
    for rel in &paths {
        forget(corpus, rel);
        let top = rel.components().next().map(|c| c.as_os_str());
        let Some(top) = top.and_then(|t| t.to_str()) else {
            continue;
        };
        if !matches!(top, "content" | "data" | "themes")
            || rel.components().any(|c| super::is_ignored(c.as_os_str()))
            || under_link(&root, rel)
        {
            continue;
        }
        let Ok(meta) = std::fs::symlink_metadata(root.join(rel)) else {
            continue; // removed: forgetting it was all there was to do
        };
        if rel.to_str().is_none() {
            corpus.diagnostics.push(super::non_utf8_name(rel));
            continue;
        }
        if meta.file_type().is_symlink() {
            corpus.diagnostics.push(super::read::symlink_refused(rel));
            continue;
        }
        if !meta.is_file() {
            if !meta.is_dir() {
                corpus
                    .diagnostics
                    .push(super::ReadError::NotRegular.to_diagnostic(rel));
            }
            continue;
        }
        match top {
            "content" => reread.push(rel.clone()),
            "data" => data.extend(data_file(rel)),
            _ => {}
        }
    }
    for name in data {
        load_data_file(corpus, name);
    }
    add_content(corpus, reread);
    sort_by_path(corpus);
    Ok(())
}

/// The changed paths relative to the root, sorted and once each; `None` when one is outside the
/// root or a folder (then only a full load is right).
fn relative_paths(root: &Path, changed: &[PathBuf]) -> Option<Vec<PathBuf>> {
    let mut paths = Vec::with_capacity(changed.len());
    for p in changed {
        let rel = if p.is_absolute() {
            p.strip_prefix(root).ok().map(Path::to_path_buf)
        } else {
            Some(p.clone())
        };
        let rel = rel.filter(|r| r.components().all(|c| matches!(c, Component::Normal(_))));
        let rel = rel?;
        match std::fs::symlink_metadata(root.join(&rel)) {
            Ok(m) if m.is_dir() => return None,
            _ => paths.push(rel),
        }
    }
    paths.sort();
    paths.dedup();
    Some(paths)
}

/// Sorts each kind of file by path: the order a full load's walk finds them in.
fn sort_by_path(corpus: &mut Corpus) {
    corpus.districts.sort_by(|a, b| a.doc.file.cmp(&b.doc.file));
    corpus
        .projects
        .sort_by(|a, b| a.md.doc.file.cmp(&b.md.doc.file));
    corpus.experts.sort_by(|a, b| a.doc.file.cmp(&b.doc.file));
    corpus.meetings.sort_by(|a, b| a.doc.file.cmp(&b.doc.file));
    corpus.pages.sort_by(|a, b| a.doc.file.cmp(&b.doc.file));
    corpus
        .translations
        .sort_by(|a, b| a.md.doc.file.cmp(&b.md.doc.file));
}

/// The name of the data file at `rel`, if it is one.
fn data_file(rel: &Path) -> Option<&'static str> {
    files::SOURCES
        .into_iter()
        .find(|path| rel == Path::new(path))
}

/// Removes everything the corpus holds from `rel` or from below it.
fn forget(corpus: &mut Corpus, rel: &Path) {
    let gone = |file: &Path| file.starts_with(rel);
    corpus.districts.retain(|f| !gone(&f.doc.file));
    corpus.projects.retain(|f| !gone(&f.md.doc.file));
    corpus.experts.retain(|f| !gone(&f.doc.file));
    corpus.meetings.retain(|f| !gone(&f.doc.file));
    corpus.pages.retain(|f| !gone(&f.doc.file));
    corpus.translations.retain(|f| !gone(&f.md.doc.file));
    corpus.assets.retain(|f| !gone(f));
    corpus.pictures.retain(|f, _| !gone(f));
    corpus.documents.retain(|f, _| !gone(f));
    corpus.content_files.retain(|f| !gone(f));
    corpus.unloaded.retain(|f| !gone(f));
    corpus.diagnostics.retain(|d| !gone(&d.file));
    if corpus.programme.as_ref().is_some_and(|d| gone(&d.file)) {
        corpus.programme = None;
    }
    if corpus.themes.as_ref().is_some_and(|d| gone(&d.file)) {
        corpus.themes = None;
    }
    if corpus.communes.as_ref().is_some_and(|d| gone(&d.file)) {
        corpus.communes = None;
    }
    if corpus.reviewers.as_ref().is_some_and(|d| gone(&d.file)) {
        corpus.reviewers = None;
    }
    if gone(Path::new(files::BOUNDARIES)) {
        corpus.boundaries = None;
    }
}

/// Whether a folder between the root and `rel` is a symbolic link (a walk does not enter it).
fn under_link(root: &Path, rel: &Path) -> bool {
    rel.ancestors()
        .skip(1)
        .filter(|a| !a.as_os_str().is_empty())
        .any(|a| std::fs::symlink_metadata(root.join(a)).is_ok_and(|m| m.file_type().is_symlink()))
}
