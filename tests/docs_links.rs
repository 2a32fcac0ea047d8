//! The README and the book under docs/ link only to files that exist: every relative link of
//! every Markdown page resolves inside the repository, and docs/SUMMARY.md lists every page of
//! docs/.

use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The targets of the Markdown links `[text](target)` of `text`, outside code spans and blocks.
fn links(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut fenced = false;
    for line in text.lines() {
        if line.trim_start().starts_with("```") {
            fenced = !fenced;
            continue;
        }
        if fenced {
            continue;
        }
        // Code spans hold examples of the content's own syntax: left out.
        let plain: String = line.split('`').step_by(2).collect::<Vec<_>>().join(" ");
        let mut rest = plain.as_str();
        while let Some(at) = rest.find("](") {
            let tail = &rest[at + 2..];
            let end = tail.find(')').unwrap_or(tail.len());
            out.push(tail[..end].to_string());
            rest = &tail[end..];
        }
    }
    out
}

/// The broken relative links of the Markdown file `page`: `page: target`.
fn broken(page: &Path) -> Vec<String> {
    broken_in(&root(), page)
}

/// The relative links of `page` that lead to no file inside the repository at `repo`.
fn broken_in(repo: &Path, page: &Path) -> Vec<String> {
    let repo = repo.canonicalize().unwrap();
    let text = std::fs::read_to_string(page).unwrap();
    let dir = page.parent().unwrap();
    links(&text)
        .into_iter()
        .filter(|t| !t.contains("://") && !t.starts_with('#') && !t.starts_with("mailto:"))
        .filter(|t| {
            let file = t.split('#').next().unwrap_or_default();
            // A link out of the repository is broken for every other reader of it.
            !file.is_empty()
                && !dir
                    .join(file)
                    .canonicalize()
                    .is_ok_and(|p| p.starts_with(&repo))
        })
        .map(|t| format!("{}: {t}", page.display()))
        .collect()
}

fn pages() -> Vec<PathBuf> {
    let mut pages: Vec<PathBuf> = std::fs::read_dir(root().join("docs"))
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "md"))
        .collect();
    pages.sort();
    pages
}

#[test]
fn every_relative_link_of_the_readme_and_the_book_resolves() {
    let mut bad = broken(&root().join("README.md"));
    for page in pages() {
        bad.extend(broken(&page));
    }
    assert!(bad.is_empty(), "{}", bad.join("\n"));
    // The check finds a broken link.
    let dir = tempfile::tempdir().unwrap();
    let repo = dir.path().join("repo");
    std::fs::create_dir(&repo).unwrap();
    std::fs::write(dir.path().join("outside.md"), "").unwrap();
    std::fs::write(repo.join("here.md"), "").unwrap();
    let page = repo.join("page.md");
    let text = "See [the map](map.md), [here](here.md), [out](../outside.md) and `[code](x.md)`.\n";
    std::fs::write(&page, text).unwrap();
    let bad = broken_in(&repo, &page);
    assert_eq!(bad.len(), 2, "{bad:?}");
    assert!(bad[1].ends_with("../outside.md"), "{bad:?}");
}

#[test]
fn the_summary_lists_every_page_of_the_book() {
    let summary = std::fs::read_to_string(root().join("docs/SUMMARY.md")).unwrap();
    let listed = links(&summary);
    for page in pages() {
        let name = page.file_name().unwrap().to_string_lossy().to_string();
        if name == "SUMMARY.md" {
            continue;
        }
        assert!(
            listed.contains(&name),
            "docs/SUMMARY.md does not list {name}"
        );
    }
}

#[test]
fn the_readme_stays_short() {
    let readme = std::fs::read_to_string(root().join("README.md")).unwrap();
    let lines = readme.lines().count();
    assert!(
        lines <= 150,
        "README.md has {lines} lines: move reference to docs/"
    );
    assert!(readme.starts_with("# wijk\n\n```sh\ncargo run --release -- build"));
}
