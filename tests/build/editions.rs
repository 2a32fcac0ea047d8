//! The selection committee's pages on the example programme: every dossier of an edition listed
//! with its track, cap, status and what it still lacks; the print page holding every submitted
//! dossier and every budget line, and, printed to PDF by Chromium, every dossier and budget line
//! with no table row cut across two pages.

use crate::browser_support;
use crate::build_support::*;
use std::path::Path;
use wijk::model::{Site, Status};
use wijk::render::format::format_money;

/// The example programme, validated.
fn example_site() -> Site {
    let corpus = wijk::load::load(&crate_root()).unwrap();
    wijk::validate::validate(&corpus).site.unwrap()
}

/// Text as the templates write it.
fn escaped(s: &str) -> String {
    wijk::site::escape::xml(s)
}

/// The table row of district `id` in an edition page's `<main>`.
fn row<'a>(main: &'a str, id: &str) -> &'a str {
    let start = main
        .find(&format!("<tr id=\"{id}\">"))
        .unwrap_or_else(|| panic!("no row for {id}"));
    let rest = &main[start..];
    &rest[..rest.find("</tr>").unwrap()]
}

/// The printed section of district `id`, if the print page has one.
fn section<'a>(main: &'a str, id: &str) -> Option<&'a str> {
    let start = main.find(&format!("<section class=\"printed-dossier\" id=\"{id}\""))?;
    let rest = &main[start..];
    Some(&rest[..rest.find("</section>").unwrap()])
}

#[test]
fn every_dossier_of_an_edition_is_listed_with_track_cap_status_and_lacks() {
    let site = example_site();
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("public");
    build_lib(&crate_root(), &out, None);
    let main = main_of(&read(&out, "fr/editions/2025/index.html"));
    let edition = site.programme.edition(2025).unwrap();
    let mut listed = 0;
    for d in &site.districts {
        let Some(x) = d.dossier(2025) else {
            assert!(!main.contains(&format!("<tr id=\"{}\">", d.id.as_str())));
            continue;
        };
        listed += 1;
        let r = row(&main, d.id.as_str());
        assert!(r.contains(&escaped(d.name_in("fr"))), "{r}");
        let track = edition.track(x.track.as_ref().unwrap()).unwrap();
        assert!(r.contains(&escaped(track.name.get("fr"))), "{r}");
        let requested = d
            .projects_of(2025)
            .map(|p| p.budget.requested_total())
            .sum();
        let against = format!(
            "{} / {}",
            format_money(requested, "fr"),
            format_money(track.grant_max, "fr")
        );
        assert!(r.contains(&against), "{against} not in {r}");
        for p in d.projects_of(2025) {
            assert!(r.contains(&escaped(&p.text.get("fr").0.title)), "{r}");
        }
    }
    assert_eq!(listed, 5);
    // What each status still lacks, by the one requirement predicate.
    let morichar = row(&main, "morichar");
    assert!(morichar.contains("Feuille de route déposée"));
    assert!(morichar.contains("la décision du comité de pilotage"));
    assert!(morichar.contains("le montant octroyé de chaque projet"));
    let messidor = row(&main, "messidor");
    assert!(messidor.contains("la date de dépôt"));
    assert!(messidor.contains("au moins un projet avec des postes de budget"));
    let helmet = row(&main, "helmet");
    assert!(helmet.contains("la date de dépôt"));
    assert!(!helmet.contains("au moins un projet"));
    assert!(row(&main, "bervoets").contains("l&#39;évaluation"));
    assert!(row(&main, "maritiem").contains("le dossier est complet"));
    // In Dutch too, linked from the districts list; listed in the sitemap, the print page not.
    let nl = main_of(&read(&out, "nl/editions/2025/index.html"));
    assert!(row(&nl, "morichar").contains("de beslissing van de stuurgroep"));
    assert!(read(&out, "nl/districts/index.html").contains("Dossiers per oproep"));
    assert!(read(&out, "fr/districts/index.html").contains("Dossiers par appel"));
    let sitemap = read(&out, "sitemap.xml");
    assert!(sitemap.contains("/fr/editions/2025/</loc>"));
    assert!(!sitemap.contains("/print/"));
    let list = main_of(&read(&out, "fr/editions/index.html"));
    for e in &site.programme.editions {
        assert!(
            list.contains(&format!("/fr/editions/{}/\"", e.year)),
            "{list}"
        );
    }
}

#[test]
fn the_print_page_holds_every_submitted_dossier_and_every_budget_line() {
    let site = example_site();
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("public");
    build_lib(&crate_root(), &out, None);
    for year in [2024, 2025] {
        let main = main_of(&read(&out, &format!("fr/editions/{year}/print/index.html")));
        let mut printed = 0;
        for d in &site.districts {
            let Some(x) = d.dossier(year) else { continue };
            let s = section(&main, d.id.as_str());
            if x.status == Status::Preparation {
                assert!(s.is_none(), "{} is not submitted", d.id.as_str());
                continue;
            }
            printed += 1;
            let s = s.unwrap_or_else(|| panic!("{} not printed in {year}", d.id.as_str()));
            for p in d.projects_of(year) {
                for l in &p.budget.lines {
                    assert!(s.contains(&escaped(&l.label)), "{} not in {s}", l.label);
                    assert!(s.contains(&format_money(l.amount, "fr")));
                }
            }
        }
        assert!(printed >= 2, "{year}: {printed}");
    }
}

/// Chromium prints `html` to a PDF beside it; `pdftotext -layout` gives its pages.
fn print_to_pdf(html: &Path) -> Vec<String> {
    let pdf = html.with_extension("pdf");
    let _turn = crate::one_browser_at_a_time();
    let status = std::process::Command::new(browser_support::chromium())
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--no-pdf-header-footer",
        ])
        .arg(format!("--print-to-pdf={}", pdf.display()))
        .arg(format!("file://{}", html.display()))
        .output()
        .unwrap();
    assert!(pdf.is_file(), "{}", String::from_utf8_lossy(&status.stderr));
    let text = std::process::Command::new("pdftotext")
        .args(["-layout"])
        .arg(&pdf)
        .arg("-")
        .output()
        .expect("pdftotext runs");
    let text = String::from_utf8(text.stdout).unwrap();
    text.split('\u{c}').map(spaces).collect()
}

#[test]
#[ignore = "needs chromium and pdftotext: cargo test -- --include-ignored"]
fn the_printed_pdf_holds_every_dossier_and_budget_line_without_a_cut_row() {
    let chromium = browser_support::chromium();
    let missing = (!chromium.is_file()).then(|| {
        format!(
            "{} not found (apt-get install -y chromium)",
            chromium.display()
        )
    });
    browser_support::require(missing);
    browser_support::require_command("pdftotext", &["-v"], "apt-get install -y poppler-utils");
    let site = example_site();
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("public");
    // Addresses under the output folder, so that the stylesheet loads from the file.
    build_lib(&crate_root(), &out, Some(&format!("{}/", out.display())));
    let pages = print_to_pdf(&out.join("fr/editions/2025/print/index.html"));
    let all = pages.join("\n");
    for d in &site.districts {
        let Some(x) = d.dossier(2025) else { continue };
        if x.status == Status::Preparation {
            continue;
        }
        assert!(
            all.contains(d.name_in("fr")),
            "{} not printed",
            d.id.as_str()
        );
        // Each dossier starts a page.
        assert!(
            pages
                .iter()
                .any(|p| p.trim_start().starts_with(d.name_in("fr"))),
            "{} does not start a page",
            d.id.as_str()
        );
        for p in d.projects_of(2025) {
            for l in &p.budget.lines {
                let amount = spaces(&format_money(l.amount, "fr"));
                // A row not cut: its label and its amount on one page.
                let whole = pages.iter().any(|page| {
                    page.lines()
                        .any(|line| line.contains(&amount) && line.contains(first_words(&l.label)))
                        || (page.contains(first_words(&l.label)) && page.contains(&amount))
                });
                assert!(whole, "{} / {amount} cut or missing", l.label);
            }
        }
    }
}

/// Text with its no-break spaces as plain spaces (as `pdftotext` writes them).
fn spaces(s: &str) -> String {
    s.replace(['\u{a0}', '\u{202f}'], " ")
}

/// The first three words of a label (a long label wraps in its cell).
fn first_words(label: &str) -> &str {
    let end = label
        .match_indices(' ')
        .nth(2)
        .map_or(label.len(), |(i, _)| i);
    &label[..end]
}
