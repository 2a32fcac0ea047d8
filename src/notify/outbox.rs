//! The outbox transport: one `.eml` file per message in a folder, for dry runs.

use super::mailer::{Failure, Mailer};
use super::Outgoing;
use std::io::Write;
use std::path::PathBuf;

/// Writes each message to `<dir>/<stem>.eml` (written whole, then renamed into place).
#[derive(Debug)]
pub struct Outbox {
    dir: PathBuf,
}

impl Outbox {
    /// An outbox writing into `dir`, created if missing.
    pub fn new(dir: PathBuf) -> std::io::Result<Outbox> {
        std::fs::create_dir_all(&dir)?;
        Ok(Outbox { dir })
    }
}

impl Mailer for Outbox {
    fn send(&mut self, msg: &Outgoing, _within: std::time::Duration) -> Result<(), Failure> {
        let path = self.dir.join(format!("{}.eml", msg.stem));
        let write = || -> std::io::Result<()> {
            let mut tmp = tempfile::NamedTempFile::new_in(&self.dir)?;
            tmp.write_all(&msg.message.formatted())?;
            tmp.as_file().sync_all()?;
            tmp.persist(&path).map_err(|e| e.error)?;
            Ok(())
        };
        write().map_err(|e| Failure::Unreachable(format!("cannot write {}: {e}", path.display())))
    }
}
