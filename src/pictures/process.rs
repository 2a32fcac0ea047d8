//! Processing an image: decode within bounds, apply the EXIF orientation, resize to each
//! published width, encode from the pixels alone (so no metadata of the original survives).

use super::probe::{decoder, Probe, ProbeError};
use super::{height_at, widths, Output, JPEG_QUALITY};
use fast_image_resize as fir;
use image::metadata::Orientation;
use image::{ColorType, DynamicImage, ImageDecoder};

/// Why an image could not be processed.
#[derive(Debug, thiserror::Error)]
pub enum ProcessError {
    #[error(transparent)]
    Probe(#[from] ProbeError),
    #[error("the file changed while the site was built")]
    Changed,
    #[error("{0} bytes of pixels do not fit in memory")]
    Memory(u64),
    #[error("encoding failed: {0}")]
    Encode(String),
    #[error("cannot write the cache at {path}: {source}")]
    Cache {
        path: std::path::PathBuf,
        #[source]
        source: std::io::Error,
    },
}

/// The published variants of the image `bytes` probed as `probe`: (width, encoded bytes),
/// smallest first.
pub fn process(bytes: &[u8], probe: &Probe) -> Result<Vec<(u32, Vec<u8>)>, ProcessError> {
    let (pixels, keep_alpha) = decode(bytes, probe)?;
    let pixel_type = if keep_alpha {
        fir::PixelType::U8x4
    } else {
        fir::PixelType::U8x3
    };
    let (w, h) = (probe.width, probe.height);
    let src = fir::images::ImageRef::new(w, h, &pixels, pixel_type)
        .map_err(|e| ProcessError::Encode(e.to_string()))?;
    let mut resizer = fir::Resizer::new();
    let options = fir::ResizeOptions::new()
        .resize_alg(fir::ResizeAlg::Convolution(fir::FilterType::Lanczos3));
    widths(w)
        .into_iter()
        .map(|vw| {
            let vh = height_at(w, h, vw);
            let resized;
            let buf: &[u8] = if vw == w {
                &pixels
            } else {
                let mut dst = fir::images::Image::new(vw, vh, pixel_type);
                resizer
                    .resize(&src, &mut dst, &options)
                    .map_err(|e| ProcessError::Encode(e.to_string()))?;
                resized = dst.into_vec();
                &resized
            };
            Ok((vw, encode(buf, vw, vh, probe.output, keep_alpha)?))
        })
        .collect()
}

/// Decodes `bytes` into 8-bit RGB (or RGBA, for a lossless output with transparency), turned
/// upright: the buffers are reserved with `try_reserve`, so that a picture the memory does not
/// hold is an error, not an abort. Returns the pixels and whether they have alpha.
pub fn decode(bytes: &[u8], probe: &Probe) -> Result<(Vec<u8>, bool), ProcessError> {
    let corrupt = |e: String| ProcessError::Probe(ProbeError::Corrupt(e));
    let mut decoder = decoder(bytes, probe.format)?;
    let orientation = decoder.orientation().unwrap_or(Orientation::NoTransforms);
    let color = decoder.color_type();
    let (sw, sh) = decoder.dimensions();
    let mut raw = zeroed(decoder.total_bytes())?;
    decoder
        .read_image(&mut raw)
        .map_err(|e| corrupt(e.to_string()))?;
    let keep_alpha = probe.output == Output::Png && color.has_alpha();
    let pixels = to_8bit(raw, color, keep_alpha)?;
    let img = if keep_alpha {
        image::RgbaImage::from_raw(sw, sh, pixels).map(DynamicImage::ImageRgba8)
    } else {
        image::RgbImage::from_raw(sw, sh, pixels).map(DynamicImage::ImageRgb8)
    };
    let mut img = img.ok_or_else(|| corrupt("the decoded size differs".into()))?;
    img.apply_orientation(orientation);
    if (img.width(), img.height()) != (probe.width, probe.height) {
        return Err(corrupt(
            "the decoded size differs from the declared one".into(),
        ));
    }
    Ok((img.into_bytes(), keep_alpha))
}

/// A buffer of `len` zero bytes, or an error when the memory cannot hold it.
fn zeroed(len: u64) -> Result<Vec<u8>, ProcessError> {
    let too_big = || ProcessError::Memory(len);
    let len = usize::try_from(len).map_err(|_| too_big())?;
    let mut buf = Vec::new();
    buf.try_reserve_exact(len).map_err(|_| too_big())?;
    buf.resize(len, 0);
    Ok(buf)
}

/// Decoded pixels of `color` as 8-bit RGB, or RGBA when `alpha`: 16-bit samples are rounded to
/// 8 bits in place, RGBA becomes RGB in place; grey becomes RGB(A) in a new buffer.
fn to_8bit(mut raw: Vec<u8>, color: ColorType, alpha: bool) -> Result<Vec<u8>, ProcessError> {
    let (channels, depth) = match color {
        ColorType::L8 => (1, 1),
        ColorType::La8 => (2, 1),
        ColorType::Rgb8 => (3, 1),
        ColorType::Rgba8 => (4, 1),
        ColorType::L16 => (1, 2),
        ColorType::La16 => (2, 2),
        ColorType::Rgb16 => (3, 2),
        ColorType::Rgba16 => (4, 2),
        other => return Err(ProcessError::Encode(format!("colour type {other:?}"))),
    };
    if depth == 2 {
        // Sample i is read at 2i and written at i: never over one not yet read.
        let samples = raw.len() / 2;
        for i in 0..samples {
            let v = u16::from_ne_bytes([raw[2 * i], raw[2 * i + 1]]);
            raw[i] = ((u32::from(v) + 128) / 257) as u8;
        }
        raw.truncate(samples);
    }
    let out_channels = if alpha { 4 } else { 3 };
    let n = raw.len() / channels;
    match (channels, out_channels) {
        (c, o) if c == o => Ok(raw),
        (4, 3) => {
            for i in 0..n {
                raw.copy_within(4 * i..4 * i + 3, 3 * i);
            }
            raw.truncate(3 * n);
            Ok(raw)
        }
        (c, o) => {
            let mut out = zeroed((n * o) as u64)?;
            for (px, dst) in raw.chunks_exact(c).zip(out.chunks_exact_mut(o)) {
                let (rgb, a) = match c {
                    1 => ([px[0]; 3], 255),
                    2 => ([px[0]; 3], px[1]),
                    _ => ([px[0], px[1], px[2]], 255),
                };
                dst[..3].copy_from_slice(&rgb);
                if o == 4 {
                    dst[3] = a;
                }
            }
            Ok(out)
        }
    }
}

/// Encodes raw RGB (or RGBA) pixels: JPEG with a JFIF header and nothing else, or PNG with only
/// its critical chunks.
fn encode(
    pixels: &[u8],
    w: u32,
    h: u32,
    output: Output,
    alpha: bool,
) -> Result<Vec<u8>, ProcessError> {
    let mut out = Vec::new();
    match output {
        Output::Jpeg => {
            let (Ok(w16), Ok(h16)) = (u16::try_from(w), u16::try_from(h)) else {
                return Err(ProcessError::Encode("too large for JPEG".into()));
            };
            let mut enc = jpeg_encoder::Encoder::new(&mut out, JPEG_QUALITY);
            enc.set_optimized_huffman_tables(true);
            enc.set_sampling_factor(jpeg_encoder::SamplingFactor::F_2_2);
            enc.encode(pixels, w16, h16, jpeg_encoder::ColorType::Rgb)
                .map_err(|e| ProcessError::Encode(e.to_string()))?;
        }
        Output::Png => {
            let color = if alpha {
                image::ExtendedColorType::Rgba8
            } else {
                image::ExtendedColorType::Rgb8
            };
            let enc = image::codecs::png::PngEncoder::new(&mut out);
            image::ImageEncoder::write_image(enc, pixels, w, h, color)
                .map_err(|e| ProcessError::Encode(e.to_string()))?;
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn samples16(v: &[u16]) -> Vec<u8> {
        v.iter().flat_map(|s| s.to_ne_bytes()).collect()
    }

    #[test]
    fn pixels_become_8_bit_rgb_or_rgba() {
        let rgba16 = samples16(&[0, 65535, 257 * 100, 32768, 65535, 0, 0, 65535]);
        assert_eq!(
            to_8bit(rgba16.clone(), ColorType::Rgba16, true).unwrap(),
            [0, 255, 100, 128, 255, 0, 0, 255]
        );
        assert_eq!(
            to_8bit(rgba16, ColorType::Rgba16, false).unwrap(),
            [0, 255, 100, 255, 0, 0]
        );
        assert_eq!(
            to_8bit(vec![7, 9], ColorType::L8, false).unwrap(),
            [7, 7, 7, 9, 9, 9]
        );
        assert_eq!(
            to_8bit(vec![7, 50], ColorType::La8, true).unwrap(),
            [7, 7, 7, 50]
        );
        assert_eq!(
            to_8bit(samples16(&[512, 65535]), ColorType::La16, false).unwrap(),
            [2, 2, 2]
        );
        assert!(to_8bit(vec![0; 12], ColorType::Rgb32F, false).is_err());
    }
}
