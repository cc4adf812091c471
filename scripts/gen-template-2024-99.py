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

# Words an entry would match that are not what the check looks for. Each family
# was found by listing the Swedish hunspell dictionary's words (hunspell-sv,
# unmunched) that an entry matches, and the words of the real 2024 report
# (tests/fixtures/jamtland-2024.json) that it matches; docs/rules.md has the
# table and tests/vocabulary.rs a look-alike and a real mention per family.
exclusions = {
    "actors": [
        # In a region's report "regionen" is the writer itself. (Its strategy, funds and
        # assemblies, "regionala", "Regionfullmäktige", "regionstyrelsen", need no
        # exclusion: "*region" takes only endings.)
        "regionen",
        # Communication, communism, communion and the municipal adjective are not
        # municipalities ("kommun*").
        "kommunik*", "kommunic*", "kommunis*", "kommunion*", "kommunal",
        # "*rådet"/"*råden" would match every compound of "område" ("insatsområden",
        # "verksamhetsområdet": 1 268 dictionary words) and of "förråd" (a store).
        "*område", "*förråd",
        # A level is not an actor ("på kommunnivå", "branschnivå").
        "*nivå",
        # "*verket" would match rule books, frameworks, crafts, works of art, man-years
        # and power plants.
        "regelverk*", "ramverk*", "*ramverk", "*hantverk", "*konstverk", "*mästerverk",
        "*underverk", "*årsverk", "*dagsverk", "*kraftverk",
        # "partner*": violence between partners; "*organisation": a reorganisation.
        "partnervåld*", "*omorganisation",
    ],
    "challenges": [
        # Venture capital is financing, not a risk.
        "riskkapital*",
        # "*risk" would match the adjectives in -risk (historiskt, elektriska,
        # obligatoriska, solidariska: 587 dictionary words) ...
        "*historisk", "*elektrisk", "*metrisk", "*iatrisk", "*centrisk", "*obligatorisk",
        "*motorisk", "*retorisk", "*notorisk", "*kategorisk", "*provisorisk", "*solidarisk",
        "*parlamentarisk", "*vegetarisk", "*planetarisk", "*fragmentarisk", "*dokumentarisk",
        "*summarisk", "*kulinarisk", "*exemplarisk", "*legendarisk", "*empirisk", "*numerisk",
        "*generisk", "*sfärisk", "*militärisk", "*metaforisk", "*euforisk", "*frisk",
        "*hysterisk", "*lyrisk", "*satirisk", "*asterisk",
        # ... and "risk*" rice ("ris") compounds.
        "riskak*", "riskok*", "riskorn*",
    ],
    # "*styrka": a workforce, a force, a strength of wind, light or current, and the
    # verbs tillstyrka/avstyrka/bestyrka are not success factors.
    "success_factors": [
        "*arbetsstyrka", "*personalstyrka", "*insatsstyrka", "*polisstyrka", "*tillstyrka",
        "*avstyrka", "*bestyrka", "*vindstyrka", "*ljusstyrka", "*ljudstyrka", "*signalstyrka",
        "*strömstyrka", "*alkoholstyrka",
    ],
    "goals": [
        # A target group, a meal, painting, a goalkeeper are not goals ("mål*") ...
        "målgrupp*", "måltid*", "måla", "målning*", "målar*", "målvakt*", "målsman*",
        "målad*", "målande*", "måleri*", "mållös*", "målsägande*", "målspråk*", "målbrott*",
        # ... nor the goals of sport ...
        "målgång*", "målskytt*", "målchans*", "målbur*", "mållinje*", "målskillnad*",
        "målfoto*", "målkamera*",
        # ... nor the words in -mål that are purposes, objects, wishes, complaints,
        # delays, destinations, grain, languages, court cases or meals ("*mål").
        "*ändamål", "*föremål", "*önskemål", "*klagomål", "*dröjsmål", "*spörsmål",
        "*besöksmål", "*resmål", "*resemål", "*turistmål", "*utflyktsmål", "*semestermål",
        "*spannmål", "*modersmål", "*tungomål", "*bygdemål", "*slagsmål", "*tvistemål",
        "*brottmål", "*brottsmål", "*vittnesmål", "*giftermål", "*mellanmål", "*göromål",
        "*självmål",
    ],
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
# What each check's finding asks for, after "Fråga 1.1: " or "Avsnitt 1 (frågorna …): ";
# %{scope} places the questions in scope inside the message instead (docs/rules.md).
MESSAGES = {
    "actors": ("ange vilka aktörer ni har samverkat med (till exempel kommuner, myndigheter, organisationer eller näringslivet)",
               "name the actors you have worked with (for example municipalities, government agencies, organisations or business)"),
    "challenges": ("beskriv utmaningar i genomförandet%{scope}", "describe challenges in the implementation%{scope}"),
    "success_factors": ("beskriv framgångsfaktorer i genomförandet%{scope}", "describe success factors in the implementation%{scope}"),
    "basis": ("ange om beskrivningen bygger på uppföljning, utvärdering eller egen bedömning",
              "state whether the description rests on monitoring (uppföljning), evaluation (utvärdering) or your own assessment (egen bedömning)"),
    # Each goals check asks what its question asks: the goals of the prestationer, or of the effekter.
    "goals-prestationer": ("ange vilka mål prestationerna bidrar till", "name the goals the outputs (prestationerna) contribute to"),
    "goals-effekter": ("ange vilka mål effekterna bidrar till", "name the goals the effects (effekterna) contribute to"),
}


def message(key):
    sv, en = MESSAGES[key]
    return {"sv": sv, "en": en}


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
                "message": message(k),
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
                                     "message": message("goals-prestationer"),
                                     "text": "Beskriv … vilka mål prestationerna bidrar till."})
    if q["topic"] == "effekter":
        out["instructions"].append({"id": f"{q['id']}-basis", "check": "basis", "mode": "each", "questions": [q["id"]],
                                     "message": message("basis"),
                                     "text": "Ange om ni baserar resultatbeskrivningen på en uppföljning, utvärdering eller egen bedömning."})
        out["instructions"].append({"id": f"{q['id']}-goals", "check": "goals", "mode": "each", "questions": [q["id"]],
                                     "message": message("goals-effekter"),
                                     "text": "Beskriv … vilka mål effekterna bidrar till."})
for k, v in vocab.items():  # "*x" (inside a word) already covers "x" (word start)
    vocab[k] = [w for w in v if not (not w.startswith("*") and "*" + w in v)]
json.dump(out, sys.stdout, ensure_ascii=False, indent=2)
print()
