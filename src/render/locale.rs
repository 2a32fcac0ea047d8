//! A language of the site as its pages are rendered: the UI strings, the money and date formats,
//! the strings as template values and the Open Graph locale, made once per language per build.

use crate::i18n::format::Formats;
use crate::theme::{Strings, Theme};

/// What a page needs of its language; [`super::shared::Shared`] holds one per language.
pub struct Locale {
    lang: String,
    strings: Strings,
    /// The same strings as template values, converted once (a page's `t`).
    values: tera::Value,
    formats: Formats,
    /// `locale` in the theme's language file, else the code (`og:locale`).
    og_locale: String,
}

impl Locale {
    /// The strings and formats of `lang` in `theme`.
    pub fn new(theme: &Theme, lang: &str) -> Locale {
        Locale::of(lang, theme.strings(lang), theme.formats(lang).clone())
    }

    /// A language the theme was not asked for: keys stand for its strings, English formats.
    pub fn bare(theme: &Theme, lang: &str) -> Locale {
        Locale::of(lang, Strings::new(), theme.formats(lang).clone())
    }

    fn of(lang: &str, strings: Strings, formats: Formats) -> Locale {
        let og_locale = strings
            .get("locale")
            .filter(|l| *l != "locale")
            .map_or_else(|| lang.to_string(), String::clone);
        Locale {
            lang: lang.to_string(),
            values: tera::Value::from_serializable(&strings),
            strings,
            formats,
            og_locale,
        }
    }

    /// The language's code (`fr`): for URLs, `lang` attributes and the texts of the model.
    pub fn lang(&self) -> &str {
        &self.lang
    }

    /// A UI string (the key itself when the theme lacks it).
    pub fn t(&self, key: &str) -> String {
        self.strings
            .get(key)
            .cloned()
            .unwrap_or_else(|| key.to_string())
    }

    /// The string of `key` for a count of `n`: `{key}_one` when `n` takes the singular (1, and
    /// 0 where the theme's `plural_zero` is `one`, as in French), else `{key}`; `{count}`
    /// replaced by `n`.
    pub fn counted(&self, n: usize, key: &str) -> String {
        let one = n == 1 || (n == 0 && self.t("plural_zero") == "one");
        let key = if one {
            format!("{key}_one")
        } else {
            key.to_string()
        };
        self.t(&key).replace("{count}", &n.to_string())
    }

    /// The money and date formats, from the theme's language file.
    pub fn formats(&self) -> &Formats {
        &self.formats
    }

    /// The strings as a template value.
    pub(super) fn values(&self) -> &tera::Value {
        &self.values
    }

    /// The Open Graph locale (`fr_BE`).
    pub fn og_locale(&self) -> &str {
        &self.og_locale
    }
}

#[cfg(test)]
mod tests {
    use super::super::shared::Shared;
    use super::{Locale, Strings};
    use crate::theme::Theme;

    fn strings(pairs: &[(&str, &str)]) -> Strings {
        pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
    }

    #[test]
    fn each_language_is_made_once_and_every_page_borrows_it() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let site = crate::validate::validate(&crate::load::load(root).unwrap())
            .site
            .unwrap();
        let theme = Theme::of_root(root, site.programme.theme_name()).unwrap();
        let shared = Shared::new(&site, &theme, "https://example.org/");
        let fr = shared.locale("fr");
        assert!(std::ptr::eq(fr, shared.locale("fr")));
        assert_eq!(fr.lang(), "fr");
        assert_eq!(fr.og_locale(), "fr_BE");
        assert_eq!(fr.formats(), theme.formats("fr"));
        assert_eq!(fr.t("language_fr"), "Français");
        // A language the programme does not have: the keys, and English formats.
        let other = shared.locale("de");
        assert_eq!(other.t("language_fr"), "language_fr");
        assert_eq!(other.formats(), theme.formats("en"));
    }

    #[test]
    fn zero_takes_the_singular_where_the_language_says_so() {
        let formats = crate::i18n::format::Formats::built_in("fr").clone();
        let keys = [("n", "{count} projets"), ("n_one", "{count} projet")];
        let fr = Locale::of(
            "fr",
            strings(&[keys[0], keys[1], ("plural_zero", "one")]),
            formats.clone(),
        );
        let nl = Locale::of("nl", strings(&keys), formats);
        assert_eq!(fr.counted(0, "n"), "0 projet");
        assert_eq!(nl.counted(0, "n"), "0 projets");
        assert_eq!(nl.counted(1, "n"), "1 projet");
        assert_eq!(nl.counted(2, "missing"), "missing");
    }

    #[test]
    fn the_open_graph_locale_is_the_code_when_the_theme_names_none() {
        let formats = crate::i18n::format::Formats::built_in("en").clone();
        let named = Locale::of("nl", strings(&[("locale", "nl_BE")]), formats.clone());
        let unnamed = Locale::of("de", Strings::new(), formats.clone());
        let literal = Locale::of("it", strings(&[("locale", "locale")]), formats);
        assert_eq!(named.og_locale(), "nl_BE");
        assert_eq!(unnamed.og_locale(), "de");
        assert_eq!(literal.og_locale(), "it");
    }
}
