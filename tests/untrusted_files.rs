//! Hostile files under a site root: a link to the process environment or to an endless device must
//! never be opened, quoted, or read without bound, whatever the output format.
#![cfg(unix)]

mod fixture_site;

use fixture_site::Site;
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

const SECRET: &str = "wijk-test-secret-4f1c9a";

/// Runs `wijk --root <site> <args>` with SECRET_TOKEN in its environment, killing it when it runs
/// over 30 s or its resident memory passes 512 MiB.
fn run_bounded(site: &Site, args: &[&str]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_wijk"))
        .arg("--root")
        .arg(site.root())
        .args(args)
        .env("NO_COLOR", "1")
        .env("WIJK_LANG", "en")
        .env("SECRET_TOKEN", SECRET)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let start = Instant::now();
    // The pipes are drained by threads so a large output never blocks the child.
    let mut out_pipe = child.stdout.take().unwrap();
    let mut err_pipe = child.stderr.take().unwrap();
    let out_t = std::thread::spawn(move || {
        let mut v = Vec::new();
        std::io::Read::read_to_end(&mut out_pipe, &mut v).ok();
        v
    });
    let err_t = std::thread::spawn(move || {
        let mut v = Vec::new();
        std::io::Read::read_to_end(&mut err_pipe, &mut v).ok();
        v
    });
    let status = loop {
        if let Some(s) = child.try_wait().unwrap() {
            break s;
        }
        let rss = resident_kib(child.id());
        if start.elapsed() > Duration::from_secs(30) || rss > 512 * 1024 {
            let _ = child.kill();
            let _ = child.wait();
            panic!(
                "wijk {args:?} unbounded: {:?}, {rss} KiB resident",
                start.elapsed()
            );
        }
        std::thread::sleep(Duration::from_millis(10));
    };
    Output {
        status,
        stdout: out_t.join().unwrap(),
        stderr: err_t.join().unwrap(),
    }
}

fn resident_kib(pid: u32) -> u64 {
    std::fs::read_to_string(format!("/proc/{pid}/status"))
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmRSS:"))
                .and_then(|l| l.split_whitespace().nth(1)?.parse().ok())
        })
        .unwrap_or(0)
}

fn assert_no_secret(o: &Output) {
    for (name, bytes) in [("stdout", &o.stdout), ("stderr", &o.stderr)] {
        let text = String::from_utf8_lossy(bytes);
        assert!(
            !text.contains(SECRET) && !text.contains("SECRET_TOKEN"),
            "{name} quotes the link's target: {text}"
        );
        assert!(!text.contains("panicked"), "{name}: {text}");
    }
}

fn link(site: &Site, target: &str, rel: &str) {
    let path = site.root().join(rel);
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    let _ = std::fs::remove_file(&path);
    std::os::unix::fs::symlink(target, path).unwrap();
}

#[test]
fn rejects_a_link_to_the_environment_without_quoting_it() {
    let s = Site::base();
    link(&s, "/proc/self/environ", "content/pages/env.md");
    link(
        &s,
        "/proc/self/environ",
        "content/districts/wiels/assets/env.png",
    );
    link(&s, "/proc/self/environ", "data/themes.yaml");
    for format in ["human", "json", "github"] {
        let o = run_bounded(&s, &["check", "--format", format]);
        assert_eq!(o.status.code(), Some(1), "{format}");
        assert_no_secret(&o);
        let all = format!(
            "{}{}",
            String::from_utf8_lossy(&o.stdout),
            String::from_utf8_lossy(&o.stderr)
        );
        assert!(
            all.contains("file.symlink") && all.contains("content/pages/env.md"),
            "{format}: {all}"
        );
    }
    let out = tempfile::tempdir().unwrap();
    let o = run_bounded(
        &s,
        &[
            "build",
            "--out",
            out.path().join("public").to_str().unwrap(),
        ],
    );
    assert_eq!(o.status.code(), Some(1));
    assert_no_secret(&o);
}

#[test]
fn rejects_a_link_to_an_endless_device_in_bounded_time_and_memory() {
    let s = Site::base();
    link(&s, "/dev/zero", "content/pages/zero.md");
    link(&s, "/dev/zero", "data/communes.yaml");
    link(&s, "/dev/urandom", "content/districts/wiels/district.nl.md");
    for format in ["human", "json"] {
        let o = run_bounded(&s, &["check", "--format", format]);
        assert_eq!(o.status.code(), Some(1), "{format}");
        let all = String::from_utf8_lossy(&o.stdout).into_owned();
        assert!(all.contains("content/pages/zero.md"), "{all}");
    }
}

#[test]
fn rejects_a_fifo_under_content_without_blocking() {
    let s = Site::base();
    let fifo = s.root().join("content/pages/pipe.md");
    let c = std::ffi::CString::new(fifo.to_str().unwrap()).unwrap();
    assert_eq!(unsafe { libc::mkfifo(c.as_ptr(), 0o644) }, 0);
    let o = run_bounded(&s, &["check", "--format", "json"]);
    assert_eq!(o.status.code(), Some(1));
    let out = String::from_utf8_lossy(&o.stdout);
    assert!(
        out.contains("content/pages/pipe.md") && out.contains("file.symlink"),
        "{out}"
    );
}

#[test]
fn the_reader_refuses_devices_links_and_fifos_by_the_opened_file() {
    use wijk::load::{read_bytes, read_text, ReadError};
    let dir = tempfile::tempdir().unwrap();
    assert!(matches!(
        read_text(std::path::Path::new("/dev/zero")),
        Err(ReadError::NotRegular)
    ));
    // Refused for what it is, before a byte is read (not after reading up to the size cap).
    let refused = read_bytes(std::path::Path::new("/dev/zero")).unwrap_err();
    assert_eq!(refused.to_string(), ReadError::NotRegular.to_string());
    let fifo = dir.path().join("f");
    let c = std::ffi::CString::new(fifo.to_str().unwrap()).unwrap();
    assert_eq!(unsafe { libc::mkfifo(c.as_ptr(), 0o644) }, 0);
    assert!(matches!(read_text(&fifo), Err(ReadError::NotRegular)));
    let l = dir.path().join("l");
    std::os::unix::fs::symlink("/proc/self/environ", &l).unwrap();
    assert!(matches!(read_text(&l), Err(ReadError::Symlink)));
}

#[test]
fn leaves_hidden_files_and_backups_out_of_the_site() {
    let s = Site::fixture("build-small");
    let theme = fixture_site::manifest_dir().join("themes/default");
    fixture_site::copy_dir(&theme, &s.root().join("themes/default"));
    let assets = s.root().join("content/districts/bervoets/assets");
    std::fs::create_dir_all(assets.join(".hidden")).unwrap();
    std::fs::write(assets.join(".env"), format!("TOKEN={SECRET}")).unwrap();
    std::fs::write(assets.join(".hidden/x.png"), SECRET).unwrap();
    std::fs::write(assets.join("plan.pdf~"), SECRET).unwrap();
    std::fs::write(assets.join("#plan.pdf#"), SECRET).unwrap();
    std::fs::write(assets.join("plan.pdf"), b"%PDF-1.4\n%%EOF\n").unwrap();
    let about = s.root().join("content/pages/about.md");
    let text = std::fs::read_to_string(&about).unwrap();
    std::fs::write(
        &about,
        text + "\n[Le plan](../districts/bervoets/assets/plan.pdf)\n",
    )
    .unwrap();
    std::fs::write(s.root().join("content/pages/.draft.md"), "not front matter").unwrap();
    let out = s.root().join("public");
    let o = run_bounded(&s, &["build", "--out", out.to_str().unwrap()]);
    assert_eq!(
        o.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    let media = out.join("media/districts/bervoets/assets");
    assert!(media.join("plan.pdf").is_file());
    let mut published: Vec<String> = std::fs::read_dir(&media)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    published.sort();
    // The picture as its resized copy (the original is never published), the document as it is.
    assert_eq!(published.len(), 2, "{published:?}");
    assert!(published[0].starts_with("bacs-") && published[0].ends_with("-64.png"));
    assert_eq!(published[1], "plan.pdf");
    let all = build_support_snapshot(&out);
    assert!(!all.contains(SECRET), "a hidden file was published");
}

#[test]
fn rejects_a_file_name_that_is_not_utf8() {
    use std::os::unix::ffi::OsStrExt;
    let s = Site::base();
    let name = std::ffi::OsStr::from_bytes(b"caf\xe9.png");
    let dir = s.root().join("content/pages");
    std::fs::write(dir.join(name), "x").unwrap();
    std::fs::create_dir(dir.join(std::ffi::OsStr::from_bytes(b"d\xff"))).unwrap();
    let o = run_bounded(&s, &["check", "--format", "json"]);
    assert_eq!(o.status.code(), Some(1));
    let out = String::from_utf8_lossy(&o.stdout);
    assert_eq!(out.matches("file.encoding").count(), 2, "{out}");
    assert!(out.contains("not valid UTF-8"), "{out}");
}

/// Every file of `dir` concatenated, lossily, to look for a string in the whole output.
fn build_support_snapshot(dir: &std::path::Path) -> String {
    let mut all = String::new();
    for e in walkdir::WalkDir::new(dir).into_iter().flatten() {
        if e.file_type().is_file() {
            all.push_str(&String::from_utf8_lossy(&std::fs::read(e.path()).unwrap()));
        }
    }
    all
}
