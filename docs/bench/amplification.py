#!/usr/bin/env python3
"""One reader's amplification queries against a running application, and what another client notices meanwhile.

1. Every query of the family `aliases x depth` (aliases of node(id: "region-skane") with `depth` nested levels of
   relations { other { ... } }) once: the status, the error's extensions.limit, the time to the answer and the
   size of the answer.
2. A probe (node(id: "hospital-sus") { id name }) alone for PROBE_SECONDS: its p50/p99 when idle.
3. The same probe while ATTACKERS clients send the 12 x 6 query over and over for PROBE_SECONDS: the probe's
   p50/p99 under attack, and the attackers' count, statuses and p99.
4. With a log file given: the lines the server wrote during the run, and per refused request.

Usage: docs/bench/amplification.py [base-url] [server-log] [probe-seconds] [attackers]
Credentials: the development viewer (viewer/viewer-dev) attacks, the development editor probes.
"""
import base64
import json
import multiprocessing
import statistics
import sys
import threading
import time
import urllib.error
import urllib.request

BASE = sys.argv[1] if len(sys.argv) > 1 else "http://localhost:8080"
LOG = sys.argv[2] if len(sys.argv) > 2 and sys.argv[2] != "-" else None
PROBE_SECONDS = float(sys.argv[3]) if len(sys.argv) > 3 else 10
ATTACKERS = int(sys.argv[4]) if len(sys.argv) > 4 else 4
VIEWER = "Basic " + base64.b64encode(b"viewer:viewer-dev").decode()
# The probe is another client: signed in as someone else (the refusal brake tells clients apart by address and
# credentials, and slows only the one that keeps being refused).
EDITOR = "Basic " + base64.b64encode(b"editor:editor-dev").decode()


def query(aliases, depth):
    nested = "relations{other{" * depth + "id" + "}}" * depth
    return "{" + " ".join(f'a{i}:node(id:"region-skane"){{{nested}}}' for i in range(aliases)) + "}"


def post(text, timeout=60, who=VIEWER):
    body = json.dumps({"query": text}).encode()
    request = urllib.request.Request(BASE + "/graphql", data=body, headers={
        "Content-Type": "application/json", "Accept": "application/graphql-response+json", "Authorization": who})
    started = time.perf_counter()
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            status, payload = response.status, response.read()
    except urllib.error.HTTPError as error:
        status, payload = error.code, error.read()
    elapsed = (time.perf_counter() - started) * 1000
    try:
        errors = json.loads(payload).get("errors") or []
    except ValueError:
        errors = []
    limit = errors[0].get("extensions", {}).get("limit", "") if errors else ""
    return status, elapsed, len(payload), limit


def percentiles(values):
    values = sorted(values)
    return statistics.median(values), values[min(len(values) - 1, int(len(values) * 0.99))]


def log_lines():
    if LOG is None:
        return 0
    with open(LOG, "rb") as f:
        return sum(1 for _ in f)


def family():
    """Warms the server up, then sends each query of the family once; answers how many were refused."""
    for _ in range(300):
        post('{ node(id: "hospital-sus") { id name } }')
    for _ in range(3):
        post(query(12, 2))
    print("| aliases x depth | bytes sent | status | limit | time | bytes answered |")
    print("|---|---|---|---|---|---|")
    refused = 0
    for aliases, depth in [(1, 1), (1, 2), (12, 1), (12, 2), (1, 3), (1, 6), (12, 3), (12, 6), (50, 6)]:
        text = query(aliases, depth)
        status, elapsed, size, limit = post(text)
        refused += 1 if limit else 0
        print(f"| {aliases} x {depth} | {len(json.dumps({'query': text}))} | {status} | {limit or '-'} | {elapsed:.1f} ms | {size} |")
    return refused


def probe(end, samples):
    while time.time() < end:
        samples.append(post('{ node(id: "hospital-sus") { id name } }', who=EDITOR)[1])


def attacker(end, results):
    """One attacking client in its own process, so that the probe never waits for Python's lock."""
    text = query(12, 6)
    while time.time() < end:
        status, elapsed, _, _ = post(text)
        results.put((status, elapsed))
    results.put(None)


if __name__ == "__main__":
    lines_before = log_lines()
    refused = family()
    idle = []
    probe(time.time() + PROBE_SECONDS, idle)
    attack = {"count": 0, "statuses": {}, "latency": []}
    busy = []
    end = time.time() + PROBE_SECONDS
    results = multiprocessing.Queue()
    processes = [multiprocessing.Process(target=attacker, args=(end, results)) for _ in range(ATTACKERS)]
    for p in processes:
        p.start()
    probe(end, busy)
    finished = 0
    while finished < ATTACKERS:
        item = results.get()
        if item is None:
            finished += 1
            continue
        attack["count"] += 1
        attack["statuses"][item[0]] = attack["statuses"].get(item[0], 0) + 1
        attack["latency"].append(item[1])
    for p in processes:
        p.join()
    i50, i99 = percentiles(idle)
    b50, b99 = percentiles(busy)
    a50, a99 = percentiles(attack["latency"])
    print()
    print(f"probe idle:         {len(idle)} requests, p50 {i50:.1f} ms, p99 {i99:.1f} ms")
    print(f"probe under attack: {len(busy)} requests, p50 {b50:.1f} ms, p99 {b99:.1f} ms ({b99 / i99:.2f} x idle p99)")
    print(f"attack (12 x 6, {ATTACKERS} clients): {attack['count']} requests, statuses {attack['statuses']}, p50 {a50:.1f} ms, p99 {a99:.1f} ms")
    if LOG is not None:
        written = log_lines() - lines_before
        total_refused = refused + attack["count"]
        print(f"log: {written} lines for {total_refused} refused requests ({written / max(total_refused, 1):.2f} per refused request)")
