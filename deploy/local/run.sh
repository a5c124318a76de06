#!/usr/bin/env bash
# Builds Five Arrows and runs it on this machine: a Kafka broker (localhost:9092), a PostgreSQL
# (localhost:5433) and every service listed in deploy/local/services.properties.
# Data stays in .five-arrows/ between runs; Ctrl-C stops everything cleanly.
#
# Usage: deploy/local/run.sh [--no-build]
#   --no-build   start what was built last time
# Environment: FIVE_ARROWS_PG_PORT (embedded PostgreSQL port), or FIVE_ARROWS_PG_HOST/_PORT/_USER/
#   _PASSWORD to use an existing PostgreSQL; FIVE_ARROWS_JAVA_OPTS for the launcher JVM.
set -euo pipefail

script="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/$(basename "${BASH_SOURCE[0]}")"
root="$(cd "$(dirname "$script")/../.." && pwd)"
cd "$root"

build=true
for arg in "$@"; do
  case "$arg" in
    --no-build) build=false ;;
    -h|--help) sed -n '2,9p' "$script" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "Unknown option: $arg (try --help)" >&2; exit 2 ;;
  esac
done

if $build; then
  echo "Building (./mvnw -B -q install -DskipTests) ..."
  ./mvnw -B -q install -DskipTests
fi

classes="deploy/local/target/classes"
classpath_file="deploy/local/target/runtime-classpath.txt"
if [[ ! -d "$classes" || ! -f "$classpath_file" ]]; then
  echo "deploy/local is not built yet: run without --no-build." >&2
  exit 1
fi

java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
# exec: Ctrl-C and SIGTERM reach the launcher itself, whose shutdown hook stops everything in order.
# shellcheck disable=SC2086
exec "$java" ${FIVE_ARROWS_JAVA_OPTS:-} \
  -Djava.util.logging.manager=org.jboss.logmanager.LogManager \
  -Dfive-arrows.root="$root" \
  -cp "$classes:$(cat "$classpath_file")" \
  com.fivearrows.deploy.local.LocalRun
