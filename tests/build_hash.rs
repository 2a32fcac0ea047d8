//! The example site's output, hashed: optimisations of loading and rendering must leave every
//! byte as it was. When a change of output is intended (a template, the example content), review
//! the new output, then record its hash with `WIJK_UPDATE_HASH=1 cargo test --test build_hash`.

mod build_support;

use build_support::*;
use sha2::{Digest, Sha256};
use std::path::Path;

const RECORDED: &str = "tests/snapshots/example-site.sha256";

fn hash_tree(dir: &Path) -> String {
    let mut h = Sha256::new();
    for (path, bytes) in snapshot_tree(dir) {
        h.update(path.as_bytes());
        h.update([0]);
        h.update(bytes);
        h.update([0]);
    }
    h.finalize().iter().map(|b| format!("{b:02x}")).collect()
}

#[test]
fn the_example_site_is_byte_identical_to_the_recorded_build() {
    let out = tempfile::tempdir().unwrap();
    build_lib(&crate_root(), &out.path().join("public"), None);
    let hash = hash_tree(&out.path().join("public"));
    let recorded_path = crate_root().join(RECORDED);
    if std::env::var_os("WIJK_UPDATE_HASH").is_some() {
        std::fs::write(&recorded_path, format!("{hash}\n")).unwrap();
    }
    let recorded = std::fs::read_to_string(&recorded_path).unwrap();
    assert_eq!(
        recorded.trim(),
        hash,
        "the example site's output changed; if intended, review it and run WIJK_UPDATE_HASH=1 cargo test --test build_hash"
    );
}
