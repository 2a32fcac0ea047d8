//! Serve: a site root → a local web server on 127.0.0.1 of its latest build (the validated site,
//! its pages rendered on request), built again from the changed files when a file under
//! `content/`, `data/` or `themes/` changes, with open pages reloaded; a failed build shows its
//! problems instead of a stale site.

mod admin;
mod fingerprint;
mod http;
mod idle;
mod page;
mod site;
mod watch;

pub use page::failure_page;
pub use site::{Builder, Built, Failure};

use crate::diag::{render_human, Diagnostic};
use crate::i18n::Lang;
use crate::msg;
use crate::render::RenderOptions;
use http::{Current, Shared, Signal};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::{mpsc, Arc};
use std::time::Duration;

/// How to serve.
#[derive(Clone, Debug, Default)]
pub struct ServeOptions {
    /// Port on 127.0.0.1; 0 picks a free one.
    pub port: u16,
    /// Open the site in the default browser once it is served.
    pub open: bool,
    /// Poll for changes instead of relying on file-system events.
    pub poll: bool,
    /// A connection without traffic for this long is closed.
    pub idle_timeout: Duration,
    /// Report only errors.
    pub quiet: bool,
    /// Also report which files changed before each build.
    pub verbose: bool,
    /// Colours in terminal reports.
    pub color: bool,
    /// The language of reports and of the problems page.
    pub lang: Lang,
    /// Addresses that must never appear in the output (see `render`).
    pub extra_private_emails: Vec<String>,
    /// The folder of processed pictures (default: `.wijk-cache` under the root).
    pub cache_dir: Option<std::path::PathBuf>,
    /// The port of the local decap-server the editor under `/admin/` saves through (default
    /// 8081).
    pub cms_port: Option<u16>,
}

/// Why serving stopped or could not start.
#[derive(Debug, thiserror::Error)]
pub enum ServeError {
    #[error("cannot listen on 127.0.0.1:{port}: {source}; choose another port with --port")]
    Bind {
        port: u16,
        #[source]
        source: std::io::Error,
    },
    #[error("{0}")]
    Watch(#[from] watch::WatchError),
    #[error("serving failed: {0}")]
    Io(#[from] std::io::Error),
}

/// Builds, serves and rebuilds until Ctrl-C (or SIGTERM).
pub fn serve(root: &Path, options: ServeOptions) -> Result<(), ServeError> {
    // Watchers report absolute paths; so does the root, to show them relative to it.
    let root = &root.canonicalize()?;
    let listener = std::net::TcpListener::bind(("127.0.0.1", options.port)).map_err(|source| {
        ServeError::Bind {
            port: options.port,
            source,
        }
    })?;
    listener.set_nonblocking(true)?;
    let url = format!("http://127.0.0.1:{}", listener.local_addr()?.port());
    let render_options = RenderOptions {
        base_url: Some(url.clone()),
        extra_private_emails: options.extra_private_emails.clone(),
        cache_dir: options.cache_dir.clone(),
        ..RenderOptions::default()
    };
    let mut builder = Builder::new(root, render_options);
    // Taken before the first build reads the files: a change made during it is still seen.
    let fingerprints = fingerprint::Fingerprints::of_root(root);
    let first = builder.build(&[]);
    report(&first, &[], root, &options);
    let admin = admin::Admin::new(root, options.cms_port.unwrap_or(admin::DEFAULT_PROXY_PORT));
    let proxy_url = admin.proxy_url().to_string();
    let shared = Shared::new(
        current(first, options.lang),
        options.idle_timeout,
        options.lang,
        admin,
    );

    let (tx, rx) = mpsc::channel();
    let watcher = watch::watch(root, options.poll, tx)?;
    let rebuilding = {
        let (shared, options, root) = (shared.clone(), options.clone(), root.to_path_buf());
        std::thread::Builder::new()
            .name("wijk-rebuild".into())
            .spawn(move || {
                rebuild_on_changes(builder, fingerprints, &rx, &shared, &root, &options)
            })?
    };

    println!(
        "{}",
        msg!("serve-url", url = format!("{url}/")).text(options.lang)
    );
    let _ = std::io::stdout().flush();
    if !options.quiet {
        let how = if watcher.polls() {
            "polling"
        } else {
            "watching"
        };
        eprintln!("{}", msg!("serve-watching", how = how).text(options.lang));
        eprintln!(
            "{}",
            msg!(
                "serve-editor",
                url = url.as_str(),
                proxy = proxy_url.as_str()
            )
            .text(options.lang)
        );
    }
    if options.open {
        open_browser(&format!("{url}/"), options.lang);
    }

    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()?;
    runtime.block_on(run_server(listener, shared, options.idle_timeout))?;
    drop(watcher);
    let _ = rebuilding.join();

    Ok(())
}

async fn run_server(
    listener: std::net::TcpListener,
    shared: Arc<Shared>,
    idle: Duration,
) -> std::io::Result<()> {
    let inner = tokio::net::TcpListener::from_std(listener)?;
    let listener = idle::IdleListener::new(inner, idle);
    let (stopped_tx, mut stopped_rx) = tokio::sync::watch::channel(false);
    let signals = shared.signals.clone();
    let shutdown = async move {
        stop_signal().await;
        let _ = signals.send(Signal::Stop);
        let _ = stopped_tx.send(true);
    };
    let server = axum::serve(listener, http::router(shared)).with_graceful_shutdown(shutdown);
    // Connections that do not close within a moment of Ctrl-C are not waited for.
    let deadline = async move {
        let _ = stopped_rx.wait_for(|s| *s).await;
        tokio::time::sleep(Duration::from_secs(2)).await;
    };
    tokio::select! {
        r = server => r,
        () = deadline => Ok(()),
    }
}

/// Ctrl-C, or SIGTERM on Unix; never, if no handler can be installed.
async fn stop_signal() {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{signal, SignalKind};
        if let Ok(mut term) = signal(SignalKind::terminate()) {
            tokio::select! {
                _ = tokio::signal::ctrl_c() => {}
                _ = term.recv() => {}
            }
            return;
        }
    }
    if tokio::signal::ctrl_c().await.is_err() {
        std::future::pending::<()>().await;
    }
}

/// Rebuilds after each batch of changes (changes made during a build make the next batch).
/// A batch whose files all hold what they held (a `touch`) is dropped.
fn rebuild_on_changes(
    mut builder: Builder,
    mut fingerprints: fingerprint::Fingerprints,
    rx: &mpsc::Receiver<PathBuf>,
    shared: &Shared,
    root: &Path,
    options: &ServeOptions,
) {
    // Files the last build read that were written again while it ran.
    let mut reread = Vec::new();
    let mut queued = Vec::new();
    while let Some(batch) = watch::next_batch_after(rx, std::mem::take(&mut queued)) {
        let changed = fingerprints.changed(batch, &std::mem::take(&mut reread));
        if changed.is_empty() {
            continue;
        }
        let built = builder.build(&changed);
        report(&built, &changed, root, options);
        shared.publish(current(built, options.lang));
        // A file written during the build may have been read half-written, or between two
        // writes, and be back to the bytes fingerprinted before the build (a git checkout to a
        // branch and back): it is read again whatever its fingerprint says.
        queued = rx.try_iter().collect();
        reread = fingerprint::written_again(&changed, &queued);
    }
}

fn current(built: Built, lang: Lang) -> Current {
    match built {
        Built::Site { site, .. } => Current::Site(site),
        Built::Failed(failure) => Current::Problems(failure_page(&failure, lang), None),
    }
}

/// Tells the terminal what a build did: errors always, the rest unless quiet.
fn report(built: &Built, changed: &[PathBuf], root: &Path, options: &ServeOptions) {
    if options.verbose {
        for p in changed {
            let p = p.strip_prefix(root).unwrap_or(p);
            let m = msg!("serve-changed", path = p.display().to_string());
            eprintln!("{}", m.text(options.lang));
        }
    }
    match built {
        Built::Site {
            pages,
            warnings,
            elapsed,
            ..
        } => {
            if !options.quiet {
                print_diagnostics(warnings, root, options);
                let what = if changed.is_empty() {
                    "ready"
                } else {
                    "updated"
                };
                let ms = u64::try_from(elapsed.as_millis()).unwrap_or(u64::MAX);
                let m = msg!("serve-built", what = what, pages = *pages, ms = ms);
                eprintln!("{}", m.text(options.lang));
            }
        }
        Built::Failed(failure) => {
            print_diagnostics(&failure.diagnostics, root, options);
            let error = msg!("label-error").text(options.lang);
            if let Some(m) = &failure.message {
                eprintln!("{error}: {m}");
            }
            eprintln!("{}", msg!("serve-not-built").text(options.lang));
        }
    }
}

fn print_diagnostics(diags: &[Diagnostic], root: &Path, options: &ServeOptions) {
    if !diags.is_empty() {
        eprint!("{}", render_human(diags, root, options.color, options.lang));
    }
}

/// Opens `url` in the default browser; a failure is only reported.
fn open_browser(url: &str, lang: Lang) {
    let mut command = if cfg!(target_os = "macos") {
        std::process::Command::new("open")
    } else if cfg!(windows) {
        let mut c = std::process::Command::new("cmd");
        c.args(["/C", "start", ""]);
        c
    } else {
        std::process::Command::new("xdg-open")
    };
    let spawned = command
        .arg(url)
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn();
    if let Err(e) = spawned {
        let m = msg!("serve-no-browser", error = e.to_string(), url = url);
        eprintln!("{}", m.text(lang));
    }
}
