//! For each picture given, at each width wijk publishes: the JPEG q80 variant (or the PNG one),
//! its SSIM against the resized pixels, and the smallest lossy WebP (libwebp) whose SSIM is at
//! least the JPEG's, or the lossless WebP of a PNG; bytes and encoding times, then the totals.
//!
//!   cargo run --release --manifest-path benches/webp/Cargo.toml -- content/districts/*/assets/*

use fast_image_resize as fir;
use std::time::{Duration, Instant};

const WIDTHS: [u32; 6] = [320, 480, 640, 960, 1280, 1600];

/// wijk's widths for an image `width` wide (see `wijk::pictures::widths`).
fn widths(width: u32) -> Vec<u32> {
    let mut out: Vec<u32> = WIDTHS.iter().copied().filter(|&w| w <= width).collect();
    if width < 1600 && out.last().is_none_or(|&w| w * 10 < width * 9) {
        out.push(width);
    }
    out
}

/// Mean SSIM of the luma of two RGB images, over 8 × 8 windows every 4 pixels.
fn ssim(a: &[u8], b: &[u8], w: usize, h: usize) -> f64 {
    let luma = |p: &[u8]| -> Vec<f64> {
        p.chunks_exact(3)
            .map(|c| 0.299 * f64::from(c[0]) + 0.587 * f64::from(c[1]) + 0.114 * f64::from(c[2]))
            .collect()
    };
    let (ya, yb) = (luma(a), luma(b));
    let (c1, c2) = ((0.01f64 * 255.0).powi(2), (0.03f64 * 255.0).powi(2));
    let (mut sum, mut n) = (0.0, 0u64);
    for y0 in (0..h.saturating_sub(7)).step_by(4) {
        for x0 in (0..w.saturating_sub(7)).step_by(4) {
            let (mut sa, mut sb, mut saa, mut sbb, mut sab) = (0.0, 0.0, 0.0, 0.0, 0.0);
            for y in y0..y0 + 8 {
                for x in x0..x0 + 8 {
                    let (p, q) = (ya[y * w + x], yb[y * w + x]);
                    sa += p;
                    sb += q;
                    saa += p * p;
                    sbb += q * q;
                    sab += p * q;
                }
            }
            let (ma, mb) = (sa / 64.0, sb / 64.0);
            let (va, vb, cov) = (
                saa / 64.0 - ma * ma,
                sbb / 64.0 - mb * mb,
                sab / 64.0 - ma * mb,
            );
            sum += ((2.0 * ma * mb + c1) * (2.0 * cov + c2))
                / ((ma * ma + mb * mb + c1) * (va + vb + c2));
            n += 1;
        }
    }
    if n == 0 {
        1.0
    } else {
        sum / n as f64
    }
}

fn rgb(bytes: &[u8]) -> Vec<u8> {
    image::load_from_memory(bytes)
        .expect("decodes")
        .to_rgb8()
        .into_raw()
}

fn timed<T>(f: impl FnOnce() -> T) -> (T, Duration) {
    let t = Instant::now();
    let v = f();
    (v, t.elapsed())
}

#[derive(Default)]
struct Totals {
    jpeg: usize,
    webp: usize,
    png: usize,
    webp_lossless: usize,
    t_jpeg: Duration,
    t_webp: Duration,
    t_png: Duration,
    t_lossless: Duration,
    t_decode_resize: Duration,
}

/// The smallest lossy WebP (quality searched by halves, libwebp method 4) with an SSIM of at
/// least `target`: (quality, bytes, time of one encode at that quality).
fn webp_at(pixels: &[u8], w: u32, h: u32, target: f64) -> (f32, Vec<u8>, Duration) {
    let enc = webp::Encoder::from_rgb(pixels, w, h);
    let (mut lo, mut hi) = (0.0f32, 100.0f32);
    for _ in 0..8 {
        let q = (lo + hi) / 2.0;
        let out = enc.encode(q);
        if ssim(pixels, &rgb(&out), w as usize, h as usize) >= target {
            hi = q;
        } else {
            lo = q;
        }
    }
    let (out, t) = timed(|| enc.encode(hi).to_vec());
    (hi, out, t)
}

/// The decoded picture resized to each of wijk's widths (Lanczos 3): (width, height, RGB).
fn resized(bytes: &[u8]) -> Vec<(u32, u32, Vec<u8>)> {
    let img = image::load_from_memory(&bytes).expect("decodes").to_rgb8();
    let (w, h) = img.dimensions();
    let src = fir::images::ImageRef::new(w, h, img.as_raw(), fir::PixelType::U8x3).unwrap();
    let options = fir::ResizeOptions::new()
        .resize_alg(fir::ResizeAlg::Convolution(fir::FilterType::Lanczos3));
    let mut resizer = fir::Resizer::new();
    let variants: Vec<(u32, u32, Vec<u8>)> = widths(w)
        .into_iter()
        .map(|vw| {
            let vh =
                ((u64::from(h) * u64::from(vw) + u64::from(w) / 2) / u64::from(w)).max(1) as u32;
            let mut dst = fir::images::Image::new(vw, vh, fir::PixelType::U8x3);
            resizer.resize(&src, &mut dst, &options).unwrap();
            (vw, vh, dst.into_vec())
        })
        .collect();
    variants
}

fn main() {
    let mut totals = Totals::default();
    println!("picture\twidth\tjpeg_or_png\tssim\twebp\twebp_q");
    for path in std::env::args().skip(1) {
        let bytes = std::fs::read(&path).expect("reads");
        let photo = !path.ends_with(".png");
        let (variants, t) = timed(|| resized(&bytes));
        totals.t_decode_resize += t;
        for (w, h, px) in variants {
            if photo {
                let (jpeg, t) = timed(|| encode_jpeg(&px, w, h, true));
                totals.t_jpeg += t;
                // The same JPEG without optimised Huffman tables: the same pixels (the tables only
                // change the entropy coding), which `image`'s decoder (zune-jpeg 0.5) reads right;
                // it misreads the optimised ones jpeg-encoder writes (browsers read both).
                let plain = encode_jpeg(&px, w, h, false);
                let target = ssim(&px, &rgb(&plain), w as usize, h as usize);
                let (q, webp, t) = webp_at(&px, w, h, target);
                totals.t_webp += t;
                println!(
                    "{path}\t{w}\t{}\t{target:.4}\t{}\t{q:.1}",
                    jpeg.len(),
                    webp.len()
                );
                totals.jpeg += jpeg.len();
                totals.webp += webp.len();
            } else {
                let (png, t) = timed(|| {
                    let mut out = Vec::new();
                    let enc = image::codecs::png::PngEncoder::new(&mut out);
                    image::ImageEncoder::write_image(
                        enc,
                        &px,
                        w,
                        h,
                        image::ExtendedColorType::Rgb8,
                    )
                    .unwrap();
                    out
                });
                totals.t_png += t;
                let (lossless, t) = timed(|| {
                    let mut out = Vec::new();
                    let enc = image::codecs::webp::WebPEncoder::new_lossless(&mut out);
                    enc.encode(&px, w, h, image::ExtendedColorType::Rgb8)
                        .unwrap();
                    out
                });
                totals.t_lossless += t;
                println!(
                    "{path}\t{w}\t{}\t1\t{}\tlossless",
                    png.len(),
                    lossless.len()
                );
                totals.png += png.len();
                totals.webp_lossless += lossless.len();
            }
        }
    }
    let t = &totals;
    println!(
        "\nJPEG q80 {} B, lossy WebP at equal SSIM {} B ({:+.1} %)",
        t.jpeg,
        t.webp,
        pct(t.webp, t.jpeg)
    );
    println!(
        "PNG {} B, lossless WebP {} B ({:+.1} %)",
        t.png,
        t.webp_lossless,
        pct(t.webp_lossless, t.png)
    );
    println!(
        "time: decode and resize {:?}, JPEG {:?}, lossy WebP {:?} (one encode each), PNG {:?}, lossless WebP {:?}",
        t.t_decode_resize, t.t_jpeg, t.t_webp, t.t_png, t.t_lossless
    );
    let now = t.t_decode_resize + t.t_jpeg + t.t_png;
    let with = now + t.t_webp + t.t_lossless;
    println!(
        "pictures' time with WebP beside JPEG and PNG: {:.2} ×",
        with.as_secs_f64() / now.as_secs_f64()
    );
}

/// wijk's JPEG: q80, 4:2:0, baseline, Huffman tables optimised when `optimized`.
fn encode_jpeg(px: &[u8], w: u32, h: u32, optimized: bool) -> Vec<u8> {
    let mut out = Vec::new();
    let mut enc = jpeg_encoder::Encoder::new(&mut out, 80);
    enc.set_optimized_huffman_tables(optimized);
    enc.set_sampling_factor(jpeg_encoder::SamplingFactor::F_2_2);
    enc.encode(px, w as u16, h as u16, jpeg_encoder::ColorType::Rgb)
        .unwrap();
    out
}

fn pct(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        100.0 * (a as f64 - b as f64) / b as f64
    }
}
