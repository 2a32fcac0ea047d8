//! Procedural photographs for tests, the example content and the bench: a garden scene (sky,
//! clouds, a hedge, raised beds, grass) with value-noise textures and a little sensor grain, so
//! that encoders see the detail of a real photo. Deterministic for a seed. Also writes the EXIF
//! APP1 segment of a phone (orientation, GPS position) into a JPEG, by hand.
#![allow(dead_code)]

use image::{Rgb, RgbImage};

/// A small deterministic generator (xorshift64*).
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1)
    }
    pub fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    /// A float in [0, 1).
    pub fn unit(&mut self) -> f32 {
        (self.next() >> 40) as f32 / (1u64 << 24) as f32
    }
}

/// Smooth value noise in [0, 1] at (x, y), lattice of hashed corners.
fn noise(seed: u64, x: f32, y: f32) -> f32 {
    let (xi, yi) = (x.floor(), y.floor());
    let (fx, fy) = (x - xi, y - yi);
    let h = |i: i64, j: i64| {
        let mut v =
            (i as u64).wrapping_mul(0x27d4_eb2d) ^ (j as u64).wrapping_mul(0x1656_67b1) ^ seed;
        v ^= v >> 15;
        v = v.wrapping_mul(0x2c1b_3c6d);
        v ^= v >> 12;
        (v & 0xffff) as f32 / 65535.0
    };
    let (i, j) = (xi as i64, yi as i64);
    let s = |t: f32| t * t * (3.0 - 2.0 * t);
    let (sx, sy) = (s(fx), s(fy));
    let top = h(i, j) + (h(i + 1, j) - h(i, j)) * sx;
    let bottom = h(i, j + 1) + (h(i + 1, j + 1) - h(i, j + 1)) * sx;
    top + (bottom - top) * sy
}

/// Fractal noise: four octaves.
fn fbm(seed: u64, x: f32, y: f32) -> f32 {
    let (mut sum, mut amp, mut freq, mut norm) = (0.0, 0.5, 1.0, 0.0);
    for o in 0..4 {
        sum += amp * noise(seed + o, x * freq, y * freq);
        norm += amp;
        amp *= 0.5;
        freq *= 2.1;
    }
    sum / norm
}

fn mix(a: [f32; 3], b: [f32; 3], t: f32) -> [f32; 3] {
    [
        a[0] + (b[0] - a[0]) * t,
        a[1] + (b[1] - a[1]) * t,
        a[2] + (b[2] - a[2]) * t,
    ]
}

/// A garden scene of `width` × `height` for `seed`.
pub fn garden(width: u32, height: u32, seed: u64) -> RgbImage {
    let mut rng = Rng::new(seed);
    let horizon = 0.38 + rng.unit() * 0.12;
    let hedge_top = horizon - 0.06 - rng.unit() * 0.08;
    let beds: Vec<(f32, f32, f32)> = (0..3 + (rng.next() % 3) as usize)
        .map(|i| {
            (
                0.08 + i as f32 * 0.22 + rng.unit() * 0.05,
                0.12 + rng.unit() * 0.06,
                rng.unit(),
            )
        })
        .collect();
    let tint = rng.unit() * 0.2;
    let scale = 8.0 / width.max(1) as f32;
    let mut img = RgbImage::new(width, height);
    for (x, y, px) in img.enumerate_pixels_mut() {
        let u = x as f32 / width as f32;
        let v = y as f32 / height as f32;
        let (nx, ny) = (x as f32 * scale, y as f32 * scale);
        let mut c = if v < hedge_top + 0.05 * fbm(seed + 7, nx * 0.6, 0.0) {
            let cloud = fbm(seed + 1, nx * 0.5, ny * 1.5);
            let sky = mix([95.0, 150.0, 215.0], [190.0, 215.0, 240.0], v / horizon);
            mix(
                sky,
                [245.0, 245.0, 248.0],
                ((cloud - 0.5) * 2.5).clamp(0.0, 1.0),
            )
        } else if v < horizon {
            let leaf = fbm(seed + 2, nx * 4.0, ny * 4.0);
            mix([30.0, 70.0, 35.0], [90.0, 140.0, 60.0], leaf)
        } else {
            let grass = fbm(seed + 3, nx * 6.0, ny * 12.0);
            let mut g = mix(
                [70.0 + tint * 80.0, 120.0, 45.0],
                [130.0, 170.0, 80.0],
                grass,
            );
            let depth = (v - horizon) / (1.0 - horizon);
            for &(left, w, soil) in &beds {
                let (l, r) = (left - 0.02 * depth, left + w + 0.02 * depth);
                let (top, bottom) = (horizon + 0.15, horizon + 0.15 + 0.25 * (0.5 + soil));
                if u > l && u < r && v > top && v < bottom {
                    let wood = v < top + 0.02 || u < l + 0.008 || u > r - 0.008;
                    let t = fbm(seed + 4, nx * 10.0, ny * 10.0);
                    g = if wood {
                        mix([120.0, 85.0, 50.0], [165.0, 120.0, 75.0], t)
                    } else {
                        let sprout = fbm(seed + 5, nx * 20.0, ny * 20.0) > 0.62;
                        if sprout {
                            [60.0, 150.0, 50.0]
                        } else {
                            mix([60.0, 40.0, 28.0], [95.0, 65.0, 42.0], t)
                        }
                    };
                }
            }
            g
        };
        let light = 0.85 + 0.3 * (1.0 - v) * (0.7 + 0.3 * u);
        let grain = (rng.unit() - 0.5) * 14.0;
        for ch in c.iter_mut() {
            *ch = (*ch * light + grain).clamp(0.0, 255.0);
        }
        *px = Rgb([c[0] as u8, c[1] as u8, c[2] as u8]);
    }
    img
}

/// A young orchard for `seed`: sky, a line of trees far off, a meadow with flowers, and small
/// fruit trees tied to stakes, each with a round crown.
pub fn orchard(width: u32, height: u32, seed: u64) -> RgbImage {
    let mut rng = Rng::new(seed);
    let horizon = 0.42 + rng.unit() * 0.08;
    let trees: Vec<(f32, f32)> = (0..4 + (rng.next() % 3) as usize)
        .map(|i| {
            (
                0.1 + i as f32 * 0.17 + rng.unit() * 0.05,
                0.8 + rng.unit() * 0.4,
            )
        })
        .collect();
    let scale = 8.0 / width.max(1) as f32;
    let aspect = height as f32 / width.max(1) as f32;
    let mut img = RgbImage::new(width, height);
    for (x, y, px) in img.enumerate_pixels_mut() {
        let u = x as f32 / width as f32;
        let v = y as f32 / height as f32;
        let (nx, ny) = (x as f32 * scale, y as f32 * scale);
        let far = horizon - 0.04 - 0.06 * fbm(seed + 7, nx * 0.8, 0.0);
        let mut c = if v < far {
            let cloud = fbm(seed + 1, nx * 0.5, ny * 1.5);
            let sky = mix([110.0, 160.0, 220.0], [200.0, 222.0, 242.0], v / horizon);
            mix(
                sky,
                [246.0, 246.0, 248.0],
                ((cloud - 0.5) * 2.5).clamp(0.0, 1.0),
            )
        } else if v < horizon {
            let leaf = fbm(seed + 2, nx * 3.0, ny * 3.0);
            mix([45.0, 80.0, 45.0], [95.0, 130.0, 70.0], leaf)
        } else {
            let grass = fbm(seed + 3, nx * 6.0, ny * 12.0);
            let mut g = mix([95.0, 140.0, 55.0], [150.0, 180.0, 90.0], grass);
            let bloom = fbm(seed + 6, nx * 30.0, ny * 30.0);
            if bloom > 0.68 {
                g = if bloom > 0.72 {
                    [235.0, 225.0, 90.0]
                } else {
                    [240.0, 240.0, 235.0]
                };
            }
            g
        };
        for &(at, size) in &trees {
            let base = horizon + 0.3 * size;
            let (trunk_top, crown_r) = (base - 0.22 * size, 0.09 * size);
            let (dx, dy) = ((u - at) / aspect, v - (trunk_top - crown_r * 0.6));
            let stake = u > at + 0.012 && u < at + 0.016 && v > trunk_top - 0.02 && v < base + 0.01;
            if dx * dx + dy * dy
                < crown_r * crown_r * (0.8 + 0.4 * fbm(seed + 9, nx * 3.0, ny * 3.0))
            {
                let t = fbm(seed + 4, nx * 12.0, ny * 12.0);
                c = mix([40.0, 95.0, 40.0], [110.0, 160.0, 60.0], t);
            } else if (u - at).abs() < 0.005 * size && v > trunk_top && v < base {
                c = [95.0, 70.0, 50.0];
            } else if stake {
                c = [175.0, 140.0, 95.0];
            }
        }
        let light = 0.85 + 0.3 * (1.0 - v) * (0.7 + 0.3 * u);
        let grain = (rng.unit() - 0.5) * 14.0;
        for ch in c.iter_mut() {
            *ch = (*ch * light + grain).clamp(0.0, 255.0);
        }
        *px = Rgb([c[0] as u8, c[1] as u8, c[2] as u8]);
    }
    img
}

/// JPEG bytes of `img` at `quality`.
pub fn jpeg(img: &RgbImage, quality: u8) -> Vec<u8> {
    let mut out = Vec::new();
    image::codecs::jpeg::JpegEncoder::new_with_quality(&mut out, quality)
        .encode_image(img)
        .expect("encoding a JPEG in memory");
    out
}

/// An EXIF APP1 segment as a phone writes it: orientation, camera make, a GPS position (lat N,
/// lon E, degrees/minutes/seconds) and a comment, little-endian TIFF.
pub fn exif_app1(orientation: u16, lat: (u32, u32, u32), lon: (u32, u32, u32)) -> Vec<u8> {
    let mut t: Vec<u8> = b"II*\0".to_vec();
    t.extend(8u32.to_le_bytes());
    // IFD0 at 8: 3 entries (Make, Orientation, GPS IFD pointer).
    let ifd0_len = 2 + 3 * 12 + 4;
    let make_at = 8 + ifd0_len;
    let make = b"WijkPhone\0";
    let gps_at = make_at + make.len() as u32;
    let entry = |t: &mut Vec<u8>, tag: u16, kind: u16, count: u32, value: u32| {
        t.extend(tag.to_le_bytes());
        t.extend(kind.to_le_bytes());
        t.extend(count.to_le_bytes());
        t.extend(value.to_le_bytes());
    };
    t.extend(3u16.to_le_bytes());
    entry(&mut t, 0x010F, 2, make.len() as u32, make_at);
    entry(&mut t, 0x0112, 3, 1, u32::from(orientation));
    entry(&mut t, 0x8825, 4, 1, gps_at);
    t.extend(0u32.to_le_bytes());
    t.extend(make);
    // GPS IFD: LatitudeRef, Latitude, LongitudeRef, Longitude.
    let gps_len = 2 + 4 * 12 + 4;
    let lat_at = gps_at + gps_len;
    let lon_at = lat_at + 24;
    t.extend(4u16.to_le_bytes());
    entry(&mut t, 0x0001, 2, 2, u32::from(b'N'));
    entry(&mut t, 0x0002, 5, 3, lat_at);
    entry(&mut t, 0x0003, 2, 2, u32::from(b'E'));
    entry(&mut t, 0x0004, 5, 3, lon_at);
    t.extend(0u32.to_le_bytes());
    for (d, m, s) in [lat, lon] {
        for n in [d, m, s] {
            t.extend(n.to_le_bytes());
            t.extend(1u32.to_le_bytes());
        }
    }
    let mut seg = vec![0xFF, 0xE1];
    seg.extend(((t.len() + 8) as u16).to_be_bytes());
    seg.extend(b"Exif\0\0");
    seg.extend(t);
    seg
}

/// A JPEG with `segment` inserted right after its SOI marker.
pub fn with_segment(jpeg: &[u8], segment: &[u8]) -> Vec<u8> {
    assert_eq!(&jpeg[..2], &[0xFF, 0xD8], "not a JPEG");
    let mut out = jpeg[..2].to_vec();
    out.extend(segment);
    out.extend(&jpeg[2..]);
    out
}

/// The GPS position written by the tests (Bervoets, Forest): 50° 48′ 38″ N, 4° 19′ 22″ E.
pub const GPS_LAT: (u32, u32, u32) = (50, 48, 38);
pub const GPS_LON: (u32, u32, u32) = (4, 19, 22);

/// A phone photo: a garden of `width` × `height` as stored (sensor orientation), JPEG with EXIF
/// orientation `orientation` and a GPS position.
pub fn phone_jpeg(width: u32, height: u32, orientation: u16, seed: u64) -> Vec<u8> {
    let img = garden(width, height, seed);
    with_segment(&jpeg(&img, 85), &exif_app1(orientation, GPS_LAT, GPS_LON))
}

/// PNG bytes of an RGB image (the encoder writes only IHDR, IDAT and IEND).
pub fn png(img: &RgbImage) -> Vec<u8> {
    let mut out = Vec::new();
    image::DynamicImage::ImageRgb8(img.clone())
        .write_to(&mut std::io::Cursor::new(&mut out), image::ImageFormat::Png)
        .expect("encoding a PNG in memory");
    out
}

/// Lossless WebP bytes of an RGB image.
pub fn webp(img: &RgbImage) -> Vec<u8> {
    let mut out = Vec::new();
    image::DynamicImage::ImageRgb8(img.clone())
        .write_to(
            &mut std::io::Cursor::new(&mut out),
            image::ImageFormat::WebP,
        )
        .expect("encoding a WebP in memory");
    out
}

/// A PNG chunk: length, type, data, CRC.
pub fn png_chunk(kind: &[u8; 4], data: &[u8]) -> Vec<u8> {
    let mut out = (data.len() as u32).to_be_bytes().to_vec();
    out.extend(kind);
    out.extend(data);
    let mut crc = crc32fast::Hasher::new();
    crc.update(kind);
    crc.update(data);
    out.extend(crc.finalize().to_be_bytes());
    out
}

/// `png` with `chunk` inserted right after IHDR.
pub fn png_with_chunk(png: &[u8], chunk: &[u8]) -> Vec<u8> {
    let after_ihdr = 8 + 8 + 13 + 4;
    let mut out = png[..after_ihdr].to_vec();
    out.extend(chunk);
    out.extend(&png[after_ihdr..]);
    out
}

/// A PNG text chunk (`tEXt`) with a keyword and text.
pub fn png_text(keyword: &str, text: &str) -> Vec<u8> {
    let mut data = keyword.as_bytes().to_vec();
    data.push(0);
    data.extend(text.as_bytes());
    png_chunk(b"tEXt", &data)
}

/// A `zTXt` chunk whose text inflates to `size` bytes of zeros.
pub fn png_ztxt_bomb(size: usize) -> Vec<u8> {
    use std::io::Write;
    let mut z = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::best());
    let block = vec![0u8; 1 << 20];
    let mut left = size;
    while left > 0 {
        let n = left.min(block.len());
        z.write_all(&block[..n]).unwrap();
        left -= n;
    }
    let mut data = b"Comment\0\0".to_vec();
    data.extend(z.finish().unwrap());
    png_chunk(b"zTXt", &data)
}

/// A PNG that declares `width` × `height` pixels of 8-bit grey, with `rows` rows of image data
/// (all of them for a real image, a few for a bomb).
pub fn png_declaring(width: u32, height: u32, rows: u32) -> Vec<u8> {
    use std::io::Write;
    let mut ihdr = width.to_be_bytes().to_vec();
    ihdr.extend(height.to_be_bytes());
    ihdr.extend([8, 0, 0, 0, 0]);
    let mut z = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::best());
    let row = vec![0u8; width as usize + 1];
    for _ in 0..rows {
        z.write_all(&row).unwrap();
    }
    let mut out = b"\x89PNG\r\n\x1a\n".to_vec();
    out.extend(png_chunk(b"IHDR", &ihdr));
    out.extend(png_chunk(b"IDAT", &z.finish().unwrap()));
    out.extend(png_chunk(b"IEND", b""));
    out
}
