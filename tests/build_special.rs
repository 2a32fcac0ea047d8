//! The pages outside the language folders speak every language of the programme: the root's
//! language choice and `404.html` each say their words in French and in Dutch, each marked with
//! its `lang`, each with its language's home.

mod build_support;

use build_support::*;

#[test]
fn the_root_and_the_404_page_speak_french_and_dutch() {
    let (_tmp, out) = built_example();
    let root = main_of(&read(&out, "index.html"));
    for (lang, words, home) in [
        ("fr", "Choisissez votre langue", "/fr/"),
        ("nl", "Kies uw taal", "/nl/"),
    ] {
        let item = root
            .split("<li ")
            .find(|li| li.starts_with(&format!("lang=\"{lang}\"")))
            .unwrap_or_else(|| panic!("no {lang} item in {root}"));
        assert!(item.contains(words), "{item}");
        assert!(item.contains(&format!("href=\"{home}\"")), "{item}");
    }
    assert!(root.contains("<span lang=\"nl\">Participatieve Duurzame Wijken</span>"));
    let page = read(&out, "404.html");
    assert!(
        page.contains("<title>Page introuvable · Pagina niet gevonden · "),
        "{page}"
    );
    let main = main_of(&page);
    for (lang, title, home) in [
        ("fr", "Page introuvable", "/fr/"),
        ("nl", "Pagina niet gevonden", "/nl/"),
    ] {
        let section = main
            .split("<section ")
            .find(|s| s.contains(&format!("lang=\"{lang}\"")))
            .unwrap_or_else(|| panic!("no {lang} section in {main}"));
        assert!(section.contains(title), "{section}");
        assert!(section.contains(&format!("href=\"{home}\"")), "{section}");
    }
    // One h1: the first language's; the others are h2.
    assert_eq!(main.matches("<h1").count(), 1, "{main}");
}
