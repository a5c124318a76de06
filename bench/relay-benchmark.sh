#!/usr/bin/env bash
# Relay throughput on this machine: events/s moved from the PostgreSQL event store to Kafka.
# Usage: bench/relay-benchmark.sh [events=200000] [batch-size=1000]
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q -pl platform/eventsourcing -am install -DskipTests
./mvnw -B -q -pl platform/eventsourcing test-compile exec:java \
  -Dexec.classpathScope=test \
  -Dexec.mainClass=com.fivearrows.platform.eventsourcing.bench.RelayBenchmark \
  -Dexec.args="${1:-200000} ${2:-1000}"
