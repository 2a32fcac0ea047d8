//! The example site's output, hashed: optimisations of loading and rendering must leave every
//! byte as it was. One pinned value (`tests/snapshots/example-site.sha256`, the hash of every path
//! and its bytes) says whether anything changed; a manifest beside it
//! (`example-site.files`, one `sha256  path` line a file) says which file changed first. When a
//! change of output is intended (a template, the example content), review the new output, then
//! record both with `WIJK_UPDATE_HASH=1 cargo test --test build hash::`.

use crate::build_support::*;
use sha2::{Digest, Sha256};

const RECORDED: &str = "tests/snapshots/example-site.sha256";
const MANIFEST: &str = "tests/snapshots/example-site.files";
const UPDATE: &str =
    "if intended, review it and run WIJK_UPDATE_HASH=1 cargo test --test build hash::";

fn hex(digest: impl AsRef<[u8]>) -> String {
    digest.as_ref().iter().map(|b| format!("{b:02x}")).collect()
}

/// The hash of the whole tree, and its manifest: `sha256  path` per file, sorted by path.
fn hash_tree(files: &[(String, Vec<u8>)]) -> (String, String) {
    let mut h = Sha256::new();
    let mut manifest = String::new();
    for (path, bytes) in files {
        h.update(path.as_bytes());
        h.update([0]);
        h.update(bytes);
        h.update([0]);
        manifest.push_str(&format!("{}  {path}\n", hex(Sha256::digest(bytes))));
    }
    (hex(h.finalize()), manifest)
}

/// The first path whose line differs between two manifests, and how (changed, added, removed).
fn first_difference(recorded: &str, now: &str) -> Option<String> {
    let parse = |m: &str| -> Vec<(String, String)> {
        m.lines()
            .filter_map(|l| l.split_once("  "))
            .map(|(h, p)| (p.to_string(), h.to_string()))
            .collect()
    };
    let (old, new) = (parse(recorded), parse(now));
    let (mut i, mut j) = (0, 0);
    while i < old.len() || j < new.len() {
        match (old.get(i), new.get(j)) {
            (Some(o), Some(n)) if o.0 == n.0 => {
                if o.1 != n.1 {
                    return Some(format!("{} changed", n.0));
                }
                i += 1;
                j += 1;
            }
            (Some(o), Some(n)) if o.0 < n.0 => return Some(format!("{} removed", o.0)),
            (Some(o), None) => return Some(format!("{} removed", o.0)),
            (_, Some(n)) => return Some(format!("{} added", n.0)),
            (None, None) => break,
        }
    }
    None
}

#[test]
fn the_example_site_is_byte_identical_to_the_recorded_build() {
    let out = tempfile::tempdir().unwrap();
    build_lib(&crate_root(), &out.path().join("public"), None);
    let (hash, manifest) = hash_tree(&snapshot_tree(&out.path().join("public")));
    let (recorded_path, manifest_path) = (crate_root().join(RECORDED), crate_root().join(MANIFEST));
    if std::env::var_os("WIJK_UPDATE_HASH").is_some() {
        std::fs::write(&recorded_path, format!("{hash}\n")).unwrap();
        std::fs::write(&manifest_path, &manifest).unwrap();
    }
    let recorded = std::fs::read_to_string(&recorded_path).unwrap();
    let recorded_manifest = std::fs::read_to_string(&manifest_path).unwrap_or_default();
    let first = first_difference(&recorded_manifest, &manifest);
    assert!(
        recorded.trim() == hash,
        "the example site's output changed (first: {}); {UPDATE}",
        first
            .as_deref()
            .unwrap_or("no file differs from the manifest, which is stale")
    );
    assert!(
        first.is_none(),
        "the pinned hash matches but {MANIFEST} does not ({}); run WIJK_UPDATE_HASH=1 cargo test --test build hash::",
        first.unwrap_or_default()
    );
}

#[test]
fn the_first_difference_names_the_file() {
    let old = "aa  a.html\nbb  b.html\ncc  c.html\n";
    assert_eq!(first_difference(old, old), None);
    let changed = "aa  a.html\nbx  b.html\ncx  c.html\n";
    assert_eq!(first_difference(old, changed).unwrap(), "b.html changed");
    let removed = "aa  a.html\ncc  c.html\n";
    assert_eq!(first_difference(old, removed).unwrap(), "b.html removed");
    let added = "aa  a.html\nab  ab.html\nbb  b.html\ncc  c.html\n";
    assert_eq!(first_difference(old, added).unwrap(), "ab.html added");
    assert_eq!(
        first_difference(old, "aa  a.html\n").unwrap(),
        "b.html removed"
    );
    assert_eq!(
        first_difference("", "aa  a.html\n").unwrap(),
        "a.html added"
    );
}
