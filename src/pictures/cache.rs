//! The cache of processed images: a speed-up, never a source. Under `<dir>/pictures/<key[..2]>/`
//! each picture key has its variants (`<key>-<width>.<ext>`) and a record (`<key>.rec`, see
//! [`super::record`]) of their lengths and SHA-256, written last. A variant is used only when it
//! is a regular file (opened without following a link) whose bytes match the record; anything
//! else is made again. A cache folder that is a link, or that git tracks, is refused: the cache
//! is wijk's own, never something a pull request can bring.

use super::budget;
use super::probe::Probe;
use super::process::{process, ProcessError};
use super::record;
use super::widths;
use crate::bounded::read_bytes;
use std::io::Write;
use std::path::{Path, PathBuf};

/// A cache folder.
#[derive(Clone, Debug)]
pub struct Cache {
    dir: PathBuf,
}

/// The encoded variants of a picture: (width, bytes), smallest first.
pub type Variants = Vec<(u32, Vec<u8>)>;

/// How the variants of an image were obtained.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Processed {
    /// Decoded, resized and encoded now.
    Made,
    /// All found in the cache, matching their record.
    Cached,
}

/// Why a cache folder is refused.
#[derive(Debug, thiserror::Error)]
pub enum CacheError {
    #[error("the picture cache {} is a symbolic link; wijk writes its cache only into a folder of its own (remove the link or give another --cache-dir)", .0.display())]
    Link(PathBuf),
    #[error("the picture cache {} is tracked by git; a cache is never taken from the repository (git rm -r --cached it, and keep it in .gitignore)", .0.display())]
    Tracked(PathBuf),
}

impl Cache {
    /// The cache in the folder `dir` of the site at `root`; refused when `dir` (or its
    /// `pictures` folder) is a symbolic link, or when git tracks a file under it.
    pub fn open(dir: &Path, root: &Path) -> Result<Cache, CacheError> {
        let pictures = dir.join("pictures");
        for folder in [dir, &pictures] {
            if is_link(folder) {
                return Err(CacheError::Link(folder.to_path_buf()));
            }
        }
        if tracked_by_git(root, dir) {
            return Err(CacheError::Tracked(dir.to_path_buf()));
        }
        Ok(Cache { dir: pictures })
    }

    /// Where the variant `width` of an image probed as `probe` is kept.
    pub fn path(&self, probe: &Probe, width: u32) -> PathBuf {
        let key = &probe.key;
        self.folder(probe)
            .join(format!("{key}-{width}.{}", probe.output.extension()))
    }

    fn folder(&self, probe: &Probe) -> PathBuf {
        self.dir.join(probe.key.get(..2).unwrap_or("00"))
    }

    fn record_path(&self, probe: &Probe) -> PathBuf {
        self.folder(probe).join(format!("{}.rec", probe.key))
    }

    /// The variants of `probe` from the cache, when every one of them is there, a regular file,
    /// and what the record says; `None` otherwise.
    pub fn load(&self, probe: &Probe) -> Option<Variants> {
        if is_link(&self.folder(probe)) {
            return None;
        }
        let rec = read_bytes(&self.record_path(probe)).ok()?;
        let expected = record::parse(&rec, &probe.key)?;
        let promised: Vec<u32> = expected.iter().map(|e| e.width).collect();
        if promised != widths(probe.width) {
            return None;
        }
        expected
            .iter()
            .map(|e| {
                let bytes = read_bytes(&self.path(probe, e.width)).ok()?;
                let whole = bytes.len() as u64 == e.len && record::sha256(&bytes) == e.sha256;
                whole.then_some((e.width, bytes))
            })
            .collect()
    }

    /// The variants of the image at `src` probed as `probe`: from the cache when they are there
    /// and whole, else processed now (within the memory budget) and stored. The file is read
    /// again, without following a link, and must still be what was probed.
    pub fn ensure(&self, src: &Path, probe: &Probe) -> Result<(Processed, Variants), ProcessError> {
        if let Some(variants) = self.load(probe) {
            return Ok((Processed::Cached, variants));
        }
        let _permit = budget::acquire(budget::cost(probe));
        // Another thread (a `serve` request for another width) may have made it meanwhile.
        if let Some(variants) = self.load(probe) {
            return Ok((Processed::Cached, variants));
        }
        let bytes = read_bytes(src).map_err(|e| ProcessError::Cache {
            path: src.to_path_buf(),
            source: e,
        })?;
        if super::probe::probe_bytes(&bytes, src).ok().as_ref() != Some(probe) {
            return Err(ProcessError::Changed);
        }
        let variants = process(&bytes, probe)?;
        drop(bytes);
        self.store(probe, &variants)?;
        Ok((Processed::Made, variants))
    }

    /// Writes the variants, then their record.
    fn store(&self, probe: &Probe, variants: &Variants) -> Result<(), ProcessError> {
        let folder = self.folder(probe);
        let io = |e| ProcessError::Cache {
            path: folder.clone(),
            source: e,
        };
        if is_link(&folder) {
            std::fs::remove_file(&folder).map_err(io)?;
        }
        std::fs::create_dir_all(&folder).map_err(io)?;
        for (w, encoded) in variants {
            write_new(&self.path(probe, *w), encoded)?;
        }
        let rec = record::write(&probe.key, variants);
        write_new(&self.record_path(probe), rec.as_bytes())
    }
}

/// Whether `path` is a symbolic link (not followed).
fn is_link(path: &Path) -> bool {
    std::fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_symlink())
}

/// Whether git tracks a file under `dir` in the repository holding `root` (false when `root` is
/// not in a repository, `dir` is outside it, or git is not installed).
fn tracked_by_git(root: &Path, dir: &Path) -> bool {
    let Ok(dir) = std::path::absolute(dir) else {
        return false;
    };
    std::process::Command::new("git")
        .arg("-C")
        .arg(root)
        .args(["ls-files", "-z", "--"])
        .arg(&dir)
        .stdin(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .output()
        .is_ok_and(|out| out.status.success() && !out.stdout.is_empty())
}

/// Writes `bytes` to `path` through a new temporary file of this writer's own in the same folder
/// (created with `O_EXCL` under a random name, never opened through a link), renamed into place:
/// two processes filling the same entry do not collide, a link at `path` is replaced, not
/// followed, and a failed write leaves no temporary file behind.
fn write_new(path: &Path, bytes: &[u8]) -> Result<(), ProcessError> {
    let io = |e| ProcessError::Cache {
        path: path.to_path_buf(),
        source: e,
    };
    let parent = path.parent().unwrap_or(Path::new("."));
    let mut file = tempfile::NamedTempFile::new_in(parent).map_err(io)?;
    file.write_all(bytes).map_err(io)?;
    file.persist(path).map_err(|e| io(e.error))?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::write_new;

    #[test]
    fn replaces_a_link_at_the_entry_and_leaves_only_the_entry() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("elsewhere");
        std::fs::write(&target, b"not ours").unwrap();
        let entry = dir.path().join("entry.webp");
        #[cfg(unix)]
        std::os::unix::fs::symlink(&target, &entry).unwrap();
        write_new(&entry, b"encoded").unwrap();
        write_new(&entry, b"encoded again").unwrap();
        assert_eq!(std::fs::read(&entry).unwrap(), b"encoded again");
        assert!(!std::fs::symlink_metadata(&entry).unwrap().is_symlink());
        assert_eq!(std::fs::read(&target).unwrap(), b"not ours");
        let mut names: Vec<String> = std::fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        assert_eq!(names, ["elsewhere", "entry.webp"]);
    }

    #[test]
    fn reports_the_entry_when_its_folder_is_missing() {
        let dir = tempfile::tempdir().unwrap();
        let entry = dir.path().join("gone/entry.webp");
        let err = write_new(&entry, b"x").unwrap_err().to_string();
        assert!(err.contains("entry.webp"), "{err}");
    }
}
