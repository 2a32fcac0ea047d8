//! The weight of the search index in the built example: neighbouring documents share a bundle
//! file (one file per document made half of a large site's files), `meta.json` says how many
//! each holds, and the worst first query stays within its transfer budget.

use crate::build_support::*;
use flate2::{write::GzEncoder, Compression};
use std::io::Write;
use std::path::Path;

/// What a first query may download, gzipped as a static host serves it: the search page, its
/// script, the index head, the dictionary chunks of the words and the bundles of the results.
const FIRST_QUERY_BUDGET: usize = 150 * 1024;

fn gzipped(path: &Path) -> usize {
    let bytes = std::fs::read(path).unwrap();
    let mut gz = GzEncoder::new(Vec::new(), Compression::new(6));
    gz.write_all(&bytes).unwrap();
    gz.finish().unwrap().len()
}

/// The gzipped sizes of the files of a folder, largest first.
fn largest(dir: &Path) -> Vec<usize> {
    let mut sizes: Vec<usize> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| gzipped(&e.unwrap().path()))
        .collect();
    sizes.sort_unstable_by(|a, b| b.cmp(a));
    sizes
}

#[test]
fn documents_share_bundles_and_the_first_query_stays_within_its_budget() {
    let (_dir, out) = built_example();
    for lang in ["fr", "nl"] {
        let search = out.join(lang).join("search");
        let meta: serde_json::Value =
            serde_json::from_slice(&std::fs::read(search.join("meta.json")).unwrap()).unwrap();
        let docs = meta["docs"].as_array().unwrap().len();
        let sizes: Vec<usize> = serde_json::from_value(meta["bundles"].clone()).unwrap();
        assert_eq!(
            sizes.iter().sum::<usize>(),
            docs,
            "{lang}: every document once"
        );
        assert!(sizes.iter().all(|&n| n > 0), "{lang}: {sizes:?}");
        let bundles = largest(&search.join("f"));
        assert_eq!(bundles.len(), sizes.len(), "{lang}: one file per bundle");
        assert!(
            bundles.len() * 4 <= docs,
            "{lang}: {} bundle files for {docs} documents",
            bundles.len()
        );
        // The worst case: three chunks (a word and its prefix) and ten results in ten bundles.
        let chunks = largest(&search.join("t"));
        let first_query = gzipped(&search.join("index.html"))
            + gzipped(&out.join("static/search.js"))
            + gzipped(&search.join("meta.json"))
            + chunks.iter().take(3).sum::<usize>()
            + bundles.iter().take(10).sum::<usize>();
        assert!(
            first_query <= FIRST_QUERY_BUDGET,
            "{lang}: a first query may fetch {first_query} bytes"
        );
    }
}
