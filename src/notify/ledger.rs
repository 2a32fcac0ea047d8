//! The ledger: an append-only file, one line per accepted message (`Message-ID<TAB>recipient<TAB>time`),
//! synced to disk right after each acceptance, so that a rerun sends exactly what is missing.

use std::collections::HashSet;
use std::fs::{File, OpenOptions};
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::time::{SystemTime, UNIX_EPOCH};

/// Why the ledger cannot be read or extended.
#[derive(Debug, thiserror::Error)]
#[error("ledger {}: {cause}", path.display())]
pub struct LedgerError {
    pub path: PathBuf,
    /// Part of the message, not a source: a chain of causes prints it once.
    pub cause: std::io::Error,
}

/// The messages already delivered, and the file to record new ones in.
#[derive(Debug)]
pub struct Ledger {
    path: PathBuf,
    file: File,
    delivered: HashSet<String>,
}

impl Ledger {
    /// Opens (or creates) the ledger at `path` and reads what it records.
    pub fn open(path: &Path) -> Result<Ledger, LedgerError> {
        let err = |cause| LedgerError {
            path: path.to_path_buf(),
            cause,
        };
        let mut file = OpenOptions::new()
            .read(true)
            .append(true)
            .create(true)
            .open(path)
            .map_err(err)?;
        // Two runs sharing a ledger would both send what it lacks.
        crate::lock::try_lock(&file).map_err(|e| match e {
            crate::lock::LockError::Io(e) => err(e),
            busy => err(std::io::Error::other(busy.to_string())),
        })?;
        let mut text = String::new();
        file.read_to_string(&mut text).map_err(err)?;
        let delivered = text.lines().filter_map(parse_line).collect();
        if !text.is_empty() && !text.ends_with('\n') {
            // A line cut short by a crash stays unparsed; start the next one cleanly.
            file.write_all(b"\n").map_err(err)?;
        }
        Ok(Ledger {
            path: path.to_path_buf(),
            file,
            delivered,
        })
    }

    /// Whether the message with this Message-ID was delivered before.
    pub fn contains(&self, message_id: &str) -> bool {
        self.delivered.contains(message_id)
    }

    /// Records an accepted message and syncs the file before returning.
    pub fn record(&mut self, message_id: &str, recipient: &str) -> Result<(), LedgerError> {
        let line = format!("{message_id}\t{recipient}\t{}\n", utc_now());
        let res = self
            .file
            .write_all(line.as_bytes())
            .and_then(|()| self.file.sync_data());
        res.map_err(|cause| LedgerError {
            path: self.path.clone(),
            cause,
        })?;
        self.delivered.insert(message_id.to_string());
        Ok(())
    }
}

/// The Message-ID of a complete line (three fields, a bracketed id).
fn parse_line(line: &str) -> Option<String> {
    let mut fields = line.split('\t');
    let id = fields.next()?;
    let (_recipient, time) = (fields.next()?, fields.next()?);
    (id.starts_with('<') && id.ends_with('>') && time.ends_with('Z')).then(|| id.to_string())
}

/// The current time as `YYYY-MM-DDTHH:MM:SSZ`.
pub fn utc_now() -> String {
    let secs = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    format_utc(secs)
}

/// Formats seconds since the epoch as an RFC 3339 UTC time.
pub fn format_utc(secs: u64) -> String {
    let rem = secs % 86_400;
    let date = crate::model::Date::from_unix_days((secs / 86_400) as i64);
    format!(
        "{date}T{:02}:{:02}:{:02}Z",
        rem / 3600,
        rem % 3600 / 60,
        rem % 60
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_utc_times() {
        assert_eq!(format_utc(0), "1970-01-01T00:00:00Z");
        assert_eq!(format_utc(951_782_400), "2000-02-29T00:00:00Z");
        assert_eq!(format_utc(1_718_000_000), "2024-06-10T06:13:20Z");
    }

    #[test]
    fn accepts_only_complete_lines() {
        assert_eq!(
            parse_line("<a@b>\tsc-anne\t2024-01-01T00:00:00Z").as_deref(),
            Some("<a@b>")
        );
        assert_eq!(parse_line("<a@b>\tsc-an"), None);
        assert_eq!(parse_line("<a@b>\tsc-anne\t2024-01-01T00:0"), None);
    }

    #[test]
    fn remembers_what_it_recorded_across_opens() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("l");
        std::fs::write(&path, "<old@x>\tsc-anne\t2024-01-01T00:00:00Z\n<cut@x>\tsc").unwrap();
        let mut l = Ledger::open(&path).unwrap();
        assert!(l.contains("<old@x>") && !l.contains("<cut@x>"));
        l.record("<new@x>", "sc-bram").unwrap();
        drop(l);
        let again = Ledger::open(&path).unwrap();
        assert!(again.contains("<new@x>") && again.contains("<old@x>"));
        let text = std::fs::read_to_string(&path).unwrap();
        assert_eq!(text.lines().count(), 3);
    }
}
