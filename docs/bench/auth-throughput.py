#!/usr/bin/env python3
"""Requests/s of a small GraphQL query: anonymous vs HTTP Basic vs API key, concurrent, over loopback.

Start the application with anonymous read on and an API key whose SHA-256 is configured, e.g.:

    KEY=bench-$(openssl rand -hex 24)
    java -jar backend/target/samverkanskartan-backend-*-exec.jar --server.port=8282 \
      --samverkanskartan.security.anonymous-read=true \
      --samverkanskartan.security.api-keys[0].name=bench \
      --samverkanskartan.security.api-keys[0].sha256=$(printf %s "$KEY" | sha256sum | cut -d' ' -f1) \
      --samverkanskartan.security.api-keys[0].roles=VIEWER
    python3 docs/bench/auth-throughput.py http://localhost:8282 "$KEY" [seconds-per-run] [threads]

Each mode runs after a warm-up, three times, interleaved (anonymous, basic, key, anonymous, …) so that drift
in the machine's load affects all three alike; the best run of each is reported. Every response is checked.
"""
import base64
import http.client
import json
import sys
import threading
import time
import urllib.parse

BASE = sys.argv[1] if len(sys.argv) > 1 else "http://localhost:8282"
API_KEY = sys.argv[2] if len(sys.argv) > 2 else ""
SECONDS = float(sys.argv[3]) if len(sys.argv) > 3 else 10
THREADS = int(sys.argv[4]) if len(sys.argv) > 4 else 8
ROUNDS = 3

QUERY = json.dumps({"query": '{ node(id: "hospital-sus") { id name } }'}).encode()
URL = urllib.parse.urlparse(BASE)

MODES = {
    "anonymous (anonymous-read on)": {},
    "HTTP Basic (editor, cached check)": {"Authorization": "Basic " + base64.b64encode(b"editor:editor-dev").decode()},
    "API key (X-API-Key)": {"X-API-Key": API_KEY},
}


def worker(headers, deadline, counts, index, failures):
    connection = http.client.HTTPConnection(URL.hostname, URL.port, timeout=30)
    all_headers = {"Content-Type": "application/json", **headers}
    done = 0
    while time.perf_counter() < deadline:
        connection.request("POST", "/graphql", body=QUERY, headers=all_headers)
        response = connection.getresponse()
        body = response.read()
        if response.status != 200 or b"Sk\xc3\xa5nes universitetssjukhus" not in body:
            failures.append(f"{response.status}: {body[:200]!r}")
            break
        done += 1
    counts[index] = done
    connection.close()


def run(headers, seconds):
    deadline = time.perf_counter() + seconds
    counts = [0] * THREADS
    failures = []
    threads = [threading.Thread(target=worker, args=(headers, deadline, counts, i, failures)) for i in range(THREADS)]
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    if failures:
        raise SystemExit("request failed: " + failures[0])
    return sum(counts) / (time.perf_counter() - started)


for headers in MODES.values():
    run(headers, SECONDS)  # warm-up: JIT, connection pools, the password check cached once
best = {name: 0.0 for name in MODES}
for _ in range(ROUNDS):
    for name, headers in MODES.items():
        best[name] = max(best[name], run(headers, SECONDS))
anonymous = best["anonymous (anonymous-read on)"]
print(f"{THREADS} threads, {SECONDS:.0f} s per run, best of {ROUNDS} runs, query {QUERY.decode()}")
for name, rate in best.items():
    print(f"{name:36s} {rate:8.0f} req/s  {100 * rate / anonymous:5.1f} % of anonymous")
