#!/usr/bin/env python3
"""Writes src/hygiene/invisible_table.rs: the one table of characters that
show nothing, and the bases a variation selector may follow, from Unicode's
own data files (Debian's package unicode-data puts them in /usr/share/unicode).

    scripts/gen-invisible-table.py [UCD_DIR] > src/hygiene/invisible_table.rs

SHOWS_NOTHING is Default_Ignorable_Code_Point (DerivedCoreProperties.txt),
White_Space (PropList.txt), the control characters (General_Category Cc,
UnicodeData.txt) and the blank-looking letters U+115F, U+1160, U+3164,
U+FFA0 and U+2800. VARIATION_BASES is every character that starts a
standardized or emoji variation sequence (StandardizedVariants.txt,
emoji/emoji-variation-sequences.txt) and every Unified_Ideograph (PropList.txt:
the bases of ideographic variation sequences). PICTOGRAPHIC is
Extended_Pictographic (emoji/emoji-data.txt). The output is the same bytes
for the same files: tests/invisible.rs regenerates it and compares.
"""
import os
import re
import sys

# Letters that look blank and that Unicode documents as such (the Hangul
# fillers and the braille blank); most are Default_Ignorable already.
BLANK_LETTERS = [0x115F, 0x1160, 0x3164, 0xFFA0, 0x2800]


def read_property(path, name=None, column=1):
    """The code point ranges of a UCD file's data lines whose field `column`
    is `name` (every data line when `name` is None). A line's first field
    is a code point, a range `lo..hi` or a sequence, whose first code point
    counts; `#` starts a comment."""
    out = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.split("#", 1)[0].strip()
            if not line:
                continue
            fields = [x.strip() for x in line.split(";")]
            if name is not None and fields[column] != name:
                continue
            lo, _, hi = fields[0].split()[0].partition("..")
            out.append((int(lo, 16), int(hi or lo, 16)))
    return out


def merge(ranges):
    out = []
    for lo, hi in sorted(ranges):
        if out and lo <= out[-1][1] + 1:
            out[-1] = (out[-1][0], max(out[-1][1], hi))
        else:
            out.append((lo, hi))
    return out


def version(path):
    with open(path, encoding="utf-8") as f:
        m = re.search(r"-(\d+\.\d+\.\d+)\.txt", f.readline())
    return m.group(1) if m else "unknown"


# A range is one u32: its first code point << LEN_BITS | its length - 1;
# longer ranges are split (half the bytes of (first, last) pairs).
LEN_BITS = 11


def packed(ranges):
    out = []
    for lo, hi in ranges:
        while lo <= hi:
            n = min(hi - lo + 1, 1 << LEN_BITS)
            out.append(lo << LEN_BITS | (n - 1))
            lo += n
    return out


def table(name, doc, ranges):
    lines = [doc, f"pub(super) const {name}: &[u32] = &["]
    row = []
    for v in packed(ranges):
        row.append(f"0x{v:08X},")
        if len(" ".join(row)) > 80:
            lines.append("    " + " ".join(row))
            row = []
    if row:
        lines.append("    " + " ".join(row))
    lines.append("];")
    return "\n".join(lines)


def main():
    ucd = sys.argv[1] if len(sys.argv) > 1 else "/usr/share/unicode"
    derived = os.path.join(ucd, "DerivedCoreProperties.txt")
    props = os.path.join(ucd, "PropList.txt")
    shows_nothing = merge(
        read_property(derived, "Default_Ignorable_Code_Point")
        + read_property(props, "White_Space")
        + read_property(os.path.join(ucd, "UnicodeData.txt"), "Cc", column=2)
        + [(c, c) for c in BLANK_LETTERS]
    )
    pictographic = merge(
        read_property(os.path.join(ucd, "emoji", "emoji-data.txt"), "Extended_Pictographic")
    )
    bases = merge(
        read_property(os.path.join(ucd, "StandardizedVariants.txt"))
        + read_property(os.path.join(ucd, "emoji", "emoji-variation-sequences.txt"))
        + read_property(props, "Unified_Ideograph")
    )
    nothing_doc = (
        "/// Characters that show nothing: Default_Ignorable_Code_Point, White_Space,\n"
        "/// the controls (Cc) and the blank letters U+115F, U+1160, U+3164, U+FFA0, U+2800."
    )
    bases_doc = (
        "/// Characters a variation selector may follow: the bases of the standardized\n"
        "/// and emoji variation sequences, and every Unified_Ideograph."
    )
    print(
        f"// Generated from the Unicode Character Database {version(derived)} by\n"
        "//     scripts/gen-invisible-table.py /usr/share/unicode > src/hygiene/invisible_table.rs\n"
        "// Do not edit: tests/invisible.rs regenerates it and requires the same bytes.\n\n"
        "//! Sorted, non-overlapping code point ranges, each one u32: its first\n"
        f"//! code point << {LEN_BITS} | its length - 1.\n\n"
        f"/// The bits of a range's length - 1.\npub(super) const LEN_BITS: u32 = {LEN_BITS};\n"
    )
    print(table("SHOWS_NOTHING", nothing_doc, shows_nothing))
    print()
    print(table("VARIATION_BASES", bases_doc, bases))
    print()
    print(
        table(
            "PICTOGRAPHIC",
            "/// Extended_Pictographic (emoji/emoji-data.txt): what a ZWJ joins into one emoji.",
            pictographic,
        )
    )


if __name__ == "__main__":
    main()
