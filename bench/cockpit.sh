#!/usr/bin/env bash
# Benchmark of the cockpit's rollups over a generated zone of ~10,000 above-scale firms x 10 years of monthly
# reports (~1.2M rows): the demo zone's 385 plus 34,600 synthetic enterprises, of which ~27.8% are above-scale and
# get monthly reports 2016-01..2025-12 (zonebrain.bench.synthetic-monthly-years=10).
#
#   bench/cockpit.sh                       # build, start on a free port with a fresh database, measure, stop
#   SKIP_BUILD=1 DURATION=10s bench/cockpit.sh
#
# Prints, for one period (2025-06): single-request times of every cockpit query (curl, one at a time: server time
# without queueing), then wrk p50/p95/p99 of /actuator/health (baseline), the zone summary alone, and the mix of
# all cockpit queries, measured in the same run, and their ratios to the baseline. Authenticates with a personal
# API token (HTTP Basic would measure BCrypt).
# Settings: SYNTHETIC (34600), YEARS (10), PERIOD (2025-06), DURATION (30s), THREADS (2), CONNECTIONS (8),
# WARMUP (15s), KEEP_APP=1 to leave the app running for EXPLAIN ANALYZE.
set -euo pipefail
cd "$(dirname "$0")/.."

SYNTHETIC=${SYNTHETIC:-34600}
YEARS=${YEARS:-10}
PERIOD=${PERIOD:-2025-06}
DURATION=${DURATION:-30s}
WARMUP=${WARMUP:-15s}
THREADS=${THREADS:-2}
CONNECTIONS=${CONNECTIONS:-8}

# shellcheck source=bench/lib/app.sh
source "$(dirname "$0")/lib/app.sh"
start_app --zonebrain.bench.synthetic-enterprises="$SYNTHETIC" --zonebrain.bench.synthetic-monthly-years="$YEARS"
echo "loaded after $((SECONDS - started)) s"
grep -o 'Demo enterprises: .*' "$LOG" || true
grep -o 'Demo figures: .*' "$LOG" || true
curl -fs -H "Authorization: Bearer $ZB_TOKEN" "$BASE/api/v1/indicators/zone-summary?period=$PERIOD"; echo

echo "single requests, one at a time (20 each after 3 warm-ups; ms)"
API=$BASE/api/v1/indicators
for q in "zone-summary?period=$PERIOD" "rollups?dimension=CLUSTER&period=$PERIOD" "rollups?dimension=PARK&period=$PERIOD" \
         "rollups?dimension=GRID&period=$PERIOD" "rollups?dimension=SECTION&period=$PERIOD" \
         "rollups?dimension=DIVISION&period=$PERIOD" "months?period=$PERIOD" "firms?limit=10&period=$PERIOD" \
         "firms?kind=ABOVE_100M&limit=50&period=$PERIOD" "growth-distribution?period=$PERIOD" \
         "targets?period=$PERIOD" "alerts?period=$PERIOD"; do
  for i in 1 2 3; do curl -fs -o /dev/null -H "Authorization: Bearer $ZB_TOKEN" "$API/$q"; done
  for i in $(seq 20); do
    curl -fs -o /dev/null -w '%{time_total}\n' -H "Authorization: Bearer $ZB_TOKEN" "$API/$q"
  done | sort -n | awk -v q="$q" '{ t[NR] = $1 * 1000 } END { printf "  %-45s p50 %7.1f  p95 %7.1f  max %7.1f\n", q, t[int(NR * 0.5)], t[int(NR * 0.95)], t[NR] }'
done

# The HTML cockpit itself (every panel in one page), signed in as the demo officer whose generated password the
# app printed once in its log.
OFFICER_PW=$(grep -o "officer / [A-Za-z0-9]*" "$LOG" | head -1 | awk '{print $3}')
PAGE_COOKIES=$(mktemp)
token=$(curl -fs -c "$PAGE_COOKIES" -b "$PAGE_COOKIES" "$BASE/login" | csrf)
curl -fs -o /dev/null -c "$PAGE_COOKIES" -b "$PAGE_COOKIES" --data-urlencode "username=officer" \
  --data-urlencode "password=$OFFICER_PW" --data-urlencode "_csrf=$token" "$BASE/login"
for q in "/cockpit?period=$PERIOD" "/cockpit?period=$PERIOD&screen=big" "/cockpit/data?period=$PERIOD" \
         "/cockpit/firms?period=$PERIOD&kind=GROWING"; do
  for i in 1 2 3; do curl -fs -o /dev/null -b "$PAGE_COOKIES" "$BASE$q"; done
  for i in $(seq 20); do
    curl -fs -o /dev/null -w '%{time_total}\n' -b "$PAGE_COOKIES" "$BASE$q"
  done | sort -n | awk -v q="$q" '{ t[NR] = $1 * 1000 } END { printf "  %-45s p50 %7.1f  p95 %7.1f  max %7.1f\n", q, t[int(NR * 0.5)], t[int(NR * 0.95)], t[NR] }'
done
rm -f "$PAGE_COOKIES"

echo "warming up ($WARMUP each)"
export ZB_PERIOD=$PERIOD
wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" -s bench/health.lua "$BASE/actuator/health" >/dev/null
wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" -s bench/cockpit.lua "$BASE" >/dev/null

echo "measuring: wrk -t$THREADS -c$CONNECTIONS -d$DURATION --latency"
OUT=$(mktemp)
ZB_LABEL=health wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency -s bench/health.lua \
  "$BASE/actuator/health" | tee -a "$OUT"
ZB_LABEL=zone-summary ZB_MIX=summary wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency \
  -s bench/cockpit.lua "$BASE" | tee -a "$OUT"
ZB_LABEL=cockpit ZB_MIX=cockpit wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency \
  -s bench/cockpit.lua "$BASE" | tee -a "$OUT"

echo
echo "== summary ($(nproc) cores, ~10,000 above-scale firms x $YEARS years, period $PERIOD) =="
grep '^RESULT' "$OUT"
awk '/^RESULT/ { labels[++n] = $2; for (i = 3; i <= NF; i++) { split($i, kv, "="); v[$2, kv[1]] = kv[2] } }
     END {
       for (k = 1; k <= n; k++) {
         l = labels[k]; if (l == "health") continue
         printf "ratio %s/health: p50 %.1fx  p95 %.1fx  p99 %.1fx  throughput %.3fx;  p95 %.2f ms vs 100 ms target: %s\n",
           l, v[l,"p50_ms"] / v["health","p50_ms"], v[l,"p95_ms"] / v["health","p95_ms"],
           v[l,"p99_ms"] / v["health","p99_ms"], v[l,"rps"] / v["health","rps"], v[l,"p95_ms"],
           (v[l,"p95_ms"] <= 100 ? "met" : "NOT met")
       }
     }' "$OUT"
rm -f "$OUT"
