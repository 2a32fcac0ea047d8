//! Fuzz target: the front-matter splitter, then the YAML of the block loaded as each kind of content
//! file, and the whole input loaded as each data file. Any panic is a bug.

use std::path::Path;
use wijk::load::raw::{
    RawDistrict, RawMeeting, RawPage, RawPerson, RawProgramme, RawProject, RawTranslation,
};
use wijk::load::{parse_yaml, split_front_matter, Origin, YamlKind};

fn main() {
    afl::fuzz!(|data: &[u8]| {
        let Ok(text) = std::str::from_utf8(data) else {
            return;
        };
        let file = Path::new("content/pages/fuzz.md");
        if let Ok(split) = split_front_matter(text) {
            let origin = Origin {
                line_offset: split.yaml_line_offset,
            };
            let fm = YamlKind::FrontMatter;
            let _ = parse_yaml::<RawDistrict>(split.yaml, file, origin, fm);
            let _ = parse_yaml::<RawProject>(split.yaml, file, origin, fm);
            let _ = parse_yaml::<RawPerson>(split.yaml, file, origin, fm);
            let _ = parse_yaml::<RawMeeting>(split.yaml, file, origin, fm);
            let _ = parse_yaml::<RawPage>(split.yaml, file, origin, fm);
            let _ = parse_yaml::<RawTranslation>(split.yaml, file, origin, fm);
        }
        let data_file = Path::new("data/programme.yaml");
        let _ = parse_yaml::<RawProgramme>(text, data_file, Origin::default(), YamlKind::Data);
    });
}
