#!/usr/bin/env bash
# Cluster-scale allocation benchmark: the demo cluster (7,600 factories, 2,000 orders) generated from the seed in
# memory, built by the application's ProblemBuilder and solved by the application's engine (one solver thread).
# Prints the score over time, time to the first complete and first feasible plan, the final plan, placed/unplaced,
# peak heap, and the final cost against the same run's construction plan.
#
# Usage: bench/fashion/cluster-bench.sh [SECONDS=60] [SEED=20240101] [TODAY=2026-11-25]
# SKIP_BUILD=1 reuses target/classes. JAVA_OPTS adds JVM options (default heap 2 GB).
set -euo pipefail
repo="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$repo"
CP_FILE=target/bench-fashion.classpath
if [[ -z "${SKIP_BUILD:-}" || ! -f "$CP_FILE" ]]; then
  ./mvnw -B -q -o compile 2>/dev/null || ./mvnw -B -q compile
  ./mvnw -B -q -o dependency:build-classpath -Dmdep.outputFile="$CP_FILE" -Dmdep.includeScope=runtime >/dev/null 2>&1 \
    || ./mvnw -B -q dependency:build-classpath -Dmdep.outputFile="$CP_FILE" -Dmdep.includeScope=runtime >/dev/null
fi
exec java -Xmx2g -XX:+UseParallelGC ${JAVA_OPTS:-} -Dlogback.configurationFile="$repo/bench/gap/logback.xml" \
  -cp "target/classes:$(cat "$CP_FILE")" bench/fashion/ClusterBench.java "${1:-60}" "${2:-20240101}" "${3:-2026-11-25}"
