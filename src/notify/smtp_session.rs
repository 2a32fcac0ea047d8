//! One SMTP exchange for one message, over a TCP connection that is plain, upgraded with STARTTLS
//! or TLS from the first byte (rustls, the Mozilla roots of webpki-roots): greeting, EHLO,
//! STARTTLS, AUTH, MAIL, RCPT, DATA, the message, QUIT.
//!
//! A reply is read line by line, and only its first [`MAX_KEPT`] bytes are kept: the rest is read
//! and dropped, so a `250` of any length after DATA is an acceptance, never a failure to retry
//! (a retry would deliver the message twice). The whole exchange ends at its deadline, however
//! the server trickles.

use super::smtp_conn::{connect, wrap, Conn};
use std::io::{BufRead, BufReader, Write};
use std::net::SocketAddr;
use std::sync::Arc;
use std::time::{Duration, Instant};

/// The most bytes of a reply's text kept (for the report); the rest is read and dropped.
pub const MAX_KEPT: usize = 4096;

/// A reply: its code and the start of its text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Reply {
    pub code: u16,
    pub text: String,
}

impl std::fmt::Display for Reply {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let kind = if self.code >= 500 {
            "permanent error"
        } else {
            "transient error"
        };
        write!(f, "{kind} ({}): {}", self.code, self.text)
    }
}

/// How the connection is protected.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TlsMode {
    /// Plain text (`?tls=none`): only for a relay on the same machine.
    None,
    /// STARTTLS when the server offers it (`smtp://` without credentials).
    Opportunistic,
    /// STARTTLS or fail (`?tls=required`; the default when there are credentials).
    Required,
    /// TLS from the first byte (`smtps://`).
    Wrapper,
}

/// Why an exchange failed.
#[derive(Debug, thiserror::Error)]
pub enum SessionError {
    /// No connection could be made.
    #[error("cannot connect to {0}")]
    Connect(String),
    /// The connection broke, or a read or write timed out.
    #[error("network error: {0}")]
    Io(#[from] std::io::Error),
    /// The whole exchange took longer than its deadline.
    #[error("timed out: the server stopped answering")]
    Deadline,
    /// The server answered a step with an error code.
    #[error("{reply} (after {stage})")]
    Refused { stage: &'static str, reply: Reply },
    /// The server said something that is not SMTP.
    #[error("the server's answer is not SMTP: {0}")]
    Protocol(String),
    /// TLS was required and could not be set up.
    #[error("TLS: {0}")]
    Tls(String),
}

/// Where to connect and how.
pub struct Server {
    pub host: String,
    pub port: u16,
    pub tls: TlsMode,
    pub credentials: Option<(String, String)>,
    /// For each connection attempt, read and write.
    pub timeout: Duration,
    pub tls_config: Arc<rustls::ClientConfig>,
}

/// An open session: the connection behind a reader, and the session's deadline.
pub struct Session {
    conn: BufReader<Conn>,
    deadline: Instant,
    /// The EHLO keywords the server announced, upper-case (`STARTTLS`, `AUTH PLAIN LOGIN`, …).
    extensions: Vec<String>,
    helo: String,
}

impl Session {
    /// Connects, reads the greeting, says EHLO, upgrades to TLS and authenticates as `server`
    /// asks; everything before `deadline`.
    pub fn open(server: &Server, deadline: Instant) -> Result<Session, SessionError> {
        let tcp =
            connect(&server.host, server.port, server.timeout).map_err(SessionError::Connect)?;
        tcp.set_read_timeout(Some(server.timeout))?;
        tcp.set_write_timeout(Some(server.timeout))?;
        let helo = match tcp.local_addr()? {
            SocketAddr::V4(a) => format!("[{}]", a.ip()),
            SocketAddr::V6(a) => format!("[IPv6:{}]", a.ip()),
        };
        let conn = if server.tls == TlsMode::Wrapper {
            Conn::Tls(Box::new(
                wrap(&server.host, &server.tls_config, tcp).map_err(SessionError::Tls)?,
            ))
        } else {
            Conn::Plain(tcp)
        };
        let mut s = Session {
            conn: BufReader::new(conn),
            deadline,
            extensions: Vec::new(),
            helo,
        };
        s.expect("greeting", 220)?;
        s.ehlo()?;
        let plain = matches!(s.conn.get_ref(), Conn::Plain(_));
        if plain && matches!(server.tls, TlsMode::Opportunistic | TlsMode::Required) {
            if s.has("STARTTLS") {
                s.command("STARTTLS", "STARTTLS", 220)?;
                s.starttls(server)?;
                s.ehlo()?;
            } else if server.tls == TlsMode::Required {
                return Err(SessionError::Tls(
                    "the server does not offer STARTTLS".into(),
                ));
            }
        }
        if let Some((user, password)) = &server.credentials {
            s.refuse_credentials_in_clear()?;
            s.authenticate(user, password)?;
        }
        Ok(s)
    }

    /// Sends one message from `from` to `to`; `Ok` once the server accepted it (a 2xx after DATA).
    pub fn send(&mut self, from: &str, to: &[String], message: &[u8]) -> Result<(), SessionError> {
        let mut mail = format!("MAIL FROM:<{from}>");
        if !from.is_ascii() || to.iter().any(|t| !t.is_ascii()) {
            mail.push_str(" SMTPUTF8");
        }
        if !message.is_ascii() && self.has("8BITMIME") {
            mail.push_str(" BODY=8BITMIME");
        }
        self.command(&mail, "MAIL", 250)?;
        for t in to {
            self.command(&format!("RCPT TO:<{t}>"), "RCPT", 250)?;
        }
        self.command("DATA", "DATA", 354)?;
        self.write(&dot_stuffed(message))?;
        self.expect("the message", 250)?;
        Ok(())
    }

    /// Says goodbye; a server that does not answer is not waited for beyond the deadline.
    pub fn quit(mut self) {
        let _ = self.command("QUIT", "QUIT", 221);
    }

    fn ehlo(&mut self) -> Result<(), SessionError> {
        let helo = format!("EHLO {}", self.helo);
        let reply = self.command(&helo, "EHLO", 250)?;
        self.extensions = reply.text.lines().skip(1).map(str::to_uppercase).collect();
        Ok(())
    }

    /// Whether the server announced `keyword` (the first word of an EHLO line).
    fn has(&self, keyword: &str) -> bool {
        self.extensions
            .iter()
            .any(|e| e.split_whitespace().next() == Some(keyword))
    }

    /// Wraps the plain connection in TLS (after the server's `220` to STARTTLS: nothing it sent
    /// in clear is kept).
    fn starttls(&mut self, server: &Server) -> Result<(), SessionError> {
        let conn = std::mem::replace(&mut self.conn, BufReader::new(Conn::Gone)).into_inner();
        let Conn::Plain(tcp) = conn else {
            return Err(SessionError::Tls("already encrypted".into()));
        };
        self.conn = BufReader::new(Conn::Tls(Box::new(
            wrap(&server.host, &server.tls_config, tcp).map_err(SessionError::Tls)?,
        )));
        Ok(())
    }

    /// Credentials go out only encrypted, or in clear to this machine (`?tls=none` to a relay on
    /// 127.0.0.1 or ::1): whatever the URL says, a plain connection to another address is
    /// refused before a byte of them is sent.
    fn refuse_credentials_in_clear(&self) -> Result<(), SessionError> {
        let Conn::Plain(tcp) = self.conn.get_ref() else {
            return Ok(());
        };
        let peer = tcp.peer_addr()?.ip().to_canonical();
        if peer.is_loopback() {
            return Ok(());
        }
        Err(SessionError::Tls(format!(
            "the connection to {peer} is not encrypted (the server offered no STARTTLS, or the \
             URL says tls=none): credentials are never sent in clear to another machine"
        )))
    }

    /// AUTH PLAIN when offered (or nothing is said), else AUTH LOGIN.
    fn authenticate(&mut self, user: &str, password: &str) -> Result<(), SessionError> {
        let auth = self.extensions.iter().find(|e| e.starts_with("AUTH"));
        let login_only = auth.is_some_and(|a| {
            let mut m = a.split_whitespace().skip(1);
            !m.clone().any(|m| m == "PLAIN") && m.any(|m| m == "LOGIN")
        });
        if login_only {
            self.command("AUTH LOGIN", "AUTH", 334)?;
            self.command(&base64(user.as_bytes()), "AUTH", 334)?;
            self.command(&base64(password.as_bytes()), "AUTH", 235)?;
        } else {
            let token = base64(format!("\0{user}\0{password}").as_bytes());
            self.command(&format!("AUTH PLAIN {token}"), "AUTH", 235)?;
        }
        Ok(())
    }

    /// Sends `line` and expects `code` back (any 2xx when `code` is 250).
    fn command(
        &mut self,
        line: &str,
        stage: &'static str,
        code: u16,
    ) -> Result<Reply, SessionError> {
        self.write(format!("{line}\r\n").as_bytes())?;
        self.expect(stage, code)
    }

    fn write(&mut self, bytes: &[u8]) -> Result<(), SessionError> {
        for chunk in bytes.chunks(64 * 1024) {
            self.check_deadline()?;
            self.conn.get_mut().write_all(chunk)?;
        }
        self.conn.get_mut().flush()?;
        Ok(())
    }

    fn expect(&mut self, stage: &'static str, code: u16) -> Result<Reply, SessionError> {
        let reply = self.reply()?;
        let ok = if code == 250 {
            (200..300).contains(&reply.code)
        } else {
            reply.code == code
        };
        if ok {
            Ok(reply)
        } else {
            Err(SessionError::Refused { stage, reply })
        }
    }

    /// Reads one reply, all its lines, keeping at most [`MAX_KEPT`] bytes of text (lines joined
    /// with `\n`).
    fn reply(&mut self) -> Result<Reply, SessionError> {
        let mut text = Vec::new();
        loop {
            let line = self.line()?;
            let code = line
                .get(..3)
                .filter(|c| c.iter().all(u8::is_ascii_digit))
                .map(|c| c.iter().fold(0u16, |n, d| n * 10 + u16::from(d - b'0')))
                .ok_or_else(|| SessionError::Protocol(String::from_utf8_lossy(&line).into()))?;
            let rest = line.get(4..).unwrap_or_default();
            if !text.is_empty() && text.len() < MAX_KEPT {
                text.push(b'\n');
            }
            let room = MAX_KEPT.saturating_sub(text.len());
            text.extend_from_slice(&rest[..rest.len().min(room)]);
            if line.get(3) != Some(&b'-') {
                let text = String::from_utf8_lossy(&text).trim_end().to_string();
                return Ok(Reply { code, text });
            }
        }
    }

    /// One line without its CRLF, cut to [`MAX_KEPT`] bytes; the rest of a longer line is read
    /// and dropped.
    fn line(&mut self) -> Result<Vec<u8>, SessionError> {
        let mut line = Vec::new();
        loop {
            self.check_deadline()?;
            let buf = self.conn.fill_buf()?;
            if buf.is_empty() {
                return Err(SessionError::Io(std::io::ErrorKind::UnexpectedEof.into()));
            }
            let (take, end) = match memchr::memchr(b'\n', buf) {
                Some(i) => (i + 1, true),
                None => (buf.len(), false),
            };
            let room = MAX_KEPT.saturating_sub(line.len()).min(take);
            line.extend_from_slice(&buf[..room]);
            self.conn.consume(take);
            if end {
                while matches!(line.last(), Some(b'\n' | b'\r')) {
                    line.pop();
                }
                return Ok(line);
            }
        }
    }

    fn check_deadline(&self) -> Result<(), SessionError> {
        if Instant::now() > self.deadline {
            return Err(SessionError::Deadline);
        }
        Ok(())
    }
}

/// The message with CRLF line ends, a dot doubled at the start of each line, and the final
/// `.` line (RFC 5321, 4.5.2).
fn dot_stuffed(message: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(message.len() + message.len() / 64 + 5);
    let mut at_line_start = true;
    let mut prev = 0u8;
    for &b in message {
        if b == b'\n' && prev != b'\r' {
            out.push(b'\r');
        }
        if at_line_start && b == b'.' {
            out.push(b'.');
        }
        out.push(b);
        at_line_start = b == b'\n';
        prev = b;
    }
    if !at_line_start {
        out.extend_from_slice(b"\r\n");
    }
    out.extend_from_slice(b".\r\n");
    out
}

/// Standard base64 with padding (AUTH arguments).
fn base64(bytes: &[u8]) -> String {
    const ABC: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let n = chunk
            .iter()
            .enumerate()
            .fold(0u32, |n, (i, b)| n | (u32::from(*b) << (16 - 8 * i)));
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(char::from(ABC[((n >> (18 - 6 * i)) & 63) as usize]));
            } else {
                out.push('=');
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn encodes_base64_as_the_rfc_examples() {
        for (plain, encoded) in [
            ("", ""),
            ("f", "Zg=="),
            ("fo", "Zm8="),
            ("foo", "Zm9v"),
            ("foobar", "Zm9vYmFy"),
            ("\0u\0p", "AHUAcA=="),
        ] {
            assert_eq!(base64(plain.as_bytes()), encoded);
        }
    }

    #[test]
    fn stuffs_dots_and_ends_the_data() {
        assert_eq!(
            dot_stuffed(b".a\r\nb\n..c"),
            b"..a\r\nb\r\n...c\r\n.\r\n".to_vec()
        );
        assert_eq!(dot_stuffed(b"a\r\n"), b"a\r\n.\r\n".to_vec());
    }
}
