//! The reading of document.xml, one Word feature at a time, on the XML
//! Word writes for it. (Whole documents made by python-docx are read in
//! tests/docx_word.rs.)

use super::*;

fn text(xml: &str) -> String {
    document(xml).text
}

fn run(t: &str) -> String {
    format!(r#"<w:r><w:t xml:space="preserve">{t}</w:t></w:r>"#)
}

#[test]
fn docx_paragraphs_tabs_and_entities() {
    let xml = r#"<w:document><w:body><w:p><w:r><w:t>1.1 Beskriv</w:t></w:r><w:r><w:tab/><w:t xml:space="preserve"> A &amp; B &#8211; c</w:t></w:r></w:p><w:p><w:r><w:delText>bort</w:delText><w:t>kvar</w:t><w:br/><w:t>rad</w:t></w:r></w:p></w:body></w:document>"#;
    assert_eq!(text(xml), "1.1 Beskriv\t A & B – c\nkvar\nrad\n");
}

#[test]
fn docx_checkboxes_of_every_kind() {
    let sdt = |checked: &str, glyph: &str| {
        format!(
            r#"<w:sdt><w:sdtPr><w14:checkbox><w14:checked w14:val="{checked}"/><w14:checkedState w14:val="2612"/></w14:checkbox></w:sdtPr><w:sdtContent><w:r><w:t>{glyph}</w:t></w:r></w:sdtContent></w:sdt>"#
        )
    };
    let xml = format!(
        r#"<w:p><w:r><w:t xml:space="preserve">Ja </w:t></w:r>{}</w:p><w:p><w:r><w:t xml:space="preserve">Nej </w:t></w:r>{}</w:p><w:p><w:r><w:fldChar w:fldCharType="begin"><w:ffData><w:checkBox><w:sizeAuto/><w:default w:val="1"/></w:checkBox></w:ffData></w:fldChar></w:r><w:r><w:instrText> FORMCHECKBOX </w:instrText></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r><w:r><w:t xml:space="preserve"> Ej aktuellt </w:t></w:r><w:r><w:sym w:font="Wingdings" w:char="F0A8"/></w:r></w:p>"#,
        sdt("1", "x"),
        sdt("0", "☐"),
    );
    assert_eq!(text(&xml), "Ja ☒\nNej ☐\n☒ Ej aktuellt ☐\n");
}

#[test]
fn docx_tracked_deletions_leave_no_tab_break_or_text() {
    // A deleted run may hold a tab or a break, not only w:delText.
    let xml = format!(
        r#"<w:p>{}<w:del w:id="1" w:author="A"><w:r><w:tab/><w:delText>gammal</w:delText><w:br/></w:r></w:del><w:ins w:id="2" w:author="A">{}</w:ins><w:moveFrom w:id="3"><w:r><w:t>flyttad</w:t></w:r></w:moveFrom></w:p>"#,
        run("Vi "),
        run("nya")
    );
    assert_eq!(text(&xml), "Vi nya\n");
}

#[test]
fn docx_a_deleted_paragraph_mark_joins_the_paragraphs() {
    let xml = format!(
        r#"<w:p><w:pPr><w:rPr><w:del w:id="1" w:author="A" w:date="2025-01-01T00:00:00Z"/></w:rPr></w:pPr>{}</w:p><w:p>{}</w:p>"#,
        run("Första "),
        run("andra.")
    );
    assert_eq!(text(&xml), "Första andra.\n");
}

#[test]
fn docx_tab_stops_are_not_tabs() {
    let xml = format!(
        r#"<w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="720"/><w:tab w:val="right" w:pos="9000"/></w:tabs></w:pPr>{}<w:r><w:tab/></w:r>{}</w:p>"#,
        run("a"),
        run("b")
    );
    assert_eq!(text(&xml), "a\tb\n");
}

#[test]
fn docx_field_code_left_out_and_result_read() {
    let xml = format!(
        r#"<w:p>{}<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> HYPERLINK "https://x.se" </w:instrText></w:r><w:r><w:t>kod</w:t></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>{}<w:r><w:fldChar w:fldCharType="end"/></w:r><w:fldSimple w:instr=" PAGE ">{}</w:fldSimple></w:p>"#,
        run("Se "),
        run("webbplatsen"),
        run(" 3")
    );
    assert_eq!(text(&xml), "Se webbplatsen 3\n");
}

#[test]
fn docx_nested_field_in_a_code_is_code() {
    // IF { MERGEFIELD x } = 1 "ja" "nej": the inner field's result is code.
    let f = |kind: &str| format!(r#"<w:r><w:fldChar w:fldCharType="{kind}"/></w:r>"#);
    let xml = format!(
        "<w:p>{}{}{}{}{}{}{}{}</w:p>",
        f("begin"),
        f("begin"),
        f("separate"),
        run("inre"),
        f("end"),
        f("separate"),
        run("ja"),
        f("end")
    );
    assert_eq!(text(&xml), "ja\n");
}

#[test]
fn docx_content_control_text_is_read_its_placeholder_is_not() {
    let xml = format!(
        r#"<w:p><w:sdt><w:sdtPr><w:alias w:val="Svar"/></w:sdtPr><w:sdtContent>{}</w:sdtContent></w:sdt></w:p><w:p><w:sdt><w:sdtPr><w:showingPlcHdr/></w:sdtPr><w:sdtContent>{}</w:sdtContent></w:sdt></w:p>"#,
        run("Ifyllt."),
        run("Klicka eller tryck här för att ange text.")
    );
    assert_eq!(text(&xml), "Ifyllt.\n\n");
}

#[test]
fn docx_no_break_and_soft_hyphens_are_kept() {
    let xml = r#"<w:p><w:r><w:t>e</w:t><w:noBreakHyphen/><w:t>post</w:t><w:softHyphen/><w:t>adress</w:t></w:r></w:p>"#;
    assert_eq!(text(xml), "e\u{2011}post\u{AD}adress\n");
}

/// A text box as Word writes it: a DrawingML shape, and the same box in VML
/// as the fallback.
fn text_box(body: &str) -> String {
    format!(
        r#"<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor><wp:docPr id="1" name="Textruta 1"/><a:graphic><a:graphicData><wps:wsp><wps:txbx><w:txbxContent>{body}</w:txbxContent></wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox><w:txbxContent>{body}</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>"#
    )
}

#[test]
fn docx_text_box_is_set_apart_once_and_its_paragraph_stays_one_line() {
    let body = format!("<w:p>{}</w:p><w:p>{}</w:p>", run("Rutans"), run("text."));
    let xml = format!(
        "<w:p>{}</w:p><w:p>{}{}{}</w:p>",
        run("Före."),
        run("Ett "),
        text_box(&body),
        run("stycke.")
    );
    let doc = document(&xml);
    assert_eq!(doc.text, "Före.\nEtt stycke.\n");
    assert_eq!(
        doc.text_boxes,
        [TextBox {
            anchor: "Före.\nEtt ".len(),
            text: "Rutans\ntext.".into()
        }]
    );
}

#[test]
fn docx_fallback_text_box_is_used_when_the_choice_has_none() {
    let xml = format!(
        r#"<w:p><w:r><mc:AlternateContent><mc:Choice Requires="wpg"><w:drawing/></mc:Choice><mc:Fallback><w:pict><v:textbox><w:txbxContent><w:p>{}</w:p></w:txbxContent></v:textbox></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>"#,
        run("Bara VML")
    );
    let doc = document(&xml);
    assert_eq!(doc.text, "\n");
    assert_eq!(doc.text_boxes.len(), 1);
    assert_eq!(doc.text_boxes[0].text, "Bara VML");
}

#[test]
fn docx_deleted_or_empty_text_boxes_are_not_reported() {
    let deleted = format!(
        r#"<w:del w:id="1">{}</w:del>"#,
        text_box(&format!("<w:p>{}</w:p>", run("borttagen")))
    );
    let xml = format!("<w:p>{deleted}{}</w:p>", text_box("<w:p/>"));
    let doc = document(&xml);
    assert_eq!(doc.text, "\n");
    assert_eq!(doc.text_boxes, []);
}

#[test]
fn docx_a_text_box_keeps_its_paragraphs_deleted_mark() {
    let body = format!("<w:p>{}</w:p>", run("I rutan"));
    let xml = format!(
        r#"<w:p><w:pPr><w:rPr><w:del w:id="1"/></w:rPr></w:pPr>{}{}</w:p><w:p>{}</w:p>"#,
        run("Första "),
        text_box(&body),
        run("andra.")
    );
    let doc = document(&xml);
    assert_eq!(doc.text, "Första andra.\n");
    assert_eq!(doc.text_boxes.len(), 1);
}
