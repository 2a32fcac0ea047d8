//! What a resident most likely meant: an id without accents or capitals (`Potager-École` →
//! `potager-ecole`), a date in the form the content takes (`12/06/2025`, `6 juin 2025` →
//! `2025-06-12`, `2025-06-06`), for the help lines.

use crate::i18n::Message;
use crate::msg;

/// `text` as an id: lower case, accents dropped, spaces, underscores and points as dashes, other
/// characters left out; `None` when nothing is left.
pub fn id_like(text: &str) -> Option<String> {
    let mut out = String::new();
    for c in text.chars().flat_map(char::to_lowercase) {
        match crate::value::latin_base(c) {
            Some(p) => out.push_str(p),
            None if c.is_ascii_lowercase() || c.is_ascii_digit() => out.push(c),
            None if matches!(c, ' ' | '_' | '-' | '.' | '\'') && !out.ends_with('-') => {
                out.push('-')
            }
            None => {}
        }
    }
    let id: String = out.trim_matches('-').chars().take(63).collect();
    let id = id.trim_end_matches('-').to_string();
    (!id.is_empty()).then_some(id)
}

/// The help line of an invalid id: the id it most likely should be, or `otherwise`.
pub fn id_help(id: &str, otherwise: Message) -> Message {
    match id_like(id) {
        Some(id) => msg!("id-invalid-fix.help", id = id),
        None => otherwise,
    }
}

/// Month names in French, Dutch and English (and their usual abbreviations), by month.
const MONTHS: [&[&str]; 12] = [
    &["janvier", "januari", "january", "jan", "janv"],
    &[
        "février", "fevrier", "februari", "february", "feb", "févr", "fevr",
    ],
    &["mars", "maart", "march", "mar", "mrt"],
    &["avril", "april", "apr", "avr"],
    &["mai", "mei", "may"],
    &["juin", "juni", "june", "jun"],
    &["juillet", "juli", "july", "jul", "juil"],
    &["août", "aout", "augustus", "august", "aug"],
    &["septembre", "september", "sep", "sept"],
    &["octobre", "oktober", "october", "oct", "okt"],
    &["novembre", "november", "nov"],
    &["décembre", "decembre", "december", "dec", "déc"],
];

/// `text` as a `YYYY-MM-DD` date, from day-month-year with `/`, `.` or `-` (`12/06/2025`,
/// `12-6-2025`) or with the month's name (`6 juin 2025`, `1er mai 2025`, `6 June 2025`).
pub fn iso_date(text: &str) -> Option<String> {
    let t = text.trim().to_lowercase();
    let parts: Vec<&str> = t
        .split(['/', '.', '-', ' '])
        .filter(|p| !p.is_empty())
        .collect();
    let [day, month, year] = parts.as_slice() else {
        return None;
    };
    let day: u32 = day.trim_end_matches("er").parse().ok()?;
    let month = match month.parse::<u32>() {
        Ok(m) => m,
        Err(_) => 1 + MONTHS.iter().position(|names| names.contains(month))? as u32,
    };
    let year: u32 = year.parse().ok()?;
    let date = format!("{year:04}-{month:02}-{day:02}");
    crate::value::Date::parse(&date).map(|_| date)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn makes_ids_from_what_residents_type() {
        assert_eq!(id_like("potager-école").as_deref(), Some("potager-ecole"));
        assert_eq!(
            id_like("Fête des Voisins").as_deref(),
            Some("fete-des-voisins")
        );
        assert_eq!(id_like("cœur_d'îlot").as_deref(), Some("coeur-d-ilot"));
        assert_eq!(id_like("!!!"), None);
    }

    #[test]
    fn reads_dates_as_residents_write_them() {
        assert_eq!(iso_date("12/06/2025").as_deref(), Some("2025-06-12"));
        assert_eq!(iso_date("6 juin 2025").as_deref(), Some("2025-06-06"));
        assert_eq!(iso_date("1er mai 2025").as_deref(), Some("2025-05-01"));
        assert_eq!(iso_date("6 juni 2025").as_deref(), Some("2025-06-06"));
        assert_eq!(iso_date("31.02.2025"), None);
        assert_eq!(iso_date("bientôt"), None);
    }
}
