//! The search index of every language, as static files under `/<lang>/search/`, shaped after
//! Pagefind's: a small `meta.json` (chunk boundaries, stop words, facets, one short row of facet
//! values per document), the dictionary split into chunks of sorted terms (`t/<n>.json`, fetched
//! for the words of a query), and the documents' titles, URLs and texts in bundles
//! (`f/<n>.json`, fetched only for the results shown). Same site, same bytes.

use super::docs::{Doc, Facets};
use super::tokens::{stop_words, Analyzer};
use crate::render::Output;
use rayon::prelude::*;
use serde::Serialize;
use sha2::{Digest, Sha256};
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::PathBuf;
use std::sync::Arc;

/// A chunk of the dictionary is closed once its JSON reaches this many bytes (about 4 KB
/// gzipped); a single term's postings may make one larger. A query fetches one to three.
pub const CHUNK_BYTES: usize = 16 * 1024;
/// Documents per fragment bundle: one, as Pagefind does, so that the ten results shown cost ten
/// texts (about 12 KB gzipped), not forty.
pub const BUNDLE: usize = 1;
/// Characters of a document's text kept for its excerpt and for checking phrases.
pub const FRAGMENT_CHARS: usize = 12_000;

/// The terms of one text: each stem once, marked when it occurs in the title or summary, and the
/// surface forms (folded words) that differ from their stem, both sorted.
#[derive(Debug, Default, PartialEq)]
pub struct Terms {
    pub stems: Vec<(Arc<str>, bool)>,
    pub surfaces: Vec<(Arc<str>, Arc<str>)>,
}

/// Analyses a document's words: title and summary weigh more than the rest.
pub fn analyse(analyzer: &mut Analyzer, heading: &str, rest: &str) -> Terms {
    analyse_parts(analyzer, heading, &[rest])
}

/// [`analyse`] with the rest of the text in parts.
fn analyse_parts(analyzer: &mut Analyzer, heading: &str, rest: &[&str]) -> Terms {
    let mut stems: Vec<(Arc<str>, bool)> = Vec::new();
    let mut surfaces: Vec<(Arc<str>, Arc<str>)> = Vec::new();
    let parts = std::iter::once((heading, true)).chain(rest.iter().map(|r| (*r, false)));
    for (text, weighted) in parts {
        analyzer.each_term(text, |word, stem| {
            if !Arc::ptr_eq(word, stem) && word != stem {
                surfaces.push((word.clone(), stem.clone()));
            }
            stems.push((stem.clone(), weighted));
        });
    }
    // Weighted first, so that dedup keeps the mark.
    stems.sort_unstable_by(|a, b| a.0.cmp(&b.0).then(b.1.cmp(&a.1)));
    stems.dedup_by(|a, b| a.0 == b.0);
    surfaces.sort_unstable();
    surfaces.dedup();
    Terms { stems, surfaces }
}

/// One analyzer per language, for one worker.
#[derive(Default)]
struct Analyzers(HashMap<String, Analyzer>);

impl Analyzers {
    fn of(&mut self, lang: &str) -> &mut Analyzer {
        self.0
            .entry(lang.to_string())
            .or_insert_with(|| Analyzer::new(lang))
    }
}

/// One language's documents and facets.
pub struct Language<'a> {
    pub lang: &'a str,
    pub docs: Vec<Doc>,
    pub facets: Facets,
}

/// Every distinct word and stem of the indexes, numbered once: the texts of a site repeat a
/// small vocabulary, and a number is 4 bytes where a shared string is 16 plus its count.
#[derive(Default)]
struct Interner {
    ids: HashMap<Arc<str>, u32>,
    names: Vec<Arc<str>>,
}

impl Interner {
    fn id(&mut self, s: &Arc<str>) -> u32 {
        if let Some(&id) = self.ids.get(s) {
            return id;
        }
        let id = self.names.len() as u32;
        self.names.push(s.clone());
        self.ids.insert(s.clone(), id);
        id
    }

    fn name(&self, id: u32) -> &str {
        &self.names[id as usize]
    }
}

/// The terms of a text as numbers: each stem as `id * 2 + 1` when in the title or summary (else
/// `id * 2`), and (word, stem) pairs.
struct Compact {
    stems: Vec<u32>,
    surfaces: Vec<(u32, u32)>,
}

impl Compact {
    fn of(terms: Terms, names: &mut Interner) -> Compact {
        Compact {
            stems: terms
                .stems
                .iter()
                .map(|(s, weighted)| names.id(s) * 2 + u32::from(*weighted))
                .collect(),
            surfaces: terms
                .surfaces
                .iter()
                .map(|(w, s)| (names.id(w), names.id(s)))
                .collect(),
        }
    }
}

/// What the languages of one build share: the numbered terms, and the terms of each text
/// already analysed (a file shown in several languages, an untranslated original, is analysed
/// once).
#[derive(Default)]
pub struct Shared {
    names: Interner,
    texts: HashMap<PathBuf, Compact>,
}

/// Documents analysed in parallel at a time: bounds what is held besides the numbered terms (a
/// multiple of [`BUNDLE`]).
const BLOCK: usize = 1024;

/// Writes the index files of every language (`<lang>/search/…`) through `emit`, each file as
/// soon as it is complete.
#[cfg(test)]
pub fn build_indexes<E>(
    languages: &[Language],
    emit: &mut dyn FnMut(Output) -> Result<(), E>,
) -> Result<(), E> {
    let mut shared = Shared::default();
    for l in languages {
        build_language(l, &mut shared, emit)?;
    }
    Ok(())
}

/// Postings of each term (by number): `document * 2 + 1` when in the title or summary, else
/// `document * 2`, documents ascending.
type Postings = Vec<Vec<u32>>;

/// The dictionary of one language: postings and, per surface word, the stems it stands for.
fn dictionary(l: &Language, shared: &mut Shared) -> (Postings, HashMap<u32, Vec<u32>>) {
    let mut postings: Postings = Vec::new();
    let mut redirects: HashMap<u32, Vec<u32>> = HashMap::new();
    for (b, block) in l.docs.chunks(BLOCK).enumerate() {
        let texts = &shared.texts;
        let analysed: Vec<(Option<Terms>, Terms)> = block
            .par_iter()
            .map_init(Analyzers::default, |a, d| {
                let text = (!texts.contains_key(&d.file)).then(|| {
                    let heading = format!("{}\n{}", d.title, d.summary);
                    analyse_parts(a.of(&d.lang), &heading, &[&d.body, &d.more])
                });
                (text, analyse(a.of(l.lang), "", &d.labels))
            })
            .collect();
        for (k, (d, (text, labels))) in block.iter().zip(analysed).enumerate() {
            let i = (b * BLOCK + k) as u32;
            if let Some(text) = text {
                if !shared.texts.contains_key(&d.file) {
                    let compact = Compact::of(text, &mut shared.names);
                    shared.texts.insert(d.file.clone(), compact);
                }
            }
            let labels = Compact::of(labels, &mut shared.names);
            for t in [&shared.texts[&d.file], &labels] {
                for &stem in &t.stems {
                    let id = (stem / 2) as usize;
                    if postings.len() <= id {
                        postings.resize_with(id + 1, Vec::new);
                    }
                    let list = &mut postings[id];
                    match list.last_mut() {
                        Some(last) if *last / 2 == i => *last |= stem & 1,
                        _ => list.push(i * 2 + (stem & 1)),
                    }
                }
                for &(word, stem) in &t.surfaces {
                    let stems = redirects.entry(word).or_default();
                    if !stems.contains(&stem) {
                        stems.push(stem);
                    }
                }
            }
        }
    }
    (postings, redirects)
}

pub fn build_language<E>(
    l: &Language,
    shared: &mut Shared,
    emit: &mut dyn FnMut(Output) -> Result<(), E>,
) -> Result<(), E> {
    let (postings, redirects) = dictionary(l, shared);
    let names = &shared.names;
    let mut keys: Vec<u32> = (0..postings.len() as u32)
        .filter(|&id| !postings[id as usize].is_empty())
        .chain(redirects.keys().copied())
        .collect();
    keys.sort_unstable_by(|a, b| names.name(*a).cmp(names.name(*b)));
    keys.dedup();
    let dir = format!("{}/search/", l.lang);
    let mut hash = Sha256::new();
    let mut firsts: Vec<&str> = Vec::new();
    let mut current = String::new();
    for key in keys {
        let stems = redirects.get(&key).map(|stems| {
            let mut v: Vec<&str> = stems.iter().map(|s| names.name(*s)).collect();
            v.sort_unstable();
            v
        });
        let list = postings.get(key as usize).map_or(&[][..], Vec::as_slice);
        let entry = entry_json(names.name(key), list, stems.as_deref());
        if current.is_empty() {
            firsts.push(names.name(key));
            current.push('[');
        } else {
            current.push(',');
        }
        current.push_str(&entry);
        if current.len() >= CHUNK_BYTES {
            close_chunk(&mut current, &mut hash, &dir, firsts.len() - 1, emit)?;
        }
    }
    if !current.is_empty() {
        close_chunk(&mut current, &mut hash, &dir, firsts.len() - 1, emit)?;
    }
    for (b, block) in l.docs.chunks(BLOCK).enumerate() {
        let bundles: Vec<String> = block.par_chunks(BUNDLE).map(bundle_json).collect();
        for (k, bundle) in bundles.into_iter().enumerate() {
            hash.update(bundle.as_bytes());
            let n = b * (BLOCK / BUNDLE) + k;
            emit(Output::new(format!("{dir}f/{n}.json"), bundle.into_bytes()))?;
        }
    }
    let mut meta = Meta {
        version: String::new(),
        lang: l.lang,
        stop: query_stop_words(l),
        chunks: firsts,
        bundle: BUNDLE,
        facets: facets_json(&l.facets),
        docs: l
            .docs
            .iter()
            .map(|d| {
                (
                    d.kind,
                    d.themes.clone(),
                    d.communes.clone(),
                    d.statuses.clone(),
                    d.editions.clone(),
                )
            })
            .collect(),
    };
    hash.update(serde_json::to_vec(&meta).unwrap_or_default());
    let digest = hash.finalize();
    meta.version = digest.iter().take(6).map(|b| format!("{b:02x}")).collect();
    let meta = serde_json::to_vec(&meta).unwrap_or_default();
    emit(Output::new(format!("{dir}meta.json"), meta))
}

/// Closes the dictionary chunk `n` being written and emits it.
fn close_chunk<E>(
    current: &mut String,
    hash: &mut Sha256,
    dir: &str,
    n: usize,
    emit: &mut dyn FnMut(Output) -> Result<(), E>,
) -> Result<(), E> {
    current.push(']');
    hash.update(current.as_bytes());
    let bytes = std::mem::take(current).into_bytes();
    emit(Output::new(format!("{dir}t/{n}.json"), bytes))
}

/// The stop words a query skips: those of every language whose texts are in the index.
fn query_stop_words<'a>(l: &Language<'a>) -> Vec<&'static str> {
    let langs: BTreeSet<&str> = l
        .docs
        .iter()
        .map(|d| d.lang.as_str())
        .chain([l.lang])
        .collect();
    let words: BTreeSet<&'static str> = langs.into_iter().flat_map(stop_words).copied().collect();
    words.into_iter().collect()
}

/// A document's kind, themes, communes, statuses and editions (indices in the facets' lists).
type DocFacets = (usize, Vec<usize>, Vec<usize>, Vec<usize>, Vec<usize>);

#[derive(Serialize)]
struct Meta<'a> {
    version: String,
    lang: &'a str,
    stop: Vec<&'static str>,
    /// The first key of each chunk of the dictionary.
    chunks: Vec<&'a str>,
    bundle: usize,
    facets: BTreeMap<&'static str, Vec<(String, String)>>,
    /// Per document: kind, themes, communes, statuses, editions (indices in `facets`).
    docs: Vec<DocFacets>,
}

fn facets_json(f: &Facets) -> BTreeMap<&'static str, Vec<(String, String)>> {
    BTreeMap::from([
        ("kind", f.kinds.clone()),
        ("theme", f.themes.clone()),
        ("commune", f.communes.clone()),
        ("status", f.statuses.clone()),
        ("edition", f.editions.clone()),
    ])
}

/// `["key","postings"]` or `["key","postings","stem other-stem"]`. Postings are the documents'
/// gaps, each times two plus one when the term is in the title or summary, in base 36, joined
/// by commas (`"1,5,2"`): short, and gzip packs the repeats.
fn entry_json(key: &str, postings: &[u32], redirect: Option<&[&str]>) -> String {
    let mut p = String::new();
    let mut prev: i64 = -1;
    for posting in postings {
        if !p.is_empty() {
            p.push(',');
        }
        let doc = i64::from(posting / 2);
        let gap = doc - prev;
        prev = doc;
        push_base36(&mut p, (gap * 2 + i64::from(posting & 1)) as u64);
    }
    let key = serde_json::to_string(key).unwrap_or_default();
    match redirect {
        Some(stems) => {
            let stems = serde_json::to_string(&stems.join(" ")).unwrap_or_default();
            format!("[{key},\"{p}\",{stems}]")
        }
        None => format!("[{key},\"{p}\"]"),
    }
}

fn push_base36(out: &mut String, mut n: u64) {
    const DIGITS: &[u8; 36] = b"0123456789abcdefghijklmnopqrstuvwxyz";
    let mut buf = [0u8; 16];
    let mut i = buf.len();
    loop {
        i -= 1;
        buf[i] = DIGITS[(n % 36) as usize];
        n /= 36;
        if n == 0 {
            break;
        }
    }
    out.extend(buf[i..].iter().map(|&b| b as char));
}

/// A bundle: per document `[title, url, lang, meta, text]`, the text cut at a word boundary,
/// and for a district or project with a cover its thumbnail after them, `[src, width, height,
/// alt]` (the narrowest variant), with the alt's language last when it is not the page's.
fn bundle_json(docs: &[Doc]) -> String {
    let rows: Vec<serde_json::Value> = docs
        .iter()
        .map(|d| {
            let body = d.body.len() + d.more.len();
            let mut text = String::with_capacity(d.summary.len() + body + 1);
            text.push_str(&d.summary);
            if !text.is_empty() && body > 0 {
                text.push('\n');
            }
            text.push_str(&d.body);
            text.push_str(&d.more);
            let mut row = serde_json::json!([d.title, d.url, d.lang, d.meta, cut(text)]);
            if let (Some(c), Some(row)) = (&d.cover, row.as_array_mut()) {
                let mut thumb =
                    serde_json::json!([c.thumb.src, c.thumb.width, c.thumb.height, c.alt]);
                if let (Some(lang), Some(t)) = (&c.lang, thumb.as_array_mut()) {
                    t.push(lang.as_str().into());
                }
                row.push(thumb);
            }
            row
        })
        .collect();
    serde_json::to_string(&rows).unwrap_or_default()
}

fn cut(mut text: String) -> String {
    if let Some((i, _)) = text.char_indices().nth(FRAGMENT_CHARS) {
        let at = text[..i].rfind(char::is_whitespace).unwrap_or(i);
        text.truncate(at);
        text.push('…');
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc(n: usize, title: &str, body: String) -> Doc {
        Doc {
            file: PathBuf::from(format!("content/pages/p{n}.md")),
            kind: 4,
            title: title.into(),
            url: format!("/fr/pages/p{n}/"),
            lang: "fr".into(),
            summary: String::new(),
            body: body.into(),
            ..Doc::default()
        }
    }

    /// 300 documents with distinct words, so that the dictionary spans several chunks.
    fn language() -> Language<'static> {
        let docs = (0..300)
            .map(|n| {
                let body = (0..40)
                    .map(|k| format!("mot{n}x{k} commun"))
                    .collect::<Vec<_>>();
                doc(n, &format!("Titre {n}"), body.join(" "))
            })
            .collect();
        Language {
            lang: "fr",
            docs,
            facets: Facets::default(),
        }
    }

    fn build(languages: &[Language]) -> Vec<Output> {
        let mut outputs = Vec::new();
        build_indexes(languages, &mut |o| {
            outputs.push(o);
            Ok::<(), ()>(())
        })
        .unwrap();
        outputs.sort_by(|a, b| a.path.cmp(&b.path));
        outputs
    }

    fn json(o: &Output) -> serde_json::Value {
        serde_json::from_slice(&o.bytes).unwrap()
    }

    #[test]
    fn every_key_is_in_the_one_chunk_its_first_key_says() {
        let outputs = build(&[language()]);
        let meta = json(
            outputs
                .iter()
                .find(|o| o.path.ends_with("meta.json"))
                .unwrap(),
        );
        let firsts: Vec<String> = serde_json::from_value(meta["chunks"].clone()).unwrap();
        let mut chunks: Vec<&Output> = outputs.iter().filter(|o| o.path.contains("/t/")).collect();
        chunks.sort_by_key(|o| o.path.len());
        assert!(chunks.len() > 3, "{} chunks", chunks.len());
        assert_eq!(firsts.len(), chunks.len());
        let mut all: Vec<String> = Vec::new();
        for (i, c) in chunks.iter().enumerate() {
            assert_eq!(c.path, format!("fr/search/t/{i}.json"));
            let keys: Vec<String> = json(c)
                .as_array()
                .unwrap()
                .iter()
                .map(|e| e[0].as_str().unwrap().to_string())
                .collect();
            assert_eq!(keys[0], firsts[i], "chunk {i} starts with its listed key");
            // The search script's rule: the last chunk whose first key is <= the key.
            for k in &keys {
                assert_eq!(firsts.iter().rposition(|f| f <= k), Some(i), "{k}");
            }
            all.extend(keys);
            assert!(
                c.bytes.len() < CHUNK_BYTES + 4096,
                "chunk {i}: {} bytes",
                c.bytes.len()
            );
        }
        let mut sorted = all.clone();
        sorted.sort();
        sorted.dedup();
        assert_eq!(all, sorted, "keys sorted, each once");
        assert!(all.contains(&"commun".to_string()) && all.contains(&"mot299x39".to_string()));
        let bundles = outputs.iter().filter(|o| o.path.contains("/f/")).count();
        assert_eq!(bundles, 300 / BUNDLE);
    }

    #[test]
    fn the_same_documents_give_the_same_bytes() {
        let a = build(&[language()]);
        let b = build(&[language()]);
        assert_eq!(a.len(), b.len());
        for (x, y) in a.iter().zip(&b) {
            assert_eq!((&x.path, &x.bytes), (&y.path, &y.bytes));
        }
    }

    #[test]
    fn base36_gaps() {
        let mut s = String::new();
        push_base36(&mut s, 0);
        s.push(' ');
        push_base36(&mut s, 71);
        assert_eq!(s, "0 1z");
    }

    #[test]
    fn postings_hold_gaps_and_the_title_mark() {
        // Documents 0 (in the title), 3 and 40 (in the title): document * 2 + mark.
        let p = [1, 3 * 2, 40 * 2 + 1];
        // gaps 1, 3, 37 → 3, 6, 75 → "3", "6", "23"
        assert_eq!(entry_json("abc", &p, None), r#"["abc","3,6,23"]"#);
        assert_eq!(
            entry_json("composter", &[], Some(&["compost"])),
            r#"["composter","","compost"]"#
        );
    }

    #[test]
    fn analyse_marks_heading_terms_and_keeps_surfaces() {
        let t = analyse(
            &mut Analyzer::new("fr"),
            "Le compost",
            "Des composteurs et du compost",
        );
        assert_eq!(
            t.stems,
            [("compost".into(), true), ("composteur".into(), false)]
        );
        assert_eq!(t.surfaces, [("composteurs".into(), "composteur".into())]);
    }
}
