//! The message files: every id in every language with the same variables, every id the code uses
//! present, plurals and money per language, and the choice of language from the command line.

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
use std::collections::{BTreeMap, BTreeSet};
use wijk::i18n::{Lang, FTL};
use wijk::model::Cents;
use wijk::msg;

/// Id (`id` or `id.attribute`) → the variables its text uses.
type Catalogue = BTreeMap<String, BTreeSet<String>>;

fn catalogue(lang: Lang, text: &str) -> Catalogue {
    let resource = fluent_syntax::parser::parse(text)
        .unwrap_or_else(|(_, errors)| panic!("{lang}.ftl does not parse: {errors:?}"));
    let mut out = Catalogue::new();
    for entry in resource.body {
        match entry {
            Entry::Message(m) => {
                if let Some(p) = &m.value {
                    out.insert(m.id.name.to_string(), variables(p));
                }
                for a in &m.attributes {
                    let id = format!("{}.{}", m.id.name, a.id.name);
                    out.insert(id, variables(&a.value));
                }
            }
            Entry::Junk { content } => panic!("{lang}.ftl has junk: {content}"),
            _ => {}
        }
    }
    out
}

fn variables(p: &Pattern<&str>) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    for e in &p.elements {
        if let PatternElement::Placeable { expression } = e {
            expression_variables(expression, &mut out);
        }
    }
    out
}

fn expression_variables(e: &Expression<&str>, out: &mut BTreeSet<String>) {
    match e {
        Expression::Select { selector, variants } => {
            inline_variables(selector, out);
            for v in variants {
                out.extend(variables(&v.value));
            }
        }
        Expression::Inline(i) => inline_variables(i, out),
    }
}

fn inline_variables(e: &InlineExpression<&str>, out: &mut BTreeSet<String>) {
    match e {
        InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_string());
        }
        InlineExpression::Placeable { expression } => expression_variables(expression, out),
        _ => {}
    }
}

#[test]
fn every_language_has_every_message_with_the_same_variables() {
    let all: Vec<(Lang, Catalogue)> = FTL.iter().map(|(l, t)| (*l, catalogue(*l, t))).collect();
    let (first, reference) = &all[0];
    assert!(reference.len() > 150, "{} ids only", reference.len());
    for (lang, cat) in &all[1..] {
        let ids: BTreeSet<&String> = cat.keys().collect();
        let want: BTreeSet<&String> = reference.keys().collect();
        let missing: Vec<_> = want.difference(&ids).collect();
        let extra: Vec<_> = ids.difference(&want).collect();
        assert!(
            missing.is_empty() && extra.is_empty(),
            "{lang}.ftl against {first}.ftl: missing {missing:?}, extra {extra:?}"
        );
        for (id, vars) in reference {
            assert_eq!(
                &cat[id], vars,
                "variables of `{id}` in {lang}.ftl and {first}.ftl"
            );
        }
    }
}

#[test]
fn the_parity_check_sees_a_missing_id_and_a_changed_variable() {
    let en = catalogue(Lang::En, "a = x { $n }\nb = y\n    .help = z\n");
    let fr = catalogue(Lang::Fr, "a = x { $m }\nb = y\n");
    assert_eq!(en["a"], BTreeSet::from(["n".to_string()]));
    assert_ne!(en["a"], fr["a"]);
    assert!(en.contains_key("b.help") && !fr.contains_key("b.help"));
}

/// Every `msg!("id"…)` of the source, with the variables it passes.
fn ids_in_source() -> Vec<(String, BTreeSet<String>, String)> {
    let mut out = Vec::new();
    let src = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    for entry in walkdir::WalkDir::new(&src) {
        let entry = entry.unwrap();
        if entry.path().extension().is_none_or(|e| e != "rs") {
            continue;
        }
        let text = std::fs::read_to_string(entry.path()).unwrap();
        let mut rest = text.as_str();
        while let Some(i) = rest.find("msg!(") {
            rest = &rest[i + 5..];
            let call = rest.trim_start();
            let Some(body) = call.strip_prefix('"') else {
                continue; // the macro's definition
            };
            let id = &body[..body.find('"').unwrap()];
            let end = matching_paren(body);
            let args = body[id.len() + 1..end]
                .split(',')
                .filter_map(|a| a.split_once('=').map(|(k, _)| k.trim().to_string()))
                .filter(|k| {
                    !k.is_empty() && k.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
                })
                .collect();
            let file = entry
                .path()
                .strip_prefix(&src)
                .unwrap()
                .display()
                .to_string();
            out.push((id.to_string(), args, file));
        }
    }
    out
}

fn matching_paren(s: &str) -> usize {
    let mut depth = 1;
    for (i, c) in s.char_indices() {
        match c {
            '(' => depth += 1,
            ')' => {
                depth -= 1;
                if depth == 0 {
                    return i;
                }
            }
            _ => {}
        }
    }
    s.len()
}

#[test]
fn every_message_the_code_uses_exists_with_its_variables() {
    let (_, en) = &FTL[2];
    let cat = catalogue(Lang::En, en);
    let used = ids_in_source();
    assert!(used.len() > 150, "{} calls found", used.len());
    for (id, args, file) in used {
        let Some(vars) = cat.get(&id) else {
            panic!("src/{file} uses `{id}`, which en.ftl lacks");
        };
        assert!(
            vars.is_subset(&args),
            "src/{file}: `{id}` needs {vars:?}, gets {args:?}"
        );
    }
}

#[test]
fn plurals_follow_each_language() {
    let s = |e: usize, w: usize, lang| msg!("summary", errors = e, warnings = w).text(lang);
    assert_eq!(s(1, 2, Lang::Fr), "1 erreur et 2 avertissements");
    assert_eq!(s(2, 1, Lang::Fr), "2 erreurs et 1 avertissement");
    // French counts 0 as singular.
    assert_eq!(s(0, 0, Lang::Fr), "0 erreur et 0 avertissement");
    assert_eq!(s(1, 2, Lang::Nl), "1 fout en 2 waarschuwingen");
    assert_eq!(s(2, 1, Lang::Nl), "2 fouten en 1 waarschuwing");
    assert_eq!(s(0, 1, Lang::Nl), "0 fouten en 1 waarschuwing");
    assert_eq!(s(1, 0, Lang::En), "1 error and 0 warnings");
}

#[test]
fn money_and_dates_in_messages_are_written_as_on_the_site() {
    let m = msg!(
        "budget-granted",
        granted = Cents(1_500_000),
        requested = Cents(1_420_050)
    );
    assert_eq!(
        m.text(Lang::Fr),
        "le montant accordé (15\u{202f}000,00\u{a0}€) dépasse le montant demandé (14\u{202f}200,50\u{a0}€)"
    );
    assert_eq!(
        m.text(Lang::Nl),
        "het toegekende bedrag (€\u{a0}15.000,00) is hoger dan het gevraagde (€\u{a0}14.200,50)"
    );
    assert_eq!(
        m.text(Lang::En),
        "granted €15,000.00 is more than requested €14,200.50"
    );
    let date = wijk::model::Date::parse("2024-07-01").unwrap();
    let d = msg!(
        "phase-decision-before-submission",
        decision = date,
        submitted = date
    );
    assert!(
        d.text(Lang::Fr).contains("1er juillet 2024"),
        "{}",
        d.text(Lang::Fr)
    );
    assert!(
        d.text(Lang::Nl).contains("1 juli 2024"),
        "{}",
        d.text(Lang::Nl)
    );
}

#[test]
fn a_missing_message_shows_its_id_not_another_language() {
    let m = msg!("no-such-message", x = 1u32);
    assert_eq!(m.text(Lang::Fr), "no-such-message x=Count(1)");
}

#[test]
fn no_message_reads_the_same_in_french_or_dutch_as_in_english() {
    let (_, en) = &FTL[2];
    for (id, vars) in catalogue(Lang::En, en) {
        let id: &'static str = Box::leak(id.into_boxed_str());
        let mut m = wijk::i18n::Message::new(id);
        for v in vars {
            m = m.arg(Box::leak(v.into_boxed_str()), "x");
        }
        let english = m.text(Lang::En);
        for lang in [Lang::Fr, Lang::Nl] {
            assert_ne!(m.text(lang), english, "`{id}` in {lang}");
        }
    }
}
