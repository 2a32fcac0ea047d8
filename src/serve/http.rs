//! The HTTP side of `serve`: the current build's files, rendered on request (with the
//! live-reload script added to HTML), or the problems page; and the server-sent events that
//! announce new builds.

use super::admin::{Admin, AdminFile};
use super::page::{self, EVENTS_PATH};
use super::site::Failure;
use crate::i18n::Lang;
use crate::msg;
use crate::publish::OnDemand;
use crate::site::urls;
use axum::body::Body;
use axum::extract::{Request, State};
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::sse::{Event, KeepAlive, Sse};
use axum::response::{IntoResponse, Response};
use axum::Router;
use futures_util::stream::{self, Stream};
use std::convert::Infallible;
use std::sync::{Arc, RwLock};
use tokio::sync::broadcast;

/// What is being served.
#[derive(Clone)]
pub enum Current {
    /// The latest successful build, rendered on request.
    Site(Arc<OnDemand>),
    /// The problems page of the latest failed build, and the last successful build, if any:
    /// the browser editor under `/admin/` is still served from it, since it saves to branches
    /// and is how a resident fixes what broke.
    Problems(String, Option<Arc<OnDemand>>),
}

/// A message to open pages.
#[derive(Clone, Copy, Debug)]
pub enum Signal {
    /// Build `n` is being served.
    Built(u64),
    /// The server stops: end the event streams.
    Stop,
}

/// State shared by the handlers and the builder.
pub struct Shared {
    current: RwLock<(u64, Current)>,
    pub signals: broadcast::Sender<Signal>,
    /// How often open event streams get a comment: more often than idle connections are closed.
    keep_alive: std::time::Duration,
    /// The language of the problems page.
    lang: Lang,
    /// The browser editor under `/admin/`.
    admin: Admin,
}

impl Shared {
    /// Shared state serving `first` as build 1, on connections closed after `idle` without traffic,
    /// problems shown in `lang`, with the browser editor under `/admin/`.
    pub fn new(first: Current, idle: std::time::Duration, lang: Lang, admin: Admin) -> Arc<Shared> {
        let (signals, _) = broadcast::channel(16);
        Arc::new(Shared {
            current: RwLock::new((1, first)),
            signals,
            keep_alive: (idle / 3).min(std::time::Duration::from_secs(15)),
            lang,
            admin,
        })
    }

    /// Serves `next` as a new build and tells open pages.
    pub fn publish(&self, mut next: Current) {
        let (version, previous) = {
            let mut guard = self.current.write().unwrap_or_else(|e| e.into_inner());
            guard.0 += 1;
            if let Current::Problems(_, last @ None) = &mut next {
                *last = match &guard.1 {
                    Current::Site(site) => Some(site.clone()),
                    Current::Problems(_, site) => site.clone(),
                };
            }
            (guard.0, std::mem::replace(&mut guard.1, next))
        };
        let _ = self.signals.send(Signal::Built(version));
        // The previous site is freed after open pages are told, outside the lock.
        drop(previous);
    }

    fn snapshot(&self) -> (u64, Current) {
        self.current
            .read()
            .unwrap_or_else(|e| e.into_inner())
            .clone()
    }
}

/// The router: events, then everything else from the current build.
pub fn router(shared: Arc<Shared>) -> Router {
    Router::new()
        .route(EVENTS_PATH, axum::routing::get(events))
        .fallback(files)
        .with_state(shared)
}

async fn events(
    State(shared): State<Arc<Shared>>,
) -> Sse<impl Stream<Item = Result<Event, Infallible>>> {
    let version = shared.snapshot().0;
    let rx = shared.signals.subscribe();
    // First the current version (a page that missed a build reloads at once), then each build.
    let first = stream::once(async move { Ok(Event::default().data(version.to_string())) });
    let next = stream::unfold(rx, |mut rx| async move {
        loop {
            match rx.recv().await {
                Ok(Signal::Built(v)) => {
                    return Some((Ok(Event::default().data(v.to_string())), rx))
                }
                Err(broadcast::error::RecvError::Lagged(_)) => continue,
                Ok(Signal::Stop) | Err(broadcast::error::RecvError::Closed) => return None,
            }
        }
    });
    Sse::new(futures_util::StreamExt::chain(first, next))
        .keep_alive(KeepAlive::default().interval(shared.keep_alive))
}

async fn files(State(shared): State<Arc<Shared>>, req: Request) -> Response {
    let (version, current) = shared.snapshot();
    let rel = site_path(req.uri().path());
    let site = match current {
        Current::Site(site) => site,
        Current::Problems(html, last) => {
            return match (last, rel.as_deref().and_then(editor_path)) {
                (Some(site), Some(rel)) => admin_response(&shared.admin, &site, rel, version),
                _ => problems(&html, version),
            }
        }
    };
    if let Some(path) = &rel {
        if path == "admin" {
            return no_store(
                (
                    StatusCode::TEMPORARY_REDIRECT,
                    [(header::LOCATION, "/admin/")],
                )
                    .into_response(),
            );
        }
        if let Some(rel) = editor_path(path) {
            return admin_response(&shared.admin, &site, rel, version);
        }
    }
    // Rendering is CPU work: off the async workers.
    let answer = match tokio::task::spawn_blocking(move || answer(&site, rel)).await {
        Ok(a) => a,
        Err(e) => {
            Answer::Failed(msg!("serve-page-failed", detail = e.to_string()).text(shared.lang))
        }
    };
    match answer {
        Answer::File {
            path,
            bytes,
            document: Some(t),
        } => document_response(&path, &bytes, t, version),
        Answer::File { path, bytes, .. } => file_response(StatusCode::OK, &path, &bytes, version),
        Answer::Redirect(to) => {
            no_store((StatusCode::TEMPORARY_REDIRECT, [(header::LOCATION, to)]).into_response())
        }
        Answer::NotFound(page) => match page {
            Some(bytes) => file_response(StatusCode::NOT_FOUND, "404.html", &bytes, version),
            None => no_store((StatusCode::NOT_FOUND, "not found").into_response()),
        },
        Answer::Failed(message) => {
            let failure = Failure {
                diagnostics: Vec::new(),
                message: Some(message),
            };
            problems(&page::failure_page(&failure, shared.lang), version)
        }
    }
}

/// What a request gets from the current site.
enum Answer {
    File {
        path: String,
        bytes: Arc<[u8]>,
        /// The type of a linked document, which decides its media type.
        document: Option<crate::documents::DocumentType>,
    },
    /// A folder asked for without its trailing slash: its page's URL.
    Redirect(String),
    /// The site's 404 page, if it renders.
    NotFound(Option<Arc<[u8]>>),
    /// The file could not be rendered (a template error, a private address).
    Failed(String),
}

/// The answer to a request for the site path `rel` (`None`: a path that is not UTF-8).
fn answer(site: &OnDemand, rel: Option<String>) -> Answer {
    let not_found = || Answer::NotFound(site.file("404.html").ok().flatten());
    let Some(rel) = rel else {
        return not_found();
    };
    let path = if rel.is_empty() || rel.ends_with('/') {
        urls::page_file(&rel)
    } else {
        rel
    };
    match site.file(&path) {
        Ok(Some(bytes)) => Answer::File {
            document: site.document(&path),
            path,
            bytes,
        },
        Ok(None) if site.contains(&urls::page_file(&format!("{path}/"))) => {
            Answer::Redirect(format!("/{path}/"))
        }
        Ok(None) => not_found(),
        Err(e) => Answer::Failed(e.to_string()),
    }
}

/// The site path of a request path (`/fr/districts/` → `fr/districts/`), percent-decoded.
fn site_path(uri_path: &str) -> Option<String> {
    let decoded = percent_encoding::percent_decode_str(uri_path)
        .decode_utf8()
        .ok()?;
    Some(decoded.trim_start_matches('/').to_string())
}

/// A file of the site with its media type; HTML gets the live-reload script.
fn file_response(status: StatusCode, path: &str, bytes: &Arc<[u8]>, version: u64) -> Response {
    use mime_guess::mime;
    let kind = mime_guess::from_path(path).first_or_octet_stream();
    let body = if kind.type_() == mime::TEXT && kind.subtype() == mime::HTML {
        let script = page::reload_script(version);
        Body::from(page::inject(&String::from_utf8_lossy(bytes), &script))
    } else {
        Body::from(axum::body::Bytes::from_owner(bytes.clone()))
    };
    // Everything the site writes as text is UTF-8.
    let text = kind.type_() == mime::TEXT
        || kind.subtype() == mime::JSON
        || kind.suffix() == Some(mime::JSON);
    let content_type = if text {
        format!("{kind}; charset=utf-8")
    } else {
        kind.to_string()
    };
    let content_type = HeaderValue::from_str(&content_type)
        .unwrap_or(HeaderValue::from_static("application/octet-stream"));
    no_store((status, [(header::CONTENT_TYPE, content_type)], body).into_response())
}

/// A linked document, with the media type of the type its bytes were checked to be (never
/// guessed from the name). Documents shown in the browser (text, CSV) are sandboxed: even a
/// browser that ignored their type could run nothing on the site's origin. PDF is not, as
/// browsers refuse to show a PDF in a sandbox.
fn document_response(
    path: &str,
    bytes: &Arc<[u8]>,
    t: crate::documents::DocumentType,
    version: u64,
) -> Response {
    let mut response = file_response(StatusCode::OK, path, bytes, version);
    let headers = response.headers_mut();
    headers.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static(t.content_type()),
    );
    if t != crate::documents::DocumentType::Pdf {
        headers.insert(
            header::CONTENT_SECURITY_POLICY,
            HeaderValue::from_static("sandbox; default-src 'none'"),
        );
    }
    response
}

/// The path under `admin/` of a request for the browser editor's files.
fn editor_path(site_path: &str) -> Option<&str> {
    site_path.strip_prefix("admin/")
}

/// A file of the browser editor. Its page gets no live-reload script: the local decap-server
/// checks branches out while saving, and a reload would lose what is being typed.
fn admin_response(admin: &Admin, site: &OnDemand, rel: &str, version: u64) -> Response {
    match admin.file(site.site(), rel) {
        AdminFile::File(bytes) => {
            let mut response = file_response(StatusCode::OK, "admin.bin", &bytes, version);
            let kind = mime_guess::from_path(if rel.is_empty() { "index.html" } else { rel })
                .first_or_octet_stream();
            let text = kind.type_() == mime_guess::mime::TEXT || rel.ends_with(".yml");
            let value = if rel.ends_with(".yml") {
                "text/yaml; charset=utf-8".to_string()
            } else if text || kind.subtype() == mime_guess::mime::JAVASCRIPT {
                format!("{kind}; charset=utf-8")
            } else {
                kind.to_string()
            };
            if let Ok(value) = HeaderValue::from_str(&value) {
                response.headers_mut().insert(header::CONTENT_TYPE, value);
            }
            response
        }
        AdminFile::NotFound => no_store((StatusCode::NOT_FOUND, "not found").into_response()),
        AdminFile::Unavailable(why) => no_store(
            (
                StatusCode::SERVICE_UNAVAILABLE,
                format!("The browser editor cannot be served: {why}\n"),
            )
                .into_response(),
        ),
    }
}

/// The problems page, with the live-reload script, as a server error.
fn problems(html: &str, version: u64) -> Response {
    let html = page::inject(html, &page::reload_script(version));
    let content_type = [(header::CONTENT_TYPE, "text/html; charset=utf-8")];
    no_store((StatusCode::INTERNAL_SERVER_ERROR, content_type, html).into_response())
}

/// Every answer: not cached, and of the media type it says (browsers do not sniff another).
fn no_store(mut response: Response) -> Response {
    let headers = response.headers_mut();
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    headers.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    response
}
