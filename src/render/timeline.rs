//! A district's timeline: every dated event of the district on one axis, newest first (as
//! Decidim shows a process's history and as the district's news read): intention notes and
//! dossiers submitted, the steering committee's decisions, roadmap steps done, the projects'
//! news, the meetings the district took part in, evaluations, and the group's end.

use super::context::Ctx;
use super::locale::Locale;
use crate::model::{Date, District, Outcome, Project};
use crate::site::urls;
use serde::Serialize;

/// What happened: the suffix of the theme's `timeline_<kind>` string. The order is the order of
/// events on one day.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum EventKind {
    Intention,
    Submitted,
    Selected,
    NotSelected,
    Step,
    Update,
    Meeting,
    Evaluation,
    Closed,
}

impl EventKind {
    fn as_str(self) -> &'static str {
        match self {
            EventKind::Intention => "intention",
            EventKind::Submitted => "submitted",
            EventKind::Selected => "selected",
            EventKind::NotSelected => "not-selected",
            EventKind::Step => "step",
            EventKind::Update => "update",
            EventKind::Meeting => "meeting",
            EventKind::Evaluation => "evaluation",
            EventKind::Closed => "closed",
        }
    }
}

/// A page an event links to, with the language of its title.
#[derive(Serialize)]
pub struct EventLink {
    pub url: String,
    pub label: String,
    pub lang: String,
}

/// One event of the timeline.
#[derive(Serialize)]
pub struct EventView {
    pub iso: String,
    pub date: String,
    pub kind: &'static str,
    /// The edition's name, for the events of a dossier.
    pub edition: Option<String>,
    /// The project, meeting or successor district the event is about.
    pub link: Option<EventLink>,
    /// The step done or the news, in `text_lang`.
    pub text: Option<String>,
    pub text_lang: String,
}

/// An event before it is written in a language: its date, kind, and what names it.
struct Event<'a> {
    date: Date,
    kind: EventKind,
    edition: Option<u32>,
    project: Option<&'a Project>,
    /// A meeting's position in the site's list, or a successor district.
    meeting: Option<usize>,
    successor: Option<&'a str>,
    /// The step or the news: (text, language).
    text: Option<(&'a str, &'a str)>,
}

impl<'a> Event<'a> {
    fn new(date: Date, kind: EventKind) -> Event<'a> {
        Event {
            date,
            kind,
            edition: None,
            project: None,
            meeting: None,
            successor: None,
            text: None,
        }
    }
}

/// The events of the district's dossiers, projects, meetings and closing, in any order.
fn events<'a>(cx: &Ctx<'a>, loc: &'a Locale, d: &'a District) -> Vec<Event<'a>> {
    let mut out = Vec::new();
    for x in &d.dossiers {
        let decision = x.decision.as_ref().map(|c| match c.outcome {
            Outcome::Selected => (c.date, EventKind::Selected),
            Outcome::NotSelected => (c.date, EventKind::NotSelected),
        });
        let dated = [
            x.intention.map(|t| (t, EventKind::Intention)),
            x.submitted.map(|t| (t, EventKind::Submitted)),
            decision,
            x.evaluation
                .as_ref()
                .map(|e| (e.date, EventKind::Evaluation)),
        ];
        for (date, kind) in dated.into_iter().flatten() {
            out.push(Event {
                edition: Some(x.edition),
                ..Event::new(date, kind)
            });
        }
    }
    for p in &d.projects {
        let original = p.text.original.lang.as_str();
        for s in &p.roadmap {
            if let Some(done) = s.done {
                out.push(Event {
                    project: Some(p),
                    text: Some(s.tr.pick(&s.step, original, loc.lang())),
                    ..Event::new(done, EventKind::Step)
                });
            }
        }
        for u in &p.updates {
            out.push(Event {
                project: Some(p),
                text: Some(u.tr.pick(&u.text, original, loc.lang())),
                ..Event::new(u.date, EventKind::Update)
            });
        }
    }
    for (i, m) in cx.site.meetings.iter().enumerate() {
        if m.districts.contains(&d.id) {
            out.push(Event {
                meeting: Some(i),
                ..Event::new(m.date, EventKind::Meeting)
            });
        }
    }
    if let Some(c) = &d.closed {
        out.push(Event {
            successor: c.successor.as_ref().map(|s| s.as_str()),
            ..Event::new(c.date, EventKind::Closed)
        });
    }
    out
}

/// The link of an event in the language of `loc`, if it is about a page.
fn link(cx: &Ctx, loc: &Locale, e: &Event) -> Option<EventLink> {
    if let Some(p) = e.project {
        let t = p.text.get(loc.lang()).0;
        let url = urls::project(loc.lang(), p.district.as_str(), p.id.as_str());
        return Some(EventLink {
            url: cx.urls.path(&url),
            label: t.title.clone(),
            lang: t.lang.clone(),
        });
    }
    if let Some(m) = e.meeting.and_then(|i| cx.site.meetings.get(i)) {
        let t = m.text.get(loc.lang()).0;
        return Some(EventLink {
            url: cx.urls.path(&urls::meeting(loc.lang(), m.id.as_str())),
            label: t.title.clone(),
            lang: t.lang.clone(),
        });
    }
    let s = cx.district(e.successor?)?;
    Some(EventLink {
        url: cx.urls.path(&urls::district(loc.lang(), s.id.as_str())),
        label: s.name_in(loc.lang()).to_string(),
        lang: s.text.get(loc.lang()).0.lang.clone(),
    })
}

/// The timeline of `d` in the language of `loc`, newest first; on one day, in the order of
/// [`EventKind`].
pub fn timeline(cx: &Ctx, loc: &Locale, d: &District) -> Vec<EventView> {
    let mut events = events(cx, loc, d);
    events.sort_by(|a, b| {
        b.date
            .cmp(&a.date)
            .then(a.kind.cmp(&b.kind))
            .then_with(|| a.project.map(|p| &p.id).cmp(&b.project.map(|p| &p.id)))
            .then(a.meeting.cmp(&b.meeting))
    });
    let formats = loc.formats();
    events
        .iter()
        .map(|e| EventView {
            iso: e.date.iso(),
            date: formats.date(e.date),
            kind: e.kind.as_str(),
            edition: e.edition.map(|y| cx.edition_name(loc, y)),
            link: link(cx, loc, e),
            text: e.text.map(|(t, _)| t.to_string()),
            text_lang: e.text.map_or_else(String::new, |(_, l)| l.to_string()),
        })
        .collect()
}
