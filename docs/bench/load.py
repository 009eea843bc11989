#!/usr/bin/env python3
"""Concurrent readers and writers against a running application, over loopback, for a bounded time.

Writers increment one counter node with optimistic locking (retrying on CONFLICT); readers run a gap and a search
query. Reports throughput, p50/p99 latency, and checks that no update was lost and no request failed.

Usage: docs/bench/load.py [base-url] [seconds] [writers] [readers]
Credentials: the development users (editor/editor-dev, viewer/viewer-dev).
"""
import base64
import json
import statistics
import sys
import threading
import time
import urllib.error
import urllib.request

BASE = sys.argv[1] if len(sys.argv) > 1 else "http://localhost:8080"
SECONDS = float(sys.argv[2]) if len(sys.argv) > 2 else 20
WRITERS = int(sys.argv[3]) if len(sys.argv) > 3 else 4
READERS = int(sys.argv[4]) if len(sys.argv) > 4 else 8
COUNTER = f"care-load-{int(time.time())}"


def auth(user, password):
    return "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode()


EDITOR, VIEWER = auth("editor", "editor-dev"), auth("viewer", "viewer-dev")


def post(authorization, query, variables=None):
    """The answer as JSON; a 4xx or 5xx answer too (its errors then name the status), so that a refusal is counted."""
    request = urllib.request.Request(BASE + "/graphql", data=json.dumps({"query": query, "variables": variables or {}}).encode(),
                                     headers={"Content-Type": "application/json", "Authorization": authorization})
    try:
        with urllib.request.urlopen(request, timeout=60) as response:
            return json.loads(response.read())
    except urllib.error.HTTPError as error:
        answer = json.loads(error.read() or b"{}")
        answer.setdefault("errors", [{}])
        answer["errors"][0]["status"] = error.code
        return answer


lock = threading.Lock()
stats = {"updates": 0, "conflicts": 0, "reads": 0, "errors": []}
write_latency, read_latency = [], []


def writer(end):
    while time.time() < end:
        read = post(EDITOR, "query($id: ID!) { node(id: $id) { version description } }", {"id": COUNTER})
        if "errors" in read:
            with lock:
                stats["errors"].append(read["errors"])
            continue
        node = read["data"]["node"]
        started = time.perf_counter()
        result = post(EDITOR, "mutation($id: ID!, $v: Int!, $d: String) { updateNode(input: {id: $id, version: $v, description: $d}) { version } }",
                      {"id": COUNTER, "v": node["version"], "d": str(int(node["description"]) + 1)})
        elapsed = (time.perf_counter() - started) * 1000
        with lock:
            write_latency.append(elapsed)
            if "errors" not in result:
                stats["updates"] += 1
            elif result["errors"][0].get("extensions", {}).get("classification") == "CONFLICT":
                stats["conflicts"] += 1
            else:
                stats["errors"].append(result["errors"])


def reader(end):
    while time.time() < end:
        started = time.perf_counter()
        result = post(VIEWER, '{ agreementGaps { stated { id } derived { id } } search(text: "urologi") { node { id } } }')
        elapsed = (time.perf_counter() - started) * 1000
        with lock:
            read_latency.append(elapsed)
            stats["reads"] += 1
            if "errors" in result:
                stats["errors"].append(result["errors"])


created = post(EDITOR, 'mutation($id: ID!) { createNode(input: {kind: CARE_AREA, id: $id, name: "Lasttest", provenance: INFERRED, reason: "Lasttest", description: "0"}) { id } }', {"id": COUNTER})
assert "errors" not in created, created
end = time.time() + SECONDS
threads = [threading.Thread(target=writer, args=(end,)) for _ in range(WRITERS)] + \
          [threading.Thread(target=reader, args=(end,)) for _ in range(READERS)]
for t in threads:
    t.start()
for t in threads:
    t.join()
final = post(EDITOR, "query($id: ID!) { node(id: $id) { version description } }", {"id": COUNTER})["data"]["node"]
lost = stats["updates"] - int(final["description"])


def percentiles(values):
    values = sorted(values)
    return statistics.median(values), values[min(len(values) - 1, int(len(values) * 0.99))]


w50, w99 = percentiles(write_latency or [0])
r50, r99 = percentiles(read_latency)
print(f"{SECONDS:.0f} s, {WRITERS} writers, {READERS} readers")
print(f"writes: {stats['updates']} committed ({stats['updates'] / SECONDS:.1f}/s), {stats['conflicts']} conflicts retried, p50 {w50:.1f} ms, p99 {w99:.1f} ms")
print(f"reads:  {stats['reads']} ({stats['reads'] / SECONDS:.1f}/s), p50 {r50:.1f} ms, p99 {r99:.1f} ms")
statuses = {}
for errors in stats["errors"]:
    status = errors[0].get("status", 200)
    statuses[status] = statuses.get(status, 0) + 1
print(f"errors: {len(stats['errors'])} (by HTTP status: {statuses}), lost updates: {lost}")
sys.exit(1 if stats["errors"] or lost else 0)
