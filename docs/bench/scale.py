#!/usr/bin/env python3
"""The reads of issue 13's table, sequentially over loopback: p50/p99 and how much each returned.

Run it on today's data and on the generated national set (docs/bench/national.py) to see whether a read's cost
follows what it returns or the size of the graph.

Usage: docs/bench/scale.py [base-url] [requests-per-query] [healthcare-region-id] [hospital-id]
       e.g. docs/bench/scale.py http://localhost:8080 100 hr-sodra hospital-sus
"""
import base64
import json
import statistics
import sys
import time
import urllib.request

BASE = sys.argv[1] if len(sys.argv) > 1 else "http://localhost:8080"
N = int(sys.argv[2]) if len(sys.argv) > 2 else 100
HEALTHCARE_REGION = sys.argv[3] if len(sys.argv) > 3 else "hr-sodra"
HOSPITAL = sys.argv[4] if len(sys.argv) > 4 else "hospital-sus"

NETWORK_FIELDS = "nodes { id kind label parent gap regions careAreas } edges { id type source target gap }"
QUERIES = {
    "network of one healthcare region": (
        f'{{ network(healthcareRegions: ["{HEALTHCARE_REGION}"]) {{ {NETWORK_FIELDS} }} }}', "network.nodes"),
    "neighbourhood depth 2 of a hospital": (
        f'{{ neighbourhood(id: "{HOSPITAL}", depth: 2) {{ {NETWORK_FIELDS} }} }}', "neighbourhood.nodes"),
    "agreementGaps, whole country": (
        "{ agreementGaps { stated { id cooperation { id } organisations { id } } derived { id cooperation { id } } } }",
        "agreementGaps.derived"),
    "search": ('{ search(text: "urologi") { score node { id name } } }', "search"),
    "changes": ('{ changes(from: "2023-01-01", to: "2025-12-31") { added { id } removed { id } changed { id } } }',
                "changes.added"),
}

AUTHORIZATION = "Basic " + base64.b64encode(b"viewer:viewer-dev").decode()


def post(query):
    request = urllib.request.Request(BASE + "/graphql", data=json.dumps({"query": query}).encode(),
                                     headers={"Content-Type": "application/json", "Authorization": AUTHORIZATION})
    with urllib.request.urlopen(request, timeout=60) as response:
        body = json.loads(response.read())
    if "errors" in body:
        raise SystemExit(f"errors: {body['errors']}")
    return body["data"]


def size(data, path):
    for key in path.split("."):
        data = data[key]
    return len(data)


for name, (query, counted) in QUERIES.items():
    returned = size(post(query), counted)
    for _ in range(10):  # warm-up: JIT and page cache
        post(query)
    times = []
    for _ in range(N):
        start = time.perf_counter()
        post(query)
        times.append((time.perf_counter() - start) * 1000)
    times.sort()
    p50 = statistics.median(times)
    p99 = times[min(len(times) - 1, int(len(times) * 0.99))]
    print(f"{name:38s} {counted:22s} {returned:6d}  n={N}  p50 {p50:7.1f} ms  p99 {p99:7.1f} ms")
