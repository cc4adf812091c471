//! Fuzz target `docx_text`: generated .docx archives through the .docx reader.
//! Native only: the reader (and miniz_oxide, which builds the archives) is not
//! in the wasm build that tests/web.rs compiles these targets for.

#[allow(unused_imports)]
use super::*;

/// Pieces of WordprocessingML that reach the .docx reader's states: tracked
/// changes, fields, content controls, text boxes in `mc:AlternateContent`.
pub const WORD_XML: &[&str] = &[
    "<w:p>",
    "</w:p>",
    "<w:p/>",
    "<w:r>",
    "</w:r>",
    "<w:t>",
    "</w:t>",
    "<w:t xml:space=\"preserve\">",
    "<w:tab/>",
    "<w:br/>",
    "<w:del w:id=\"1\">",
    "</w:del>",
    "<w:delText>",
    "</w:delText>",
    "<w:ins w:id=\"2\">",
    "</w:ins>",
    "<w:moveFrom w:id=\"3\">",
    "</w:moveFrom>",
    "<w:pPr><w:rPr><w:del w:id=\"4\"/></w:rPr></w:pPr>",
    "<w:pPr>",
    "</w:pPr>",
    "<w:tabs><w:tab w:val=\"left\" w:pos=\"720\"/></w:tabs>",
    "<w:fldChar w:fldCharType=\"begin\"/>",
    "<w:fldChar w:fldCharType=\"separate\"/>",
    "<w:fldChar w:fldCharType=\"end\"/>",
    "<w:instrText>",
    "</w:instrText>",
    "<w:fldSimple w:instr=\" PAGE \">",
    "</w:fldSimple>",
    "<w:sdt>",
    "</w:sdt>",
    "<w:sdtPr><w14:checkbox><w14:checked w14:val=\"1\"/></w14:checkbox></w:sdtPr>",
    "<w:sdtPr><w:showingPlcHdr/></w:sdtPr>",
    "<w:sdtContent>",
    "</w:sdtContent>",
    "<mc:AlternateContent>",
    "</mc:AlternateContent>",
    "<mc:Choice Requires=\"wps\"><w:drawing><wps:txbx>",
    "</wps:txbx></w:drawing></mc:Choice>",
    "<mc:Fallback><w:pict><v:textbox>",
    "</v:textbox></w:pict></mc:Fallback>",
    "<w:txbxContent>",
    "</w:txbxContent>",
    "<w:ffData><w:checkBox><w:default w:val=\"1\"/></w:checkBox></w:ffData>",
    "<w:sym w:font=\"Wingdings\" w:char=\"F0FE\"/>",
    "<w:commentRangeStart w:id=\"0\"/>",
    "<w:bookmarkStart w:id=\"0\" w:name=\"x\"/>",
    "<w:proofErr w:type=\"spellStart\"/>",
    "<w:noBreakHyphen/>",
    "&amp;",
    "&#x2612;",
    "&#",
    "<",
    ">",
];

/// The XML of the fuzzer's bytes: byte 0x01 then `k` is `WORD_XML[k]`,
/// byte 0x02 then `k` a paragraph holding the `k`-th question's heading of
/// the default template; the rest as it is (lossily decoded).
pub fn word_xml(template: &Template, data: &[u8]) -> String {
    let questions = &template.data().questions;
    let mut out = Vec::with_capacity(data.len() * 4);
    let mut bytes = data.iter().copied();
    while let Some(b) = bytes.next() {
        match b {
            1 | 2 => {
                let k = usize::from(bytes.next().unwrap_or(0));
                if b == 1 {
                    out.extend_from_slice(WORD_XML[k % WORD_XML.len()].as_bytes());
                } else {
                    let q = &questions[k % questions.len()];
                    out.extend_from_slice(b"<w:p><w:r><w:t>");
                    out.extend_from_slice(q.id.as_bytes());
                    out.push(b' ');
                    out.extend_from_slice(q.text.get(Lang::Sv).as_bytes());
                    out.extend_from_slice(b"</w:t></w:r></w:p>");
                }
            }
            b => out.push(b),
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// A zip archive holding one entry, stored (method 0) or deflated (8), as
/// the .docx reader finds it: local header, data, central directory, end.
pub fn zip_with(name: &str, data: &[u8], deflate: bool) -> Vec<u8> {
    let packed = if deflate {
        miniz_oxide::deflate::compress_to_vec(data, 6)
    } else {
        data.to_vec()
    };
    let u16le = |v: usize| (v as u16).to_le_bytes();
    let u32le = |v: usize| (v as u32).to_le_bytes();
    let method = u16le(if deflate { 8 } else { 0 });
    let mut z = Vec::new();
    z.extend_from_slice(b"PK\x03\x04\x14\0\0\0");
    z.extend_from_slice(&method);
    z.extend_from_slice(&[0; 8]); // time, date, crc (not checked)
    z.extend_from_slice(&u32le(packed.len()));
    z.extend_from_slice(&u32le(data.len()));
    z.extend_from_slice(&u16le(name.len()));
    z.extend_from_slice(&[0, 0]);
    z.extend_from_slice(name.as_bytes());
    z.extend_from_slice(&packed);
    let central = z.len();
    z.extend_from_slice(b"PK\x01\x02\x14\0\x14\0\0\0");
    z.extend_from_slice(&method);
    z.extend_from_slice(&[0; 8]);
    z.extend_from_slice(&u32le(packed.len()));
    z.extend_from_slice(&u32le(data.len()));
    z.extend_from_slice(&u16le(name.len()));
    z.extend_from_slice(&[0; 12]); // extra, comment, disk, attributes
    z.extend_from_slice(&[0; 4]); // local header at 0
    z.extend_from_slice(name.as_bytes());
    let end = z.len();
    z.extend_from_slice(b"PK\x05\x06\0\0\0\0\x01\0\x01\0");
    z.extend_from_slice(&u32le(end - central));
    z.extend_from_slice(&u32le(central));
    z.extend_from_slice(&[0, 0]);
    z
}

/// Fuzz target `docx_text`: the first byte chooses what the rest is — a
/// file as it is (any bytes: zip directory, inflate, XML), or the XML of
/// [`word_xml`] put into a .docx stored or deflated. Asserts: no panic; an
/// error is `document.invalid` with a reason; the text and the text boxes
/// together are never longer than document.xml (so memory is bounded by
/// [`formkoll::import::MAX_XML`]); each box is anchored inside the text, at
/// a character boundary, and has text; `docx_text` agrees; the import
/// reports every box once, on a line of the document, and its report reads
/// back.
pub fn docx_text(data: &[u8]) {
    static TEMPLATE: std::sync::OnceLock<Template> = std::sync::OnceLock::new();
    let template = TEMPLATE.get_or_init(Template::default_template);
    let Some((&mode, rest)) = data.split_first() else {
        return;
    };
    let (file, xml_len) = match mode % 3 {
        0 => (rest.to_vec(), formkoll::import::MAX_XML),
        m => {
            let xml = word_xml(template, rest);
            (
                zip_with("word/document.xml", xml.as_bytes(), m == 2),
                xml.len(),
            )
        }
    };
    let doc = match formkoll::import::docx_document(&file) {
        Ok(doc) => doc,
        Err(e) => {
            assert_eq!(e.code(), ErrorCode::DocumentInvalid, "{e}");
            assert!(!e.reason().is_empty(), "an error says why: {e}");
            assert!(mode % 3 == 0, "a well-formed archive reads: {e}");
            return;
        }
    };
    let boxed: usize = doc.text_boxes.iter().map(|b| b.text.len()).sum();
    assert!(
        doc.text.len() + boxed <= xml_len,
        "text {} + boxes {boxed} > xml {xml_len}",
        doc.text.len()
    );
    for b in &doc.text_boxes {
        assert!(doc.text.is_char_boundary(b.anchor), "anchor {}", b.anchor);
        assert!(!b.text.is_empty() && b.text.trim() == b.text);
    }
    assert_eq!(
        formkoll::import::docx_text(&file).ok().as_deref(),
        Some(doc.text.as_str())
    );
    // The import builds the template's index of form texts on every call,
    // which costs far more than reading the archive: it runs for every
    // document with a text box, and for one input in eight otherwise (the
    // import itself is fuzzed by `import_text`).
    if doc.text_boxes.is_empty() && mode & 0x38 != 0 {
        return;
    }
    let import = formkoll::import::import_document(template, &doc);
    let lines = doc
        .text
        .split(['\n', '\r', '\u{B}', '\u{C}', '\u{2028}', '\u{2029}'])
        .count();
    let mut boxes = 0;
    for f in &import.findings {
        if let Some(line) = f.line {
            assert!(line >= 1 && line <= lines, "finding line {line} of {lines}");
        }
        if f.code == formkoll::ImportCode::TextBoxOmitted {
            boxes += 1;
            assert!(f.excerpt.as_deref().is_some_and(|e| !e.is_empty()));
        }
        assert!(!f.message(Lang::En).is_empty());
    }
    assert_eq!(boxes, doc.text_boxes.len(), "every text box is reported");
    let json = import.report.to_json();
    let reread = Report::from_json(&json).expect("the import's report reads back");
    assert_eq!(reread.to_json(), json);
}
