//! Splitting a Markdown file into its `---` YAML front matter and its body, keeping line numbers.

/// A Markdown file split in two.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Split<'a> {
    /// The YAML between the fences.
    pub yaml: &'a str,
    /// Lines of the file before the YAML (the opening fence): 1.
    pub yaml_line_offset: u32,
    /// The Markdown after the closing fence.
    pub body: &'a str,
    /// The 1-based file line where the body starts.
    pub body_line: u32,
}

/// Why a file has no usable front matter.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FrontMatterError {
    /// The file does not start with a `---` line.
    Missing,
    /// No closing `---` line; the 1-based line of the opening fence.
    Unterminated,
}

/// Splits `text` (BOM already removed) at its `---` fences.
pub fn split_front_matter(text: &str) -> Result<Split<'_>, FrontMatterError> {
    let first_end = text.find('\n').unwrap_or(text.len());
    if text[..first_end].trim_end() != "---" {
        return Err(FrontMatterError::Missing);
    }
    let yaml_start = (first_end + 1).min(text.len());
    let mut pos = yaml_start;
    let mut line = 2u32;
    while pos < text.len() {
        let end = text[pos..]
            .find('\n')
            .map(|i| pos + i)
            .unwrap_or(text.len());
        if text[pos..end].trim_end() == "---" {
            let body_start = (end + 1).min(text.len());
            return Ok(Split {
                yaml: &text[yaml_start..pos],
                yaml_line_offset: 1,
                body: &text[body_start..],
                body_line: line + 1,
            });
        }
        pos = end + 1;
        line += 1;
    }
    Err(FrontMatterError::Unterminated)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_and_counts_lines() {
        let s = split_front_matter("---\ntitle: x\nlang: fr\n---\nHello\n").unwrap();
        assert_eq!(s.yaml, "title: x\nlang: fr\n");
        assert_eq!(s.body, "Hello\n");
        assert_eq!(s.body_line, 5);
    }

    #[test]
    fn accepts_crlf_and_empty_body() {
        let s = split_front_matter("---\r\ntitle: x\r\n---\r\n").unwrap();
        assert_eq!(s.yaml, "title: x\r\n");
        assert_eq!(s.body, "");
    }

    #[test]
    fn rejects_missing_and_unterminated() {
        assert_eq!(
            split_front_matter("title: x\n"),
            Err(FrontMatterError::Missing)
        );
        assert_eq!(split_front_matter(""), Err(FrontMatterError::Missing));
        assert_eq!(
            split_front_matter("---\ntitle: x\n"),
            Err(FrontMatterError::Unterminated)
        );
    }
}
