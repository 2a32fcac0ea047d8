//! The vendored Decap CMS: every file listed in SHA256SUMS with its SHA-256, nothing unlisted,
//! the pinned version and its licence; `build` refuses a damaged copy.

use std::collections::BTreeSet;
use std::path::PathBuf;
use wijk::cms::vendor::{read_verified, sha256_hex, DECAP_VERSION, SUMS_FILE, VENDOR_DIR};

fn dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(VENDOR_DIR)
}

#[test]
fn accepts_the_vendored_files_with_their_sha256() {
    let sums = std::fs::read_to_string(dir().join(SUMS_FILE)).unwrap();
    let mut listed = BTreeSet::new();
    for line in sums.lines() {
        let (hash, name) = line.split_once("  ").unwrap();
        let bytes = std::fs::read(dir().join(name)).unwrap();
        assert_eq!(sha256_hex(&bytes), hash, "{name} differs from SHA256SUMS");
        listed.insert(name.to_string());
    }
    let present: BTreeSet<String> = std::fs::read_dir(dir())
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .filter(|n| n != SUMS_FILE && n != "README.md")
        .collect();
    assert_eq!(
        listed, present,
        "every vendored file is listed, and only those"
    );
    for name in [
        "decap-cms.js",
        "LICENSE",
        "decap-cms.js.LICENSE.txt",
        "package.json",
    ] {
        assert!(listed.contains(name), "{name} is vendored");
    }
    assert_eq!(read_verified(&dir()).unwrap().len(), listed.len());
}

#[test]
fn accepts_the_pinned_version_and_its_mit_licence() {
    let package: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(dir().join("package.json")).unwrap())
            .unwrap();
    assert_eq!(package["name"], "decap-cms");
    assert_eq!(package["version"], DECAP_VERSION);
    assert_eq!(package["license"], "MIT");
    let licence = std::fs::read_to_string(dir().join("LICENSE")).unwrap();
    assert!(licence.contains("MIT License") && licence.contains("Permission is hereby granted"));
    let readme = std::fs::read_to_string(dir().join("README.md")).unwrap();
    assert!(readme.contains(&format!("decap-cms@{DECAP_VERSION}")));
}

#[test]
fn rejects_a_changed_vendored_file() {
    let copy = tempfile::tempdir().unwrap();
    for e in std::fs::read_dir(dir()).unwrap() {
        let e = e.unwrap();
        std::fs::copy(e.path(), copy.path().join(e.file_name())).unwrap();
    }
    let js = copy.path().join("decap-cms.js");
    let mut bytes = std::fs::read(&js).unwrap();
    bytes.extend_from_slice(b"\n;alert(1)");
    std::fs::write(&js, bytes).unwrap();
    let err = read_verified(copy.path()).unwrap_err().to_string();
    assert!(
        err.contains("decap-cms.js") && err.contains("SHA256SUMS"),
        "{err}"
    );
}

#[test]
fn rejects_a_sums_line_outside_the_folder() {
    let copy = tempfile::tempdir().unwrap();
    std::fs::write(
        copy.path().join(SUMS_FILE),
        format!("{}  ../secret\n", "0".repeat(64)),
    )
    .unwrap();
    let err = read_verified(copy.path()).unwrap_err().to_string();
    assert!(err.contains("line 1"), "{err}");
}

#[test]
fn accepts_the_built_in_editor_as_the_vendored_files() {
    let built_in = wijk::cms::vendor::embedded().unwrap();
    assert_eq!(built_in, read_verified(&dir()).unwrap());
    let sums: Vec<(&str, &str)> = wijk::cms::vendor::embedded_sums().collect();
    assert_eq!(sums.len(), built_in.len());
    for (name, hash) in sums {
        let bytes = &built_in.iter().find(|(n, _)| n == name).unwrap().1;
        assert_eq!(sha256_hex(bytes), hash, "{name}");
    }
}

#[test]
fn accepts_a_site_root_without_vendor_folder_with_the_built_in_editor() {
    let root = tempfile::tempdir().unwrap();
    let files = wijk::cms::vendor::for_root(root.path()).unwrap();
    assert!(files.iter().any(|(n, _)| n == "decap-cms.js"));
    assert_eq!(files, wijk::cms::vendor::embedded().unwrap());
}

#[test]
fn accepts_a_site_root_s_own_editor_in_place_of_the_built_in_one() {
    let root = tempfile::tempdir().unwrap();
    let own = root.path().join(VENDOR_DIR);
    std::fs::create_dir_all(&own).unwrap();
    std::fs::write(own.join("decap-cms.js"), "/* another version */").unwrap();
    let sums = format!("{}  decap-cms.js\n", sha256_hex(b"/* another version */"));
    std::fs::write(own.join(SUMS_FILE), sums).unwrap();
    let files = wijk::cms::vendor::for_root(root.path()).unwrap();
    assert_eq!(
        files,
        vec![(
            "decap-cms.js".to_string(),
            b"/* another version */".to_vec()
        )]
    );
    // A damaged override is refused, not replaced by the built-in editor.
    std::fs::write(own.join("decap-cms.js"), "/* changed */").unwrap();
    assert!(wijk::cms::vendor::for_root(root.path()).is_err());
}
