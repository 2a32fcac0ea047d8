//! View models: flat, serialisable values the templates receive (never the model itself).
//! Every string is plain text, escaped by the templates, except fields named `*_html`/`svg`.

use serde::Serialize;

/// A link to a page.
#[derive(Clone, Debug, Serialize)]
pub struct Link {
    pub url: String,
    pub label: String,
}

/// A theme, commune or other term, with its page (if it has one).
#[derive(Clone, Debug, Serialize)]
pub struct Chip {
    pub id: String,
    pub label: String,
    pub url: Option<String>,
}

/// A dossier status with its label and key phase.
#[derive(Clone, Debug, Serialize)]
pub struct StatusView {
    pub id: String,
    pub label: String,
    pub phase: u8,
}

/// The translatable text of an item in the page language, or the original with a note.
#[derive(Clone, Debug, Serialize)]
pub struct TextView {
    pub title: String,
    pub summary: Option<String>,
    /// Sanitised HTML of the body.
    pub body_html: String,
    /// Language of this text (the `lang` attribute of its block).
    pub lang: String,
    /// The note shown when the text is the original, not a translation.
    pub fallback_note: Option<String>,
}

/// A published picture: its variants for `srcset`, the fallback `src`, the intrinsic size of the
/// largest variant (`width`/`height` attributes, so that nothing moves while it loads) and its text.
#[derive(Clone, Debug, Serialize)]
pub struct ImageView {
    pub src: String,
    /// `url 480w, url 960w, …`.
    pub srcset: String,
    pub width: u32,
    pub height: u32,
    pub alt: String,
    /// The language of `alt` when it is not the page's (a translation without its own text).
    pub lang: Option<String>,
    /// The absolute URL of the variant for link previews (the largest, at most 1600 wide).
    pub preview: String,
    /// The narrowest variant, for thumbnails (search results).
    pub thumb: Thumb,
}

/// One variant of a picture: its URL and size.
#[derive(Clone, Debug, Serialize)]
pub struct Thumb {
    pub src: String,
    pub width: u32,
    pub height: u32,
}

/// A district in lists.
#[derive(Clone, Debug, Serialize)]
pub struct DistrictCard {
    pub id: String,
    pub url: String,
    pub name: String,
    /// The main commune (the first of `communes`).
    pub commune: Chip,
    /// Every commune the district lies in.
    pub communes: Vec<Chip>,
    /// Space-separated commune ids, for filters.
    pub commune_ids: String,
    /// The date the group ended, formatted, when it did.
    pub closed: Option<String>,
    pub themes: Vec<Chip>,
    pub status: Option<StatusView>,
    pub edition: Option<u32>,
    /// The latest edition's name: its label, else its year.
    pub edition_name: Option<String>,
    pub projects: usize,
    /// Space-separated theme ids, for filters.
    pub theme_ids: String,
    pub cover: Option<ImageView>,
}

/// A project in lists.
#[derive(Clone, Debug, Serialize)]
pub struct ProjectCard {
    pub url: String,
    pub title: String,
    pub lang: String,
    pub summary: Option<String>,
    pub district: Link,
    pub edition: u32,
    /// The edition's name: its label, else its year.
    pub edition_name: String,
    pub themes: Vec<Chip>,
    pub status: Option<StatusView>,
    pub requested: String,
    /// The project has no budget: it asks for no money.
    pub asks_nothing: bool,
    pub cover: Option<ImageView>,
}

/// An expert or coach in lists.
#[derive(Clone, Debug, Serialize)]
pub struct PersonCard {
    pub url: String,
    pub name: String,
    pub role: String,
    pub organisation: Option<String>,
    pub themes: Vec<Chip>,
}

/// A meeting in lists.
#[derive(Clone, Debug, Serialize)]
pub struct MeetingCard {
    pub url: String,
    pub title: String,
    pub lang: String,
    pub date: String,
    pub iso: String,
    pub place: Option<String>,
    pub themes: Vec<Chip>,
}

/// A labelled amount (a row of a budget summary or a chart's table).
#[derive(Clone, Debug, Serialize)]
pub struct AmountRow {
    pub label: String,
    pub url: Option<String>,
    pub amount: String,
    /// The amount as a percentage of the largest row's (the length of its bar).
    pub share: u8,
}

/// Amounts by a dimension, shown as a table whose rows carry a bar.
#[derive(Clone, Debug, Serialize)]
pub struct Chart {
    /// Unique in the page (names the caption).
    pub id: String,
    pub title: String,
    pub rows: Vec<AmountRow>,
    /// The sum of the rows, when it is a true total (absent when rows overlap).
    pub total: Option<String>,
}

/// A dated entry of the home page's latest news or a project's updates.
#[derive(Clone, Debug, Serialize)]
pub struct NewsItem {
    pub date: String,
    pub iso: String,
    pub title: String,
    /// Language of the title (a translated project title may differ from its updates').
    pub title_lang: String,
    pub url: String,
    pub text: String,
    /// Language of the text.
    pub lang: String,
}

/// The filter choices of the districts list and the search page.
#[derive(Clone, Debug, Serialize)]
pub struct Filters {
    pub kinds: Vec<Chip>,
    pub themes: Vec<Chip>,
    pub communes: Vec<Chip>,
    pub statuses: Vec<StatusView>,
    pub editions: Vec<Chip>,
}

/// One language of the language switch.
#[derive(Clone, Debug, Serialize)]
pub struct Alternate {
    pub lang: String,
    pub label: String,
    pub url: String,
    /// The same page's full URL (base URL included), for `hreflang` links.
    pub href: String,
    pub current: bool,
}

/// One language of a page outside the language folders (the language choice, `404.html`): its
/// home and the page's words in that language, so that each reader finds their own.
#[derive(Clone, Debug, Serialize)]
pub struct SpecialLang {
    pub lang: String,
    /// The language's name in itself.
    pub label: String,
    /// Its home page, and its absolute address.
    pub url: String,
    pub href: String,
    pub current: bool,
    /// The programme's name and call in that language.
    pub site_name: String,
    pub call: String,
    /// The theme's `choose_language`, `not_found_title`, `not_found_text` in that language.
    pub choose: String,
    pub not_found_title: String,
    pub not_found_text: String,
}

/// An entry of the main navigation.
#[derive(Clone, Debug, Serialize)]
pub struct NavItem {
    pub url: String,
    pub label: String,
    pub current: bool,
}

/// What every page's layout needs.
#[derive(Clone, Debug, Serialize)]
pub struct Layout {
    pub lang: String,
    pub title: String,
    pub site_name: String,
    pub call: String,
    pub home_url: String,
    /// The base path (`/` or `/preview/`).
    pub root_url: String,
    pub static_url: String,
    /// The theme's logo (`static/logo.svg`), shown in the header beside the programme's name.
    pub logo_url: Option<String>,
    /// The theme's `static/custom.css`, loaded after `style.css` (a palette, a few rules).
    pub custom_css_url: Option<String>,
    pub feed_url: String,
    pub canonical: String,
    /// The full URL of the language choice (`/`), the `hreflang="x-default"` page.
    pub language_choice: String,
    pub nav: Vec<NavItem>,
    pub alternates: Vec<Alternate>,
    /// The programme's description: a page's meta description when it has no summary.
    pub description: Option<String>,
    /// Link previews (Open Graph, Twitter cards).
    pub preview: Preview,
}

/// What a shared link shows: Open Graph and Twitter card values of a page.
#[derive(Clone, Debug, Default, Serialize)]
pub struct Preview {
    /// `website` for lists, `article` for a district, project, meeting or page.
    pub kind: String,
    pub title: String,
    pub description: String,
    /// The page's cover, else the theme's default picture (absolute URLs).
    pub image: Option<PreviewImage>,
    /// `fr_BE`, and the locales of the other languages.
    pub locale: String,
    pub locale_alternates: Vec<String>,
}

/// The picture of a link preview.
#[derive(Clone, Debug, Serialize)]
pub struct PreviewImage {
    pub url: String,
    pub width: u32,
    pub height: u32,
    pub alt: String,
}
