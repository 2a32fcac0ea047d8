//! What the watched files hold (size and a hash of their bytes), so that a save that changes
//! nothing (`touch`, an editor writing the same text) does not rebuild and reload open pages.

use rayon::prelude::*;
use std::collections::HashMap;
use std::hash::{Hash, Hasher};
use std::path::{Path, PathBuf};

/// Files over this size are not hashed: any event on them counts as a change.
const HASHED_UP_TO: u64 = crate::load::MAX_FILE_BYTES;

/// The fingerprint of every file under the watched folders, by absolute path.
pub struct Fingerprints(HashMap<PathBuf, Option<u64>>);

impl Fingerprints {
    /// Fingerprints the files under `root`'s watched folders (in parallel).
    pub fn of_root(root: &Path) -> Fingerprints {
        let files: Vec<PathBuf> = super::watch::WATCHED
            .iter()
            .flat_map(|d| walkdir::WalkDir::new(root.join(d)).follow_links(false))
            .flatten()
            .filter(|e| e.file_type().is_file())
            .map(walkdir::DirEntry::into_path)
            .collect();
        Fingerprints(files.into_par_iter().map(|p| (p.clone(), of(&p))).collect())
    }

    /// The paths of `batch` whose content differs from what was seen last (a new, removed or
    /// unhashed file always does), or that are in `reread`; what is seen now is remembered.
    pub fn changed(&mut self, batch: Vec<PathBuf>, reread: &[PathBuf]) -> Vec<PathBuf> {
        batch
            .into_iter()
            .filter(|p| {
                let now = of(p);
                let before = self.0.insert(p.clone(), now);
                now.is_none() || before != Some(now) || reread.contains(p)
            })
            .collect()
    }
}

/// The paths a build read (`read`) that events taken after it (`queued`) say were written again:
/// the build may have read them between two writes.
pub fn written_again(read: &[PathBuf], queued: &[PathBuf]) -> Vec<PathBuf> {
    let mut again: Vec<PathBuf> = queued
        .iter()
        .filter(|p| read.contains(p))
        .cloned()
        .collect();
    again.sort();
    again.dedup();
    again
}

/// Size and hash of a regular file up to [`HASHED_UP_TO`]; `None` otherwise (missing, a folder,
/// a link, too large).
fn of(path: &Path) -> Option<u64> {
    let meta = std::fs::symlink_metadata(path).ok()?;
    if !meta.is_file() || meta.len() > HASHED_UP_TO {
        return None;
    }
    let bytes = crate::load::read_bytes(path).ok()?;
    let mut h = std::collections::hash_map::DefaultHasher::new();
    bytes.hash(&mut h);
    Some(h.finish())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_rewrite_with_the_same_bytes_is_not_a_change() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("content/a.md");
        std::fs::create_dir_all(file.parent().unwrap()).unwrap();
        std::fs::write(&file, "one").unwrap();
        let mut f = Fingerprints::of_root(dir.path());
        std::fs::write(&file, "one").unwrap();
        assert!(f.changed(vec![file.clone()], &[]).is_empty());
        std::fs::write(&file, "two").unwrap();
        assert_eq!(
            f.changed(vec![file.clone()], &[]),
            std::slice::from_ref(&file)
        );
        assert!(f.changed(vec![file.clone()], &[]).is_empty());
        std::fs::remove_file(&file).unwrap();
        assert_eq!(f.changed(vec![file.clone()], &[]), [file]);
    }

    #[test]
    fn a_file_written_again_during_a_build_is_read_again_even_if_back_to_its_old_bytes() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("content/a.md");
        let other = dir.path().join("content/b.md");
        std::fs::create_dir_all(file.parent().unwrap()).unwrap();
        std::fs::write(&file, "main").unwrap();
        std::fs::write(&other, "b").unwrap();
        let mut f = Fingerprints::of_root(dir.path());
        // A checkout to a branch: the build reads the file; while it runs, the file goes back to
        // main and to the branch again, so it ends with the bytes fingerprinted before the build.
        std::fs::write(&file, "branch").unwrap();
        let read = f.changed(vec![file.clone()], &[]);
        assert_eq!(read, std::slice::from_ref(&file));
        let queued = vec![other.clone(), file.clone(), file.clone()];
        let again = written_again(&read, &queued);
        assert_eq!(again, std::slice::from_ref(&file));
        let batch = vec![other.clone(), file.clone()];
        assert!(
            f.changed(batch.clone(), &[]).is_empty(),
            "same bytes: no change"
        );
        assert_eq!(f.changed(batch, &again), [file]);
    }
}
