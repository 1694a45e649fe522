#!/usr/bin/env bash
# An evaluation run end to end over 100,000 generated enterprises against a plain COPY of the same input rows, in one
# process on a fresh embedded PostgreSQL (see RunBench.java). Prints each repeat, the medians and a RESULT line.
# Usage: bench/evaluation/run-bench.sh [enterprises] [repeats]     (SKIP_BUILD=1 to reuse target/classes)
set -euo pipefail
cd "$(dirname "$0")/../.."
if [[ -z "${SKIP_BUILD:-}" ]]; then
  ./mvnw -B -q compile
fi
CP_FILE=target/bench-evaluation.classpath
./mvnw -B -q dependency:build-classpath -Dmdep.outputFile="$CP_FILE" -Dmdep.includeScope=runtime >/dev/null
DATA=target/bench-run-pg-$(date +%Y%m%d-%H%M%S)
trap 'rm -rf "$DATA"' EXIT
java -Xmx3g -XX:+UseParallelGC -cp "target/classes:$(cat "$CP_FILE")" bench/evaluation/RunBench.java \
  "${1:-100000}" "${2:-3}" "$DATA"
