//! E-mail addresses in public front-matter strings (titles, summaries, alt texts, names): a
//! warning, since everything in the content is published.

use super::checker::Checker;
use crate::diag::Rule;
use crate::load::raw::S;
use crate::load::Doc;
use crate::markdown::find_emails;
use crate::msg;

/// Warns about e-mail addresses in a public front-matter string.
pub(crate) fn check_public_text<T>(ctx: &mut Checker, doc: &Doc<T>, v: &S<String>) {
    for r in find_emails(&v.value) {
        let m = msg!("privacy-email", address = &v.value[r]);
        ctx.at(doc, v, Rule::PrivacyEmail, m)
            .help(msg!("privacy-email.help"));
    }
}
