//! The browser editor on a phone, offline: the example programme in a git repository made here,
//! decap-server in git mode, `wijk serve` serving /admin/, and headless Chromium at 390 × 844
//! with touch, in a French and then a Dutch browser (tests/browser/cms-phone.mjs). On each
//! screen a resident passes (a district's projects, a project's form, a news item added, the
//! status menu, the workflow board, the media library) the page is no wider than the phone and
//! every control tapped lies within the viewport. Screenshots of each screen go to
//! `WIJK_PHONE_SHOTS` when set (the guides' pictures are made from them), else beside the
//! repository. Needs Chromium, node and tests/browser/node_modules, hence ignored by plain
//! `cargo test`.

use crate::browser_support;
use crate::notify_support;
use crate::photo;

use notify_support::{copy_dir, Repo};
use serde_json::Value;
use std::path::PathBuf;
use std::process::{Command, Stdio};

fn crate_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

#[test]
#[ignore = "needs chromium, node and tests/browser/node_modules: cargo test -- --include-ignored"]
fn accepts_every_control_of_the_editor_within_a_phone_screen_in_french_and_dutch() {
    let browser_dir = crate_root().join("tests/browser");
    browser_support::require_browser(&browser_dir, &["playwright-core", "decap-server"]);
    let _turn = crate::one_browser_at_a_time();
    let repo = Repo::with(|root| {
        for sub in ["content", "data", "vendor"] {
            copy_dir(&crate_root().join(sub), &root.join(sub));
        }
        // The programme says how long a review usually takes; `serve` still saves through the
        // local decap-server.
        let programme = root.join("data/programme.yaml");
        let mut text = std::fs::read_to_string(&programme).unwrap();
        text.push_str("editing: {backend: github, repo: quartiers/contenu, review_days: 5}\n");
        std::fs::write(&programme, text).unwrap();
    });
    let (_decap, _site, base) = crate::serve_editor(&repo, &browser_dir);
    let shots =
        std::env::var_os("WIJK_PHONE_SHOTS").map_or_else(|| repo.scratch("phone"), PathBuf::from);
    std::fs::create_dir_all(&shots).unwrap();
    // A phone photo: 4000 × 3000 stored sideways, with the EXIF of a phone held upright
    // (orientation 6: turn it a quarter clockwise) and its GPS position.
    let original = photo::phone_jpeg(4000, 3000, 6, 7);
    assert!(has_exif(&original));
    let photo_path = repo.scratch("jardin.jpg");
    std::fs::write(&photo_path, &original).unwrap();

    let run = Command::new("node")
        .arg(browser_dir.join("cms-phone.mjs"))
        .args([base.as_str(), "bervoets", "potager"])
        .arg(&shots)
        .arg(&photo_path)
        .env("CHROMIUM_PATH", browser_support::chromium())
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&run.stdout);
    assert!(
        run.status.success(),
        "the editor could not be driven on a phone (screenshots in {}):\n{stdout}\n{}\n{}",
        shots.display(),
        String::from_utf8_lossy(&run.stderr),
        crate::server_logs(&repo)
    );
    let report: Value = serde_json::from_str(stdout.lines().last().unwrap()).unwrap();
    for lang in ["fr", "nl"] {
        // The project's cover, as it was before she replaces it: the photo, not an empty box.
        let cover = &report[lang]["cover"];
        assert_ne!(cover["type"], "image/svg+xml", "{lang}: {cover}");
        assert!(cover["bytes"].as_u64().unwrap() > 10_000, "{lang}: {cover}");
        assert!(cover["width"].as_u64().unwrap() > 300, "{lang}: {cover}");
        // The picture chosen from the library in its place is shown as well.
        let chosen = &report[lang]["chosen"];
        assert_ne!(chosen["type"], "image/svg+xml", "{lang}: {chosen}");
        assert!(
            chosen["bytes"].as_u64().unwrap() > 10_000,
            "{lang}: {chosen}"
        );
    }
    assert_eq!(
        report["fr"]["saved"],
        "Votre modification est proposée. L’équipe du programme la relit ; elle sera en ligne \
         après sa validation (en général sous 5 jours). Voir mes propositions"
    );
    assert_eq!(
        report["nl"]["saved"],
        "Uw wijziging is voorgesteld. Het team van het programma leest ze na; ze komt online \
         zodra ze goedgekeurd is (meestal binnen 5 dagen). Mijn voorstellen bekijken"
    );
    {
        // The picture committed is the photo made small, without its metadata (added in the
        // last journey only).
        let lang = "nl";
        let name = report[lang]["photo"].as_str().unwrap();
        let bytes = std::process::Command::new("git")
            .args(["-C", repo.root.to_str().unwrap(), "show"])
            .arg(format!("HEAD:content/pages/assets/{name}"))
            .output()
            .unwrap()
            .stdout;
        assert!(
            bytes.starts_with(&[0xFF, 0xD8]),
            "{lang}: {name} is not a committed JPEG"
        );
        let picture = image::load_from_memory(&bytes).unwrap();
        assert_eq!(
            (picture.width(), picture.height()),
            (1800, 2400),
            "{lang}: {name}: at most 2400 pixels, and upright as the phone showed it"
        );
        assert!(!has_exif(&bytes), "{lang}: {name} still carries EXIF");
        assert!(
            bytes.len() < original.len() / 2,
            "{lang}: {} bytes",
            bytes.len()
        );
    }
    branch_passes_the_check(&repo, report["nl"]["ticked"].as_str().unwrap_or_default());
    for lang in ["fr", "nl"] {
        let screens = report[lang]["screens"].as_array().unwrap();
        let names: Vec<&str> = screens.iter().filter_map(|s| s["name"].as_str()).collect();
        assert_eq!(
            names,
            [
                "login",
                "collection",
                "form",
                "news-item",
                "step-done",
                "cover-library",
                "cover",
                "saved",
                "status-menu",
                "workflow",
                "media",
                "photo"
            ][..names.len().max(11)],
            "{lang}"
        );
        assert_eq!(names.len(), if lang == "nl" { 12 } else { 11 }, "{lang}");
        // A new picture empties the old one's text, and saving waits until it is described.
        assert!(
            report[lang]["altBefore"]
                .as_str()
                .is_some_and(|a| a.starts_with(if lang == "fr" {
                    "Trois bacs"
                } else {
                    "Le potager au printemps"
                })),
            "{lang}: {}",
            report[lang]["altBefore"]
        );
        assert_eq!(report[lang]["altAfter"], "", "{lang}: the old text stayed");
        let label = if lang == "fr" {
            "« Texte alternatif »"
        } else {
            "« Alternatieve tekst »"
        };
        assert!(
            report[lang]["altError"]
                .as_str()
                .is_some_and(|e| e.contains(label)),
            "{lang}: {}",
            report[lang]["altError"]
        );
        // The tick filled in a day (the browser's today), shown day first.
        let ticked = report[lang]["ticked"].as_str().unwrap_or_default();
        let parts: Vec<&str> = ticked.split('/').collect();
        assert!(
            parts.len() == 3 && parts[2].starts_with("20") && parts[0].len() == 2,
            "{lang}: ticked `{ticked}`"
        );
        // 12/06/2025 typed is the 12th of June, written out in the interface's language.
        let long = if lang == "fr" {
            "12 juin 2025"
        } else {
            "12 juni 2025"
        };
        assert_eq!(report[lang]["newsDateLong"], long, "{lang}");
        for s in screens {
            assert_eq!(s["width"], 390, "{lang}: {s}");
            assert_eq!(
                s["scrollWidth"], 390,
                "{lang}: {} is wider than the phone (a sideways swipe)",
                s["name"]
            );
            assert_eq!(
                s["outside"],
                Value::Array(vec![]),
                "{lang}: controls of {} outside the screen",
                s["name"]
            );
            assert_eq!(
                s["english"],
                Value::Array(vec![]),
                "{lang}: English on the screen {} (screenshots in {})",
                s["name"],
                shots.display()
            );
        }
    }
}

/// The draft branch the editor saved the project on holds the news item typed day first
/// (2025-06-12) and the ticked step's date, and passes `wijk check --deny-warnings`.
fn branch_passes_the_check(repo: &Repo, ticked: &str) {
    let branches = repo.git(&[
        "for-each-ref",
        "--format=%(refname:short)",
        "refs/heads/cms",
    ]);
    let branch = branches
        .lines()
        .find(|b| b.contains("potager"))
        .unwrap_or_else(|| panic!("no draft branch of the project in {branches:?}"))
        .to_string();
    let file = repo.git(&[
        "show",
        &format!("{branch}:content/districts/bervoets/projects/potager.md"),
    ]);
    assert!(file.contains("2025-06-12"), "{file}");
    // The last picture chosen, with the text written for it.
    assert!(file.contains("terrain.jpg"), "{file}");
    assert!(
        file.contains("Het terrein achter het buurthuis: vier houten kweekbakken op het gras"),
        "{file}"
    );
    let parts: Vec<&str> = ticked.split('/').collect();
    let iso = format!("{}-{}-{}", parts[2], parts[1], parts[0]);
    assert!(file.contains(&format!("done: {iso}")), "{iso} in {file}");
    let tree = repo.scratch("branch");
    std::fs::create_dir_all(&tree).unwrap();
    let archive = Command::new("git")
        .args(["-C", repo.root.to_str().unwrap(), "archive", &branch])
        .output()
        .unwrap();
    let mut tar = Command::new("tar")
        .args(["-x", "-C", tree.to_str().unwrap()])
        .stdin(Stdio::piped())
        .spawn()
        .unwrap();
    std::io::Write::write_all(tar.stdin.as_mut().unwrap(), &archive.stdout).unwrap();
    assert!(tar.wait().unwrap().success());
    let check = Command::new(env!("CARGO_BIN_EXE_wijk"))
        .args(["--root", tree.to_str().unwrap(), "check", "--deny-warnings"])
        .env("NO_COLOR", "1")
        .env("WIJK_LANG", "en")
        .output()
        .unwrap();
    assert!(
        check.status.success(),
        "{}{}",
        String::from_utf8_lossy(&check.stdout),
        String::from_utf8_lossy(&check.stderr)
    );
}

/// Whether a JPEG carries an APP1 (EXIF, XMP) or APP13 (IPTC) segment, read segment by segment
/// up to the image data.
fn has_exif(jpeg: &[u8]) -> bool {
    let mut i = 2;
    while i + 4 <= jpeg.len() && jpeg[i] == 0xFF {
        let marker = jpeg[i + 1];
        if marker == 0xDA {
            return false;
        }
        if marker == 0xE1 || marker == 0xED {
            return true;
        }
        i += 2 + usize::from(u16::from_be_bytes([jpeg[i + 2], jpeg[i + 3]]));
    }
    false
}
