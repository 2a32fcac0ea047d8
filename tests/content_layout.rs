//! One content layout for load, the `@/` link check and the URL mapping: what the check accepts, the
//! build publishes as a real page URL; a file name in any script is a diagnostic, never a panic.

mod build_support;

use build_support::{build, read, site_copy, wijk};
use std::path::Path;

fn check_json(root: &Path) -> (Option<i32>, String) {
    let o = wijk(&[
        "--root",
        root.to_str().unwrap(),
        "check",
        "--format",
        "json",
    ]);
    let stderr = String::from_utf8_lossy(&o.stderr);
    assert!(!stderr.contains("panicked"), "{stderr}");
    (
        o.status.code(),
        String::from_utf8_lossy(&o.stdout).into_owned(),
    )
}

#[test]
fn rejects_a_meeting_name_with_a_multibyte_character_without_panicking() {
    let site = site_copy("build-small");
    let from = site.path().join("content/meetings/2024-03-14-compost.md");
    for name in [
        "2024-03-1é-compost.md",
        "é.md",
        "2024-03-14é.md",
        "2024-03-14-.md",
    ] {
        let to = site.path().join("content/meetings").join(name);
        std::fs::copy(&from, &to).unwrap();
        let (code, json) = check_json(site.path());
        assert_eq!(code, Some(1), "{name}: {json}");
        assert!(
            json.contains("id.invalid") && json.contains(name),
            "{name}: {json}"
        );
        std::fs::remove_file(&to).unwrap();
    }
}

#[test]
fn links_to_a_translation_file_lead_to_its_page_in_the_reader_s_language() {
    let site = site_copy("build-small");
    let about = site.path().join("content/pages/about.md");
    let text = std::fs::read_to_string(&about).unwrap();
    std::fs::write(
        &about,
        format!(
            "{text}\nVoir [le potager](@/districts/bervoets/projects/potager.nl.md#plan) \
             et [la commune](@/districts/bervoets/district.nl.md).\n"
        ),
    )
    .unwrap();
    let (code, json) = check_json(site.path());
    assert_eq!(code, Some(0), "{json}");
    let out = site.path().join("public");
    let o = build(site.path(), &out);
    assert_eq!(
        o.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    let html = read(&out, "fr/pages/about/index.html");
    assert!(!html.contains("@/"), "an unresolved link was published");
    assert!(
        html.contains("href=\"/fr/districts/bervoets/potager/#plan\""),
        "{html}"
    );
    assert!(html.contains("href=\"/fr/districts/bervoets/\""), "{html}");
}

#[test]
fn rejects_links_the_layout_does_not_know() {
    let site = site_copy("build-small");
    let about = site.path().join("content/pages/about.md");
    let text = std::fs::read_to_string(&about).unwrap();
    for target in [
        "districts/nowhere/district.nl.md",
        "districts/bervoets/notes.md",
        "districts/bervoets/projects/ghost.nl.md",
        "pages/../pages/about.md",
    ] {
        std::fs::write(&about, format!("{text}\n[x](@/{target})\n")).unwrap();
        let (code, json) = check_json(site.path());
        assert_eq!(code, Some(1), "{target}: {json}");
        assert!(json.contains("link.broken"), "{target}: {json}");
    }
}

#[test]
fn a_panic_prints_one_line_naming_the_file_and_exits_2() {
    let site = site_copy("build-small");
    let file = "content/districts/bervoets/projects/compost.md";
    for args in [vec!["check"], vec!["build", "--out", "public"]] {
        let o = std::process::Command::new(env!("CARGO_BIN_EXE_wijk"))
            .arg("--root")
            .arg(site.path())
            .args(&args)
            .current_dir(site.path())
            .env("WIJK_TEST_PANIC_ON", file)
            .output()
            .unwrap();
        let err = String::from_utf8_lossy(&o.stderr);
        assert_eq!(o.status.code(), Some(2), "{args:?}: {err}");
        assert_eq!(err.trim().lines().count(), 1, "{args:?}: {err}");
        assert!(
            err.contains(file) && err.contains("this is a bug in wijk"),
            "{args:?}: {err}"
        );
        assert!(!site.path().join("public").exists());
    }
    let o = std::process::Command::new(env!("CARGO_BIN_EXE_wijk"))
        .arg("--root")
        .arg(site.path())
        .args(["build", "--out", "public"])
        .current_dir(site.path())
        .env("WIJK_TEST_PANIC_ON", "page /nl/districts/bervoets/compost/")
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&o.stderr);
    assert_eq!(o.status.code(), Some(2), "{err}");
    assert!(err.contains("nl/districts/bervoets/compost/") && err.contains("bug in wijk"));
    assert!(
        !site.path().join("public").exists(),
        "a half-built site was published"
    );
}
