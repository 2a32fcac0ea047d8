//! The SMTP transport: `smtp://` with STARTTLS when offered (or required), `smtps://`;
//! credentials from the URL or the environment, never displayed. The exchange itself is in
//! `smtp_session.rs`.

use super::mailer::{Failure, Mailer};
use super::smtp_ca::{self, CaError};
use super::smtp_conn;
pub use super::smtp_session::TlsMode;
use super::smtp_session::{Server, Session, SessionError};
use super::Outgoing;
use std::fmt;
use std::path::PathBuf;
use std::time::{Duration, Instant};

/// Environment variables holding credentials when the URL has none.
pub const USER_ENV: &str = "WIJK_SMTP_USER";
/// See [`USER_ENV`].
pub const PASSWORD_ENV: &str = "WIJK_SMTP_PASSWORD";

/// A parsed `--smtp` URL. `Debug` and `Display` never show the password.
#[derive(Clone)]
pub struct SmtpSettings {
    pub host: String,
    pub port: u16,
    pub tls: TlsMode,
    credentials: Option<(String, String)>,
    /// For one message, connection included.
    pub timeout: Duration,
    /// A PEM file of certificates trusted besides the Mozilla roots (`WIJK_SMTP_CA`).
    pub ca_file: Option<PathBuf>,
}

/// Why an `--smtp` URL cannot be used. Never holds the password.
#[derive(Debug, thiserror::Error)]
pub enum SmtpUrlError {
    #[error("--smtp is not a URL (expected smtp://host:port or smtps://host:port)")]
    NotAUrl,
    #[error("--smtp scheme `{0}` is not smtp or smtps")]
    Scheme(String),
    #[error("--smtp has no host")]
    NoHost,
    #[error("--smtp: `tls={0}` is not none, opportunistic or required")]
    Tls(String),
    #[error("--smtp: a user name needs a password ({PASSWORD_ENV}), and a password a user name ({USER_ENV})")]
    HalfCredentials,
    #[error("cannot set up TLS for {host}: {message}")]
    TlsSetup { host: String, message: String },
    #[error(transparent)]
    Ca(#[from] CaError),
}

impl SmtpUrlError {
    /// The error in words for the reader, when it has some in every language.
    pub fn message(&self) -> Option<crate::i18n::Message> {
        match self {
            SmtpUrlError::Ca(e) => Some(e.message()),
            _ => None,
        }
    }
}

impl SmtpSettings {
    /// Parses `url`; `env_user` / `env_password` apply when the URL carries no credentials.
    pub fn parse(
        url: &str,
        env_user: Option<String>,
        env_password: Option<String>,
        timeout: Duration,
    ) -> Result<SmtpSettings, SmtpUrlError> {
        let u = url::Url::parse(url).map_err(|_| SmtpUrlError::NotAUrl)?;
        let host = u
            .host_str()
            .filter(|h| !h.is_empty())
            .ok_or(SmtpUrlError::NoHost)?;
        let host = host
            .trim_start_matches('[')
            .trim_end_matches(']')
            .to_string();
        let decode = |s: &str| {
            percent_encoding::percent_decode_str(s)
                .decode_utf8_lossy()
                .into_owned()
        };
        let (user, password) = match (u.username(), u.password()) {
            ("", None) => (
                env_user.filter(|s| !s.is_empty()),
                env_password.filter(|s| !s.is_empty()),
            ),
            (user, password) => (Some(decode(user)), password.map(decode)),
        };
        let credentials = match (user, password) {
            (Some(user), Some(password)) => Some((user, password)),
            (None, None) => None,
            _ => return Err(SmtpUrlError::HalfCredentials),
        };
        let tls_param = u
            .query_pairs()
            .find(|(k, _)| k == "tls")
            .map(|(_, v)| v.into_owned());
        let (tls, default_port) = match (u.scheme(), tls_param.as_deref()) {
            ("smtps", _) => (TlsMode::Wrapper, 465),
            ("smtp", Some("none")) => (TlsMode::None, 25),
            ("smtp", Some("required")) => (TlsMode::Required, 587),
            ("smtp", Some("opportunistic")) => (TlsMode::Opportunistic, 587),
            ("smtp", None) if credentials.is_some() => (TlsMode::Required, 587),
            ("smtp", None) => (TlsMode::Opportunistic, 587),
            ("smtp", Some(other)) => return Err(SmtpUrlError::Tls(other.to_string())),
            (other, _) => return Err(SmtpUrlError::Scheme(other.to_string())),
        };
        Ok(SmtpSettings {
            host,
            port: u.port().unwrap_or(default_port),
            tls,
            credentials,
            timeout,
            ca_file: None,
        })
    }

    /// Whether credentials were given (the only thing ever said about them).
    pub fn has_credentials(&self) -> bool {
        self.credentials.is_some()
    }
}

impl fmt::Display for SmtpSettings {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let scheme = if self.tls == TlsMode::Wrapper {
            "smtps"
        } else {
            "smtp"
        };
        let auth = if self.has_credentials() {
            " (authenticated)"
        } else {
            ""
        };
        write!(f, "{scheme}://{}:{}{auth}", self.host, self.port)
    }
}

impl fmt::Debug for SmtpSettings {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("SmtpSettings")
            .field("host", &self.host)
            .field("port", &self.port)
            .field("tls", &self.tls)
            .field(
                "credentials",
                &self.credentials.as_ref().map(|_| "<hidden>"),
            )
            .field("timeout", &self.timeout)
            .field("ca_file", &self.ca_file)
            .finish()
    }
}

/// Delivers through an SMTP server, one connection per message.
pub struct SmtpMailer {
    server: std::sync::Arc<Server>,
}

impl SmtpMailer {
    /// A mailer for `settings`.
    pub fn new(settings: &SmtpSettings) -> Result<SmtpMailer, SmtpUrlError> {
        let roots = smtp_ca::trusted_roots(settings.ca_file.as_deref())?;
        let tls_config =
            smtp_conn::tls_config(roots).map_err(|message| SmtpUrlError::TlsSetup {
                host: settings.host.clone(),
                message,
            })?;
        Ok(SmtpMailer {
            server: std::sync::Arc::new(Server {
                host: settings.host.clone(),
                port: settings.port,
                tls: settings.tls,
                credentials: settings.credentials.clone(),
                timeout: settings.timeout,
                tls_config,
            }),
        })
    }
}

impl Mailer for SmtpMailer {
    /// The exchange runs on its own thread and is waited for until `within` passes; it gives up
    /// by itself at the same deadline. If the server accepts a message after the wait was given
    /// up on, the rerun sends it again with the same Message-ID.
    fn send(&mut self, msg: &Outgoing, within: Duration) -> Result<(), Failure> {
        let server = std::sync::Arc::clone(&self.server);
        let envelope = msg.message.envelope();
        let from = envelope.from().map(|a| a.to_string()).unwrap_or_default();
        let to: Vec<String> = envelope.to().iter().map(|a| a.to_string()).collect();
        let bytes = msg.message.formatted();
        let deadline = Instant::now() + within;
        let (tx, rx) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            let sent = Session::open(&server, deadline).and_then(|mut s| {
                s.send(&from, &to, &bytes)?;
                s.quit();
                Ok(())
            });
            let _ = tx.send(sent);
        });
        match rx.recv_timeout(within) {
            Ok(result) => result.map_err(|e| classify(&e)),
            Err(_) => Err(super::deliver::timed_out(within)),
        }
    }
}

/// 5xx is permanent; 4xx, broken connections and replies that are not SMTP are temporary; a
/// silent server or a passed deadline is a timeout; no connection (or no TLS where it is
/// required) is unreachable.
fn classify(e: &SessionError) -> Failure {
    let text = e.to_string();
    let timeout = || Failure::TimedOut("timed out: the server stopped answering".into());
    match e {
        SessionError::Refused { reply, .. } if reply.code >= 500 => Failure::Permanent(text),
        SessionError::Refused { .. } | SessionError::Protocol(_) => Failure::Temporary(text),
        SessionError::Deadline => timeout(),
        SessionError::Io(io)
            if matches!(
                io.kind(),
                std::io::ErrorKind::WouldBlock | std::io::ErrorKind::TimedOut
            ) =>
        {
            timeout()
        }
        SessionError::Io(_) => Failure::Temporary(text),
        SessionError::Connect(_) | SessionError::Tls(_) => Failure::Unreachable(text),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(
        url: &str,
        user: Option<&str>,
        pw: Option<&str>,
    ) -> Result<SmtpSettings, SmtpUrlError> {
        let t = Duration::from_secs(5);
        SmtpSettings::parse(url, user.map(Into::into), pw.map(Into::into), t)
    }

    #[test]
    fn accepts_the_contract_schemes_with_the_right_protection() {
        let s = parse("smtp://mail.test", None, None).unwrap();
        assert_eq!(
            (s.tls, s.port, s.has_credentials()),
            (TlsMode::Opportunistic, 587, false)
        );
        let s = parse("smtp://u:p@mail.test:2525", None, None).unwrap();
        assert_eq!(
            (s.tls, s.port),
            (TlsMode::Required, 2525),
            "credentials never go out in clear"
        );
        let s = parse("smtps://mail.test", Some("u"), Some("p")).unwrap();
        assert_eq!(
            (s.tls, s.port, s.has_credentials()),
            (TlsMode::Wrapper, 465, true)
        );
        assert_eq!(
            parse("smtp://h?tls=none", None, None).unwrap().tls,
            TlsMode::None
        );
        assert!(matches!(
            parse("http://h", None, None),
            Err(SmtpUrlError::Scheme(_))
        ));
        assert!(matches!(
            parse("smtp://h?tls=maybe", None, None),
            Err(SmtpUrlError::Tls(_))
        ));
        assert!(matches!(
            parse("smtp://h", Some("u"), None),
            Err(SmtpUrlError::HalfCredentials)
        ));
    }

    #[test]
    fn rejects_showing_the_password_anywhere() {
        let s = parse("smtp://user:top%2Fsecret@mail.test", None, None).unwrap();
        let shown = format!("{s} {s:?}");
        assert!(
            !shown.contains("secret") && !shown.contains("top"),
            "{shown}"
        );
        assert_eq!(
            s.credentials.as_ref().map(|c| c.1.as_str()),
            Some("top/secret")
        );
    }
}
