//! The language of `wijk diff`'s comment: the language of the districts the change touches,
//! whatever the CI's locale.

use crate::diff_support;

use diff_support::{diff, head, Repo};

/// Gives `district` the language `lang` in the base commit.
fn district_in(repo: &Repo, district: &str, lang: &str) {
    let file = format!("content/districts/{district}/district.md");
    let text = std::fs::read_to_string(repo.root.join(&file)).unwrap();
    let text = text.replacen(
        "commune: forest",
        &format!("commune: forest\nlang: {lang}"),
        1,
    );
    repo.write(&file, &text);
    repo.commit("language");
}

/// A new project in `district`, in the working tree.
fn add_project(repo: &Repo, district: &str) {
    repo.write(
        &format!("content/districts/{district}/projects/bancs.md"),
        "---\ntitle: Des bancs\nedition: 2025\nsummary: \"Des bancs.\"\nbudget:\n  lines:\n    - {category: material, label: \"Bois\", amount: 100}\nroadmap:\n  - {step: \"Plans\", due: 2025-09-01}\n---\nLes bancs.\n",
    );
}

/// The comment with the locale `C` and no `--lang`.
fn comment(repo: &Repo, since: &str) -> String {
    diff(repo, &["--since", since]).expect(0).stdout()
}

#[test]
fn a_dutch_districts_change_is_commented_in_dutch_under_the_c_locale() {
    let repo = Repo::new();
    district_in(&repo, "alpha", "nl");
    let since = head(&repo);
    add_project(&repo, "alpha");
    let dutch = comment(&repo, &since);
    let french = {
        let repo = Repo::new();
        let since = head(&repo);
        add_project(&repo, "alpha");
        comment(&repo, &since)
    };
    assert_ne!(dutch, french);
    let heading = |md: &str| md.lines().next().unwrap_or_default().to_string();
    let nl_heading = diff(&repo, &["--lang", "nl", "--since", &since])
        .expect(0)
        .stdout();
    assert_eq!(heading(&dutch), heading(&nl_heading), "{dutch}");
    assert_eq!(dutch, nl_heading);
}
