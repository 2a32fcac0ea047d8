//! Sorting labels as a French or Dutch reader expects: letters compare without their accents
//! and case (`Économie` sorts with the `E`s, before `Urbanisme`), then, between labels equal on
//! that level, the unaccented form first (`cote` < `côte`), then by bytes, so the order is total.
//!
//! A fold table for the Latin letters of the programme's languages (Latin-1 and Latin
//! Extended-A) is enough here: labels are names of themes, communes, districts and people.
//! A full Unicode Collation Algorithm (ICU) would add megabytes of data for the same result on
//! these labels; letters outside the table compare by their code point after the folded ones.

use std::cmp::Ordering;

/// The primary key of a label: lower case, accents and ligatures folded (`Œuvre` → `oeuvre`).
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            // Apostrophes and hyphens do not separate words for sorting (`Sint-Gillis`, `l'Eau`).
            '\'' | '’' | '-' | '\u{2010}' | '\u{2011}' => {}
            'İ' => out.push('i'),
            'Ð' | 'ð' => out.push('d'),
            c => {
                for l in c.to_lowercase() {
                    match latin_base(l) {
                        Some(base) => out.push_str(base),
                        None => out.push(l),
                    }
                }
            }
        }
    }
    out
}

/// The order of two labels: folded first, then lower case with accents, then bytes.
pub fn compare(a: &str, b: &str) -> Ordering {
    fold(a)
        .cmp(&fold(b))
        .then_with(|| a.to_lowercase().cmp(&b.to_lowercase()))
        .then_with(|| a.cmp(b))
}

/// Sorts `items` by the label `key` gives, in collation order.
pub fn sort_by_label<T>(items: &mut [T], key: impl Fn(&T) -> &str) {
    items.sort_by_cached_key(|x| {
        let k = key(x);
        (fold(k), k.to_lowercase(), k.to_string())
    });
}

pub(crate) use crate::model::latin_base;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accents_sort_with_their_letter() {
        let mut v = vec![
            "Urbanisme",
            "Économie circulaire",
            "Eau",
            "Énergie",
            "Alimentation durable",
            "Biodiversité",
        ];
        sort_by_label(&mut v, |s| s);
        assert_eq!(
            v,
            [
                "Alimentation durable",
                "Biodiversité",
                "Eau",
                "Économie circulaire",
                "Énergie",
                "Urbanisme"
            ]
        );
    }

    #[test]
    fn case_ligatures_and_ties() {
        assert_eq!(fold("Œuvre Ĳzer ß"), "oeuvre ijzer ss");
        assert_eq!(compare("cote", "côte"), Ordering::Less);
        assert_eq!(compare("côte", "Coter"), Ordering::Less);
        assert_eq!(compare("zèbre", "Zebre"), Ordering::Greater);
        assert_eq!(compare("Sint-Gillis", "Sint Agatha"), Ordering::Greater);
        assert_eq!(compare("a", "a"), Ordering::Equal);
    }
}
