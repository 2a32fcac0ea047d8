//! The pages outside the language folders speak every language of the programme: the root's
//! language choice and `404.html` each say their words in French and in Dutch, each marked with
//! its `lang`, each with its language's home.

use crate::build_support::*;

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

/// The build's summary writes its seconds as the message language writes decimals: « 0,07 s »
/// in French and Dutch, « 0.07 s » in English.
#[test]
fn the_build_summary_writes_seconds_in_the_message_language() {
    let site = site_copy("build-small");
    for (lang, before, mark) in [
        ("fr", " en ", ','),
        ("nl", " in ", ','),
        ("en", " in ", '.'),
    ] {
        let out = site.path().join(format!("public-{lang}"));
        let run = wijk(&[
            "--lang",
            lang,
            "--root",
            site.path().to_str().unwrap(),
            "build",
            "--out",
            out.to_str().unwrap(),
        ]);
        let stderr = String::from_utf8_lossy(&run.stderr).to_string();
        assert!(run.status.success(), "{stderr}");
        let seconds: String = stderr
            .split(before)
            .nth(1)
            .unwrap_or_else(|| panic!("{lang}: no seconds in {stderr}"))
            .chars()
            .take_while(|c| c.is_ascii_digit() || *c == ',' || *c == '.')
            .collect();
        let (whole, decimals) = seconds
            .split_once(mark)
            .unwrap_or_else(|| panic!("{lang}: `{seconds}` has no `{mark}`"));
        assert!(whole.chars().all(|c| c.is_ascii_digit()), "{seconds}");
        assert_eq!(decimals.len(), 2, "{seconds}");
    }
}
