//! Every figure the example site prints is the sum it claims, checked against the open data it
//! publishes (`/data/projects.json`): the home page's totals, its tables by status (a true total)
//! and by theme (no total: a project counts in each of its themes), each district's budget by
//! category and edition, and each project's budget table.

use crate::build_support::*;
use serde_json::Value;
use std::collections::BTreeMap;
use std::path::Path;

/// Cents of a printed amount (`25 680,50 €`, `€ 25.680,50`): every amount is printed with two
/// decimals, so its digits are its cents.
fn printed_cents(s: &str) -> i64 {
    let digits: String = s.chars().filter(char::is_ascii_digit).collect();
    assert!(
        s.contains(',') && digits.len() >= 3,
        "not an amount with cents: {s:?}"
    );
    digits.parse().unwrap()
}

/// Cents of a JSON number of euros (`2330.5`), exactly.
fn json_cents(v: &Value) -> i64 {
    let s = v.as_number().unwrap().to_string();
    let (whole, frac) = s.split_once('.').unwrap_or((&s, ""));
    let frac = format!("{frac:0<2}");
    whole.parse::<i64>().unwrap() * 100 + frac[..2].parse::<i64>().unwrap()
}

fn strip_tags(s: &str) -> String {
    let mut out = String::new();
    let mut in_tag = false;
    for c in s.chars() {
        match c {
            '<' => in_tag = true,
            '>' => in_tag = false,
            c if !in_tag => out.push(c),
            _ => {}
        }
    }
    out.trim().to_string()
}

/// The inner HTML of each `<open …>…</close>` in `html`.
fn elements<'a>(html: &'a str, open: &str, close: &str) -> Vec<&'a str> {
    let mut out = Vec::new();
    let mut rest = html;
    while let Some(i) = rest.find(open) {
        let after = &rest[i..];
        let start = after.find('>').unwrap() + 1;
        let end = after.find(close).unwrap();
        out.push(&after[start..end]);
        rest = &after[end + close.len()..];
    }
    out
}

/// A table of amounts: (row label, cents) of its body, and its footer's total if it has one.
struct Amounts {
    rows: Vec<(String, i64)>,
    total: Option<i64>,
}

/// The table whose caption has `id`.
fn table(html: &str, id: &str) -> Amounts {
    let at = html
        .find(&format!(r#"<caption id="{id}">"#))
        .unwrap_or_else(|| panic!("no table {id}"));
    let table = &html[at..at + html[at..].find("</table>").unwrap()];
    let row = |tr: &str| {
        let label = strip_tags(elements(tr, "<th", "</th>")[0]);
        let amount = elements(tr, r#"<td class="num""#, "</td>")[0];
        (label, printed_cents(amount))
    };
    let body = elements(table, "<tbody", "</tbody>")[0];
    let rows = elements(body, "<tr", "</tr>")
        .into_iter()
        .map(row)
        .collect();
    let total = elements(table, "<tfoot", "</tfoot>")
        .first()
        .map(|f| row(elements(f, "<tr", "</tr>")[0]).1);
    Amounts { rows, total }
}

fn yaml(path: &Path) -> Value {
    serde_saphyr::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

fn label(labels: &Value, lang: &str) -> String {
    labels[lang].as_str().unwrap().to_string()
}

#[test]
fn every_printed_total_is_the_sum_it_claims() {
    let (_dir, out) = built_example();
    let projects: Vec<Value> = serde_json::from_str(&read(&out, "data/projects.json")).unwrap();
    assert!(projects.len() > 5);
    let root = crate_root();
    let themes = yaml(&root.join("data/themes.yaml"));
    let programme = yaml(&root.join("data/programme.yaml"));
    let sum = |f: &dyn Fn(&Value) -> Option<i64>| -> i64 { projects.iter().filter_map(f).sum() };
    let requested = sum(&|p| Some(json_cents(&p["requested"])));
    let granted = sum(&|p| p["granted"].as_number().map(|_| json_cents(&p["granted"])));
    let spent = sum(&|p| p["spent"].as_number().map(|_| json_cents(&p["spent"])));
    let mut checked = 0;
    for lang in ["fr", "nl"] {
        let ui = yaml(&root.join(format!("themes/default/i18n/{lang}.yaml")));
        let home = read(&out, &format!("{lang}/index.html"));

        // The figures.
        let figures = elements(&home, r#"<dl class="figures""#, "</dl>")[0];
        let figure = |key: &str| {
            let dt = format!("<dt>{}</dt><dd>", ui[key].as_str().unwrap());
            let at = figures
                .find(&dt)
                .unwrap_or_else(|| panic!("{lang}: no {dt}"))
                + dt.len();
            printed_cents(&figures[at..at + figures[at..].find("</dd>").unwrap()])
        };
        assert_eq!(figure("fig_requested"), requested, "{lang} requested");
        assert_eq!(figure("fig_granted"), granted, "{lang} granted");
        assert_eq!(figure("fig_spent"), spent, "{lang} spent");

        // By status: each project in one row, so a total row that is the grand total.
        let by_status = table(&home, "chart-status");
        for (row, cents) in &by_status.rows {
            let want = sum(&|p| {
                let s = p["status"].as_str()?;
                (ui[format!("status_{s}").as_str()].as_str() == Some(row.as_str()))
                    .then(|| json_cents(&p["requested"]))
            });
            assert_eq!(*cents, want, "{lang} status {row}");
        }
        let rows: i64 = by_status.rows.iter().map(|r| r.1).sum();
        assert_eq!(rows, requested, "{lang}: statuses add up to all requested");
        assert_eq!(by_status.total, Some(requested), "{lang} status total");

        // By theme: a project with two themes is in two rows, so no total row.
        let by_theme = table(&home, "chart-themes");
        assert_eq!(
            by_theme.total, None,
            "{lang}: the theme table has a total row"
        );
        for (row, cents) in &by_theme.rows {
            let id = themes
                .as_object()
                .unwrap()
                .iter()
                .find(|(_, l)| label(l, lang) == *row)
                .map(|(id, _)| id.clone())
                .unwrap_or_else(|| panic!("{lang}: no theme {row}"));
            let want = sum(&|p| {
                let has = p["themes"].as_array()?.iter().any(|t| t == id.as_str());
                has.then(|| json_cents(&p["requested"]))
            });
            assert_eq!(*cents, want, "{lang} theme {row}");
        }
        let note = elements(&home, r#"<p class="note">"#, "</p>")
            .into_iter()
            .find(|n| n.contains("<strong>"))
            .expect("the note under the theme table");
        let strong = elements(note, "<strong", "</strong>")[0];
        assert_eq!(
            printed_cents(strong),
            requested,
            "{lang}: the note's true total"
        );

        // Each district: budget by category per edition.
        let mut by_district: BTreeMap<(String, i64), Vec<&Value>> = BTreeMap::new();
        for p in &projects {
            let key = (
                p["district"].as_str().unwrap().to_string(),
                p["edition"].as_i64().unwrap(),
            );
            by_district.entry(key).or_default().push(p);
        }
        for ((district, edition), ps) in &by_district {
            let html = read(&out, &format!("{lang}/districts/{district}/index.html"));
            let t = table(&html, &format!("chart-{edition}"));
            let mut want: BTreeMap<String, i64> = BTreeMap::new();
            for line in ps
                .iter()
                .flat_map(|p| p["budget_lines"].as_array().unwrap())
            {
                let cat = line["category"].as_str().unwrap();
                let name = label(&programme["expense_categories"][cat], lang);
                *want.entry(name).or_default() += json_cents(&line["amount"]);
            }
            let got: BTreeMap<String, i64> = t.rows.iter().cloned().collect();
            assert_eq!(got, want, "{lang} {district} {edition}");
            let all: i64 = ps.iter().map(|p| json_cents(&p["requested"])).sum();
            assert_eq!(t.total, Some(all), "{lang} {district} {edition} total");
            checked += 1;
        }

        // Each project: the lines add up to the requested total; granted and spent as published.
        for p in &projects {
            let (d, id) = (p["district"].as_str().unwrap(), p["id"].as_str().unwrap());
            let html = read(&out, &format!("{lang}/districts/{d}/{id}/index.html"));
            if !html.contains(r#"<caption id="budget-caption">"#) {
                // A project without budget prints no amount: it says it asks for none.
                assert_eq!(json_cents(&p["requested"]), 0, "{lang} {d}/{id}");
                assert!(p["granted"].is_null(), "{lang} {d}/{id}");
                let words = ui["no_grant_request"].as_str().unwrap();
                assert!(html.contains(words), "{lang} {d}/{id}: {words}");
                continue;
            }
            let t = table(&html, "budget-caption");
            let lines: i64 = t.rows.iter().map(|r| r.1).sum();
            assert_eq!(lines, json_cents(&p["requested"]), "{lang} {d}/{id} lines");
            assert_eq!(t.total, Some(lines), "{lang} {d}/{id} requested");
            let foot = elements(&html, "<tfoot", "</tfoot>")[0];
            let amounts: Vec<i64> = elements(foot, r#"<td class="num""#, "</td>")
                .into_iter()
                .map(printed_cents)
                .collect();
            let mut want = vec![json_cents(&p["requested"])];
            for k in ["granted", "spent"] {
                if p[k].is_number() {
                    want.push(json_cents(&p[k]));
                }
            }
            assert_eq!(amounts, want, "{lang} {d}/{id} requested, granted, spent");
            checked += 1;
        }
    }
    assert!(checked > 20, "{checked} pages checked");
}

#[test]
fn reads_printed_amounts_in_both_languages() {
    assert_eq!(printed_cents("25\u{202f}680,50\u{a0}€"), 2_568_050);
    assert_eq!(printed_cents("€\u{a0}25.680,50"), 2_568_050);
    assert_eq!(json_cents(&serde_json::json!(2330.5)), 233_050);
    assert_eq!(json_cents(&serde_json::json!(400)), 40_000);
}

/// The euros of the first amount in parentheses after `name` in `text` (`Grand projet (jusqu'à
/// 30 000 €)`, `Groot project (tot € 30.000)`): the cap printed beside a track's name.
fn cap_after(text: &str, name: &str) -> Option<i64> {
    let text = text.replace("&#39;", "'");
    let at = text.find(&format!("{name} ("))? + name.len() + 2;
    let inside = &text[at..at + text[at..].find(')')?];
    let digits: String = inside.chars().filter(char::is_ascii_digit).collect();
    digits.parse().ok()
}

/// The front matter of a Markdown file, as YAML.
fn front_matter(path: &Path) -> Value {
    let text = std::fs::read_to_string(path).unwrap();
    let yaml = text.split("---").nth(1).unwrap();
    serde_saphyr::from_str(yaml).unwrap()
}

#[test]
fn every_printed_cap_is_the_dossiers_tracks() {
    let (_dir, out) = built_example();
    let root = crate_root();
    let programme = yaml(&root.join("data/programme.yaml"));
    let editions = programme["editions"].as_array().unwrap();
    let tracks_of = |year: i64| -> Option<&Value> {
        let e = editions.iter().find(|e| e["year"].as_i64() == Some(year))?;
        e.get("tracks")
    };
    let newest = editions.iter().filter_map(|e| e["year"].as_i64()).max();
    let newest_tracks = tracks_of(newest.unwrap()).expect("the example's newest call has tracks");
    let projects: Vec<Value> = serde_json::from_str(&read(&out, "data/projects.json")).unwrap();
    let mut checked = 0;
    for lang in ["fr", "nl"] {
        let ui = yaml(&root.join(format!("themes/default/i18n/{lang}.yaml")));
        // Home: the call's step names each track with its own cap, and no single "up to" figure.
        let home = read(&out, &format!("{lang}/index.html"));
        let steps = elements(&home, r#"<ol class="steps""#, "</ol>")[0];
        let mut caps = 0;
        for (id, t) in newest_tracks.as_object().unwrap() {
            let cap = cap_after(steps, &label(t, lang));
            assert_eq!(cap, t["grant_max"].as_i64(), "{lang} home: track {id:?}");
            caps += 1;
        }
        assert_eq!(steps.matches(" (").count(), caps, "{lang} home: {steps}");
        let single = ui["take_part_3"].as_str().unwrap().split("{grant}").next();
        assert!(!steps.contains(single.unwrap()), "{lang} home: one cap");

        // District pages: each dossier's track and its cap.
        for d in std::fs::read_dir(root.join("content/districts")).unwrap() {
            let d = d.unwrap().path();
            let id = d.file_name().unwrap().to_str().unwrap().to_string();
            let fm = front_matter(&d.join("district.md"));
            let mut want: Vec<(String, Option<i64>)> = Vec::new();
            // A district without dossiers (a group that ended before taking part) shows none.
            let dossiers = fm["dossiers"].as_array().map_or(&[][..], Vec::as_slice);
            for x in dossiers.iter().rev() {
                let Some(track) = x.get("track").and_then(Value::as_str) else {
                    continue;
                };
                let t = &tracks_of(x["edition"].as_i64().unwrap()).unwrap()[track];
                want.push((label(t, lang), t["grant_max"].as_i64()));
            }
            let page = read(&out, &format!("{lang}/districts/{id}/index.html"));
            let dt = format!("<dt>{}</dt><dd>", ui["track"].as_str().unwrap());
            let got: Vec<(String, Option<i64>)> = page
                .split(&dt)
                .skip(1)
                .map(|rest| {
                    let dd = &rest[..rest.find("</dd>").unwrap()];
                    let name = want.iter().find(|w| dd.starts_with(&w.0));
                    let name = name.map(|w| w.0.clone()).unwrap_or_default();
                    let cap = cap_after(dd, &name);
                    (name, cap)
                })
                .collect();
            assert_eq!(got, want, "{lang} district {id}");
            checked += want.len();
        }

        // Project pages: the heading names the dossier's track and its cap.
        for p in &projects {
            let (d, id) = (p["district"].as_str().unwrap(), p["id"].as_str().unwrap());
            let page = read(&out, &format!("{lang}/districts/{d}/{id}/index.html"));
            let crumb = elements(&page, r#"<p class="breadcrumb""#, "</p>")[0];
            let Some(track) = p["track"].as_str() else {
                assert!(!crumb.contains(" ("), "{lang} {d}/{id}: {crumb}");
                continue;
            };
            let t = &tracks_of(p["edition"].as_i64().unwrap()).unwrap()[track];
            let cap = cap_after(crumb, &label(t, lang));
            assert_eq!(cap, t["grant_max"].as_i64(), "{lang} {d}/{id}: {crumb}");
            checked += 1;
        }
    }
    assert!(checked >= 10, "only {checked} caps checked");
}
