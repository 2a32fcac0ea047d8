//! A small JSON reader that keeps the line and column of every value (serde_json keeps none),
//! with bounds on the work: input size, nesting depth and number of coordinate positions.

use crate::diag::Span;

/// The largest boundary file read (50 MB).
pub const MAX_BYTES: usize = 50 * 1024 * 1024;
/// The most coordinate positions (arrays of numbers) a boundary file may hold.
pub const MAX_POSITIONS: usize = 1_000_000;
/// The deepest nesting of arrays and objects (a MultiPolygon needs 7 with its feature).
const MAX_DEPTH: usize = 32;

/// A JSON value with the position of its first character.
#[derive(Debug, Clone, PartialEq)]
pub struct Node {
    pub span: Span,
    pub value: Json,
}

/// The kinds of JSON values; object members keep their order and the position of their key.
#[derive(Debug, Clone, PartialEq)]
pub enum Json {
    Null,
    Bool(bool),
    Number(f64),
    String(String),
    Array(Vec<Node>),
    Object(Vec<(String, Span, Node)>),
}

impl Node {
    /// The member `key` of an object, if this is an object that has it.
    pub fn get(&self, key: &str) -> Option<&Node> {
        match &self.value {
            Json::Object(members) => members.iter().find(|m| m.0 == key).map(|m| &m.2),
            _ => None,
        }
    }

    /// The text of a string value.
    pub fn as_str(&self) -> Option<&str> {
        match &self.value {
            Json::String(s) => Some(s),
            _ => None,
        }
    }
}

/// Why the input is not JSON the reader accepts, and where.
#[derive(Debug, Clone, PartialEq)]
pub struct JsonError {
    pub span: Span,
    pub kind: JsonErrorKind,
}

/// What went wrong.
#[derive(Debug, Clone, PartialEq)]
pub enum JsonErrorKind {
    /// Over [`MAX_BYTES`]; carries the size.
    TooLarge(usize),
    /// Over [`MAX_POSITIONS`].
    TooManyPositions,
    TooDeep,
    /// A syntax error: what was expected.
    Syntax(&'static str),
}

/// Parses `bytes` as one JSON document (a leading BOM is skipped).
pub fn parse(bytes: &[u8]) -> Result<Node, JsonError> {
    if bytes.len() > MAX_BYTES {
        return Err(JsonError {
            span: Span::start(),
            kind: JsonErrorKind::TooLarge(bytes.len()),
        });
    }
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let mut r = Reader {
        bytes,
        pos: 0,
        line: 1,
        column: 1,
        positions: 0,
    };
    r.skip_ws();
    let node = r.value(0)?;
    r.skip_ws();
    if r.pos < r.bytes.len() {
        return Err(r.error("the end of the document"));
    }
    Ok(node)
}

struct Reader<'a> {
    bytes: &'a [u8],
    pos: usize,
    line: u32,
    /// In characters, 1-based.
    column: u32,
    positions: usize,
}

impl Reader<'_> {
    fn span(&self) -> Span {
        Span::new(self.line, self.column, 1)
    }

    fn error(&self, expected: &'static str) -> JsonError {
        JsonError {
            span: self.span(),
            kind: JsonErrorKind::Syntax(expected),
        }
    }

    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.pos).copied()
    }

    fn bump(&mut self) {
        if let Some(b) = self.peek() {
            self.pos += 1;
            if b == b'\n' {
                self.line += 1;
                self.column = 1;
            } else if b & 0xC0 != 0x80 {
                self.column += 1;
            }
        }
    }

    fn skip_ws(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.bump();
        }
    }

    fn expect(&mut self, b: u8, what: &'static str) -> Result<(), JsonError> {
        if self.peek() == Some(b) {
            self.bump();
            Ok(())
        } else {
            Err(self.error(what))
        }
    }

    fn value(&mut self, depth: usize) -> Result<Node, JsonError> {
        let span = self.span();
        let value = match self.peek() {
            Some(b'{') => self.object(depth + 1)?,
            Some(b'[') => self.array(depth + 1)?,
            Some(b'"') => Json::String(self.string()?),
            Some(b't') => self.word("true", Json::Bool(true))?,
            Some(b'f') => self.word("false", Json::Bool(false))?,
            Some(b'n') => self.word("null", Json::Null)?,
            Some(b'-' | b'0'..=b'9') => Json::Number(self.number()?),
            _ => return Err(self.error("a value")),
        };
        Ok(Node { span, value })
    }

    fn nest(&self, depth: usize) -> Result<(), JsonError> {
        if depth > MAX_DEPTH {
            return Err(JsonError {
                span: self.span(),
                kind: JsonErrorKind::TooDeep,
            });
        }
        Ok(())
    }

    fn object(&mut self, depth: usize) -> Result<Json, JsonError> {
        self.nest(depth)?;
        self.bump();
        let mut members = Vec::new();
        self.skip_ws();
        if self.peek() == Some(b'}') {
            self.bump();
            return Ok(Json::Object(members));
        }
        loop {
            self.skip_ws();
            let key_span = self.span();
            if self.peek() != Some(b'"') {
                return Err(self.error("a member name in double quotes"));
            }
            let key = self.string()?;
            self.skip_ws();
            self.expect(b':', "`:`")?;
            self.skip_ws();
            let v = self.value(depth)?;
            members.push((key, key_span, v));
            self.skip_ws();
            match self.peek() {
                Some(b',') => self.bump(),
                Some(b'}') => {
                    self.bump();
                    return Ok(Json::Object(members));
                }
                _ => return Err(self.error("`,` or `}`")),
            }
        }
    }

    fn array(&mut self, depth: usize) -> Result<Json, JsonError> {
        self.nest(depth)?;
        let start = self.span();
        self.bump();
        let mut items = Vec::new();
        self.skip_ws();
        if self.peek() == Some(b']') {
            self.bump();
            return Ok(Json::Array(items));
        }
        loop {
            self.skip_ws();
            items.push(self.value(depth)?);
            self.skip_ws();
            match self.peek() {
                Some(b',') => self.bump(),
                Some(b']') => {
                    self.bump();
                    break;
                }
                _ => return Err(self.error("`,` or `]`")),
            }
        }
        // A position is an array of numbers: counted as read, so a huge file stops early.
        if items.iter().all(|n| matches!(n.value, Json::Number(_))) {
            self.positions += 1;
            if self.positions > MAX_POSITIONS {
                return Err(JsonError {
                    span: start,
                    kind: JsonErrorKind::TooManyPositions,
                });
            }
        }
        Ok(Json::Array(items))
    }

    fn word(&mut self, word: &'static str, v: Json) -> Result<Json, JsonError> {
        if self.bytes[self.pos..].starts_with(word.as_bytes()) {
            for _ in 0..word.len() {
                self.bump();
            }
            Ok(v)
        } else {
            Err(self.error("a value"))
        }
    }

    fn number(&mut self) -> Result<f64, JsonError> {
        let start = self.pos;
        let span = self.span();
        if self.peek() == Some(b'-') {
            self.bump();
        }
        let digits = |r: &mut Self| {
            let s = r.pos;
            while matches!(r.peek(), Some(b'0'..=b'9')) {
                r.bump();
            }
            r.pos > s
        };
        if !digits(self) {
            return Err(self.error("a digit"));
        }
        if self.peek() == Some(b'.') {
            self.bump();
            if !digits(self) {
                return Err(self.error("a digit after the decimal point"));
            }
        }
        if matches!(self.peek(), Some(b'e' | b'E')) {
            self.bump();
            if matches!(self.peek(), Some(b'+' | b'-')) {
                self.bump();
            }
            if !digits(self) {
                return Err(self.error("a digit in the exponent"));
            }
        }
        // The slice is ASCII digits, signs, `.` and `e`: always UTF-8.
        let text = std::str::from_utf8(&self.bytes[start..self.pos]).unwrap_or("x");
        text.parse::<f64>().map_err(|_| JsonError {
            span,
            kind: JsonErrorKind::Syntax("a number"),
        })
    }

    fn string(&mut self) -> Result<String, JsonError> {
        self.bump();
        let mut out = Vec::new();
        loop {
            match self.peek() {
                None => return Err(self.error("a closing `\"`")),
                Some(b'"') => {
                    self.bump();
                    break;
                }
                Some(b'\\') => {
                    self.bump();
                    let c = match self.peek() {
                        Some(b'"') => '"',
                        Some(b'\\') => '\\',
                        Some(b'/') => '/',
                        Some(b'b') => '\u{8}',
                        Some(b'f') => '\u{c}',
                        Some(b'n') => '\n',
                        Some(b'r') => '\r',
                        Some(b't') => '\t',
                        Some(b'u') => {
                            self.bump();
                            let c = self.unicode_escape()?;
                            let mut buf = [0; 4];
                            out.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
                            continue;
                        }
                        _ => return Err(self.error("an escape sequence")),
                    };
                    self.bump();
                    let mut buf = [0; 4];
                    out.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
                }
                Some(b) if b < 0x20 => return Err(self.error("a closing `\"` on the same line")),
                Some(b) => {
                    out.push(b);
                    self.bump();
                }
            }
        }
        String::from_utf8(out).map_err(|_| self.error("UTF-8 text"))
    }

    fn hex4(&mut self) -> Result<u32, JsonError> {
        let mut v = 0;
        for _ in 0..4 {
            let d = self
                .peek()
                .and_then(|b| (b as char).to_digit(16))
                .ok_or_else(|| self.error("four hexadecimal digits"))?;
            v = v * 16 + d;
            self.bump();
        }
        Ok(v)
    }

    /// After `\u`: one code point, from a surrogate pair when there is one.
    fn unicode_escape(&mut self) -> Result<char, JsonError> {
        let hi = self.hex4()?;
        if (0xD800..0xDC00).contains(&hi) && self.bytes[self.pos..].starts_with(b"\\u") {
            self.bump();
            self.bump();
            let lo = self.hex4()?;
            if (0xDC00..0xE000).contains(&lo) {
                let c = 0x10000 + ((hi - 0xD800) << 10) + (lo - 0xDC00);
                return Ok(char::from_u32(c).unwrap_or('\u{fffd}'));
            }
        }
        Ok(char::from_u32(hi).unwrap_or('\u{fffd}'))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_line_and_column_of_values_and_keys() {
        let n = parse(b"{\n  \"a\": [1, -2.5e1],\n  \"\xc3\xa9\": \"x\\u00e9\"}").unwrap();
        let Json::Object(m) = &n.value else { panic!() };
        assert_eq!(m[0].1, Span::new(2, 3, 1));
        assert_eq!(m[0].2.span, Span::new(2, 8, 1));
        let Json::Array(a) = &m[0].2.value else {
            panic!()
        };
        assert_eq!(a[1].value, Json::Number(-25.0));
        assert_eq!(a[1].span, Span::new(2, 12, 1));
        assert_eq!(m[1].0, "é");
        assert_eq!(m[1].2.span, Span::new(3, 8, 1));
        assert_eq!(m[1].2.as_str(), Some("xé"));
    }

    #[test]
    fn reports_syntax_errors_where_they_are() {
        let e = parse(b"{\"a\": [1,\n 2 3]}").unwrap_err();
        assert_eq!(e.span, Span::new(2, 4, 1));
        assert_eq!(e.kind, JsonErrorKind::Syntax("`,` or `]`"));
        assert!(parse(b"[1] x").is_err());
        assert!(parse(b"\"open").is_err());
        assert!(parse(b"01x").is_err());
    }

    #[test]
    fn refuses_deep_nesting_and_too_many_positions() {
        let deep = "[".repeat(100) + &"]".repeat(100);
        assert_eq!(
            parse(deep.as_bytes()).unwrap_err().kind,
            JsonErrorKind::TooDeep
        );
        let many = format!("[{}[0,0]]", "[0,0],".repeat(MAX_POSITIONS));
        let e = parse(many.as_bytes()).unwrap_err();
        assert_eq!(e.kind, JsonErrorKind::TooManyPositions);
        let big = vec![b' '; MAX_BYTES + 1];
        assert_eq!(
            parse(&big).unwrap_err().kind,
            JsonErrorKind::TooLarge(MAX_BYTES + 1)
        );
    }
}
