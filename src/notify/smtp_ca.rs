//! The certificates an SMTP relay is checked against: the Mozilla roots of webpki-roots, plus
//! the certificates of a PEM file named by `WIJK_SMTP_CA`, for a relay signed by a private CA.
//! The file adds to the roots, never replaces them; verification is never turned off.

use crate::i18n::Message;
use crate::msg;
use rustls::pki_types::pem::{self, PemObject};
use rustls::pki_types::CertificateDer;
use std::path::{Path, PathBuf};

/// The environment variable naming a PEM file of certificates to trust besides the Mozilla roots.
pub const CA_ENV: &str = "WIJK_SMTP_CA";

/// The most bytes read from the CA file: a bundle of a few hundred certificates fits.
const MAX_CA_FILE: u64 = 4 * 1024 * 1024;

/// Why the file of `WIJK_SMTP_CA` cannot be used.
#[derive(Debug, thiserror::Error)]
pub enum CaError {
    #[error("{CA_ENV}: cannot read {}: {error}", path.display())]
    Unreadable { path: PathBuf, error: String },
    #[error("{CA_ENV}: {} holds no PEM certificate", path.display())]
    Empty { path: PathBuf },
    #[error("{CA_ENV}: {} holds a certificate that cannot be used: {error}", path.display())]
    Invalid { path: PathBuf, error: String },
}

impl CaError {
    /// The error in words for the reader.
    pub fn message(&self) -> Message {
        match self {
            CaError::Unreadable { path, error } => msg!(
                "smtp-ca-unreadable",
                path = path.display().to_string(),
                error = error.clone()
            ),
            CaError::Empty { path } => msg!("smtp-ca-empty", path = path.display().to_string()),
            CaError::Invalid { path, error } => msg!(
                "smtp-ca-invalid",
                path = path.display().to_string(),
                error = error.clone()
            ),
        }
    }
}

/// The Mozilla roots, plus every certificate of the PEM file `extra` when there is one.
pub fn trusted_roots(extra: Option<&Path>) -> Result<rustls::RootCertStore, CaError> {
    let mut roots = rustls::RootCertStore {
        roots: webpki_roots::TLS_SERVER_ROOTS.to_vec(),
    };
    let Some(path) = extra else {
        return Ok(roots);
    };
    for cert in read_certificates(path)? {
        roots.add(cert).map_err(|e| CaError::Invalid {
            path: path.to_path_buf(),
            error: e.to_string(),
        })?;
    }
    Ok(roots)
}

/// The certificates of the PEM file at `path` (other sections, such as keys, are skipped); at
/// least one.
fn read_certificates(path: &Path) -> Result<Vec<CertificateDer<'static>>, CaError> {
    let unreadable = |error: String| CaError::Unreadable {
        path: path.to_path_buf(),
        error,
    };
    let file = std::fs::File::open(path).map_err(|e| unreadable(e.to_string()))?;
    let mut bytes = Vec::new();
    std::io::Read::read_to_end(&mut std::io::Read::take(file, MAX_CA_FILE + 1), &mut bytes)
        .map_err(|e| unreadable(e.to_string()))?;
    if bytes.len() as u64 > MAX_CA_FILE {
        return Err(unreadable(format!("over {MAX_CA_FILE} bytes")));
    }
    let certs = CertificateDer::pem_slice_iter(&bytes)
        .collect::<Result<Vec<_>, pem::Error>>()
        .map_err(|e| CaError::Invalid {
            path: path.to_path_buf(),
            error: e.to_string(),
        })?;
    if certs.is_empty() {
        return Err(CaError::Empty {
            path: path.to_path_buf(),
        });
    }
    Ok(certs)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fixture(name: &str) -> PathBuf {
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fixtures/tls")
            .join(name)
    }

    #[test]
    fn accepts_a_private_ca_beside_the_mozilla_roots() {
        let mozilla = trusted_roots(None).unwrap().len();
        let with_ca = trusted_roots(Some(&fixture("ca.pem"))).unwrap().len();
        assert_eq!(with_ca, mozilla + 1);
    }

    #[test]
    fn rejects_a_file_that_is_missing_or_holds_no_certificate() {
        let missing = trusted_roots(Some(&fixture("none.pem"))).unwrap_err();
        assert_eq!(missing.message().id(), "smtp-ca-unreadable");
        let key_only = trusted_roots(Some(&fixture("server.key"))).unwrap_err();
        assert_eq!(key_only.message().id(), "smtp-ca-empty");
    }

    #[test]
    fn rejects_a_certificate_block_that_holds_no_certificate() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("broken.pem");
        let block =
            "-----BEGIN CERTIFICATE-----\nTm90IGEgY2VydGlmaWNhdGU=\n-----END CERTIFICATE-----\n";
        std::fs::write(&path, block).unwrap();
        let broken = trusted_roots(Some(&path)).unwrap_err();
        assert_eq!(broken.message().id(), "smtp-ca-invalid");
    }
}
