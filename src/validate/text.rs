//! Validation of texts: Markdown bodies (internal links, images, alt text, e-mail addresses) and translations.

use super::checker::Checker;
use super::privacy::check_public_text;
use super::targets::{
    check_image, external_image, internal_link, linked_file, local_target, shown_picture, Published,
};
use crate::diag::{Diagnostic, Rule, Span};
use crate::load::raw::S;
use crate::load::{Corpus, Doc, MdFile, TranslationFile};
use crate::markdown::{find_emails, line_col};
use crate::model::{ContentPath, Localized, Site, Text};
use crate::msg;
use crate::site::Kind;
use pulldown_cmark::{Event, Parser, Tag, TagEnd};
use rayon::prelude::*;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// The text of a content item in its original language, without translations yet.
pub(crate) fn localized<T>(
    md: &MdFile<T>,
    lang: String,
    title: String,
    summary: Option<String>,
    cover_alt: Option<String>,
) -> Localized {
    Localized {
        original: Text {
            lang,
            title,
            summary,
            cover_alt,
            body: md.body.clone(),
            file: md.doc.file.clone(),
        },
        translations: BTreeMap::new(),
    }
}

/// Diagnostics of a Markdown body: `@/` links, linked files, images and their alt text, raw
/// HTML loading from other sites, e-mail addresses; and what it publishes. Pure, so that every
/// body of the corpus is checked in parallel.
pub(crate) fn body_diagnostics(
    corpus: &Corpus,
    file: &Path,
    body: &str,
    body_line: u32,
) -> (Vec<Diagnostic>, Published) {
    let mut out = Vec::new();
    let mut found = Published::default();
    let at = |off: usize, len: usize| {
        let (l, c) = line_col(body, body_line, off);
        Span::new(l, c, len as u32)
    };
    let mut image: Option<(usize, String)> = None;
    let mut alt = String::new();
    // Links, images and raw HTML need a Markdown parse; a body with none of their marks does not.
    let has_targets = body.contains("@/") || body.contains(']') || body.contains('<');
    let events =
        has_targets.then(|| Parser::new_ext(body, crate::markdown::options()).into_offset_iter());
    for (event, range) in events.into_iter().flatten() {
        match event {
            Event::Start(Tag::Link { dest_url, .. }) => {
                if let Some(target) = dest_url.strip_prefix("@/") {
                    out.extend(internal_link(
                        corpus,
                        file,
                        target,
                        &dest_url,
                        at(range.start, range.len()),
                    ));
                } else if let Some(target) = local_target(file, &dest_url) {
                    out.extend(linked_file(
                        corpus,
                        file,
                        target,
                        at(range.start, 1),
                        &mut found,
                    ));
                }
            }
            Event::Start(Tag::Image { dest_url, .. }) => {
                image = Some((range.start, dest_url.to_string()));
                alt.clear();
            }
            Event::Text(t) | Event::Code(t) if image.is_some() => alt.push_str(&t),
            Event::End(TagEnd::Image) => {
                if let Some((start, dest)) = image.take() {
                    let span = at(start, 2);
                    match check_image(corpus, file, &dest, span) {
                        Err(d) => out.push(d),
                        Ok(Some(target)) => out.extend(shown_picture(
                            corpus,
                            file,
                            target,
                            span,
                            &mut found.pictures,
                        )),
                        Ok(None) => {}
                    }
                    if alt.trim().is_empty() {
                        let m = msg!("a11y-alt", image = &dest);
                        out.push(
                            Diagnostic::new(Rule::A11yAlt, file, at(start, 2), m)
                                .with_help(msg!("a11y-alt.help")),
                        );
                    }
                }
            }
            Event::Html(_) | Event::InlineHtml(_) => {
                let raw = body.get(range.clone()).unwrap_or("");
                for (offset, url) in crate::markdown::external_sources(raw) {
                    out.push(external_image(file, &url, at(range.start + offset, 1)));
                }
            }
            _ => {}
        }
    }
    out.extend(email_diagnostics(corpus, file, body, &at));
    (out, found)
}

/// The private e-mail addresses of a body (the programme's `contact:` address is public by
/// definition: a page may give it).
fn email_diagnostics(
    corpus: &Corpus,
    file: &Path,
    body: &str,
    at: &dyn Fn(usize, usize) -> Span,
) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    let public = corpus
        .programme
        .as_ref()
        .and_then(|p| p.data.contact.as_ref())
        .and_then(|c| c.value.email.as_ref())
        .map(|e| e.value.trim().to_ascii_lowercase());
    for r in find_emails(body) {
        if public.as_deref() == Some(body[r.clone()].to_ascii_lowercase().as_str()) {
            continue;
        }
        let m = msg!("privacy-email", address = &body[r.clone()]);
        out.push(
            Diagnostic::new(Rule::PrivacyEmail, file, at(r.start, r.len()), m)
                .with_help(msg!("privacy-email-body.help")),
        );
    }
    out
}

/// Checks every Markdown body of the corpus, in parallel; returns the diagnostics and the
/// pictures the bodies show.
pub(crate) fn all_body_diagnostics(corpus: &Corpus) -> (Vec<Diagnostic>, Published) {
    let mut bodies: Vec<(&Path, &str, u32)> = Vec::new();
    fn add<'a, T>(v: &mut Vec<(&'a Path, &'a str, u32)>, md: &'a MdFile<T>) {
        v.push((md.doc.file.as_path(), &*md.body, md.body_line));
    }
    corpus.districts.iter().for_each(|m| add(&mut bodies, m));
    corpus.projects.iter().for_each(|m| add(&mut bodies, &m.md));
    corpus.experts.iter().for_each(|m| add(&mut bodies, m));
    corpus.meetings.iter().for_each(|m| add(&mut bodies, m));
    corpus.pages.iter().for_each(|m| add(&mut bodies, m));
    corpus
        .translations
        .iter()
        .for_each(|m| add(&mut bodies, &m.md));
    let checked: Vec<(Vec<Diagnostic>, Published)> = bodies
        .par_iter()
        .map(|(file, body, line)| body_diagnostics(corpus, file, body, *line))
        .collect();
    let mut diags = Vec::new();
    let mut all = Published::default();
    for (d, p) in checked {
        diags.extend(d);
        all.pictures.extend(p.pictures);
        all.documents.extend(p.documents);
    }
    (diags, all)
}

/// Pairs translation files with their originals, reporting `i18n.*`, and adds them to the site.
pub(crate) fn attach_translations(ctx: &mut Checker, site: &mut Site) {
    let corpus = ctx.corpus;
    let originals = super::translated_lists::Originals::new(corpus);
    for t in &corpus.translations {
        let doc = &t.md.doc;
        if !ctx.languages.contains(&t.lang) {
            let m = msg!("i18n-translation-language", lang = &t.lang);
            ctx.report(Rule::I18nLanguage, &doc.file, Span::start(), m)
                .help(msg!("i18n-translation-language.help"));
            continue;
        }
        let mut title = None;
        let mut summary = None;
        let mut cover_alt = None;
        let mut lists = Vec::new();
        for (k, v) in &doc.data.0 {
            match k.value.as_str() {
                key if super::translated_lists::is_list_key(t.kind, key) => lists.push((k, v)),
                "title" => title = v.value.0.clone(),
                "summary" => summary = v.value.0.clone(),
                "cover" => cover_alt = translated_cover(ctx, doc, k, v),
                "lang" if v.value.0.as_deref() == Some(t.lang.as_str()) => {}
                other => {
                    let help = if other == "name" {
                        msg!("i18n-translation-name.help")
                    } else {
                        msg!("i18n-translation-field.help")
                    };
                    let m = msg!("i18n-translation-field", field = other);
                    ctx.at(doc, k, Rule::I18nTranslation, m).help(help);
                }
            }
        }
        let original = original_path(t);
        let Some(target) = find_target(site, t) else {
            if !corpus.content_files.contains(&original) {
                let path = original.to_string_lossy().replace('\\', "/");
                ctx.report(
                    Rule::I18nTranslation,
                    &doc.file,
                    Span::start(),
                    msg!("i18n-translation-orphan", path = path),
                )
                .help(msg!("i18n-translation-orphan.help"));
            }
            continue;
        };
        if target.original.lang == t.lang {
            let m = msg!("i18n-translation-same", lang = &t.lang);
            ctx.report(Rule::I18nTranslation, &doc.file, Span::start(), m)
                .help(msg!("i18n-translation-same.help"));
            continue;
        }
        if let (Some(_), None) = (&cover_alt, &target.original.cover_alt) {
            let k = doc.data.0.iter().find(|(k, _)| k.value == "cover");
            let span = k.map_or(Span::start(), |(k, _)| doc.span(k));
            ctx.report(
                Rule::I18nTranslation,
                &doc.file,
                span,
                msg!("i18n-cover-orphan"),
            )
            .help(msg!("i18n-cover-orphan.help"));
        }
        let text = Text {
            lang: t.lang.clone(),
            title: title
                .map(|s| s.trim().to_string())
                .unwrap_or_else(|| target.original.title.clone()),
            summary: summary.or_else(|| target.original.summary.clone()),
            cover_alt: cover_alt.map(|s| s.trim().to_string()),
            body: t.md.body.clone(),
            file: doc.file.clone(),
        };
        target.translations.insert(t.lang.clone(), text);
        super::translated_lists::attach_lists(ctx, site, &originals, t, &lists);
    }
}

/// The `alt` of a translation's `cover:`; any other field of it is reported (the picture itself
/// is the original's).
fn translated_cover(
    ctx: &mut Checker,
    doc: &Doc<crate::load::raw::RawTranslation>,
    key: &S<String>,
    v: &S<crate::load::raw::RawAnyScalar>,
) -> Option<String> {
    let mut alt = None;
    if v.value.1.is_empty() {
        ctx.at(doc, key, Rule::I18nTranslation, msg!("i18n-cover-shape"))
            .help(msg!("i18n-cover-shape.help"));
    }
    for (field, value) in &v.value.1 {
        match field.value.as_str() {
            "alt" => {
                alt = value.value.0.clone();
                if let Some(text) = &alt {
                    let s = S {
                        value: text.clone(),
                        line: value.line,
                        column: value.column,
                        len: value.len,
                    };
                    check_public_text(ctx, doc, &s);
                }
            }
            other => {
                let m = msg!("i18n-translation-field", field = format!("cover.{other}"));
                ctx.at(doc, field, Rule::I18nTranslation, m)
                    .help(msg!("i18n-cover-field.help"));
            }
        }
    }
    alt
}

fn original_path(t: &TranslationFile) -> PathBuf {
    ContentPath::original_of(t.kind, t.district.as_deref(), &t.md.id).original()
}

fn find_target<'s>(site: &'s mut Site, t: &TranslationFile) -> Option<&'s mut Localized> {
    let id = t.md.id.as_str();
    match t.kind {
        Kind::District => site.district_mut(id).map(|d| &mut d.text),
        Kind::Project => site
            .district_mut(t.district.as_deref()?)?
            .projects
            .iter_mut()
            .find(|p| p.id.as_str() == id)
            .map(|p| &mut p.text),
        Kind::Expert => site
            .persons
            .iter_mut()
            .find(|p| p.id.as_str() == id)
            .map(|p| &mut p.text),
        Kind::Meeting => site
            .meetings
            .iter_mut()
            .find(|p| p.id.as_str() == id)
            .map(|p| &mut p.text),
        Kind::Page => site
            .pages
            .iter_mut()
            .find(|p| p.id.as_str() == id)
            .map(|p| &mut p.text),
    }
}
