//! The templates of `wijk new`, one per kind and language, filled from the site's data.
//!
//! Lines of the project template starting with a marker are kept only when the district's dossier
//! needs them: `@draft` (nothing is required yet: the budget and roadmap stay as commented
//! examples), `@submit` (budget lines and a roadmap are required), `@granted` (`granted` is required).
//! Every template has a `@lang` line, kept when the file is in another language than the
//! programme's first.

use crate::model::Status;
use crate::schema::SchemaKind;

/// The languages of a new file: of its comments, and of its text (`lang:`).
#[derive(Clone, Copy, Debug)]
pub struct Langs<'a> {
    /// The language of the comments (a language without templates gets English ones).
    pub comments: &'a str,
    /// The language the file's text is to be written in.
    pub text: &'a str,
    /// Whether `lang:` is written (the text is not in the programme's first language).
    pub write_lang: bool,
}

/// What the dossier a project joins requires of it.
#[derive(Clone, Copy, Debug)]
pub struct ProjectNeeds {
    pub budget_and_roadmap: bool,
    pub granted: bool,
}

/// (language, district, project, expert) templates.
const TEMPLATES: [(&str, &str, &str, &str); 3] = [
    (
        "fr",
        include_str!("templates/fr/district.md"),
        include_str!("templates/fr/project.md"),
        include_str!("templates/fr/expert.md"),
    ),
    (
        "nl",
        include_str!("templates/nl/district.md"),
        include_str!("templates/nl/project.md"),
        include_str!("templates/nl/expert.md"),
    ),
    (
        "en",
        include_str!("templates/en/district.md"),
        include_str!("templates/en/project.md"),
        include_str!("templates/en/expert.md"),
    ),
];

/// The templates in `lang`, or in English for a language without templates.
fn templates(lang: &str) -> (&'static str, &'static str, &'static str) {
    let t = TEMPLATES
        .iter()
        .find(|t| t.0 == lang)
        .unwrap_or(&TEMPLATES[2]);
    (t.1, t.2, t.3)
}

/// What the call of the edition a new dossier joins asks of it.
#[derive(Clone, Debug, Default)]
pub struct CallShape {
    /// The ids of the edition's tracks: the dossier names the first, the comment all.
    pub tracks: Vec<String>,
    /// The edition asks for an intention note before the dossier.
    pub intention: bool,
    /// The call has a start fund.
    pub start_fund: bool,
}

/// `content/districts/<id>/district.md`: the lines marked `@track`, `@intention` and
/// `@start_fund` only where the call has tracks, an intention note, a start fund.
pub fn district(lang: Langs, id: &str, commune: &str, edition: u32, call: &CallShape) -> String {
    let text = select(templates(lang.comments).0, lang.write_lang, NO_NEEDS);
    let tracks = &call.tracks;
    let marks = [
        ("@track", !tracks.is_empty()),
        ("@intention", call.intention),
        ("@start_fund", call.start_fund),
    ];
    let text: String = text
        .lines()
        .filter_map(|line| {
            match marks
                .iter()
                .find_map(|(m, keep)| line.strip_prefix(m).map(|rest| (rest, keep)))
            {
                Some((rest, true)) => Some(rest),
                Some((_, false)) => None,
                None => Some(line),
            }
        })
        .map(|line| format!("{line}\n"))
        .collect();
    fill(
        &text,
        &[
            ("schema", &schema_path(3, SchemaKind::District)),
            ("name", &words(id, true)),
            ("commune", commune),
            ("edition", &edition.to_string()),
            ("track", tracks.first().map_or("", String::as_str)),
            ("tracks", &tracks.join(", ")),
            ("lang", lang.text),
        ],
    )
}

const NO_NEEDS: ProjectNeeds = ProjectNeeds {
    budget_and_roadmap: false,
    granted: false,
};

/// `content/districts/<district>/projects/<id>.md`, joining the dossier of `edition`.
pub fn project(
    lang: Langs,
    id: &str,
    district: &str,
    edition: u32,
    status: Status,
    category: &str,
    needs: ProjectNeeds,
) -> String {
    let text = select(templates(lang.comments).1, lang.write_lang, needs);
    fill(
        &text,
        &[
            ("lang", lang.text),
            ("schema", &schema_path(4, SchemaKind::Project)),
            ("name", &words(id, false)),
            ("district", district),
            ("edition", &edition.to_string()),
            ("status", status.as_str()),
            ("category", category),
        ],
    )
}

/// `content/experts/<id>.md`.
pub fn expert(lang: Langs, id: &str) -> String {
    let text = select(templates(lang.comments).2, lang.write_lang, NO_NEEDS);
    fill(
        &text,
        &[
            ("schema", &schema_path(2, SchemaKind::Expert)),
            ("name", &words(id, true)),
            ("lang", lang.text),
        ],
    )
}

/// The schema's path relative to a file `depth` folders below the site root.
fn schema_path(depth: usize, kind: SchemaKind) -> String {
    format!(
        "{}{}/{}",
        "../".repeat(depth),
        crate::schema::DEFAULT_DIR,
        kind.file_name()
    )
}

/// Keeps the marked lines the dossier (and the file's language) needs, without their marker.
fn select(template: &str, write_lang: bool, needs: ProjectNeeds) -> String {
    let mut out = String::with_capacity(template.len());
    for line in template.lines() {
        let kept = [
            ("@draft", !needs.budget_and_roadmap),
            ("@submit", needs.budget_and_roadmap),
            ("@granted", needs.granted),
            ("@lang", write_lang),
        ]
        .into_iter()
        .find_map(|(marker, keep)| line.strip_prefix(marker).map(|rest| (rest, keep)));
        match kept {
            Some((rest, true)) => out.push_str(rest.strip_prefix(' ').unwrap_or(rest)),
            Some((_, false)) => continue,
            None => out.push_str(line),
        }
        out.push('\n');
    }
    out
}

/// Replaces every `{{key}}`, then lines the end-of-line comments up again.
fn fill(template: &str, values: &[(&str, &str)]) -> String {
    let text = values.iter().fold(template.to_string(), |text, (k, v)| {
        text.replace(&format!("{{{{{k}}}}}"), v)
    });
    text.lines().map(|l| align_comment(l) + "\n").collect()
}

/// Column where end-of-line comments start.
const COMMENT_COLUMN: usize = 32;

/// `key: value   # comment` with the comment at [`COMMENT_COLUMN`] (or one space after a long value).
/// Templates hold no ` #` inside values, and filled values are ids and words.
fn align_comment(line: &str) -> String {
    match line.find("  #") {
        Some(i) if !line[..i].trim().is_empty() => {
            let (value, comment) = (line[..i].trim_end(), line[i..].trim_start());
            let pad = COMMENT_COLUMN.saturating_sub(value.chars().count()).max(1);
            format!("{value}{}{comment}", " ".repeat(pad))
        }
        _ => line.to_string(),
    }
}

/// `jan-peeters` → `Jan Peeters` (every word) or `potager-collectif` → `Potager collectif`.
fn words(id: &str, every: bool) -> String {
    id.split('-')
        .filter(|w| !w.is_empty())
        .enumerate()
        .map(|(i, w)| {
            let mut chars = w.chars();
            match chars.next() {
                Some(c) if every || i == 0 => c.to_uppercase().chain(chars).collect(),
                _ => w.to_string(),
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_only_the_lines_the_dossier_needs() {
        let t = "a\n@draft# b\n@submit c:\n@submit   d\n@granted   e\n";
        let draft = ProjectNeeds {
            budget_and_roadmap: false,
            granted: false,
        };
        assert_eq!(select(t, false, draft), "a\n# b\n");
        let selected = ProjectNeeds {
            budget_and_roadmap: true,
            granted: true,
        };
        assert_eq!(select(t, false, selected), "a\nc:\n  d\n  e\n");
        assert_eq!(select("@lang lang: x\n", true, selected), "lang: x\n");
        assert_eq!(select("@lang lang: x\n", false, selected), "");
    }

    #[test]
    fn a_new_dossier_follows_what_its_call_asks() {
        for comments in ["fr", "nl", "en"] {
            let langs = Langs {
                comments,
                text: comments,
                write_lang: false,
            };
            let with = |call: &CallShape| district(langs, "wiels", "forest", 2026, call);
            let plain = with(&CallShape {
                start_fund: true,
                ..Default::default()
            });
            assert!(plain.contains("# start_fund:"), "{plain}");
            assert!(
                !plain.contains("intention:") && !plain.contains('@'),
                "{plain}"
            );
            let real = with(&CallShape {
                intention: true,
                ..Default::default()
            });
            assert!(real.contains("    # intention: "), "{real}");
            assert!(!real.contains("start_fund"), "{real}");
        }
    }

    #[test]
    fn names_from_ids() {
        assert_eq!(words("jan-peeters", true), "Jan Peeters");
        assert_eq!(words("potager-collectif", false), "Potager collectif");
        assert_eq!(
            schema_path(3, SchemaKind::District),
            "../../../schemas/district.json"
        );
    }

    #[test]
    fn every_template_has_the_schema_line_first() {
        for (lang, d, p, e) in TEMPLATES {
            for t in [d, p, e] {
                let second = t.lines().nth(1).unwrap_or_default();
                assert!(
                    second.starts_with("# yaml-language-server: $schema={{schema}}"),
                    "{lang}"
                );
            }
        }
    }
}
