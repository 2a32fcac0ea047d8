//! Fuzz target: the record of a picture-cache entry (`wijk::pictures::record::parse`), read with
//! a fixed key. Any panic is a bug; a record that reads must name the key it was read for, and
//! the widths it promises must be what its lines say (written again, it reads the same).

const KEY: &str = "0123456789abcdef0123456789abcdef";

fn main() {
    afl::fuzz!(|data: &[u8]| {
        let Some(entries) = wijk::pictures::record::parse(data, KEY) else {
            return;
        };
        let text = std::str::from_utf8(data).expect("a record is text");
        assert!(text.starts_with(&format!("wijk-cache 1 {KEY}\n")));
        assert_eq!(text.lines().count(), entries.len() + 2);
        assert!(wijk::pictures::record::parse(data, "0000").is_none());
    });
}
