//! Markdown output: the facts as one pull-request comment in the reader's language — headings per
//! district, a short budget table, links to the pages, under GitHub's comment limit.

use super::changes::{Changes, DataChange, DiagnosticFact, Euros, ItemChange, Presence, Titles};
use super::escape;
use crate::diag::Severity;
use crate::i18n::format::{format_date, format_money};
use crate::i18n::{Lang, Message};
use crate::model::Date;
use crate::msg;
use crate::site::urls::{self, Urls};

/// The most characters a comment may have: GitHub refuses more than 65,536.
pub const MAX_CHARS: usize = 65_000;
/// Room kept for the closing "… and N more" line.
const RESERVE: usize = 500;

/// The changes as one Markdown comment in `lang`; a single line when nothing changed.
pub fn render_markdown(changes: &Changes, lang: Lang) -> String {
    let md = Md::new(changes, lang);
    if changes.is_empty() {
        return format!("{}\n", md.t(msg!("diff-nothing")));
    }
    let mut blocks = Vec::new();
    md.data_blocks(&mut blocks);
    md.problem_blocks(&mut blocks);
    for d in &changes.districts {
        blocks.push(md.district(d));
    }
    md.item_blocks(
        &changes.experts,
        msg!("diff-experts"),
        urls::expert,
        &mut blocks,
    );
    md.item_blocks(
        &changes.meetings,
        msg!("diff-meetings"),
        urls::meeting,
        &mut blocks,
    );
    md.item_blocks(&changes.pages, msg!("diff-pages"), urls::page, &mut blocks);
    assemble(md.header(), &blocks, |n| {
        format!("\n{}\n", md.t(msg!("diff-more", count = n)))
    })
}

/// `header`, then as many blocks as fit under [`MAX_CHARS`], then `more(n)` for the `n` left out.
fn assemble(header: String, blocks: &[String], more: impl Fn(usize) -> String) -> String {
    let mut out = header;
    let mut used = out.chars().count();
    for (i, b) in blocks.iter().enumerate() {
        let n = b.chars().count();
        if used + n + RESERVE > MAX_CHARS {
            out.push_str(&more(blocks.len() - i));
            return out;
        }
        out.push_str(b);
        used += n;
    }
    out
}

/// What every part of the comment needs: the language, and where pages are.
pub(super) struct Md<'a> {
    pub changes: &'a Changes,
    pub lang: Lang,
    /// The site language links point to: the reader's if the programme has it, else its first.
    pub url_lang: String,
    urls: Urls,
}

impl<'a> Md<'a> {
    fn new(changes: &'a Changes, lang: Lang) -> Md<'a> {
        let code = lang.code();
        let url_lang = if changes.languages.iter().any(|l| l == code) {
            code.to_string()
        } else {
            changes
                .languages
                .first()
                .cloned()
                .unwrap_or_else(|| code.to_string())
        };
        Md {
            changes,
            lang,
            url_lang,
            urls: Urls::new(&changes.base_url),
        }
    }

    /// A message in the reader's language.
    pub fn t(&self, m: Message) -> String {
        m.text(self.lang)
    }

    pub fn money(&self, e: Euros) -> String {
        format_money(e.0, self.lang.code())
    }

    /// A cap as a message argument: the amount, or "no start fund" where the call has none.
    fn cap_arg(&self, cap: Option<Euros>) -> crate::i18n::Arg {
        match cap {
            Some(e) => e.0.into(),
            None => self.t(msg!("diff-no-start-fund")).into(),
        }
    }

    pub fn date(&self, d: Date) -> String {
        format_date(d, self.lang.code())
    }

    /// A date, or a dash when there is none.
    pub fn maybe_date(&self, d: Option<Date>) -> String {
        d.map(|d| self.date(d)).unwrap_or_else(|| "—".to_string())
    }

    /// The title in the reader's language, else the programme's first, else any.
    pub fn title(&self, t: &Titles) -> String {
        let pick = t
            .get(self.lang.code())
            .or_else(|| self.changes.languages.first().and_then(|l| t.get(l)))
            .or_else(|| t.values().next());
        escape::text(pick.map(String::as_str).unwrap_or(""))
    }

    /// `[text](absolute URL of the site path)`; `text` must be escaped already, the URL (made of
    /// the content's `base_url` and ids) is encoded here.
    pub fn link(&self, text: &str, path: &str) -> String {
        format!(
            "[{text}]({})",
            escape::destination(&self.urls.absolute(path))
        )
    }

    fn header(&self) -> String {
        let c = self.changes;
        let since = c.since.as_deref().map(short).unwrap_or_default();
        let until = match &c.until {
            Some(sha) => short(sha),
            None => self.t(msg!("diff-working-tree")),
        };
        let mut h = format!(
            "## {}\n\n{}\n\n",
            self.t(msg!("diff-title")),
            self.t(msg!("diff-compared", since = since, until = until))
        );
        if !c.before_readable {
            h.push_str(&format!("{}\n\n", self.t(msg!("diff-before-unreadable"))));
        }
        if !c.after_readable {
            h.push_str(&format!("{}\n\n", self.t(msg!("diff-after-unreadable"))));
        }
        h
    }

    fn data_blocks(&self, blocks: &mut Vec<String>) {
        for (i, d) in self.changes.data.iter().enumerate() {
            let line = format!("- {}\n", self.data_line(d));
            blocks.push(self.grouped(i, msg!("diff-data"), line, self.changes.data.len()));
        }
    }

    fn data_line(&self, d: &DataChange) -> String {
        match d {
            DataChange::Programme { field } => self.t(msg!("diff-programme", field = *field)),
            DataChange::EditionAdded {
                edition,
                submission_deadline,
                start_fund_max: Some(start_fund),
                grant_max,
            } => self.t(msg!(
                "diff-edition-added",
                edition = *edition,
                deadline = *submission_deadline,
                start_fund = start_fund.0,
                grant = grant_max.0
            )),
            DataChange::EditionAdded {
                edition,
                submission_deadline,
                start_fund_max: None,
                grant_max,
            } => self.t(msg!(
                "diff-edition-added-no-start-fund",
                edition = *edition,
                deadline = *submission_deadline,
                grant = grant_max.0
            )),
            DataChange::EditionRemoved { edition } => {
                self.t(msg!("diff-edition-removed", edition = *edition))
            }
            DataChange::DeadlineChanged {
                edition,
                before,
                after,
            } => self.t(msg!(
                "diff-deadline-changed",
                edition = *edition,
                before = *before,
                after = *after
            )),
            DataChange::CapChanged {
                edition,
                cap,
                before,
                after,
            } => self.t(msg!(
                "diff-cap-changed",
                cap = kebab(cap),
                edition = *edition,
                before = self.cap_arg(*before),
                after = self.cap_arg(*after)
            )),
            DataChange::Entry { list, id, change } => self.t(msg!(
                "diff-entry",
                list = kebab(list),
                id = escape::text(id),
                change = kebab(change)
            )),
        }
    }

    fn problem_blocks(&self, blocks: &mut Vec<String>) {
        let d = &self.changes.diagnostics;
        for (list, heading) in [
            (
                &d.introduced,
                msg!("diff-introduced", count = d.introduced.len()),
            ),
            (&d.fixed, msg!("diff-fixed", count = d.fixed.len())),
        ] {
            for (i, p) in list.iter().enumerate() {
                let line = format!("- {}\n", self.problem(p));
                blocks.push(self.grouped(i, heading.clone(), line, list.len()));
            }
        }
    }

    fn problem(&self, p: &DiagnosticFact) -> String {
        let severity = match p.severity {
            Severity::Error => self.t(msg!("label-error")),
            Severity::Warning => self.t(msg!("label-warning")),
        };
        format!(
            "**{severity}** {} {} — {}",
            escape::code(p.code),
            escape::code(&format!("{}:{}", p.file, p.line)),
            escape::text(&p.message)
        )
    }

    fn item_blocks(
        &self,
        items: &[ItemChange],
        heading: Message,
        path: fn(&str, &str) -> String,
        blocks: &mut Vec<String>,
    ) {
        for (i, it) in items.iter().enumerate() {
            let title = self.title(&it.title);
            let name = match it.change {
                Presence::Removed | Presence::Unreadable => title,
                _ => self.link(&title, &path(&self.url_lang, &it.id)),
            };
            let change = self.t(msg!(
                "diff-item",
                change = kebab(&it.change),
                from = escape::code(it.renamed_from.as_deref().unwrap_or_default())
            ));
            let line = format!("- {name} — {change}\n");
            blocks.push(self.grouped(i, heading.clone(), line, items.len()));
        }
    }

    /// `line`, preceded by the group's heading when it is the group's first line (`i == 0`) and
    /// followed by a blank line when it is its last.
    fn grouped(&self, i: usize, heading: Message, line: String, len: usize) -> String {
        let mut b = String::new();
        if i == 0 {
            b.push_str(&format!("### {}\n\n", self.t(heading)));
        }
        b.push_str(&line);
        if i + 1 == len {
            b.push('\n');
        }
        b
    }
}

/// The first 7 characters of a commit id, in code style.
fn short(sha: &str) -> String {
    escape::code(&sha.chars().take(7).collect::<String>())
}

/// The kebab-case name of a fact's enum value, as in the JSON (Fluent selects on it).
pub(super) fn kebab<T: serde::Serialize>(v: &T) -> String {
    serde_json::to_value(v)
        .ok()
        .and_then(|v| v.as_str().map(str::to_string))
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cuts_blocks_that_do_not_fit_and_counts_them() {
        let blocks: Vec<String> = (0..100).map(|_| "x".repeat(1000)).collect();
        let out = assemble("h\n".into(), &blocks, |n| format!("{n} more\n"));
        assert!(out.chars().count() <= MAX_CHARS);
        let shown = out.matches(&"x".repeat(1000)).count();
        assert!(out.ends_with(&format!("{} more\n", 100 - shown)), "{shown}");
        assert_eq!(
            assemble("h\n".into(), &blocks[..3], |_| unreachable!()).len(),
            3002
        );
    }
}
