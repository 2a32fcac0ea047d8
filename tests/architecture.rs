//! The pipeline reads in one direction (docs/architecture.md): a stage imports what is below
//! it, never a later stage. Every `crate::…` path in `src/` (outside `#[cfg(test)]` code) is
//! checked against the order of the stages; the imports that still run back up are listed in
//! `ALLOWED` with the reason, and an entry that is no longer needed fails the test, so the
//! list only shrinks. The crate also forbids unsafe code.

use std::collections::BTreeSet;
use std::path::Path;

/// The stages, first to last, and the top-level modules of each. `i` and `msg` are the
/// message macros of `i18n`, exported at the crate's root.
const STAGES: &[(&str, &[&str])] = &[
    (
        "foundation",
        &[
            "diag", "digest", "i18n", "i", "msg", "model", "lock", "working", "markdown",
        ],
    ),
    ("load", &["load", "documents", "geo", "pictures"]),
    ("validate", &["validate"]),
    ("render", &["render", "theme"]),
    (
        "commands",
        &[
            "notify", "diff", "serve", "cms", "schema", "scaffold", "init", "cmd", "cli",
        ],
    ),
];

/// `(importing module, imported module, why it may)`.
const ALLOWED: &[(&str, &str, &str)] = &[
    (
        "diag",
        "load",
        "a diagnostic printed as text quotes its source line, read with the loader's bounded \
         reader (size limit, no symbolic links) rather than a second one",
    ),
    (
        "model",
        "documents",
        "the site records a linked document's type as `documents` defines it with its detection",
    ),
    (
        "model",
        "geo",
        "the site holds the boundary shapes as `geo` reads them",
    ),
    (
        "model",
        "pictures",
        "the site holds each picture's probe (size, format) as `pictures` defines it",
    ),
];

fn stage_of(module: &str) -> usize {
    STAGES
        .iter()
        .position(|(_, modules)| modules.contains(&module))
        .unwrap_or_else(|| {
            panic!("module `{module}` has no stage: add it to STAGES (and docs/architecture.md)")
        })
}

/// The code of a file without comments and without its `#[cfg(test)]` tail.
fn code(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for line in text.lines() {
        if line.trim_start().starts_with("#[cfg(test)]") {
            break;
        }
        out.push_str(line.split("//").next().unwrap_or(""));
        out.push('\n');
    }
    out
}

/// The top-level modules that `text` names with `crate::`.
fn imported(text: &str) -> BTreeSet<String> {
    let code = code(text);
    code.match_indices("crate::")
        .filter(|(at, _)| {
            let before = code[..*at].chars().next_back();
            !before.is_some_and(|c| c.is_alphanumeric() || c == '_' || c == '$')
        })
        .map(|(at, m)| {
            code[at + m.len()..]
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_')
                .collect::<String>()
        })
        .filter(|m| !m.is_empty())
        .collect()
}

fn rust_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// `(importing module, imported module, file)` for every import of a later stage.
fn backward_imports() -> Vec<(String, String, String)> {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    let mut found = Vec::new();
    for file in files {
        let rel = file
            .strip_prefix(&src)
            .unwrap()
            .to_string_lossy()
            .into_owned();
        let top = rel.split(['/', '.']).next().unwrap_or("").to_string();
        if top == "lib" || top == "main" || rel.ends_with("/tests.rs") {
            continue;
        }
        let text = std::fs::read_to_string(&file).unwrap();
        for module in imported(&text) {
            if module != top && stage_of(&module) > stage_of(&top) {
                found.push((top.clone(), module, rel.clone()));
            }
        }
    }
    found.sort();
    found
}

#[test]
fn no_stage_imports_a_later_one_but_those_listed() {
    let found = backward_imports();
    let unlisted: Vec<String> = found
        .iter()
        .filter(|(from, to, _)| !ALLOWED.iter().any(|(f, t, _)| f == from && t == to))
        .map(|(from, to, file)| format!("src/{file}: {from} imports {to}, a later stage"))
        .collect();
    assert!(unlisted.is_empty(), "{}", unlisted.join("\n"));
    for (from, to, why) in ALLOWED {
        assert!(
            found.iter().any(|(f, t, _)| f == from && t == to),
            "{from} no longer imports {to}: remove it from ALLOWED ({why})"
        );
    }
}

#[test]
fn reads_imports_of_every_form() {
    let text = "use crate::render::x;\nfn f() { crate::validate::y(); }\n\
                // crate::notify::z\nlet s = \"$crate::diag\";\n#[cfg(test)]\nuse crate::cmd;\n";
    let got: Vec<String> = imported(text).into_iter().collect();
    assert_eq!(got, ["render", "validate"]);
}

#[test]
fn the_crate_forbids_unsafe_code() {
    for file in ["src/lib.rs", "src/main.rs"] {
        let text =
            std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(file)).unwrap();
        assert!(
            text.lines().any(|l| l.trim() == "#![forbid(unsafe_code)]"),
            "{file} lacks #![forbid(unsafe_code)]"
        );
    }
}
