//! Connections that go quiet are closed: a connection on which nothing is read or written for
//! the idle time (an idle keep-alive, a request sent by halves and never finished) ends, so that
//! such connections cannot hold file descriptors until real requests starve. Open pages keep
//! their event stream alive with comments sent more often than that.
//!
//! A request line longer than [`MAX_REQUEST_LINE`] gets `414 URI Too Long` and the connection
//! ends, before the HTTP parser buffers it (it would answer 431 past 400 KB). `serve` answers
//! GET only: a request's head ends at its blank line, and the next line starts the next request.

use axum::serve::Listener;
use std::future::Future;
use std::io;
use std::pin::Pin;
use std::task::{Context, Poll};
use std::time::Duration;
use tokio::io::{AsyncRead, AsyncWrite, ReadBuf};
use tokio::time::{Instant, Sleep};

/// A TCP listener whose connections close after `idle` without traffic.
pub struct IdleListener {
    pub inner: tokio::net::TcpListener,
    pub idle: Duration,
}

impl Listener for IdleListener {
    type Io = IdleStream;
    type Addr = std::net::SocketAddr;

    async fn accept(&mut self) -> (Self::Io, Self::Addr) {
        let (stream, addr) = Listener::accept(&mut self.inner).await;
        let timer = Box::pin(tokio::time::sleep(self.idle));
        let stream = IdleStream {
            stream,
            idle: self.idle,
            timer,
            line: RequestLine::default(),
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

/// A connection with an idle deadline, pushed back by every byte read or written.
pub struct IdleStream {
    stream: tokio::net::TcpStream,
    idle: Duration,
    timer: Pin<Box<Sleep>>,
    line: RequestLine,
}

impl IdleStream {
    fn touched(&mut self) {
        let next = Instant::now() + self.idle;
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
                self.touched();
                if r.is_ok() && !self.line.follow(&buf.filled()[before..]) {
                    // Best effort: the answer is small enough for the socket's buffer.
                    let _ = self.stream.try_write(TOO_LONG);
                    buf.set_filled(before);
                    return Poll::Ready(Err(io::Error::other("request line too long")));
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
