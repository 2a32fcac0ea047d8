//! A language file of the theme (`i18n/<lang>.yaml`): UI strings (key → text) and a `format:`
//! section (money, numbers, dates, typography) used by the site and the e-mails alike.

use crate::i18n::format::Formats;
use serde::Deserialize;
use std::collections::BTreeMap;

/// UI strings of one language: key → text.
pub type Strings = BTreeMap<String, String>;

/// One parsed language file.
#[derive(Debug, Deserialize)]
pub(super) struct Language {
    /// Optional in any language but English: a file without it takes English's.
    #[serde(default, rename = "format")]
    pub formats: Option<Formats>,
    #[serde(flatten)]
    pub strings: Strings,
}

impl Language {
    /// Parses the YAML text of a language file.
    pub fn parse(text: &str) -> Result<Language, String> {
        serde_saphyr::from_str(text).map_err(|e| e.to_string())
    }

    /// Takes `base` (English's) formats when the file has none, checks them, and sets the
    /// typography of the language on every string (`Thème : Eau` → `Thème\u{a0}: Eau`).
    pub fn complete(&mut self, base: &Option<Formats>) -> Result<(), String> {
        let formats = match self.formats.take().or_else(|| base.clone()) {
            Some(f) => f,
            None => return Err("the English file needs a `format:` section".into()),
        };
        formats.check()?;
        for s in self.strings.values_mut() {
            *s = formats.typography(s);
        }
        self.formats = Some(formats);
        Ok(())
    }

    /// The formats (after [`Language::complete`]).
    pub fn formats(&self) -> &Formats {
        self.formats
            .as_ref()
            .unwrap_or_else(|| Formats::built_in("en"))
    }
}
