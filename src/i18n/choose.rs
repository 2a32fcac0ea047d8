//! Which language a run speaks: `--lang`, else `WIJK_LANG`, else the locale, else the programme's
//! first language, else English.

use std::fmt;

/// A language wijk's messages are written in.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, clap::ValueEnum)]
pub enum Lang {
    Fr,
    Nl,
    /// The language when nothing chooses another.
    #[default]
    En,
}

impl Lang {
    /// Every language, in the order of the `.ftl` files.
    pub const ALL: [Lang; 3] = [Lang::Fr, Lang::Nl, Lang::En];

    /// The language code: `fr`, `nl` or `en`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Fr => "fr",
            Lang::Nl => "nl",
            Lang::En => "en",
        }
    }

    /// The language of a code (`fr`) or of a locale (`fr_BE.UTF-8`, `nl-BE`); `None` for others
    /// (`C`, `POSIX`, `de_DE`).
    pub fn parse(s: &str) -> Option<Lang> {
        let code = s.split(['_', '-', '.', '@']).next().unwrap_or("");
        Lang::ALL
            .into_iter()
            .find(|l| l.code().eq_ignore_ascii_case(code))
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// The language of this run, from the process's environment. `programme_first` is asked only when
/// neither the flag, `WIJK_LANG` nor the locale decides.
pub fn choose(flag: Option<Lang>, programme_first: impl FnOnce() -> Option<String>) -> Lang {
    choose_with(flag, |k| std::env::var(k).ok(), programme_first)
}

/// [`choose`] with the environment given as a function. The locale is the first non-empty of
/// `LC_ALL`, `LC_MESSAGES`, `LANG` (POSIX order); one in another language (`C`, `de_DE`) decides
/// nothing and the programme's language applies.
pub fn choose_with(
    flag: Option<Lang>,
    env: impl Fn(&str) -> Option<String>,
    programme_first: impl FnOnce() -> Option<String>,
) -> Lang {
    let set = |k: &str| env(k).filter(|v| !v.trim().is_empty());
    flag.or_else(|| set("WIJK_LANG").and_then(|v| Lang::parse(&v)))
        .or_else(|| {
            ["LC_ALL", "LC_MESSAGES", "LANG"]
                .into_iter()
                .find_map(set)
                .and_then(|v| Lang::parse(&v))
        })
        .or_else(|| programme_first().and_then(|v| Lang::parse(&v)))
        .unwrap_or(Lang::En)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pick(flag: Option<Lang>, vars: &[(&str, &str)], programme: Option<&str>) -> Lang {
        let env = |k: &str| {
            vars.iter()
                .find(|(n, _)| *n == k)
                .map(|(_, v)| v.to_string())
        };
        choose_with(flag, env, || programme.map(str::to_string))
    }

    #[test]
    fn the_flag_wins_then_wijk_lang_then_the_locale_then_the_programme() {
        let all = [
            ("WIJK_LANG", "nl"),
            ("LC_ALL", "fr_BE.UTF-8"),
            ("LANG", "en_GB.UTF-8"),
        ];
        assert_eq!(pick(Some(Lang::En), &all, Some("fr")), Lang::En);
        assert_eq!(pick(None, &all, Some("fr")), Lang::Nl);
        assert_eq!(pick(None, &all[1..], Some("nl")), Lang::Fr);
        assert_eq!(pick(None, &all[2..], Some("nl")), Lang::En);
        assert_eq!(pick(None, &[], Some("nl")), Lang::Nl);
        assert_eq!(pick(None, &[], Some("de")), Lang::En);
        assert_eq!(pick(None, &[], None), Lang::En);
    }

    #[test]
    fn reads_the_locale_in_posix_order() {
        let nl = [("LC_MESSAGES", "nl_BE.UTF-8"), ("LANG", "fr_BE.UTF-8")];
        assert_eq!(pick(None, &nl, None), Lang::Nl);
        // An empty LC_ALL is unset; C or another language decides nothing.
        let c = [("LC_ALL", ""), ("LANG", "C.UTF-8")];
        assert_eq!(pick(None, &c, Some("fr")), Lang::Fr);
        assert_eq!(pick(None, &[("LANG", "de_DE.UTF-8")], Some("nl")), Lang::Nl);
        assert_eq!(pick(None, &[("WIJK_LANG", "xx")], Some("nl")), Lang::Nl);
    }

    #[test]
    fn parses_codes_and_locales() {
        assert_eq!(Lang::parse("fr_BE.UTF-8"), Some(Lang::Fr));
        assert_eq!(Lang::parse("nl-BE"), Some(Lang::Nl));
        assert_eq!(Lang::parse("en"), Some(Lang::En));
        assert_eq!(Lang::parse("POSIX"), None);
        assert_eq!(Lang::parse(""), None);
    }
}
