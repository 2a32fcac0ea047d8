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

/// Decoded pixels of `color` as 8-bit RGB, or RGBA when `alpha`: in place when the result is
/// not larger than the input (16-bit, RGBA to RGB), in a new buffer otherwise (grey to RGB).
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
    let out_channels = if alpha { 4 } else { 3 };
    if (channels, depth) == (out_channels, 1) {
        return Ok(raw);
    }
    let stride = channels * depth;
    let n = raw.len() / stride;
    let sample = |px: &[u8], c: usize| -> u8 {
        if depth == 1 {
            px[c]
        } else {
            let v = u16::from_ne_bytes([px[2 * c], px[2 * c + 1]]);
            ((u32::from(v) + 128) / 257) as u8
        }
    };
    let convert = |px: &[u8]| -> [u8; 4] {
        let s = |c| sample(px, c);
        match channels {
            1 => [s(0), s(0), s(0), 255],
            2 => [s(0), s(0), s(0), s(1)],
            3 => [s(0), s(1), s(2), 255],
            _ => [s(0), s(1), s(2), s(3)],
        }
    };
    if out_channels <= stride {
        // Each pixel is written at or before where it was read.
        for i in 0..n {
            let p = convert(&raw[i * stride..(i + 1) * stride]);
            raw[i * out_channels..(i + 1) * out_channels].copy_from_slice(&p[..out_channels]);
        }
        raw.truncate(n * out_channels);
        return Ok(raw);
    }
    let mut out = zeroed((n * out_channels) as u64)?;
    for (px, o) in raw
        .chunks_exact(stride)
        .zip(out.chunks_exact_mut(out_channels))
    {
        o.copy_from_slice(&convert(px)[..out_channels]);
    }
    Ok(out)
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
