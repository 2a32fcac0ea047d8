//! Where `build --out` may write: the output folder resolved to one absolute path (no `.`, `..` or
//! links), refused when it overlaps the sources of the site root.

use std::path::{Component, Path, PathBuf};

/// The folders of a site root that a build must never replace (nor any folder holding them).
const SOURCES: [&str; 4] = ["content", "data", "themes", ".git"];

/// Why an output folder is refused.
#[derive(Debug, thiserror::Error)]
pub enum OutPathError {
    #[error("--out {} would replace {what}; choose a folder outside content/, data/ and themes/, e.g. public", out.display())]
    Overlaps { out: PathBuf, what: String },
    #[error("--out {}: {cause}", out.display())]
    Io { out: PathBuf, cause: std::io::Error },
}

/// Resolves `out` (relative to the working folder) to an absolute path whose existing part has its
/// links resolved, and refuses it when it is the site root, a folder above it, or overlaps one of
/// its sources (`content/`, `data/`, `themes/`, `.git/`) in either direction.
pub fn resolve_out(root: &Path, out: &Path) -> Result<PathBuf, OutPathError> {
    let io = |cause| OutPathError::Io {
        out: out.to_path_buf(),
        cause,
    };
    let root = std::fs::canonicalize(root).map_err(io)?;
    let resolved = resolve(out).map_err(io)?;
    let refuse = |what: String| {
        Err(OutPathError::Overlaps {
            out: out.to_path_buf(),
            what,
        })
    };
    if root.starts_with(&resolved) {
        return refuse(format!("the site root {}", root.display()));
    }
    for name in SOURCES {
        let source = root.join(name);
        let source = std::fs::canonicalize(&source).unwrap_or(source);
        if resolved.starts_with(&source) || source.starts_with(&resolved) {
            return refuse(format!("the site's {name}/ folder"));
        }
    }
    Ok(resolved)
}

/// `path` made absolute, with links resolved in its existing part and `.`/`..` removed after.
fn resolve(path: &Path) -> std::io::Result<PathBuf> {
    let mut resolved = std::env::current_dir()?;
    let mut exists = true;
    for c in path.components() {
        match c {
            Component::Prefix(_) | Component::RootDir => {
                resolved = PathBuf::from(c.as_os_str());
                resolved = std::fs::canonicalize(&resolved)?;
            }
            Component::CurDir => {}
            Component::ParentDir => {
                // An existing folder is canonical here, so its parent is its real parent.
                resolved.pop();
                exists = std::fs::symlink_metadata(&resolved).is_ok();
            }
            Component::Normal(name) => {
                let next = resolved.join(name);
                if exists && std::fs::symlink_metadata(&next).is_ok() {
                    resolved = std::fs::canonicalize(&next)?;
                } else {
                    exists = false;
                    resolved = next;
                }
            }
        }
    }
    Ok(resolved)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn resolves_dots_and_refuses_sources() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path().join("site");
        std::fs::create_dir_all(root.join("content/pages")).unwrap();
        let real = std::fs::canonicalize(&root).unwrap();
        let ok = resolve_out(&root, &root.join("public/./x/..")).unwrap();
        assert_eq!(ok, real.join("public"));
        for bad in [
            "content/.",
            "content/pages/../..",
            ".",
            "..",
            "data",
            "themes/x/y",
        ] {
            assert!(
                matches!(
                    resolve_out(&root, &root.join(bad)),
                    Err(OutPathError::Overlaps { .. })
                ),
                "{bad}"
            );
        }
    }
}
