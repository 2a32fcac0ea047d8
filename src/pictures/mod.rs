//! Pictures: an image file's bytes → its probe (format, size, orientation, content hash, read
//! from the headers only), then → the published variants (decoded within bounds, oriented,
//! resized, re-encoded from pixels so that no metadata survives), kept in a cache by content.

pub mod budget;
mod cache;
mod exif;
mod probe;
mod process;
pub mod record;

pub use cache::{Cache, CacheError, Processed, Variants};
pub use probe::{is_picture_path, probe, Probe, ProbeError, NOT_AN_IMAGE};
pub use process::{process, ProcessError};

/// The `asset.corrupt` diagnostics of the picture at `path` (root-relative) whose processing
/// failed with `err`, one at each place it is shown (`shown_in`); `None` when the failure is not
/// the picture's (the cache or the memory), for the caller to report as an I/O failure.
pub fn corrupt_diagnostics(
    path: &std::path::Path,
    shown_in: &[(std::path::PathBuf, crate::diag::Span)],
    err: &ProcessError,
) -> Option<Vec<crate::diag::Diagnostic>> {
    if matches!(err, ProcessError::Cache { .. } | ProcessError::Memory(_)) {
        return None;
    }
    let diagnostic = |(file, span): &(std::path::PathBuf, crate::diag::Span)| {
        let m = crate::msg!(
            "asset-corrupt-pixels",
            name = path.display().to_string(),
            detail = err.to_string()
        );
        crate::diag::Diagnostic::new(crate::diag::Rule::AssetCorrupt, file, *span, m)
            .with_help(crate::msg!("asset-corrupt-pixels.help"))
    };
    Some(shown_in.iter().map(diagnostic).collect())
}

/// The widths published, in pixels, for an image at least this wide; never upscaled. The steps
/// follow the `sizes` the theme gives: a card of 320 px, a phone's column of 288–358 px (and twice
/// that at a density of 2), a cover of 992 px on a desktop; each step is at most 1.5 × the one
/// below, so a browser never loads a file more than 1.5 × as wide as it shows (see
/// docs/performance.md).
pub const WIDTHS: [u32; 6] = [320, 480, 640, 960, 1280, 1600];

/// Most pixels an image may declare (64 megapixels: every phone camera but the 108 and 200 MP
/// modes, which phones save at 12 MP by default).
pub const MAX_PIXELS: u64 = 64_000_000;

/// Longest side an image may declare.
pub const MAX_SIDE: u32 = 16_384;

/// Most bytes a decoder may allocate for one image.
pub const MAX_ALLOC: u64 = 512 * 1024 * 1024;

/// Files over this are refused without being read (a photo is 2–15 MB).
pub const MAX_FILE_BYTES: u64 = 128 * 1024 * 1024;

/// Files over this get an `asset.size` warning.
pub const WARN_FILE_BYTES: u64 = 20 * 1024 * 1024;

/// JPEG quality of published photos.
pub const JPEG_QUALITY: u8 = 80;

/// What the published variants of an image are encoded as.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Output {
    /// Photos (JPEG and lossy WebP sources): JPEG.
    Jpeg,
    /// Drawings, screenshots and images with transparency (PNG and lossless WebP sources):
    /// lossless PNG.
    Png,
}

impl Output {
    /// The file extension.
    pub fn extension(self) -> &'static str {
        match self {
            Output::Jpeg => "jpg",
            Output::Png => "png",
        }
    }
}

/// The widths an image `width` pixels wide is published at, smallest first: the standard widths
/// below it, and its own width when it is under the largest (unless a standard width is within
/// a tenth of it).
pub fn widths(width: u32) -> Vec<u32> {
    let mut out: Vec<u32> = WIDTHS.iter().copied().filter(|&w| w <= width).collect();
    let largest = WIDTHS[WIDTHS.len() - 1];
    if width < largest && out.last().is_none_or(|&w| w * 10 < width * 9) {
        out.push(width);
    }
    out
}

/// The height of a variant `w` pixels wide of an image of `width` × `height` (rounded, ≥ 1).
pub fn height_at(width: u32, height: u32, w: u32) -> u32 {
    if w >= width {
        return height;
    }
    ((u64::from(height) * u64::from(w) + u64::from(width) / 2) / u64::from(width)).max(1) as u32
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn never_upscales() {
        assert_eq!(widths(4000), vec![320, 480, 640, 960, 1280, 1600]);
        assert_eq!(widths(1600), vec![320, 480, 640, 960, 1280, 1600]);
        assert_eq!(widths(1500), vec![320, 480, 640, 960, 1280, 1500]);
        assert_eq!(widths(1200), vec![320, 480, 640, 960, 1200]);
        assert_eq!(widths(1000), vec![320, 480, 640, 960]);
        assert_eq!(widths(760), vec![320, 480, 640, 760]);
        assert_eq!(widths(700), vec![320, 480, 640]);
        assert_eq!(widths(330), vec![320]);
        assert_eq!(widths(300), vec![300]);
        assert_eq!(widths(1), vec![1]);
        assert_eq!(height_at(4000, 3000, 480), 360);
        for pair in WIDTHS.windows(2) {
            assert!(pair[1] * 2 <= pair[0] * 3, "{pair:?}: a step over 1.5 ×");
        }
        assert_eq!(height_at(3, 65535, 1), 21845);
        assert_eq!(height_at(300, 200, 300), 200);
    }
}
