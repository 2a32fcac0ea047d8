//! The search index of every language, as static files under `/<lang>/search/`, shaped after
//! Pagefind's: a small `meta.json` (chunk boundaries, stop words, facets, one short row of facet
//! values per document), the dictionary split into chunks of sorted terms (`t/<n>.json`, fetched
//! for the words of a query), and the documents' titles, URLs and texts in bundles of neighbours
//! (`f/<n>.json`, fetched only for the results shown). Same site, same bytes.

use super::docs::{Doc, Facets};
use crate::render::tokens::{each_word, stop_words, Analyzer};
use crate::render::Output;
use rayon::prelude::*;
use rustc_hash::FxHashMap;
use serde::Serialize;
use sha2::{Digest, Sha256};
use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;

/// A chunk of the dictionary is closed once its JSON reaches this many bytes (about 4 KB
/// gzipped); a single term's postings may make one larger. A query fetches one to three.
pub const CHUNK_BYTES: usize = 16 * 1024;
/// A bundle of documents is closed before its JSON would pass this many bytes (5–6 KB
/// gzipped); a single document longer than that is a bundle of its own. Documents are numbered
/// newest first, so the results of a query, ranked by title then date, often share bundles; at
/// worst the ten results shown cost ten bundles. One file per document (Pagefind's layout) made
/// half of a large site's files.
pub const BUNDLE_BYTES: usize = 24 * 1024;
/// Characters of a document's text kept for its excerpt and for checking phrases.
pub const FRAGMENT_CHARS: usize = 12_000;

/// Every distinct folded word and stem of the indexes, numbered once: the texts of a site repeat
/// a small vocabulary, and a number is 4 bytes where a string is 16 plus its letters.
#[derive(Default)]
struct Names {
    ids: FxHashMap<Box<str>, u32>,
    names: Vec<Box<str>>,
}

impl Names {
    fn id(&mut self, s: &str) -> u32 {
        if let Some(&id) = self.ids.get(s) {
            return id;
        }
        let id = self.names.len() as u32;
        self.names.push(s.into());
        self.ids.insert(s.into(), id);
        id
    }

    fn name(&self, id: u32) -> &str {
        &self.names[id as usize]
    }
}

/// The lower-case words met so far, per language, each folded and stemmed once: a word's number
/// leads to its (folded word, folded stem) in [`Names`], or to nothing when it is left out (a
/// single letter, a stop word).
#[derive(Default)]
struct Lexicon {
    langs: FxHashMap<String, LexiconLanguage>,
    terms: Vec<Option<(u32, u32)>>,
}

struct LexiconLanguage {
    analyzer: Analyzer,
    words: FxHashMap<Box<str>, u32>,
}

/// The words of one text: those the lexicon knows, by number, each `number * 2 + 1` when in the
/// title or summary (else `number * 2`), and those it does not know yet.
#[derive(Default)]
struct Tokens {
    known: Vec<u32>,
    unknown: Vec<(Box<str>, bool)>,
}

impl Lexicon {
    /// Reads a text in `lang`, `heading` (weighted) then `rest`, against the words already known.
    /// Reads only: texts are read in parallel.
    fn read(&self, lang: &str, heading: &[&str], rest: &[&str]) -> Tokens {
        let words = self.langs.get(lang).map(|l| &l.words);
        let mut t = Tokens::default();
        let parts = heading.iter().map(|h| (*h, true));
        for (text, weighted) in parts.chain(rest.iter().map(|r| (*r, false))) {
            each_word(text, |w| match words.and_then(|m| m.get(w)) {
                Some(&n) => t.known.push(n * 2 + u32::from(weighted)),
                None => t.unknown.push((w.into(), weighted)),
            });
        }
        t
    }

    /// Numbers the words of `t` not known yet (each analysed once), so that all are known.
    fn learn(&mut self, lang: &str, names: &mut Names, t: &mut Tokens) {
        let Lexicon { langs, terms } = self;
        let l = langs
            .entry(lang.to_string())
            .or_insert_with(|| LexiconLanguage {
                analyzer: Analyzer::new(lang),
                words: FxHashMap::default(),
            });
        for (w, weighted) in t.unknown.drain(..) {
            let n = match l.words.get(&w) {
                Some(&n) => n,
                None => {
                    let n = terms.len() as u32;
                    let term = l.analyzer.term(&w);
                    terms.push(term.map(|(word, stem)| (names.id(&word), names.id(&stem))));
                    l.words.insert(w, n);
                    n
                }
            };
            t.known.push(n * 2 + u32::from(weighted));
        }
    }

    /// The terms of a text whose words are all known.
    fn compact(&self, mut known: Vec<u32>) -> Compact {
        known.sort_unstable();
        known.dedup();
        let mut stems = Vec::with_capacity(known.len());
        let mut surfaces = Vec::new();
        for k in known {
            if let Some((word, stem)) = self.terms[(k / 2) as usize] {
                stems.push(stem * 2 + (k & 1));
                if word != stem {
                    surfaces.push((word, stem));
                }
            }
        }
        stems.sort_unstable();
        // Of a stem both in the heading and the rest, keep one, marked.
        stems.dedup_by(|later, kept| {
            let same = *later / 2 == *kept / 2;
            if same {
                *kept |= *later & 1;
            }
            same
        });
        surfaces.sort_unstable();
        surfaces.dedup();
        Compact { stems, surfaces }
    }
}

/// One language's documents and facets.
pub struct Language<'a> {
    pub lang: &'a str,
    pub docs: Vec<Doc>,
    pub facets: Facets,
}

/// The terms of a text as numbers in [`Names`]: each stem once, as `id * 2 + 1` when in the title
/// or summary (else `id * 2`), and the (word, stem) pairs of the words that are not their stem.
#[derive(Debug, PartialEq)]
struct Compact {
    stems: Vec<u32>,
    surfaces: Vec<(u32, u32)>,
}

/// What the languages of one build share: the numbered terms, the words already analysed, and
/// the terms of each text (a file shown in several languages, an untranslated original, is read
/// once).
#[derive(Default)]
pub struct Shared {
    names: Names,
    lexicon: Lexicon,
    texts: FxHashMap<PathBuf, Compact>,
}

/// Documents read in parallel at a time; the words they bring are learnt between blocks.
const BLOCK: usize = 1024;

/// What receives each index file as soon as it is complete (the bundles from several threads),
/// and what it makes of it (the file written, or kept).
pub type Emit<'a, T, E> = dyn Fn(Output) -> Result<T, E> + Sync + 'a;

/// Hands the index files of every language (`<lang>/search/…`) to `emit`; what it made of them,
/// in order.
#[cfg(test)]
pub fn build_indexes<T: Send, E: Send>(
    languages: &[Language],
    emit: &Emit<T, E>,
) -> Result<Vec<T>, E> {
    let mut shared = Shared::default();
    let mut out = Vec::new();
    for l in languages {
        out.extend(build_language(l, &mut shared, emit)?);
    }
    Ok(out)
}

/// Postings of each term (by number): `document * 2 + 1` when in the title or summary, else
/// `document * 2`, documents ascending.
type Postings = Vec<Vec<u32>>;

/// The dictionary of one language: postings and, per surface word, the stems it stands for.
fn dictionary(l: &Language, shared: &mut Shared) -> (Postings, FxHashMap<u32, Vec<u32>>) {
    let mut postings: Postings = Vec::new();
    let mut redirects: FxHashMap<u32, Vec<u32>> = FxHashMap::default();
    for (b, block) in l.docs.chunks(BLOCK).enumerate() {
        let Shared {
            names,
            lexicon,
            texts,
        } = &mut *shared;
        let read = |d: &Doc| {
            let text = (!texts.contains_key(&d.file))
                .then(|| lexicon.read(&d.lang, &[&d.title, &d.summary], &[&d.body, &d.more]));
            (text, lexicon.read(l.lang, &[], &[&d.labels]))
        };
        let mut tokens: Vec<(Option<Tokens>, Tokens)> = block.par_iter().map(read).collect();
        for (d, (text, labels)) in block.iter().zip(&mut tokens) {
            if let Some(text) = text {
                lexicon.learn(&d.lang, names, text);
            }
            lexicon.learn(l.lang, names, labels);
        }
        let lexicon = &*lexicon;
        let compact: Vec<(Option<Compact>, Compact)> = tokens
            .into_par_iter()
            .map(|(text, labels)| {
                let text = text.map(|t| lexicon.compact(t.known));
                (text, lexicon.compact(labels.known))
            })
            .collect();
        for (k, (d, (text, labels))) in block.iter().zip(compact).enumerate() {
            let i = (b * BLOCK + k) as u32;
            if let Some(text) = text {
                texts.entry(d.file.clone()).or_insert(text);
            }
            for t in [&texts[&d.file], &labels] {
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

/// Hands the index files of one language to `emit`: the dictionary's chunks, the bundles, then
/// `meta.json`; returns what it made of them, in that order.
pub fn build_language<T: Send, E: Send>(
    l: &Language,
    shared: &mut Shared,
    emit: &Emit<T, E>,
) -> Result<Vec<T>, E> {
    let (postings, redirects) = dictionary(l, shared);
    let dir = format!("{}/search/", l.lang);
    let mut hash = Sha256::new();
    let (firsts, mut out) =
        write_dictionary(&postings, &redirects, &shared.names, &dir, &mut hash, emit)?;
    let (bundles, written) = write_bundles(&l.docs, &dir, &mut hash, emit)?;
    out.extend(written);
    let mut meta = Meta {
        version: String::new(),
        lang: l.lang,
        stop: query_stop_words(l),
        chunks: firsts,
        bundles,
        facets: facets_json(&l.facets),
        docs: l
            .docs
            .iter()
            .map(|d| {
                (
                    d.kind.index(),
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
    meta.version = crate::digest::hex(&digest[..6]);
    let meta = serde_json::to_vec(&meta).unwrap_or_default();
    out.push(emit(Output::new(format!("{dir}meta.json"), meta))?);
    Ok(out)
}

/// Emits the dictionary `t/<n>.json`: every key (stem or surface word) in order, in chunks of
/// about [`CHUNK_BYTES`]; returns the first key of each chunk and what `emit` made of them.
fn write_dictionary<'n, T, E>(
    postings: &Postings,
    redirects: &FxHashMap<u32, Vec<u32>>,
    names: &'n Names,
    dir: &str,
    hash: &mut Sha256,
    emit: &Emit<T, E>,
) -> Result<(Vec<&'n str>, Vec<T>), E> {
    let mut keys: Vec<u32> = (0..postings.len() as u32)
        .filter(|&id| !postings[id as usize].is_empty())
        .chain(redirects.keys().copied())
        .collect();
    keys.sort_unstable_by(|a, b| names.name(*a).cmp(names.name(*b)));
    keys.dedup();
    let mut firsts: Vec<&str> = Vec::new();
    let mut current = String::new();
    let mut out = Vec::new();
    let count = keys.len();
    for (i, key) in keys.into_iter().enumerate() {
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
        // A chunk is closed once full, and after the last key.
        if current.len() >= CHUNK_BYTES || i + 1 == count {
            out.push(close_chunk(
                &mut current,
                hash,
                dir,
                firsts.len() - 1,
                emit,
            )?);
        }
    }
    Ok((firsts, out))
}

/// Emits the documents' bundles `f/<n>.json` from every core, neighbours together (see
/// [`BUNDLE_BYTES`]); each one's digest goes into `hash` in order. Rows are made a block of
/// documents at a time, so that only one block's texts wait to be grouped; the last bundle of a
/// block stays open for the next one's rows. Returns the number of documents of each bundle and
/// what `emit` made of them.
fn write_bundles<T: Send, E: Send>(
    docs: &[Doc],
    dir: &str,
    hash: &mut Sha256,
    emit: &Emit<T, E>,
) -> Result<(Vec<usize>, Vec<T>), E> {
    let (mut sizes, mut out) = (Vec::new(), Vec::new());
    let mut open: Vec<Vec<u8>> = Vec::new();
    let blocks = docs.chunks(BLOCK).count();
    for (b, block) in docs.chunks(BLOCK).enumerate() {
        open.extend(block.par_iter().map(row_json).collect::<Vec<_>>());
        let mut groups = bundle_sizes(&open);
        if b + 1 < blocks {
            groups.pop();
        }
        let mut rows = open.into_iter();
        let closed: Vec<Vec<Vec<u8>>> = groups
            .iter()
            .map(|&n| rows.by_ref().take(n).collect())
            .collect();
        open = rows.collect();
        let first = sizes.len();
        sizes.extend(groups);
        let emitted = closed
            .into_par_iter()
            .enumerate()
            .map(|(k, rows)| {
                let bundle = join_rows(&rows);
                drop(rows);
                let digest = Sha256::digest(&bundle);
                let path = format!("{dir}f/{}.json", first + k);
                Ok((digest, emit(Output::new(path, bundle))?))
            })
            .collect::<Result<Vec<_>, E>>()?;
        out.extend(emitted.into_iter().map(|(digest, t)| {
            hash.update(digest);
            t
        }));
    }
    Ok((sizes, out))
}

/// How many documents each bundle holds: neighbours are added while the bundle's JSON stays
/// within [`BUNDLE_BYTES`] (brackets and commas included); every bundle holds at least one.
fn bundle_sizes(rows: &[Vec<u8>]) -> Vec<usize> {
    let mut sizes = Vec::new();
    let (mut count, mut bytes) = (0, 1);
    for row in rows {
        if count > 0 && bytes + row.len() + 1 > BUNDLE_BYTES {
            sizes.push(count);
            (count, bytes) = (0, 1);
        }
        count += 1;
        bytes += row.len() + 1;
    }
    if count > 0 {
        sizes.push(count);
    }
    sizes
}

/// `[row,row,…]`.
fn join_rows(rows: &[Vec<u8>]) -> Vec<u8> {
    let mut out = Vec::with_capacity(rows.iter().map(|r| r.len() + 1).sum::<usize>() + 1);
    out.push(b'[');
    for (i, row) in rows.iter().enumerate() {
        if i > 0 {
            out.push(b',');
        }
        out.extend_from_slice(row);
    }
    out.push(b']');
    out
}

/// Closes the dictionary chunk `n` being written and emits it.
fn close_chunk<T, E>(
    current: &mut String,
    hash: &mut Sha256,
    dir: &str,
    n: usize,
    emit: &Emit<T, E>,
) -> Result<T, E> {
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
    /// How many documents each bundle `f/<n>.json` holds, in order.
    bundles: Vec<usize>,
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

/// A document's row in a bundle: `[title, url, lang, meta, text]`, the text cut at a word
/// boundary, and for a district or project with a cover its thumbnail after them, `[src, width,
/// height, alt]` (the narrowest variant), with the alt's language last when it is not the page's.
fn row_json(d: &Doc) -> Vec<u8> {
    let mut out = Vec::with_capacity(d.body.len() + d.more.len() + 256);
    let body = d.body.len() + d.more.len();
    let mut text = String::with_capacity(d.summary.len() + body + 1);
    text.push_str(&d.summary);
    if !text.is_empty() && body > 0 {
        text.push('\n');
    }
    text.push_str(&d.body);
    text.push_str(&d.more);
    let text = cut(text);
    let row = (&d.title, &d.url, &d.lang, &d.meta, &text);
    let written = match &d.cover {
        Some(c) => {
            let mut thumb = serde_json::json!([c.thumb.src, c.thumb.width, c.thumb.height, c.alt]);
            if let (Some(lang), Some(t)) = (&c.lang, thumb.as_array_mut()) {
                t.push(lang.as_str().into());
            }
            let (a, b, c, d, e) = row;
            serde_json::to_writer(&mut out, &(a, b, c, d, e, thumb))
        }
        None => serde_json::to_writer(&mut out, &row),
    };
    debug_assert!(written.is_ok(), "strings and numbers always serialise");
    out
}

fn cut(mut text: String) -> String {
    if text.len() <= FRAGMENT_CHARS {
        return text;
    }
    if let Some((i, _)) = text.char_indices().nth(FRAGMENT_CHARS) {
        let at = text[..i].rfind(char::is_whitespace).unwrap_or(i);
        text.truncate(at);
        text.push('…');
    }
    text
}

#[cfg(test)]
mod tests;
