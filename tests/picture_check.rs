//! `check` decodes what `build` decodes: pictures whose structure is whole but whose pixels do
//! not decode (a bad CRC, a corrupt deflate stream, an unknown filter, a missing palette, short
//! image data, a corrupt lossless WebP, a progressive JPEG of too many scans) are `asset.corrupt`
//! at their reference; and over a corpus of good and broken pictures, whatever `check` accepts,
//! `build` accepts.

mod build_support;
#[path = "support/photo.rs"]
mod photo;

use build_support::*;
use std::io::Write;
use std::path::Path;

const DISTRICT: &str = "content/districts/bervoets/district.md";

/// A PNG of `width` × `height` with IHDR `color` (and `PLTE` when given) whose image data is the
/// zlib stream of `rows` (each row with its filter byte first).
fn png_of(width: u32, height: u32, color: u8, plte: Option<&[u8]>, rows: &[u8]) -> Vec<u8> {
    let mut ihdr = width.to_be_bytes().to_vec();
    ihdr.extend(height.to_be_bytes());
    ihdr.extend([8, color, 0, 0, 0]);
    let mut z = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::default());
    z.write_all(rows).unwrap();
    let mut out = b"\x89PNG\r\n\x1a\n".to_vec();
    out.extend(photo::png_chunk(b"IHDR", &ihdr));
    if let Some(p) = plte {
        out.extend(photo::png_chunk(b"PLTE", p));
    }
    out.extend(photo::png_chunk(b"IDAT", &z.finish().unwrap()));
    out.extend(photo::png_chunk(b"IEND", b""));
    out
}

/// Rows of grey (or palette index) pixels, each with the filter byte `filter`.
fn rows(width: u32, height: u32, filter: u8) -> Vec<u8> {
    (0..height)
        .flat_map(|y| std::iter::once(filter).chain((0..width).map(move |x| ((x + y) % 4) as u8)))
        .collect()
}

/// A 16-bit RGBA PNG of zeros.
fn png16(width: u32, height: u32) -> Vec<u8> {
    let mut ihdr = width.to_be_bytes().to_vec();
    ihdr.extend(height.to_be_bytes());
    ihdr.extend([16, 6, 0, 0, 0]);
    let row = vec![0u8; width as usize * 8 + 1];
    let mut z = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::best());
    for _ in 0..height {
        z.write_all(&row).unwrap();
    }
    let mut out = b"\x89PNG\r\n\x1a\n".to_vec();
    out.extend(photo::png_chunk(b"IHDR", &ihdr));
    out.extend(photo::png_chunk(b"IDAT", &z.finish().unwrap()));
    out.extend(photo::png_chunk(b"IEND", b""));
    out
}

/// A good PNG with one byte of its IDAT's CRC changed.
fn png_bad_crc() -> Vec<u8> {
    let mut png = photo::png(&photo::garden(40, 30, 4));
    let idat = png.windows(4).position(|w| w == b"IDAT").unwrap();
    let len = u32::from_be_bytes(png[idat - 4..idat].try_into().unwrap()) as usize;
    png[idat + 4 + len] ^= 0x55;
    png
}

/// A lossless WebP whose VP8L data is cut in half, its chunk and RIFF lengths made to match
/// (the structure is whole, the pixels are not there).
fn webp_corrupt() -> Vec<u8> {
    let webp = photo::webp(&photo::garden(64, 48, 6));
    assert_eq!(&webp[12..16], b"VP8L");
    let len = u32::from_le_bytes(webp[16..20].try_into().unwrap()) as usize;
    let keep = (len / 2) & !1;
    let mut out = webp[..20 + keep].to_vec();
    out[16..20].copy_from_slice(&(keep as u32).to_le_bytes());
    let riff = (out.len() - 8) as u32;
    out[4..8].copy_from_slice(&riff.to_le_bytes());
    out
}

/// A progressive JPEG whose last scan is repeated until it has over `scans` scans.
fn jpeg_many_scans(scans: usize) -> Vec<u8> {
    let img = photo::garden(64, 48, 5);
    let mut jpeg = Vec::new();
    let mut enc = jpeg_encoder::Encoder::new(&mut jpeg, 80);
    enc.set_progressive(true);
    enc.encode(img.as_raw(), 64, 48, jpeg_encoder::ColorType::Rgb)
        .unwrap();
    let eoi = jpeg.len() - 2;
    let last = jpeg.windows(2).rposition(|w| w == [0xFF, 0xDA]).unwrap();
    let scan = jpeg[last..eoi].to_vec();
    let mut out = jpeg[..eoi].to_vec();
    for _ in 0..scans {
        out.extend(&scan);
    }
    out.extend([0xFF, 0xD9]);
    out
}

/// Pictures whose structure is whole but whose pixels do not decode.
fn corrupt_pictures() -> Vec<(&'static str, Vec<u8>)> {
    let mut deflate = png_of(16, 8, 0, None, &rows(16, 8, 0));
    let idat = deflate.windows(4).position(|w| w == b"IDAT").unwrap();
    deflate.splice(idat + 6..idat + 10, [0xde, 0xad, 0xbe, 0xef]);
    let deflate = fix_crc(deflate, idat);
    vec![
        ("crc.png", png_bad_crc()),
        ("deflate.png", deflate),
        ("filtre.png", png_of(16, 8, 0, None, &rows(16, 8, 7))),
        ("palette.png", png_of(16, 8, 3, None, &rows(16, 8, 0))),
        ("court.png", png_of(16, 8, 0, None, &rows(16, 3, 0))),
        ("sans-lignes.png", photo::png_declaring(300, 200, 2)),
        ("perte.webp", webp_corrupt()),
        ("scans.jpg", jpeg_many_scans(120)),
    ]
}

/// The PNG with the CRC of the chunk whose type is at `at` computed again.
fn fix_crc(mut png: Vec<u8>, at: usize) -> Vec<u8> {
    let len = u32::from_be_bytes(png[at - 4..at].try_into().unwrap()) as usize;
    let crc = crc32fast::hash(&png[at..at + 4 + len]);
    png[at + 4 + len..at + 8 + len].copy_from_slice(&crc.to_be_bytes());
    png
}

/// Good pictures, and files the probe refuses.
fn other_pictures() -> Vec<(&'static str, Vec<u8>)> {
    let palette = [0u8, 0, 0, 255, 255, 255, 0, 128, 0, 10, 20, 30];
    let good_png = photo::png(&photo::garden(48, 32, 7));
    let good_webp = photo::webp(&photo::garden(48, 32, 8));
    let phone = photo::phone_jpeg(120, 90, 6, 9);
    vec![
        ("bon.png", good_png.clone()),
        ("bon.webp", good_webp.clone()),
        ("bon.jpg", phone.clone()),
        ("gris.png", png_of(16, 8, 0, None, &rows(16, 8, 1))),
        (
            "palette-ok.png",
            png_of(16, 8, 3, Some(&palette), &rows(16, 8, 0)),
        ),
        ("seize.png", png16(40, 30)),
        ("progressif.jpg", jpeg_many_scans(0)),
        ("coupe.png", good_png[..good_png.len() - 20].to_vec()),
        ("coupe.webp", good_webp[..good_webp.len() / 2].to_vec()),
        ("coupe.jpg", phone[..phone.len() / 2].to_vec()),
    ]
}

/// A site showing `bytes` as `assets/<name>` on the last line of the district's text.
fn site_showing(name: &str, bytes: &[u8]) -> (tempfile::TempDir, usize) {
    let site = site_copy("build-small");
    let assets = site.path().join("content/districts/bervoets/assets");
    std::fs::write(assets.join(name), bytes).unwrap();
    let path = site.path().join(DISTRICT);
    let text = std::fs::read_to_string(&path).unwrap() + &format!("\n![Image](assets/{name})\n");
    std::fs::write(&path, &text).unwrap();
    (site, text.lines().count())
}

/// Runs the binary on `root` with `args` and its own fresh cache folder `cache`.
fn run(root: &Path, cache: &str, args: &[&str]) -> std::process::Output {
    let cache = root.join(cache);
    let mut all = vec![
        "--root",
        root.to_str().unwrap(),
        "--cache-dir",
        cache.to_str().unwrap(),
    ];
    all.extend(args);
    wijk(&all)
}

#[test]
fn check_reports_pictures_whose_pixels_do_not_decode_at_their_reference() {
    for (name, bytes) in corrupt_pictures() {
        let (site, line) = site_showing(name, &bytes);
        let r = run(site.path(), "cache", &["check", "--format", "json"]);
        assert_eq!(r.status.code(), Some(1), "{name}");
        let diags: serde_json::Value = serde_json::from_slice(&r.stdout).unwrap();
        let diags = diags.as_array().unwrap();
        assert_eq!(diags.len(), 1, "{name}: {diags:#?}");
        let d = &diags[0];
        assert_eq!(d["code"], "asset.corrupt", "{name}: {d:#?}");
        assert_eq!(d["file"], DISTRICT, "{name}");
        assert_eq!(
            (d["line"].as_u64(), d["column"].as_u64()),
            (Some(line as u64), Some(1))
        );
        assert!(d["message"].as_str().unwrap().contains(name), "{d:#?}");
    }
}

#[test]
fn whatever_check_accepts_build_accepts() {
    let mut accepted = 0;
    for (name, bytes) in corrupt_pictures().into_iter().chain(other_pictures()) {
        let (site, _) = site_showing(name, &bytes);
        let check = run(site.path(), "check-cache", &["check"]);
        // Its own cache: the build decodes again, it does not trust what check left.
        let out = site.path().join("public");
        let build = run(
            site.path(),
            "build-cache",
            &["build", "--out", out.to_str().unwrap()],
        );
        let said = |r: &std::process::Output| String::from_utf8_lossy(&r.stderr).into_owned();
        assert!(
            matches!(check.status.code(), Some(0 | 1))
                && matches!(build.status.code(), Some(0 | 1)),
            "{name}: check {}, build {}",
            said(&check),
            said(&build)
        );
        if check.status.success() {
            accepted += 1;
            assert!(
                build.status.success(),
                "{name}: check accepted, build said {}",
                said(&build)
            );
        }
    }
    assert_eq!(accepted, 7, "the good pictures are accepted");
}
