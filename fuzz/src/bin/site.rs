//! Fuzz target: the whole `load → validate` of a site root. The input replaces one file of a small
//! valid site (its first byte picks which), so every rule runs on a site that is otherwise sound.

use std::path::PathBuf;

#[path = "../../../tests/fixture_site/mod.rs"]
mod fixture_site;

/// The files an input may replace, from the site root.
const TARGETS: [&str; 8] = [
    "content/districts/wiels/projects/potager.md",
    "content/districts/wiels/district.md",
    "content/districts/wiels/projects/potager.nl.md",
    "content/meetings/2024-03-14-compost.md",
    "content/experts/marie-dupont.md",
    "content/pages/about.md",
    "data/programme.yaml",
    "data/reviewers.yaml",
];

fn main() {
    let fixture = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../tests/fixtures/check-base");
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("site");
    fixture_site::copy_dir(&fixture, &root);
    let originals: Vec<Vec<u8>> = TARGETS
        .iter()
        .map(|t| std::fs::read(root.join(t)).unwrap())
        .collect();
    afl::fuzz!(|data: &[u8]| {
        let Some((&pick, rest)) = data.split_first() else {
            return;
        };
        let i = pick as usize % TARGETS.len();
        let path = root.join(TARGETS[i]);
        std::fs::write(&path, rest).unwrap();
        let corpus = wijk::load::load(&root).unwrap();
        let validated = wijk::validate::validate(&corpus);
        for lang in wijk::i18n::Lang::ALL {
            let _ = wijk::diag::render_json(&validated.diagnostics, lang);
            let _ = wijk::diag::render_human(&validated.diagnostics, &root, false, lang);
        }
        std::fs::write(&path, &originals[i]).unwrap();
    });
}
