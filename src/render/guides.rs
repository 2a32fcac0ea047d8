//! Pages the build writes from the model rather than from content: how to subscribe to the
//! meetings' calendars (`/<lang>/pages/calendar/`) and the open data's field guide
//! (`/<lang>/pages/open-data/`). A content page with the same id replaces the
//! generated one, as a site's file replaces a theme's.

use super::context::{Ctx, Section};
use super::locale::Locale;
use super::view::Link;
use super::{Output, RenderError};
use crate::model::Site;
use crate::site::urls;
use serde::Serialize;

/// A page the build writes itself.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Guide {
    /// How to subscribe to the meetings' calendars.
    Calendar,
    /// The open data: each file, its fields, the licence.
    OpenData,
}

impl Guide {
    /// The page's id under `/<lang>/pages/`.
    pub fn id(self) -> &'static str {
        match self {
            Guide::Calendar => "calendar",
            Guide::OpenData => "open-data",
        }
    }
}

/// The generated pages of `site`: every [`Guide`] whose id no content page takes.
pub fn guides(site: &Site) -> Vec<Guide> {
    [Guide::Calendar, Guide::OpenData]
        .into_iter()
        .filter(|g| !site.pages.iter().any(|p| p.id.as_str() == g.id()))
        .collect()
}

#[derive(Serialize)]
struct CalendarHelp {
    /// The programme's feed, `https://…`.
    feed: String,
    /// The same with the `webcal://` scheme, which calendar applications open as a subscription.
    webcal: Option<String>,
    districts: Vec<Link>,
    themes: Vec<Link>,
}

/// A feed's absolute URL as a link labelled `label`.
fn feed_link(cx: &Ctx, rel: &str, label: &str) -> Link {
    Link {
        url: cx.urls.absolute(&urls::calendar(rel)),
        label: label.to_string(),
    }
}

/// `/<lang>/pages/<guide>/`.
pub fn render_guide(cx: &Ctx, loc: &Locale, guide: Guide) -> Result<Output, RenderError> {
    let rel = |l: &str| urls::page(l, guide.id());
    match guide {
        Guide::Calendar => {
            let title = loc.t("calendar_help_title");
            let view = calendar_help(cx, loc);
            cx.page(loc, "calendar.html", Section::Meetings, &rel, &title, &view)
        }
        Guide::OpenData => {
            let title = loc.t("open_data_title");
            let files = super::data::render_data(cx)?;
            let view = super::open_data_page::open_data(cx, loc, &files);
            cx.page(loc, "open_data.html", Section::Other, &rel, &title, &view)
        }
    }
}

/// The calendar page's view in the language of `loc`: the programme's feed and each district's and
/// theme's.
fn calendar_help(cx: &Ctx, loc: &Locale) -> CalendarHelp {
    let feed = cx
        .urls
        .absolute(&urls::calendar(&urls::meetings(loc.lang())));
    let webcal = feed
        .strip_prefix("https://")
        .map(|r| format!("webcal://{r}"));
    let mut districts: Vec<Link> = cx
        .site
        .districts
        .iter()
        .map(|d| {
            feed_link(
                cx,
                &urls::district(loc.lang(), d.id.as_str()),
                d.name_in(loc.lang()),
            )
        })
        .collect();
    districts.sort_by(|a, b| a.label.cmp(&b.label));
    let themes = cx
        .site
        .themes
        .iter()
        .map(|t| {
            feed_link(
                cx,
                &urls::theme(loc.lang(), t.id.as_str()),
                t.labels.get(loc.lang()),
            )
        })
        .collect();
    CalendarHelp {
        feed,
        webcal,
        districts,
        themes,
    }
}
