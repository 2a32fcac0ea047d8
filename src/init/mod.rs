//! Init: the programme's languages and whether to start from the example → the files of a new
//! content repository, as `(path, bytes)`: data files (the Brussels communes and their
//! boundaries, the call's themes), an empty or example `content/`, `.gitignore`, a README for the
//! programme's team and the CI of GitHub Actions and GitLab. No wijk source, theme or editor:
//! the binary carries those.

mod data;
mod readme;

use crate::i18n::Lang;

/// The languages `init` can write a programme in: those of the communes' and themes' names.
pub const LANGUAGES: [Lang; 2] = [Lang::Fr, Lang::Nl];

/// The example programme's content, embedded.
static EXAMPLE_CONTENT: include_dir::Dir<'_> =
    include_dir::include_dir!("$CARGO_MANIFEST_DIR/content");
/// The example programme's data files, embedded.
static EXAMPLE_DATA: include_dir::Dir<'_> = include_dir::include_dir!("$CARGO_MANIFEST_DIR/data");

/// The CI recipes of `examples/workflows/`, and where `init` writes them.
const WORKFLOWS: [(&str, &str); 5] = [
    (
        ".github/workflows/check.yml",
        include_str!("../../examples/workflows/check.yml"),
    ),
    (
        ".github/workflows/comment.yml",
        include_str!("../../examples/workflows/comment.yml"),
    ),
    (
        ".github/workflows/publish.yml",
        include_str!("../../examples/workflows/publish.yml"),
    ),
    (
        ".github/workflows/notify.yml",
        include_str!("../../examples/workflows/notify.yml"),
    ),
    (
        ".gitlab-ci.yml",
        include_str!("../../examples/workflows/gitlab-ci.yml"),
    ),
];

/// What is ignored: the built site, the picture cache, the outbox and ledger of `notify`.
const GITIGNORE: &str = "\
# Made by wijk, never committed.
/public/
/.wijk-cache/
/outbox/
/notify.ledger
";

/// What the new repository holds.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Plan {
    /// The programme's languages, the first being the default.
    pub langs: Vec<Lang>,
    /// The example programme's content and data instead of an empty programme.
    pub example: bool,
    /// The year of the first edition.
    pub year: i32,
}

/// Why a plan cannot be written.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum InitError {
    /// A language without names for the communes and themes.
    #[error("language `{0}` is not one init knows (fr, nl)")]
    Language(Lang),
    /// A language given twice.
    #[error("language `{0}` is given twice")]
    Twice(Lang),
    /// The example is written in French and Dutch, French first.
    #[error("the example programme is in French and Dutch, French first")]
    ExampleLanguages,
}

impl InitError {
    /// The error in the words of the messages.
    pub fn message(&self) -> crate::i18n::Message {
        match self {
            InitError::Language(l) => crate::msg!("init-language", lang = l.code()),
            InitError::Twice(l) => crate::msg!("init-language-twice", lang = l.code()),
            InitError::ExampleLanguages => crate::msg!("init-example-languages"),
        }
    }
}

/// The codes of `langs`, comma-separated (`fr, nl`).
pub fn codes(langs: &[Lang]) -> String {
    langs
        .iter()
        .map(|l| l.code())
        .collect::<Vec<_>>()
        .join(", ")
}

/// Every file of the new repository, as `(path relative to it, bytes)`, sorted by path.
pub fn files(plan: &Plan) -> Result<Vec<(String, Vec<u8>)>, InitError> {
    check_languages(plan)?;
    let mut files: Vec<(String, Vec<u8>)> = vec![
        (".gitignore".into(), GITIGNORE.into()),
        ("README.md".into(), readme::readme(&plan.langs).into_bytes()),
    ];
    files.extend(
        WORKFLOWS
            .iter()
            .map(|(p, t)| (p.to_string(), t.as_bytes().to_vec())),
    );
    if plan.example {
        embedded(&EXAMPLE_DATA, "data", &mut files);
        embedded(&EXAMPLE_CONTENT, "content", &mut files);
    } else {
        files.extend(data::files(&plan.langs, plan.year));
        files.extend(readme::about_pages(&plan.langs));
    }
    files.sort_by(|a, b| a.0.cmp(&b.0));
    Ok(files)
}

/// Languages known to init, each once; French then Dutch for the example (its originals are
/// in the default language unless they say otherwise).
fn check_languages(plan: &Plan) -> Result<(), InitError> {
    for (i, lang) in plan.langs.iter().enumerate() {
        if !LANGUAGES.contains(lang) {
            return Err(InitError::Language(*lang));
        }
        if plan.langs[..i].contains(lang) {
            return Err(InitError::Twice(*lang));
        }
    }
    if plan.example && plan.langs != LANGUAGES {
        return Err(InitError::ExampleLanguages);
    }
    Ok(())
}

/// The files of an embedded folder under `prefix`.
fn embedded(dir: &include_dir::Dir<'_>, prefix: &str, out: &mut Vec<(String, Vec<u8>)>) {
    for entry in dir.entries() {
        match entry {
            include_dir::DirEntry::Dir(d) => embedded(d, prefix, out),
            include_dir::DirEntry::File(f) => out.push((
                format!("{prefix}/{}", f.path().to_string_lossy()),
                f.contents().to_vec(),
            )),
        }
    }
}

/// The current year, from the system clock (1970 when the clock is before it).
pub fn this_year() -> i32 {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    let mut days = (secs / 86_400) as i64;
    let mut year = 1970;
    loop {
        let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
        let len = if leap { 366 } else { 365 };
        if days < len {
            return year;
        }
        days -= len;
        year += 1;
    }
}
