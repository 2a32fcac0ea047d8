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
        match fold_char(c) {
            Some(f) => out.push_str(f),
            None => out.extend(c.to_lowercase()),
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

fn fold_char(c: char) -> Option<&'static str> {
    Some(match c {
        'À' | 'Á' | 'Â' | 'Ã' | 'Ä' | 'Å' | 'Ā' | 'Ă' | 'Ą' | 'à' | 'á' | 'â' | 'ã' | 'ä' | 'å'
        | 'ā' | 'ă' | 'ą' => "a",
        'Æ' | 'æ' => "ae",
        'Ç' | 'Ć' | 'Ĉ' | 'Ċ' | 'Č' | 'ç' | 'ć' | 'ĉ' | 'ċ' | 'č' => "c",
        'Ď' | 'Đ' | 'ď' | 'đ' | 'Ð' | 'ð' => "d",
        'È' | 'É' | 'Ê' | 'Ë' | 'Ē' | 'Ĕ' | 'Ė' | 'Ę' | 'Ě' | 'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ĕ'
        | 'ė' | 'ę' | 'ě' => "e",
        'Ĝ' | 'Ğ' | 'Ġ' | 'Ģ' | 'ĝ' | 'ğ' | 'ġ' | 'ģ' => "g",
        'Ĥ' | 'Ħ' | 'ĥ' | 'ħ' => "h",
        'Ì' | 'Í' | 'Î' | 'Ï' | 'Ĩ' | 'Ī' | 'Ĭ' | 'Į' | 'İ' | 'ì' | 'í' | 'î' | 'ï' | 'ĩ' | 'ī'
        | 'ĭ' | 'į' | 'ı' => "i",
        'Ĳ' | 'ĳ' => "ij",
        'Ĵ' | 'ĵ' => "j",
        'Ķ' | 'ķ' => "k",
        'Ĺ' | 'Ļ' | 'Ľ' | 'Ŀ' | 'Ł' | 'ĺ' | 'ļ' | 'ľ' | 'ŀ' | 'ł' => "l",
        'Ñ' | 'Ń' | 'Ņ' | 'Ň' | 'ñ' | 'ń' | 'ņ' | 'ň' => "n",
        'Ò' | 'Ó' | 'Ô' | 'Õ' | 'Ö' | 'Ø' | 'Ō' | 'Ŏ' | 'Ő' | 'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø'
        | 'ō' | 'ŏ' | 'ő' => "o",
        'Œ' | 'œ' => "oe",
        'Ŕ' | 'Ŗ' | 'Ř' | 'ŕ' | 'ŗ' | 'ř' => "r",
        'Ś' | 'Ŝ' | 'Ş' | 'Š' | 'ś' | 'ŝ' | 'ş' | 'š' => "s",
        'ß' => "ss",
        'Ţ' | 'Ť' | 'Ŧ' | 'ţ' | 'ť' | 'ŧ' => "t",
        'Ù' | 'Ú' | 'Û' | 'Ü' | 'Ũ' | 'Ū' | 'Ŭ' | 'Ů' | 'Ű' | 'Ų' | 'ù' | 'ú' | 'û' | 'ü' | 'ũ'
        | 'ū' | 'ŭ' | 'ů' | 'ű' | 'ų' => "u",
        'Ŵ' | 'ŵ' => "w",
        'Ý' | 'Ÿ' | 'Ŷ' | 'ý' | 'ÿ' | 'ŷ' => "y",
        'Ź' | 'Ż' | 'Ž' | 'ź' | 'ż' | 'ž' => "z",
        // Apostrophes and hyphens do not separate words for sorting (`Sint-Gillis`, `l'Eau`).
        '\'' | '’' | '-' | '\u{2010}' | '\u{2011}' => "",
        _ => return None,
    })
}

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
