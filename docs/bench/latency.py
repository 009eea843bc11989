#!/usr/bin/env python3
"""p50/p99 latency of GraphQL queries against a running application, sequentially over loopback.

Usage: docs/bench/latency.py [base-url] [requests-per-query]
"""
import base64
import json
import statistics
import sys
import time
import urllib.request

BASE = sys.argv[1] if len(sys.argv) > 1 else "http://localhost:8080"
N = int(sys.argv[2]) if len(sys.argv) > 2 else 300

QUERIES = {
    "network (full data)": "{ network { nodes { id kind label parent provenance agreementStatus careAreas regions latitude longitude detail } edges { id type source target provenance effect gap } } }",
    "agreementGaps": "{ agreementGaps { stated { id reason cooperation { id name } organisations { id } evidence { quote locator document { id } } } derived { id reason cooperation { id name } organisations { id } } perRegion { region { id } stated derived } } }",
    "node with evidence and relations": "{ node(id: \"hospital-sus\") { id name evidence { quote locator document { id } } relations { type other { id name } evidence { quote } } } }",
    "search": "{ search(text: \"urologi\") { score node { id name } } }",
}


# The development viewer; HTTP Basic costs one password hash per ten minutes, not per request.
AUTHORIZATION = "Basic " + base64.b64encode(b"viewer:viewer-dev").decode()


def post(query):
    request = urllib.request.Request(BASE + "/graphql", data=json.dumps({"query": query}).encode(),
                                     headers={"Content-Type": "application/json", "Authorization": AUTHORIZATION})
    with urllib.request.urlopen(request) as response:
        body = json.loads(response.read())
        if "errors" in body:
            raise SystemExit(f"errors: {body['errors']}")


for name, query in QUERIES.items():
    for _ in range(20):  # warm-up: JIT and page cache
        post(query)
    times = []
    for _ in range(N):
        start = time.perf_counter()
        post(query)
        times.append((time.perf_counter() - start) * 1000)
    times.sort()
    p50 = statistics.median(times)
    p99 = times[min(len(times) - 1, int(len(times) * 0.99))]
    print(f"{name:36s} n={N}  p50 {p50:6.1f} ms  p99 {p99:6.1f} ms")
