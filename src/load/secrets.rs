//! Secrets: reviewer addresses from a file outside the repository (YAML `id: address`, named by
//! `WIJK_REVIEWER_EMAILS`), which win over `data/reviewers.yaml`. Read by `notify` to send and by
//! `build` to make sure none of them is ever published.

use crate::model::{Email, Site};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// The environment variable naming the secrets file.
pub const REVIEWER_EMAILS_ENV: &str = "WIJK_REVIEWER_EMAILS";

/// Why the secrets file cannot be used. Messages name ids, never addresses.
#[derive(Debug, thiserror::Error)]
pub enum AddressError {
    #[error(
        "cannot read the reviewer addresses file {path} (from {REVIEWER_EMAILS_ENV}): {source}"
    )]
    Read {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("{path} (from {REVIEWER_EMAILS_ENV}) is not a YAML map of `reviewer-id: address`: {message}")]
    Parse { path: PathBuf, message: String },
    #[error(
        "{path} (from {REVIEWER_EMAILS_ENV}): the address of `{id}` is not a single e-mail address"
    )]
    Invalid { path: PathBuf, id: String },
}

/// Reads a secrets file: reviewer id → address, every address validated.
pub fn load_reviewer_emails(path: &Path) -> Result<BTreeMap<String, Email>, AddressError> {
    let text = std::fs::read_to_string(path).map_err(|source| AddressError::Read {
        path: path.to_path_buf(),
        source,
    })?;
    let raw: BTreeMap<String, String> =
        serde_saphyr::from_str(&text).map_err(|e| AddressError::Parse {
            path: path.to_path_buf(),
            // The parser's message may quote the value: keep only its first line, no address in it.
            message: first_line_without_at(&e.to_string()),
        })?;
    raw.into_iter()
        .map(|(id, addr)| match Email::parse(&addr) {
            Some(e) if !addr.contains(['\r', '\n']) => Ok((id, e)),
            _ => Err(AddressError::Invalid {
                path: path.to_path_buf(),
                id,
            }),
        })
        .collect()
}

fn first_line_without_at(s: &str) -> String {
    let line = s.lines().next().unwrap_or("");
    if line.contains('@') {
        "invalid YAML".to_string()
    } else {
        line.to_string()
    }
}

/// The secrets file named by `WIJK_REVIEWER_EMAILS`, if the variable is set and not empty.
pub fn reviewer_emails_from_env() -> Result<BTreeMap<String, Email>, AddressError> {
    match std::env::var_os(REVIEWER_EMAILS_ENV).filter(|p| !p.is_empty()) {
        Some(path) => load_reviewer_emails(Path::new(&path)),
        None => Ok(BTreeMap::new()),
    }
}

/// Gives each reviewer named in `emails` that address (the file wins); ids it does not name keep theirs.
pub fn apply_reviewer_emails(site: &mut Site, emails: &BTreeMap<String, Email>) {
    for r in &mut site.reviewers {
        if let Some(e) = emails.get(r.id.as_str()) {
            r.email = Some(e.clone());
        }
    }
}
