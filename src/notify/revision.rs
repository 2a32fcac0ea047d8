//! Revisions: a git revision of the site root → its `content/` and `data/` in a temporary folder,
//! loaded and validated (through the git CLI).

use crate::i18n::Message;
use crate::msg;
use crate::validate::Validated;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

/// Why a revision cannot be read.
#[derive(Debug, thiserror::Error)]
pub enum RevisionError {
    #[error("{0} is not inside a git repository (notify compares revisions of the content)")]
    NotARepo(PathBuf),
    #[error("unknown revision `{0}`: not a commit of this repository")]
    Unknown(String),
    /// Not found in a shallow clone: the commit may well exist, beyond the history fetched.
    #[error("revision `{0}` is not in this clone: its history is shallow (`git fetch --unshallow`, or `fetch-depth: 0` for actions/checkout)")]
    Shallow(String),
    #[error("git {what} failed: {message}")]
    Git { what: String, message: String },
    #[error("cannot extract revision {rev}: {source}")]
    Io {
        rev: String,
        #[source]
        source: std::io::Error,
    },
    #[error(transparent)]
    Load(#[from] crate::load::LoadError),
}

impl RevisionError {
    /// The error in words for the reader, when it is one they can fix themselves.
    pub fn message(&self) -> Option<Message> {
        match self {
            RevisionError::Shallow(rev) => Some(msg!("revision-shallow", rev = rev)),
            _ => None,
        }
    }
}

/// A revision's content, loaded; the folder it was extracted to lives as long as this value.
#[derive(Debug)]
pub struct Revision {
    /// The full commit id.
    pub sha: String,
    /// `None` when the revision has no `data/programme.yaml` (e.g. before the site existed).
    pub validated: Option<Validated>,
    /// Where the revision was extracted (the root of its diagnostics).
    pub dir: tempfile::TempDir,
}

/// The full commit id of `rev`, or `Unknown`.
pub fn resolve(root: &Path, rev: &str) -> Result<String, RevisionError> {
    if rev.starts_with('-') || rev.is_empty() {
        return Err(RevisionError::Unknown(rev.to_string()));
    }
    let out = git(root, &["rev-parse", "--show-prefix"], "rev-parse")?;
    if !out.status.success() {
        return Err(RevisionError::NotARepo(root.to_path_buf()));
    }
    let spec = format!("{rev}^{{commit}}");
    let out = git(
        root,
        &["rev-parse", "--verify", "--quiet", &spec],
        "rev-parse",
    )?;
    let sha = String::from_utf8_lossy(&out.stdout).trim().to_string();
    if !out.status.success() || sha.is_empty() {
        let shallow = stdout(root, &["rev-parse", "--is-shallow-repository"], "rev-parse")?;
        if shallow.trim() == "true" {
            return Err(RevisionError::Shallow(rev.to_string()));
        }
        return Err(RevisionError::Unknown(rev.to_string()));
    }
    Ok(sha)
}

/// Extracts `content/` and `data/` of the site root at `rev`, then loads and validates them.
pub fn load_revision(root: &Path, rev: &str) -> Result<Revision, RevisionError> {
    let sha = resolve(root, rev)?;
    let io = |source| RevisionError::Io {
        rev: rev.to_string(),
        source,
    };
    let prefix = stdout(root, &["rev-parse", "--show-prefix"], "rev-parse")?;
    let tree = format!("{sha}:{}", prefix.trim());
    let names = stdout(root, &["ls-tree", "--name-only", &tree], "ls-tree")?;
    let wanted: Vec<&str> = names
        .lines()
        .filter(|n| *n == "content" || *n == "data")
        .collect();
    let dir = tempfile::Builder::new()
        .prefix("wijk-rev-")
        .tempdir()
        .map_err(io)?;
    if !wanted.is_empty() {
        extract(root, &tree, &wanted, dir.path()).map_err(io)?;
    }
    let validated = if dir.path().join(crate::site::files::PROGRAMME).is_file() {
        let corpus = crate::load::load(dir.path())?;
        Some(crate::validate::validate(&corpus))
    } else {
        None
    };
    Ok(Revision {
        sha,
        validated,
        dir,
    })
}

/// `git archive TREE PATHS | tar -x -C DIR`.
fn extract(root: &Path, tree: &str, paths: &[&str], dir: &Path) -> std::io::Result<()> {
    let mut archive = Command::new("git")
        .arg("-C")
        .arg(root)
        .args(["archive", "--format=tar", tree, "--"])
        .args(paths)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()?;
    let pipe = archive
        .stdout
        .take()
        .ok_or_else(|| std::io::Error::other("no output from git archive"))?;
    let tar = Command::new("tar")
        .arg("-x")
        .arg("-C")
        .arg(dir)
        .stdin(pipe)
        .stderr(Stdio::piped())
        .output()?;
    let git = archive.wait_with_output()?;
    if !git.status.success() || !tar.status.success() {
        let msg = String::from_utf8_lossy(if git.status.success() {
            &tar.stderr
        } else {
            &git.stderr
        });
        return Err(std::io::Error::other(msg.trim().to_string()));
    }
    Ok(())
}

fn git(root: &Path, args: &[&str], what: &str) -> Result<std::process::Output, RevisionError> {
    Command::new("git")
        .arg("-C")
        .arg(root)
        .args(args)
        .stdin(Stdio::null())
        .output()
        .map_err(|e| RevisionError::Git {
            what: what.to_string(),
            message: e.to_string(),
        })
}

fn stdout(root: &Path, args: &[&str], what: &str) -> Result<String, RevisionError> {
    let out = git(root, args, what)?;
    if !out.status.success() {
        return Err(RevisionError::Git {
            what: what.to_string(),
            message: String::from_utf8_lossy(&out.stderr).trim().to_string(),
        });
    }
    Ok(String::from_utf8_lossy(&out.stdout).into_owned())
}
