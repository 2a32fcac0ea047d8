//! The Latin letters of the programme's languages and their base letters, for folding accents
//! wherever labels are compared: sorting, search, and names in boundary files.

use icu_normalizer::DecomposingNormalizerBorrowed;

/// The base letters of a lower-case Latin letter with a diacritic or a ligature (Latin-1 and
/// Latin Extended-A, which French, Dutch and English use): `é` → `e`, `œ` → `oe`; `None` for
/// any other character. Sorting and the matching of boundary names fold with this table; the
/// search folds with [`fold_letters`], which agrees with it on these letters.
pub fn latin_base(c: char) -> Option<&'static str> {
    Some(match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' => "a",
        'ç' | 'ć' | 'ĉ' | 'ċ' | 'č' => "c",
        'ď' | 'đ' => "d",
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ĕ' | 'ė' | 'ę' | 'ě' => "e",
        'ĝ' | 'ğ' | 'ġ' | 'ģ' => "g",
        'ĥ' | 'ħ' => "h",
        'ì' | 'í' | 'î' | 'ï' | 'ĩ' | 'ī' | 'ĭ' | 'į' | 'ı' => "i",
        'ĵ' => "j",
        'ķ' => "k",
        'ĺ' | 'ļ' | 'ľ' | 'ŀ' | 'ł' => "l",
        'ñ' | 'ń' | 'ņ' | 'ň' => "n",
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ŏ' | 'ő' => "o",
        'ŕ' | 'ŗ' | 'ř' => "r",
        'ś' | 'ŝ' | 'ş' | 'š' => "s",
        'ţ' | 'ť' | 'ŧ' => "t",
        'ù' | 'ú' | 'û' | 'ü' | 'ũ' | 'ū' | 'ŭ' | 'ů' | 'ű' | 'ų' => "u",
        'ŵ' => "w",
        'ý' | 'ÿ' | 'ŷ' => "y",
        'ź' | 'ż' | 'ž' => "z",
        'œ' => "oe",
        'æ' => "ae",
        'ß' => "ss",
        'ĳ' => "ij",
        _ => return None,
    })
}

/// Folds a word for search, as the browser's search script does (`search.js`: `fold`): lower
/// case, canonical decomposition (NFD), combining diacritical marks (U+0300–U+036F) dropped,
/// then the letters that do not decompose (`œ`, `æ`, `ß`, `ĳ`, `ı`, `ł`, `ø`, `đ`, `ħ`, `ŧ`,
/// `ŀ`) by [`latin_base`]. Any accented letter folds, not only those of the table: `Ștefan` →
/// `stefan`, `ẽ` → `e`. Both sides are checked against `tests/fixtures/fold.json`.
pub fn fold_letters(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    let lower = s.chars().flat_map(char::to_lowercase);
    let mut out = String::with_capacity(s.len());
    for c in DecomposingNormalizerBorrowed::new_nfd().normalize_iter(lower) {
        match c {
            '\u{300}'..='\u{36f}' => {}
            c => match latin_base(c) {
                Some(base) => out.push_str(base),
                None => out.push(c),
            },
        }
    }
    out
}
