//! Measures what the picture pipeline is built on, on a 4000 × 3000 procedural photo: decoding,
//! resizing with the `image` crate and with `fast_image_resize`, and encoding 480/960/1600-pixel
//! variants as JPEG (image, jpeg-encoder baseline and progressive), lossless WebP and PNG.
//!
//!   cargo run --release --example picture_codecs

#[path = "../tests/support/photo.rs"]
mod photo;
use image::DynamicImage;
use std::time::Instant;
fn main() {
    let t = Instant::now();
    let img = photo::garden(4000, 3000, 7);
    eprintln!("gen {:?}", t.elapsed());
    let src = photo::jpeg(&img, 88);
    eprintln!("source jpeg {} KB", src.len() / 1024);
    let t = Instant::now();
    let dec = image::load_from_memory(&src).unwrap().to_rgb8();
    eprintln!("decode {:?}", t.elapsed());
    // resize with image
    let t = Instant::now();
    let r1 = image::imageops::resize(&dec, 1600, 1200, image::imageops::FilterType::Lanczos3);
    eprintln!("image lanczos3 1600 {:?}", t.elapsed());
    let t = Instant::now();
    let _ = image::imageops::resize(&dec, 1600, 1200, image::imageops::FilterType::Triangle);
    eprintln!("image triangle 1600 {:?}", t.elapsed());
    use fast_image_resize as fr;
    let t = Instant::now();
    let mut dst = fr::images::Image::new(1600, 1200, fr::PixelType::U8x3);
    let mut rs = fr::Resizer::new();
    let srcimg =
        fr::images::Image::from_vec_u8(4000, 3000, dec.clone().into_raw(), fr::PixelType::U8x3)
            .unwrap();
    rs.resize(
        &srcimg,
        &mut dst,
        &fr::ResizeOptions::new().resize_alg(fr::ResizeAlg::Convolution(fr::FilterType::Lanczos3)),
    )
    .unwrap();
    eprintln!("fir lanczos3 1600 {:?}", t.elapsed());
    for w in [480u32, 960, 1600] {
        let h = w * 3 / 4;
        let r = image::imageops::resize(&r1, w, h, image::imageops::FilterType::Lanczos3);
        let t = Instant::now();
        let mut a = Vec::new();
        image::codecs::jpeg::JpegEncoder::new_with_quality(&mut a, 80)
            .encode_image(&r)
            .unwrap();
        let ta = t.elapsed();
        let t = Instant::now();
        let mut b = Vec::new();
        let mut enc = jpeg_encoder::Encoder::new(&mut b, 80);
        enc.set_optimized_huffman_tables(true);
        enc.set_sampling_factor(jpeg_encoder::SamplingFactor::F_2_2);
        enc.encode(r.as_raw(), w as u16, h as u16, jpeg_encoder::ColorType::Rgb)
            .unwrap();
        let tb = t.elapsed();
        let t = Instant::now();
        let mut b2 = Vec::new();
        let mut enc = jpeg_encoder::Encoder::new(&mut b2, 80);
        enc.set_optimized_huffman_tables(true);
        enc.set_sampling_factor(jpeg_encoder::SamplingFactor::F_2_2);
        enc.set_progressive(true);
        enc.encode(r.as_raw(), w as u16, h as u16, jpeg_encoder::ColorType::Rgb)
            .unwrap();
        let tb2 = t.elapsed();
        let t = Instant::now();
        let mut c = Vec::new();
        DynamicImage::ImageRgb8(r.clone())
            .write_with_encoder(image::codecs::webp::WebPEncoder::new_lossless(&mut c))
            .unwrap();
        let tc = t.elapsed();
        let t = Instant::now();
        let mut d = Vec::new();
        DynamicImage::ImageRgb8(r.clone())
            .write_with_encoder(image::codecs::png::PngEncoder::new(&mut d))
            .unwrap();
        let td = t.elapsed();
        eprintln!("w{w}: image-jpeg80 {}KB {:?} | jpeg-encoder80 {}KB {:?} | progressive {}KB {:?} | webp-lossless {}KB {:?} | png {}KB {:?}", a.len()/1024, ta, b.len()/1024, tb, b2.len()/1024, tb2, c.len()/1024, tc, d.len()/1024, td);
    }
}
