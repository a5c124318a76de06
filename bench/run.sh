#!/usr/bin/env bash
# The suite's benchmark (bench/README.md): start-up and memory (B5), ceilings (B4), command throughput (B1),
# end-to-end lag (B2) and replay (B3) in one run on this machine; writes bench/results/<time>.md|json and latest.md.
#
# Usage: bench/run.sh [--smoke] [--no-replay] [--profile] [--no-build]
#   --smoke      seconds per step: checks that the harness works, measures nothing worth reporting
#   --no-replay  leave B3 out (a shorter run while working on the others)
#   --profile    also record network-service with JFR during B1 and B3 (bench/target/run/network-service-b*.jfr)
#                and its statements with pg_stat_statements (bench/target/run/postgres-b*.txt)
#   --no-build   use the jars built last time
set -euo pipefail

script="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/$(basename "${BASH_SOURCE[0]}")"
root="$(cd "$(dirname "$script")/.." && pwd)"
cd "$root"

build=true
args=()
for arg in "$@"; do
  case "$arg" in
    --no-build) build=false ;;
    --smoke|--profile|--no-replay) args+=("$arg") ;;
    -h|--help) sed -n '2,11p' "$script" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "Unknown option: $arg (try --help)" >&2; exit 2 ;;
  esac
done

if $build; then
  echo "Building the services and the harness (./mvnw -B -q install -DskipTests) ..."
  ./mvnw -B -q -pl network-service,opportunity-service,bench/plain-service,bench/harness -am install -DskipTests
fi

classes="bench/harness/target/classes"
classpath_file="bench/harness/target/runtime-classpath.txt"
if [[ ! -d "$classes" || ! -f "$classpath_file" ]]; then
  echo "bench/harness is not built yet: run without --no-build." >&2
  exit 1
fi

java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
exec "$java" -Xmx1g \
  -Djava.util.logging.manager=org.jboss.logmanager.LogManager \
  -Dfive-arrows.root="$root" \
  -cp "$classes:$(cat "$classpath_file")" \
  com.fivearrows.bench.SuiteBenchmark "${args[@]}"
