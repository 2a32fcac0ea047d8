//! A district's succession on its page: when its group ended and the district it goes on as,
//! and on that district's page, the closed districts it carries on from.

use super::context::Ctx;
use super::locale::Locale;
use super::view::Link;
use crate::model::District;
use serde::Serialize;

/// A closed district: since when, and the district it goes on as.
#[derive(Serialize)]
pub struct ClosedView {
    date: String,
    iso: String,
    successor: Option<Link>,
}

/// The date a district's group ended and the link to the district it goes on as.
pub fn closed_view(cx: &Ctx, loc: &Locale, d: &District) -> Option<ClosedView> {
    let closed = d.closed.as_ref()?;
    Some(ClosedView {
        date: loc.formats().date(closed.date),
        iso: closed.date.iso(),
        successor: closed
            .successor
            .as_ref()
            .and_then(|s| cx.district(s.as_str()))
            .map(|s| cx.district_link(loc, s)),
    })
}

/// The closed districts whose successor is `d`.
pub fn predecessors(cx: &Ctx, loc: &Locale, d: &District) -> Vec<Link> {
    cx.site
        .districts
        .iter()
        .filter(|p| {
            p.closed
                .as_ref()
                .and_then(|c| c.successor.as_ref())
                .is_some_and(|s| *s == d.id)
        })
        .map(|p| cx.district_link(loc, p))
        .collect()
}
