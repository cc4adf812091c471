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

Usage: scripts/gen-word-rendering.py [SEED_MD] [OUT]
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
