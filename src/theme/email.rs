//! The e-mail language files of the theme (`email/i18n/<lang>.yaml`): subject, per-event
//! texts and short labels of the notice e-mails. Amounts in them use the formats of the
//! theme's `i18n/<lang>.yaml`, like the site's.

use crate::i18n::format::Formats;
use serde::Deserialize;
use std::collections::BTreeMap;

/// The strings of notice e-mails in one language.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EmailStrings {
    /// With `{event}`, `{district}`, `{edition}`, `{total}`.
    pub subject: String,
    /// Event name → its title.
    pub events: BTreeMap<String, String>,
    /// Event name → the opening paragraph, with `{district}`, `{commune}`, `{edition}`, `{total}`.
    pub intro: BTreeMap<String, String>,
    /// Event name → what a member of the committee is asked to do.
    pub action: BTreeMap<String, String>,
    /// Event name → what the district's coach is told instead (the coach does not select nor
    /// evaluate); where an event has none, the coach gets `action`.
    #[serde(default)]
    pub action_coach: BTreeMap<String, String>,
    /// Short labels handed to the templates as `t`.
    pub labels: BTreeMap<String, String>,
}

impl EmailStrings {
    /// Parses the YAML text of an e-mail language file.
    pub fn parse(text: &str) -> Result<EmailStrings, String> {
        serde_saphyr::from_str(text).map_err(|e| e.to_string())
    }

    /// Sets the typography of the language (its [`Formats::typography`]) on every string.
    pub fn apply_typography(&mut self, formats: &Formats) {
        self.subject = formats.typography(&self.subject);
        for map in [
            &mut self.events,
            &mut self.intro,
            &mut self.action,
            &mut self.action_coach,
            &mut self.labels,
        ] {
            for s in map.values_mut() {
                *s = formats.typography(s);
            }
        }
    }
}
