//! The cache of processed images: `<dir>/pictures/<key[..2]>/<key>-<width>.<ext>`, the key being
//! the hash of the original's content and of the processing settings. Files are written to a
//! temporary name, then renamed, so that a build and `serve` may share the folder.

use super::probe::Probe;
use super::process::{process, ProcessError};
use super::widths;
use sha2::{Digest, Sha256};
use std::path::{Path, PathBuf};

/// A cache folder.
#[derive(Clone, Debug)]
pub struct Cache {
    dir: PathBuf,
}

/// How the variants of an image were obtained.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Processed {
    /// Decoded, resized and encoded now.
    Made,
    /// All found in the cache.
    Cached,
}

impl Cache {
    /// The cache under `dir` (created when first written).
    pub fn new(dir: &Path) -> Cache {
        Cache {
            dir: dir.join("pictures"),
        }
    }

    /// Where the variant `width` of an image probed as `probe` is kept.
    pub fn path(&self, probe: &Probe, width: u32) -> PathBuf {
        let key = &probe.key;
        self.dir
            .join(&key[..2])
            .join(format!("{key}-{width}.{}", probe.output.extension()))
    }

    /// Makes sure every variant of the image at `src` is in the cache, processing it if one is
    /// missing. The file is read again and must still be what was probed.
    pub fn ensure(&self, src: &Path, probe: &Probe) -> Result<Processed, ProcessError> {
        let all_there = widths(probe.width)
            .into_iter()
            .all(|w| self.path(probe, w).is_file());
        if all_there {
            return Ok(Processed::Cached);
        }
        let bytes = std::fs::read(src).map_err(|e| ProcessError::Cache {
            path: src.to_path_buf(),
            source: e,
        })?;
        if super::probe::probe_bytes(&bytes, src).ok().as_ref() != Some(probe) {
            return Err(ProcessError::Changed);
        }
        for (w, encoded) in process(&bytes, probe)? {
            self.write(&self.path(probe, w), &encoded)?;
        }
        Ok(Processed::Made)
    }

    fn write(&self, path: &Path, bytes: &[u8]) -> Result<(), ProcessError> {
        let io = |e| ProcessError::Cache {
            path: path.to_path_buf(),
            source: e,
        };
        let parent = path.parent().unwrap_or(&self.dir);
        std::fs::create_dir_all(parent).map_err(io)?;
        // A name of its own per writer: two processes filling the same entry do not collide.
        let mut h = Sha256::new();
        h.update(format!(
            "{:?}{:?}",
            std::process::id(),
            std::thread::current().id()
        ));
        let tag: String = h.finalize()[..6]
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect();
        let tmp = parent.join(format!(".tmp-{tag}"));
        std::fs::write(&tmp, bytes).map_err(io)?;
        std::fs::rename(&tmp, path).map_err(io)
    }
}
