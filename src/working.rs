//! What this thread is working on (a file or a page), for the one line a panic prints: a panic is
//! a bug in wijk, reported with the file that triggered it, and the run exits with code 2.

use std::cell::RefCell;

thread_local! {
    static CURRENT: RefCell<Option<String>> = const { RefCell::new(None) };
}

/// Marks the current thread as working on `what` until the guard is dropped.
pub struct Working(Option<String>);

/// Notes that this thread works on `what` (a path from the site root or a page path).
pub fn on(what: &str) -> Working {
    let guard = Working(CURRENT.with(|c| c.replace(Some(what.to_string()))));
    inject_panic(what);
    guard
}

impl Drop for Working {
    fn drop(&mut self) {
        let previous = self.0.take();
        CURRENT.with(|c| *c.borrow_mut() = previous);
    }
}

/// What the current thread works on, if anything.
pub fn current() -> Option<String> {
    CURRENT.with(|c| c.borrow().clone())
}

/// Replaces the default panic report (a backtrace hint and exit code 101) by one line naming the
/// file being worked on, then exits with code 2.
pub fn install_panic_hook() {
    std::panic::set_hook(Box::new(|info| {
        let what = current().unwrap_or_else(|| "the site".into());
        let payload = info
            .payload()
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| info.payload().downcast_ref::<String>().cloned())
            .unwrap_or_default();
        let detail: String = payload
            .lines()
            .next()
            .unwrap_or("")
            .chars()
            .take(200)
            .collect();
        let place = info
            .location()
            .map(|l| format!(" at {}:{}", l.file(), l.line()))
            .unwrap_or_default();
        eprintln!(
            "error: wijk stopped while working on {what}: this is a bug in wijk, please report it ({detail}{place})"
        );
        std::process::exit(2);
    }));
}

/// In debug builds only, `WIJK_TEST_PANIC_ON=<path>` panics when work on that path starts, so that
/// tests can prove the panic report. Release builds have no such hook, and content cannot set it.
#[cfg(debug_assertions)]
fn inject_panic(what: &str) {
    static TARGET: std::sync::OnceLock<Option<String>> = std::sync::OnceLock::new();
    let target = TARGET.get_or_init(|| std::env::var("WIJK_TEST_PANIC_ON").ok());
    if target.as_deref() == Some(what) {
        panic!("injected panic for a test");
    }
}

#[cfg(not(debug_assertions))]
fn inject_panic(_: &str) {}
