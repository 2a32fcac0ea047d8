//! The picture cache is a speed-up, never a source: an entry replaced by a link (to
//! `/proc/self/environ`) or by other bytes is made again and never published; a cache folder
//! that is a link, or that git tracks, is refused before anything is written.

mod build_support;
#[path = "support/photo.rs"]
mod photo;

use build_support::*;
use std::path::{Path, PathBuf};

const DISTRICT: &str = "content/districts/bervoets/district.md";
const SECRET: &str = "deploy-token-5f0c2a91e7";

/// The build-small fixture with a phone photo (GPS in its EXIF) shown in the district's text.
fn site_with_photo() -> tempfile::TempDir {
    let dir = site_copy("build-small");
    let assets = dir.path().join("content/districts/bervoets/assets");
    std::fs::write(assets.join("phone.jpg"), photo::phone_jpeg(800, 600, 1, 3)).unwrap();
    let path = dir.path().join(DISTRICT);
    let text = std::fs::read_to_string(&path).unwrap() + "\n![Le jardin](assets/phone.jpg)\n";
    std::fs::write(&path, text).unwrap();
    dir
}

/// `wijk build` of `root` into `out` with the cache at `cache`, a secret in the environment.
fn build_with(root: &Path, out: &Path, cache: &Path) -> std::process::Output {
    std::process::Command::new(env!("CARGO_BIN_EXE_wijk"))
        .args(["--root", root.to_str().unwrap(), "build", "--out"])
        .arg(out)
        .arg("--cache-dir")
        .arg(cache)
        .env("WIJK_LANG", "en")
        .env("NO_COLOR", "1")
        .env("DEPLOY_TOKEN", SECRET)
        .output()
        .unwrap()
}

/// The `(processed, cached)` counts of a successful build's summary line.
fn counts(r: &std::process::Output) -> (usize, usize) {
    assert!(r.status.success(), "{}", String::from_utf8_lossy(&r.stderr));
    picture_counts(&r.stderr)
}

/// The cached variants of the phone photo (`*-320.jpg`, …), sorted.
fn phone_variants(cache: &Path) -> Vec<PathBuf> {
    let mut out: Vec<PathBuf> = walkdir::WalkDir::new(cache)
        .into_iter()
        .filter_map(Result::ok)
        .map(|e| e.into_path())
        .filter(|p| p.extension().is_some_and(|e| e == "jpg"))
        .collect();
    out.sort();
    out
}

/// Asserts no file of `out` holds the secret, and every published JPEG is one wijk encoded
/// (a JFIF header, no EXIF).
fn assert_clean(out: &Path) {
    for (path, bytes) in snapshot_tree(out) {
        assert!(
            !bytes.windows(SECRET.len()).any(|w| w == SECRET.as_bytes()),
            "{path} holds the environment"
        );
        if path.ends_with(".jpg") {
            assert_eq!(&bytes[..4], &[0xFF, 0xD8, 0xFF, 0xE0], "{path}");
            assert!(!bytes.windows(4).any(|w| w == b"Exif"), "{path} has EXIF");
        }
    }
}

#[cfg(unix)]
#[test]
fn a_cache_entry_linked_to_the_environment_is_made_again_and_never_published() {
    let site = site_with_photo();
    let (root, cache) = (site.path(), site.path().join("cache"));
    assert_eq!(counts(&build_with(root, &root.join("a"), &cache)), (2, 0));
    let first = snapshot_tree(&root.join("a"));
    for variant in phone_variants(&cache) {
        std::fs::remove_file(&variant).unwrap();
        std::os::unix::fs::symlink("/proc/self/environ", &variant).unwrap();
    }
    let out = root.join("b");
    assert_eq!(counts(&build_with(root, &out, &cache)), (1, 1));
    assert_clean(&out);
    assert!(snapshot_tree(&out) == first, "the output differs");
    // The entry is whole again: regular files, used by the next build.
    for variant in phone_variants(&cache) {
        assert!(std::fs::symlink_metadata(&variant).unwrap().is_file());
    }
    assert_eq!(counts(&build_with(root, &root.join("c"), &cache)), (0, 2));
}

#[test]
fn a_cache_entry_replaced_by_other_bytes_is_made_again() {
    let site = site_with_photo();
    let (root, cache) = (site.path(), site.path().join("cache"));
    assert_eq!(counts(&build_with(root, &root.join("a"), &cache)), (2, 0));
    let first = snapshot_tree(&root.join("a"));
    // The original with its GPS, and HTML under a picture's name.
    let original = std::fs::read(root.join("content/districts/bervoets/assets/phone.jpg")).unwrap();
    let variants = phone_variants(&cache);
    std::fs::write(&variants[0], &original).unwrap();
    std::fs::write(&variants[1], b"<script>alert(1)</script>").unwrap();
    let out = root.join("b");
    assert_eq!(counts(&build_with(root, &out, &cache)), (1, 1));
    assert_clean(&out);
    assert!(snapshot_tree(&out) == first, "the output differs");
}

#[cfg(unix)]
#[test]
fn a_cache_folder_that_is_a_link_is_refused_and_nothing_is_written_through_it() {
    let site = site_with_photo();
    let root = site.path();
    let elsewhere = tempfile::tempdir().unwrap();
    // The default cache folder, committed as a link.
    std::os::unix::fs::symlink(elsewhere.path(), root.join(".wijk-cache")).unwrap();
    let out = root.join("public");
    let r = wijk(&[
        "--root",
        root.to_str().unwrap(),
        "build",
        "--out",
        out.to_str().unwrap(),
    ]);
    assert_eq!(r.status.code(), Some(2));
    let err = String::from_utf8_lossy(&r.stderr);
    assert!(err.contains("is a symbolic link"), "{err}");
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(!out.exists());
    assert_eq!(std::fs::read_dir(elsewhere.path()).unwrap().count(), 0);
    let r = wijk(&["--root", root.to_str().unwrap(), "check"]);
    assert_eq!(r.status.code(), Some(2));
}

#[test]
fn a_cache_folder_tracked_by_git_is_refused() {
    let site = site_with_photo();
    let root = site.path();
    let cache = root.join(".wijk-cache");
    assert_eq!(counts(&build_with(root, &root.join("a"), &cache)), (2, 0));
    let git = |args: &[&str]| {
        let r = std::process::Command::new("git")
            .arg("-C")
            .arg(root)
            .args(["-c", "user.name=t", "-c", "user.email=t@example.org"])
            .args(args)
            .output()
            .expect("git is installed");
        assert!(r.status.success(), "{}", String::from_utf8_lossy(&r.stderr));
    };
    git(&["init", "-q"]);
    git(&["add", "-f", ".wijk-cache"]);
    git(&["commit", "-qm", "cache"]);
    let r = build_with(root, &root.join("b"), &cache);
    assert_eq!(r.status.code(), Some(2));
    let err = String::from_utf8_lossy(&r.stderr);
    assert!(err.contains("tracked by git"), "{err}");
    assert!(!root.join("b").exists());
}
