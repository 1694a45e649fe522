#!/usr/bin/env bash
# Benchmark of GET /api/v1/enterprises with filters over 100,000 generated enterprises (plus the demo zone's 1,385).
#
#   bench/list-api.sh                      # build, start on a free port with a fresh database, measure, stop
#   SKIP_BUILD=1 DURATION=10s bench/list-api.sh
#
# Prints p50/p95/p99 of the list and of a baseline (/actuator/health) measured in the same run, and their ratios.
# Authenticates with a personal API token (created through the web form, as a person would): HTTP Basic would
# run BCrypt on every request and measure the hash instead of the list.
# Settings: SYNTHETIC (100000), DURATION (30s), THREADS (2), CONNECTIONS (8), WARMUP (15s), KEEP_APP=1 to leave
# the app running (its database port is in the app log) for EXPLAIN ANALYZE.
set -euo pipefail
cd "$(dirname "$0")/.."

SYNTHETIC=${SYNTHETIC:-100000}
DURATION=${DURATION:-30s}
WARMUP=${WARMUP:-15s}
THREADS=${THREADS:-2}
CONNECTIONS=${CONNECTIONS:-8}

# shellcheck source=bench/lib/app.sh
source "$(dirname "$0")/lib/app.sh"
start_app --zonebrain.bench.synthetic-enterprises="$SYNTHETIC"
total=$(curl -fs -H "Authorization: Bearer $ZB_TOKEN" "$BASE/api/v1/enterprises?size=1&aboveScale=true" \
  | grep -o '"total":[0-9]*' | head -1 | cut -d: -f2)
echo "token ok; $total above-scale enterprises listed (the count stops at 10,000) after $((SECONDS - started)) s; $(grep -o 'Demo enterprises: .*' "$LOG" || true)"

echo "warming up ($WARMUP each)"
wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" -s bench/health.lua "$BASE/actuator/health" >/dev/null
wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" -s bench/list-api.lua "$BASE" >/dev/null

echo "measuring: wrk -t$THREADS -c$CONNECTIONS -d$DURATION --latency"
OUT=$(mktemp)
ZB_LABEL=health wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency -s bench/health.lua \
  "$BASE/actuator/health" | tee -a "$OUT"
ZB_LABEL=list wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency -s bench/list-api.lua "$BASE" | tee -a "$OUT"
ZB_LABEL=list-no-short-cjk ZB_MIX=no-short-cjk wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency \
  -s bench/list-api.lua "$BASE" | tee -a "$OUT"

echo
echo "== summary ($(nproc) cores, $SYNTHETIC synthetic + demo enterprises) =="
grep '^RESULT' "$OUT"
awk '/^RESULT/ { labels[++n] = $2; for (i = 3; i <= NF; i++) { split($i, kv, "="); v[$2, kv[1]] = kv[2] } }
     END {
       for (k = 1; k <= n; k++) {
         l = labels[k]; if (l == "health") continue
         printf "ratio %s/health: p50 %.1fx  p95 %.1fx  p99 %.1fx  throughput %.3fx;  p95 %.2f ms vs 50 ms target: %s\n",
           l, v[l,"p50_ms"] / v["health","p50_ms"], v[l,"p95_ms"] / v["health","p95_ms"],
           v[l,"p99_ms"] / v["health","p99_ms"], v[l,"rps"] / v["health","rps"], v[l,"p95_ms"],
           (v[l,"p95_ms"] <= 50 ? "met" : "NOT met")
       }
     }' "$OUT"
rm -f "$OUT"
