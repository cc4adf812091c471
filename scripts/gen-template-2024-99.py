#!/usr/bin/env python3
"""One-off generator: turns the extracted form structure (template-spec.json from the
repair of the 2024 PDF) into formkoll's template format. The output,
templates/resultatredovisning-2024-99.json, is the source of truth and is committed;
this script only documents how it was first produced. Usage:
    python3 scripts/gen-template-2024-99.py SPEC.json > templates/resultatredovisning-2024-99.json
"""
import json, sys

spec = json.load(open(sys.argv[1]))

vocab = {
    "actors": [
        "kommun", "region", "landsting", "länsstyrelse", "myndighet", "*myndighet", "tillväxtverket",
        "arbetsförmedling", "försäkringskassan", "skolverket", "trafikverket", "*verket",
        "organisation", "*organisation", "förening", "*förening", "civilsamhälle", "civila samhälle",
        "ideell", "näringsliv", "företag", "*företag", "bransch", "universitet", "högskola", "akademi",
        "lärosäte", "forskare", "yrkeshögskola", "folkhögskola", "vuxenutbildning", "komvux",
        "aktör", "*aktör", "partner", "samverkanspart", "nätverk", "*nätverk", "arbetsgivare",
        "intresseorganisation", "stiftelse", "byalag", "*byalag", "samordningsförbund", "rådet", "*rådet",
    ],
    "challenges": ["utmaning", "*utmaning", "svårighet", "*svårighet", "hinder", "problem", "*problem", "risk", "brist", "*brist", "svårt", "försvåra"],
    "success_factors": ["framgångsfaktor", "*framgångsfaktor", "framgång", "lyckat", "lyckad", "lyckades", "fungerat väl", "fungerar väl", "fungerat bra", "fungerar bra", "styrka", "*styrka"],
    "basis": ["uppföljning", "*uppföljning", "utvärdering", "*utvärdering", "egen bedömning", "egna bedömning", "bedömning", "*bedömning", "följts upp", "följer upp", "utvärderat", "utvärderats"],
    "goals": ["mål", "*mål", "målet", "målen", "prioritering", "*prioritering", "delmål"],
}

L = {"ja": ("Ja", "Yes"), "nej": ("Nej", "No"), "ej_aktuellt": ("Ej aktuellt", "Not applicable")}
explain = {
    "ja": ("required", "Om ja, beskriv hur anslaget har bidragit till att nå målen.",
           "If yes, describe how the appropriation has contributed to reaching the goals."),
    "nej": ("required", "Om nej, beskriv varför anslaget inte har bidragit till att nå målen.",
            "If no, describe why the appropriation has not contributed to reaching the goals."),
    "ej_aktuellt": ("none", None, None),
}

out = {
    "format": "formkoll-template/1",
    "id": spec["template"],
    "version": "2024",
    "title": spec["title"],
    "language": "sv",
    "policy": {"unit": "grapheme", "line_break": 1},
    "near_threshold_percent": 90,
    "vocabularies": vocab,
    "sections": [],
    "questions": [],
    "limits": [],
    "instructions": [],
}
for s in spec["sections"]:
    n = str(s["number"])
    out["sections"].append({"id": n, "title": s["title"]})
    out["limits"].append({
        "id": f"section-{n}", "section": n, "max": s["limit_chars"],
        "questions": s["limit_scope"], "text": s["limit_text"],
    })
    for ins in s["instructions"]:
        kinds = ["challenges", "success_factors"] if ins["kind"] == "challenges" else [ins["kind"]]
        for k in kinds:
            out["instructions"].append({
                "id": f"{n}-{k.replace('_', '-')}",
                "check": k,
                "mode": "each" if k == "actors" else "any",
                "questions": ins["applies_to"],
                "text": ins["text"],
            })
for q in spec["questions"]:
    o = {"id": q["id"], "section": str(q["section"]), "topic": q["topic"]}
    if q.get("parent"):
        o["group"] = q["parent"]
        o["stem"] = q["stem"]
    o["text"] = q["text"]
    if q["kind"] == "text":
        o["kind"] = "text"
    else:
        o["kind"] = "choice"
        o["choices"] = []
        for c in q["choices"]:
            e = explain[c["value"]]
            ch = {"id": c["value"], "label": {"sv": L[c["value"]][0], "en": L[c["value"]][1]}, "explanation": e[0]}
            if e[1]:
                ch["prompt"] = {"sv": e[1], "en": e[2]}
            o["choices"].append(ch)
    o["optional"] = q["optional"]
    if q.get("footnote"):
        o["footnote"] = q["footnote"]["resolved_text"]
    out["questions"].append(o)
    # The question text itself asks for goals (prestationer) and a basis (effekter).
    if q["topic"] == "prestationer":
        out["instructions"].append({"id": f"{q['id']}-goals", "check": "goals", "mode": "each", "questions": [q["id"]],
                                     "text": "Beskriv … vilka mål prestationerna bidrar till."})
    if q["topic"] == "effekter":
        out["instructions"].append({"id": f"{q['id']}-basis", "check": "basis", "mode": "each", "questions": [q["id"]],
                                     "text": "Ange om ni baserar resultatbeskrivningen på en uppföljning, utvärdering eller egen bedömning."})
        out["instructions"].append({"id": f"{q['id']}-goals", "check": "goals", "mode": "each", "questions": [q["id"]],
                                     "text": "Beskriv … vilka mål effekterna bidrar till."})
for k, v in vocab.items():  # "*x" (inside a word) already covers "x" (word start)
    vocab[k] = [w for w in v if not (not w.startswith("*") and "*" + w in v)]
json.dump(out, sys.stdout, ensure_ascii=False, indent=2)
print()
