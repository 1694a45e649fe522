#!/usr/bin/env bash
# Solves generalized assignment benchmarks with the allocation engine (the same engine and rules that allocate
# garment orders), one problem at a time on one solver thread, and prints one line per problem:
#   name sense value best_known gap_percent seconds feasible [greedy_value greedy_gap_percent greedy_feasible]
# then a summary line. Best-known values come from best_known_values.csv next to the files (or --best-known CSV).
#
# Usage: bench/gap/run.sh FILE_OR_DIR SECONDS [--with-greedy] [--sense set|min|max|both] [--seed N]
#                         [--timefold-defaults]
#   e.g. bench/gap/run.sh ../shared/data/gap 20 --with-greedy        (from the repository root)
# SKIP_BUILD=1 reuses target/classes. JAVA_OPTS adds JVM options.
set -euo pipefail
repo="$(cd "$(dirname "$0")/../.." && pwd)"
if [[ $# -lt 2 ]]; then
  sed -n '2,10p' "$0" | sed 's/^# \{0,1\}//'
  exit 2
fi
target="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
shift
cd "$repo"
CP_FILE=target/bench-gap.classpath
if [[ -z "${SKIP_BUILD:-}" || ! -f "$CP_FILE" ]]; then
  # Offline first (the usual case on a machine that has built the project), online for a fresh clone.
  ./mvnw -B -q -o compile 2>/dev/null || ./mvnw -B -q compile
  ./mvnw -B -q -o dependency:build-classpath -Dmdep.outputFile="$CP_FILE" -Dmdep.includeScope=runtime >/dev/null 2>&1 \
    || ./mvnw -B -q dependency:build-classpath -Dmdep.outputFile="$CP_FILE" -Dmdep.includeScope=runtime >/dev/null
fi
exec java -Xmx2g -XX:+UseParallelGC ${JAVA_OPTS:-} -Dlogback.configurationFile="$repo/bench/gap/logback.xml" \
  -cp "target/classes:$(cat "$CP_FILE")" bench/gap/GapRun.java "$target" "$@"
