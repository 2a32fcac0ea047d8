//! Lists translated in `<id>.<lang>.md` (roadmap steps, budget labels, updates, evaluation
//! summaries): shown on the pages, in the feed and in the search index of their language; the
//! original's, with its language, where a translation does not give them.

use crate::build_support::*;
use std::path::Path;

const PROJECT: &str = "content/districts/bervoets/projects/potager.md";
const TRANSLATION: &str = "content/districts/bervoets/projects/potager.nl.md";
const DISTRICT: &str = "content/districts/bervoets/district.md";

fn edit(root: &Path, file: &str, from: &str, to: &str) {
    let path = root.join(file);
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(text.contains(from), "{file} has no {from:?}");
    std::fs::write(&path, text.replacen(from, to, 1)).unwrap();
}

/// The small fixture with a second update listed after a newer one (so that the model's order by
/// date differs from the file's), and a translation giving `lists`.
fn site_with(lists: &str) -> tempfile::TempDir {
    let dir = site_copy("build-small");
    let root = dir.path();
    edit(
        root,
        PROJECT,
        "text: \"Premières récoltes.\"}\n",
        "text: \"Premières récoltes.\"}\n  - {date: 2024-09-01, text: \"Bacs montés.\"}\n",
    );
    edit(root, TRANSLATION, "wijk.\"\n", &format!("wijk.\"\n{lists}"));
    dir
}

const DUTCH: &str = "roadmap:\n  - {step: Akkoord van de gemeente}\n  - {step: Planten}\nbudget:\n  lines:\n    - {label: Bakken en potgrond}\n    - {label: Affiches}\nupdates:\n  - {text: Eerste oogst.}\n  - {date: 2024-09-01, text: Bakken gebouwd.}\n";

fn built(dir: &tempfile::TempDir) -> std::path::PathBuf {
    let out = dir.path().join("public");
    build_lib(dir.path(), &out, None);
    out
}

#[test]
fn the_dutch_project_page_shows_the_dutch_lists_and_the_french_one_the_french() {
    let dir = site_with(DUTCH);
    let out = built(&dir);
    let nl = main_of(&read(&out, "nl/districts/bervoets/potager/index.html"));
    for shown in [
        "<span lang=\"nl\">Akkoord van de gemeente</span>",
        "<span lang=\"nl\">Planten</span>",
        "<th scope=\"row\" lang=\"nl\">Bakken en potgrond</th>",
        "<th scope=\"row\" lang=\"nl\">Affiches</th>",
        // Each translated update keeps its own date, though the file lists them out of order.
        "<time datetime=\"2024-10-05\">5 oktober 2024</time> — <span lang=\"nl\">Eerste oogst.</span>",
        "<time datetime=\"2024-09-01\">1 september 2024</time> — <span lang=\"nl\">Bakken gebouwd.</span>",
    ] {
        assert!(nl.contains(shown), "nl page lacks {shown}:\n{nl}");
    }
    assert!(!nl.contains("lang-label"), "{nl}");
    assert!(
        !nl.contains("Bacs et terreau") && !nl.contains("Plantation"),
        "{nl}"
    );
    let fr = main_of(&read(&out, "fr/districts/bervoets/potager/index.html"));
    for shown in [
        "<span lang=\"fr\">Plantation</span>",
        "<th scope=\"row\" lang=\"fr\">Bacs et terreau</th>",
        "<span lang=\"fr\">Bacs montés.</span>",
    ] {
        assert!(fr.contains(shown), "fr page lacks {shown}:\n{fr}");
    }
    assert!(
        !fr.contains("Planten") && !fr.contains("Eerste oogst"),
        "{fr}"
    );
}

#[test]
fn a_list_without_translation_shows_the_original_with_its_language() {
    // The translation gives the updates only: the roadmap and budget stay French, labelled.
    let dir = site_with(&DUTCH[DUTCH.find("updates:").unwrap_or(0)..]);
    let out = built(&dir);
    let nl = main_of(&read(&out, "nl/districts/bervoets/potager/index.html"));
    assert!(nl.contains("<span lang=\"fr\">Plantation</span>"), "{nl}");
    assert!(
        nl.contains("<th scope=\"row\" lang=\"fr\">Bacs et terreau</th>"),
        "{nl}"
    );
    assert!(
        nl.contains("<span lang=\"nl\">Eerste oogst.</span>"),
        "{nl}"
    );
    let roadmap = nl.split("<h2 id=\"roadmap\">").nth(1).unwrap_or("");
    let heading = roadmap.split("</h2>").next().unwrap_or("");
    assert!(
        heading.contains("class=\"lang-label\">in het Frans"),
        "{heading}"
    );
    let updates = nl.split("<h2 id=\"updates\">").nth(1).unwrap_or("");
    let heading = updates.split("</h2>").next().unwrap_or("");
    assert!(!heading.contains("lang-label"), "{heading}");
    // A project without any translation: its roadmap in French, labelled.
    let compost = main_of(&read(&out, "nl/districts/bervoets/compost/index.html"));
    assert!(
        compost.contains("<span lang=\"fr\">Installation</span>"),
        "{compost}"
    );
    assert!(
        compost.contains("class=\"lang-label\">in het Frans"),
        "{compost}"
    );
}

#[test]
fn the_dutch_feed_and_search_index_carry_the_dutch_updates() {
    let dir = site_with(DUTCH);
    let out = built(&dir);
    let nl_feed = read(&out, "nl/atom.xml");
    assert!(nl_feed.contains("Eerste oogst.") && !nl_feed.contains("Premières récoltes."));
    let fr_feed = read(&out, "fr/atom.xml");
    assert!(fr_feed.contains("Premières récoltes.") && !fr_feed.contains("Eerste oogst."));
    let index = |lang: &str| -> String {
        let dir = out.join(lang).join("search/f");
        let mut all = String::new();
        for e in std::fs::read_dir(&dir).unwrap() {
            all.push_str(&std::fs::read_to_string(e.unwrap().path()).unwrap());
        }
        all
    };
    let (nl, fr) = (index("nl"), index("fr"));
    for dutch in [
        "Eerste oogst.",
        "Akkoord van de gemeente",
        "Bakken en potgrond",
    ] {
        assert!(nl.contains(dutch) && !fr.contains(dutch), "{dutch}");
    }
    assert!(fr.contains("Accord de la commune") && !nl.contains("Accord de la commune"));
}

#[test]
fn the_dutch_district_page_shows_the_dutch_evaluation_summary() {
    let dir = site_copy("build-small");
    let root = dir.path();
    edit(
        root,
        DISTRICT,
        "outcome: selected}",
        "outcome: selected}\n    evaluation: {date: 2025-06-20, summary: \"Un bilan très positif.\"}",
    );
    std::fs::write(
        root.join("content/districts/bervoets/district.nl.md"),
        "---\ndossiers:\n  - {edition: 2024, evaluation: {summary: Een zeer positieve balans.}}\n---\nEen wijk.\n",
    )
    .unwrap();
    let out = built(&dir);
    let nl = main_of(&read(&out, "nl/districts/bervoets/index.html"));
    assert!(
        nl.contains("<blockquote class=\"evaluation\" lang=\"nl\"><p>Een zeer positieve balans.</p></blockquote>"),
        "{nl}"
    );
    let fr = main_of(&read(&out, "fr/districts/bervoets/index.html"));
    assert!(
        fr.contains("lang=\"fr\"><p>Un bilan très positif.</p>"),
        "{fr}"
    );
}
