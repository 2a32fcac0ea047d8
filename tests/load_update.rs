//! `load::update`: after each kind of change to a copy of the example programme, updating the
//! loaded corpus with only the changed paths gives what a full load of the site gives now,
//! diagnostics and model alike.

use std::path::{Path, PathBuf};
use wijk::load::{load, update, Corpus};
mod fixture_site;
use fixture_site::{copy_dir, manifest_dir};

struct Case {
    dir: tempfile::TempDir,
    corpus: Corpus,
}

impl Case {
    fn new() -> Case {
        let dir = tempfile::tempdir().unwrap();
        for d in ["content", "data"] {
            copy_dir(&manifest_dir().join(d), &dir.path().join(d));
        }
        let corpus = load(dir.path()).unwrap();
        Case { dir, corpus }
    }

    fn path(&self, rel: &str) -> PathBuf {
        self.dir.path().join(rel)
    }

    fn write(&self, rel: &str, text: &str) {
        let p = self.path(rel);
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(p, text).unwrap();
    }

    fn edit(&self, rel: &str, from: &str, to: &str) {
        let text = std::fs::read_to_string(self.path(rel)).unwrap();
        assert_eq!(text.matches(from).count(), 1, "{from} in {rel}");
        self.write(rel, &text.replacen(from, to, 1));
    }

    /// Updates with `changed` (relative paths, given as the watcher gives them: absolute) and
    /// compares with a full load; returns the diagnostics' rule codes.
    fn update(&mut self, changed: &[&str]) -> Vec<String> {
        let changed: Vec<PathBuf> = changed.iter().map(|p| self.path(p)).collect();
        update(&mut self.corpus, &changed).unwrap();
        let full = load(self.dir.path()).unwrap();
        let (got, want) = (
            wijk::validate::validate(&self.corpus),
            wijk::validate::validate(&full),
        );
        assert_eq!(
            format!("{got:#?}"),
            format!("{want:#?}"),
            "after {changed:?}"
        );
        assert_eq!(shown(&self.corpus), shown(&full), "after {changed:?}");
        got.diagnostics
            .iter()
            .map(|d| d.rule.code().to_string())
            .collect()
    }
}

/// The corpus as text, its diagnostics in a fixed order (they are sorted when reported).
fn shown(c: &Corpus) -> String {
    let mut diags: Vec<String> = c.diagnostics.iter().map(|d| format!("{d:?}")).collect();
    diags.sort();
    format!(
        "{:?}\n{:?}\n{:?}\n{:?}\n{:?}\n{:?}\n{:?}\n{:?}\n{:?}\n{:?}\n{:?}\n{:?}\n{:?}\n{diags:?}",
        c.programme,
        c.themes,
        c.communes,
        c.reviewers,
        c.districts,
        c.projects,
        c.experts,
        c.meetings,
        c.pages,
        c.translations,
        c.assets,
        c.content_files,
        c.unloaded,
    )
}

const PROJECT: &str = "content/districts/bervoets/projects/compost.md";

#[test]
fn a_changed_body_or_front_matter_is_read_again() {
    let mut c = Case::new();
    assert_eq!(c.update(&[]), Vec::<String>::new());
    c.edit(PROJECT, "Il est ouvert", "Il est désormais ouvert");
    assert!(c.update(&[PROJECT]).is_empty());
    let site = wijk::validate::validate(&c.corpus).site.unwrap();
    let body = &site.districts[0].projects[0].text;
    assert!(format!("{body:?}").contains("désormais"), "{body:?}");

    c.edit(PROJECT, "requested: 1732", "requested: 99999");
    assert!(c.update(&[PROJECT]).contains(&"budget.total".to_string()));
    c.edit(PROJECT, "requested: 99999", "requested: 1732");
    assert!(c.update(&[PROJECT]).is_empty());
}

#[test]
fn created_and_removed_files_come_and_go() {
    let mut c = Case::new();
    let new = "content/districts/bervoets/projects/aa-nouveau.md";
    let text = std::fs::read_to_string(c.path(PROJECT)).unwrap();
    c.write(new, &text.replace("Compost de quartier", "Nouveau compost"));
    c.update(&[new]);
    assert_eq!(
        c.corpus.projects.len(),
        load(c.dir.path()).unwrap().projects.len()
    );

    let translation = "content/districts/bervoets/projects/compost.nl.md";
    c.write(translation, "---\ntitle: Buurtcompost\n---\nDe compost.\n");
    c.update(&[translation]);

    std::fs::remove_file(c.path(new)).unwrap();
    std::fs::remove_file(c.path(translation)).unwrap();
    c.update(&[new, translation]);

    let asset = "content/districts/bervoets/assets/plan.pdf";
    c.write(asset, "%PDF-1.4");
    c.update(&[asset]);
    assert!(c.corpus.assets.contains(Path::new(asset)));
    std::fs::remove_file(c.path(asset)).unwrap();
    c.update(&[asset]);
    assert!(!c.corpus.assets.contains(Path::new(asset)));

    // A file that cannot be loaded is known as such (rules that count files skip it).
    let broken = "content/districts/bervoets/projects/casse.md";
    c.write(broken, "---\ntitle: [unclosed\n---\n");
    assert!(!c.update(&[broken]).is_empty());
    assert!(c.corpus.unloaded.contains(Path::new(broken)));
    std::fs::remove_file(c.path(broken)).unwrap();
    c.update(&[broken]);
    assert!(c.corpus.unloaded.is_empty());

    let stray = "content/notes.md";
    c.write(stray, "---\ntitle: x\n---\n");
    assert!(c
        .update(&[stray])
        .contains(&"schema.invalid-value".to_string()));
}

#[test]
fn a_link_to_a_removed_file_is_reported_and_its_return_clears_it() {
    let mut c = Case::new();
    let potager = "content/districts/bervoets/projects/potager.md";
    let saved = std::fs::read_to_string(c.path(potager)).unwrap();
    std::fs::remove_file(c.path(potager)).unwrap();
    let codes = c.update(&[potager]);
    assert!(codes.contains(&"link.broken".to_string()), "{codes:?}");
    c.write(potager, &saved);
    assert!(c.update(&[potager]).is_empty());
}

#[test]
fn data_files_are_read_again_or_dropped() {
    let mut c = Case::new();
    c.edit("data/themes.yaml", "water: {", "water {");
    assert!(!c.update(&["data/themes.yaml"]).is_empty());
    c.edit("data/themes.yaml", "water {", "water: {");
    assert!(c.update(&["data/themes.yaml"]).is_empty());
    std::fs::remove_file(c.path("data/communes.yaml")).unwrap();
    assert!(!c.update(&["data/communes.yaml"]).is_empty());
}

#[test]
fn folders_created_or_removed_are_handled() {
    let mut c = Case::new();
    copy_dir(
        &c.path("content/districts/bervoets"),
        &c.path("content/districts/zz-copie"),
    );
    // A new folder: the watcher names the folder (and maybe some files in it).
    c.update(&["content/districts/zz-copie"]);
    assert!(c.corpus.districts.iter().any(|d| d.id == "zz-copie"));
    std::fs::remove_dir_all(c.path("content/districts/zz-copie")).unwrap();
    c.update(&["content/districts/zz-copie"]);
    assert!(!c.corpus.districts.iter().any(|d| d.id == "zz-copie"));
    assert!(!c
        .corpus
        .assets
        .iter()
        .any(|a| a.starts_with("content/districts/zz-copie")));
}

#[cfg(unix)]
#[test]
fn symbolic_links_are_refused_as_a_full_load_refuses_them() {
    let mut c = Case::new();
    let outside = tempfile::tempdir().unwrap();
    std::fs::write(outside.path().join("secret.md"), "---\ntitle: x\n---\n").unwrap();
    let link = "content/experts/lien.md";
    std::os::unix::fs::symlink(outside.path().join("secret.md"), c.path(link)).unwrap();
    assert_eq!(c.update(&[link]), ["file.symlink"]);
    // A file inside a linked folder is not read: a walk does not enter the folder.
    let folder = "content/pages/ailleurs";
    std::os::unix::fs::symlink(outside.path(), c.path(folder)).unwrap();
    c.update(&[folder, "content/pages/ailleurs/secret.md"]);
    assert!(!c.corpus.content_files.iter().any(|f| f.starts_with(folder)));
    std::fs::remove_file(c.path(link)).unwrap();
    std::fs::remove_file(c.path(folder)).unwrap();
    assert!(c.update(&[link, folder]).is_empty());
}

#[test]
fn a_path_outside_the_root_makes_it_a_full_load() {
    let mut c = Case::new();
    // Written behind update's back, then named only by a path it cannot place.
    let expert = "content/experts/zz-nouvelle.md";
    let text = std::fs::read_to_string(c.path("content/experts/marie-dupont.md")).unwrap();
    c.write(expert, &text);
    let elsewhere = tempfile::tempdir().unwrap();
    update(&mut c.corpus, &[elsewhere.path().join("x.md")]).unwrap();
    assert!(c.corpus.experts.iter().any(|e| e.id == "zz-nouvelle"));
    c.update(&[]);
}

#[test]
fn a_removed_programme_stops_as_a_full_load_does() {
    let mut c = Case::new();
    std::fs::remove_file(c.path("data/programme.yaml")).unwrap();
    let changed = [c.path("data/programme.yaml")];
    let err = update(&mut c.corpus, &changed).unwrap_err();
    assert!(
        err.to_string().contains("data/programme.yaml not found"),
        "{err}"
    );
}
