//! The texts of one list item (a roadmap step, a budget line, an update, an evaluation summary)
//! in the languages other than its original's, as translations `<id>.<lang>.md` give them.

/// A list item's text per language, for the languages a translation gives it in (never the
/// original's). Empty, and without allocation, when nobody translated it.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Translated(Vec<(String, String)>);

impl Translated {
    /// The text in `lang`, when a translation gives it.
    pub fn get(&self, lang: &str) -> Option<&str> {
        self.0
            .iter()
            .find(|(l, _)| l == lang)
            .map(|(_, t)| t.as_str())
    }

    /// Sets the text in `lang` (replacing an earlier one).
    pub fn set(&mut self, lang: &str, text: String) {
        match self.0.iter_mut().find(|(l, _)| l == lang) {
            Some(slot) => slot.1 = text,
            None => self.0.push((lang.to_string(), text)),
        }
    }

    /// The text for a page in `lang` and the language it is written in: the translation's,
    /// else the original's.
    pub fn pick<'a>(
        &'a self,
        original: &'a str,
        original_lang: &'a str,
        lang: &'a str,
    ) -> (&'a str, &'a str) {
        match self.get(lang) {
            Some(t) if lang != original_lang => (t, lang),
            _ => (original, original_lang),
        }
    }

    /// Every language with its text, in the order they were set.
    pub fn iter(&self) -> impl Iterator<Item = (&str, &str)> {
        self.0.iter().map(|(l, t)| (l.as_str(), t.as_str()))
    }
}

impl super::Step {
    /// The step as the original writes it, translations aside (what a change of the roadmap
    /// compares).
    pub fn original(&self) -> (&str, Option<super::Date>, Option<super::Date>) {
        (&self.step, self.due, self.done)
    }
}

impl super::BudgetLine {
    /// The line as the original writes it, translations aside.
    pub fn original(&self) -> (&super::Id, &str, super::Cents) {
        (&self.category, &self.label, self.amount)
    }
}

impl super::Update {
    /// The update as the original writes it, translations aside.
    pub fn original(&self) -> (super::Date, &str) {
        (self.date, &self.text)
    }
}

/// The texts of a list in `lang`, item by item (`None` where an item has none there).
pub fn texts_in<'a, T>(
    items: &'a [T],
    lang: &str,
    tr: impl Fn(&'a T) -> &'a Translated,
) -> Vec<Option<&'a str>> {
    items.iter().map(|i| tr(i).get(lang)).collect()
}

/// The language a list is shown in on a page in `lang`: `lang` when every item has its text
/// there (a translation gives the whole list), else the original's.
pub fn list_lang<'a, T>(
    items: &'a [T],
    lang: &'a str,
    original: &'a str,
    tr: impl Fn(&'a T) -> &'a Translated,
) -> &'a str {
    let whole = !items.is_empty() && items.iter().all(|i| tr(i).get(lang).is_some());
    if lang != original && whole {
        lang
    } else {
        original
    }
}

#[cfg(test)]
mod tests {
    use super::{list_lang, Translated};

    #[test]
    fn a_list_is_shown_in_the_page_language_only_when_every_item_is_translated() {
        let mut a = Translated::default();
        a.set("nl", "Plantdag".into());
        let b = Translated::default();
        assert_eq!(list_lang(&[a.clone()], "nl", "fr", |t| t), "nl");
        assert_eq!(list_lang(&[a.clone(), b], "nl", "fr", |t| t), "fr");
        assert_eq!(list_lang(&[a], "fr", "fr", |t| t), "fr");
        assert_eq!(list_lang::<Translated>(&[], "nl", "fr", |t| t), "fr");
    }

    #[test]
    fn setting_a_language_twice_keeps_the_last_text() {
        let mut a = Translated::default();
        a.set("nl", "een".into());
        a.set("nl", "twee".into());
        assert_eq!(a.get("nl"), Some("twee"));
        assert_eq!(a.iter().count(), 1);
        assert_eq!(a.get("de"), None);
        assert_eq!(a.pick("deux", "fr", "nl"), ("twee", "nl"));
        assert_eq!(a.pick("deux", "fr", "fr"), ("deux", "fr"));
        assert_eq!(a.pick("deux", "fr", "de"), ("deux", "fr"));
    }
}
