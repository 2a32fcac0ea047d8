//! Reading one file safely: opened without following a link, checked on the opened file (a regular
//! file within the size limit), and read no further than the limit whatever happens meanwhile.
//! Every stage reads files through these: the loader, the pictures' cache and the report that
//! quotes a source line. What a failure means to a resident (its diagnostic) is the loader's
//! (`load/read.rs`).

use std::path::Path;

/// The size limit of a content or data file (1 MiB).
pub const MAX_FILE_BYTES: u64 = 1024 * 1024;

/// The size limit of a content asset (an image or a document published under `media/`: 64 MiB).
pub const MAX_ASSET_BYTES: u64 = 64 * 1024 * 1024;

/// Why a file could not be read as text.
#[derive(Debug, thiserror::Error)]
pub enum ReadError {
    #[error("the file is {0} bytes, over the limit of 1 MiB")]
    TooLarge(u64),
    #[error("the file is not valid UTF-8 (line {line}, column {column})")]
    Encoding { line: u32, column: u32 },
    #[error("symbolic links are refused")]
    Symlink,
    #[error("only regular files are read (not a device, pipe or socket)")]
    NotRegular,
    #[error("cannot read the file: {0}")]
    Io(#[from] std::io::Error),
}

/// Reads `path` as UTF-8 text (a leading BOM is dropped), refusing links, anything but a regular
/// file, and files over the limit.
pub fn read_text(path: &Path) -> Result<String, ReadError> {
    let bytes = read_bounded(path, MAX_FILE_BYTES)?;
    match String::from_utf8(bytes) {
        Ok(mut s) => {
            if s.starts_with('\u{feff}') {
                s.drain(..3);
            }
            Ok(s)
        }
        Err(e) => {
            let valid = &e.as_bytes()[..e.utf8_error().valid_up_to()];
            let text = String::from_utf8_lossy(valid);
            let (line, column) = crate::markdown::line_col(&text, 1, text.len());
            Err(ReadError::Encoding { line, column })
        }
    }
}

/// Reads the bytes of `path` (a content asset, up to [`MAX_ASSET_BYTES`]), refusing a link and
/// anything but a regular file.
pub fn read_bytes(path: &Path) -> std::io::Result<Vec<u8>> {
    read_bounded(path, MAX_ASSET_BYTES).map_err(|e| match e {
        ReadError::Io(e) => e,
        other => std::io::Error::other(other.to_string()),
    })
}

/// Reads at most `limit` bytes of the regular file at `path`: the size is taken from the opened
/// file (`fstat`), and no more than `limit + 1` bytes are ever read, so a file that grows (or lies
/// about its size, as `/proc` files do) cannot exhaust memory.
fn read_bounded(path: &Path, limit: u64) -> Result<Vec<u8>, ReadError> {
    use std::io::Read;
    let file = open_no_follow(path)?;
    let meta = file.metadata()?;
    if !meta.file_type().is_file() {
        return Err(ReadError::NotRegular);
    }
    if meta.len() > limit {
        return Err(ReadError::TooLarge(meta.len()));
    }
    let mut bytes = Vec::with_capacity(meta.len() as usize);
    file.take(limit + 1).read_to_end(&mut bytes)?;
    if bytes.len() as u64 > limit {
        return Err(ReadError::TooLarge(bytes.len() as u64));
    }
    Ok(bytes)
}

/// Reads at most `limit + 1` bytes of `path` (so that a caller sees it is over `limit` without
/// reading a huge file whole), refusing a symbolic link.
pub fn read_bytes_at_most(path: &Path, limit: u64) -> Result<Vec<u8>, ReadError> {
    use std::io::Read;
    let file = open_no_follow(path)?;
    let mut bytes = Vec::new();
    file.take(limit + 1).read_to_end(&mut bytes)?;
    Ok(bytes)
}

/// Opens `path` for reading, refusing a symbolic link in the same system call (no window between
/// a check and the open). `O_NONBLOCK` keeps the open of a pipe from waiting for a writer; the
/// caller refuses anything that is not a regular file before reading.
#[cfg(unix)]
fn open_no_follow(path: &Path) -> Result<std::fs::File, ReadError> {
    use std::os::unix::fs::OpenOptionsExt;
    std::fs::OpenOptions::new()
        .read(true)
        .custom_flags(libc::O_NOFOLLOW | libc::O_NONBLOCK | libc::O_CLOEXEC)
        .open(path)
        .map_err(|e| match e.raw_os_error() {
            Some(libc::ELOOP) => ReadError::Symlink,
            _ => ReadError::Io(e),
        })
}

#[cfg(not(unix))]
fn open_no_follow(path: &Path) -> Result<std::fs::File, ReadError> {
    if std::fs::symlink_metadata(path)?.file_type().is_symlink() {
        return Err(ReadError::Symlink);
    }
    Ok(std::fs::File::open(path)?)
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;

    #[test]
    fn refuses_links_and_large_files_and_drops_the_bom() {
        let dir = tempfile::tempdir().unwrap();
        let real = dir.path().join("a.md");
        std::fs::write(&real, "\u{feff}---\ntitle: x\n---\n").unwrap();
        assert_eq!(read_text(&real).unwrap(), "---\ntitle: x\n---\n");
        let link = dir.path().join("b.md");
        std::os::unix::fs::symlink(&real, &link).unwrap();
        assert!(matches!(read_text(&link), Err(ReadError::Symlink)));
        let refused = read_bytes(&link).unwrap_err().to_string();
        assert_eq!(refused, "symbolic links are refused");
        assert_eq!(read_bytes(&real).unwrap(), std::fs::read(&real).unwrap());
        let big = dir.path().join("c.md");
        std::fs::write(&big, vec![b'a'; MAX_FILE_BYTES as usize + 1]).unwrap();
        assert!(matches!(read_text(&big), Err(ReadError::TooLarge(_))));
    }
}
