//! The cards of the lists (a district, a project, a person, a meeting) and a project's news:
//! free functions of the render context and a page's language, shared by pages, lists, the
//! map and the editions.

use super::context::{join_ids, Ctx};
use super::locale::Locale;
use super::view::*;
use crate::model::{District, Meeting, Person, Project};
use crate::site::urls;

/// A district in lists, with the status of its latest dossier.
pub fn district_card(cx: &Ctx, loc: &Locale, d: &District) -> DistrictCard {
    let latest = d.latest_dossier();
    DistrictCard {
        id: d.id.to_string(),
        url: cx.urls.path(&urls::district(loc.lang(), d.id.as_str())),
        name: d.name_in(loc.lang()).to_string(),
        commune: cx.commune_chip(loc, d.commune()),
        communes: cx.commune_chips(loc, d),
        commune_ids: join_ids(&d.communes),
        closed: d.closed.as_ref().map(|c| loc.formats().date(c.date)),
        themes: cx.theme_chips(loc, &d.themes),
        status: latest.map(|x| cx.status_view(loc, x.status)),
        edition: latest.map(|x| x.edition),
        edition_name: latest.map(|x| cx.edition_name(loc, x.edition)),
        projects: d.projects.len(),
        theme_ids: join_ids(&d.themes),
        cover: cx.cover(loc, d.cover.as_deref(), &d.text),
    }
}

/// A project in lists.
pub fn project_card(cx: &Ctx, loc: &Locale, p: &Project) -> ProjectCard {
    let (t, _) = p.text.get(loc.lang());
    let district_name = cx.district(p.district.as_str()).map_or_else(
        || p.district.to_string(),
        |d| d.name_in(loc.lang()).to_string(),
    );
    ProjectCard {
        url: cx.urls.path(&urls::project(
            loc.lang(),
            p.district.as_str(),
            p.id.as_str(),
        )),
        title: t.title.clone(),
        lang: t.lang.clone(),
        summary: t.summary.clone(),
        district: Link {
            url: cx
                .urls
                .path(&urls::district(loc.lang(), p.district.as_str())),
            label: district_name,
        },
        edition: p.edition,
        edition_name: cx.edition_name(loc, p.edition),
        themes: cx.theme_chips(loc, &p.themes),
        status: cx.project_status(p).map(|s| cx.status_view(loc, s)),
        requested: loc.formats().money(p.budget.requested_total()),
        asks_nothing: p.budget.asks_nothing(),
        cover: cx.cover(loc, p.cover.as_deref(), &p.text),
    }
}

/// A project's updates as news entries, with their dates, in file order; each in the language
/// of `loc` where a translation gives it, else in the original's language.
pub fn project_news(cx: &Ctx, loc: &Locale, p: &Project) -> Vec<(crate::model::Date, NewsItem)> {
    let card = project_card(cx, loc, p);
    p.updates
        .iter()
        .map(|u| {
            let (text, text_lang) = u.tr.pick(&u.text, &p.text.original.lang, loc.lang());
            let item = NewsItem {
                date: loc.formats().date(u.date),
                iso: u.date.iso(),
                title: card.title.clone(),
                title_lang: card.lang.clone(),
                url: card.url.clone(),
                text: text.to_string(),
                lang: text_lang.to_string(),
            };
            (u.date, item)
        })
        .collect()
}

/// An expert or coach in lists.
pub fn person_card(cx: &Ctx, loc: &Locale, p: &Person) -> PersonCard {
    PersonCard {
        url: cx.urls.path(&urls::expert(loc.lang(), p.id.as_str())),
        name: p.name.clone(),
        role: loc.t(&format!("role_{}", p.role.as_str())),
        organisation: p.organisation.clone(),
        themes: cx.theme_chips(loc, &p.themes),
    }
}

/// A meeting in lists.
pub fn meeting_card(cx: &Ctx, loc: &Locale, m: &Meeting) -> MeetingCard {
    let (t, _) = m.text.get(loc.lang());
    MeetingCard {
        url: cx.urls.path(&urls::meeting(loc.lang(), m.id.as_str())),
        title: t.title.clone(),
        lang: t.lang.clone(),
        date: loc.formats().date(m.date),
        iso: m.date.iso(),
        place: m.place.clone(),
        themes: cx.theme_chips(loc, &m.themes),
    }
}
