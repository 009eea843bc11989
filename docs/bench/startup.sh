#!/usr/bin/env bash
# Time from `java -jar` to the first GraphQL answer with data, cold (empty data directory: migrations and the
# full data load) and warm (the same directory again), and the resident memory once it answers.
# Usage: docs/bench/startup.sh [jar] [port]
set -euo pipefail
JAR="${1:-frontend/target/samverkanskartan.jar}"
PORT="${2:-18080}"
DATA="$(mktemp -d)"
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"

measure() {
  local label="$1"
  local start end pid
  start=$(date +%s.%N)
  "$JAVA" -jar "$JAR" --server.port="$PORT" --samverkanskartan.neo4j.embedded.directory="$DATA/neo4j" >"$DATA/$label.log" 2>&1 &
  pid=$!
  until curl -sf -o /dev/null -u viewer:viewer-dev "http://localhost:$PORT/graphql" -H 'Content-Type: application/json' \
      -d '{"query":"{ agreementGaps { stated { id } } }"}'; do
    sleep 0.1
    kill -0 "$pid" 2>/dev/null || { echo "the application stopped; see $DATA/$label.log" >&2; exit 1; }
  done
  end=$(date +%s.%N)
  local page=""
  if curl -sf -o /dev/null "http://localhost:$PORT/login"; then
    page="; the login page answers too"
  fi
  local rss
  rss=$(awk '/VmRSS/ { printf "%.0f MiB", $2 / 1024 }' "/proc/$pid/status")
  printf '%-5s first GraphQL answer with data after %.1f s, resident memory %s%s\n' "$label" "$(echo "$end - $start" | bc)" "$rss" "$page"
  kill "$pid"
  wait "$pid" 2>/dev/null || true
}

measure cold
measure warm
rm -rf "$DATA"
