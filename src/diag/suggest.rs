//! "Did you mean …?": the known id closest to a typo, for the help line of reference errors.

use crate::i18n::Message;
use crate::msg;

/// The candidate closest to `typo` (edit distance at most a quarter of its length, and at least 1),
/// ties broken alphabetically; `None` when nothing is close.
pub fn closest<'a>(typo: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let limit = (typo.chars().count() / 4).max(1);
    candidates
        .into_iter()
        .map(|c| (distance(typo, c), c))
        .filter(|(d, _)| *d <= limit)
        .min()
        .map(|(_, c)| c)
}

/// A help line: "did you mean `x`?" followed by `rest`, or `rest` alone.
pub fn help_with(
    typo: &str,
    candidates: impl IntoIterator<Item = impl AsRef<str>>,
    rest: Message,
) -> Message {
    let owned: Vec<String> = candidates
        .into_iter()
        .map(|c| c.as_ref().to_string())
        .collect();
    match closest(typo, owned.iter().map(String::as_str)) {
        Some(c) => msg!("did-you-mean", suggestion = c).then(rest),
        None => rest,
    }
}

/// Levenshtein distance over characters.
fn distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut cur = vec![i + 1; b.len() + 1];
        for (j, cb) in b.iter().enumerate() {
            let cost = usize::from(ca != *cb);
            cur[j + 1] = (prev[j] + cost).min(prev[j + 1] + 1).min(cur[j] + 1);
        }
        prev = cur;
    }
    prev[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suggests_close_ids_only() {
        let known = ["marie-dupont", "jan-peeters", "koen-claes"];
        assert_eq!(closest("marie-dupon", known), Some("marie-dupont"));
        assert_eq!(closest("jan-peters", known), Some("jan-peeters"));
        assert_eq!(closest("nobody", known), None);
        assert_eq!(closest("fod", ["food", "water"]), Some("food"));
        assert_eq!(distance("kitten", "sitting"), 3);
    }

    #[test]
    fn writes_the_help_line() {
        use crate::i18n::Lang;
        let rest = || msg!("ref-commune.help");
        let h = help_with("foret", ["forest", "jette"], rest());
        assert_eq!(
            h.text(Lang::En),
            "did you mean `forest`? communes are listed in data/communes.yaml"
        );
        assert!(
            h.text(Lang::Fr).starts_with("vouliez-vous dire `forest`"),
            "{}",
            h.text(Lang::Fr)
        );
        assert_eq!(help_with("xyz", ["forest"], rest()), rest());
    }
}
