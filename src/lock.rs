//! Advisory locks (`flock`) so that two runs never write the same thing at once: one `build` per
//! output folder (a `.<out>.lock` file kept next to it, as Hugo keeps `.hugo_build.lock`), one
//! `notify` per ledger (the ledger file itself). A lock is released when its file is closed,
//! so a killed run never leaves one held. Elsewhere than Unix there is no lock.

use std::fs::File;

/// Why a lock was not taken.
#[derive(Debug, thiserror::Error)]
pub enum LockError {
    /// Another process holds it.
    #[error("in use by another wijk run; run again when it has finished")]
    Busy,
    #[error(transparent)]
    Io(#[from] std::io::Error),
}

/// Takes an exclusive lock on `file` without waiting.
#[cfg(unix)]
pub fn try_lock(file: &File) -> Result<(), LockError> {
    use std::os::unix::io::AsRawFd;
    // SAFETY: flock on a file descriptor this `File` owns for the duration of the call.
    if unsafe { libc::flock(file.as_raw_fd(), libc::LOCK_EX | libc::LOCK_NB) } == 0 {
        return Ok(());
    }
    let e = std::io::Error::last_os_error();
    match e.raw_os_error() {
        Some(libc::EWOULDBLOCK) => Err(LockError::Busy),
        _ => Err(LockError::Io(e)),
    }
}

/// No advisory lock on this platform.
#[cfg(not(unix))]
pub fn try_lock(_file: &File) -> Result<(), LockError> {
    Ok(())
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
