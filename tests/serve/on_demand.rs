//! `publish::OnDemand` (what `serve` answers with): the same files as `build`, byte for byte,
//! rendered one at a time; nothing else; and private addresses refused as `build` refuses them.

use crate::fixture_site::{copy_dir, manifest_dir};
use std::collections::BTreeSet;
use std::path::Path;
use std::sync::Arc;
use wijk::publish::{render_site, OnDemand};
use wijk::render::{RenderOptions, Theme};

fn site(root: &Path) -> wijk::model::Site {
    let corpus = wijk::load::load(root).unwrap();
    let validated = wijk::validate::validate(&corpus);
    assert_eq!(validated.error_count(), 0, "{:?}", validated.diagnostics);
    validated.site.unwrap()
}

fn files_under(dir: &Path) -> BTreeSet<String> {
    walkdir::WalkDir::new(dir)
        .into_iter()
        .map(Result::unwrap)
        .filter(|e| e.file_type().is_file())
        .map(|e| {
            let rel = e.path().strip_prefix(dir).unwrap();
            rel.to_string_lossy().replace('\\', "/")
        })
        .collect()
}

#[test]
fn every_file_is_the_one_build_writes() {
    let root = manifest_dir();
    let theme = Arc::new(Theme::load(&root.join("themes/default")).unwrap());
    let options = RenderOptions {
        base_url: Some("http://127.0.0.1:1111".into()),
        ..RenderOptions::default()
    };
    let out = tempfile::tempdir().unwrap();
    let public = out.path().join("public");
    let stats = render_site(&site(&root), &theme, &options, &public).unwrap();

    let on_demand = OnDemand::new(site(&root), theme, &options);
    let built = files_under(&public);
    let listed: BTreeSet<String> = on_demand.paths().map(str::to_string).collect();
    assert_eq!(listed, built);
    assert_eq!(on_demand.pages(), stats.pages);
    // In reverse order, so that files rendered together (the search index, the open data) are
    // asked for by the one that is not rendered first in a build.
    for path in built.iter().rev() {
        let bytes = on_demand.file(path).unwrap().unwrap();
        let want = std::fs::read(public.join(path)).unwrap();
        assert!(*bytes == *want, "{path} differs from the build's");
    }
    // An old address of a district (the example's `aliases:`) is served as built.
    let alias = on_demand
        .file("nl/districts/forest-saint-denis/index.html")
        .unwrap()
        .unwrap();
    assert!(String::from_utf8_lossy(&alias).contains("url=/nl/districts/saint-denis/"));
    assert!(on_demand
        .file("fr/districts/nowhere/index.html")
        .unwrap()
        .is_none());
    assert!(on_demand.file("../Cargo.toml").unwrap().is_none());
}

#[test]
fn a_private_address_in_a_page_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    for d in ["content", "data"] {
        copy_dir(&manifest_dir().join(d), &dir.path().join(d));
    }
    let site = site(dir.path());
    let expert = site.persons.iter().find(|p| !p.public_contact).unwrap();
    let email = expert.email.as_ref().unwrap().as_str().to_string();
    let options = RenderOptions {
        extra_private_emails: vec![email.clone()],
        ..RenderOptions::default()
    };
    let on_demand = OnDemand::new(site, Arc::new(Theme::embedded().unwrap()), &options);
    assert!(on_demand.file("fr/index.html").unwrap().is_some());

    // The same address in a page body, as `build` would refuse it.
    let page = "content/pages/about.md";
    let text = std::fs::read_to_string(dir.path().join(page)).unwrap();
    std::fs::write(
        dir.path().join(page),
        format!("{text}\nÉcrire à {email}.\n"),
    )
    .unwrap();
    let on_demand = OnDemand::new(
        self::site(dir.path()),
        Arc::new(Theme::embedded().unwrap()),
        &options,
    );
    let err = on_demand.file("fr/pages/about/index.html").unwrap_err();
    assert!(err.to_string().contains("private e-mail address"), "{err}");
    assert!(on_demand.file("fr/index.html").unwrap().is_some());
}

#[test]
fn a_file_rendered_with_a_leaking_one_is_refused_too_and_stays_refused() {
    let dir = tempfile::tempdir().unwrap();
    for d in ["content", "data"] {
        copy_dir(&manifest_dir().join(d), &dir.path().join(d));
    }
    let email = "prive@example.org".to_string();
    // In a project body: in the search index's texts, which are rendered together with its
    // `meta.json` and dictionary.
    let project = "content/districts/bervoets/projects/compost.md";
    let text = std::fs::read_to_string(dir.path().join(project)).unwrap();
    let (front, body) = text[3..].split_once("\n---\n").unwrap();
    std::fs::write(
        dir.path().join(project),
        format!("---{front}\n---\nÉcrire à {email}.\n{body}"),
    )
    .unwrap();
    let options = RenderOptions {
        extra_private_emails: vec![email],
        ..RenderOptions::default()
    };
    let on_demand = OnDemand::new(
        site(dir.path()),
        Arc::new(Theme::embedded().unwrap()),
        &options,
    );
    for _ in 0..2 {
        let err = on_demand.file("fr/search/meta.json").unwrap_err();
        assert!(err.to_string().contains("fr/search/f/"), "{err}");
    }
    assert!(on_demand.file("fr/search/index.html").unwrap().is_some());
}
