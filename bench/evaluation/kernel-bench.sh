#!/usr/bin/env bash
# The evaluation kernel alone over 1,000,000 generated enterprise-years (see KernelBench.java).
# Usage: bench/evaluation/kernel-bench.sh [enterprises] [runs]     (SKIP_BUILD=1 to reuse target/classes)
set -euo pipefail
cd "$(dirname "$0")/../.."
if [[ -z "${SKIP_BUILD:-}" ]]; then
  ./mvnw -B -q compile
fi
CP_FILE=target/bench-evaluation.classpath
./mvnw -B -q dependency:build-classpath -Dmdep.outputFile="$CP_FILE" -Dmdep.includeScope=runtime >/dev/null
java -Xmx3g -XX:+UseParallelGC -cp "target/classes:$(cat "$CP_FILE")" bench/evaluation/KernelBench.java "$@"
