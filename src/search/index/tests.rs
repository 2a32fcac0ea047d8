//! The index's chunks and bundles, its analysis of a text, and its JSON.

use super::*;

fn doc(n: usize, title: &str, body: String) -> Doc {
    Doc {
        file: PathBuf::from(format!("content/pages/p{n}.md")),
        kind: crate::site::Kind::Page,
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
    let mut outputs = build_indexes(languages, &Ok::<Output, ()>).unwrap();
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
}

#[test]
fn bundles_hold_neighbours_within_their_budget_and_meta_counts_them() {
    let l = language();
    let outputs = build(std::slice::from_ref(&l));
    let meta = json(
        outputs
            .iter()
            .find(|o| o.path.ends_with("meta.json"))
            .unwrap(),
    );
    let sizes: Vec<usize> = serde_json::from_value(meta["bundles"].clone()).unwrap();
    assert_eq!(
        sizes.iter().sum::<usize>(),
        300,
        "every document in one bundle"
    );
    let files: Vec<&Output> = outputs.iter().filter(|o| o.path.contains("/f/")).collect();
    assert_eq!(files.len(), sizes.len());
    // Bundles are filled: on average more than half their budget.
    let bytes: usize = files.iter().map(|o| o.bytes.len()).sum();
    assert!(
        files.len() > 3 && files.len() * BUNDLE_BYTES < bytes * 2,
        "{} bundles",
        files.len()
    );
    let mut first = 0;
    for (n, size) in sizes.iter().enumerate() {
        let path = format!("fr/search/f/{n}.json");
        let file = files.iter().find(|o| o.path == path).unwrap();
        assert!(
            file.bytes.len() <= BUNDLE_BYTES,
            "{path}: {} bytes",
            file.bytes.len()
        );
        let rows = json(file);
        let rows = rows.as_array().unwrap();
        assert_eq!(rows.len(), *size, "{path}");
        // The script's rule: document d is row d - first of its bundle.
        for (k, row) in rows.iter().enumerate() {
            assert_eq!(row[0], format!("Titre {}", first + k), "{path}");
        }
        first += size;
    }
}

#[test]
fn bundles_made_block_by_block_are_those_of_all_rows_at_once() {
    let docs: Vec<Doc> = (0..BLOCK * 2 + 300)
        .map(|n| doc(n, &format!("Titre {n}"), "mot ".repeat(n % 700)))
        .collect();
    let rows: Vec<Vec<u8>> = docs.iter().map(row_json).collect();
    let mut hash = Sha256::new();
    let (sizes, files) = write_bundles(&docs, "fr/search/", &mut hash, &Ok::<Output, ()>).unwrap();
    assert_eq!(sizes, bundle_sizes(&rows));
    assert_eq!(files.len(), sizes.len());
    let mut start = 0;
    for (n, (size, file)) in sizes.iter().zip(&files).enumerate() {
        assert_eq!(file.path, format!("fr/search/f/{n}.json"));
        assert_eq!(
            file.bytes,
            join_rows(&rows[start..start + size]),
            "bundle {n}"
        );
        start += size;
    }
    assert_eq!(start, docs.len());
}

#[test]
fn a_document_longer_than_the_budget_is_a_bundle_of_its_own() {
    let rows = vec![
        vec![b'x'; 100],
        vec![b'x'; BUNDLE_BYTES * 2],
        vec![b'x'; 100],
    ];
    assert_eq!(bundle_sizes(&rows), [1, 1, 1]);
    let rows = vec![vec![b'x'; BUNDLE_BYTES / 2 - 2]; 5];
    assert_eq!(bundle_sizes(&rows), [2, 2, 1]);
    assert!(bundle_sizes(&[]).is_empty());
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

/// Stems (name, in the heading) and surfaces (word, stem) of a text.
type Named = (Vec<(String, bool)>, Vec<(String, String)>);

/// The terms of one text read, learnt and compacted as the index does, by name.
fn analyse(heading: &str, rest: &str) -> Named {
    let (mut names, mut lexicon) = (Names::default(), Lexicon::default());
    let mut t = lexicon.read("fr", &[heading], &[rest]);
    lexicon.learn("fr", &mut names, &mut t);
    let again = lexicon.read("fr", &[heading], &[rest]);
    assert!(again.unknown.is_empty(), "every word is known once learnt");
    let c = lexicon.compact(t.known);
    assert_eq!(
        c,
        lexicon.compact(again.known),
        "learnt or known, the same terms"
    );
    let name = |id: u32| names.name(id).to_string();
    let stems = c.stems.iter().map(|s| (name(s / 2), s & 1 == 1)).collect();
    let surfaces = c
        .surfaces
        .iter()
        .map(|(w, s)| (name(*w), name(*s)))
        .collect();
    (stems, surfaces)
}

#[test]
fn analyse_marks_heading_terms_and_keeps_surfaces() {
    let (stems, surfaces) = analyse("Le compost", "Des composteurs et du compost");
    let mut stems = stems;
    stems.sort();
    assert_eq!(
        stems,
        [("compost".into(), true), ("composteur".into(), false)]
    );
    assert_eq!(surfaces, [("composteurs".into(), "composteur".into())]);
}

#[test]
fn a_stem_in_the_heading_and_the_rest_is_kept_once_marked() {
    let (stems, _) = analyse("Récoltes", "la récolte, les récoltes et RÉCOLTER");
    assert_eq!(stems, [("recolt".into(), true)]);
    let (stems, _) = analyse("", "Récoltes récolte");
    assert_eq!(stems, [("recolt".into(), false)]);
}
