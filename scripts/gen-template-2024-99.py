#!/usr/bin/env python3
"""One-off generator: turns the extracted form structure (template-spec.json from the
repair of the 2024 PDF) into formkoll's template format. The output,
templates/resultatredovisning-2024-99.json, is the source of truth and is committed;
edit this script and regenerate rather than editing the JSON by hand. Usage:
    python3 scripts/gen-template-2024-99.py tests/fixtures/template-spec.json > templates/resultatredovisning-2024-99.json
(tests/vocabulary.rs checks that the committed template is exactly this output.)
"""
import json, sys

spec = json.load(open(sys.argv[1]))

# Patterns (docs/rules.md, "Matching"): "kommun" is the word and its inflected
# forms (kommunen, kommunerna, kommuns), "kommun*" also longer words beginning so
# (kommunförbundet), "*verket" also compounds ending so (Tillväxtverket).
vocab = {
    "actors": [
        "*kommun", "kommun*", "*region", "landsting", "länsstyrelse", "*myndighet",
        "arbetsförmedling", "försäkringskassa", "*verket", "*departement", "*organisation",
        "*förening", "*förbund", "civilsamhälle", "civila samhälle", "ideell", "näringsliv*",
        "*företag", "*företagare", "företagar*", "*bransch", "bransch*", "*universitet",
        "*skol", "akademi", "lärosäte", "forskare", "vuxenutbildning", "komvux", "*aktör",
        "aktör*", "partner*", "*samverkanspart", "arbetsmarknadens parter", "*nätverk", "nätverk*", "arbetsgivare", "stiftelse",
        "*byalag", "*rådet", "*råden", "*kluster", "*klustr", "inkubator*", "*bolag",
    ],
    "challenges": [
        "*utmaning", "*svårighet", "hinder", "hindr*", "*problem", "problemati*", "risk*",
        "*risk", "*brist", "bristande", "svår", "försvåra*",
    ],
    "success_factors": [
        "*framgångsfaktor", "framgång", "framgångsrik", "lyckat", "lyckad", "lyckades",
        "fungerat väl", "fungerar väl", "fungerat bra", "fungerar bra", "*styrka", "styrkor",
    ],
    "basis": [
        "*uppföljning", "*utvärdering", "egen bedömning", "egna bedömning", "*bedömning",
        "följts upp", "följt upp", "följs upp", "följer upp", "utvärderat", "utvärderats",
        "utvärderade",
    ],
    "goals": ["*mål", "mål*", "*prioritering"],
}

# Words an entry would match that are not what the check looks for.
exclusions = {
    "actors": [
        # The region's own strategy, funds and assemblies are not partners it worked with.
        # In a region's report "regionen" is the writer itself.
        "regional*", "regionfullmäktige", "regionstyrelse*", "regionen",
        # Communication and the municipal adjective are not municipalities.
        "kommunikation*", "kommunal",
        # "*rådet"/"*råden" would match "området", "områden".
        "område*",
        # "*verket" would match rule books and frameworks.
        "regelverk*", "ramverk*",
    ],
    # Venture capital is financing, not a risk.
    "challenges": ["riskkapital*"],
    # A target group, a meal, painting, a goalkeeper are not goals.
    "goals": ["målgrupp*", "måltid*", "måla", "målning*", "målar*", "målvakt*", "målsman*"],
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
    "vocabulary_exclusions": exclusions,
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
