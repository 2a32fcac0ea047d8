//! Markdown output: the facts as one pull-request comment in the reader's language — headings per
//! district, a short budget table, links to the pages, under GitHub's comment limit — drawn by
//! `comment.md.tera` from the view of `comment_build.rs`.
//!
//! The template is part of wijk, not of a programme's theme: the comment is a check on pull
//! requests that anyone may open, and a theme (which the pull request itself may change) must
//! not be able to change what the check says.

use super::changes::Changes;
use super::comment_build::comment_view;
use super::comment_view::{BlockView, CommentView};
use crate::i18n::Lang;
use crate::msg;

/// The most characters a comment may have: GitHub refuses more than 65,536.
pub const MAX_CHARS: usize = 65_000;
/// Room kept for the closing "… and N more" line.
const RESERVE: usize = 500;

/// The template's name, and its text.
const TEMPLATE: (&str, &str) = ("comment.md", include_str!("comment.md.tera"));

/// The comment's template failed: a fault of wijk, not of the content.
#[derive(Debug, thiserror::Error)]
#[error("cannot write the pull-request comment: template `{}`: {message}", TEMPLATE.0)]
pub struct CommentError {
    message: String,
}

impl From<tera::Error> for CommentError {
    /// The error with its whole chain of causes.
    fn from(err: tera::Error) -> Self {
        let mut message = err.to_string();
        let mut source = std::error::Error::source(&err);
        while let Some(s) = source {
            message.push_str(": ");
            message.push_str(&s.to_string());
            source = s.source();
        }
        CommentError { message }
    }
}

/// The changes as one Markdown comment in `lang`; a single line when nothing changed.
pub fn render_markdown(changes: &Changes, lang: Lang) -> Result<String, CommentError> {
    let template = Template::new()?;
    match comment_view(changes, lang) {
        CommentView::Nothing(text) => template.render("nothing", |c| c.insert("text", &text)),
        CommentView::Changes { header, blocks } => {
            let header = template.render("header", |c| c.insert("header", &header))?;
            let blocks = blocks
                .iter()
                .map(|b: &BlockView| template.render("block", |c| c.insert("block", b)))
                .collect::<Result<Vec<_>, _>>()?;
            assemble(header, &blocks, |n| {
                let text = msg!("diff-more", count = n).text(lang);
                template.render("more", |c| c.insert("text", &text))
            })
        }
    }
}

/// The comment's template, loaded once per comment.
struct Template(tera::Tera);

impl Template {
    fn new() -> Result<Template, CommentError> {
        let mut tera = tera::Tera::new();
        // Markdown is not HTML: escaping for HTML would show `&amp;` for `&`. Every value is made
        // safe for Markdown by `escape.rs` when the view is built, before the template sees it.
        tera.autoescape_on(Vec::<&str>::new());
        tera.add_raw_template(TEMPLATE.0, TEMPLATE.1)?;
        Ok(Template(tera))
    }

    /// One part of the comment (`nothing`, `header`, `block`, `more`) with its values.
    fn render(
        &self,
        part: &str,
        values: impl FnOnce(&mut tera::Context),
    ) -> Result<String, CommentError> {
        let mut context = tera::Context::new();
        context.insert("part", part);
        values(&mut context);
        Ok(self.0.render(TEMPLATE.0, &context)?)
    }
}

/// `header`, then as many blocks as fit under [`MAX_CHARS`], then `more(n)` for the `n` left out.
fn assemble<E>(
    header: String,
    blocks: &[String],
    more: impl Fn(usize) -> Result<String, E>,
) -> Result<String, E> {
    let mut out = header;
    let mut used = out.chars().count();
    for (i, b) in blocks.iter().enumerate() {
        let n = b.chars().count();
        if used + n + RESERVE > MAX_CHARS {
            out.push_str(&more(blocks.len() - i)?);
            return Ok(out);
        }
        out.push_str(b);
        used += n;
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::super::changes::*;
    use super::*;
    use crate::model::{Cents, Requirement, Status};

    #[test]
    fn cuts_blocks_that_do_not_fit_and_counts_them() {
        let blocks: Vec<String> = (0..100).map(|_| "x".repeat(1000)).collect();
        let more = |n| Ok::<_, ()>(format!("{n} more\n"));
        let out = assemble("h\n".into(), &blocks, more).unwrap();
        assert!(out.chars().count() <= MAX_CHARS);
        let shown = out.matches(&"x".repeat(1000)).count();
        assert!(out.ends_with(&format!("{} more\n", 100 - shown)), "{shown}");
        let all = assemble("h\n".into(), &blocks[..3], |_| Err(())).unwrap();
        assert_eq!(all.len(), 3002);
    }

    fn euros(whole: i64) -> Euros {
        Euros(Cents(whole * 100))
    }

    fn both<T: Clone>(before: T, after: T) -> Delta<T> {
        Delta { before, after }
    }

    /// A change with one block of each kind: a data change, a diagnostic, a district with a
    /// dossier, a project and a budget over the cap, a page gone.
    fn one_of_each() -> Changes {
        let project = ProjectChange {
            id: "garden".into(),
            title: [("en".to_string(), "Garden *1*".to_string())].into(),
            change: Presence::Changed,
            renamed_from: None,
            fields: vec!["summary"],
            budget: Some(BudgetChange {
                requested: both(euros(3000), euros(4000)),
                granted: both(None, None),
                spent: both(None, None),
                lines_changed: true,
            }),
            steps_added: vec![],
            steps_done: vec![],
            steps_removed: vec![StepFact {
                step: "Dig".into(),
                due: None,
                done: None,
            }],
            updates_added: vec![],
            translated: vec![],
        };
        let dossier = DossierChange {
            edition: 2025,
            change: Presence::Changed,
            status: Some(StatusChange {
                before: Some(Status::Preparation),
                after: Some(Status::Submitted),
                lacks: vec![Requirement::SubmittedDate],
            }),
            dates: vec![],
            start_fund: None,
            projects: vec![project],
            budget: Some(BudgetTotals {
                requested: both(euros(3000), euros(4000)),
                granted: both(euros(0), euros(0)),
                spent: both(euros(0), euros(0)),
                cap: Some(euros(3500)),
                track: None,
            }),
        };
        Changes {
            since: Some("0123456789abcdef".into()),
            before_readable: true,
            after_readable: true,
            base_url: "https://x.test".into(),
            languages: vec!["en".into()],
            data: vec![DataChange::Programme { field: "licence" }],
            districts: vec![DistrictChange {
                id: "alpha".into(),
                name: "Alpha <b>".into(),
                change: Presence::Changed,
                renamed_from: None,
                fields: vec![],
                dossiers: vec![dossier],
            }],
            pages: vec![ItemChange {
                id: "about".into(),
                title: [("en".to_string(), "About".to_string())].into(),
                change: Presence::Removed,
                renamed_from: None,
            }],
            diagnostics: DiagnosticChanges {
                introduced: vec![DiagnosticFact {
                    severity: crate::diag::Severity::Error,
                    code: "budget.amount",
                    file: "content/a.md".into(),
                    line: 9,
                    column: 3,
                    message: "too *many*".into(),
                }],
                fixed: vec![],
            },
            ..Changes::default()
        }
    }

    #[test]
    fn accepts_one_block_of_each_kind_laid_out_by_the_template() {
        let out = render_markdown(&one_of_each(), Lang::En).unwrap();
        let expected = "\
## What this change means for the programme

Compared from `0123456` to the working tree.

### Data files (they concern every district)

- Licence of the open data changed

### Problem introduced by this change

- **error** `budget.amount` `content/a.md:9` — too \\*many\\*

### [Alpha \\<b\\>](https://x.test/en/districts/alpha/) · `alpha`

**Edition 2025**

- Status changed: in preparation → roadmap submitted — Still missing: the submission date.
- [Garden \\*1\\*](https://x.test/en/districts/alpha/garden/) — project changed — Changed: summary
  - Budget lines changed
  - Step removed: Dig

| Project name | Requested | Granted | Spent |
|---|---:|---:|---:|
| Garden \\*1\\* | €3,000.00 → €4,000.00 | — | — |
| **District total** | **€3,000.00 → €4,000.00** | **€0.00** | **€0.00** |

Total requested for edition 2025: €4,000.00 of €3,500.00. Over the cap by €500.00.

### Site pages

- About — removed

";
        assert_eq!(out, expected);
    }

    #[test]
    fn accepts_the_embedded_template_and_an_empty_change_set_as_one_line() {
        let changes = Changes::default();
        for lang in [Lang::Fr, Lang::Nl, Lang::En] {
            let out = render_markdown(&changes, lang).unwrap();
            assert_eq!(out, format!("{}\n", msg!("diff-nothing").text(lang)));
        }
    }
}
