//! Counted nouns on the built example in French and Dutch: French writes 0 and 1 in the singular
//! (« 0 projet », « 1 projet », « 2 projets »), Dutch 0 in the plural (« 0 projecten »,
//! « 1 project », « 2 projecten »).

use crate::build_support::*;

/// The counts `n` for which `text` says `n <noun>` followed by a non-letter.
fn says(text: &str, n: usize, noun: &str) -> bool {
    let needle = format!("{n} {noun}");
    text.match_indices(&needle).any(|(at, _)| {
        let before = text[..at]
            .chars()
            .last()
            .is_none_or(|c| !c.is_ascii_digit());
        let after = text[at + needle.len()..]
            .chars()
            .next()
            .is_none_or(|c| !c.is_alphabetic());
        before && after
    })
}

#[test]
fn counts_zero_one_and_two_as_each_language_does() {
    let (_tmp, out) = built_example();
    let fr = read(&out, "fr/districts/index.html");
    let nl = read(&out, "nl/districts/index.html");
    for (text, n, noun, right) in [
        (&fr, 0, "projet", true),
        (&fr, 0, "projets", false),
        (&fr, 1, "projet", true),
        (&fr, 2, "projets", true),
        (&fr, 2, "projet", false),
        (&nl, 0, "projecten", true),
        (&nl, 0, "project", false),
        (&nl, 1, "project", true),
        (&nl, 1, "projecten", false),
        (&nl, 2, "projecten", true),
    ] {
        assert_eq!(says(text, n, noun), right, "`{n} {noun}`");
    }
    let editions = read(&out, "fr/editions/index.html");
    assert!(says(&editions, 0, "dossier déposé"), "{editions}");
    assert!(!says(&editions, 0, "dossiers déposés"), "{editions}");
    let editions = read(&out, "nl/editions/index.html");
    assert!(says(&editions, 0, "ingediende dossiers"), "{editions}");
}
