//! Writes procedural garden photos (see tests/support/photo.rs): the example content's pictures
//! and the bench's corpus, without any copyrighted material.
//!
//!   cargo run --release --example photos -- <folder> <count> <width> <height> [quality] [seed]
//!
//! Files are `photo-0001.jpg`, …; with `--exif`, each carries a phone's EXIF block (orientation
//! 1, a GPS position), as photos straight from a phone do; with `--orchard`, the scene is a young
//! orchard instead of a garden with raised beds.

#[path = "../tests/support/photo.rs"]
mod photo;

use rayon::prelude::*;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let exif = args.iter().any(|a| a == "--exif");
    let orchard = args.iter().any(|a| a == "--orchard");
    let args: Vec<&String> = args.iter().filter(|a| !a.starts_with("--")).collect();
    let num = |i: usize, default: u64| {
        args.get(i)
            .map_or(default, |a| a.parse().expect("a number"))
    };
    let Some(dir) = args.first() else {
        eprintln!(
            "usage: photos <folder> <count> <width> <height> [quality] [seed] [--exif] [--orchard]"
        );
        std::process::exit(2);
    };
    let (count, width, height) = (num(1, 1), num(2, 1200) as u32, num(3, 800) as u32);
    let (quality, seed) = (num(4, 80) as u8, num(5, 1));
    std::fs::create_dir_all(dir.as_str()).expect("creating the folder");
    (0..count).into_par_iter().for_each(|i| {
        let img = if orchard {
            photo::orchard(width, height, seed + i)
        } else {
            photo::garden(width, height, seed + i)
        };
        let mut bytes = photo::jpeg(&img, quality);
        if exif {
            bytes =
                photo::with_segment(&bytes, &photo::exif_app1(1, photo::GPS_LAT, photo::GPS_LON));
        }
        let path = std::path::Path::new(dir.as_str()).join(format!("photo-{:04}.jpg", i + 1));
        std::fs::write(path, bytes).expect("writing a photo");
    });
}
