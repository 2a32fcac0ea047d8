//! Vendor: Decap CMS → its files, each checked against its SHA-256 before it is published. The
//! binary carries the copy of wijk's own `vendor/decap-cms/` (checked and compressed when wijk is
//! built); a site root holding its own `vendor/decap-cms/` publishes that one instead.

pub use crate::digest::sha256_hex;
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
    #[error("cannot read {path}: {source} (a site root's {VENDOR_DIR}/ replaces the editor built into wijk: remove the folder to use the built-in one; see docs/editing.md)")]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("{path}: line {line} is not `<sha256>  <file name>`")]
    Sums { path: PathBuf, line: usize },
    #[error("{path} does not match {SUMS_FILE}: the vendored editor was changed or damaged")]
    Mismatch { path: PathBuf },
    #[error("the browser editor built into wijk is damaged ({name}); reinstall wijk")]
    Embedded { name: String },
}

/// Decap CMS as checked and compressed when wijk was built: `(file name, SHA-256, gzip bytes)`,
/// in the order of `SHA256SUMS`.
static EMBEDDED: &[(&str, &str, &[u8])] = include!(concat!(env!("OUT_DIR"), "/decap_cms.rs"));

/// The built-in editor's files and their SHA-256, as its `SHA256SUMS` lists them.
pub fn embedded_sums() -> impl Iterator<Item = (&'static str, &'static str)> {
    EMBEDDED.iter().map(|(name, hash, _)| (*name, *hash))
}

/// The built-in editor's files, uncompressed and checked against their SHA-256 again:
/// `(file name, bytes)`, sorted by name.
pub fn embedded() -> Result<Vec<(String, Vec<u8>)>, VendorError> {
    use std::io::Read;
    let mut files = Vec::with_capacity(EMBEDDED.len());
    for (name, hash, packed) in EMBEDDED {
        let damaged = || VendorError::Embedded {
            name: name.to_string(),
        };
        let mut bytes = Vec::new();
        flate2::read::GzDecoder::new(*packed)
            .read_to_end(&mut bytes)
            .map_err(|_| damaged())?;
        if sha256_hex(&bytes) != *hash {
            return Err(damaged());
        }
        files.push((name.to_string(), bytes));
    }
    files.sort_by(|a, b| a.0.cmp(&b.0));
    Ok(files)
}

/// The editor a site root publishes: its own `vendor/decap-cms/` when it has one (checked
/// against its `SHA256SUMS`), else the one built into wijk.
pub fn for_root(root: &Path) -> Result<Vec<(String, Vec<u8>)>, VendorError> {
    let dir = root.join(VENDOR_DIR);
    if std::fs::symlink_metadata(&dir).is_ok() {
        read_verified(&dir)
    } else {
        embedded()
    }
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
