//! Watching a site root: changes under `content/`, `data/` and `themes/`, debounced, as batches of
//! paths on a channel. Native file events where they work; polling where they do not (some
//! container and network file systems), on request or when native watching cannot start.

use notify::event::EventKind;
use notify::{PollWatcher, RecommendedWatcher, RecursiveMode, Watcher as _};
use std::path::{Path, PathBuf};
use std::sync::mpsc::{Receiver, RecvTimeoutError, Sender};
use std::time::Duration;

/// The folders of a site root whose changes trigger a rebuild.
pub const WATCHED: [&str; 3] = ["content", "data", "themes"];

/// How long changes must settle before a rebuild: editors often write a file in several steps.
pub const DEBOUNCE: Duration = Duration::from_millis(50);

/// How often the polling watcher scans. It compares contents too, not only modification times,
/// which it knows to the second only: two saves within a second must not go unseen.
const POLL_INTERVAL: Duration = Duration::from_millis(400);

/// A running watcher; dropping it stops watching.
pub struct Watcher {
    /// The notify watcher, held for its `Drop`.
    _inner: Box<dyn notify::Watcher>,
    polls: bool,
}

impl Watcher {
    /// Whether the watcher polls.
    pub fn polls(&self) -> bool {
        self.polls
    }
}

/// Why watching could not start.
#[derive(Debug, thiserror::Error)]
#[error("cannot watch {}: {source}", path.display())]
pub struct WatchError {
    path: PathBuf,
    #[source]
    source: notify::Error,
}

/// Watches the site root's folders; each changed path (reads, editor backups and hidden files
/// left out) is sent on `tx`. Falls back to polling if native watching fails to start.
pub fn watch(root: &Path, poll: bool, tx: Sender<PathBuf>) -> Result<Watcher, WatchError> {
    if !poll {
        if let Ok(w) = start(
            root,
            RecommendedWatcher::new(handler(tx.clone()), notify::Config::default()),
        ) {
            return Ok(Watcher {
                _inner: Box::new(w),
                polls: false,
            });
        }
    }
    let config = notify::Config::default()
        .with_poll_interval(POLL_INTERVAL)
        .with_compare_contents(true);
    let w = start(root, PollWatcher::new(handler(tx), config))?;
    Ok(Watcher {
        _inner: Box::new(w),
        polls: true,
    })
}

/// Waits for the next batch of changes: the paths `queued` already taken from `rx`, else the
/// first change, then every other one until none has come for [`DEBOUNCE`]. `None` once the
/// watcher is gone.
pub fn next_batch_after(rx: &Receiver<PathBuf>, queued: Vec<PathBuf>) -> Option<Vec<PathBuf>> {
    let mut batch = queued;
    if batch.is_empty() {
        batch.push(rx.recv().ok()?);
    }
    loop {
        match rx.recv_timeout(DEBOUNCE) {
            Ok(p) => batch.push(p),
            Err(RecvTimeoutError::Timeout) => break,
            Err(RecvTimeoutError::Disconnected) => break,
        }
    }
    batch.sort();
    batch.dedup();
    Some(batch)
}

fn handler(tx: Sender<PathBuf>) -> impl Fn(notify::Result<notify::Event>) + Send + 'static {
    move |res: notify::Result<notify::Event>| {
        let Ok(event) = res else { return };
        // Reading files (as every build does) is not a change.
        if matches!(event.kind, EventKind::Access(_)) {
            return;
        }
        for p in event.paths.into_iter().filter(|p| !is_noise(p)) {
            let _ = tx.send(p);
        }
    }
}

fn start<W: notify::Watcher>(root: &Path, watcher: notify::Result<W>) -> Result<W, WatchError> {
    let err = |path: &Path| {
        let path = path.to_path_buf();
        move |source| WatchError { path, source }
    };
    let mut watcher = watcher.map_err(err(root))?;
    for dir in WATCHED.iter().map(|d| root.join(d)).filter(|d| d.is_dir()) {
        watcher
            .watch(&dir, RecursiveMode::Recursive)
            .map_err(err(&dir))?;
    }
    Ok(watcher)
}

/// Editor swap and backup files, and hidden files: not content.
fn is_noise(path: &Path) -> bool {
    let Some(name) = path.file_name().and_then(|n| n.to_str()) else {
        return false;
    };
    name.starts_with('.')
        || name.ends_with('~')
        || name.ends_with(".swp")
        || name.ends_with(".swx")
        || name.ends_with(".tmp")
        || name == "4913"
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn leaves_out_editor_files() {
        for p in [
            "content/.potager.md.swp",
            "content/x.md~",
            "data/4913",
            "a/.#x.md",
        ] {
            assert!(is_noise(Path::new(p)), "{p}");
        }
        assert!(!is_noise(Path::new("content/districts/x/district.md")));
    }
}
