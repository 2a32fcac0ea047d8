//! Pictures through a whole build, with real files made here: a phone JPEG (GPS EXIF,
//! orientation 6), a PNG with text chunks, a WebP. What is published carries no metadata, is
//! turned upright, has the promised widths, and matches `srcset`, `width` and `height`; the
//! cache makes a second build process nothing; hostile files give diagnostics in bounded memory.

use crate::build_support::*;
use crate::photo;
use std::path::Path;

const DISTRICT: &str = "content/districts/bervoets/district.md";

/// The build-small fixture with three pictures shown in the district's text, the phone photo
/// as its cover.
fn site_with_pictures() -> tempfile::TempDir {
    let dir = site_copy("build-small");
    let assets = dir.path().join("content/districts/bervoets/assets");
    let write = |name: &str, bytes: Vec<u8>| std::fs::write(assets.join(name), bytes).unwrap();
    // Stored 2000 × 1500 as the sensor saw it; orientation 6: shown turned a quarter clockwise.
    write("phone.jpg", photo::phone_jpeg(2000, 1500, 6, 11));
    let png = photo::png(&photo::garden(1200, 800, 12));
    let png = photo::png_with_chunk(
        &png,
        &photo::png_text("Comment", "Chez nous, rue de la Victoire 12"),
    );
    let png = photo::png_with_chunk(&png, &photo::png_text("Author", "Famille Janssens"));
    write("plan.png", png);
    write("mur.webp", photo::webp(&photo::garden(700, 500, 13)));
    let path = dir.path().join(DISTRICT);
    let text = std::fs::read_to_string(&path).unwrap();
    let text = text.replacen(
        "themes: [",
        "cover: {src: assets/phone.jpg, alt: \"Le jardin vu du balcon\"}\nthemes: [",
        1,
    );
    let text = format!(
        "{text}\n![Le jardin en hiver](assets/phone.jpg)\n\n![Plan des bacs](assets/plan.png)\n\n![Le mur végétal](assets/mur.webp)\n"
    );
    std::fs::write(&path, text).unwrap();
    dir
}

/// An `<img>`: `(url, width)` of each `srcset` entry, its `width` and `height` attributes.
type Img = (Vec<(String, u32)>, u32, u32);

/// Every `<img>` of a page's pictures (the map's drawing, one SVG file per language, has no
/// widths to choose from and is left out).
fn images(html: &str) -> Vec<Img> {
    let attr = |tag: &str, name: &str| -> Option<String> {
        let start = tag.find(&format!(" {name}=\""))? + name.len() + 3;
        Some(tag[start..].split('"').next()?.to_string())
    };
    html.split("<img ")
        .skip(1)
        .filter(|rest| !rest[..rest.find('>').unwrap()].contains("class=\"map-svg\""))
        .map(|rest| {
            let tag = &rest[..rest.find('>').unwrap()];
            let srcset = attr(tag, "srcset").expect("srcset");
            let entries = srcset
                .split(", ")
                .map(|e| {
                    let (url, w) = e.rsplit_once(' ').unwrap();
                    (url.to_string(), w.trim_end_matches('w').parse().unwrap())
                })
                .collect();
            let num = |n: &str| attr(tag, n).unwrap().parse().unwrap();
            (entries, num("width"), num("height"))
        })
        .collect()
}

/// JPEG markers before the image data: only SOI, APP0 (JFIF), quantisation, Huffman and frame
/// headers may be there; no APP1 (EXIF, XMP), APP2 (ICC), APP13 (IPTC) or comment.
fn assert_bare_jpeg(bytes: &[u8], name: &str) {
    let mut i = 2;
    while i + 4 <= bytes.len() {
        assert_eq!(bytes[i], 0xFF, "{name}: marker expected at {i}");
        let m = bytes[i + 1];
        assert!(
            matches!(m, 0xE0 | 0xDB | 0xC4 | 0xC0 | 0xC2 | 0xDD | 0xDA),
            "{name}: marker {m:02X} in the published file"
        );
        if m == 0xDA {
            break;
        }
        i += 2 + usize::from(u16::from_be_bytes([bytes[i + 2], bytes[i + 3]]));
    }
}

/// PNG chunks: only the critical ones.
fn assert_bare_png(bytes: &[u8], name: &str) {
    let mut i = 8;
    while i + 8 <= bytes.len() {
        let len = u32::from_be_bytes(bytes[i..i + 4].try_into().unwrap()) as usize;
        let kind = std::str::from_utf8(&bytes[i + 4..i + 8]).unwrap();
        assert!(
            ["IHDR", "PLTE", "IDAT", "IEND"].contains(&kind),
            "{name}: chunk {kind} in the published file"
        );
        i += 12 + len;
    }
}

#[test]
fn publishes_pictures_upright_resized_and_without_metadata() {
    let site = site_with_pictures();
    let out = site.path().join("public");
    let stats = build_lib(site.path(), &out, None);
    assert_eq!((stats.pictures.processed, stats.pictures.cached), (4, 0));
    let html = read(&out, "fr/districts/bervoets/index.html");
    let imgs = images(&html);
    // The cover, then the three pictures of the text (the build-small one among them).
    let widths: Vec<Vec<u32>> = imgs
        .iter()
        .map(|i| i.0.iter().map(|e| e.1).collect())
        .collect();
    assert!(
        widths.contains(&vec![320, 480, 640, 960, 1280, 1500]),
        "{widths:?}"
    );
    assert!(
        widths.contains(&vec![320, 480, 640, 960, 1200]),
        "{widths:?}"
    );
    assert!(widths.contains(&vec![320, 480, 640]), "{widths:?}");
    for (entries, width, height) in &imgs {
        for (url, w) in entries {
            let path = out.join(url.trim_start_matches('/'));
            let bytes = std::fs::read(&path).unwrap_or_else(|e| panic!("{url}: {e}"));
            let img = image::load_from_memory(&bytes).unwrap();
            assert_eq!(img.width(), *w, "{url}");
            if url.ends_with(".jpg") {
                assert_bare_jpeg(&bytes, url);
            } else {
                assert_bare_png(&bytes, url);
            }
            for secret in [&b"Exif"[..], b"WijkPhone", b"Victoire", b"Janssens"] {
                assert!(!bytes.windows(secret.len()).any(|w| w == secret), "{url}");
            }
            if *w == entries.last().unwrap().1 {
                assert_eq!((img.width(), img.height()), (*width, *height), "{url}");
            }
        }
    }
    // Orientation 6 turns the sensor's top (the sky) to the right.
    let phone = imgs.iter().find(|i| i.1 == 1500).unwrap();
    let url = &phone.0.last().unwrap().0;
    let img = image::open(out.join(url.trim_start_matches('/')))
        .unwrap()
        .to_rgb8();
    assert_eq!(img.dimensions(), (1500, 2000));
    let blue = |x: u32| {
        (0..img.height())
            .map(|y| u64::from(img.get_pixel(x, y)[2]))
            .sum::<u64>()
    };
    assert!(blue(1499) > blue(0) * 2, "the sky is not on the right");
    // No original is published.
    for original in ["phone.jpg", "plan.png", "mur.webp", "bacs.png"] {
        assert!(
            !walk(&out).iter().any(|p| p.ends_with(original)),
            "{original}"
        );
    }
    // The link preview shows the cover, by absolute URL.
    let preview = format!(
        "<meta property=\"og:image\" content=\"https://wijken.example.org{}\">",
        phone.0.last().unwrap().0
    );
    assert!(html.contains(&preview), "{preview} not in the page");
    assert!(html.contains("<meta property=\"og:image:alt\" content=\"Le jardin vu du balcon\">"));
}

fn walk(dir: &Path) -> Vec<String> {
    snapshot_tree(dir).into_iter().map(|(p, _)| p).collect()
}

#[test]
fn a_second_build_processes_no_picture_and_the_bytes_do_not_change() {
    let site = site_with_pictures();
    let root = site.path().to_str().unwrap();
    let build = |out: &str, cache: &str| {
        let r = wijk(&["--root", root, "build", "--out", out, "--cache-dir", cache]);
        assert!(r.status.success(), "{}", String::from_utf8_lossy(&r.stderr));
        picture_counts(&r.stderr)
    };
    let (a, b, c) = (
        site.path().join("a"),
        site.path().join("b"),
        site.path().join("c"),
    );
    let (cache, fresh) = (site.path().join("cache"), site.path().join("fresh"));
    let s = |p: &Path| p.to_str().unwrap().to_string();
    assert_eq!(build(&s(&a), &s(&cache)), (4, 0));
    assert_eq!(build(&s(&b), &s(&cache)), (0, 4));
    assert_eq!(build(&s(&c), &s(&fresh)), (4, 0));
    let (ta, tb, tc) = (snapshot_tree(&a), snapshot_tree(&b), snapshot_tree(&c));
    assert!(ta == tb && tb == tc, "the outputs differ");
    assert!(ta.iter().filter(|(p, _)| p.starts_with("media/")).count() >= 9);
}

#[test]
fn a_picture_that_does_not_decode_fails_check_and_build_at_its_reference() {
    let site = site_copy("build-small");
    // The structure is whole (the probe passes), the compressed pixels are not.
    let mut ihdr = 64u32.to_be_bytes().to_vec();
    ihdr.extend(40u32.to_be_bytes());
    ihdr.extend([8, 2, 0, 0, 0]);
    let mut png = b"\x89PNG\r\n\x1a\n".to_vec();
    png.extend(photo::png_chunk(b"IHDR", &ihdr));
    png.extend(photo::png_chunk(
        b"IDAT",
        &[0x78, 0x9c, 0xde, 0xad, 0xbe, 0xef, 1, 2, 3],
    ));
    png.extend(photo::png_chunk(b"IEND", b""));
    std::fs::write(
        site.path()
            .join("content/districts/bervoets/assets/abime.png"),
        png,
    )
    .unwrap();
    let path = site.path().join(DISTRICT);
    let text = std::fs::read_to_string(&path).unwrap() + "\n![Abîmé](assets/abime.png)\n";
    std::fs::write(&path, &text).unwrap();
    let line = text.lines().count();
    let root = site.path().to_str().unwrap();
    // `check` decodes it as the build would, and says so at the reference.
    let check = wijk(&["--root", root, "check"]);
    assert_eq!(check.status.code(), Some(1));
    let said = String::from_utf8_lossy(&check.stdout);
    assert!(said.contains("error[asset.corrupt]"), "{said}");
    assert!(said.contains(&format!("{DISTRICT}:{line}:1")), "{said}");
    let out = site.path().join("public");
    let r = wijk(&["--root", root, "build", "--out", out.to_str().unwrap()]);
    assert_eq!(r.status.code(), Some(1));
    let err = String::from_utf8_lossy(&r.stderr);
    assert!(err.contains("error[asset.corrupt]"), "{err}");
    assert!(err.contains(&format!("{DISTRICT}:{line}:1")), "{err}");
    assert!(!out.exists(), "nothing is published");
}

/// The `<img …>` tag of `page` whose class is `class`.
fn img_tag<'a>(page: &'a str, class: &str) -> &'a str {
    let start = page
        .find(&format!("<img class=\"{class}\""))
        .unwrap_or_else(|| panic!("no {class} in the page"));
    &page[start..start + page[start..].find('>').unwrap()]
}

#[test]
fn a_cover_text_that_falls_back_to_the_original_is_marked_in_its_language() {
    let site = site_with_pictures();
    let root = site.path();
    // A Dutch district text without its own cover text; a Dutch project text with one.
    std::fs::write(
        root.join("content/districts/bervoets/district.nl.md"),
        "---\n---\nDe wijk Bervoets.\n",
    )
    .unwrap();
    let project = root.join("content/districts/bervoets/projects/potager.md");
    let text = std::fs::read_to_string(&project).unwrap().replacen(
        "\n---",
        "\ncover: {src: ../assets/phone.jpg, alt: \"Les bacs\"}\n---",
        1,
    );
    std::fs::write(&project, text).unwrap();
    let nl = root.join("content/districts/bervoets/projects/potager.nl.md");
    let text = std::fs::read_to_string(&nl).unwrap().replacen(
        "\n---",
        "\ncover: {alt: \"De bakken\"}\n---",
        1,
    );
    std::fs::write(&nl, text).unwrap();
    let out = root.join("public");
    build_lib(root, &out, None);

    let page = read(&out, "nl/districts/bervoets/index.html");
    let cover = img_tag(&page, "cover");
    assert!(
        cover.contains(r#"alt="Le jardin vu du balcon" lang="fr""#),
        "{cover}"
    );
    let list = read(&out, "nl/districts/index.html");
    let card = img_tag(&list, "card-cover");
    assert!(
        card.contains(r#"alt="Le jardin vu du balcon" lang="fr""#),
        "{card}"
    );
    let page = read(&out, "fr/districts/bervoets/index.html");
    let cover = img_tag(&page, "cover");
    assert!(!cover.contains(" lang="), "{cover}");
    let page = read(&out, "nl/districts/bervoets/potager/index.html");
    let cover = img_tag(&page, "cover");
    assert!(
        cover.contains(r#"alt="De bakken""#) && !cover.contains(" lang="),
        "{cover}"
    );
    let theme = read(&out, "nl/themes/food/index.html");
    let card = img_tag(&theme, "card-cover");
    assert!(card.contains(r#"alt="De bakken""#), "{card}");

    // The search index carries the narrowest variant, its size and the text with its language.
    let bundles: String = walk(&out)
        .iter()
        .filter(|p| p.starts_with("nl/search/") && p.ends_with(".json"))
        .map(|p| read(&out, p))
        .collect();
    let thumb = bundles
        .split("\"Le jardin vu du balcon\"")
        .next()
        .and_then(|s| s.rsplit('[').next())
        .unwrap_or_default();
    assert!(
        thumb.contains("-320.jpg\",320,427,"),
        "the district's thumbnail in the index: {thumb}"
    );
    assert!(bundles.contains("\"Le jardin vu du balcon\",\"fr\"]"));
    assert!(bundles.contains("-320.jpg\",320,427,\"De bakken\"]"));
}
