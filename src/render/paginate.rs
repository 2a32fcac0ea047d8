//! Pagination of list pages, as Zola and Hugo do it: page 1 at the list's own URL, page `n` at
//! `…/page/<n>/`, each with links to the previous and next page (`rel="prev"`/`"next"`) and
//! the page count.

use serde::Serialize;
use std::ops::Range;

/// Items per list page: about 50–100 KB of HTML with cards, whatever the programme's size.
pub const PER_PAGE: usize = 50;

/// The number of pages of a list of `len` items (one page when it is empty).
pub fn page_count(len: usize) -> usize {
    len.div_ceil(PER_PAGE).max(1)
}

/// The items (by position) on page `n` of a list of `len` items.
pub fn page_range(len: usize, n: usize) -> Range<usize> {
    let start = ((n - 1) * PER_PAGE).min(len);
    start..(start + PER_PAGE).min(len)
}

/// The part of a section (the items `section` of the whole list) on a page (`range`), as a range
/// inside the section: a page of a list made of several sections shows a part of each.
pub fn section_part(section: Range<usize>, page: &Range<usize>) -> Range<usize> {
    let start = section.start.max(page.start);
    let end = section.end.min(page.end);
    if start >= end {
        0..0
    } else {
        (start - section.start)..(end - section.start)
    }
}

/// The page navigation of a list page.
#[derive(Clone, Debug, Serialize)]
pub struct Pager {
    /// "Page 2 of 7" in the page's language.
    pub label: String,
    pub current: usize,
    pub total: usize,
    pub prev: Option<String>,
    pub next: Option<String>,
    pub first: Option<String>,
    pub last: Option<String>,
}

impl Pager {
    /// The navigation of page `n` of `total`, URLs made by `url_of(page)`; `label` is the
    /// language's "page {n} of {total}".
    pub fn new(n: usize, total: usize, label: &str, url_of: &dyn Fn(usize) -> String) -> Pager {
        Pager {
            label: label
                .replace("{n}", &n.to_string())
                .replace("{total}", &total.to_string()),
            current: n,
            total,
            prev: (n > 1).then(|| url_of(n - 1)),
            next: (n < total).then(|| url_of(n + 1)),
            first: (n > 2).then(|| url_of(1)),
            last: (n + 1 < total).then(|| url_of(total)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_item_is_on_exactly_one_page() {
        for len in [0, 1, PER_PAGE - 1, PER_PAGE, PER_PAGE + 1, 7 * PER_PAGE + 3] {
            let mut seen = vec![0; len];
            for n in 1..=page_count(len) {
                let r = page_range(len, n);
                assert!(r.len() <= PER_PAGE);
                assert!(
                    n == page_count(len) || r.len() == PER_PAGE,
                    "only the last page is short"
                );
                for i in r {
                    seen[i] += 1;
                }
            }
            assert!(seen.iter().all(|&c| c == 1), "len {len}: {seen:?}");
        }
    }

    #[test]
    fn sections_split_across_pages_keep_every_item_once() {
        // Three sections of 30, 45 and 60 items in one list.
        let sections = [0..30, 30..75, 75..135];
        let mut seen = [vec![0; 30], vec![0; 45], vec![0; 60]];
        for n in 1..=page_count(135) {
            let page = page_range(135, n);
            let mut on_page = 0;
            for (s, section) in sections.iter().enumerate() {
                let part = section_part(section.clone(), &page);
                on_page += part.len();
                for i in part {
                    seen[s][i] += 1;
                }
            }
            assert_eq!(on_page, page.len());
        }
        assert!(seen.iter().flatten().all(|&c| c == 1));
    }

    #[test]
    fn urls_and_links() {
        let p = Pager::new(1, 1, "{n}/{total}", &|n| n.to_string());
        assert!(p.prev.is_none() && p.next.is_none());
        let p = Pager::new(3, 5, "page {n} of {total}", &|n| n.to_string());
        assert_eq!(p.label, "page 3 of 5");
        assert_eq!(
            (p.prev, p.next, p.first, p.last),
            (
                Some("2".into()),
                Some("4".into()),
                Some("1".into()),
                Some("5".into())
            )
        );
    }
}
