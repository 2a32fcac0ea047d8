//! The worked example of docs/theming.md: the example programme built with the `canal` theme of
//! `examples/themes/canal/` (a palette and a logo, nothing else) must show that palette on its
//! pages and in its charts, and that logo in its header; everything else stays the default theme's.

mod build_support;

use build_support::*;
use std::path::Path;

/// The custom properties of a stylesheet's `:root` block: name → value.
fn custom_properties(css: &str) -> Vec<(String, String)> {
    let root = &css[css.find(":root {").expect(":root block")..];
    let root = &root[..root.find('}').unwrap()];
    root.lines()
        .filter_map(|l| l.trim().strip_prefix("--"))
        .filter_map(|l| l.split_once(':'))
        .map(|(k, v)| {
            (
                k.trim().to_string(),
                v.trim().trim_end_matches(';').to_string(),
            )
        })
        .collect()
}

/// The example programme with `theme: canal`, built by the binary.
fn build_with_canal(site: &Path) -> std::path::PathBuf {
    let root = crate_root();
    copy_tree(&root.join("content"), &site.join("content"));
    copy_tree(&root.join("data"), &site.join("data"));
    copy_tree(
        &root.join("examples/themes/canal"),
        &site.join("themes/canal"),
    );
    let programme = site.join("data/programme.yaml");
    let text = std::fs::read_to_string(&programme).unwrap();
    std::fs::write(&programme, format!("{text}theme: canal\n")).unwrap();
    let out = site.join("public");
    let run = build(site, &out);
    assert_eq!(
        run.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    out
}

#[test]
fn the_example_theme_recolours_pages_and_charts_and_shows_its_logo() {
    let site = tempfile::tempdir().unwrap();
    let out = build_with_canal(site.path());
    let ours =
        std::fs::read_to_string(crate_root().join("examples/themes/canal/static/custom.css"))
            .unwrap();
    let palette = custom_properties(&ours);
    assert!(palette.len() >= 8, "{palette:?}");

    // The palette is published and every page loads it after the default stylesheet.
    assert_eq!(read(&out, "static/custom.css"), ours);
    let style = read(&out, "static/style.css");
    let defaults = custom_properties(&style);
    for (name, value) in &palette {
        let default = defaults.iter().find(|(n, _)| n == name);
        let default = default.unwrap_or_else(|| panic!("--{name} is not a property of style.css"));
        assert_ne!(&default.1, value, "--{name} is the default colour");
    }
    for page in ["fr/index.html", "nl/districts/index.html", "404.html"] {
        let html = read(&out, page);
        let style_at = html.find("static/style.css\">").expect(page);
        let custom_at = html.find("static/custom.css\">").expect(page);
        assert!(style_at < custom_at, "{page}: custom.css before style.css");
    }

    // The charts draw their bars with the palette's chart colours, and the home page has them.
    for i in 1..=6 {
        assert!(
            palette.iter().any(|(n, _)| *n == format!("chart-{i}")),
            "chart-{i} missing"
        );
    }
    assert!(style.contains(".bar { display: block; height: 1rem; background: var(--chart-1);"));
    for i in 1..=5 {
        let rule = format!(".bar-{i} {{ background: var(--chart-{}); }}", i + 1);
        assert!(style.contains(&rule), "{rule}");
    }
    let home = read(&out, "fr/index.html");
    assert!(
        home.contains("<span class=\"bar bar-0\""),
        "no chart on the home page"
    );
    assert!(
        home.contains("<span class=\"bar bar-1\""),
        "one-colour chart"
    );
    let hex = |v: &str| !v.contains("var(");
    assert!(palette.iter().all(|(_, v)| hex(v)), "{palette:?}");

    // The logo, in the header of every language.
    let logo = std::fs::read(crate_root().join("examples/themes/canal/static/logo.svg")).unwrap();
    assert_eq!(std::fs::read(out.join("static/logo.svg")).unwrap(), logo);
    for page in ["fr/index.html", "nl/index.html", "fr/districts/index.html"] {
        let html = read(&out, page);
        let header = &html[html.find("<header class=\"site-header\">").expect(page)..];
        let header = &header[..header.find("</header>").unwrap()];
        assert!(
            header.contains("<img class=\"logo\" src=\"/static/logo.svg\" alt=\"\">"),
            "{page}: {header}"
        );
    }
}

#[test]
fn the_default_theme_has_no_logo_and_no_custom_stylesheet() {
    let out = tempfile::tempdir().unwrap();
    let public = out.path().join("public");
    build_lib(&crate_root(), &public, None);
    let home = read(&public, "fr/index.html");
    assert!(!home.contains("class=\"logo\""));
    assert!(!home.contains("custom.css"));
    assert!(!public.join("static/custom.css").exists());
}

#[test]
fn a_theme_the_programme_names_must_exist() {
    let site = site_copy("build-small");
    let programme = site.path().join("data/programme.yaml");
    let text = std::fs::read_to_string(&programme).unwrap();
    std::fs::write(&programme, format!("{text}theme: nowhere\n")).unwrap();
    let run = build(site.path(), &site.path().join("public"));
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert_eq!(run.status.code(), Some(2), "{stderr}");
    assert!(stderr.contains("themes/nowhere"), "{stderr}");
}
