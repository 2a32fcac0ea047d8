//! `build` under faults: killed at random points, a full disk, a second build of the same output,
//! readers looking at the output during the swap. The output folder is at every moment the
//! complete old site or the complete new one.
#![cfg(target_os = "linux")]

use crate::build_support::{leftovers, site_copy, snapshot_tree};
use std::os::unix::process::CommandExt;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::Instant;

/// A copy of `build-small` with `n` more projects, so that a build takes a while.
fn large_site(n: usize) -> tempfile::TempDir {
    let site = site_copy("build-small");
    let dir = site.path().join("content/districts/bervoets/projects");
    let text = std::fs::read_to_string(dir.join("compost.md"))
        .unwrap()
        .replace("  granted: 690\n", "  granted: 0\n")
        .replace("amount: 690", "amount: 1");
    for i in 0..n {
        let body = text.replace("Compost de quartier", &format!("Compost {i}"));
        std::fs::write(dir.join(format!("compost-{i:04}.md")), body).unwrap();
    }
    site
}

fn build_cmd(root: &Path, out: &Path) -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_wijk"));
    c.env("WIJK_LANG", "en");
    c.args([
        "--root",
        root.to_str().unwrap(),
        "build",
        "--out",
        out.to_str().unwrap(),
    ])
    .env("NO_COLOR", "1")
    .env_remove("WIJK_REVIEWER_EMAILS")
    .stdout(Stdio::piped())
    .stderr(Stdio::piped());
    c
}

fn build_ok(root: &Path, out: &Path) {
    let o = build_cmd(root, out).output().unwrap();
    assert_eq!(
        o.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
}

/// Changes every project's title so that the next build differs from the last.
fn edit_titles(root: &Path, from: &str, to: &str) {
    let dir = root.join("content/districts/bervoets/projects");
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        let t = std::fs::read_to_string(&p).unwrap();
        std::fs::write(&p, t.replace(from, to)).unwrap();
    }
}

#[test]
fn a_build_killed_at_random_points_leaves_the_old_or_the_new_site() {
    let site = large_site(200);
    let root = site.path();
    let out = root.join("public");
    build_ok(root, &out);
    let old = snapshot_tree(&out);
    edit_titles(root, "Compost ", "Kompost ");
    let reference = root.join("reference");
    build_ok(root, &reference);
    let new = snapshot_tree(&reference);
    assert_ne!(old, new);
    let start = Instant::now();
    build_ok(root, &root.join("timing"));
    let full = start.elapsed();
    // A simple generator, seeded by the clock: the points differ between runs.
    let mut seed = u64::from(std::process::id()) ^ start.elapsed().as_nanos() as u64;
    let mut kills = 0;
    for _ in 0..10 {
        seed = seed
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        let at = full.mul_f64((seed >> 11) as f64 / (1u64 << 53) as f64 * 1.2);
        let mut child = build_cmd(root, &out).spawn().unwrap();
        std::thread::sleep(at);
        if child.try_wait().unwrap().is_none() {
            child.kill().unwrap();
            kills += 1;
        }
        child.wait().unwrap();
        let now = snapshot_tree(&out);
        assert!(
            now == old || now == new,
            "a kill after {at:?} left a mixed site"
        );
    }
    assert!(kills > 0, "no build was killed (builds take {full:?})");
    // The next build clears what the killed ones left and publishes the new site.
    build_ok(root, &out);
    assert!(snapshot_tree(&out) == new);
    assert!(leftovers(root).is_empty(), "{:?}", leftovers(root));
}

#[test]
fn the_output_is_never_missing_while_a_new_site_is_swapped_in() {
    let site = site_copy("build-small");
    let root = site.path().to_path_buf();
    let out = root.join("public");
    build_ok(&root, &out);
    let stop = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    let watcher = {
        let (stop, index) = (stop.clone(), out.join("index.html"));
        std::thread::spawn(move || {
            let mut missing = 0;
            while !stop.load(std::sync::atomic::Ordering::Relaxed) {
                if std::fs::symlink_metadata(&index).is_err() {
                    missing += 1;
                }
            }
            missing
        })
    };
    for _ in 0..15 {
        build_ok(&root, &out);
    }
    stop.store(true, std::sync::atomic::Ordering::Relaxed);
    assert_eq!(
        watcher.join().unwrap(),
        0,
        "the output was missing during a swap"
    );
}

#[test]
fn rejects_a_second_build_of_the_same_output_while_one_runs() {
    let site = site_copy("build-small");
    let root = site.path();
    let out = root.join("public");
    build_ok(root, &out);
    let before = snapshot_tree(&out);
    // Another build holds the output's lock.
    let lock = std::fs::File::open(root.join(".public.lock")).unwrap();
    lock.try_lock().unwrap();
    let o = build_cmd(root, &out).output().unwrap();
    let err = String::from_utf8_lossy(&o.stderr);
    assert_eq!(o.status.code(), Some(2), "{err}");
    assert_eq!(err.trim().lines().count(), 1, "{err}");
    assert!(err.contains("another wijk build"), "{err}");
    assert!(snapshot_tree(&out) == before);
    drop(lock);
    build_ok(root, &out);
}

#[test]
fn rejects_two_builds_racing_into_one_output_without_mixing_them() {
    let site = large_site(150);
    let root = site.path();
    let out = root.join("public");
    let reference = root.join("reference");
    build_ok(root, &reference);
    let expected = snapshot_tree(&reference);
    let a = build_cmd(root, &out).spawn().unwrap();
    let b = build_cmd(root, &out).spawn().unwrap();
    let (a, b) = (a.wait_with_output().unwrap(), b.wait_with_output().unwrap());
    let codes = [a.status.code(), b.status.code()];
    assert!(codes.contains(&Some(0)), "{codes:?}");
    assert!(
        codes.iter().all(|c| *c == Some(0) || *c == Some(2)),
        "{codes:?}"
    );
    assert!(
        snapshot_tree(&out) == expected,
        "the output is not one complete site"
    );
}

#[test]
fn a_full_disk_gives_exit_2_one_line_and_keeps_the_previous_site() {
    let site = large_site(50);
    let root = site.path();
    let out = root.join("public");
    build_ok(root, &out);
    let before = snapshot_tree(&out);
    edit_titles(root, "Compost ", "Kompost ");
    let mut cmd = build_cmd(root, &out);
    // SAFETY: async-signal-safe calls only, between fork and exec.
    unsafe {
        cmd.pre_exec(|| {
            // Writes past 20 KiB fail (EFBIG) as on a full disk, instead of killing the process.
            libc::signal(libc::SIGXFSZ, libc::SIG_IGN);
            let lim = libc::rlimit {
                rlim_cur: 20 * 1024,
                rlim_max: 20 * 1024,
            };
            if libc::setrlimit(libc::RLIMIT_FSIZE, &lim) != 0 {
                return Err(std::io::Error::last_os_error());
            }
            Ok(())
        });
    }
    let o = cmd.output().unwrap();
    let err = String::from_utf8_lossy(&o.stderr);
    assert_eq!(o.status.code(), Some(2), "{err}");
    assert_eq!(err.trim().lines().count(), 1, "{err}");
    assert_eq!(err.matches("File too large").count(), 1, "{err}");
    assert!(
        snapshot_tree(&out) == before,
        "the previous site was changed"
    );
    assert!(leftovers(root).is_empty(), "{:?}", leftovers(root));
}

#[test]
fn rejects_a_second_notify_sharing_the_ledger() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("notify.ledger");
    let first = wijk::notify::Ledger::open(&path).unwrap();
    let second = wijk::notify::Ledger::open(&path).unwrap_err().to_string();
    assert!(second.contains("another wijk run"), "{second}");
    drop(first);
    wijk::notify::Ledger::open(&path).unwrap();
}
