//! Probing an image file: its format from its first bytes (never from its name), its structure
//! walked to the end (a truncated file is found here, without decoding), its size and
//! orientation from the headers within bounds, and the hash of its content.

use super::{Output, MAX_ALLOC, MAX_FILE_BYTES, MAX_PIXELS, MAX_SIDE};
use image::metadata::Orientation;
use image::{ImageDecoder, ImageFormat, ImageReader, Limits};
use sha2::{Digest, Sha256};
use std::io::Cursor;
use std::path::Path;

/// What the headers of a supported image say.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Probe {
    pub format: ImageFormat,
    /// Width and height as displayed (EXIF orientation applied).
    pub width: u32,
    pub height: u32,
    /// What the variants are encoded as.
    pub output: Output,
    /// Size of the file.
    pub bytes: u64,
    /// Size of the decoded buffer, as the decoder will allocate it (≤ [`MAX_ALLOC`]).
    pub decoded: u64,
    /// Hex hash of the content and of the processing settings: the cache key.
    pub key: String,
    /// Whether the original's EXIF block records where it was taken (never published: the
    /// variants carry no metadata; but the repository holds the original).
    pub location: bool,
}

/// Why an image cannot be published.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum ProbeError {
    #[error("{format} images are not supported; publish a JPEG, PNG or WebP")]
    Unsupported { format: &'static str },
    #[error("the file holds a {holds} image but its name ends in `.{ext}`")]
    WrongExtension { holds: &'static str, ext: String },
    #[error("the image is corrupt: {0}")]
    Corrupt(String),
    #[error("the image declares {width} × {height} pixels, over the limit of {} megapixels and {MAX_SIDE} pixels a side", MAX_PIXELS / 1_000_000)]
    TooManyPixels { width: u32, height: u32 },
    #[error("the file is {bytes} bytes, over the limit of {} MiB", MAX_FILE_BYTES / 1024 / 1024)]
    TooLarge { bytes: u64 },
    #[error("the file cannot be read: {0}")]
    Io(String),
}

/// File extensions treated as pictures (case-insensitive): the supported ones and the image
/// formats refused with a clear message.
const PICTURE_EXTENSIONS: [&str; 13] = [
    "jpg", "jpeg", "png", "webp", "heic", "heif", "avif", "gif", "svg", "tif", "tiff", "bmp",
    "jfif",
];

/// Whether a content file is a picture by its name (these are processed, never copied as they are).
pub fn is_picture_path(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| PICTURE_EXTENSIONS.contains(&e.to_ascii_lowercase().as_str()))
}

/// Settings that change the published bytes: part of the cache key.
const SETTINGS: &str = "wijk-pictures 1; widths 320 480 640 960 1280 1600; lanczos3; jpeg-encoder q80 4:2:0 baseline optimized-huffman; png default";

/// Probes the image file at `path`.
pub fn probe(path: &Path) -> Result<Probe, ProbeError> {
    let meta = std::fs::metadata(path).map_err(|e| ProbeError::Io(e.to_string()))?;
    if meta.len() > MAX_FILE_BYTES {
        return Err(ProbeError::TooLarge { bytes: meta.len() });
    }
    let bytes = std::fs::read(path).map_err(|e| ProbeError::Io(e.to_string()))?;
    probe_bytes(&bytes, path)
}

/// Probes an image held in memory, named `path`.
pub fn probe_bytes(bytes: &[u8], path: &Path) -> Result<Probe, ProbeError> {
    let sniffed = sniff(bytes);
    let format = match sniffed {
        Sniffed::Supported(f) => f,
        Sniffed::Refused(name) => return Err(ProbeError::Unsupported { format: name }),
    };
    let ext = path
        .extension()
        .and_then(|e| e.to_str())
        .unwrap_or("")
        .to_ascii_lowercase();
    let known = format.extensions_str().contains(&ext.as_str())
        || (ext == "jfif" && format == ImageFormat::Jpeg);
    if !known {
        return Err(ProbeError::WrongExtension {
            holds: format_name(format),
            ext,
        });
    }
    let lossless = match format {
        ImageFormat::Jpeg => walk_jpeg(bytes).map(|()| false),
        ImageFormat::Png => walk_png(bytes).map(|()| true),
        _ => walk_webp(bytes),
    }
    .map_err(ProbeError::Corrupt)?;
    let mut decoder = decoder(bytes, format)?;
    let (w, h) = decoder.dimensions();
    if u64::from(w) * u64::from(h) > MAX_PIXELS || w > MAX_SIDE || h > MAX_SIDE {
        return Err(ProbeError::TooManyPixels {
            width: w,
            height: h,
        });
    }
    if w == 0 || h == 0 {
        return Err(ProbeError::Corrupt("it has no pixels".into()));
    }
    let decoded = decoder.total_bytes();
    if decoded > MAX_ALLOC {
        return Err(ProbeError::TooManyPixels {
            width: w,
            height: h,
        });
    }
    let exif = decoder.exif_metadata().ok().flatten();
    let orientation = exif
        .as_deref()
        .and_then(Orientation::from_exif_chunk)
        .unwrap_or(Orientation::NoTransforms);
    let location = exif.as_deref().is_some_and(super::exif::has_location);
    let (width, height) = if turns(orientation) { (h, w) } else { (w, h) };
    let output = if lossless || decoder.color_type().has_alpha() {
        Output::Png
    } else {
        Output::Jpeg
    };
    let mut hasher = Sha256::new();
    hasher.update(SETTINGS.as_bytes());
    hasher.update(bytes);
    let key = crate::digest::hex(&hasher.finalize()[..16]);
    Ok(Probe {
        format,
        width,
        height,
        output,
        bytes: bytes.len() as u64,
        decoded,
        key,
        location,
    })
}

/// The decoding bounds: pixels a side and bytes allocated, checked before any pixel is decoded.
pub(super) fn limits() -> Limits {
    let mut l = Limits::default();
    l.max_image_width = Some(MAX_SIDE);
    l.max_image_height = Some(MAX_SIDE);
    l.max_alloc = Some(MAX_ALLOC);
    l
}

/// A decoder of `bytes` in `format`, headers read, within [`limits`].
pub(super) fn decoder(
    bytes: &[u8],
    format: ImageFormat,
) -> Result<Box<dyn ImageDecoder + '_>, ProbeError> {
    let mut reader = ImageReader::with_format(Cursor::new(bytes), format);
    reader.limits(limits());
    reader
        .into_decoder()
        .map(|d| Box::new(d) as Box<dyn ImageDecoder>)
        .map_err(|e| match e {
            image::ImageError::Limits(_) => match dimensions_of(bytes, format) {
                Some((width, height)) => ProbeError::TooManyPixels { width, height },
                None => ProbeError::Corrupt(e.to_string()),
            },
            e => ProbeError::Corrupt(e.to_string()),
        })
}

/// The declared dimensions, read without limits (for the message of a refused bomb).
fn dimensions_of(bytes: &[u8], format: ImageFormat) -> Option<(u32, u32)> {
    let mut reader = ImageReader::with_format(Cursor::new(bytes), format);
    reader.no_limits();
    reader.into_dimensions().ok()
}

/// Whether an orientation swaps width and height.
pub(super) fn turns(o: Orientation) -> bool {
    matches!(
        o,
        Orientation::Rotate90
            | Orientation::Rotate270
            | Orientation::Rotate90FlipH
            | Orientation::Rotate270FlipH
    )
}

fn format_name(f: ImageFormat) -> &'static str {
    match f {
        ImageFormat::Jpeg => "JPEG",
        ImageFormat::Png => "PNG",
        _ => "WebP",
    }
}

enum Sniffed {
    Supported(ImageFormat),
    Refused(&'static str),
}

/// The format from the first bytes.
fn sniff(b: &[u8]) -> Sniffed {
    let starts = |m: &[u8]| b.starts_with(m);
    if starts(&[0xFF, 0xD8, 0xFF]) {
        return Sniffed::Supported(ImageFormat::Jpeg);
    }
    if starts(b"\x89PNG\r\n\x1a\n") {
        return Sniffed::Supported(ImageFormat::Png);
    }
    if starts(b"RIFF") && b.get(8..12) == Some(b"WEBP") {
        return Sniffed::Supported(ImageFormat::WebP);
    }
    if b.get(4..8) == Some(b"ftyp") {
        let brand = b.get(8..12).unwrap_or(b"");
        return Sniffed::Refused(match brand {
            b"avif" | b"avis" => "AVIF",
            b"heic" | b"heix" | b"hevc" | b"hevx" | b"heim" | b"heis" | b"mif1" | b"msf1" => "HEIC",
            _ => "ISO media (video?)",
        });
    }
    if starts(b"GIF87a") || starts(b"GIF89a") {
        return Sniffed::Refused("GIF");
    }
    if starts(b"II*\0") || starts(b"MM\0*") {
        return Sniffed::Refused("TIFF");
    }
    if starts(b"BM") {
        return Sniffed::Refused("BMP");
    }
    let head = String::from_utf8_lossy(&b[..b.len().min(512)]).to_ascii_lowercase();
    if head.contains("<svg") {
        return Sniffed::Refused("SVG");
    }
    Sniffed::Refused(NOT_AN_IMAGE)
}

/// The format of [`ProbeError::Unsupported`] for bytes that are no image at all (a text or a
/// document under a picture's name): reported as `asset-not-image`, not as a format.
pub const NOT_AN_IMAGE: &str = "not an image";

/// Walks a JPEG's segments and entropy-coded data up to its end marker; later bytes (the
/// trailers some phones append) are ignored.
fn walk_jpeg(b: &[u8]) -> Result<(), String> {
    let truncated = || "the file ends before the image does (truncated JPEG)".to_string();
    let mut i = 2;
    loop {
        while b.get(i) == Some(&0xFF) && b.get(i + 1) == Some(&0xFF) {
            i += 1;
        }
        let (Some(&0xFF), Some(&m)) = (b.get(i), b.get(i + 1)) else {
            return Err(if i + 1 >= b.len() {
                truncated()
            } else {
                format!("no JPEG marker at byte {i}")
            });
        };
        i += 2;
        match m {
            0xD9 => return Ok(()),
            0x01 | 0xD0..=0xD7 => continue,
            _ => {}
        }
        let len = match b.get(i..i + 2) {
            Some(l) => usize::from(u16::from_be_bytes([l[0], l[1]])),
            None => return Err(truncated()),
        };
        if len < 2 || i + len > b.len() {
            return Err(truncated());
        }
        i += len;
        if m == 0xDA {
            // Entropy-coded data: up to the next marker that is not a stuffed 0xFF or a restart.
            loop {
                let Some(at) = memchr::memchr(0xFF, &b[i..]) else {
                    return Err(truncated());
                };
                i += at;
                match b.get(i + 1) {
                    None => return Err(truncated()),
                    Some(0x00 | 0xD0..=0xD7 | 0xFF) => i += 1,
                    Some(_) => break,
                }
            }
        }
    }
}

/// Walks a PNG's chunks (without decompressing any) up to `IEND`.
fn walk_png(b: &[u8]) -> Result<(), String> {
    let mut i = 8;
    loop {
        let Some(head) = b.get(i..i + 8) else {
            return Err("the file ends before the image does (truncated PNG)".into());
        };
        let len = u32::from_be_bytes([head[0], head[1], head[2], head[3]]) as usize;
        if i + 12 + len > b.len() {
            return Err("the file ends before the image does (truncated PNG)".into());
        }
        if &head[4..8] == b"IEND" {
            return Ok(());
        }
        i += 12 + len;
    }
}

/// Checks a WebP's RIFF length and walks its chunks; returns whether it is lossless or has
/// transparency.
fn walk_webp(b: &[u8]) -> Result<bool, String> {
    let declared = b
        .get(4..8)
        .map_or(0, |s| u32::from_le_bytes([s[0], s[1], s[2], s[3]]) as usize);
    if declared + 8 > b.len() {
        return Err("the file ends before the image does (truncated WebP)".into());
    }
    let mut lossless = false;
    let mut i = 12;
    while i + 8 <= declared + 8 {
        let fourcc = &b[i..i + 4];
        let len = u32::from_le_bytes([b[i + 4], b[i + 5], b[i + 6], b[i + 7]]) as usize;
        match fourcc {
            b"VP8L" | b"ALPH" => lossless = true,
            b"VP8X" => lossless |= b.get(i + 8).is_some_and(|flags| flags & 0x10 != 0),
            _ => {}
        }
        i += 8 + len + (len & 1);
    }
    if i > declared + 8 {
        return Err("the file ends before the image does (truncated WebP)".into());
    }
    Ok(lossless)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_refused_formats() {
        let heic = b"\0\0\0\x18ftypheic\0\0\0\0mif1heic";
        assert_eq!(
            probe_bytes(heic, Path::new("a.heic")),
            Err(ProbeError::Unsupported { format: "HEIC" })
        );
        let svg = b"<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\"/>";
        assert_eq!(
            probe_bytes(svg, Path::new("a.svg")),
            Err(ProbeError::Unsupported { format: "SVG" })
        );
        assert!(matches!(
            probe_bytes(b"GIF89a....", Path::new("a.gif")),
            Err(ProbeError::Unsupported { format: "GIF" })
        ));
        assert!(is_picture_path(Path::new("x/IMG_0001.JPG")));
        assert!(!is_picture_path(Path::new("x/plan.pdf")));
    }

    #[test]
    fn finds_truncated_files_without_decoding() {
        assert!(walk_png(b"\x89PNG\r\n\x1a\n\0\0\0\x0dIHDR").is_err());
        assert!(walk_jpeg(&[0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 1, 2]).is_err());
        let ok = [
            0xFF, 0xD8, 0xFF, 0xDA, 0x00, 0x02, 1, 0xFF, 0x00, 2, 0xFF, 0xD9, 9, 9,
        ];
        assert_eq!(walk_jpeg(&ok), Ok(()));
        assert!(walk_jpeg(&ok[..10]).is_err());
    }
}
