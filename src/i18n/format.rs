//! Locale formats shared by the site, the e-mails and the messages: money and dates as a reader of each language expects them.

use crate::model::{Cents, Date};

/// Formats an amount in euros for `lang`: fr `2 330,50 €` (U+202F between thousands,
/// U+00A0 before the sign), nl `€ 2.330,50`, en `€2,330.50`.
pub fn format_money(amount: Cents, lang: &str) -> String {
    match lang {
        "fr" => format!("{}\u{a0}€", amount.format_parts("\u{202f}", ",")),
        "nl" => format!("€\u{a0}{}", amount.format_parts(".", ",")),
        "de" => format!("{}\u{a0}€", amount.format_parts(".", ",")),
        _ => format!("€{}", amount.format_parts(",", ".")),
    }
}

/// Formats a whole-euro amount for charts and figures (no decimals when there are no cents).
pub fn format_money_short(amount: Cents, lang: &str) -> String {
    let full = format_money(amount, lang);
    if amount.0 % 100 != 0 {
        return full;
    }
    let dec = if matches!(lang, "fr" | "nl" | "de") {
        ",00"
    } else {
        ".00"
    };
    full.replacen(dec, "", 1)
}

const MONTHS_FR: [&str; 12] = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
];
const MONTHS_NL: [&str; 12] = [
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
];
const MONTHS_EN: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// Formats a date for `lang`: fr `14 mars 2024`, nl `14 maart 2024`, en `14 March 2024`;
/// ISO for languages without month names here.
pub fn format_date(date: Date, lang: &str) -> String {
    let months = match lang {
        "fr" => &MONTHS_FR,
        "nl" => &MONTHS_NL,
        "en" => &MONTHS_EN,
        _ => return date.iso(),
    };
    let month = months[usize::from(date.month.clamp(1, 12)) - 1];
    let day = if lang == "fr" && date.day == 1 {
        "1er".to_string()
    } else {
        date.day.to_string()
    };
    format!("{day} {month} {}", date.year)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_money_per_locale() {
        assert_eq!(format_money(Cents(233050), "fr"), "2\u{202f}330,50\u{a0}€");
        assert_eq!(format_money(Cents(233050), "nl"), "€\u{a0}2.330,50");
        assert_eq!(format_money(Cents(233050), "en"), "€2,330.50");
        assert_eq!(format_money(Cents(5), "fr"), "0,05\u{a0}€");
        assert_eq!(
            format_money(Cents(150000000), "fr"),
            "1\u{202f}500\u{202f}000,00\u{a0}€"
        );
        assert_eq!(format_money(Cents(-1234), "nl"), "€\u{a0}-12,34");
    }

    #[test]
    fn shortens_whole_amounts_only() {
        assert_eq!(
            format_money_short(Cents(1500000), "fr"),
            "15\u{202f}000\u{a0}€"
        );
        assert_eq!(format_money_short(Cents(1500050), "nl"), "€\u{a0}15.000,50");
        assert_eq!(format_money_short(Cents(40000), "en"), "€400");
    }

    #[test]
    fn formats_dates_per_locale() {
        let d = Date::parse("2024-03-14").unwrap();
        assert_eq!(format_date(d, "fr"), "14 mars 2024");
        assert_eq!(format_date(d, "nl"), "14 maart 2024");
        assert_eq!(format_date(d, "en"), "14 March 2024");
        assert_eq!(format_date(d, "de"), "2024-03-14");
        let first = Date::parse("2024-08-01").unwrap();
        assert_eq!(format_date(first, "fr"), "1er août 2024");
    }
}
