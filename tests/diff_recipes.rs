//! The CI recipes in examples/workflows/: their install step downloads the asset the release
//! workflow publishes, verifies its checksum, and refuses a binary that does not match it.

use serde_json::Value;
use sha2::{Digest, Sha256};
use std::path::{Path, PathBuf};
use std::process::Command;

fn repo_file(rel: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(rel)
}

fn yaml(rel: &str) -> Value {
    let text = std::fs::read_to_string(repo_file(rel)).unwrap();
    serde_saphyr::from_str(&text).unwrap_or_else(|e| panic!("{rel}: {e}"))
}

/// The `run` of every step named "install wijk" in a GitHub workflow.
fn install_steps(workflow: &Value) -> Vec<String> {
    let mut out = Vec::new();
    for job in workflow["jobs"].as_object().unwrap().values() {
        for step in job["steps"].as_array().unwrap() {
            if step["name"] == "install wijk" {
                out.push(step["run"].as_str().unwrap().to_string());
            }
        }
    }
    out
}

const VERSION: &str = "0.1.0";
const ASSET: &str = "wijk-0.1.0-x86_64-linux";

/// A fake release folder `<dir>/v0.1.0/` with a binary and its checksum; returns its URL base.
fn release(dir: &Path, binary: &[u8], published_sum_of: &[u8]) -> String {
    let tag = dir.join(format!("v{VERSION}"));
    std::fs::create_dir_all(&tag).unwrap();
    std::fs::write(tag.join(ASSET), binary).unwrap();
    let sum = hex(&Sha256::digest(published_sum_of));
    std::fs::write(
        tag.join(format!("{ASSET}.sha256")),
        format!("{sum}  {ASSET}\n"),
    )
    .unwrap();
    format!("file://{}", dir.display())
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// Runs an install step as GitHub runs `run:` (bash -e -o pipefail) in a fresh HOME.
fn run_step(script: &str, releases: &str, pinned: &str, home: &Path) -> (bool, String) {
    let work = home.join("work");
    std::fs::create_dir_all(&work).unwrap();
    let out = Command::new("bash")
        .args(["--noprofile", "--norc", "-eo", "pipefail", "-c", script])
        .current_dir(&work)
        .env_clear()
        .env("PATH", std::env::var("PATH").unwrap())
        .env("HOME", home)
        .env("GITHUB_PATH", home.join("github_path"))
        .env("WIJK_VERSION", VERSION)
        .env("WIJK_RELEASES", releases)
        .env("WIJK_SHA256", pinned)
        .output()
        .unwrap();
    let log = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    (out.status.success(), log)
}

const BINARY: &[u8] = b"#!/bin/sh\necho wijk 0.1.0\n";

#[test]
fn accepts_the_release_asset_in_every_github_recipe_and_installs_it() {
    for file in ["check.yml", "publish.yml", "notify.yml"] {
        let steps = install_steps(&yaml(&format!("examples/workflows/{file}")));
        assert!(!steps.is_empty(), "{file} has no install step");
        for step in steps {
            assert!(!step.contains("cargo install"), "{file}: {step}");
            let tmp = tempfile::tempdir().unwrap();
            let releases = release(&tmp.path().join("releases"), BINARY, BINARY);
            let home = tmp.path().join("home");
            let (ok, log) = run_step(&step, &releases, "", &home);
            assert!(ok, "{file}: {log}");
            let installed = home.join(".local/bin/wijk");
            let run = Command::new(&installed).output().unwrap();
            assert_eq!(run.stdout, b"wijk 0.1.0\n", "{file}");
            let path = std::fs::read_to_string(home.join("github_path")).unwrap();
            assert_eq!(path.trim(), home.join(".local/bin").to_str().unwrap());
        }
    }
}

#[test]
fn rejects_a_binary_that_does_not_match_its_checksum() {
    let step = install_steps(&yaml("examples/workflows/check.yml")).remove(0);
    let tmp = tempfile::tempdir().unwrap();
    let tampered = release(
        &tmp.path().join("releases"),
        b"#!/bin/sh\necho evil\n",
        BINARY,
    );
    let home = tmp.path().join("home");
    let (ok, log) = run_step(&step, &tampered, "", &home);
    assert!(!ok, "{log}");
    assert!(log.contains("FAILED"), "{log}");
    assert!(!home.join(".local/bin/wijk").exists());
}

#[test]
fn accepts_a_pinned_checksum_over_the_published_one() {
    let step = install_steps(&yaml("examples/workflows/check.yml")).remove(0);
    let tmp = tempfile::tempdir().unwrap();
    let releases = release(&tmp.path().join("releases"), BINARY, BINARY);
    let home = tmp.path().join("home");
    let wrong = hex(&Sha256::digest(b"another build"));
    let (ok, log) = run_step(&step, &releases, &wrong, &home);
    assert!(!ok, "a pinned checksum that differs must fail: {log}");
    let right = hex(&Sha256::digest(BINARY));
    let (ok, log) = run_step(&step, &releases, &right, &home);
    assert!(ok, "{log}");
}

#[test]
fn accepts_the_asset_names_the_release_workflow_publishes() {
    let release = std::fs::read_to_string(repo_file(".github/workflows/release.yml")).unwrap();
    assert!(release.contains(r#"name="wijk-$VERSION-x86_64-linux""#));
    assert!(release.contains(r#"sha256sum "$name" > "$name.sha256""#));
    assert!(release.contains("+crt-static"));
    assert!(release.contains(".ci/static-binary"));
    let gitlab = yaml("examples/workflows/gitlab-ci.yml");
    let install = gitlab["default"]["before_script"].as_array().unwrap();
    let lines: Vec<&str> = install.iter().filter_map(Value::as_str).collect();
    assert!(
        lines.contains(&r#"name="wijk-$WIJK_VERSION-x86_64-linux""#),
        "{lines:?}"
    );
    assert!(
        lines.contains(&r#"sha256sum --check --strict "$name.sha256""#),
        "{lines:?}"
    );
    let check = yaml("examples/workflows/check.yml");
    let diff_steps = check["jobs"]["diff"]["steps"].as_array().unwrap();
    let text = serde_json::to_string(diff_steps).unwrap();
    assert!(
        text.contains("<!-- wijk-diff -->") && text.contains("--method PATCH"),
        "{text}"
    );
}
