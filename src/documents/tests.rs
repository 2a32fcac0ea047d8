use super::*;

#[path = "../../tests/support/documents.rs"]
mod samples;

#[test]
fn accepts_documents_of_the_allow_list_named_for_their_type() {
    assert_eq!(detect("a/plan.pdf", &samples::pdf()), Ok(DocumentType::Pdf));
    assert_eq!(detect("plan.PDF", &samples::pdf()), Ok(DocumentType::Pdf));
    assert_eq!(detect("plan.odt", &samples::odt()), Ok(DocumentType::Odt));
    assert_eq!(
        detect("plan.docx", &samples::docx()),
        Ok(DocumentType::Docx)
    );
    let csv = "\u{feff}poste;montant\nbacs;180,50\n";
    assert_eq!(detect("budget.csv", csv.as_bytes()), Ok(DocumentType::Csv));
    let txt = "Horaires : 9 h < 12 h, a<b, x -> y\r\n";
    assert_eq!(
        detect("lisez-moi.txt", txt.as_bytes()),
        Ok(DocumentType::Text)
    );
    assert_eq!(detect("vide.txt", b""), Ok(DocumentType::Text));
}

#[test]
fn refuses_what_a_browser_runs_by_name_or_by_bytes() {
    let html = b"<html><script>alert(localStorage.token)</script></html>";
    for name in [
        "e.html", "e.HTM", "e.xhtml", "e.js", "e.xml", "e.svg", "e.svgz",
    ] {
        assert!(
            matches!(detect(name, &samples::pdf()), Err(Refused::Active(_))),
            "{name}"
        );
        assert!(
            matches!(detect(name, html), Err(Refused::Active(_))),
            "{name}"
        );
    }
    for bytes in [
        html.as_slice(),
        b"  \n<!DOCTYPE html><p>x",
        b"\xEF\xBB\xBF<p>hi</p>",
        b"a,b\n<svg onload=alert(1)>",
        b"note <?xml version='1.0'?>",
        b"x <SCRIPT\tsrc=//e.example/x.js></SCRIPT>",
        b"x <!-- hidden -->",
    ] {
        let got = detect("notes.txt", bytes);
        assert!(matches!(got, Err(Refused::Active(_))), "{bytes:?}: {got:?}");
        assert!(matches!(detect("d.csv", bytes), Err(Refused::Active(_))));
    }
    assert_eq!(
        detect("e.svg", b"<svg/>"),
        Err(Refused::Active("SVG")),
        "SVG is named"
    );
}

#[test]
fn refuses_names_that_disagree_with_the_bytes() {
    assert_eq!(
        detect("plan.html.pdf", b"<html><script>x()</script>"),
        Err(Refused::Active("HTML"))
    );
    assert_eq!(
        detect("plan.docx", &samples::pdf()),
        Err(Refused::WrongExtension {
            found: DocumentType::Pdf
        })
    );
    assert_eq!(
        detect("plan.pdf", &samples::odt()),
        Err(Refused::WrongExtension {
            found: DocumentType::Odt
        })
    );
    assert_eq!(
        detect("plan.pdf", b"just text"),
        Err(Refused::WrongExtension {
            found: DocumentType::Text
        })
    );
    assert_eq!(detect("plan", &samples::pdf()), Err(Refused::NoExtension));
    assert_eq!(
        detect("assets/.pdf", &samples::pdf()),
        Err(Refused::NoExtension)
    );
    assert_eq!(detect("plan.", &samples::pdf()), Err(Refused::NoExtension));
}

#[test]
fn refuses_binary_and_unknown_files() {
    assert_eq!(detect("a.txt", b"abc\0def"), Err(Refused::Unknown));
    assert_eq!(detect("a.txt", b"caf\xe9"), Err(Refused::Unknown));
    assert_eq!(detect("a.txt", b"\x1b[31m"), Err(Refused::Unknown));
    assert_eq!(detect("a.exe", b"MZ\x90\0"), Err(Refused::Unknown));
    // A ZIP archive that is neither ODF nor OOXML, and ones cut short.
    let other = samples::zip(&[("payload.html", b"<script>x()</script>".as_slice())]);
    assert_eq!(detect("a.docx", &other), Err(Refused::Unknown));
    let odt = samples::odt();
    assert_eq!(
        detect("a.odt", &odt[..odt.len() - 30]),
        Err(Refused::Unknown)
    );
    assert_eq!(detect("a.odt", &odt[..40]), Err(Refused::Unknown));
    assert_eq!(detect("a.docx", b"PK\x03\x04"), Err(Refused::Unknown));
}

#[test]
fn an_odf_mimetype_must_be_the_first_entry_and_a_known_type() {
    let late = samples::zip(&[
        ("content.xml", b"<x/>".as_slice()),
        ("mimetype", b"application/vnd.oasis.opendocument.text"),
    ]);
    assert_eq!(detect("a.odt", &late), Err(Refused::Unknown));
    let formula = samples::zip(&[(
        "mimetype",
        b"application/vnd.oasis.opendocument.formula".as_slice(),
    )]);
    assert_eq!(detect("a.odf", &formula), Err(Refused::Unknown));
    let sheet = samples::zip(&[(
        "mimetype",
        b"application/vnd.oasis.opendocument.spreadsheet".as_slice(),
    )]);
    assert_eq!(detect("a.ods", &sheet), Ok(DocumentType::Ods));
}

#[test]
fn every_type_names_a_safe_media_type_for_its_extension() {
    for t in DocumentType::ALL {
        assert_eq!(DocumentType::of_extension(t.extension()), Some(t));
        let ct = t.content_type();
        let active = ["html", "/xml", "+xml", "script", "svg"];
        assert!(!active.iter().any(|a| ct.contains(a)), "{ct}");
        assert!(
            ct.starts_with("application/")
                || ct.starts_with("text/plain")
                || ct.starts_with("text/csv")
        );
    }
}

#[test]
fn reads_archives_written_by_another_zip_writer() {
    // Written by Python's zipfile: the ODT stored, the DOCX deflated.
    let odt = include_bytes!("../../fuzz/seeds/documents/plan.odt");
    let docx = include_bytes!("../../fuzz/seeds/documents/plan.docx");
    assert_eq!(detect("plan.odt", odt), Ok(DocumentType::Odt));
    assert_eq!(detect("plan.docx", docx), Ok(DocumentType::Docx));
}
