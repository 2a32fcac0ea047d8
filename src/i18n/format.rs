//! Locale formats of money, numbers and dates, and the typography of a language, as the theme's
//! language files define them (`format:` in `themes/<name>/i18n/<lang>.yaml`). The site and the
//! e-mails take them from their theme; messages and the pull-request comment from the built-in
//! default theme ([`format_money`], [`format_date`]).

use crate::value::{Cents, Date};
use serde::Deserialize;
use std::collections::BTreeMap;
use std::sync::OnceLock;

/// The `format:` section of a language file.
#[derive(Clone, Debug, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Formats {
    pub number: NumberFormat,
    /// An amount in euros, with `{amount}`: `{amount}\u{a0}€`.
    pub money: String,
    pub date: DateFormat,
    /// The space written before a punctuation mark, by mark: French puts a no-break space
    /// before `:` (U+00A0) and a narrow one before `;`, `!` and `?` (U+202F). Applied to every
    /// string of the language, on the site and in e-mails.
    #[serde(default)]
    pub space_before: BTreeMap<String, String>,
}

/// How numbers are written.
#[derive(Clone, Debug, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct NumberFormat {
    /// Between groups of three digits.
    pub thousands: String,
    /// Before the decimals.
    pub decimal: String,
}

/// How dates are written.
#[derive(Clone, Debug, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct DateFormat {
    /// With `{day}`, `{month}` (its name) and `{year}`.
    pub pattern: String,
    /// The twelve month names, January first.
    pub months: Vec<String>,
    /// How the first day of a month is written, when not `1` (French `1er`).
    #[serde(default)]
    pub first_day: Option<String>,
}

/// The built-in default theme's language files, read here rather than through the theme so that
/// messages (which format money and dates) do not depend on the theme loader, which depends on
/// them. Only their `format:` section is read.
const BUILT_IN_FILES: [(&str, &str); 3] = [
    ("fr", include_str!("../../themes/default/i18n/fr.yaml")),
    ("nl", include_str!("../../themes/default/i18n/nl.yaml")),
    ("en", include_str!("../../themes/default/i18n/en.yaml")),
];

impl Formats {
    /// The formats of `lang` in the built-in default theme (English for a language it lacks).
    pub fn built_in(lang: &str) -> &'static Formats {
        static BUILT_IN: OnceLock<BTreeMap<String, Formats>> = OnceLock::new();
        let all = BUILT_IN.get_or_init(|| {
            #[derive(Deserialize)]
            struct File {
                format: Formats,
            }
            BUILT_IN_FILES
                .into_iter()
                .filter_map(|(l, text)| {
                    let file: File = serde_saphyr::from_str(text).ok()?;
                    Some((l.to_string(), file.format))
                })
                .collect()
        });
        all.get(lang)
            .or_else(|| all.get("en"))
            .unwrap_or_else(|| unreachable_formats())
    }

    /// Why the formats cannot be used, if they cannot.
    pub fn check(&self) -> Result<(), String> {
        if !self.money.contains("{amount}") {
            return Err("`format.money` needs `{amount}`".into());
        }
        if self.date.months.len() != 12 {
            return Err("`format.date.months` needs twelve names".into());
        }
        Ok(())
    }

    /// An amount with its cents: fr `2 330,50 €`.
    pub fn money(&self, amount: Cents) -> String {
        let n = &self.number;
        let digits = amount.format_parts(&n.thousands, &n.decimal);
        self.money.replace("{amount}", &digits)
    }

    /// An amount without decimals when it has no cents (charts and figures): fr `15 000 €`.
    pub fn money_short(&self, amount: Cents) -> String {
        if amount.0 % 100 != 0 {
            return self.money(amount);
        }
        let n = &self.number;
        let digits = amount.format_parts(&n.thousands, &n.decimal);
        let whole = &digits[..digits.len() - n.decimal.len() - 2];
        self.money.replace("{amount}", whole)
    }

    /// A date: fr `14 mars 2024`, `1er août 2024`.
    pub fn date(&self, date: Date) -> String {
        let d = &self.date;
        let month = d.months[usize::from(date.month.clamp(1, 12)) - 1].as_str();
        let day = match (&d.first_day, date.day) {
            (Some(first), 1) => first.clone(),
            _ => date.day.to_string(),
        };
        d.pattern
            .replace("{day}", &day)
            .replace("{month}", month)
            .replace("{year}", &date.year.to_string())
    }

    /// `text` with the language's spaces before punctuation: a plain space before a mark of
    /// `space_before` becomes that mark's space.
    pub fn typography(&self, text: &str) -> String {
        let mut out = text.to_string();
        for (mark, space) in &self.space_before {
            out = out.replace(&format!(" {mark}"), &format!("{space}{mark}"));
        }
        out
    }
}

/// Only reached if the built-in theme's English file lost its `format:` section, which the
/// theme's own tests rule out.
fn unreachable_formats() -> &'static Formats {
    static FALLBACK: OnceLock<Formats> = OnceLock::new();
    FALLBACK.get_or_init(|| Formats {
        number: NumberFormat {
            thousands: ",".into(),
            decimal: ".".into(),
        },
        money: "€{amount}".into(),
        date: DateFormat {
            pattern: "{year}-{month}-{day}".into(),
            months: (1..=12).map(|m| format!("{m:02}")).collect(),
            first_day: None,
        },
        space_before: BTreeMap::new(),
    })
}

/// An amount in euros for `lang`, as the built-in theme writes it: fr `2 330,50 €`
/// (U+202F between thousands, U+00A0 before the sign), nl `€ 2.330,50`, en `€2,330.50`.
pub fn format_money(amount: Cents, lang: &str) -> String {
    Formats::built_in(lang).money(amount)
}

/// A date for `lang`, as the built-in theme writes it: fr `14 mars 2024`, nl `14 maart 2024`.
pub fn format_date(date: Date, lang: &str) -> String {
    Formats::built_in(lang).date(date)
}

/// A duration in seconds with two decimals, as `lang` writes decimals: fr and nl `0,07`, en
/// `0.07`.
pub fn format_seconds(seconds: f64, lang: &str) -> String {
    let text = format!("{seconds:.2}");
    text.replace('.', &Formats::built_in(lang).number.decimal)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn writes_seconds_with_the_decimal_mark_of_the_language() {
        assert_eq!(format_seconds(0.0712, "fr"), "0,07");
        assert_eq!(format_seconds(12.5, "nl"), "12,50");
        assert_eq!(format_seconds(0.0712, "en"), "0.07");
    }

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
        let f = |l| Formats::built_in(l);
        assert_eq!(f("fr").money_short(Cents(1500000)), "15\u{202f}000\u{a0}€");
        assert_eq!(f("nl").money_short(Cents(1500050)), "€\u{a0}15.000,50");
        assert_eq!(f("en").money_short(Cents(40000)), "€400");
        assert_eq!(f("en").money_short(Cents(-40000)), "€-400");
    }

    #[test]
    fn formats_dates_per_locale() {
        let d = Date::parse("2024-03-14").unwrap();
        assert_eq!(format_date(d, "fr"), "14 mars 2024");
        assert_eq!(format_date(d, "nl"), "14 maart 2024");
        assert_eq!(format_date(d, "en"), "14 March 2024");
        assert_eq!(format_date(d, "de"), "14 March 2024");
        let first = Date::parse("2024-08-01").unwrap();
        assert_eq!(format_date(first, "fr"), "1er août 2024");
        assert_eq!(format_date(first, "nl"), "1 augustus 2024");
    }

    #[test]
    fn french_typography_binds_punctuation_to_the_word_before() {
        let fr = Formats::built_in("fr");
        assert_eq!(
            fr.typography("Thème : Eau ; vraiment ? Oui !"),
            "Thème\u{a0}: Eau\u{202f}; vraiment\u{202f}? Oui\u{202f}!"
        );
        assert_eq!(Formats::built_in("nl").typography("Thema : x"), "Thema : x");
    }
}
