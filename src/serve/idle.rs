//! Connections that go quiet are closed: a connection on which nothing is read or written for
//! the idle time (an idle keep-alive, a request sent by halves and never finished) ends, so that
//! such connections cannot hold file descriptors until real requests starve. Open pages keep
//! their event stream alive with comments sent more often than that.
//!
//! A request's head (its line and headers) must arrive whole within [`HEAD_TIMEOUT`] of its first
//! byte, however steadily it trickles: a client sending one header line every few seconds does not
//! hold a connection for longer. At most [`MAX_CONNECTIONS`] connections are open at once; the next
//! waits in the kernel's backlog until one closes.
//!
//! A request line longer than [`MAX_REQUEST_LINE`] gets `414 URI Too Long` and the connection
//! ends, before the HTTP parser buffers it (it would answer 431 past 400 KB). `serve` answers
//! GET only: a request's head ends at its blank line, and the next line starts the next request.

use axum::serve::Listener;
use std::future::Future;
use std::io;
use std::pin::Pin;
use std::sync::Arc;
use std::task::{Context, Poll};
use std::time::Duration;
use tokio::io::{AsyncRead, AsyncWrite, ReadBuf};
use tokio::sync::{OwnedSemaphorePermit, Semaphore};
use tokio::time::{Instant, Sleep};

/// The longest a request's head may take to arrive, from its first byte to its blank line.
pub const HEAD_TIMEOUT: Duration = Duration::from_secs(10);

/// The most connections open at once (a browser opens six per site, an editor a few more).
pub const MAX_CONNECTIONS: usize = 256;

/// A TCP listener whose connections close after `idle` without traffic, or when a request's head
/// takes longer than [`HEAD_TIMEOUT`]; at most [`MAX_CONNECTIONS`] at once.
pub struct IdleListener {
    inner: tokio::net::TcpListener,
    idle: Duration,
    head: Duration,
    open: Arc<Semaphore>,
}

impl IdleListener {
    /// Connections of `inner` closed after `idle` without traffic.
    pub fn new(inner: tokio::net::TcpListener, idle: Duration) -> IdleListener {
        IdleListener::with_limits(inner, idle, HEAD_TIMEOUT, MAX_CONNECTIONS)
    }

    /// As [`IdleListener::new`], with the head timeout and the connection bound given.
    pub fn with_limits(
        inner: tokio::net::TcpListener,
        idle: Duration,
        head: Duration,
        connections: usize,
    ) -> IdleListener {
        IdleListener {
            inner,
            idle,
            head,
            open: Arc::new(Semaphore::new(connections)),
        }
    }
}

impl Listener for IdleListener {
    type Io = IdleStream;
    type Addr = std::net::SocketAddr;

    async fn accept(&mut self) -> (Self::Io, Self::Addr) {
        // The semaphore is never closed, so waiting for a permit cannot fail.
        let permit = Arc::clone(&self.open).acquire_owned().await.ok();
        let (stream, addr) = Listener::accept(&mut self.inner).await;
        let timer = Box::pin(tokio::time::sleep(self.idle));
        let stream = IdleStream {
            stream,
            idle: self.idle,
            head: self.head,
            timer,
            head_deadline: None,
            line: RequestLine::default(),
            _permit: permit,
        };
        (stream, addr)
    }

    fn local_addr(&self) -> io::Result<Self::Addr> {
        self.inner.local_addr()
    }
}

/// The longest request line (method, URL, version) answered.
pub const MAX_REQUEST_LINE: usize = 8 * 1024;

/// Where the bytes read so far stand: in a request line (and how long it is), or in the headers
/// (and the last bytes, to find the blank line that ends them).
#[derive(Default)]
struct RequestLine {
    in_headers: bool,
    len: usize,
    tail: [u8; 3],
}

impl RequestLine {
    /// Whether a request's head has started and not ended.
    fn in_head(&self) -> bool {
        self.in_headers || self.len > 0
    }

    /// Follows `bytes`; `false` once a request line is over the limit.
    fn follow(&mut self, bytes: &[u8]) -> bool {
        for &b in bytes {
            if self.in_headers {
                let blank = b == b'\n' && (self.tail[2] == b'\n' || self.tail[1..] == *b"\n\r");
                if blank {
                    self.in_headers = false;
                    self.len = 0;
                }
                self.tail = [self.tail[1], self.tail[2], b];
            } else if b == b'\n' {
                self.in_headers = true;
                self.tail = [0, 0, b'\n'];
            } else {
                self.len += 1;
                if self.len > MAX_REQUEST_LINE {
                    return false;
                }
            }
        }
        true
    }
}

/// A connection with an idle deadline, pushed back by every byte read or written, and a deadline
/// for the head of the request being read, which nothing pushes back.
pub struct IdleStream {
    stream: tokio::net::TcpStream,
    idle: Duration,
    head: Duration,
    /// Fires at the idle deadline or the head's, whichever comes first.
    timer: Pin<Box<Sleep>>,
    head_deadline: Option<Instant>,
    line: RequestLine,
    /// The connection's place among [`MAX_CONNECTIONS`], given back when it closes.
    _permit: Option<OwnedSemaphorePermit>,
}

impl IdleStream {
    fn touched(&mut self) {
        let now = Instant::now();
        self.head_deadline = match (self.line.in_head(), self.head_deadline) {
            (true, None) => Some(now + self.head),
            (true, Some(d)) => Some(d),
            (false, _) => None,
        };
        let idle = now + self.idle;
        let next = self.head_deadline.map_or(idle, |d| d.min(idle));
        self.timer.as_mut().reset(next);
    }

    /// After a pending operation: an error once the deadline has passed.
    fn expired(&mut self, cx: &mut Context<'_>) -> bool {
        self.timer.as_mut().poll(cx).is_ready()
    }
}

const TOO_LONG: &[u8] =
    b"HTTP/1.1 414 URI Too Long\r\ncontent-length: 0\r\nconnection: close\r\n\r\n";

fn timed_out() -> io::Error {
    io::Error::new(io::ErrorKind::TimedOut, "idle connection closed")
}

impl AsyncRead for IdleStream {
    fn poll_read(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &mut ReadBuf<'_>,
    ) -> Poll<io::Result<()>> {
        let before = buf.filled().len();
        match Pin::new(&mut self.stream).poll_read(cx, buf) {
            Poll::Ready(r) => {
                if r.is_ok() && !self.line.follow(&buf.filled()[before..]) {
                    // Best effort: the answer is small enough for the socket's buffer.
                    let _ = self.stream.try_write(TOO_LONG);
                    buf.set_filled(before);
                    return Poll::Ready(Err(io::Error::other("request line too long")));
                }
                self.touched();
                if self.head_deadline.is_some_and(|d| d <= Instant::now()) {
                    return Poll::Ready(Err(timed_out()));
                }
                Poll::Ready(r)
            }
            Poll::Pending if self.expired(cx) => Poll::Ready(Err(timed_out())),
            Poll::Pending => Poll::Pending,
        }
    }
}

impl AsyncWrite for IdleStream {
    fn poll_write(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &[u8],
    ) -> Poll<io::Result<usize>> {
        match Pin::new(&mut self.stream).poll_write(cx, buf) {
            Poll::Ready(r) => {
                self.touched();
                Poll::Ready(r)
            }
            Poll::Pending if self.expired(cx) => Poll::Ready(Err(timed_out())),
            Poll::Pending => Poll::Pending,
        }
    }

    fn poll_flush(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.stream).poll_flush(cx)
    }

    fn poll_shutdown(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.stream).poll_shutdown(cx)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_no_more_connections_than_the_bound_until_one_closes() {
        let rt = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .unwrap();
        rt.block_on(async {
            let inner = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
            let addr = inner.local_addr().unwrap();
            let idle = Duration::from_secs(30);
            let mut l = IdleListener::with_limits(inner, idle, HEAD_TIMEOUT, 2);
            let _c: Vec<_> = futures_util::future::join_all(
                (0..3).map(|_| tokio::net::TcpStream::connect(addr)),
            )
            .await;
            let (first, _) = l.accept().await;
            let (_second, _) = l.accept().await;
            let wait = Duration::from_millis(300);
            assert!(
                tokio::time::timeout(wait, l.accept()).await.is_err(),
                "a third at once"
            );
            drop(first);
            assert!(
                tokio::time::timeout(wait, l.accept()).await.is_ok(),
                "one closed"
            );
        });
    }

    #[test]
    fn tells_when_a_request_head_is_being_read() {
        let mut l = RequestLine::default();
        assert!(!l.in_head());
        l.follow(b"G");
        assert!(l.in_head());
        l.follow(b"ET / HTTP/1.1\r\nHost: x\r\n");
        assert!(l.in_head());
        l.follow(b"\r\n");
        assert!(!l.in_head());
    }

    #[test]
    fn measures_each_request_line_of_a_connection() {
        let mut l = RequestLine::default();
        assert!(l.follow(b"GET /a HTTP/1.1\r\nHost: x\r\n\r\n"));
        let long = format!("GET /{} HTTP/1.1\r\n", "a".repeat(MAX_REQUEST_LINE));
        assert!(!RequestLine::default().follow(long.as_bytes()));
        // Long headers are not a long URL; the second request's line is measured afresh.
        let header = format!("X: {}\r\n\r\n", "b".repeat(2 * MAX_REQUEST_LINE));
        assert!(l.follow(b"GET /b HTTP/1.1\r\n"));
        assert!(l.follow(header.as_bytes()));
        let near = format!("GET /{} HTTP/1.1\r", "c".repeat(MAX_REQUEST_LINE - 20));
        assert!(l.follow(near.as_bytes()));
        assert!(!l.follow("d".repeat(30).as_bytes()));
    }
}
