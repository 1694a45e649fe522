#!/usr/bin/env bash
# The allocation engine at cluster scale on generated demo-shaped data (see ClusterScale.java): prints the time to the
# first feasible plan, the time to the final plan, the plan and the heap used at most.
# Usage: bench/gap/cluster-scale.sh [factories=7600] [orders=2000] [seconds=60] [seed=5]   (SKIP_BUILD=1 reuses classes)
set -euo pipefail
repo="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$repo"
CP_FILE=target/bench-gap.classpath
if [[ -z "${SKIP_BUILD:-}" || ! -f "$CP_FILE" ]]; then
  ./mvnw -B -q -o compile 2>/dev/null || ./mvnw -B -q compile
  ./mvnw -B -q -o dependency:build-classpath -Dmdep.outputFile="$CP_FILE" -Dmdep.includeScope=runtime >/dev/null 2>&1 \
    || ./mvnw -B -q dependency:build-classpath -Dmdep.outputFile="$CP_FILE" -Dmdep.includeScope=runtime >/dev/null
fi
exec java -Xmx3g -XX:+UseParallelGC ${JAVA_OPTS:-} -Dlogback.configurationFile="$repo/bench/gap/logback.xml" \
  -cp "target/classes:$(cat "$CP_FILE")" bench/gap/ClusterScale.java "$@"
