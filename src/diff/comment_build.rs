//! The facts of a change → the view of the pull-request comment (pure): the header, then one
//! block per data change, per diagnostic introduced or fixed, per district and per expert,
//! meeting or page, in that order.

use super::changes::{Changes, DataChange, DiagnosticFact, ItemChange};
use super::comment_text::{kebab, Md};
use super::comment_view::{BlockView, CommentView, GroupView, HeaderView};
use super::escape;
use crate::diag::Severity;
use crate::i18n::{Lang, Message};
use crate::msg;
use crate::site::urls;

/// The comment on `changes` in `lang`.
pub(super) fn comment_view(changes: &Changes, lang: Lang) -> CommentView {
    let md = Md::new(changes, lang);
    if changes.is_empty() {
        return CommentView::Nothing(md.t(msg!("diff-nothing")));
    }
    let mut blocks = Vec::new();
    for (i, d) in changes.data.iter().enumerate() {
        let group = group(&md, i, changes.data.len(), msg!("diff-data"));
        let text = md.data_line(d);
        blocks.push(BlockView::Data { group, text });
    }
    md.problem_blocks(&mut blocks);
    blocks.extend(
        changes
            .districts
            .iter()
            .map(|d| BlockView::District(md.district(d))),
    );
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
    CommentView::Changes {
        header: md.header(),
        blocks,
    }
}

/// The place of the `i`th of `len` lines in its group, with the group's heading on the first.
fn group(md: &Md, i: usize, len: usize, heading: Message) -> GroupView {
    GroupView {
        heading: (i == 0).then(|| md.t(heading)),
        last: i + 1 == len,
    }
}

/// The first 7 characters of a commit id, in code style.
fn short(sha: &str) -> String {
    escape::code(&sha.chars().take(7).collect::<String>())
}

impl Md<'_> {
    fn header(&self) -> HeaderView {
        let c = self.changes;
        let since = c.since.as_deref().map(short).unwrap_or_default();
        let until = match &c.until {
            Some(sha) => short(sha),
            None => self.t(msg!("diff-working-tree")),
        };
        let mut notes = Vec::new();
        if !c.before_readable {
            notes.push(self.t(msg!("diff-before-unreadable")));
        }
        if !c.after_readable {
            notes.push(self.t(msg!("diff-after-unreadable")));
        }
        HeaderView {
            title: self.t(msg!("diff-title")),
            compared: self.t(msg!("diff-compared", since = since, until = until)),
            notes,
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

    fn problem_blocks(&self, blocks: &mut Vec<BlockView>) {
        let d = &self.changes.diagnostics;
        for (list, heading) in [
            (
                &d.introduced,
                msg!("diff-introduced", count = d.introduced.len()),
            ),
            (&d.fixed, msg!("diff-fixed", count = d.fixed.len())),
        ] {
            for (i, p) in list.iter().enumerate() {
                let group = group(self, i, list.len(), heading.clone());
                blocks.push(self.problem(group, p));
            }
        }
    }

    fn problem(&self, group: GroupView, p: &DiagnosticFact) -> BlockView {
        let severity = match p.severity {
            Severity::Error => self.t(msg!("label-error")),
            Severity::Warning => self.t(msg!("label-warning")),
        };
        BlockView::Problem {
            group,
            severity,
            code: escape::code(p.code),
            place: escape::code(&format!("{}:{}", p.file, p.line)),
            message: escape::text(&p.message),
        }
    }

    fn item_blocks(
        &self,
        items: &[ItemChange],
        heading: Message,
        path: fn(&str, &str) -> String,
        blocks: &mut Vec<BlockView>,
    ) {
        for (i, it) in items.iter().enumerate() {
            let change = self.t(msg!(
                "diff-item",
                change = kebab(&it.change),
                from = escape::code(it.renamed_from.as_deref().unwrap_or_default())
            ));
            blocks.push(BlockView::Item {
                group: group(self, i, items.len(), heading.clone()),
                name: self.link(self.title(&it.title), it.change, || {
                    path(&self.url_lang, &it.id)
                }),
                change,
            });
        }
    }
}
