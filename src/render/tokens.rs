//! Words of a text for the search index: split, folded (case and accents) and stemmed (Snowball).
//! The browser's search script splits and folds a query by the same rules (`search.js`: `fold`,
//! `words`); it does not stem: stems are looked up in the index (`crate::search`). The similar
//! projects are scored by the same stems.

use rust_stemmers::{Algorithm, Stemmer};
use std::borrow::Cow;

/// Lower-cases `s` and removes accents: `École` → `ecole`, `Ștefan` → `stefan`, `œuf` → `oeuf`,
/// `Ĳ` → `ij`, as the browser's search script does (see [`crate::model::fold_letters`]).
pub fn fold(s: &str) -> String {
    crate::model::fold_letters(s)
}

/// Whether `c` separates digit groups of one number (`2 330`, `2.330`): spaces, no-break spaces
/// (U+00A0, U+202F), thin space (U+2009) and the full stop.
fn is_group_separator(c: char) -> bool {
    matches!(c, ' ' | '\u{a0}' | '\u{202f}' | '\u{2009}' | '.')
}

/// The words of `text`, lower-cased (not folded): runs of letters and digits; apostrophes and
/// hyphens separate words (`l'école` → `l`, `école`); digit groups of one number are joined
/// (`2 330,50` → `2330`, `50`). Words are not filtered (see [`Analyzer::term`]).
#[cfg(test)]
pub fn words(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    each_word(text, |w| out.push(w.to_string()));
    out
}

/// Calls `f` with each word of `text` (see [`words`]), lower-cased: a slice of `text` when it
/// is lower-case already, else in a reused buffer. ASCII is read a byte at a time.
pub fn each_word(text: &str, mut f: impl FnMut(&str)) {
    let bytes = text.as_bytes();
    let mut lowered = String::new();
    let mut pos = 0;
    while let Some(start) = next_word(text, pos) {
        let mut end = start;
        let mut lower = true;
        while end < bytes.len() {
            let b = bytes[end];
            if b.is_ascii() {
                if !b.is_ascii_alphanumeric() {
                    break;
                }
                lower &= !b.is_ascii_uppercase();
                end += 1;
            } else {
                let c = text[end..].chars().next().unwrap_or(' ');
                if !c.is_alphanumeric() {
                    break;
                }
                let mut l = c.to_lowercase();
                lower &= l.next() == Some(c) && l.next().is_none();
                end += c.len_utf8();
            }
        }
        let raw = &text[start..end];
        // `2 330`, `12 000 000`: a number of one to three digits, then groups of three digits
        // after a separator, is one word.
        let grouped = raw.len() <= 3
            && raw.bytes().all(|b| b.is_ascii_digit())
            && digit_group(&text[end..]).is_some();
        if lower && !grouped {
            f(raw);
        } else {
            lowered.clear();
            lowered.extend(raw.chars().flat_map(char::to_lowercase));
            if grouped {
                while let Some(n) = digit_group(&text[end..]) {
                    lowered.push_str(&text[end + n - 3..end + n]);
                    end += n;
                }
            }
            f(&lowered);
        }
        pos = end;
    }
}

/// Where the next word of `text` at or after `pos` starts.
fn next_word(text: &str, mut pos: usize) -> Option<usize> {
    let bytes = text.as_bytes();
    while pos < bytes.len() {
        let b = bytes[pos];
        if b.is_ascii() {
            if b.is_ascii_alphanumeric() {
                return Some(pos);
            }
            pos += 1;
        } else {
            let c = text[pos..].chars().next()?;
            if c.is_alphanumeric() {
                return Some(pos);
            }
            pos += c.len_utf8();
        }
    }
    None
}

/// The length of a separator and three digits at the start of `rest` (not followed by a letter
/// or digit), if they are there.
fn digit_group(rest: &str) -> Option<usize> {
    let sep = rest.chars().next().filter(|c| is_group_separator(*c))?;
    let after = &rest[sep.len_utf8()..];
    if !after.as_bytes().get(..3)?.iter().all(u8::is_ascii_digit) {
        return None;
    }
    let next_ok = after[3..]
        .chars()
        .next()
        .is_none_or(|c| !c.is_alphanumeric());
    next_ok.then_some(sep.len_utf8() + 3)
}

/// Folds and stems the words of one language, and leaves out those not worth searching for.
pub struct Analyzer {
    stemmer: Option<Stemmer>,
    stop: &'static [&'static str],
}

/// Words too common to search for, per language (folded). The index leaves them out and the
/// search script skips them in a query (it reads them from the index's `meta.json`).
pub fn stop_words(lang: &str) -> &'static [&'static str] {
    match lang {
        "fr" => &[
            "au", "aux", "avec", "ce", "ces", "dans", "de", "des", "du", "en", "et", "il", "ils",
            "la", "le", "les", "leur", "leurs", "ou", "par", "pour", "qu", "que", "qui", "sa",
            "se", "ses", "son", "sur", "un", "une",
        ],
        "nl" => &[
            "de", "den", "der", "die", "dit", "een", "en", "het", "in", "is", "met", "naar", "of",
            "om", "op", "te", "van", "voor", "zijn",
        ],
        "en" => &[
            "a", "an", "and", "are", "for", "in", "is", "of", "on", "or", "the", "to", "with",
        ],
        _ => &[],
    }
}

impl Analyzer {
    /// The analyzer of `lang` (no stemming for a language without a Snowball stemmer here).
    pub fn new(lang: &str) -> Analyzer {
        let algorithm = match lang {
            "fr" => Some(Algorithm::French),
            "nl" => Some(Algorithm::Dutch),
            "en" => Some(Algorithm::English),
            "de" => Some(Algorithm::German),
            _ => None,
        };
        Analyzer {
            stemmer: algorithm.map(Stemmer::create),
            stop: stop_words(lang),
        }
    }

    /// A lower-case word as (folded word, folded stem), or `None` when it is left out: a single
    /// letter or a stop word. The index calls it once per distinct word (`index.rs`: `Lexicon`).
    pub fn term(&self, word: &str) -> Option<(String, String)> {
        let folded = fold(word);
        if is_skipped(self.stop, &folded) {
            return None;
        }
        let stem = stem(self.stemmer.as_ref(), word, &folded);
        Some((folded, stem))
    }

    /// The searchable words of `text`, each as (folded word, folded stem).
    #[cfg(test)]
    pub fn terms(&self, text: &str) -> Vec<(String, String)> {
        let mut out = Vec::new();
        each_word(text, |w| out.extend(self.term(w)));
        out
    }
}

/// Whether a folded word is left out of the index: a single letter or a stop word.
fn is_skipped(stop: &[&str], folded: &str) -> bool {
    let mut chars = folded.chars();
    let single_letter = chars.next().is_some_and(char::is_alphabetic) && chars.next().is_none();
    single_letter || stop.contains(&folded)
}

/// The folded stem of a lower-case word: stemmed with its accents (the Snowball rules for
/// French read them), then folded. Numbers are not stemmed.
fn stem(stemmer: Option<&Stemmer>, word: &str, folded: &str) -> String {
    match stemmer {
        Some(s) if !word.starts_with(|c: char| c.is_ascii_digit()) => match s.stem(word) {
            Cow::Borrowed(b) if b.len() == word.len() => folded.to_string(),
            stem => fold(&stem),
        },
        _ => folded.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn stems(lang: &str, text: &str) -> Vec<String> {
        Analyzer::new(lang)
            .terms(text)
            .into_iter()
            .map(|(_, s)| s)
            .collect()
    }

    #[test]
    fn folds_case_and_accents() {
        assert_eq!(fold("École Élevée"), "ecole elevee");
        assert_eq!(fold("Œuvre CŒUR"), "oeuvre coeur");
        assert_eq!(fold("ĳs Ĳzer"), "ijs ijzer");
        assert_eq!(fold("e\u{301}cole"), "ecole");
        assert_eq!(fold("Ça"), "ca");
    }

    #[test]
    fn splits_on_apostrophes_and_hyphens() {
        assert_eq!(words("l'école"), ["l", "école"]);
        assert_eq!(words("L’École"), ["l", "école"]);
        assert_eq!(words("inter-quartiers"), ["inter", "quartiers"]);
        assert_eq!(words("« Premières récoltes. »"), ["premières", "récoltes"]);
    }

    #[test]
    fn lower_cases_words_whatever_their_letters() {
        // Lower-case words are passed as they are; any other is lower-cased first.
        assert_eq!(words("école ÉCOLE École"), ["école"; 3]);
        assert_eq!(words("STRAẞE Ǆemal ĲSSEL"), ["straße", "ǆemal", "ĳssel"]);
        assert_eq!(words("potager,POTAGER;Potager"), ["potager"; 3]);
        assert_eq!(words("€ 12 ½ — ok"), ["12", "½", "ok"]);
    }

    #[test]
    fn joins_digit_groups_of_one_number() {
        assert_eq!(words("2 330,50"), ["2330", "50"]);
        assert_eq!(words("2\u{202f}330,50\u{a0}€"), ["2330", "50"]);
        assert_eq!(words("€ 2.330,50"), ["2330", "50"]);
        assert_eq!(words("2330.5"), ["2330", "5"]);
        assert_eq!(words("12 000 000 m"), ["12000000", "m"]);
        assert_eq!(
            words("en 2024 3000 plants"),
            ["en", "2024", "3000", "plants"]
        );
        assert_eq!(words("2 330a"), ["2", "330a"]);
        assert_eq!(words("2023 2024"), ["2023", "2024"]);
        assert_eq!(words("a1 000"), ["a1", "000"]);
        assert_eq!(words("10 h à 12 h"), ["10", "h", "à", "12", "h"]);
        assert_eq!(words("10 à"), ["10", "à"]);
    }

    #[test]
    fn leaves_out_single_letters_and_stop_words() {
        let a = Analyzer::new("fr");
        let t: Vec<String> = a
            .terms("l'école de la rue")
            .into_iter()
            .map(|t| t.0)
            .collect();
        assert_eq!(t, ["ecole", "rue"]);
        assert!(a.terms("2").len() == 1, "a digit alone is a word");
    }

    #[test]
    fn stems_french() {
        assert_eq!(stems("fr", "composter compost composts"), ["compost"; 3]);
        assert_eq!(stems("fr", "récoltes récolte Récolter"), ["recolt"; 3]);
        assert_eq!(stems("fr", "école écoles"), ["ecol"; 2]);
        assert_eq!(stems("fr", "ecole"), ["ecol"], "without accents too");
    }

    #[test]
    fn stems_dutch() {
        assert_eq!(stems("nl", "tuinen tuin"), ["tuin"; 2]);
        assert_eq!(stems("nl", "bewoners bewoner"), ["bewoner"; 2]);
        assert_eq!(stems("nl", "oogsten oogst"), ["oogst"; 2]);
    }

    #[test]
    fn numbers_are_not_stemmed() {
        assert_eq!(stems("fr", "2024 330"), ["2024", "330"]);
    }
}
