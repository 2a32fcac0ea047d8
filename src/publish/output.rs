//! The output folder: a lock and a staging folder next to `--out`, the writing of one file, the
//! private-address scan, and the swap that replaces the previous site only on success. What may
//! be written is decided by the gate (`gate.rs`).

use crate::render::RenderError;
use std::collections::HashSet;
use std::io::Write;
use std::path::{Path, PathBuf};

/// A staging folder next to the output, and the output's lock, held until this is dropped.
pub struct Staging {
    pub dir: PathBuf,
    _lock: std::fs::File,
}

/// Locks `out` (`.<name>.lock` next to it; another build of the same output is refused), removes
/// what killed builds left next to it, and creates a fresh staging folder
/// (`.<name>.staging-<pid>-<n>`).
pub fn prepare_staging(out: &Path) -> Result<Staging, RenderError> {
    let (parent, name) = parent_and_name(out);
    std::fs::create_dir_all(&parent).map_err(|e| RenderError::io("creating", &parent, e))?;
    let lock_path = parent.join(format!(".{name}.lock"));
    let lock = std::fs::OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(&lock_path)
        .map_err(|e| RenderError::io("creating", &lock_path, e))?;
    crate::lock::try_lock(&lock).map_err(|e| match e {
        crate::lock::LockError::Busy => RenderError::Busy {
            out: out.to_path_buf(),
        },
        crate::lock::LockError::Io(e) => RenderError::io("locking", &lock_path, e),
    })?;
    // Under the lock, no other build uses these: they are what a killed build left.
    let prefixes = [format!(".{name}.staging-"), format!(".{name}.old-")];
    if let Ok(entries) = std::fs::read_dir(&parent) {
        for e in entries.flatten() {
            let n = e.file_name();
            if prefixes
                .iter()
                .any(|p| n.to_string_lossy().starts_with(p.as_str()))
            {
                remove_if_exists(&e.path())?;
            }
        }
    }
    static COUNT: std::sync::atomic::AtomicU32 = std::sync::atomic::AtomicU32::new(0);
    let n = COUNT.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let dir = parent.join(format!(".{name}.staging-{}-{n}", std::process::id()));
    std::fs::create_dir(&dir).map_err(|e| RenderError::io("creating", &dir, e))?;
    Ok(Staging { dir, _lock: lock })
}

/// The folder holding `out` and `out`'s name.
fn parent_and_name(out: &Path) -> (PathBuf, String) {
    let name = out
        .file_name()
        .map_or_else(|| "public".into(), |n| n.to_string_lossy().into_owned());
    let parent = out.parent().filter(|p| !p.as_os_str().is_empty());
    (parent.unwrap_or(Path::new(".")).to_path_buf(), name)
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

/// A file of the output: its path and whether it holds a private address.
pub struct Written {
    pub path: String,
    pub leak: bool,
}

/// Writes `bytes` to `path` in one `write`; its folder is created only when the file cannot be
/// (most files go into a folder an earlier one created: a build writes about 47,000 files).
pub(super) fn write_file(path: &Path, bytes: &[u8]) -> Result<(), RenderError> {
    let mut file = match std::fs::File::create(path) {
        Ok(f) => f,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            if let Some(parent) = path.parent() {
                std::fs::create_dir_all(parent)
                    .map_err(|e| RenderError::io("creating", parent, e))?;
            }
            std::fs::File::create(path).map_err(|e| RenderError::io("writing", path, e))?
        }
        Err(e) => return Err(RenderError::io("writing", path, e)),
    };
    file.write_all(bytes)
        .map_err(|e| RenderError::io("writing", path, e))
}

/// Finds private addresses in bytes in one pass: at each `@`, the slices of the lengths of the
/// addresses around it are looked up in a set (case-insensitive). Linear in the text, whatever the
/// number of addresses.
pub struct LeakScanner {
    addresses: HashSet<Vec<u8>>,
    /// Distinct (length before `@`, length after `@`) of the addresses.
    shapes: Vec<(usize, usize)>,
}

impl LeakScanner {
    /// A scanner for `addresses`.
    pub fn new(addresses: &[String]) -> LeakScanner {
        let addresses: HashSet<Vec<u8>> = addresses
            .iter()
            .filter(|a| a.contains('@'))
            .map(|a| a.to_ascii_lowercase().into_bytes())
            .collect();
        let mut shapes: Vec<(usize, usize)> = addresses
            .iter()
            .filter_map(|a| {
                a.iter()
                    .position(|&b| b == b'@')
                    .map(|at| (at, a.len() - at - 1))
            })
            .collect();
        shapes.sort_unstable();
        shapes.dedup();
        LeakScanner { addresses, shapes }
    }

    /// Whether `bytes` hold one of the addresses. Every file is read, whatever its type: a
    /// document or a picture is as public as a page.
    pub fn hits(&self, bytes: &[u8]) -> bool {
        if self.addresses.is_empty() {
            return false;
        }
        // One buffer for every candidate, lower-cased in place, looked up as a slice.
        let mut candidate = Vec::new();
        memchr::memchr_iter(b'@', bytes).any(|at| {
            self.shapes.iter().any(|&(before, after)| {
                if at < before || at + 1 + after > bytes.len() {
                    return false;
                }
                candidate.clear();
                let around = &bytes[at - before..at + 1 + after];
                candidate.extend(around.iter().map(u8::to_ascii_lowercase));
                self.addresses.contains(candidate.as_slice())
            })
        })
    }
}

/// Replaces `out` with `staging`. On Linux the two are exchanged in one step
/// (`renameat2(RENAME_EXCHANGE)`), so `out` is at every moment the complete old site or the
/// complete new one; the old site, now in `staging`, is then removed. Where that call is missing
/// (another system, or a file system without it), the old site is moved aside and the new one
/// renamed into place: `out` is then missing between the two renames, never half-written.
pub fn swap_into_place(staging: &Path, out: &Path) -> Result<(), RenderError> {
    let had_old = std::fs::symlink_metadata(out).is_ok();
    if had_old && exchange(staging, out) {
        return remove_if_exists(staging);
    }
    let (parent, name) = parent_and_name(out);
    let old = parent.join(format!(".{name}.old-{}", std::process::id()));
    remove_if_exists(&old)?;
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

/// Exchanges two paths atomically; `false` when the system or the file system cannot.
/// rustix makes the system call itself, so this does not depend on the C library's version.
#[cfg(target_os = "linux")]
fn exchange(a: &Path, b: &Path) -> bool {
    use rustix::fs::{renameat_with, RenameFlags, CWD};
    renameat_with(CWD, a, CWD, b, RenameFlags::EXCHANGE).is_ok()
}

#[cfg(not(target_os = "linux"))]
fn exchange(_: &Path, _: &Path) -> bool {
    false
}

#[cfg(test)]
mod leak_tests {
    use super::LeakScanner;

    #[test]
    fn finds_addresses_in_any_case_and_only_whole_ones() {
        let s = LeakScanner::new(&["Jan@Example.org".into(), "a.b@x.be".into()]);
        assert!(s.hits(b"<a href=\"mailto:jan@example.org\">"));
        assert!(s.hits(b"write to A.B@X.BE today"));
        assert!(!s.hits(b"jan@example.com, an@example.org, b@x.be"));
        assert!(!s.hits(b"@"));
        assert!(!s.hits(b"@x.be jan@"));
        assert!(!LeakScanner::new(&[]).hits(b"jan@example.org"));
        // Documents and pictures are read as well as pages.
        assert!(s.hits(b"%PDF-1.4 (jan@example.org) Tj"));
        assert!(s.hits(b"\xFF\xD8\xFF\xE1 jan@example.org"));
    }
}
