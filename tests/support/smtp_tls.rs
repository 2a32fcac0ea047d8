//! An SMTP server for tests that speaks TLS as mail relays do: on one port plain text with
//! STARTTLS (AUTH and MAIL refused until the upgrade, AUTH offered only after it), on a second
//! port TLS from the first byte (`smtps`). It offers AUTH PLAIN and/or AUTH LOGIN and records
//! every command (and whether it came encrypted), every AUTH attempt and the messages accepted.
//! Its certificate, for `localhost` and 127.0.0.1, is signed by the test CA of
//! `tests/fixtures/tls/` (see `make.sh` there).
//!
//! Include it beside `support/smtp.rs`, as `mod smtp;` and `mod smtp_tls;`.

#![allow(dead_code)]

use crate::smtp::{angle, base64_decode, read_data, Mail};
use rustls::pki_types::pem::PemObject;
use rustls::pki_types::{CertificateDer, PrivateKeyDer};
use std::io::{BufRead, BufReader, Read, Write};
use std::net::{IpAddr, Ipv4Addr, TcpListener, TcpStream};
use std::path::PathBuf;
use std::sync::{Arc, Mutex};

/// How the server behaves.
#[derive(Clone, Debug)]
pub struct TlsBehaviour {
    /// The address both ports listen on.
    pub ip: IpAddr,
    /// Whether the plain port announces STARTTLS (when not, it offers AUTH in clear).
    pub starttls: bool,
    /// The AUTH mechanisms offered, e.g. `["PLAIN"]` or `["LOGIN"]`.
    pub mechanisms: Vec<&'static str>,
    /// The only user name and password accepted.
    pub credentials: (String, String),
}

impl Default for TlsBehaviour {
    fn default() -> Self {
        TlsBehaviour {
            ip: IpAddr::V4(Ipv4Addr::LOCALHOST),
            starttls: true,
            mechanisms: vec!["PLAIN"],
            credentials: ("mailer".into(), "s3cret pw".into()),
        }
    }
}

/// An AUTH attempt as the server received it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Auth {
    pub mechanism: String,
    pub user: String,
    pub password: String,
    /// Whether it came over TLS.
    pub encrypted: bool,
}

/// A command as the server received it: its verb (`EHLO`, `STARTTLS`, `AUTH`, …) and whether
/// it came over TLS.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Command {
    pub verb: String,
    pub encrypted: bool,
}

#[derive(Default)]
struct State {
    mails: Vec<Mail>,
    auths: Vec<Auth>,
    commands: Vec<Command>,
    connections: usize,
}

/// A running server; it lives until the test process ends.
pub struct TlsSmtpServer {
    pub ip: IpAddr,
    /// Plain text, with STARTTLS when the behaviour says so (`smtp://`).
    pub port: u16,
    /// TLS from the first byte (`smtps://`).
    pub tls_port: u16,
    state: Arc<Mutex<State>>,
}

fn fixtures() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/tls")
}

fn server_config() -> Arc<rustls::ServerConfig> {
    let certs = CertificateDer::pem_file_iter(fixtures().join("server.pem"))
        .expect("the test certificate")
        .collect::<Result<Vec<_>, _>>()
        .expect("the test certificate");
    let key = PrivateKeyDer::from_pem_file(fixtures().join("server.key")).expect("the test key");
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let config = rustls::ServerConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .expect("TLS versions")
        .with_no_client_auth()
        .with_single_cert(certs, key)
        .expect("the test certificate and key");
    Arc::new(config)
}

impl TlsSmtpServer {
    /// Starts both ports, each on a free port of `b.ip`.
    pub fn start(b: TlsBehaviour) -> TlsSmtpServer {
        let config = server_config();
        let state = Arc::new(Mutex::new(State::default()));
        let mut ports = [0u16; 2];
        for (implicit, port) in [false, true].into_iter().zip(ports.iter_mut()) {
            let listener = TcpListener::bind((b.ip, 0)).expect("bind the test SMTP server");
            *port = listener.local_addr().expect("local address").port();
            let (st, b, config) = (state.clone(), b.clone(), config.clone());
            std::thread::spawn(move || {
                for tcp in listener.incoming().flatten() {
                    let (st, b, config) = (st.clone(), b.clone(), config.clone());
                    std::thread::spawn(move || {
                        let _ = session(tcp, implicit, &b, &config, &st);
                    });
                }
            });
        }
        TlsSmtpServer {
            ip: b.ip,
            port: ports[0],
            tls_port: ports[1],
            state,
        }
    }

    /// What was accepted so far.
    pub fn mails(&self) -> Vec<Mail> {
        self.state.lock().unwrap().mails.clone()
    }

    /// Every AUTH attempt, successful or not, in order.
    pub fn auths(&self) -> Vec<Auth> {
        self.state.lock().unwrap().auths.clone()
    }

    /// Every command received, in order.
    pub fn commands(&self) -> Vec<Command> {
        self.state.lock().unwrap().commands.clone()
    }

    /// Connections accepted so far, on both ports.
    pub fn connections(&self) -> usize {
        self.state.lock().unwrap().connections
    }
}

/// The connection, plain or encrypted; `Gone` only while it is being upgraded.
enum Stream {
    Plain(TcpStream),
    Tls(Box<rustls::StreamOwned<rustls::ServerConnection, TcpStream>>),
    Gone,
}

impl Read for Stream {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        match self {
            Stream::Plain(s) => s.read(buf),
            Stream::Tls(s) => s.read(buf),
            Stream::Gone => Ok(0),
        }
    }
}

impl Write for Stream {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        match self {
            Stream::Plain(s) => s.write(buf),
            Stream::Tls(s) => s.write(buf),
            Stream::Gone => Err(std::io::ErrorKind::NotConnected.into()),
        }
    }
    fn flush(&mut self) -> std::io::Result<()> {
        match self {
            Stream::Plain(s) => s.flush(),
            Stream::Tls(s) => s.flush(),
            Stream::Gone => Ok(()),
        }
    }
}

fn encrypt(tcp: TcpStream, config: &Arc<rustls::ServerConfig>) -> std::io::Result<Stream> {
    let conn = rustls::ServerConnection::new(config.clone()).map_err(std::io::Error::other)?;
    Ok(Stream::Tls(Box::new(rustls::StreamOwned::new(conn, tcp))))
}

/// One client's session, and where it stands.
struct Session<'a> {
    input: BufReader<Stream>,
    b: &'a TlsBehaviour,
    st: &'a Mutex<State>,
    user: Option<String>,
    from: Option<String>,
    rcpt: Vec<String>,
}

fn session(
    tcp: TcpStream,
    implicit: bool,
    b: &TlsBehaviour,
    config: &Arc<rustls::ServerConfig>,
    st: &Mutex<State>,
) -> std::io::Result<()> {
    st.lock().unwrap().connections += 1;
    tcp.set_read_timeout(Some(std::time::Duration::from_secs(30)))?;
    let stream = if implicit {
        encrypt(tcp, config)?
    } else {
        Stream::Plain(tcp)
    };
    let mut s = Session {
        input: BufReader::new(stream),
        b,
        st,
        user: None,
        from: None,
        rcpt: Vec::new(),
    };
    s.send("220 localhost ESMTP wijk-test-tls\r\n")?;
    loop {
        let Some(cmd) = s.line()? else {
            return Ok(());
        };
        let upper = cmd.to_ascii_uppercase();
        let verb = upper.split_whitespace().next().unwrap_or("").to_string();
        let encrypted = s.encrypted();
        st.lock()
            .unwrap()
            .commands
            .push(Command { verb, encrypted });
        if upper == "STARTTLS" && b.starttls && !encrypted {
            s.send("220 2.0.0 Ready to start TLS\r\n")?;
            // Whatever the client sent after STARTTLS in clear is dropped with the buffer.
            let old = std::mem::replace(&mut s.input, BufReader::new(Stream::Gone));
            let Stream::Plain(tcp) = old.into_inner() else {
                return Ok(());
            };
            s.input = BufReader::new(encrypt(tcp, config)?);
            s.user = None;
            continue;
        }
        if upper == "QUIT" {
            return s.send("221 2.0.0 Bye\r\n");
        }
        let reply = s.answer(&cmd, &upper)?;
        s.send(&reply)?;
    }
}

impl Session<'_> {
    fn encrypted(&self) -> bool {
        matches!(self.input.get_ref(), Stream::Tls(_))
    }

    /// Whether this command must wait for STARTTLS first.
    fn needs_tls_first(&self) -> bool {
        self.b.starttls && !self.encrypted()
    }

    fn send(&mut self, text: &str) -> std::io::Result<()> {
        let out = self.input.get_mut();
        out.write_all(text.as_bytes())?;
        out.flush()
    }

    /// The next command without its line end; `None` once the client has gone.
    fn line(&mut self) -> std::io::Result<Option<String>> {
        let mut line = String::new();
        if self.input.read_line(&mut line)? == 0 {
            return Ok(None);
        }
        Ok(Some(line.trim_end().to_string()))
    }

    /// The reply to every command but STARTTLS and QUIT.
    fn answer(&mut self, cmd: &str, upper: &str) -> std::io::Result<String> {
        const TLS_FIRST: &str = "530 5.7.0 Must issue a STARTTLS command first\r\n";
        Ok(if upper.starts_with("EHLO") {
            let mut lines = vec!["250-localhost".to_string(), "250-8BITMIME".into()];
            if self.needs_tls_first() {
                lines.push("250-STARTTLS".into());
            } else {
                lines.push(format!("250-AUTH {}", self.b.mechanisms.join(" ")));
            }
            lines.push("250 SIZE 10000000\r\n".into());
            lines.join("\r\n")
        } else if upper.starts_with("AUTH ") {
            if self.needs_tls_first() {
                TLS_FIRST.into()
            } else {
                self.authenticate(cmd)?
            }
        } else if upper.starts_with("MAIL FROM:") {
            if self.needs_tls_first() {
                TLS_FIRST.into()
            } else if self.user.is_none() {
                "530 5.7.0 Authentication required\r\n".into()
            } else {
                self.from = Some(angle(cmd));
                self.rcpt.clear();
                "250 OK\r\n".into()
            }
        } else if upper.starts_with("RCPT TO:") && self.from.is_some() {
            self.rcpt.push(angle(cmd));
            "250 OK\r\n".into()
        } else if upper == "DATA" && !self.rcpt.is_empty() {
            self.send("354 End data with <CR><LF>.<CR><LF>\r\n")?;
            let data = read_data(&mut self.input)?;
            self.st.lock().unwrap().mails.push(Mail {
                from: self.from.take().unwrap_or_default(),
                rcpt: std::mem::take(&mut self.rcpt),
                data,
                authenticated_as: self.user.clone(),
            });
            "250 2.0.0 Ok: queued\r\n".into()
        } else if upper == "RSET" || upper == "NOOP" {
            "250 OK\r\n".into()
        } else {
            "503 5.5.1 Bad sequence of commands\r\n".into()
        })
    }

    /// AUTH PLAIN (with or without an initial response) or AUTH LOGIN, when offered.
    fn authenticate(&mut self, cmd: &str) -> std::io::Result<String> {
        let mut words = cmd.split_whitespace().skip(1);
        let mechanism = words.next().unwrap_or("").to_ascii_uppercase();
        if !self.b.mechanisms.contains(&mechanism.as_str()) {
            return Ok("504 5.5.4 Unrecognized authentication type\r\n".into());
        }
        let initial = words.next().map(str::to_string);
        let (user, password) = if mechanism == "PLAIN" {
            let token = match initial {
                Some(t) => t,
                None => self.challenge("334 \r\n")?,
            };
            let decoded = base64_decode(&token);
            let mut parts = decoded.split('\0').skip(1);
            let user = parts.next().unwrap_or("").to_string();
            (user, parts.next().unwrap_or("").to_string())
        } else {
            let user = base64_decode(&self.challenge("334 VXNlcm5hbWU6\r\n")?);
            (
                user,
                base64_decode(&self.challenge("334 UGFzc3dvcmQ6\r\n")?),
            )
        };
        let ok = (user.as_str(), password.as_str())
            == (self.b.credentials.0.as_str(), self.b.credentials.1.as_str());
        let encrypted = self.encrypted();
        self.st.lock().unwrap().auths.push(Auth {
            mechanism,
            user: user.clone(),
            password,
            encrypted,
        });
        if ok {
            self.user = Some(user);
            Ok("235 2.7.0 Authentication successful\r\n".into())
        } else {
            Ok("535 5.7.8 Authentication credentials invalid\r\n".into())
        }
    }

    /// Sends a `334` challenge and returns the client's answer.
    fn challenge(&mut self, prompt: &str) -> std::io::Result<String> {
        self.send(prompt)?;
        Ok(self.line()?.unwrap_or_default())
    }
}
