//! Vendor: the copy of Decap CMS kept in `vendor/decap-cms/` at the site root → its files, each
//! checked against `SHA256SUMS` before it is published.

use sha2::{Digest, Sha256};
use std::path::{Path, PathBuf};

/// The vendored Decap CMS version (npm `decap-cms`).
pub const DECAP_VERSION: &str = "3.16.3";

/// The vendor folder, relative to the site root.
pub const VENDOR_DIR: &str = "vendor/decap-cms";

/// The list of files and their SHA-256, in `sha256sum` format.
pub const SUMS_FILE: &str = "SHA256SUMS";

/// Why the vendored editor cannot be published.
#[derive(Debug, thiserror::Error)]
pub enum VendorError {
    #[error("cannot read {path}: {source} (the browser editor is published from the site root's {VENDOR_DIR}/; see docs/editing.md)")]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("{path}: line {line} is not `<sha256>  <file name>`")]
    Sums { path: PathBuf, line: usize },
    #[error("{path} does not match {SUMS_FILE}: the vendored editor was changed or damaged")]
    Mismatch { path: PathBuf },
}

/// Every file listed in `dir/SHA256SUMS`, read and verified: `(file name, bytes)`, sorted by name.
pub fn read_verified(dir: &Path) -> Result<Vec<(String, Vec<u8>)>, VendorError> {
    let sums_path = dir.join(SUMS_FILE);
    let sums = read_text(&sums_path)?;
    let mut files = Vec::new();
    for (i, line) in sums
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
    {
        let bad = || VendorError::Sums {
            path: sums_path.clone(),
            line: i + 1,
        };
        let (hash, name) = line.split_once("  ").ok_or_else(bad)?;
        // Only plain file names: the list cannot make the build read outside the folder.
        if hash.len() != 64
            || name.is_empty()
            || name.contains(['/', '\\'])
            || name.starts_with('.')
        {
            return Err(bad());
        }
        let path = dir.join(name);
        let meta = std::fs::symlink_metadata(&path).map_err(|source| VendorError::Io {
            path: path.clone(),
            source,
        })?;
        if !meta.is_file() {
            return Err(VendorError::Mismatch { path });
        }
        let bytes = std::fs::read(&path).map_err(|source| VendorError::Io {
            path: path.clone(),
            source,
        })?;
        if sha256_hex(&bytes) != hash.to_ascii_lowercase() {
            return Err(VendorError::Mismatch { path });
        }
        files.push((name.to_string(), bytes));
    }
    files.sort_by(|a, b| a.0.cmp(&b.0));
    Ok(files)
}

fn read_text(path: &Path) -> Result<String, VendorError> {
    std::fs::read_to_string(path).map_err(|source| VendorError::Io {
        path: path.to_path_buf(),
        source,
    })
}

/// Lower-case hexadecimal SHA-256.
pub fn sha256_hex(bytes: &[u8]) -> String {
    Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}
