//! The HTTP side of `serve`: the current build's files (with the live-reload script added to
//! HTML), or the problems page; and the server-sent events that announce new builds.

use super::page::{self, EVENTS_PATH};
use axum::body::{to_bytes, Body};
use axum::extract::{Request, State};
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::sse::{Event, KeepAlive, Sse};
use axum::response::{IntoResponse, Response};
use axum::Router;
use futures_util::stream::{self, Stream};
use std::convert::Infallible;
use std::path::PathBuf;
use std::sync::{Arc, RwLock};
use tokio::sync::broadcast;
use tower::ServiceExt;
use tower_http::services::{ServeDir, ServeFile};

/// What is being served.
#[derive(Clone, Debug)]
pub enum Current {
    /// The folder of the latest successful build.
    Site(PathBuf),
    /// The problems page of the latest failed build.
    Problems(String),
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
}

impl Shared {
    /// Shared state serving `first` as build 1.
    pub fn new(first: Current) -> Arc<Shared> {
        let (signals, _) = broadcast::channel(16);
        Arc::new(Shared {
            current: RwLock::new((1, first)),
            signals,
        })
    }

    /// Serves `next` as a new build and tells open pages.
    pub fn publish(&self, next: Current) {
        let version = {
            let mut guard = self.current.write().unwrap_or_else(|e| e.into_inner());
            guard.0 += 1;
            guard.1 = next;
            guard.0
        };
        let _ = self.signals.send(Signal::Built(version));
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
    Sse::new(futures_util::StreamExt::chain(first, next)).keep_alive(KeepAlive::default())
}

async fn files(State(shared): State<Arc<Shared>>, mut req: Request) -> Response {
    let (version, current) = shared.snapshot();
    let dir = match current {
        Current::Problems(html) => {
            let html = page::inject(&html, &page::reload_script(version));
            let content_type = [(header::CONTENT_TYPE, "text/html; charset=utf-8")];
            let response = (StatusCode::INTERNAL_SERVER_ERROR, content_type, html);
            return no_store(response.into_response());
        }
        Current::Site(dir) => dir,
    };
    // Always answer with the bytes of this build, never "not modified".
    for h in [
        header::IF_MODIFIED_SINCE,
        header::IF_NONE_MATCH,
        header::RANGE,
    ] {
        req.headers_mut().remove(h);
    }
    let service = ServeDir::new(&dir).not_found_service(ServeFile::new(dir.join("404.html")));
    let response = match service.oneshot(req).await {
        Ok(r) => r.map(Body::new),
        Err(never) => match never {},
    };
    no_store(with_reload_script(response, version).await)
}

/// Adds the live-reload script to an HTML response.
async fn with_reload_script(response: Response, version: u64) -> Response {
    let is_html = response
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("text/html"));
    if !is_html {
        return response;
    }
    let (mut parts, body) = response.into_parts();
    let Ok(bytes) = to_bytes(body, 64 * 1024 * 1024).await else {
        return (StatusCode::INTERNAL_SERVER_ERROR, "cannot read the page").into_response();
    };
    let html = page::inject(
        &String::from_utf8_lossy(&bytes),
        &page::reload_script(version),
    );
    parts.headers.remove(header::CONTENT_LENGTH);
    Response::from_parts(parts, Body::from(html))
}

fn no_store(mut response: Response) -> Response {
    response
        .headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    response
}
