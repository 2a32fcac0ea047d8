//! ODF and OOXML documents are ZIP archives: their type is read from the archive's central
//! directory (the names of its entries) and, for ODF, from the `mimetype` entry that the
//! format requires first and uncompressed. Only headers are read; nothing is decompressed.

use super::DocumentType;

/// The office document type of the ZIP archive `bytes`, if it is one the site publishes.
pub fn office_type(bytes: &[u8]) -> Option<DocumentType> {
    let names = entry_names(bytes)?;
    if let Some(t) = odf_type(bytes) {
        return names.contains(&"mimetype").then_some(t);
    }
    if !names.contains(&"[Content_Types].xml") {
        return None;
    }
    let has = |n: &str| names.contains(&n);
    match (
        has("word/document.xml"),
        has("xl/workbook.xml"),
        has("ppt/presentation.xml"),
    ) {
        (true, false, false) => Some(DocumentType::Docx),
        (false, true, false) => Some(DocumentType::Xlsx),
        (false, false, true) => Some(DocumentType::Pptx),
        _ => None,
    }
}

/// ODF: the first local entry is `mimetype`, stored, holding the document's media type.
fn odf_type(bytes: &[u8]) -> Option<DocumentType> {
    if u16_at(bytes, 8)? != 0 {
        return None;
    }
    let size = u32_at(bytes, 18)? as usize;
    let name_len = u16_at(bytes, 26)? as usize;
    let extra_len = u16_at(bytes, 28)? as usize;
    if bytes.get(30..30 + name_len)? != b"mimetype" {
        return None;
    }
    let start = 30 + name_len + extra_len;
    let value = bytes.get(start..start.checked_add(size)?)?;
    match value {
        b"application/vnd.oasis.opendocument.text" => Some(DocumentType::Odt),
        b"application/vnd.oasis.opendocument.spreadsheet" => Some(DocumentType::Ods),
        b"application/vnd.oasis.opendocument.presentation" => Some(DocumentType::Odp),
        b"application/vnd.oasis.opendocument.graphics" => Some(DocumentType::Odg),
        _ => None,
    }
}

/// The most entries read from a central directory.
const MAX_ENTRIES: usize = 65_535;

/// The names of the entries of the central directory, or `None` if it cannot be found or
/// runs outside the bytes.
fn entry_names(bytes: &[u8]) -> Option<Vec<&str>> {
    // The end record is 22 bytes plus a comment of at most 65,535.
    let from = bytes.len().saturating_sub(22 + 65_535);
    let end = memchr::memmem::rfind(&bytes[from..], b"PK\x05\x06")? + from;
    let count = u16_at(bytes, end + 10)? as usize;
    let mut at = u32_at(bytes, end + 16)? as usize;
    let mut names = Vec::with_capacity(count.min(MAX_ENTRIES));
    for _ in 0..count {
        if bytes.get(at..at + 4)? != b"PK\x01\x02" {
            return None;
        }
        let name_len = u16_at(bytes, at + 28)? as usize;
        let extra_len = u16_at(bytes, at + 30)? as usize;
        let comment_len = u16_at(bytes, at + 32)? as usize;
        let name = bytes.get(at + 46..at + 46 + name_len)?;
        names.push(std::str::from_utf8(name).ok()?);
        at += 46 + name_len + extra_len + comment_len;
    }
    Some(names)
}

fn u16_at(bytes: &[u8], at: usize) -> Option<u16> {
    let b = bytes.get(at..at.checked_add(2)?)?;
    Some(u16::from_le_bytes([b[0], b[1]]))
}

fn u32_at(bytes: &[u8], at: usize) -> Option<u32> {
    let b = bytes.get(at..at.checked_add(4)?)?;
    Some(u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
}
