#!/usr/bin/env bash
# Closeness read latency on this machine: GET /closeness/... of a decision chain with a long interaction history,
# over HTTP against network-service started from its quarkus-run.jar on the embedded Kafka and PostgreSQL.
# Quality bar: a chain of 50 members with 10,000 interactions answers in under 20 ms.
# Usage: bench/closeness-read-benchmark.sh [interactions=10000] [members=50]
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q -pl network-service -am install -DskipTests
./mvnw -B -q -pl network-service exec:java \
  -Dexec.classpathScope=test \
  -Dexec.mainClass=com.fivearrows.network.bench.ClosenessReadBenchmark \
  -Dexec.args="${1:-10000} ${2:-50}"
