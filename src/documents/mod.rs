//! Linked documents: a file name and its bytes → the type of document it is, if that type is on
//! the allow-list of published documents (PDF, ODF, OOXML, CSV, plain text), or why it is not.
//! The type is read from the bytes; the name's extension must agree with it, because a host
//! serves a file with the media type its extension says.

mod text;
mod zip;

use std::fmt;

/// A type of document the site publishes as it is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum DocumentType {
    Pdf,
    /// OpenDocument text, spreadsheet, presentation, drawing.
    Odt,
    Ods,
    Odp,
    Odg,
    /// Office Open XML (Word, Excel, PowerPoint).
    Docx,
    Xlsx,
    Pptx,
    /// UTF-8 text named `.csv`.
    Csv,
    /// UTF-8 text named `.txt`.
    Text,
}

impl DocumentType {
    /// Every allowed type.
    pub const ALL: [DocumentType; 10] = [
        DocumentType::Pdf,
        DocumentType::Odt,
        DocumentType::Ods,
        DocumentType::Odp,
        DocumentType::Odg,
        DocumentType::Docx,
        DocumentType::Xlsx,
        DocumentType::Pptx,
        DocumentType::Csv,
        DocumentType::Text,
    ];

    /// The extension a file of this type must have (compared without case).
    pub fn extension(self) -> &'static str {
        match self {
            DocumentType::Pdf => "pdf",
            DocumentType::Odt => "odt",
            DocumentType::Ods => "ods",
            DocumentType::Odp => "odp",
            DocumentType::Odg => "odg",
            DocumentType::Docx => "docx",
            DocumentType::Xlsx => "xlsx",
            DocumentType::Pptx => "pptx",
            DocumentType::Csv => "csv",
            DocumentType::Text => "txt",
        }
    }

    /// The media type it is served with (and that hosts infer from its extension).
    pub fn content_type(self) -> &'static str {
        match self {
            DocumentType::Pdf => "application/pdf",
            DocumentType::Odt => "application/vnd.oasis.opendocument.text",
            DocumentType::Ods => "application/vnd.oasis.opendocument.spreadsheet",
            DocumentType::Odp => "application/vnd.oasis.opendocument.presentation",
            DocumentType::Odg => "application/vnd.oasis.opendocument.graphics",
            DocumentType::Docx => {
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
            }
            DocumentType::Xlsx => {
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            }
            DocumentType::Pptx => {
                "application/vnd.openxmlformats-officedocument.presentationml.presentation"
            }
            DocumentType::Csv => "text/csv; charset=utf-8",
            DocumentType::Text => "text/plain; charset=utf-8",
        }
    }

    /// Its name for people.
    pub fn name(self) -> &'static str {
        match self {
            DocumentType::Pdf => "PDF",
            DocumentType::Odt => "OpenDocument text",
            DocumentType::Ods => "OpenDocument spreadsheet",
            DocumentType::Odp => "OpenDocument presentation",
            DocumentType::Odg => "OpenDocument drawing",
            DocumentType::Docx => "Word (DOCX)",
            DocumentType::Xlsx => "Excel (XLSX)",
            DocumentType::Pptx => "PowerPoint (PPTX)",
            DocumentType::Csv => "CSV",
            DocumentType::Text => "plain text",
        }
    }

    /// The allowed type published under this extension, if any.
    pub fn of_extension(ext: &str) -> Option<DocumentType> {
        DocumentType::ALL
            .into_iter()
            .find(|t| t.extension().eq_ignore_ascii_case(ext))
    }
}

/// Why a file is not published.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Refused {
    /// A type a browser would run or render on the site's origin (HTML, SVG, XML, JavaScript),
    /// by its bytes or by its name.
    Active(&'static str),
    /// A name without extension: a host would guess its type.
    NoExtension,
    /// Bytes of an allowed type under a name of another (`plan.pdf` holding a Word document).
    WrongExtension { found: DocumentType },
    /// Bytes of no allowed type.
    Unknown,
    /// The file could not be read (over the size limit of assets, or not a regular file).
    Unreadable(String),
}

impl fmt::Display for Refused {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Refused::Active(kind) => write!(f, "{kind} files are not published"),
            Refused::NoExtension => write!(f, "a file without extension is not published"),
            Refused::WrongExtension { found } => write!(
                f,
                "the file is a {} document: its name must end in .{}",
                found.name(),
                found.extension()
            ),
            Refused::Unknown => write!(f, "the file is not of a type the site publishes"),
            Refused::Unreadable(why) => write!(f, "the file cannot be read: {why}"),
        }
    }
}

/// Extensions of files a browser runs or renders as a page, whatever they hold.
const ACTIVE_EXTENSIONS: [(&str, &str); 16] = [
    ("html", "HTML"),
    ("htm", "HTML"),
    ("xhtml", "HTML"),
    ("xht", "HTML"),
    ("shtml", "HTML"),
    ("mht", "HTML"),
    ("svg", "SVG"),
    ("svgz", "SVG"),
    ("xml", "XML"),
    ("xsl", "XML"),
    ("xslt", "XML"),
    ("rss", "XML"),
    ("js", "JavaScript"),
    ("mjs", "JavaScript"),
    ("wasm", "WebAssembly"),
    ("swf", "Flash"),
];

/// The type of the document `name` (a file name or path; its extension counts) holding `bytes`,
/// or why it is not published. Bounded: linear in the bytes.
pub fn detect(name: &str, bytes: &[u8]) -> Result<DocumentType, Refused> {
    let file = name.rsplit(['/', '\\']).next().unwrap_or(name);
    let ext = match file.rsplit_once('.') {
        Some((stem, ext)) if !stem.is_empty() && !ext.is_empty() => ext,
        _ => return Err(Refused::NoExtension),
    };
    if let Some((_, kind)) = ACTIVE_EXTENSIONS
        .iter()
        .find(|(e, _)| e.eq_ignore_ascii_case(ext))
    {
        return Err(Refused::Active(kind));
    }
    let found = sniff(bytes)?;
    let named = DocumentType::of_extension(ext);
    match (found, named) {
        (Sniffed::Type(t), Some(n)) if t == n => Ok(t),
        (Sniffed::Type(t), _) => Err(Refused::WrongExtension { found: t }),
        (Sniffed::PlainText, Some(n @ (DocumentType::Csv | DocumentType::Text))) => Ok(n),
        (Sniffed::PlainText, _) => Err(Refused::WrongExtension {
            found: DocumentType::Text,
        }),
    }
}

/// The type of the document at `path` (read without following a link, up to the size limit of
/// content assets), or why it is not published.
pub fn detect_file(path: &std::path::Path) -> Result<DocumentType, Refused> {
    let bytes = crate::bounded::read_bytes(path).map_err(|e| Refused::Unreadable(e.to_string()))?;
    detect(&path.to_string_lossy(), &bytes)
}

/// What the bytes alone say.
enum Sniffed {
    Type(DocumentType),
    /// Text that is safe to serve as text (CSV or plain text, by its name).
    PlainText,
}

fn sniff(bytes: &[u8]) -> Result<Sniffed, Refused> {
    if bytes.starts_with(b"%PDF-") {
        return Ok(Sniffed::Type(DocumentType::Pdf));
    }
    if bytes.starts_with(b"PK\x03\x04") {
        return zip::office_type(bytes)
            .map(Sniffed::Type)
            .ok_or(Refused::Unknown);
    }
    match text::classify(bytes) {
        text::Text::Plain => Ok(Sniffed::PlainText),
        text::Text::Markup(kind) => Err(Refused::Active(kind)),
        text::Text::Binary => Err(Refused::Unknown),
    }
}

#[cfg(test)]
mod tests;
