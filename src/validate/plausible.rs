//! Dates that are real days but unlikely to be meant (`date.implausible`, a warning): before the
//! programme's first edition, more than a year after today, or a project's date years before its
//! edition. These are the slips of a date typed in another order than the form expects — the day
//! and month swapped, a year read as 19xx — and the help line names the one that fits.

use super::checker::Checker;
use crate::diag::Rule;
use crate::load::raw::S;
use crate::load::Doc;
use crate::model::Date;
use crate::msg;

/// The span of dates a programme's content may plausibly hold.
#[derive(Clone, Copy)]
struct Bounds {
    /// The first edition's year; dates from 1 January of the year before are plausible (a group
    /// prepares its dossier the year before its edition).
    first: u32,
    /// A year after today.
    latest: Date,
}

/// What a date is measured against: a dossier's or a meeting's date, or a project's (with its
/// edition); a planned date (a step's `due`) may lie further ahead than a year.
#[derive(Clone, Copy)]
struct Against {
    edition: Option<u32>,
    planned: bool,
}

/// Why a date looks wrong.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Slip {
    BeforeFirst,
    AfterToday,
    BeforeEdition(u32),
}

/// Warns about implausible dates in dossiers, projects and meetings.
pub(crate) fn check_dates(ctx: &mut Checker) {
    let Some(first) = ctx.editions.keys().next().copied() else {
        return;
    };
    let today = Date::today();
    let latest = today
        .with_year(today.year.saturating_add(1))
        .unwrap_or(Date {
            year: today.year.saturating_add(1),
            month: 2,
            day: 28,
        });
    let b = Bounds { first, latest };
    let corpus = ctx.corpus;
    let event = Against {
        edition: None,
        planned: false,
    };
    for md in &corpus.districts {
        for dossier in &md.doc.data.dossiers {
            let d = &dossier.value;
            let dates = [
                d.submitted.as_ref(),
                d.decision.as_ref().map(|x| &x.value.date),
                d.evaluation.as_ref().map(|x| &x.value.date),
            ];
            for v in dates.into_iter().flatten() {
                check(ctx, &md.doc, v, b, event);
            }
        }
    }
    for pf in &corpus.projects {
        let doc = &pf.md.doc;
        let edition = Some(doc.data.edition.value);
        let (done, planned) = (
            Against {
                edition,
                planned: false,
            },
            Against {
                edition,
                planned: true,
            },
        );
        for step in &doc.data.roadmap {
            if let Some(v) = &step.value.due {
                check(ctx, doc, v, b, planned);
            }
            if let Some(v) = &step.value.done {
                check(ctx, doc, v, b, done);
            }
        }
        for u in &doc.data.updates {
            check(ctx, doc, &u.value.date, b, done);
        }
    }
    for md in &corpus.meetings {
        check(ctx, &md.doc, &md.doc.data.date, b, event);
    }
}

/// Reports `v` when it is a real day that looks wrong, with the likely slip as help.
fn check<T>(ctx: &mut Checker, doc: &Doc<T>, v: &S<String>, b: Bounds, against: Against) {
    let Some(date) = Date::parse(v.value.trim()) else {
        return;
    };
    let Some(slip) = slip(date, b, against) else {
        return;
    };
    let m = match slip {
        Slip::BeforeFirst => msg!("date-implausible-early", date = date, first = b.first),
        Slip::AfterToday => msg!("date-implausible-late", date = date, latest = b.latest),
        Slip::BeforeEdition(year) => msg!("date-implausible-edition", date = date, year = year),
    };
    let help = match guess(date, b, against) {
        Some((g, Fix::Swapped)) => msg!("date-implausible-swapped.help", guess = g, iso = g.iso()),
        Some((g, Fix::Century)) => msg!("date-implausible-century.help", guess = g, iso = g.iso()),
        Some((g, Fix::Both)) => msg!("date-implausible-both.help", guess = g, iso = g.iso()),
        None => msg!("date-implausible.help"),
    };
    ctx.at(doc, v, Rule::DateImplausible, m).help(help);
}

/// 1 January of `year`.
fn new_year(year: u32) -> Date {
    Date {
        year: year.min(9999) as u16,
        month: 1,
        day: 1,
    }
}

/// Why `date` looks wrong, if it does.
fn slip(date: Date, b: Bounds, against: Against) -> Option<Slip> {
    if date < new_year(b.first.saturating_sub(1)) {
        return Some(Slip::BeforeFirst);
    }
    if !against.planned && date > b.latest {
        return Some(Slip::AfterToday);
    }
    let edition = against.edition?;
    (date < new_year(edition.saturating_sub(1))).then_some(Slip::BeforeEdition(edition))
}

/// How a guessed date differs from the one written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Fix {
    /// Day and month swapped.
    Swapped,
    /// 19xx written for 20xx.
    Century,
    Both,
}

/// The date most likely meant: the first of the day and month swapped, 19xx read as 20xx, or
/// both, that is plausible.
fn guess(date: Date, b: Bounds, against: Against) -> Option<(Date, Fix)> {
    let swapped = (date.day <= 12 && date.day != date.month).then_some(Date {
        month: date.day,
        day: date.month,
        ..date
    });
    let century = |d: Date| {
        (1900..2000)
            .contains(&d.year)
            .then(|| d.with_year(d.year + 100))?
    };
    [
        (swapped, Fix::Swapped),
        (century(date), Fix::Century),
        (swapped.and_then(century), Fix::Both),
    ]
    .into_iter()
    .filter_map(|(d, fix)| Some((d?, fix)))
    .find(|(d, _)| slip(*d, b, against).is_none())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(s: &str) -> Date {
        Date::parse(s).expect("a test date")
    }

    const B: Bounds = Bounds {
        first: 2008,
        latest: Date {
            year: 2027,
            month: 12,
            day: 6,
        },
    };
    const EVENT: Against = Against {
        edition: None,
        planned: false,
    };

    #[test]
    fn finds_each_slip() {
        assert_eq!(slip(day("1905-12-06"), B, EVENT), Some(Slip::BeforeFirst));
        assert_eq!(slip(day("2007-01-01"), B, EVENT), None);
        assert_eq!(slip(day("2029-01-01"), B, EVENT), Some(Slip::AfterToday));
        let step = Against {
            edition: Some(2024),
            planned: true,
        };
        assert_eq!(slip(day("2029-01-01"), B, step), None);
        assert_eq!(
            slip(day("2021-06-01"), B, step),
            Some(Slip::BeforeEdition(2024))
        );
        assert_eq!(slip(day("2023-06-01"), B, step), None);
    }

    #[test]
    fn guesses_the_date_meant() {
        let project = Against {
            edition: Some(2024),
            planned: false,
        };
        assert_eq!(
            guess(day("1925-06-12"), B, project),
            Some((day("2025-06-12"), Fix::Century))
        );
        let late = Bounds {
            latest: day("2025-07-01"),
            ..B
        };
        assert_eq!(
            guess(day("2025-12-06"), late, project),
            Some((day("2025-06-12"), Fix::Swapped))
        );
        assert_eq!(
            guess(day("1925-12-06"), late, project),
            Some((day("2025-06-12"), Fix::Both))
        );
        assert_eq!(guess(day("1905-12-06"), B, project), None);
    }
}
