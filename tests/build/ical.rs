//! The meetings' iCalendar feeds, read by a maintained parser (Python's `icalendar`, installed by
//! `.ci/run`): every meeting with its place, its page and a UID that two builds agree on; a
//! district's or a theme's feed holds its own meetings only.

use crate::browser_support;
use crate::build_support::*;
use std::path::Path;
use std::process::Command;

/// Fails the test unless Python's `icalendar` is installed (`.ci/run` installs it).
fn require_parser() {
    browser_support::require_command(
        "python3",
        &["-c", "import icalendar"],
        "pip install icalendar",
    );
}

/// Parses the feeds at `paths` under `out` with `icalendar`; one JSON object per feed:
/// `{"path", "name", "events": [{"uid", "summary", "location", "url", "start", "stamp"}]}`.
fn parse(out: &Path, paths: &[String]) -> serde_json::Value {
    let script = r#"
import json, sys, icalendar
feeds = []
for path in sys.argv[2:]:
    raw = open(sys.argv[1] + "/" + path, "rb").read()
    assert b"\n" not in raw.replace(b"\r\n", b""), "bare LF in " + path
    assert all(len(l) <= 75 for l in raw.split(b"\r\n")), "a line over 75 octets in " + path
    cal = icalendar.Calendar.from_ical(raw)
    assert str(cal["VERSION"]) == "2.0"
    events = []
    for e in cal.walk("VEVENT"):
        events.append({"uid": str(e["UID"]), "summary": str(e["SUMMARY"]),
            "location": str(e["LOCATION"]), "url": str(e["URL"]),
            "start": e.decoded("DTSTART").isoformat(), "stamp": e.decoded("DTSTAMP").isoformat()})
    feeds.append({"path": path, "name": str(cal["X-WR-CALNAME"]), "events": events})
print(json.dumps(feeds))
"#;
    let output = Command::new("python3")
        .arg("-c")
        .arg(script)
        .arg(out)
        .args(paths)
        .output()
        .expect("python3 (and `pip install icalendar`)");
    assert!(
        output.status.success(),
        "icalendar refused the feeds (pip install icalendar?): {}",
        String::from_utf8_lossy(&output.stderr)
    );
    serde_json::from_slice(&output.stdout).unwrap()
}

fn events(feed: &serde_json::Value) -> &Vec<serde_json::Value> {
    feed["events"].as_array().unwrap()
}

fn site() -> wijk::model::Site {
    let corpus = wijk::load::load(&crate_root()).unwrap();
    wijk::validate::validate(&corpus).site.unwrap()
}

#[test]
#[ignore = "needs python3 icalendar: cargo test -- --include-ignored"]
fn every_meeting_is_in_the_programme_feed_with_its_place_and_page() {
    require_parser();
    let (_dir, out) = built_example();
    let site = site();
    let paths = [
        "fr/meetings/calendar.ics".to_string(),
        "nl/meetings/calendar.ics".to_string(),
    ];
    let feeds = parse(&out, &paths);
    for (feed, lang) in feeds.as_array().unwrap().iter().zip(["fr", "nl"]) {
        assert_eq!(events(feed).len(), site.meetings.len(), "{feed}");
        for m in &site.meetings {
            let id = m.id.as_str();
            let e = events(feed)
                .iter()
                .find(|e| e["uid"] == format!("{id}@wijken.example.org"))
                .unwrap_or_else(|| panic!("{id} missing from {feed}"));
            assert_eq!(e["location"], m.place.clone().unwrap().as_str(), "{e}");
            assert_eq!(
                e["url"],
                format!("https://wijken.example.org/{lang}/meetings/{id}/")
            );
            assert_eq!(e["start"], m.date.iso());
            assert_eq!(e["stamp"], format!("{}T00:00:00+00:00", m.date.iso()));
            assert_eq!(e["summary"], m.text.get(lang).0.title.as_str());
            // The link leads to a page that exists.
            assert!(out
                .join(format!("{lang}/meetings/{id}/index.html"))
                .is_file());
        }
    }
}

#[test]
#[ignore = "needs python3 icalendar: cargo test -- --include-ignored"]
fn a_districts_and_a_themes_feed_hold_their_own_meetings_only() {
    require_parser();
    let (_dir, out) = built_example();
    let site = site();
    let mut paths = Vec::new();
    for d in &site.districts {
        paths.push(format!("fr/districts/{}/calendar.ics", d.id.as_str()));
    }
    for t in &site.themes {
        paths.push(format!("nl/themes/{}/calendar.ics", t.id.as_str()));
    }
    let feeds = parse(&out, &paths);
    let feeds = feeds.as_array().unwrap();
    let mut seen = 0;
    for (feed, d) in feeds.iter().zip(&site.districts) {
        let mut want: Vec<String> = site
            .meetings
            .iter()
            .filter(|m| m.districts.contains(&d.id))
            .map(|m| format!("{}@wijken.example.org", m.id.as_str()))
            .collect();
        let mut got: Vec<String> = events(feed)
            .iter()
            .map(|e| e["uid"].to_string().replace('"', ""))
            .collect();
        want.sort();
        got.sort();
        assert_eq!(got, want, "{}", feed["path"]);
        assert!(feed["name"].as_str().unwrap().ends_with(d.name_in("fr")));
        seen += got.len();
    }
    for (feed, t) in feeds[site.districts.len()..].iter().zip(&site.themes) {
        let want = site
            .meetings
            .iter()
            .filter(|m| m.themes.contains(&t.id))
            .count();
        assert_eq!(events(feed).len(), want, "{}", feed["path"]);
    }
    // The example's meetings name districts: the per-district feeds are not all empty.
    assert!(seen > 0);
}

#[test]
fn two_builds_write_the_same_feeds() {
    let dir = tempfile::tempdir().unwrap();
    let (a, b) = (dir.path().join("a"), dir.path().join("b"));
    build_lib(&crate_root(), &a, None);
    build_lib(&crate_root(), &b, None);
    let feeds = |out: &Path| -> Vec<(String, Vec<u8>)> {
        snapshot_tree(out)
            .into_iter()
            .filter(|(p, _)| p.ends_with(".ics"))
            .collect()
    };
    let (fa, fb) = (feeds(&a), feeds(&b));
    // Every language: the programme, each district and each theme.
    let site = site();
    let per_lang = 1 + site.districts.len() + site.themes.len();
    assert_eq!(fa.len(), per_lang * site.programme.languages.len());
    assert_eq!(fa, fb);
}

#[test]
fn the_meetings_page_links_the_how_to_which_gives_the_feed() {
    let (_dir, out) = built_example();
    let list = main_of(&read(&out, "fr/meetings/index.html"));
    assert!(
        list.contains(r#"<a href="/fr/pages/calendar/">S&#39;abonner au calendrier</a>"#),
        "{list}"
    );
    let list = main_of(&read(&out, "nl/meetings/index.html"));
    assert!(
        list.contains(r#"<a href="/nl/pages/calendar/">Abonneren op de kalender</a>"#),
        "{list}"
    );
    for (lang, app) in [
        ("fr", "Google Agenda"),
        ("fr", "Apple Calendrier"),
        ("nl", "Apple Agenda"),
        ("nl", "Outlook"),
    ] {
        let help = main_of(&read(&out, &format!("{lang}/pages/calendar/index.html")));
        assert!(help.contains(app), "{app} in {lang}: {help}");
        assert!(help.contains(&format!(
            "https://wijken.example.org/{lang}/meetings/calendar.ics"
        )));
        assert!(help.contains(&format!(
            "webcal://wijken.example.org/{lang}/meetings/calendar.ics"
        )));
    }
}
