//! Processing an image: decode within bounds, apply the EXIF orientation, resize to each
//! published width, encode from the pixels alone (so no metadata of the original survives).

use super::probe::{decoder, Probe, ProbeError};
use super::{height_at, widths, Output, JPEG_QUALITY};
use fast_image_resize as fir;
use image::metadata::Orientation;
use image::{DynamicImage, ImageDecoder};

/// Why an image could not be processed.
#[derive(Debug, thiserror::Error)]
pub enum ProcessError {
    #[error(transparent)]
    Probe(#[from] ProbeError),
    #[error("the file changed while the site was built")]
    Changed,
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
    let mut decoder = decoder(bytes, probe.format)?;
    let orientation = decoder.orientation().unwrap_or(Orientation::NoTransforms);
    let mut img =
        DynamicImage::from_decoder(decoder).map_err(|e| ProbeError::Corrupt(e.to_string()))?;
    img.apply_orientation(orientation);
    if (img.width(), img.height()) != (probe.width, probe.height) {
        return Err(
            ProbeError::Corrupt("the decoded size differs from the declared one".into()).into(),
        );
    }
    let keep_alpha = probe.output == Output::Png && img.color().has_alpha();
    let (pixels, pixel_type) = if keep_alpha {
        (img.into_rgba8().into_raw(), fir::PixelType::U8x4)
    } else {
        (img.into_rgb8().into_raw(), fir::PixelType::U8x3)
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
