#!/usr/bin/env python3
"""Concurrent edits of different facts against a running application, over loopback, for a bounded time.

Creates one node per writer, then each writer thread updates its own node through `updateNode` with the version
check (the version it sent last, plus one) as fast as it can: no writer competes for another's fact, so every
attempt should commit. A warm-up of a few seconds runs first and is not counted. Reports commits per second, p50
and p99 of the full HTTP round trip, conflicts and errors; then checks that no update was lost (each node's
counter and version match the commits counted) and that the audit trail lists every commit once.

Usage: docs/bench/edits.py [base-url] [seconds] [writers] [warm-up seconds] [field]
The field edited is `description` (in the full-text index, as most edits are) unless `reason` (not indexed) is given.
Credentials: the development editor (editor/editor-dev).
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
WRITERS = int(sys.argv[3]) if len(sys.argv) > 3 else 8
WARM_UP = float(sys.argv[4]) if len(sys.argv) > 4 else 5
FIELD = sys.argv[5] if len(sys.argv) > 5 else "description"
assert FIELD in ("description", "reason"), "the field is description or reason"
RUN = int(time.time())
EDITOR = "Basic " + base64.b64encode(b"editor:editor-dev").decode()
UPDATE = "mutation($id: ID!, $v: Int!, $d: String) { updateNode(input: {id: $id, version: $v, %s: $d}) { version } }" % FIELD
NODE = "query($id: ID!) { node(id: $id) { version counter: %s } }" % FIELD


def post(query, variables=None):
    """The answer as JSON; a 4xx or 5xx answer too (its first error then names the status), so that it is counted."""
    request = urllib.request.Request(BASE + "/graphql", data=json.dumps({"query": query, "variables": variables or {}}).encode(),
                                     headers={"Content-Type": "application/json", "Authorization": EDITOR})
    try:
        with urllib.request.urlopen(request, timeout=60) as response:
            return json.loads(response.read())
    except urllib.error.HTTPError as error:
        answer = json.loads(error.read() or b"{}")
        answer.setdefault("errors", [{}])
        answer["errors"][0]["status"] = error.code
        return answer


lock = threading.Lock()
stats = {"conflicts": 0, "errors": []}
latency = []


class Writer:
    """One writer and its own node: the version it expects next and the counter it wrote last."""

    def __init__(self, number):
        self.id = f"care-edits-{RUN}-{number}"
        self.version = 1
        self.counter = 0
        self.commits = 0
        created = post('mutation($id: ID!, $name: String!) { createNode(input: {kind: CARE_AREA, id: $id, name: $name, provenance: INFERRED, '
                       'reason: "0", description: "0"}) { id } }', {"id": self.id, "name": self.id})
        assert "errors" not in created, created

    def run(self, measure_from, end):
        while time.time() < end:
            started = time.perf_counter()
            result = post(UPDATE, {"id": self.id, "v": self.version, "d": str(self.counter + 1)})
            elapsed = (time.perf_counter() - started) * 1000
            measured = time.time() >= measure_from
            if "errors" not in result:
                self.version, self.counter = result["data"]["updateNode"]["version"], self.counter + 1
                self.commits += 1
                if measured:
                    with lock:
                        latency.append(elapsed)
            else:
                with lock:
                    if result["errors"][0].get("extensions", {}).get("classification") == "CONFLICT":
                        stats["conflicts"] += 1
                    else:
                        stats["errors"].append(result["errors"])
                # Read the fact again, as a client would after a refusal, and go on from what is stored.
                node = post(NODE, {"id": self.id})["data"]["node"]
                self.version, self.counter = node["version"], int(node["counter"])

    def lost(self):
        """Commits that the node or its audit trail does not show."""
        node = post(NODE, {"id": self.id})["data"]["node"]
        entries, after = [], None
        while True:
            page = post("query($id: ID!, $after: String) { auditTrail(entityId: $id, first: 100, after: $after) {"
                        " edges { node { id version } } pageInfo { hasNextPage endCursor } } }", {"id": self.id, "after": after})
            trail = page["data"]["auditTrail"]
            entries += [edge["node"] for edge in trail["edges"]]
            if not trail["pageInfo"]["hasNextPage"]:
                break
            after = trail["pageInfo"]["endCursor"]
        versions = [entry["version"] for entry in entries]
        problems = []
        if int(node["counter"]) != self.counter or node["version"] != 1 + self.commits:
            problems.append(f"{self.id}: {self.commits} commits, node says counter {node['counter']}, version {node['version']}")
        if len({entry["id"] for entry in entries}) != len(entries) or versions != list(range(1 + self.commits, 0, -1)):
            problems.append(f"{self.id}: the trail lists versions {versions[:5]}... ({len(entries)} entries), expected "
                            f"{1 + self.commits} down to 1, newest first, once each")
        return problems


writers = [Writer(number) for number in range(WRITERS)]
measure_from = time.time() + WARM_UP
end = measure_from + SECONDS
threads = [threading.Thread(target=writer.run, args=(measure_from, end)) for writer in writers]
for t in threads:
    t.start()
for t in threads:
    t.join()
problems = [problem for writer in writers for problem in writer.lost()]

values = sorted(latency) or [0]
p50, p99 = statistics.median(values), values[min(len(values) - 1, int(len(values) * 0.99))]
print(f"{SECONDS:.0f} s after {WARM_UP:.0f} s warm-up, {WRITERS} writers, each editing the {FIELD} of its own node")
print(f"commits: {len(latency)} ({len(latency) / SECONDS:.1f}/s), p50 {p50:.1f} ms, p99 {p99:.1f} ms")
statuses = {}
for errors in stats["errors"]:
    status = errors[0].get("status", 200)
    statuses[status] = statuses.get(status, 0) + 1
print(f"conflicts: {stats['conflicts']}, errors: {len(stats['errors'])} (by HTTP status: {statuses})")
print(f"lost or misrecorded updates: {len(problems)}")
for problem in problems:
    print("  " + problem)
for errors in stats["errors"][:3]:
    print("  error: " + json.dumps(errors)[:300])
sys.exit(1 if stats["errors"] or problems or stats["conflicts"] else 0)
