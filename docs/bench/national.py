#!/usr/bin/env python3
"""A generated national cooperation graph, imported through the product's own spreadsheet import.

    python3 docs/bench/national.py --size national --out /tmp/national            # writes the CSV files only
    python3 docs/bench/national.py --size national --url http://localhost:8080     # writes them and imports them

The six healthcare regions, the 21 regions and the 290 municipalities carry their real names and codes (SCB's
county and municipality codes); everything else (hospitals, vårdcentraler and clinics, groups, flows, agreements,
assignments, decisions, events) is generated from a fixed seed, so every run writes the same files. Every generated
fact is marked so that it can never be taken for a source: its id begins with "gen-", its name of a generated
place or organisation ends in "(gen)", its provenance is INFERRED with the reason "Genererad testdata ...", and its
evidence is a quote from one Document, "GENERERAD TESTDATA - inte en källa", that the script creates first.

Agreements carry a status (in force, stated missing, draft, expired); assignments carry none, as the import has no
columns for status observations (only the data files state them).

The import goes through HTTP as an administrator (POST /import/<Kind>, POST /import/relations), in files of at
most --rows rows (the import's default limit, samverkanskartan.editing.import.max-rows, is 5,000), nodes before
relations; the script reports rows per second for node rows and relation rows separately. A refused file stops it
with the file, the row and the column of every problem.

Python 3 standard library only.
"""

import argparse
import base64
import csv
import io
import json
import os
import random
import sys
import time
import urllib.error
import urllib.request

SEED = 13
DOCUMENT = "gen-doc-national-testdata"
DOCUMENT_NAME = "GENERERAD TESTDATA - inte en källa (docs/bench/national.py)"
REASON = "Genererad testdata (docs/bench/national.py), inte hämtad ur någon källa"

# The six healthcare regions (sjukvårdsregioner) and their member regions by county code; Halland's
# municipalities are split between Södra (Halmstad, Hylte, Laholm) and Västra (Kungsbacka, Varberg, Falkenberg).
HEALTHCARE_REGIONS = [
    ("norra", "Norra sjukvårdsregionen", ["22", "23", "24", "25"]),
    ("stockholm-gotland", "Sjukvårdsregion Stockholm-Gotland", ["01", "09"]),
    ("mellansverige", "Sjukvårdsregion Mellansverige", ["03", "04", "17", "18", "19", "20", "21"]),
    ("sydostra", "Sydöstra sjukvårdsregionen", ["05", "06", "08"]),
    ("vastra", "Västra sjukvårdsregionen", ["13", "14"]),
    ("sodra", "Södra sjukvårdsregionen", ["07", "10", "12", "13"]),
]
HALLAND_SPLIT = {"sodra": ["Halmstad", "Hylte", "Laholm"], "vastra": ["Kungsbacka", "Varberg", "Falkenberg"]}

REGIONS = {
    "01": "Region Stockholm", "03": "Region Uppsala", "04": "Region Sörmland", "05": "Region Östergötland",
    "06": "Region Jönköpings län", "07": "Region Kronoberg", "08": "Region Kalmar län", "09": "Region Gotland",
    "10": "Region Blekinge", "12": "Region Skåne", "13": "Region Halland", "14": "Västra Götalandsregionen",
    "17": "Region Värmland", "18": "Region Örebro län", "19": "Region Västmanland", "20": "Region Dalarna",
    "21": "Region Gävleborg", "22": "Region Västernorrland", "23": "Region Jämtland Härjedalen",
    "24": "Region Västerbotten", "25": "Region Norrbotten",
}

# The 290 municipalities by their four-digit code (the first two digits are the county's).
MUNICIPALITIES = """
0114 Upplands Väsby|0115 Vallentuna|0117 Österåker|0120 Värmdö|0123 Järfälla|0125 Ekerö|0126 Huddinge|0127 Botkyrka
0128 Salem|0136 Haninge|0138 Tyresö|0139 Upplands-Bro|0140 Nykvarn|0160 Täby|0162 Danderyd|0163 Sollentuna
0180 Stockholm|0181 Södertälje|0182 Nacka|0183 Sundbyberg|0184 Solna|0186 Lidingö|0187 Vaxholm|0188 Norrtälje
0191 Sigtuna|0192 Nynäshamn|0305 Håbo|0319 Älvkarleby|0330 Knivsta|0331 Heby|0360 Tierp|0380 Uppsala|0381 Enköping
0382 Östhammar|0428 Vingåker|0461 Gnesta|0480 Nyköping|0481 Oxelösund|0482 Flen|0483 Katrineholm|0484 Eskilstuna
0486 Strängnäs|0488 Trosa|0509 Ödeshög|0512 Ydre|0513 Kinda|0560 Boxholm|0561 Åtvidaberg|0562 Finspång
0563 Valdemarsvik|0580 Linköping|0581 Norrköping|0582 Söderköping|0583 Motala|0584 Vadstena|0586 Mjölby|0604 Aneby
0617 Gnosjö|0642 Mullsjö|0643 Habo|0662 Gislaved|0665 Vaggeryd|0680 Jönköping|0682 Nässjö|0683 Värnamo|0684 Sävsjö
0685 Vetlanda|0686 Eksjö|0687 Tranås|0760 Uppvidinge|0761 Lessebo|0763 Tingsryd|0764 Alvesta|0765 Älmhult
0767 Markaryd|0780 Växjö|0781 Ljungby|0821 Högsby|0834 Torsås|0840 Mörbylånga|0860 Hultsfred|0861 Mönsterås
0862 Emmaboda|0880 Kalmar|0881 Nybro|0882 Oskarshamn|0883 Västervik|0884 Vimmerby|0885 Borgholm|0980 Gotland
1060 Olofström|1080 Karlskrona|1081 Ronneby|1082 Karlshamn|1083 Sölvesborg|1214 Svalöv|1230 Staffanstorp
1231 Burlöv|1233 Vellinge|1256 Östra Göinge|1257 Örkelljunga|1260 Bjuv|1261 Kävlinge|1262 Lomma|1263 Svedala
1264 Skurup|1265 Sjöbo|1266 Hörby|1267 Höör|1270 Tomelilla|1272 Bromölla|1273 Osby|1275 Perstorp|1276 Klippan
1277 Åstorp|1278 Båstad|1280 Malmö|1281 Lund|1282 Landskrona|1283 Helsingborg|1284 Höganäs|1285 Eslöv|1286 Ystad
1287 Trelleborg|1290 Kristianstad|1291 Simrishamn|1292 Ängelholm|1293 Hässleholm|1315 Hylte|1380 Halmstad
1381 Laholm|1382 Falkenberg|1383 Varberg|1384 Kungsbacka|1401 Härryda|1402 Partille|1407 Öckerö|1415 Stenungsund
1419 Tjörn|1421 Orust|1427 Sotenäs|1430 Munkedal|1435 Tanum|1438 Dals-Ed|1439 Färgelanda|1440 Ale|1441 Lerum
1442 Vårgårda|1443 Bollebygd|1444 Grästorp|1445 Essunga|1446 Karlsborg|1447 Gullspång|1452 Tranemo|1460 Bengtsfors
1461 Mellerud|1462 Lilla Edet|1463 Mark|1465 Svenljunga|1466 Herrljunga|1470 Vara|1471 Götene|1472 Tibro
1473 Töreboda|1480 Göteborg|1481 Mölndal|1482 Kungälv|1484 Lysekil|1485 Uddevalla|1486 Strömstad|1487 Vänersborg
1488 Trollhättan|1489 Alingsås|1490 Borås|1491 Ulricehamn|1492 Åmål|1493 Mariestad|1494 Lidköping|1495 Skara
1496 Skövde|1497 Hjo|1498 Tidaholm|1499 Falköping|1715 Kil|1730 Eda|1737 Torsby|1760 Storfors|1761 Hammarö
1762 Munkfors|1763 Forshaga|1764 Grums|1765 Årjäng|1766 Sunne|1780 Karlstad|1781 Kristinehamn|1782 Filipstad
1783 Hagfors|1784 Arvika|1785 Säffle|1814 Lekeberg|1860 Laxå|1861 Hallsberg|1862 Degerfors|1863 Hällefors
1864 Ljusnarsberg|1880 Örebro|1881 Kumla|1882 Askersund|1883 Karlskoga|1884 Nora|1885 Lindesberg
1904 Skinnskatteberg|1907 Surahammar|1960 Kungsör|1961 Hallstahammar|1962 Norberg|1980 Västerås|1981 Sala
1982 Fagersta|1983 Köping|1984 Arboga|2021 Vansbro|2023 Malung-Sälen|2026 Gagnef|2029 Leksand|2031 Rättvik
2034 Orsa|2039 Älvdalen|2061 Smedjebacken|2062 Mora|2080 Falun|2081 Borlänge|2082 Säter|2083 Hedemora|2084 Avesta
2085 Ludvika|2101 Ockelbo|2104 Hofors|2121 Ovanåker|2132 Nordanstig|2161 Ljusdal|2180 Gävle|2181 Sandviken
2182 Söderhamn|2183 Bollnäs|2184 Hudiksvall|2260 Ånge|2262 Timrå|2280 Härnösand|2281 Sundsvall|2282 Kramfors
2283 Sollefteå|2284 Örnsköldsvik|2303 Ragunda|2305 Bräcke|2309 Krokom|2313 Strömsund|2321 Åre|2326 Berg
2361 Härjedalen|2380 Östersund|2401 Nordmaling|2403 Bjurholm|2404 Vindeln|2409 Robertsfors|2417 Norsjö|2418 Malå
2421 Storuman|2422 Sorsele|2425 Dorotea|2460 Vännäs|2462 Vilhelmina|2463 Åsele|2480 Umeå|2481 Lycksele
2482 Skellefteå|2505 Arvidsjaur|2506 Arjeplog|2510 Jokkmokk|2513 Överkalix|2514 Kalix|2518 Övertorneå|2521 Pajala
2523 Gällivare|2560 Älvsbyn|2580 Luleå|2581 Piteå|2582 Boden|2583 Haparanda|2584 Kiruna
"""

CARE_AREAS = [
    "Ortopedi", "Urologi", "Benign gynekologi", "Allmänkirurgi", "Kärlkirurgi", "Öron-näsa-hals", "Ögon",
    "Plastikkirurgi", "Handkirurgi", "Thoraxkirurgi", "Neurokirurgi", "Bröstkirurgi", "Kolorektal kirurgi",
    "Endoskopi", "Anestesi", "Intensivvård", "Barnkirurgi", "Onkologi", "Kardiologi", "Psykiatri", "Geriatrik",
    "Rehabilitering", "Radiologi", "Laboratoriemedicin", "Förlossning", "Neonatologi", "Hudsjukvård", "Reumatologi",
    "Endokrinologi", "Allmänmedicin",
]

# Generated counts for the size "national"; "x5" multiplies each by five. The geography stays as it is.
COUNTS = {
    "Hospital": 80, "Facility": 300, "PrivateProvider": 200, "Unit": 9500, "Group": 600, "Programme": 150,
    "Assignment": 800, "Agreement": 1200, "Flow": 2400, "Decision": 2000, "Event": 2500, "Barrier": 300,
}
SIZES = {"national": 1, "x5": 5}

# The order of the node files: every relation's ends exist before the relations are imported.
KIND_ORDER = ["HealthcareRegion", "Region", "Municipality", "CareArea", "Body", "PrivateProvider", "Hospital",
              "Facility", "Unit", "Group", "Programme", "Assignment", "Agreement", "Flow", "Decision", "Event",
              "Barrier"]


class Graph:
    """The generated facts: node rows by kind and relation rows, each as the import's columns."""

    def __init__(self, size):
        self.rng = random.Random(SEED)
        self.scale = SIZES[size]
        self.nodes = {kind: [] for kind in KIND_ORDER}
        self.relations = []
        self.seen = set()

    def count(self, kind):
        return COUNTS[kind] * self.scale

    def node(self, kind, id, name, **cells):
        row = {"id": id, "name": name, "provenance": "INFERRED", "reason": REASON}
        row.update(cells)
        self.evidence(row, f"{kind} {id}")
        self.nodes[kind].append(row)
        return id

    def relate(self, type, source, target, **cells):
        if (type, source, target) in self.seen:
            return
        self.seen.add((type, source, target))
        row = {"id": f"gen-rel-{len(self.relations) + 1:07d}", "type": type, "from": source, "to": target,
               "provenance": "INFERRED", "reason": REASON}
        row.update(cells)
        self.evidence(row, f"{type} {source} {target}")
        self.relations.append(row)

    @staticmethod
    def evidence(row, what):
        # One claim per fact, as sources give them: each quote names the fact it supports.
        row["evidenceDocument"] = DOCUMENT
        row["evidenceLocator"] = "genererad post " + row["id"]
        row["evidenceQuote"] = "Genererad testdata: " + what

    def pick(self, items, k):
        return self.rng.sample(items, min(k, len(items)))

    def year(self, start=2012, end=2026):
        return str(self.rng.randint(start, end))


def municipalities():
    entries = [entry.split(" ", 1) for line in MUNICIPALITIES.split("\n") for entry in line.split("|") if entry]
    assert len(entries) == 290, len(entries)
    return entries


def generate(size):
    g = Graph(size)
    rng = g.rng
    health_regions = {}
    for slug, name, counties in HEALTHCARE_REGIONS:
        health_regions[slug] = g.node("HealthcareRegion", f"gen-hr-{slug}", name,
                                      description="Sjukvårdsregion med regionerna " + ", ".join(REGIONS[c] for c in counties))
    regions = {code: g.node("Region", f"gen-region-{code}", name, code=code) for code, name in REGIONS.items()}
    for slug, _, counties in HEALTHCARE_REGIONS:
        for county in counties:
            if county == "13":
                g.relate("MEMBER_OF", regions[county], health_regions[slug], partial="true",
                         municipalities=";".join(HALLAND_SPLIT[slug]))
            else:
                g.relate("MEMBER_OF", regions[county], health_regions[slug])
    towns = []
    by_region = {code: [] for code in REGIONS}
    for code, name in municipalities():
        id = g.node("Municipality", f"gen-municipality-{code}", name, code=code)
        towns.append((id, name, code[:2]))
        by_region[code[:2]].append(id)
        g.relate("PART_OF", id, regions[code[:2]])
    care = [g.node("CareArea", f"gen-care-{i + 1:02d}", name + " (gen)") for i, name in enumerate(CARE_AREAS)]
    bodies = {}
    for code, name in REGIONS.items():
        for suffix, label, kind in [("hsn", "Hälso- och sjukvårdsnämnden", "NAMND"),
                                    ("rf", "Regionfullmäktige", "FULLMAKTIGE"),
                                    ("ledning", "Regionledningsgruppen", "LEDNINGSGRUPP")]:
            id = g.node("Body", f"gen-body-{code}-{suffix}", f"{label}, {name} (gen)", bodyKind=kind)
            bodies.setdefault(code, []).append(id)
            g.relate("BELONGS_TO", id, regions[code])
    for slug, name, _ in HEALTHCARE_REGIONS:
        id = g.node("Body", f"gen-body-hr-{slug}", f"Samverkansnämnden, {name} (gen)", bodyKind="SJUKVARDSREGIONAL_NAMND")
        g.relate("BELONGS_TO", id, health_regions[slug])
    all_bodies = [b for bs in bodies.values() for b in bs]
    providers = []
    for i in range(g.count("PrivateProvider")):
        providers.append(g.node("PrivateProvider", f"gen-provider-{i + 1:05d}", f"Vårdbolag {i + 1} (gen)"))
    hospitals = []
    hospital_region = {}
    for i in range(g.count("Hospital")):
        town_id, town, county = towns[rng.randrange(len(towns))] if i >= len(REGIONS) else \
            next(t for t in towns if t[2] == list(REGIONS)[i])
        id = g.node("Hospital", f"gen-hospital-{i + 1:04d}", f"Sjukhuset i {town} {i + 1} (gen)", city=town,
                    latitude=f"{rng.uniform(55.4, 67.8):.4f}", longitude=f"{rng.uniform(11.2, 23.8):.4f}")
        hospitals.append(id)
        hospital_region[id] = county
        g.relate("PART_OF", id, regions[county])
        g.relate("OPERATES", regions[county], id)
    facilities = []
    for i in range(g.count("Facility")):
        hospital = hospitals[i % len(hospitals)]
        id = g.node("Facility", f"gen-facility-{i + 1:05d}", f"Operationsenhet {i + 1} (gen)",
                    facilityKind=rng.choice(["PRODUCTION_THEATRE", "OTHER"]))
        facilities.append(id)
        g.relate("PART_OF", id, hospital)
        g.relate("OPERATES", regions[hospital_region[hospital]], id)
        g.relate("CONCERNS", id, rng.choice(care))
    units = []
    primary = g.count("Unit") * 3 // 19
    for i in range(g.count("Unit")):
        if i < primary:
            town_id, town, county = towns[i % len(towns)]
            id = g.node("Unit", f"gen-unit-{i + 1:06d}", f"Vårdcentralen {town} {i + 1} (gen)", specialty="Allmänmedicin")
            g.relate("PART_OF", id, regions[county])
            owner = rng.choice(providers) if rng.random() < 0.25 else regions[county]
            g.relate("OPERATES", owner, id)
        else:
            hospital = hospitals[i % len(hospitals)]
            area = CARE_AREAS[i % len(CARE_AREAS)]
            id = g.node("Unit", f"gen-unit-{i + 1:06d}", f"{area}kliniken {i + 1} (gen)", specialty=area)
            g.relate("PART_OF", id, hospital)
            g.relate("OPERATES", regions[hospital_region[hospital]], id)
        units.append(id)
    groups = []
    for i in range(g.count("Group")):
        code = rng.choice(list(REGIONS))
        kind = rng.choice(["CHEFSSAMRAD", "OPERATIONS_GROUP", "TEAM", "WORKING_GROUP", "NETWORK"])
        id = g.node("Group", f"gen-group-{i + 1:05d}", f"Samverkansgrupp {i + 1} (gen)", groupKind=kind,
                    level=rng.choice(["LOCAL", "REGIONAL", "HEALTHCARE_REGIONAL", "NATIONAL"]), validFrom=g.year())
        groups.append(id)
        g.relate("LEADS", rng.choice(bodies[code]), id)
        g.relate("CONCERNS", id, rng.choice(care))
        for region in g.pick(list(regions.values()), 2):
            g.relate("PARTICIPATES_IN", region, id, role="part")
        for hospital in g.pick(hospitals, 4):
            g.relate("PARTICIPATES_IN", hospital, id)
            g.relate("SUPPORTS", id, hospital)
        for unit in g.pick(units, 10):
            g.relate("SUPPORTS", id, unit)
        for town in g.pick(by_region[code], 2):
            g.relate("PARTICIPATES_IN", town, id)
        if i > 0 and rng.random() < 0.5:
            g.relate("COORDINATES", id, groups[rng.randrange(i)])
        if i > 0 and rng.random() < 0.5:
            g.relate("PART_OF", id, groups[rng.randrange(i)])
    for unit in units:
        for group in g.pick(groups, 3):
            g.relate("PARTICIPATES_IN", unit, group)
    programmes = []
    for i in range(g.count("Programme")):
        id = g.node("Programme", f"gen-programme-{i + 1:04d}", f"Handlingsplan {i + 1} (gen)",
                    programmeKind=rng.choice(["PLAN", "PROGRAMME", "ACTION_PLAN", "BUDGET"]), validFrom=g.year())
        programmes.append(id)
        g.relate("LEADS", rng.choice(all_bodies), id)
        for target in g.pick(list(regions.values()), 2) + g.pick(hospitals, 2):
            g.relate("TARGETS", id, target, effect=rng.choice(["INCREASE", "FOLLOW_UP", "CONCENTRATE"]))
    assignments = []
    for i in range(g.count("Assignment")):
        id = g.node("Assignment", f"gen-assignment-{i + 1:05d}", f"Uppdrag {i + 1} (gen)", number=f"G{i + 1}",
                    assignmentKind=rng.choice(["DELPROJEKT", "FARDPLANSUPPDRAG", "NAMNDUPPDRAG", "UTREDNINGSUPPDRAG"]),
                    area=rng.choice(CARE_AREAS), validFrom=g.year(2018))
        assignments.append(id)
        g.relate("PART_OF", id, rng.choice(programmes))
        g.relate("ASSIGNED_TO", id, rng.choice(groups))
        g.relate("LEADS", rng.choice(groups), id)
        g.relate("FOLLOWS_UP", rng.choice(all_bodies), id)
        g.relate("CONCERNS", id, rng.choice(care))
        for target in g.pick(units, 5):
            g.relate("TARGETS", id, target,
                     effect=rng.choice(["INCREASE", "DECREASE", "DISCONTINUE", "CONCENTRATE", "FOLLOW_UP"]))
    flows = []
    places = hospitals + list(regions.values()) + facilities[:50]
    for i in range(g.count("Flow")):
        known = rng.random() < 0.7
        id = g.node("Flow", f"gen-flow-{i + 1:05d}", f"Flöde {i + 1} (gen)",
                    subject=rng.choice(["PATIENTS", "OPERATIONS", "STAFF"]),
                    acuity=rng.choice(["AKUT", "SUBAKUT", "ELEKTIV", "MIXED"]),
                    mechanism=rng.choice(["REDISTRIBUTION", "VISITING_OPERATORS", "CONCENTRATION", "COORDINATION"]),
                    directionKnown="true" if known else "false", validFrom=g.year())
        flows.append(id)
        a, b = g.pick(places, 2)
        if known:
            g.relate("FROM", id, a)
            g.relate("TO", id, b)
        else:
            g.relate("BETWEEN", id, a)
            g.relate("BETWEEN", id, b)
        g.relate("VIA", id, rng.choice(groups))
        g.relate("CONCERNS", id, rng.choice(care))
    parties = list(regions.values()) + hospitals + providers[:50]
    statuses = ["IN_FORCE"] * 6 + ["STATED_MISSING"] * 2 + ["DRAFT", "EXPIRED"]
    for i in range(g.count("Agreement")):
        start = int(g.year(2010, 2024))
        status = rng.choice(statuses)
        cells = {"agreementKind": rng.choice(["SAMVERKANSAVTAL", "REGIONAVTAL", "MELLANLANSAVTAL", "VARDAVTAL",
                                              "OVERENSKOMMELSE"]),
                 "binding": rng.choice(["true", "false"]), "status": status, "validFrom": str(start)}
        if status == "EXPIRED":
            cells["validTo"] = str(start + rng.randint(1, 3))
        id = g.node("Agreement", f"gen-agreement-{i + 1:05d}", f"Avtal {i + 1} (gen)", **cells)
        for party in g.pick(parties, rng.choice([2, 2, 3, 3, 4])):
            g.relate("PARTY_TO", party, id)
        g.relate("GOVERNS", id, rng.choice(flows))
        g.relate("GOVERNS", id, rng.choice(groups + assignments))
        g.relate("CONCERNS", id, rng.choice(care))
    decisions = []
    for i in range(g.count("Decision")):
        id = g.node("Decision", f"gen-decision-{i + 1:05d}", f"Beslut {i + 1} (gen)",
                    date=f"{g.year(2015, 2025)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
                    paragraph=f"§ {rng.randint(1, 200)}", decisionStage=rng.choice(["DECIDED", "DECIDED", "PROPOSED"]))
        decisions.append(id)
        g.relate("DECIDED_BY", id, rng.choice(all_bodies))
        g.relate("DECIDES", id, rng.choice(assignments + programmes + groups))
    for i in range(g.count("Event")):
        id = g.node("Event", f"gen-event-{i + 1:05d}", f"Möte {i + 1} (gen)",
                    date=f"{g.year(2018, 2025)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
                    eventKind=rng.choice(["VISIT", "MEETING", "DIALOGUE", "CONFERENCE", "INFORMATION"]))
        g.relate("HELD_AT", id, rng.choice(hospitals))
        g.relate("HELD_BY", id, rng.choice(groups))
        g.relate("ABOUT", id, rng.choice(assignments + groups))
        g.relate("CONCERNS", id, rng.choice(care))
    for i in range(g.count("Barrier")):
        id = g.node("Barrier", f"gen-barrier-{i + 1:05d}", f"Hinder {i + 1} (gen)",
                    description="Genererat hinder, t.ex. bemanning eller saknade långsiktiga åtaganden")
        g.relate("HINDERS", id, rng.choice(assignments))
        g.relate("HINDERS", id, rng.choice(flows))
        g.relate("CONCERNS", id, rng.choice(care))
    return g


def files(rows, rows_per_file):
    for start in range(0, len(rows), rows_per_file):
        yield rows[start:start + rows_per_file]


def csv_bytes(rows):
    columns = []
    for row in rows:
        columns.extend(c for c in row if c not in columns)
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=columns, lineterminator="\r\n")
    writer.writeheader()
    writer.writerows(rows)
    return out.getvalue().encode("utf-8")


def write(g, directory, rows_per_file):
    """Writes the CSV files in import order and returns them as (path, kind or 'relations', rows)."""
    os.makedirs(directory, exist_ok=True)
    written = []
    number = 0
    for kind in KIND_ORDER:
        for part, rows in enumerate(files(g.nodes[kind], rows_per_file)):
            number += 1
            written.append((os.path.join(directory, f"{number:03d}-{kind}-{part + 1}.csv"), kind, rows))
    for part, rows in enumerate(files(g.relations, rows_per_file)):
        number += 1
        written.append((os.path.join(directory, f"{number:03d}-relations-{part + 1}.csv"), "relations", rows))
    for path, _, rows in written:
        with open(path, "wb") as out:
            out.write(csv_bytes(rows))
    return written


class Api:

    def __init__(self, url, user):
        self.url = url.rstrip("/")
        self.auth = "Basic " + base64.b64encode(user.encode()).decode()

    def post(self, path, body, content_type):
        request = urllib.request.Request(self.url + path, data=body, method="POST",
                                         headers={"Authorization": self.auth, "Content-Type": content_type})
        try:
            with urllib.request.urlopen(request, timeout=3600) as response:
                return response.status, json.loads(response.read())
        except urllib.error.HTTPError as error:
            text = error.read().decode("utf-8", "replace")
            try:
                return error.code, json.loads(text)
            except ValueError:
                return error.code, {"errors": [{"row": 0, "column": "", "message": text[:500]}]}

    def wait_until_up(self, seconds=900):
        """Waits for the application, e.g. while ./run builds it."""
        deadline = time.time() + seconds
        while True:
            try:
                with urllib.request.urlopen(self.url + "/actuator/health", timeout=10) as response:
                    if json.loads(response.read()).get("status") == "UP":
                        return
            except (urllib.error.URLError, OSError, ValueError):
                pass
            if time.time() > deadline:
                sys.exit(f"{self.url} did not answer UP within {seconds} s")
            time.sleep(2)

    def document(self):
        """The generated Document that all evidence cites, created unless it exists."""
        query = """mutation($input: CreateNodeInput!) { createNode(input: $input) { id } }"""
        variables = {"input": {"kind": "DOCUMENT", "id": DOCUMENT, "name": DOCUMENT_NAME, "provenance": "INFERRED",
                               "reason": REASON,
                               "description": "Påhittade fakta för prestandamätning; ingen av dem finns i en källa.",
                               "properties": [{"name": "publisher", "value": "docs/bench/national.py"}]}}
        status, answer = self.post("/graphql", json.dumps({"query": query, "variables": variables}).encode(),
                                   "application/json")
        errors = answer.get("errors") or []
        if status != 200 or (errors and "exists already" not in json.dumps(errors)):
            sys.exit(f"creating the document {DOCUMENT} failed: {status} {json.dumps(answer)[:1000]}")


def load(api, written, stop_after_relations=None):
    api.wait_until_up()
    api.document()
    totals = {"nodes": [0, 0.0], "relations": [0, 0.0]}
    for path, name, rows in written:
        part = "relations" if name == "relations" else "nodes"
        if part == "relations" and stop_after_relations is not None and totals["relations"][0] >= stop_after_relations:
            break
        with open(path, "rb") as f:
            body = f.read()
        started = time.perf_counter()
        status, report = api.post("/import/" + name, body, "text/csv")
        seconds = time.perf_counter() - started
        if status != 200 or not report.get("applied"):
            problems = "\n".join(f"  {os.path.basename(path)}, row {e['row']}, column {e['column']}: {e['message']}"
                                 for e in report.get("errors", [])[:20])
            sys.exit(f"{os.path.basename(path)} was refused ({status}), nothing of it was written:\n{problems}")
        totals[part][0] += len(rows)
        totals[part][1] += seconds
        print(f"{os.path.basename(path):28} {len(rows):6} rows {seconds:8.2f} s {len(rows) / seconds:8.1f} rows/s",
              flush=True)
    return totals


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--size", choices=sorted(SIZES), default="national")
    parser.add_argument("--out", default=None, help="directory for the CSV files (default /tmp/samverkanskartan-<size>)")
    parser.add_argument("--url", help="the running application; without it the files are only written")
    parser.add_argument("--user", default="admin:admin-dev", help="an administrator, as name:password")
    parser.add_argument("--rows", type=int, default=5000, help="rows per file (at most the import's max-rows)")
    parser.add_argument("--stop-after-relations", type=int, default=None,
                        help="import only the first files of relations, this many rows or a file more")
    args = parser.parse_args()
    g = generate(args.size)
    node_rows = sum(len(rows) for rows in g.nodes.values())
    written = write(g, args.out or f"/tmp/samverkanskartan-{args.size}", args.rows)
    print(f"{args.size}: {node_rows} node rows, {len(g.relations)} relation rows, {len(written)} files in "
          f"{os.path.dirname(written[0][0])}", flush=True)
    if not args.url:
        return
    started = time.perf_counter()
    totals = load(Api(args.url, args.user), written, args.stop_after_relations)
    elapsed = time.perf_counter() - started
    for part, (rows, seconds) in totals.items():
        if rows:
            print(f"{part:9}: {rows:7} rows in {seconds:8.1f} s = {rows / seconds:8.1f} rows/s")
    print(f"total    : {totals['nodes'][0] + totals['relations'][0]:7} rows in {elapsed:8.1f} s")


if __name__ == "__main__":
    main()
