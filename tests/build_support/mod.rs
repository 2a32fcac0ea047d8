//! Helpers shared by the build tests: fixture sites, builds through the library and the binary.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
#[path = "../fixture_site/mod.rs"]
mod fixture_site;
use std::process::{Command, Output};

/// The crate's root (itself a site root: the example programme).
pub fn crate_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// `tests/fixtures/<name>`.
pub fn fixture(name: &str) -> PathBuf {
    crate_root().join("tests/fixtures").join(name)
}

/// Copies a folder recursively.
pub fn copy_tree(from: &Path, to: &Path) {
    fixture_site::copy_dir(from, to);
}

/// A writable copy of a fixture site, with the default theme, in a fresh temp dir.
pub fn site_copy(name: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    copy_tree(&fixture(name), dir.path());
    copy_tree(
        &crate_root().join("themes/default"),
        &dir.path().join("themes/default"),
    );
    dir
}

/// The date the tests build as of (the output must not depend on the day they run): before the
/// example's 2026 intention deadline.
pub const TODAY: wijk::model::Date = wijk::model::Date {
    year: 2026,
    month: 1,
    day: 15,
};
/// [`TODAY`] as `SOURCE_DATE_EPOCH`, for builds through the binary.
pub const TODAY_EPOCH: &str = "1768435200";

/// Builds the site at `root` through the library into `out` with the crate's default theme.
pub fn build_lib(root: &Path, out: &Path, base_url: Option<&str>) -> wijk::publish::RenderStats {
    let corpus = wijk::load::load(root).unwrap();
    let validated = wijk::validate::validate(&corpus);
    assert_eq!(validated.error_count(), 0, "{:#?}", validated.diagnostics);
    let site = validated.site.unwrap();
    let theme = wijk::render::Theme::load(&crate_root().join("themes/default")).unwrap();
    let options = wijk::render::RenderOptions {
        base_url: base_url.map(str::to_string),
        // Beside the output, not in the fixture.
        cache_dir: Some(out.with_extension("cache")),
        today: Some(TODAY),
        ..Default::default()
    };
    wijk::publish::render_site(&site, &theme, &options, out).unwrap()
}

/// The example programme (this repository) built by the library into a new temporary folder:
/// the folder (keep it alive) and the site's path.
pub fn built_example() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("public");
    build_lib(&crate_root(), &out, None);
    (dir, out)
}

/// Runs the `wijk` binary.
pub fn wijk(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_wijk"))
        .args(args)
        .env("NO_COLOR", "1")
        .env("WIJK_LANG", "en")
        .env("SOURCE_DATE_EPOCH", TODAY_EPOCH)
        .env_remove("WIJK_REVIEWER_EMAILS")
        .output()
        .unwrap()
}

/// `wijk --root ROOT build --out OUT`.
pub fn build(root: &Path, out: &Path) -> std::process::Output {
    wijk(&[
        "--root",
        root.to_str().unwrap(),
        "build",
        "--out",
        out.to_str().unwrap(),
    ])
}

/// A file of the output, as text.
pub fn read(out: &Path, rel: &str) -> String {
    std::fs::read_to_string(out.join(rel)).unwrap_or_else(|e| panic!("{rel}: {e}"))
}

/// The `<main>…</main>` fragment of a page.
pub fn main_of(html: &str) -> String {
    let start = html.find("<main").expect("a <main> element");
    let end = html.find("</main>").expect("a </main> tag") + "</main>".len();
    html[start..end].to_string()
}

/// Every file under `dir` with its bytes, sorted by path.
pub fn snapshot_tree(dir: &Path) -> Vec<(String, Vec<u8>)> {
    let mut out: Vec<(String, Vec<u8>)> = walkdir::WalkDir::new(dir)
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_file())
        .map(|e| {
            let rel = e
                .path()
                .strip_prefix(dir)
                .unwrap()
                .to_string_lossy()
                .into_owned();
            (rel, std::fs::read(e.path()).unwrap())
        })
        .collect();
    out.sort();
    out
}

/// Asserts that a failed build left `out` as `before` and no staging or old folder next to it.
pub fn assert_previous_site_kept(site: &Path, out: &Path, before: &[(String, Vec<u8>)]) {
    assert!(
        snapshot_tree(out) == before,
        "the previous site was changed"
    );
    assert!(leftovers(site).is_empty(), "{:?}", leftovers(site));
}

/// Hidden entries (`.public.staging-…`, `.public.old-…`) next to the output; the output's lock
/// file (`.public.lock`, kept like Hugo's `.hugo_build.lock`) and the picture cache
/// (`.wijk-cache`) are not ones.
pub fn leftovers(parent: &Path) -> Vec<String> {
    std::fs::read_dir(parent)
        .unwrap()
        .filter_map(Result::ok)
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with('.') && !n.ends_with(".lock") && n != ".wijk-cache")
        .collect()
}

/// The `pictures: N processed, M from the cache` of a build's summary line.
pub fn picture_counts(stderr: &[u8]) -> (usize, usize) {
    let text = String::from_utf8_lossy(stderr);
    let line = text
        .lines()
        .find(|l| l.contains("pictures:"))
        .unwrap_or_else(|| panic!("{text}"));
    let n: Vec<usize> = line
        .rsplit("pictures:")
        .next()
        .unwrap()
        .split(|c: char| !c.is_ascii_digit())
        .filter_map(|s| s.parse().ok())
        .collect();
    (n[0], n[1])
}
