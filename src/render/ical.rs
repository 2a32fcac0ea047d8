//! iCalendar (RFC 5545) feeds of exchange meetings: `/<lang>/meetings/calendar.ics` for the
//! programme, `/<lang>/districts/<id>/calendar.ics` and `/<lang>/themes/<id>/calendar.ics` beside
//! their pages. Written here rather than by a template: line ends, folding and escaping are part
//! of the format, not of the look.
//!
//! Meetings have a date and no time: each event is a whole day (`DTSTART;VALUE=DATE`, one day
//! long). `DTSTAMP` is the meeting's date so that two builds of the same content are identical;
//! the `UID` (`<meeting>@<host of base_url>`) stays the same across builds and languages, so a
//! calendar that subscribes to two feeds shows a meeting once.

use super::context::Ctx;
use super::locale::Locale;
use super::Output;
use crate::model::{Meeting, Site};
use crate::site::urls;

/// Every calendar feed of the site, in every language: (path, the meetings it holds).
fn feeds<'a>(site: &'a Site, lang: &str) -> Vec<(String, String, Vec<&'a Meeting>)> {
    let all: Vec<&Meeting> = site.meetings.iter().collect();
    let name = site.programme.name.get(lang).to_string();
    let mut out = vec![(urls::calendar(&urls::meetings(lang)), name.clone(), all)];
    for d in &site.districts {
        let of: Vec<&Meeting> = site
            .meetings
            .iter()
            .filter(|m| m.districts.contains(&d.id))
            .collect();
        let title = format!("{name} — {}", d.name_in(lang));
        out.push((
            urls::calendar(&urls::district(lang, d.id.as_str())),
            title,
            of,
        ));
    }
    for t in &site.themes {
        let of: Vec<&Meeting> = site
            .meetings
            .iter()
            .filter(|m| m.themes.contains(&t.id))
            .collect();
        let title = format!("{name} — {}", t.labels.get(lang));
        out.push((urls::calendar(&urls::theme(lang, t.id.as_str())), title, of));
    }
    out
}

/// The paths of every calendar feed, for `serve`.
pub fn calendar_paths(site: &Site) -> Vec<String> {
    site.programme
        .languages
        .iter()
        .flat_map(|l| feeds(site, l).into_iter().map(|(path, _, _)| path))
        .collect()
}

/// Every calendar feed of every language.
pub fn render_calendars(cx: &Ctx) -> Vec<Output> {
    let host = uid_host(&cx.site.programme.base_url);
    let mut out = Vec::new();
    for lang in cx.languages() {
        for (path, title, meetings) in feeds(cx.site, lang) {
            let text = calendar(cx, cx.locale(lang), &host, &title, &meetings);
            out.push(Output::new(path, text.into_bytes()));
        }
    }
    out
}

/// The host of the base URL, the right-hand part of every `UID`; `wijk.invalid` when the base
/// URL has none (a path-only base, for a local preview).
fn uid_host(base_url: &str) -> String {
    url::Url::parse(base_url.trim())
        .ok()
        .and_then(|u| u.host_str().map(str::to_string))
        .unwrap_or_else(|| "wijk.invalid".to_string())
}

/// One `VCALENDAR` with an event per meeting.
fn calendar(cx: &Ctx, loc: &Locale, host: &str, title: &str, meetings: &[&Meeting]) -> String {
    let mut lines = vec![
        "BEGIN:VCALENDAR".to_string(),
        "VERSION:2.0".to_string(),
        format!(
            "PRODID:-//wijk//{}//{}",
            escape(cx.site.programme.name.get(loc.lang())),
            loc.lang().to_uppercase()
        ),
        "CALSCALE:GREGORIAN".to_string(),
        "METHOD:PUBLISH".to_string(),
        format!("X-WR-CALNAME:{}", escape(title)),
    ];
    for m in meetings {
        lines.extend(event(cx, loc, host, m));
    }
    lines.push("END:VCALENDAR".to_string());
    let mut text = String::new();
    for line in lines {
        text.push_str(&fold(&line));
    }
    text
}

/// The lines of one meeting's `VEVENT`, unfolded.
fn event(cx: &Ctx, loc: &Locale, host: &str, m: &Meeting) -> Vec<String> {
    let (text, _) = m.text.get(loc.lang());
    let day = format!("{:04}{:02}{:02}", m.date.year, m.date.month, m.date.day);
    let url = cx.urls.absolute(&urls::meeting(loc.lang(), m.id.as_str()));
    let mut lines = vec![
        "BEGIN:VEVENT".to_string(),
        format!("UID:{}@{host}", m.id.as_str()),
        format!("DTSTAMP:{day}T000000Z"),
        format!("DTSTART;VALUE=DATE:{day}"),
        format!("SUMMARY;LANGUAGE={}:{}", text.lang, escape(&text.title)),
    ];
    if let Some(place) = &m.place {
        lines.push(format!("LOCATION:{}", escape(place)));
    }
    if let Some(summary) = &text.summary {
        let body = format!("{summary}\n\n{url}");
        lines.push(format!(
            "DESCRIPTION;LANGUAGE={}:{}",
            text.lang,
            escape(&body)
        ));
    } else {
        lines.push(format!("DESCRIPTION:{}", escape(&url)));
    }
    lines.push(format!("URL;VALUE=URI:{url}"));
    lines.push("END:VEVENT".to_string());
    lines
}

/// A TEXT value with `\`, `;`, `,` and line breaks escaped (RFC 5545, 3.3.11); other control
/// characters, which the format does not allow, dropped.
fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\r' if chars.peek() == Some(&'\n') => {}
            '\n' | '\r' => out.push_str("\\n"),
            c if c.is_control() && c != '\t' => {}
            c => out.push(c),
        }
    }
    out
}

/// A content line folded at 75 octets (never inside a UTF-8 character), each piece ended by
/// CRLF and the next begun by a space (RFC 5545, 3.1).
fn fold(line: &str) -> String {
    let mut out = String::with_capacity(line.len() + line.len() / 70 * 3 + 2);
    let mut width = 0;
    for c in line.chars() {
        let n = c.len_utf8();
        if width + n > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += n;
    }
    out.push_str("\r\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_text_values() {
        assert_eq!(escape("a,b;c\\d\ne\r\nf"), "a\\,b\\;c\\\\d\\ne\\nf");
        assert_eq!(escape("bell\u{7}"), "bell");
    }

    #[test]
    fn folds_at_75_octets_between_characters() {
        let line = format!("SUMMARY:{}", "é".repeat(80));
        let folded = fold(&line);
        for piece in folded.split("\r\n").filter(|p| !p.is_empty()) {
            assert!(piece.len() <= 75, "{} octets: {piece}", piece.len());
        }
        let unfolded = folded.replace("\r\n ", "");
        assert_eq!(unfolded, format!("{line}\r\n"));
        assert_eq!(fold("VERSION:2.0"), "VERSION:2.0\r\n");
    }

    #[test]
    fn the_uid_host_is_the_base_urls() {
        assert_eq!(
            uid_host("https://wijk.example.org/preview/"),
            "wijk.example.org"
        );
        assert_eq!(uid_host("/preview/"), "wijk.invalid");
    }
}
