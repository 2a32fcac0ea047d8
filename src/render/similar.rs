//! Similar projects: for each project, the projects of other districts that share its themes and
//! its words, computed once per build from the model (no script on the page). The same lists are
//! shown on the project pages and published in `data/projects.json`.
//!
//! The score of a pair is the Jaccard index of their themes plus the cosine of their tf-idf
//! vectors, the terms being the search index's stems (`render/tokens.rs`) of the first
//! [`MAX_WORDS`] words of the title, summary and body of every language a project is written in.
//! Candidates come from an inverted index of
//! terms: a project meets only those that share a term (and, when its words meet fewer than
//! [`MAX`] projects of other districts, the first [`THEME_ONLY`] that share a theme); terms found
//! in more than [`df_cap`] projects are left out (too common to tell projects apart, and what
//! would make the work grow with the square of the programme).

use super::tokens::{each_word, Analyzer};
use crate::model::{Project, Site};
use rayon::prelude::*;
use rustc_hash::FxHashMap;
use std::cmp::Ordering;

/// How many similar projects a project lists.
pub const MAX: usize = 5;

/// How many of its heaviest terms stand for a project (Lucene's `MoreLikeThis` keeps 25; 40 keep
/// the example's compost projects together): what
/// keeps the work per project bounded however long its texts.
const MAX_TERMS: usize = 40;

/// How many words of a text (title, summary, then body) are read.
const MAX_WORDS: usize = 150;

/// The weight of the themes' Jaccard index beside the words' cosine (both between 0 and 1).
const THEME_WEIGHT: f32 = 1.0;

/// Terms in more projects than this are left out: a thirtieth of the projects, at least 32.
pub fn df_cap(projects: usize) -> usize {
    (projects / 30).max(32)
}

/// The similar projects of every project of a site. Projects are numbered in site order
/// (districts by id, then their projects by id); a number leads to (district, project) positions.
pub struct Similar {
    /// Where each district's projects start in the numbering.
    offsets: Vec<usize>,
    places: Vec<(usize, usize)>,
    lists: Vec<Vec<usize>>,
}

impl Similar {
    /// Scores the projects of `site` against each other (in parallel).
    pub fn new(site: &Site) -> Similar {
        let mut offsets = Vec::with_capacity(site.districts.len());
        let mut places = Vec::new();
        for (di, d) in site.districts.iter().enumerate() {
            offsets.push(places.len());
            places.extend((0..d.projects.len()).map(|pi| (di, pi)));
        }
        let projects: Vec<&Project> = site.districts.iter().flat_map(|d| &d.projects).collect();
        let vectors = term_vectors(&projects);
        let lists = rank(&projects, &vectors);
        Similar {
            offsets,
            places,
            lists,
        }
    }

    /// The projects of `site` like `p`, most similar first (ties by district, then id).
    pub fn of<'a>(&self, site: &'a Site, p: &Project) -> Vec<&'a Project> {
        let found = site.index.district(p.district.as_str()).and_then(|di| {
            let pi = site.districts[di]
                .projects
                .binary_search_by(|x| x.id.as_str().cmp(p.id.as_str()))
                .ok()?;
            self.lists.get(self.offsets.get(di)? + pi)
        });
        found
            .map(|l| {
                l.iter()
                    .filter_map(|&j| self.places.get(j))
                    .map(|&(dj, pj)| &site.districts[dj].projects[pj])
                    .collect()
            })
            .unwrap_or_default()
    }
}

/// A project's terms: (term number, weight), sorted by term, with the vector's length.
struct Vector {
    terms: Vec<(Term, f32)>,
    norm: f32,
}

/// A term: the 64-bit hash of a stem. Two stems of a programme sharing one would take a chance
/// of about one in 10⁹ for 10⁵ stems; the price would be one shared word in a list of similar
/// projects. Hashing once saves comparing and numbering strings for every word.
type Term = u64;

fn term_of(stem: &str) -> Term {
    use std::hash::BuildHasher;
    rustc_hash::FxBuildHasher.hash_one(stem)
}

/// A language's analyzer and the term of each word met so far (`None`: left out).
struct Stems {
    analyzer: Analyzer,
    stems: FxHashMap<Box<str>, Option<Term>>,
}

/// What one thread reuses from project to project: each language's analyzer and stems, and the
/// buffers of a text's prose and of a project's terms.
#[derive(Default)]
struct Reader {
    langs: FxHashMap<String, Stems>,
    prose: String,
    terms: Vec<Term>,
}

/// The terms of a project's texts with their counts, sorted by term.
fn term_counts(reader: &mut Reader, p: &Project) -> Vec<(Term, u32)> {
    let Reader {
        langs,
        prose: body,
        terms,
    } = reader;
    terms.clear();
    for t in std::iter::once(&p.text.original).chain(p.text.translations.values()) {
        if !langs.contains_key(&t.lang) {
            let analyzer = Analyzer::new(&t.lang);
            let stems = FxHashMap::default();
            langs.insert(t.lang.clone(), Stems { analyzer, stems });
        }
        let Some(l) = langs.get_mut(&t.lang) else {
            continue;
        };
        // Only the opening of the Markdown is read, its link targets and tags left out: the
        // whole body's plain text is the search index's to make, beside the pages.
        prose(opening(&t.body), body);
        let summary = t.summary.as_deref().unwrap_or("");
        let mut read = 0;
        for text in [t.title.as_str(), summary, body.as_str()] {
            each_word(text, |w| {
                // The opening words of a text say what it is about; a long report's later words
                // would cost more than they tell (Lucene's more-like-this reads a bounded number
                // of tokens too).
                read += 1;
                if read > MAX_WORDS {
                    return;
                }
                let stem = match l.stems.get(w) {
                    Some(&stem) => stem,
                    None => {
                        let stem = l.analyzer.term(w).map(|(_, s)| term_of(&s));
                        l.stems.insert(w.into(), stem);
                        stem
                    }
                };
                terms.extend(stem);
            });
        }
    }
    // A few hundred terms at most: sorted and counted in runs, without a map per project.
    terms.sort_unstable();
    let mut counts: Vec<(Term, u32)> = Vec::with_capacity(terms.len());
    for &t in terms.iter() {
        match counts.last_mut() {
            Some((last, n)) if *last == t => *n += 1,
            _ => counts.push((t, 1)),
        }
    }
    counts
}

/// The opening of a body's Markdown, enough for [`MAX_WORDS`] words (at most 12 bytes each,
/// separator and markup included), cut at a space: parsing and splitting a long body whole would
/// cost as much as reading it, for words that are not read.
fn opening(text: &str) -> &str {
    let mut end = MAX_WORDS * 12;
    if text.len() <= end {
        return text;
    }
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let cut = &text[..end];
    cut.rfind(char::is_whitespace)
        .map_or(cut, |space| &cut[..space])
}

/// The words of Markdown source without what is not prose: link and picture targets
/// (`](…)`), tags and autolinks (`<…>`) and bare addresses (`https://…`), written into `out`
/// (cleared first: one buffer serves every text of a thread). Markup characters themselves are
/// no letters: the words are split on them anyway.
fn prose(markdown: &str, out: &mut String) {
    out.clear();
    let mut rest = markdown;
    while let Some(at) = memchr::memchr3(b'<', b']', b'h', rest.as_bytes()) {
        // The three are ASCII: `at` is a character boundary.
        out.push_str(&rest[..at]);
        let from = &rest[at..];
        let skip = if from.starts_with("](") {
            from.find(')').map(|e| e + 1)
        } else if from.starts_with('<') {
            from.find('>').map(|e| e + 1)
        } else if from.starts_with("http://") || from.starts_with("https://") {
            Some(from.find(char::is_whitespace).unwrap_or(from.len()))
        } else {
            None
        };
        match skip {
            Some(n) => {
                out.push(' ');
                rest = &from[n..];
            }
            None => {
                out.push_str(&from[..1]);
                rest = &from[1..];
            }
        }
    }
    out.push_str(rest);
}

/// Projects a thread takes at a time: `map_init` makes its caches and accumulators once per piece
/// of work, so pieces are a few per thread rather than one per project.
fn chunk(projects: usize) -> usize {
    (projects / (4 * rayon::current_num_threads().max(1))).max(1)
}

/// The tf-idf vector of every project, terms above the cap left out.
fn term_vectors(projects: &[&Project]) -> Vec<Vector> {
    let counts: Vec<Vec<(Term, u32)>> = projects
        .par_iter()
        .with_min_len(chunk(projects.len()))
        .map_init(Reader::default, |r, p| term_counts(r, p))
        .collect();
    let mut df: FxHashMap<Term, u32> = FxHashMap::default();
    for c in &counts {
        for &(t, _) in c {
            *df.entry(t).or_insert(0) += 1;
        }
    }
    let (n, cap) = (projects.len() as f32, df_cap(projects.len()));
    counts
        .into_par_iter()
        .map(|v| {
            // (term, weight in the vector, raw tf × idf that chooses the terms kept)
            let mut terms: Vec<(Term, f32, f32)> = v
                .into_iter()
                .map(|(t, tf)| (t, tf, df.get(&t).copied().unwrap_or(1) as usize))
                .filter(|&(_, _, df)| df <= cap)
                .map(|(t, tf, df)| {
                    let idf = (n / df as f32).ln();
                    (t, (1.0 + (tf as f32).ln()) * idf, tf as f32 * idf)
                })
                .filter(|&(_, w, _)| w > 0.0)
                .collect();
            // A project is its heaviest terms by tf × idf, as Lucene's "more like this" queries
            // are: a word the text repeats outweighs one it says once.
            if terms.len() > MAX_TERMS {
                terms.sort_unstable_by(|a, b| b.2.total_cmp(&a.2).then(a.0.cmp(&b.0)));
                terms.truncate(MAX_TERMS);
                terms.sort_unstable_by_key(|&(t, _, _)| t);
            }
            let terms: Vec<(Term, f32)> = terms.into_iter().map(|(t, w, _)| (t, w)).collect();
            let norm = terms.iter().map(|(_, w)| w * w).sum::<f32>().sqrt();
            Vector { terms, norm }
        })
        .collect()
}

/// How many projects met through a theme alone a project looks at when its words meet fewer
/// than [`MAX`] projects of other districts.
const THEME_ONLY: usize = 64;

/// What `rank` knows of a project: its district's number and its themes' numbers, sorted.
struct Facts {
    district: usize,
    themes: Vec<u32>,
}

fn facts(projects: &[&Project]) -> (Vec<Facts>, Vec<Vec<usize>>) {
    let mut districts: FxHashMap<&str, usize> = FxHashMap::default();
    let mut themes: FxHashMap<&str, u32> = FxHashMap::default();
    let mut by_theme: Vec<Vec<usize>> = Vec::new();
    let facts = projects
        .iter()
        .enumerate()
        .map(|(j, p)| {
            let next = districts.len();
            let district = *districts.entry(p.district.as_str()).or_insert(next);
            let mut ids: Vec<u32> = p
                .themes
                .iter()
                .map(|t| {
                    let next = by_theme.len() as u32;
                    let id = *themes.entry(t.as_str()).or_insert(next);
                    if id == next {
                        by_theme.push(Vec::new());
                    }
                    by_theme[id as usize].push(j);
                    id
                })
                .collect();
            ids.sort_unstable();
            ids.dedup();
            Facts {
                district,
                themes: ids,
            }
        })
        .collect();
    (facts, by_theme)
}

/// The Jaccard index of two sorted lists of theme numbers.
fn jaccard(a: &[u32], b: &[u32]) -> f32 {
    let (mut i, mut j, mut shared) = (0, 0, 0usize);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            Ordering::Less => i += 1,
            Ordering::Greater => j += 1,
            Ordering::Equal => {
                shared += 1;
                i += 1;
                j += 1;
            }
        }
    }
    let union = a.len() + b.len() - shared;
    if union == 0 {
        0.0
    } else {
        shared as f32 / union as f32
    }
}

/// The lists of every project: candidates met through the inverted index of terms (and, for a
/// project whose words meet too few, through its themes), scored, those of the project's own
/// district left out, the best [`MAX`] kept.
fn rank(projects: &[&Project], vectors: &[Vector]) -> Vec<Vec<usize>> {
    let (facts, by_theme) = facts(projects);
    let mut postings: Postings = FxHashMap::default();
    for (j, v) in vectors.iter().enumerate() {
        for &(t, w) in &v.terms {
            let posting = Posting {
                project: j as u32,
                district: facts[j].district as u32,
                weight: w / v.norm,
            };
            postings.entry(t).or_default().push(posting);
        }
    }
    (0..projects.len())
        .into_par_iter()
        .with_min_len(chunk(projects.len()))
        .map_init(
            || Scratch::new(projects.len()),
            |s, i| s.best(i, &facts, &vectors[i], &postings, &by_theme),
        )
        .collect()
}

/// A project in the list of a term: its number, its district's (read beside it, not looked up
/// for every pair) and the term's weight in its normalised vector.
struct Posting {
    project: u32,
    district: u32,
    weight: f32,
}

type Postings = FxHashMap<Term, Vec<Posting>>;

/// One thread's accumulators, one slot per project, cleared after each use.
struct Scratch {
    cosine: Vec<f32>,
    touched: Vec<usize>,
}

impl Scratch {
    fn new(n: usize) -> Scratch {
        Scratch {
            cosine: vec![0.0; n],
            touched: Vec::new(),
        }
    }

    /// The best [`MAX`] projects for project `i`.
    fn best(
        &mut self,
        i: usize,
        facts: &[Facts],
        v: &Vector,
        postings: &Postings,
        by_theme: &[Vec<usize>],
    ) -> Vec<usize> {
        let me = &facts[i];
        let district = me.district as u32;
        for &(t, w) in &v.terms {
            let w = w / v.norm;
            for p in postings.get(&t).map_or(&[][..], Vec::as_slice) {
                if p.district != district {
                    let j = p.project as usize;
                    if self.cosine[j] == 0.0 {
                        self.touched.push(j);
                    }
                    self.cosine[j] += w * p.weight;
                }
            }
        }
        // Words that meet too few: the first projects that share a theme, by number.
        if self.touched.len() < MAX {
            // Each theme's list is in project order: the first of the union are among the first
            // of each list, so no list is read past its first THEME_ONLY.
            let mut extra: Vec<usize> = me
                .themes
                .iter()
                .flat_map(|t| {
                    by_theme[*t as usize]
                        .iter()
                        .copied()
                        .filter(|&j| facts[j].district != me.district && self.cosine[j] == 0.0)
                        .take(THEME_ONLY)
                })
                .collect();
            extra.sort_unstable();
            extra.dedup();
            self.touched.extend(extra.into_iter().take(THEME_ONLY));
        }
        let order = |a: &(f32, usize), b: &(f32, usize)| {
            b.0.partial_cmp(&a.0)
                .unwrap_or(Ordering::Equal)
                .then(a.1.cmp(&b.1))
        };
        // Ties go by number: site order, which is by district, then id.
        // The best so far, in order: most candidates lose to the last one on their score alone.
        let mut best: Vec<(f32, usize)> = Vec::with_capacity(MAX + 1);
        for &j in &self.touched {
            let themes = jaccard(&me.themes, &facts[j].themes);
            let c = (THEME_WEIGHT * themes + self.cosine[j], j);
            if best.len() < MAX || best.last().is_some_and(|l| order(&c, l).is_lt()) {
                let at = best.partition_point(|b| order(b, &c).is_lt());
                best.insert(at, c);
                best.truncate(MAX);
            }
            self.cosine[j] = 0.0;
        }
        self.touched.clear();
        best.into_iter().map(|(_, j)| j).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prose_leaves_out_link_targets_tags_and_addresses() {
        let mut out = String::from("left from the text before");
        prose(
            "Le [compost](https://ex.org/c) du <b>haut</b>, voir https://ex.org/x ou <https://a.b>.",
            &mut out,
        );
        assert_eq!(out, "Le [compost  du  haut , voir   ou  .");
        prose("herbes hautes [h] à l'hôtel <é", &mut out);
        assert_eq!(out, "herbes hautes [h] à l'hôtel <é");
    }

    #[test]
    fn opening_is_cut_at_a_space_within_its_bytes() {
        let long = "mot ".repeat(MAX_WORDS * 4);
        let o = opening(&long);
        assert!(o.len() <= MAX_WORDS * 12, "{}", o.len());
        assert!(o.ends_with("mot"), "{o:?}");
        let accents = "é".repeat(MAX_WORDS * 12);
        assert!(opening(&accents).len() <= MAX_WORDS * 12);
        assert_eq!(opening("court"), "court");
    }
}
