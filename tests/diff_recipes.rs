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
    let diff_steps = serde_json::to_string(&check["jobs"]["diff"]["steps"]).unwrap();
    assert!(diff_steps.contains("<!-- wijk-diff -->"), "{diff_steps}");
    let comment = yaml("examples/workflows/comment.yml");
    let comment_steps = serde_json::to_string(&comment["jobs"]["comment"]["steps"]).unwrap();
    assert!(comment_steps.contains("--method PATCH"), "{comment_steps}");
}

/// Every GitHub workflow: the examples and the release of wijk itself.
const GITHUB_WORKFLOWS: [&str; 5] = [
    "examples/workflows/check.yml",
    "examples/workflows/comment.yml",
    "examples/workflows/publish.yml",
    "examples/workflows/notify.yml",
    ".github/workflows/release.yml",
];

/// The permissions a job holds, as `scope: level` pairs.
fn permissions(job: &Value) -> Vec<String> {
    let p = job["permissions"].as_object();
    let p = p.unwrap_or_else(|| panic!("a job without its own permissions: {job}"));
    let mut out: Vec<String> = p
        .iter()
        .map(|(k, v)| format!("{k}: {}", v.as_str().unwrap()))
        .collect();
    out.sort();
    out
}

#[test]
fn rejects_a_writing_token_in_a_job_that_runs_the_content_or_the_build() {
    for file in GITHUB_WORKFLOWS {
        let workflow = yaml(file);
        assert_eq!(
            workflow["permissions"],
            serde_json::json!({}),
            "{file}: nothing by default"
        );
        for (name, job) in workflow["jobs"].as_object().unwrap() {
            let steps = serde_json::to_string(&job["steps"]).unwrap();
            let runs_code = steps.contains("actions/checkout")
                || steps.contains("wijk build")
                || steps.contains("cargo build");
            for p in permissions(job) {
                let writes = p.ends_with(": write");
                assert!(!(writes && runs_code), "{file}: job {name} has {p}");
                assert!(
                    !writes
                        || ["pages", "id-token", "contents", "pull-requests"]
                            .contains(&p.split(':').next().unwrap()),
                    "{file}: job {name} has {p}"
                );
            }
            for step in job["steps"].as_array().unwrap() {
                if step["uses"]
                    .as_str()
                    .is_some_and(|u| u.starts_with("actions/checkout"))
                {
                    assert_eq!(
                        step["with"]["persist-credentials"],
                        Value::Bool(false),
                        "{file}: job {name} leaves the token in .git/config"
                    );
                }
            }
        }
    }
    let publish = yaml("examples/workflows/publish.yml");
    assert_eq!(
        permissions(&publish["jobs"]["deploy"]),
        ["id-token: write", "pages: write"]
    );
    assert_eq!(permissions(&publish["jobs"]["build"]), ["contents: read"]);
    let release = yaml(".github/workflows/release.yml");
    assert_eq!(
        permissions(&release["jobs"]["release"]),
        ["contents: write"]
    );
    assert_eq!(permissions(&release["jobs"]["linux"]), ["contents: read"]);
}

/// A GitLab API on 127.0.0.1 for the note lookup: `GET /user` is user 7; the notes come in pages
/// of `per_page`, the marker first in a note of user 9 on page 1, then in user 7's note 4242 on
/// page 2; page 3 is empty. Returns the API root.
fn gitlab_api() -> String {
    use std::io::{BufRead, BufReader, Write};
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let root = format!("http://{}/api/v4", listener.local_addr().unwrap());
    std::thread::spawn(move || {
        for stream in listener.incoming() {
            let mut stream = stream.unwrap();
            let mut reader = BufReader::new(&stream);
            let mut line = String::new();
            reader.read_line(&mut line).unwrap();
            // The rest of the head, so that closing does not reset the connection.
            let mut header = String::new();
            while reader.read_line(&mut header).unwrap_or(0) > 2 {
                header.clear();
            }
            let page = line
                .split(['&', '?', ' '])
                .find_map(|p| p.strip_prefix("page="))
                .unwrap_or("1");
            let note = |id: u32, author: u32, body: &str| serde_json::json!({"id": id, "author": {"id": author}, "body": body});
            let body = if line.contains("/user ") {
                serde_json::json!({"id": 7})
            } else if page == "1" {
                let mut notes = vec![note(1, 9, "<!-- wijk-diff -->\nforged")];
                notes.extend((2..101).map(|i| note(i, 8, "a review")));
                Value::Array(notes)
            } else if page == "2" {
                Value::Array(vec![note(4242, 7, "<!-- wijk-diff -->\n## ours")])
            } else {
                Value::Array(Vec::new())
            };
            let body = body.to_string();
            let _ = write!(
                stream,
                "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
                body.len()
            );
        }
    });
    root
}

#[test]
fn accepts_only_its_own_note_on_gitlab_whatever_page_it_is_on() {
    let gitlab = yaml("examples/workflows/gitlab-ci.yml");
    let script: Vec<&str> = gitlab["comment"]["script"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(Value::as_str)
        .collect();
    let from = script.iter().position(|l| l.starts_with("API=")).unwrap();
    let to = script
        .iter()
        .position(|l| l.starts_with("find_note()"))
        .unwrap();
    let lookup = format!(
        "{}\nfind_note 5\necho \"found:$ID\"",
        script[from..=to].join("\n")
    );
    let out = Command::new("bash")
        .args(["--noprofile", "--norc", "-eo", "pipefail", "-c", &lookup])
        .env_clear()
        .env("PATH", std::env::var("PATH").unwrap())
        .env("CI_API_V4_URL", gitlab_api())
        .env("CI_PROJECT_ID", "3")
        .env("GITLAB_TOKEN", "t")
        .output()
        .unwrap();
    let log =
        String::from_utf8_lossy(&out.stdout).to_string() + &String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{log}");
    assert!(log.contains("found:4242\n"), "{log}");
}
