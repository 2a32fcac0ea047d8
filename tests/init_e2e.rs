//! A programme started from the binary alone: in an empty folder, with only wijk, git and tar on
//! the PATH (no cargo, no source tree, no `vendor/`), `init` → `check` → `build` with `editing:` (the
//! editor under `/admin/`, its files those whose SHA-256 wijk embedded) → `new` → commit → change
//! → `diff` → `notify --outbox`, and `schema` and `cms`. `WIJK_E2E_BIN` names the binary to run
//! (CI gives the static release binary); else the one cargo built.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// A folder holding only wijk and git, a home and a working folder, all empty otherwise.
struct Machine {
    _dir: tempfile::TempDir,
    bin: PathBuf,
    home: PathBuf,
    work: PathBuf,
}

impl Machine {
    fn new() -> Machine {
        let dir = tempfile::tempdir().unwrap();
        let bin = dir.path().join("bin");
        let home = dir.path().join("home");
        let work = dir.path().join("work");
        for d in [&bin, &home, &work] {
            std::fs::create_dir_all(d).unwrap();
        }
        let wijk = std::env::var_os("WIJK_E2E_BIN")
            .map_or_else(|| PathBuf::from(env!("CARGO_BIN_EXE_wijk")), PathBuf::from);
        std::fs::copy(&wijk, bin.join("wijk")).unwrap();
        // git, and tar that diff and notify extract revisions with (every runner and Debian
        // system has it: an essential package).
        for tool in ["git", "tar"] {
            let path = which(tool).unwrap_or_else(|| panic!("{tool} is installed"));
            std::os::unix::fs::symlink(path, bin.join(tool)).unwrap();
        }
        Machine {
            _dir: dir,
            bin,
            home,
            work,
        }
    }

    /// `program args…` in `cwd` with nothing in the environment but PATH, HOME and git's name.
    fn run(&self, cwd: &Path, program: &str, args: &[&str]) -> Output {
        Command::new(self.bin.join(program))
            .args(args)
            .current_dir(cwd)
            .env_clear()
            .env("PATH", &self.bin)
            .env("HOME", &self.home)
            .env("GIT_CONFIG_NOSYSTEM", "1")
            .env("GIT_AUTHOR_NAME", "Cellule")
            .env("GIT_AUTHOR_EMAIL", "cellule@example.org")
            .env("GIT_COMMITTER_NAME", "Cellule")
            .env("GIT_COMMITTER_EMAIL", "cellule@example.org")
            .output()
            .unwrap()
    }

    /// Runs and asserts exit code 0; the standard output.
    fn ok(&self, cwd: &Path, program: &str, args: &[&str]) -> String {
        let out = self.run(cwd, program, args);
        assert_eq!(
            out.status.code(),
            Some(0),
            "{program} {args:?}: {}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8_lossy(&out.stdout).into_owned()
    }
}

fn which(name: &str) -> Option<PathBuf> {
    std::env::split_paths(&std::env::var_os("PATH")?)
        .map(|d| d.join(name))
        .find(|p| p.is_file())
}

const EDITING: &str = "editing:\n  backend: github\n  repo: quartiers/contenu\n";

#[test]
fn accepts_a_programme_started_from_the_binary_alone() {
    let m = Machine::new();
    m.ok(&m.work, "wijk", &["init", "quartiers", "--lang", "fr,nl"]);
    let repo = m.work.join("quartiers");
    assert!(!repo.join("vendor").exists() && !repo.join("themes").exists());
    assert!(!repo.join("src").exists() && !repo.join("Cargo.toml").exists());
    m.ok(&repo, "wijk", &["check", "--deny-warnings"]);

    let programme = repo.join("data/programme.yaml");
    let text = std::fs::read_to_string(&programme).unwrap();
    std::fs::write(&programme, format!("{text}{EDITING}")).unwrap();
    m.ok(&repo, "wijk", &["build"]);
    assert_editor_published(&repo.join("public/admin"));
    assert!(repo.join("public/fr/index.html").is_file());
    assert!(repo.join("public/nl/index.html").is_file());

    m.ok(&repo, "wijk", &["new", "district", "anneessens"]);
    m.ok(&repo, "wijk", &["check"]);
    m.ok(&repo, "git", &["init", "-q", "-b", "main"]);
    m.ok(&repo, "git", &["add", "-A"]);
    m.ok(&repo, "git", &["commit", "-q", "-m", "start"]);
    // public/ and the picture cache are ignored.
    assert_eq!(m.ok(&repo, "git", &["status", "--porcelain"]), "");

    m.ok(
        &repo,
        "wijk",
        &["new", "project", "potager", "--district", "anneessens"],
    );
    m.ok(&repo, "wijk", &["check"]);
    let diff = m.ok(&repo, "wijk", &["--lang", "en", "diff", "--since", "HEAD"]);
    assert!(diff.contains("potager"), "{diff}");
    m.ok(&repo, "git", &["add", "-A"]);
    m.ok(&repo, "git", &["commit", "-q", "-m", "potager"]);
    let outbox = m.work.join("outbox");
    m.ok(
        &repo,
        "wijk",
        &[
            "notify",
            "--since",
            "HEAD~1",
            "--outbox",
            outbox.to_str().unwrap(),
        ],
    );

    m.ok(&repo, "wijk", &["schema", "--out", "schemas"]);
    assert_eq!(
        m.ok(&repo, "git", &["status", "--porcelain"]),
        "",
        "init wrote the schemas"
    );
    m.ok(&repo, "wijk", &["cms", "--out", "../admin"]);
    assert!(m.work.join("admin/config.fr.yml").is_file());
}

/// `/admin/` holds the editor's page and every file of Decap CMS, byte for byte the files whose
/// SHA-256 wijk embedded.
fn assert_editor_published(admin: &Path) {
    assert!(admin.join("index.html").is_file());
    assert!(admin.join("config.fr.yml").is_file());
    let sums: Vec<(&str, &str)> = wijk::cms::vendor::embedded_sums().collect();
    assert!(sums.iter().any(|(n, _)| *n == "decap-cms.js"));
    let published = std::fs::read_dir(admin.join("decap-cms")).unwrap().count();
    assert_eq!(published, sums.len());
    for (name, hash) in sums {
        let bytes = std::fs::read(admin.join("decap-cms").join(name)).unwrap();
        assert_eq!(wijk::cms::vendor::sha256_hex(&bytes), hash, "{name}");
    }
}

#[test]
fn rejects_a_folder_that_is_not_empty() {
    let m = Machine::new();
    let repo = m.work.join("quartiers");
    std::fs::create_dir_all(&repo).unwrap();
    std::fs::write(repo.join("notes.txt"), "à garder").unwrap();
    let out = m.run(&m.work, "wijk", &["init", "quartiers"]);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("quartiers is not empty"), "{err}");
    let left: Vec<_> = std::fs::read_dir(&repo).unwrap().collect();
    assert_eq!(left.len(), 1, "nothing written");
}

#[test]
fn accepts_the_example_programme_and_a_dutch_only_one() {
    let m = Machine::new();
    m.ok(&m.work, "wijk", &["init", "example", "--example"]);
    let example = m.work.join("example");
    assert!(example
        .join("content/districts/bervoets/district.md")
        .is_file());
    m.ok(&example, "wijk", &["check"]);
    m.ok(&example, "wijk", &["build"]);

    m.ok(&m.work, "wijk", &["init", "wijken", "--lang", "nl"]);
    let wijken = m.work.join("wijken");
    let communes = std::fs::read_to_string(wijken.join("data/communes.yaml")).unwrap();
    assert!(communes.contains("forest: {nl: \"Vorst\"}"), "{communes}");
    assert!(!communes.contains("fr:"));
    m.ok(&wijken, "wijk", &["check", "--deny-warnings"]);
    let readme = std::fs::read_to_string(wijken.join("README.md")).unwrap();
    assert!(readme.contains("## Nederlands") && !readme.contains("## Français"));
}

#[test]
fn rejects_languages_init_does_not_know() {
    let m = Machine::new();
    for (langs, example) in [("fr,en", false), ("fr,fr", false), ("nl,fr", true)] {
        let mut args = vec!["init", "x", "--lang", langs];
        if example {
            args.push("--example");
        }
        let out = m.run(&m.work, "wijk", &args);
        assert_eq!(out.status.code(), Some(2), "{langs}");
        assert!(!m.work.join("x").exists(), "{langs}: nothing written");
    }
    // More than one language is for init only.
    let out = m.run(&m.work, "wijk", &["--lang", "fr,nl", "check"]);
    assert_eq!(out.status.code(), Some(2));
}
