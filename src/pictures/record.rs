//! The record of a cache entry: what wijk wrote for one picture key — each variant's width,
//! length and SHA-256 — closed by the SHA-256 of the lines above it. A variant is published from
//! the cache only when its bytes hash to what the record says; a record that does not parse, whose
//! closing hash is wrong or that names another key is no record at all.
//!
//! ```text
//! wijk-cache 1 <key>
//! <width> <length> <sha256 hex>
//! …
//! end <sha256 hex of every byte above this line>
//! ```

use crate::digest::hex;
use sha2::{Digest, Sha256};

/// The first word of a record and its version.
const MAGIC: &str = "wijk-cache 1";

/// A record is small: a few lines per variant. Anything longer is not one.
pub const MAX_RECORD_BYTES: usize = 4096;

/// What one variant must be.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Expected {
    pub width: u32,
    pub len: u64,
    pub sha256: [u8; 32],
}

/// The SHA-256 of `bytes`.
pub fn sha256(bytes: &[u8]) -> [u8; 32] {
    Sha256::digest(bytes).into()
}

/// The record of the variants `(width, bytes)` of the picture `key`.
pub fn write(key: &str, variants: &[(u32, Vec<u8>)]) -> String {
    let mut body = format!("{MAGIC} {key}\n");
    for (width, bytes) in variants {
        body.push_str(&format!(
            "{width} {} {}\n",
            bytes.len(),
            hex(&sha256(bytes))
        ));
    }
    let end = hex(&sha256(body.as_bytes()));
    body.push_str(&format!("end {end}\n"));
    body
}

/// The variants a record of `key` promises, or `None` when `bytes` is not such a record.
pub fn parse(bytes: &[u8], key: &str) -> Option<Vec<Expected>> {
    if bytes.len() > MAX_RECORD_BYTES {
        return None;
    }
    let text = std::str::from_utf8(bytes).ok()?;
    let body_len = text.trim_end_matches('\n').rfind('\n')? + 1;
    let (body, last) = text.split_at(body_len);
    let end = last.strip_prefix("end ")?.strip_suffix('\n')?;
    if end != hex(&sha256(body.as_bytes())) {
        return None;
    }
    let mut lines = body.strip_suffix('\n')?.split('\n');
    if lines.next()? != format!("{MAGIC} {key}") {
        return None;
    }
    lines.map(parse_line).collect()
}

/// One `<width> <length> <sha256>` line.
fn parse_line(line: &str) -> Option<Expected> {
    let mut words = line.split(' ');
    let width = words.next()?.parse().ok()?;
    let len = words.next()?.parse().ok()?;
    let digest = words.next()?;
    if words.next().is_some() || digest.len() != 64 {
        return None;
    }
    let mut sha256 = [0u8; 32];
    for (i, byte) in sha256.iter_mut().enumerate() {
        *byte = u8::from_str_radix(digest.get(2 * i..2 * i + 2)?, 16).ok()?;
    }
    Some(Expected { width, len, sha256 })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_record_reads_back_and_any_change_voids_it() {
        let variants = vec![(480, b"small".to_vec()), (960, b"large".to_vec())];
        let text = write("ab12", &variants);
        let read = parse(text.as_bytes(), "ab12").unwrap();
        assert_eq!(read.len(), 2);
        assert_eq!(read[1].width, 960);
        assert_eq!(read[1].len, 5);
        assert_eq!(read[1].sha256, sha256(b"large"));
        // Another key, a changed length, a lost closing line: no record.
        assert_eq!(parse(text.as_bytes(), "ab13"), None);
        let forged = text.replacen("480 5", "480 6", 1);
        assert_eq!(parse(forged.as_bytes(), "ab12"), None);
        let cut = &text[..text.find("end ").unwrap()];
        assert_eq!(parse(cut.as_bytes(), "ab12"), None);
        assert_eq!(parse(b"", "ab12"), None);
        assert_eq!(parse("end é\n".as_bytes(), "ab12"), None);
    }
}
