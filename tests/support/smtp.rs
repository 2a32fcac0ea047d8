//! A small SMTP server for tests, speaking real SMTP over TCP on 127.0.0.1: it records what it
//! accepts and can reject a recipient (550), fail a recipient once (451), demand AUTH PLAIN, or
//! misbehave: never answer, trickle its greeting, answer 421, drop the connection mid-DATA, or
//! accept a message with a reply megabytes long.

#![allow(dead_code)]

use std::collections::HashSet;
use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::{Arc, Mutex};

/// How the server behaves.
#[derive(Clone, Debug, Default)]
pub struct Behaviour {
    /// Recipients refused with `550` at RCPT.
    pub reject: Vec<String>,
    /// Recipients refused with `451` the first time, accepted afterwards.
    pub tempfail_once: Vec<String>,
    /// When set, MAIL is refused until `AUTH PLAIN` with these credentials succeeds.
    pub auth: Option<(String, String)>,
    /// Accept connections and never send a byte.
    pub silent: bool,
    /// Send `220-` then one byte every 200 ms, for ever.
    pub trickle: bool,
    /// Answer every MAIL with `421` (service not available).
    pub busy: bool,
    /// Recipients whose first message is cut: the connection is dropped half-way through DATA.
    pub drop_in_data_once: Vec<String>,
    /// A pause after a message is received and recorded, before its `250` is sent.
    pub pause_before_accepting: Option<std::time::Duration>,
    /// The `250` after a message carries this many bytes of text, on one line.
    pub long_acceptance: Option<usize>,
}

/// A message the server accepted.
#[derive(Clone, Debug)]
pub struct Mail {
    pub from: String,
    pub rcpt: Vec<String>,
    /// The message as received, dots unstuffed, CRLF line ends.
    pub data: String,
    pub authenticated_as: Option<String>,
}

impl Mail {
    /// The value of the first header `name` (unfolded).
    pub fn header(&self, name: &str) -> Option<String> {
        let head = self.data.split("\r\n\r\n").next()?;
        let unfolded = head.replace("\r\n ", " ").replace("\r\n\t", " ");
        unfolded.lines().find_map(|l| {
            let (k, v) = l.split_once(':')?;
            k.eq_ignore_ascii_case(name).then(|| v.trim().to_string())
        })
    }
}

impl Mail {
    /// The whole message with quoted-printable undone.
    pub fn decoded(&self) -> String {
        decode_qp(&self.data)
    }
}

/// Undoes quoted-printable in the body (after the header block): soft breaks joined, `=XX` decoded.
pub fn decode_qp(text: &str) -> String {
    let Some((head, body)) = text.split_once("\r\n\r\n") else {
        return text.to_string();
    };
    let joined = body.replace("=\r\n", "");
    let b = joined.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        let hex = b
            .get(i + 1..i + 3)
            .and_then(|h| std::str::from_utf8(h).ok());
        match (b[i], hex.and_then(|h| u8::from_str_radix(h, 16).ok())) {
            (b'=', Some(v)) => {
                out.push(v);
                i += 3;
            }
            (c, _) => {
                out.push(c);
                i += 1;
            }
        }
    }
    format!("{head}\r\n\r\n{}", String::from_utf8_lossy(&out))
}

#[derive(Default)]
struct State {
    mails: Vec<Mail>,
    tempfailed: HashSet<String>,
    rcpt_attempts: Vec<String>,
    dropped: HashSet<String>,
    connections: usize,
    trickled: usize,
}

/// A running server; it lives until the test process ends.
pub struct SmtpServer {
    pub port: u16,
    state: Arc<Mutex<State>>,
}

/// A port on 127.0.0.1 nobody listens on (bound, then released).
pub fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("a free port")
}

impl SmtpServer {
    /// Starts on a free port.
    pub fn start(b: Behaviour) -> SmtpServer {
        SmtpServer::start_on(0, b)
    }

    /// Starts on `port` (0: any).
    pub fn start_on(port: u16, b: Behaviour) -> SmtpServer {
        let listener = TcpListener::bind(("127.0.0.1", port)).expect("bind the test SMTP server");
        let port = listener.local_addr().expect("local address").port();
        let state = Arc::new(Mutex::new(State::default()));
        let st = state.clone();
        std::thread::spawn(move || {
            for stream in listener.incoming().flatten() {
                let (st, b) = (st.clone(), b.clone());
                std::thread::spawn(move || {
                    let _ = session(stream, &b, &st);
                });
            }
        });
        SmtpServer { port, state }
    }

    /// `smtp://127.0.0.1:PORT` (plain text: the server offers no STARTTLS).
    pub fn url(&self) -> String {
        format!("smtp://127.0.0.1:{}", self.port)
    }

    /// What was accepted so far.
    pub fn mails(&self) -> Vec<Mail> {
        self.state.lock().unwrap().mails.clone()
    }

    /// Every RCPT TO address tried, accepted or not, in order.
    pub fn rcpt_attempts(&self) -> Vec<String> {
        self.state.lock().unwrap().rcpt_attempts.clone()
    }

    /// Connections accepted so far.
    pub fn connections(&self) -> usize {
        self.state.lock().unwrap().connections
    }

    /// Bytes of a trickling greeting the server could write, one every 200 ms, until the
    /// client hung up: how long the client waited, counted by the server.
    pub fn trickled(&self) -> usize {
        self.state.lock().unwrap().trickled
    }

    /// The recipients of the accepted messages, sorted.
    pub fn recipients(&self) -> Vec<String> {
        let mut r: Vec<String> = self.mails().into_iter().flat_map(|m| m.rcpt).collect();
        r.sort();
        r
    }
}

fn session(stream: TcpStream, b: &Behaviour, st: &Mutex<State>) -> std::io::Result<()> {
    st.lock().unwrap().connections += 1;
    stream.set_read_timeout(Some(std::time::Duration::from_secs(30)))?;
    let mut out = stream.try_clone()?;
    if b.silent {
        // Holds the connection until the client gives up.
        let mut sink = [0u8; 512];
        while std::io::Read::read(&mut &stream, &mut sink)? > 0 {}
        return Ok(());
    }
    if b.trickle {
        out.write_all(b"220-")?;
        loop {
            std::thread::sleep(std::time::Duration::from_millis(200));
            out.write_all(b"x")?;
            st.lock().unwrap().trickled += 1;
        }
    }
    let mut input = BufReader::new(stream);
    out.write_all(b"220 test.local ESMTP wijk-test\r\n")?;
    let (mut from, mut rcpt, mut user): (Option<String>, Vec<String>, Option<String>) =
        (None, Vec::new(), None);
    let mut line = String::new();
    loop {
        line.clear();
        if input.read_line(&mut line)? == 0 {
            return Ok(());
        }
        let cmd = line.trim_end().to_string();
        let upper = cmd.to_ascii_uppercase();
        let reply: String = if upper.starts_with("EHLO") {
            let auth = if b.auth.is_some() {
                "250-AUTH PLAIN\r\n"
            } else {
                ""
            };
            format!("250-test.local\r\n250-8BITMIME\r\n250-SMTPUTF8\r\n{auth}250 SIZE 10000000\r\n")
        } else if upper.starts_with("HELO") || upper.starts_with("NOOP") {
            "250 OK\r\n".into()
        } else if upper.starts_with("AUTH PLAIN") {
            let arg = cmd.get(10..).unwrap_or("").trim().to_string();
            let arg = if arg.is_empty() {
                out.write_all(b"334 \r\n")?;
                let mut l = String::new();
                input.read_line(&mut l)?;
                l.trim().to_string()
            } else {
                arg
            };
            let decoded = base64_decode(&arg);
            let parts: Vec<&str> = decoded.split('\0').collect();
            match (&b.auth, parts.as_slice()) {
                (Some((u, p)), [_, du, dp]) if du == u && dp == p => {
                    user = Some(u.clone());
                    "235 2.7.0 Authentication successful\r\n".into()
                }
                _ => "535 5.7.8 Authentication credentials invalid\r\n".into(),
            }
        } else if upper.starts_with("MAIL FROM:") {
            if b.busy {
                "421 4.3.2 Service not available, closing transmission channel\r\n".into()
            } else if b.auth.is_some() && user.is_none() {
                "530 5.7.0 Authentication required\r\n".into()
            } else {
                from = Some(angle(&cmd));
                rcpt.clear();
                "250 OK\r\n".into()
            }
        } else if upper.starts_with("RCPT TO:") {
            let to = angle(&cmd);
            let mut s = st.lock().unwrap();
            s.rcpt_attempts.push(to.clone());
            if b.reject.contains(&to) {
                format!("550 5.1.1 <{to}>: Recipient address rejected: User unknown\r\n")
            } else if b.tempfail_once.contains(&to) && s.tempfailed.insert(to.clone()) {
                "451 4.3.0 Temporary failure, try again later\r\n".into()
            } else {
                rcpt.push(to);
                "250 OK\r\n".into()
            }
        } else if upper == "DATA" {
            if from.is_none() || rcpt.is_empty() {
                "503 5.5.1 No valid recipients\r\n".into()
            } else {
                out.write_all(b"354 End data with <CR><LF>.<CR><LF>\r\n")?;
                let cut = rcpt
                    .iter()
                    .find(|r| b.drop_in_data_once.contains(r))
                    .cloned();
                if let Some(r) = cut {
                    if st.lock().unwrap().dropped.insert(r) {
                        let mut l = String::new();
                        input.read_line(&mut l)?;
                        return Ok(()); // the connection closes half-way through the message
                    }
                }
                let data = read_data(&mut input)?;
                st.lock().unwrap().mails.push(Mail {
                    from: from.take().unwrap_or_default(),
                    rcpt: std::mem::take(&mut rcpt),
                    data,
                    authenticated_as: user.clone(),
                });
                if let Some(d) = b.pause_before_accepting {
                    std::thread::sleep(d);
                }
                match b.long_acceptance {
                    Some(n) => format!("250 2.0.0 Ok: queued {}\r\n", "x".repeat(n)),
                    None => "250 2.0.0 Ok: queued\r\n".into(),
                }
            }
        } else if upper == "RSET" {
            from = None;
            rcpt.clear();
            "250 OK\r\n".into()
        } else if upper == "QUIT" {
            out.write_all(b"221 2.0.0 Bye\r\n")?;
            return Ok(());
        } else {
            "502 5.5.2 Command not recognized\r\n".into()
        };
        out.write_all(reply.as_bytes())?;
    }
}

/// The message after DATA, up to the `.` line, dots unstuffed.
pub fn read_data(input: &mut impl BufRead) -> std::io::Result<String> {
    let mut data = String::new();
    let mut l = String::new();
    loop {
        l.clear();
        if input.read_line(&mut l)? == 0 {
            return Ok(data);
        }
        if l == ".\r\n" || l == ".\n" {
            return Ok(data);
        }
        data.push_str(l.strip_prefix('.').unwrap_or(&l));
    }
}

/// The address between `<` and `>`.
pub fn angle(cmd: &str) -> String {
    let start = cmd.find('<').map_or(0, |i| i + 1);
    let end = cmd[start..].find('>').map_or(cmd.len(), |i| start + i);
    cmd[start..end].to_string()
}

/// Standard base64, decoded leniently (AUTH arguments).
pub fn base64_decode(s: &str) -> String {
    const ABC: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut bits = 0u32;
    let mut n = 0;
    let mut out = Vec::new();
    for c in s.bytes().filter(|c| *c != b'=') {
        let Some(v) = ABC.iter().position(|x| *x == c) else {
            continue;
        };
        bits = (bits << 6) | v as u32;
        n += 6;
        if n >= 8 {
            n -= 8;
            out.push((bits >> n) as u8);
            bits &= (1 << n) - 1;
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}
