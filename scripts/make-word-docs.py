#!/usr/bin/env python3
"""Writes .docx files that hold what Word writes into a filled-in report,
for tests/docx_word.rs: runs split mid-word by proofing marks, tracked
insertions and deletions, comments, bookmarks, content controls, a table,
fields, and a text box (mc:AlternateContent with a DrawingML choice and a
VML fallback).

Each document starts from python-docx's default template (made by Word)
and follows the report form: a section heading, then each question's
heading ("1.1 Beskriv …", from templates/resultatredovisning-2024-99.json)
and its answer. python-docx writes the headings and the comments; the
answers are the XML Word writes, put in as it is.

  word-features.docx    questions 1.1–2.3, one Word feature in each answer
  word-table-form.docx  the form as a two-column table: heading | answer

The expected answers are written in tests/docx_word.rs, not here.

Usage: scripts/make-word-docs.py OUTDIR   (needs python-docx; exit 3 if missing)
"""
import json
import os
import sys

try:
    import docx
    from docx.oxml import parse_xml
except ImportError:
    print("make-word-docs: python-docx is not installed (scripts/ensure-tools.sh python-docx)",
          file=sys.stderr)
    sys.exit(3)

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
TEMPLATE = json.load(open(os.path.join(ROOT, "templates", "resultatredovisning-2024-99.json"),
                          encoding="utf-8"))

NS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
      'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" '
      'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
      'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
      'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
      'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
      'xmlns:v="urn:schemas-microsoft-com:vml" '
      'xmlns:o="urn:schemas-microsoft-com:office:office" '
      'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"')
DATE = 'w:author="Handläggare" w:date="2025-02-03T10:00:00Z"'


def text_of(x):
    return x if isinstance(x, str) else x["sv"]


def question(qid):
    q = next(q for q in TEMPLATE["questions"] if q["id"] == qid)
    return f"{qid} {text_of(q['text'])}"


def section(sid):
    s = next(s for s in TEMPLATE["sections"] if s["id"] == sid)
    return f"{sid}. {text_of(s['title'])}"


def esc(t):
    return t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def r(t, rpr=""):
    """A run as Word writes it, with an rsid and the space kept."""
    return f'<w:r w:rsidR="00A1B2C3">{rpr}<w:t xml:space="preserve">{esc(t)}</w:t></w:r>'


def style(name):
    return f'<w:rPr><w:rStyle w:val="{name}"/></w:rPr>'


def p(*inner, ppr=""):
    return f'<w:p {NS} w:rsidR="00A1B2C3" w:rsidRDefault="00A1B2C3">{ppr}{"".join(inner)}</w:p>'


def fld(kind):
    return f'<w:r><w:fldChar w:fldCharType="{kind}"/></w:r>'


def instr(code):
    return f'<w:r><w:instrText xml:space="preserve"> {esc(code)} </w:instrText></w:r>'


def add(doc, xml):
    """Appends a block-level element (paragraph or table) before sectPr."""
    doc.element.body.sectPr.addprevious(parse_xml(xml))


def text_box(lines):
    body = "".join(f"<w:p>{r(line)}</w:p>" for line in lines)
    return (
        '<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>'
        '<wp:anchor distT="45720" distB="45720" distL="114300" distR="114300" simplePos="0" '
        'relativeHeight="251659264" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">'
        '<wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="column"><wp:posOffset>0</wp:posOffset>'
        '</wp:positionH><wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>'
        '<wp:extent cx="2360930" cy="1404620"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapSquare wrapText="bothSides"/>'
        '<wp:docPr id="1" name="Textruta 2"/><wp:cNvGraphicFramePr/>'
        '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        '<wps:wsp><wps:cNvSpPr txBox="1"><a:spLocks noChangeArrowheads="1"/></wps:cNvSpPr>'
        '<wps:spPr bwMode="auto"><a:xfrm><a:off x="0" y="0"/><a:ext cx="2360930" cy="1404620"/></a:xfrm>'
        '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></wps:spPr>'
        f'<wps:txbx><w:txbxContent>{body}</w:txbxContent></wps:txbx>'
        '<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720" anchor="t" anchorCtr="0">'
        '<a:spAutoFit/></wps:bodyPr></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>'
        '<mc:Fallback><w:pict><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">'
        '<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
        '<v:shape id="Textruta 2" o:spid="_x0000_s1026" type="#_x0000_t202" style="position:absolute;width:185.9pt;height:110.6pt">'
        f'<v:textbox style="mso-fit-shape-to-text:t"><w:txbxContent>{body}</w:txbxContent></v:textbox>'
        '</v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>'
    )


def features(path):
    doc = docx.Document()
    doc.add_heading(section("1"), level=1)

    # 1.1 Runs split mid-word: proofing marks, rsids, a rendered page break.
    doc.add_heading(question("1.1"), level=2)
    add(doc, p(r("Vi har sam"), '<w:proofErr w:type="spellStart"/>', r("verkat med kom"),
               r("munerna", '<w:rPr><w:b/></w:rPr>'), '<w:proofErr w:type="spellEnd"/>',
               '<w:proofErr w:type="gramStart"/>', r(" i länet."), '<w:proofErr w:type="gramEnd"/>'))
    add(doc, p(r("Arbetet "), '<w:r><w:lastRenderedPageBreak/><w:t>fort</w:t></w:r>', r("sätter 2025.")))

    # 1.2 Tracked changes: an insertion, a deletion (text, a tab and a break),
    # a deleted paragraph mark, a whole paragraph deleted, a move.
    doc.add_heading(question("1.2"), level=2)
    add(doc, p(r("Vi startade "),
               f'<w:ins w:id="11" {DATE}>{r("nya ")}</w:ins>',
               f'<w:del w:id="12" {DATE}><w:r><w:delText xml:space="preserve">gamla </w:delText></w:r>'
               '<w:r><w:tab/><w:br/></w:r></w:del>',
               r("projekt i hela"),
               ppr=f'<w:pPr><w:rPr><w:del w:id="13" {DATE}/></w:rPr></w:pPr>'))
    add(doc, p(r(" länet.")))
    add(doc, p(f'<w:del w:id="14" {DATE}><w:r><w:delText>Det här stycket togs bort.</w:delText></w:r></w:del>',
               ppr=f'<w:pPr><w:rPr><w:del w:id="15" {DATE}/></w:rPr></w:pPr>'))
    add(doc, p(f'<w:moveFrom w:id="16" {DATE}>{r("Flyttad mening. ")}</w:moveFrom>', r("Uppföljning sker årligen."),
               f'<w:moveTo w:id="17" {DATE}>{r(" Flyttad mening.")}</w:moveTo>'))

    # 1.3 Comments: python-docx writes the comment as Word does (comments.xml,
    # commentRangeStart/End and a commentReference run).
    doc.add_heading(question("1.3"), level=2)
    para = doc.add_paragraph()
    para.add_run("Tre ")
    marked = para.add_run("kommuner")
    para.add_run(" deltog.")
    doc.add_comment(marked, text="Kommentar: vilka kommuner? Stämmer siffran?",
                    author="Granskare", initials="G")

    # 1.4 Bookmarks (one inside a word) and a hyperlink.
    doc.add_heading(question("1.4"), level=2)
    add(doc, p('<w:bookmarkStart w:id="0" w:name="_Toc1"/>', r("Presta"),
               '<w:bookmarkStart w:id="1" w:name="mitt"/>', r("tionerna"), '<w:bookmarkEnd w:id="1"/>',
               r(" redovisas i "),
               f'<w:hyperlink w:anchor="_Toc1" w:history="1">{r("bilagan", style("Hyperlink"))}</w:hyperlink>',
               r("."), '<w:bookmarkEnd w:id="0"/>'))

    # 1.5 Content controls: plain text inline, a drop-down, a date, a block
    # of paragraphs, and one still showing its placeholder.
    doc.add_heading(question("1.5"), level=2)
    add(doc, p(r("Effekten mäts "),
               '<w:sdt><w:sdtPr><w:alias w:val="Datum"/><w:tag w:val="datum"/><w:id w:val="-1"/>'
               '<w:date w:fullDate="2024-12-31T00:00:00Z"><w:dateFormat w:val="yyyy-MM-dd"/><w:lid w:val="sv-SE"/></w:date>'
               f'</w:sdtPr><w:sdtContent>{r("2024-12-31")}</w:sdtContent></w:sdt>',
               r(" genom en "),
               '<w:sdt><w:sdtPr><w:id w:val="-2"/><w:dropDownList><w:listItem w:displayText="uppföljning" w:value="1"/>'
               '<w:listItem w:displayText="utvärdering" w:value="2"/></w:dropDownList></w:sdtPr>'
               f'<w:sdtContent>{r("uppföljning")}</w:sdtContent></w:sdt>',
               r(".")))
    add(doc, f'<w:sdt {NS}><w:sdtPr><w:id w:val="-3"/><w:text w:multiLine="1"/></w:sdtPr><w:sdtContent>'
             f'{p(r("Bedömningen är egen."))}{p(r("Den gäller hela länet."))}</w:sdtContent></w:sdt>')
    add(doc, p('<w:sdt><w:sdtPr><w:id w:val="-4"/><w:placeholder><w:docPart w:val="DefaultPlaceholder_-1854013440"/>'
               '</w:placeholder><w:showingPlcHdr/><w:text/></w:sdtPr><w:sdtContent>'
               f'{r("Klicka eller tryck här för att ange text.", style("PlaceholderText"))}'
               '</w:sdtContent></w:sdt>'))

    doc.add_heading(section("2"), level=1)

    # 2.1 A table between two paragraphs: one line per cell paragraph.
    doc.add_heading(question("2.1"), level=2)
    doc.add_paragraph("Utfallet per mål:")
    table = doc.add_table(rows=3, cols=2)
    table.style = "Table Grid"
    for row, cells in zip(table.rows, [("Mål", "Utfall"), ("Fler jobb", "120"), ("Fler företag", "45")]):
        for cell, value in zip(row.cells, cells):
            cell.text = value
    doc.add_paragraph("Båda målen nåddes.")

    # 2.2 Fields: a hyperlink and a REF (codes out, results in), a PAGE as
    # fldSimple, a field code with a tab inside.
    doc.add_heading(question("2.2"), level=2)
    add(doc, p(r("Se "), fld("begin"), instr('HYPERLINK "https://tillvaxtverket.se" \\o "Länk"'),
               fld("separate"), r("Tillväxtverkets webbplats"), fld("end"),
               r(" och avsnitt "), fld("begin"), instr("REF _Ref1 \\r \\h"), '<w:r><w:tab/></w:r>',
               fld("separate"), r("2.1"), fld("end"),
               r(" på sidan "), f'<w:fldSimple w:instr=" PAGE \\* MERGEFORMAT ">{r("3")}</w:fldSimple>', r(".")))

    # 2.3 A text box anchored in the answer's paragraph.
    doc.add_heading(question("2.3"), level=2)
    add(doc, p(r("Se rutan "), text_box(["Nyckeltal: 45 nya företag.", "Källa: SCB."]), r("bredvid.")))

    doc.save(path)


def table_form(path):
    """The form as a table: each row a question heading and its answer."""
    doc = docx.Document()
    doc.add_heading(section("1"), level=1)
    rows = [("1.1", ["Första svaret.", "Andra stycket."]), ("1.2", ["Ett svar i tabellen."])]
    table = doc.add_table(rows=len(rows), cols=2)
    table.style = "Table Grid"
    for row, (qid, answer) in zip(table.rows, rows):
        row.cells[0].text = question(qid)
        row.cells[1].text = answer[0]
        for extra in answer[1:]:
            row.cells[1].add_paragraph(extra)
    doc.save(path)


def main():
    if len(sys.argv) != 2:
        print(__doc__, file=sys.stderr)
        sys.exit(2)
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    features(os.path.join(out, "word-features.docx"))
    table_form(os.path.join(out, "word-table-form.docx"))


if __name__ == "__main__":
    main()
