#!/usr/bin/env python3
"""Writes tests/fixtures/jamtland-2024-word.txt: the real 2024 report of
Region Jämtland Härjedalen as the text of its Word document.

Built from ../shared/seed/seed-clean.md (the repaired, canonically numbered
markdown), undoing what the markdown added:
  - headings are plain lines ("## 1. …" → "1. …", "### 1.1 …" → "1.1 …");
  - the document's ORIGINAL numbering is restored from the markdown's
    "<!-- i originalet: … -->" comments (repair-notes.md, "Numbering"):
    canonical 3.2, 3.5 and 4.4 are unnumbered, 3.3 is labelled "3.2", 3.4
    "3.3" and 4.5 "4.4";
  - the 5.1 sub-parts are Word bullets ("• den regionala …"), the boxes the
    glyphs the form uses ("Ja ☒", "Nej ☐");
  - footnote marks are glued to their heading ("… bidrar till.1") and the
    footnote texts come last, after a rule, as Word's plain-text export
    writes them ("1 För definitioner …", "2 Ibid.");
  - the form's quoted texts ("> Observera! …") are plain paragraphs.
Paragraphs are separated by one blank line, as in the document.

Also writes tests/fixtures/jamtland-2024.docx, the same document as Word
writes it (see the end of this script).

Usage: scripts/gen-word-rendering.py [SEED_MD] [OUT] [OUT_DOCX]
"""
import re
import sys

src = sys.argv[1] if len(sys.argv) > 1 else "../shared/seed/seed-clean.md"
dst = sys.argv[2] if len(sys.argv) > 2 else "tests/fixtures/jamtland-2024-word.txt"

out = []          # output lines
heading = None    # index in `out` of the last question heading, and its text
footnotes = []

for line in open(src, encoding="utf-8").read().split("\n"):
    m = re.fullmatch(r'<!-- i originalet: (onumrerad|numrerad "([^"]+)") -->', line)
    if m:
        i, text = heading
        out[i] = text if m.group(2) is None else f"{m.group(2)} {text}"
        heading = (i, text)
        continue
    if line.startswith("<!--"):
        continue
    if line.startswith("# "):
        out.append(line[2:])
    elif line.startswith("## "):
        out.append(line[3:])
    elif line.startswith("#### "):
        # "#### 5.1a • den regionala utvecklingsstrategin?"
        out.append(line.split(" ", 2)[2])
    elif line.startswith("### "):
        label, text = line[4:].split(" ", 1)
        heading = (len(out), text)
        out.append(f"{label} {text}")
    elif line.startswith("> Fotnot "):
        n, text = re.fullmatch(r"> Fotnot (\d+): (.*)", line).groups()
        footnotes.append(f"{n} {text}")
        i, _ = heading
        out[i] += n
        heading = (i, heading[1] + n)
    elif line.startswith("> "):
        out.append(line[2:])
    else:
        out.append(line)

text = re.sub(r"\n{3,}", "\n\n", "\n".join(out)).strip("\n")
text += "\n\n________________\n\n" + "\n".join(footnotes) + "\n"
open(dst, "w", encoding="utf-8").write(text)

# The same document as a minimal .docx: one paragraph per line, the boxes as
# checkbox content controls (Word's "Kryssruta"), footnote marks as footnote
# references with the footnotes in word/footnotes.xml, as Word writes them.
# The bullets stay typed characters ("• "), as in the submitted document.
import zipfile
from xml.sax.saxutils import escape

docx = sys.argv[3] if len(sys.argv) > 3 else "tests/fixtures/jamtland-2024.docx"
W = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
     'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"')


def run(t):
    return f'<w:r><w:t xml:space="preserve">{escape(t)}</w:t></w:r>'


def checkbox(on):
    glyph = "☒" if on else "☐"
    return ('<w:sdt><w:sdtPr><w14:checkbox>'
            f'<w14:checked w14:val="{1 if on else 0}"/>'
            '<w14:checkedState w14:val="2612" w14:font="MS Gothic"/>'
            '<w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/>'
            '</w14:checkbox></w:sdtPr><w:sdtContent><w:r><w:rPr>'
            '<w:rFonts w:ascii="MS Gothic" w:hAnsi="MS Gothic"/></w:rPr>'
            f'<w:t>{glyph}</w:t></w:r></w:sdtContent></w:sdt>')


body_text, _ = text.split("\n\n________________\n\n")
paras = []
for line in body_text.split("\n"):
    m = re.fullmatch(r"(Ja|Nej|Ej aktuellt) ([☒☐])", line)
    fm = re.fullmatch(r"(.*[.?])(\d)", line)
    if line == "":
        paras.append("<w:p/>")
    elif m:
        paras.append(f"<w:p>{run(m.group(1) + ' ')}{checkbox(m.group(2) == '☒')}</w:p>")
    elif fm:
        ref = (f'<w:r><w:rPr><w:rStyle w:val="Fotnotsreferens"/></w:rPr>'
               f'<w:footnoteReference w:id="{fm.group(2)}"/></w:r>')
        paras.append(f"<w:p>{run(fm.group(1))}{ref}</w:p>")
    else:
        paras.append(f"<w:p>{run(line)}</w:p>")
document = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {W}><w:body>'
            + "".join(paras) + "<w:sectPr/></w:body></w:document>")
notes = "".join(f'<w:footnote w:id="{n.split(" ", 1)[0]}"><w:p>{run(n.split(" ", 1)[1])}</w:p></w:footnote>'
                for n in footnotes)
footnotes_xml = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:footnotes {W}>{notes}</w:footnotes>'
content_types = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                 '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                 '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                 '<Default Extension="xml" ContentType="application/xml"/>'
                 '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
                 '<Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/>'
                 '</Types>')
rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
        '</Relationships>')
doc_rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/>'
            '</Relationships>')
with zipfile.ZipFile(docx, "w", zipfile.ZIP_DEFLATED) as z:
    # A fixed date keeps the file byte-identical from run to run.
    for name, data in [("[Content_Types].xml", content_types), ("_rels/.rels", rels),
                       ("word/document.xml", document), ("word/_rels/document.xml.rels", doc_rels),
                       ("word/footnotes.xml", footnotes_xml)]:
        z.writestr(zipfile.ZipInfo(name, date_time=(2025, 3, 1, 0, 0, 0)), data.encode("utf-8"),
                   compress_type=zipfile.ZIP_DEFLATED)
