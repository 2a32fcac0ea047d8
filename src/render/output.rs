//! The output folder: staging next to `--out`, parallel buffered writes, copies, the
//! private-address scan, and the swap that replaces the previous site only on success.

use super::{Output, RenderError};
use rayon::prelude::*;
use std::io::Write;
use std::path::{Path, PathBuf};

/// A fresh, empty staging folder next to `out` (`.<name>.staging`).
pub fn prepare_staging(out: &Path) -> Result<PathBuf, RenderError> {
    let staging = sibling(out, "staging");
    remove_if_exists(&staging)?;
    std::fs::create_dir_all(&staging).map_err(|e| RenderError::io("creating", &staging, e))?;
    Ok(staging)
}

fn sibling(out: &Path, what: &str) -> PathBuf {
    let name = out
        .file_name()
        .map_or_else(|| "public".into(), |n| n.to_string_lossy().into_owned());
    let parent = out.parent().filter(|p| !p.as_os_str().is_empty());
    parent
        .unwrap_or(Path::new("."))
        .join(format!(".{name}.{what}"))
}

/// Removes a folder (or file) if present.
pub fn remove_if_exists(path: &Path) -> Result<(), RenderError> {
    match std::fs::symlink_metadata(path) {
        Ok(m) if m.is_dir() => {
            std::fs::remove_dir_all(path).map_err(|e| RenderError::io("removing", path, e))
        }
        Ok(_) => std::fs::remove_file(path).map_err(|e| RenderError::io("removing", path, e)),
        Err(_) => Ok(()),
    }
}

/// Writes every output under `dir`, in parallel.
pub fn write_outputs(dir: &Path, outputs: &[Output]) -> Result<(), RenderError> {
    outputs.par_iter().try_for_each(|o| {
        let path = dir.join(&o.path);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).map_err(|e| RenderError::io("creating", parent, e))?;
        }
        let file =
            std::fs::File::create(&path).map_err(|e| RenderError::io("writing", &path, e))?;
        let mut w = std::io::BufWriter::new(file);
        w.write_all(&o.bytes)
            .and_then(|_| w.flush())
            .map_err(|e| RenderError::io("writing", &path, e))
    })
}

/// Copies `(destination under dir, source)` pairs, in parallel.
pub fn copy_files(dir: &Path, files: &[(String, PathBuf)]) -> Result<(), RenderError> {
    files.par_iter().try_for_each(|(rel, src)| {
        let dest = dir.join(rel);
        if let Some(parent) = dest.parent() {
            std::fs::create_dir_all(parent).map_err(|e| RenderError::io("creating", parent, e))?;
        }
        std::fs::copy(src, &dest)
            .map(|_| ())
            .map_err(|e| RenderError::io("copying", src, e))
    })
}

/// Content assets (every non-Markdown regular file under `content/`), published under `media/`.
pub fn content_assets(root: &Path) -> Result<Vec<(String, PathBuf)>, RenderError> {
    let content = root.join("content");
    let mut out = Vec::new();
    if !content.exists() {
        return Ok(out);
    }
    for entry in walkdir::WalkDir::new(&content)
        .follow_links(false)
        .sort_by_file_name()
    {
        let entry = entry.map_err(|e| RenderError::io("reading", &content, e.into()))?;
        let path = entry.path();
        if !entry.file_type().is_file() || path.extension().is_some_and(|e| e == "md") {
            continue;
        }
        let rel = path.strip_prefix(root).unwrap_or(path);
        if let Some(url) = super::urls::media(rel) {
            out.push((url, path.to_path_buf()));
        }
    }
    Ok(out)
}

/// Files under `dir` holding any of `addresses` (case-insensitive), sorted.
pub fn find_leaks(dir: &Path, addresses: &[String]) -> Result<Vec<PathBuf>, RenderError> {
    let needles: Vec<Vec<u8>> = addresses
        .iter()
        .filter(|a| !a.is_empty())
        .map(|a| a.to_ascii_lowercase().into_bytes())
        .collect();
    if needles.is_empty() {
        return Ok(Vec::new());
    }
    let files: Vec<PathBuf> = walkdir::WalkDir::new(dir)
        .sort_by_file_name()
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_file())
        .map(|e| e.into_path())
        .collect();
    let mut leaks: Vec<PathBuf> = files
        .par_iter()
        .map(|f| {
            let bytes = std::fs::read(f).map_err(|e| RenderError::io("reading", f, e))?;
            let lower = bytes.to_ascii_lowercase();
            let hit = needles
                .iter()
                .any(|n| lower.windows(n.len()).any(|w| w == n.as_slice()));
            Ok(hit.then(|| f.clone()))
        })
        .collect::<Result<Vec<_>, RenderError>>()?
        .into_iter()
        .flatten()
        .collect();
    leaks.sort();
    Ok(leaks)
}

/// Replaces `out` with `staging`: the old site is moved aside, the new one renamed into place,
/// then the old one removed. Until the rename, `out` is the previous site, untouched.
pub fn swap_into_place(staging: &Path, out: &Path) -> Result<(), RenderError> {
    let old = sibling(out, "old");
    remove_if_exists(&old)?;
    let had_old = std::fs::symlink_metadata(out).is_ok();
    if had_old {
        std::fs::rename(out, &old).map_err(|e| RenderError::io("moving aside", out, e))?;
    }
    if let Err(e) = std::fs::rename(staging, out) {
        if had_old {
            let _ = std::fs::rename(&old, out);
        }
        return Err(RenderError::io("moving into place", out, e));
    }
    if had_old {
        remove_if_exists(&old)?;
    }
    Ok(())
}
