//! When the sitemap is split under an index: the limits a build is given (`RenderOptions`) and
//! the render context carries to `sitemap.rs`.

/// How large one sitemap file may be before the sitemap is split.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SitemapLimits {
    /// URLs in one file.
    pub urls: usize,
    /// Bytes of one file.
    pub bytes: usize,
}

impl Default for SitemapLimits {
    /// The sitemap protocol's: 50,000 URLs and 50 MB (52,428,800 bytes) uncompressed.
    fn default() -> SitemapLimits {
        SitemapLimits {
            urls: 50_000,
            bytes: 52_428_800,
        }
    }
}
