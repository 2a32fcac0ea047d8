//! Picture memory has one bound for the whole process: 8000 × 8000 16-bit RGBA PNGs of zeros
//! (512 MB of pixels each, a few MB of file) are processed one at a time, so a build of two of
//! them — which two cores decoding at once cannot hold — succeeds under a 1.5 GB address-space
//! limit instead of aborting. (The README's figures are for six, with the release binary.)
//! Hostile pictures (cut, mislabelled, decompression bombs) give diagnostics while `check`
//! stays under 200 MiB.

mod build_support;
#[path = "support/photo.rs"]
mod photo;

use build_support::*;
use std::path::Path;

const DISTRICT: &str = "content/districts/bervoets/district.md";

/// Bits written least significant first, as deflate reads them.
struct Bits {
    out: Vec<u8>,
    acc: u64,
    n: u32,
}

impl Bits {
    fn put(&mut self, value: u64, len: u32) {
        self.acc |= value << self.n;
        self.n += len;
        while self.n >= 8 {
            self.out.push(self.acc as u8);
            self.acc >>= 8;
            self.n -= 8;
        }
    }

    /// A Huffman code: most significant bit first.
    fn code(&mut self, code: u32, len: u32) {
        let reversed = code.reverse_bits() >> (32 - len);
        self.put(u64::from(reversed), len);
    }
}

/// A zlib stream of `n` zero bytes: one fixed-Huffman block of a literal zero and copies of
/// 258 bytes at distance 1 (13 bits each), written here because a general compressor takes
/// minutes over half a gigabyte in a debug build.
fn zlib_zeros(n: u64) -> Vec<u8> {
    let mut bits = Bits {
        out: vec![0x78, 0x01],
        acc: 0,
        n: 0,
    };
    bits.put(1, 1); // the last block
    bits.put(1, 2); // fixed Huffman codes
    bits.code(0x30, 8); // literal 0
    let mut left = n - 1;
    while left >= 258 {
        bits.code(0b1100_0101, 8); // length 258 (code 285)
        bits.code(0, 5); // distance 1
        left -= 258;
    }
    for _ in 0..left {
        bits.code(0x30, 8);
    }
    bits.code(0, 7); // end of block
    let mut out = bits.out;
    if bits.n > 0 {
        out.push(bits.acc as u8);
    }
    let adler = ((n % 65521) << 16) | 1;
    out.extend((adler as u32).to_be_bytes());
    out
}

/// An 8000 × 8000 16-bit RGBA PNG of zeros, with a text chunk `tag` so that each is its own
/// picture.
fn png16_zeros(tag: &str) -> Vec<u8> {
    let (w, h) = (8000u32, 8000u32);
    let mut ihdr = w.to_be_bytes().to_vec();
    ihdr.extend(h.to_be_bytes());
    ihdr.extend([16, 6, 0, 0, 0]);
    let mut out = b"\x89PNG\r\n\x1a\n".to_vec();
    out.extend(photo::png_chunk(b"IHDR", &ihdr));
    out.extend(photo::png_text("Comment", tag));
    let data = zlib_zeros(u64::from(h) * (u64::from(w) * 8 + 1));
    for part in data.chunks(1 << 20) {
        out.extend(photo::png_chunk(b"IDAT", part));
    }
    out.extend(photo::png_chunk(b"IEND", b""));
    out
}

/// Whether `prlimit` (util-linux) can run a command here.
fn have_prlimit() -> bool {
    std::process::Command::new("prlimit")
        .args(["--as=1500000000", "true"])
        .status()
        .is_ok_and(|s| s.success())
}

#[test]
fn the_zero_stream_inflates_to_zeros() {
    use std::io::Read;
    let mut inflated = Vec::new();
    flate2::read::ZlibDecoder::new(&zlib_zeros(1000)[..])
        .read_to_end(&mut inflated)
        .unwrap();
    assert_eq!(inflated, vec![0; 1000]);
}

#[test]
fn huge_pictures_are_built_one_at_a_time_under_an_address_space_limit() {
    assert!(have_prlimit(), "prlimit (util-linux) is needed");
    let site = site_copy("build-small");
    let assets = site.path().join("content/districts/bervoets/assets");
    let mut body = String::new();
    for i in 0..2 {
        let name = format!("zero-{i}.png");
        std::fs::write(assets.join(&name), png16_zeros(&name)).unwrap();
        body.push_str(&format!("\n![Zéro {i}](assets/{name})\n"));
    }
    let path = site.path().join(DISTRICT);
    let text = std::fs::read_to_string(&path).unwrap() + &body;
    std::fs::write(&path, text).unwrap();
    let out = site.path().join("public");
    let r = std::process::Command::new("prlimit")
        .arg("--as=1500000000")
        .arg(env!("CARGO_BIN_EXE_wijk"))
        .args(["--root", site.path().to_str().unwrap(), "build", "--out"])
        .arg(&out)
        .env("WIJK_LANG", "en")
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&r.stderr);
    assert!(r.status.success(), "{:?}: {err}", r.status);
    assert!(err.contains("3 processed, 0 from the cache"), "{err}");
    assert!(Path::new(&out).join("media").exists());
}

/// Runs `wijk check --format json` on `root`; returns its diagnostics and peak memory in MiB.
/// The child is reaped by `wait4`, which also gives its peak memory. Measured from this small
/// test binary: Linux counts in a child's peak the memory its parent held when it started the
/// child (it records the peak of the address space it leaves at `exec`), so from a large test
/// process the figure would be the parent's.
#[allow(clippy::zombie_processes)]
fn check_with_peak_memory(root: &Path) -> (String, u64) {
    let child = std::process::Command::new(env!("CARGO_BIN_EXE_wijk"))
        .args([
            "--root",
            root.to_str().unwrap(),
            "check",
            "--format",
            "json",
        ])
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let pid = child.id() as libc::pid_t;
    let mut stdout = child.stdout.unwrap();
    let mut json = String::new();
    std::io::Read::read_to_string(&mut stdout, &mut json).unwrap();
    let mut status = 0;
    // SAFETY: plain system call on our own child, with valid pointers.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    let waited = unsafe { libc::wait4(pid, &mut status, 0, &mut usage) };
    assert_eq!(waited, pid);
    (json, usage.ru_maxrss as u64 / 1024)
}

#[test]
fn hostile_pictures_give_diagnostics_in_bounded_memory() {
    let site = site_copy("build-small");
    let assets = site.path().join("content/districts/bervoets/assets");
    let good = photo::jpeg(&photo::garden(64, 48, 1), 80);
    let files: Vec<(&str, Vec<u8>)> = vec![
        ("coupe.jpg", good[..good.len() / 2].to_vec()),
        ("faux.jpg", photo::png(&photo::garden(32, 24, 2))),
        ("bombe.png", photo::png_declaring(100_000, 100_000, 1)),
        ("fil.png", photo::png_declaring(1, 65_535, 65_535)),
        (
            "IMG_0001.heic",
            b"\0\0\0\x18ftypheic\0\0\0\0mif1heic".to_vec(),
        ),
        (
            "texte.png",
            photo::png_with_chunk(
                &photo::png(&photo::garden(32, 24, 3)),
                &photo::png_ztxt_bomb(256 << 20),
            ),
        ),
    ];
    let mut body = String::new();
    for (name, bytes) in &files {
        std::fs::write(assets.join(name), bytes).unwrap();
        body.push_str(&format!("\n![Image {name}](assets/{name})\n"));
    }
    let path = site.path().join(DISTRICT);
    let text = std::fs::read_to_string(&path).unwrap() + &body;
    std::fs::write(&path, text).unwrap();
    let (json, peak_mib) = check_with_peak_memory(site.path());
    let diags: serde_json::Value = serde_json::from_str(&json).unwrap();
    let refused: Vec<String> = diags
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["code"] == "asset.format")
        .map(|d| d["message"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(refused.len(), 5, "{refused:#?}");
    for name in [
        "coupe.jpg",
        "faux.jpg",
        "bombe.png",
        "fil.png",
        "IMG_0001.heic",
    ] {
        assert!(
            refused.iter().any(|m| m.contains(name)),
            "{name}: {refused:#?}"
        );
    }
    // The text bomb is a valid image (its text is never inflated, and never published).
    assert!(
        !refused.iter().any(|m| m.contains("texte.png")),
        "{refused:#?}"
    );
    assert!(peak_mib < 200, "check peaked at {peak_mib} MiB");
}
