//! Advisory locks (`flock`) so that two runs never write the same thing at once: one `build` per
//! output folder (a `.<out>.lock` file kept next to it, as Hugo keeps `.hugo_build.lock`), one
//! `notify` per ledger (the ledger file itself). A lock is released when its file is closed,
//! so a killed run never leaves one held. Where the platform has no lock, there is none.

use std::fs::{File, TryLockError};

/// Why a lock was not taken.
#[derive(Debug, thiserror::Error)]
pub enum LockError {
    /// Another process holds it.
    #[error("in use by another wijk run; run again when it has finished")]
    Busy,
    #[error(transparent)]
    Io(#[from] std::io::Error),
}

/// Takes an exclusive lock on `file` without waiting (`flock` on Unix, `LockFileEx` on
/// Windows). Where the platform has no such lock, there is no lock.
pub fn try_lock(file: &File) -> Result<(), LockError> {
    match file.try_lock() {
        Ok(()) => Ok(()),
        Err(TryLockError::WouldBlock) => Err(LockError::Busy),
        Err(TryLockError::Error(e)) if e.kind() == std::io::ErrorKind::Unsupported => Ok(()),
        Err(TryLockError::Error(e)) => Err(LockError::Io(e)),
    }
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;

    #[test]
    fn a_second_lock_on_the_same_file_is_refused_until_the_first_is_closed() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("x.lock");
        let a = File::create(&path).unwrap();
        try_lock(&a).unwrap();
        let b = File::open(&path).unwrap();
        assert!(matches!(try_lock(&b), Err(LockError::Busy)));
        drop(a);
        try_lock(&b).unwrap();
    }
}
