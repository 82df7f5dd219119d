#!/usr/bin/env bash
# Faults a running site must survive, run by hand against the production jar and Debian's MariaDB:
#
#  1. kill -9 and restart: people book places over HTTP (Chromium, bench/faults/Booker.java) while
#     the outbox sends their emails to a local SMTP server (bench/faults/SmtpSink.java) that takes
#     a few seconds to accept each one; the app is killed with SIGKILL while an email is in the
#     middle of its SMTP conversation, started again, and then every booking must be in the
#     database and every booking's email accepted by the SMTP server exactly once (the one being
#     sent at the kill included: it is sent again when its claim's lease runs out).
#  2. database restart: the MariaDB server is shut down under the running app; a page answers 503
#     quickly; the server is started again; the same app answers 200 again.
#
#   bench/faults/kill-restart.sh [bookings]        (default 10)
#
# It builds the production jar in a copy of the sources (target/faults/build; reused while no
# source is newer), runs a MariaDB server of its own from Debian's binaries (apt-get install
# mariadb-server; its own data folder, port and socket under target/faults, so no other server is
# touched), prints every figure and ends with PASS or FAIL (exit status 0 or 1). Not part of
# ./mvnw verify or .ci/run: DatabaseRestartIT and OutboxServiceTest cover what a test run can.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD
OUT=target/faults
mkdir -p "$OUT"
BOOKINGS=${1:-10}
SMTP_DELAY_MS=${SMTP_DELAY_MS:-4000}
LEASE=${LEASE:-20s}
# before-data: the kill falls while the email is being handed over (SMTP: not delivered, sent again
# after the lease: once). after-data: the kill falls after the server took the whole email and
# before its reply; no sender can know it went, so it is sent again with the same Message-ID.
STALL=${STALL:-before-data}

fail() { printf 'faults: %s\n' "$*" >&2; exit 1; }
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
[ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ] || fail "needs chromium and chromium-driver"

# --- the production jar, and a class path with Selenium for the booker ----------------------------
JAR=$OUT/app.jar
CP_FILE=$OUT/classpath.txt
stale=$( { [ -f "$JAR" ] && [ -f "$CP_FILE" ]; } && find pom.xml src/main translations frontend .mvn -newer "$JAR" \
  -not -path 'frontend/generated*' -print -quit 2>/dev/null || echo missing)
if [ -n "$stale" ]; then
  say "Building the production jar in $OUT/build (changed: $stale)"
  BUILD=$OUT/build
  rm -rf "$BUILD"; mkdir -p "$BUILD/src"
  cp -r pom.xml mvnw .mvn translations frontend "$BUILD/"
  cp -r src/main "$BUILD/src/"
  rm -rf "$BUILD/frontend/generated"
  (cd "$BUILD" && ./mvnw -B -q -ntp -DskipTests -Pproduction package dependency:build-classpath \
      -Dmdep.outputFile="$ROOT/$CP_FILE.new") > "$OUT/build.log" 2>&1 || { tail -30 "$OUT/build.log"; fail "build failed"; }
  cp "$BUILD"/target/taking-part-*.jar "$JAR"
  mv "$CP_FILE.new" "$CP_FILE"
fi
SELENIUM_CP=$(cat "$CP_FILE")

port_busy() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
free_port() { local p=$1; while port_busy "$p"; do p=$((p + 1)); done; echo "$p"; }

# --- a MariaDB server of this run's own ---------------------------------------------------------
DATA=$ROOT/$OUT/mariadb-data
SOCK=$ROOT/$OUT/mysqld.sock
DB_PORT=$(free_port 13306)
DB_PID=
APP_PID=
SINK_PID=
cleanup() {
  [ -n "$APP_PID" ] && kill -KILL "$APP_PID" 2>/dev/null || true
  [ -n "$SINK_PID" ] && kill "$SINK_PID" 2>/dev/null || true
  [ -n "$DB_PID" ] && kill "$DB_PID" 2>/dev/null || true
}
trap cleanup EXIT
rm -rf "$DATA"; mkdir -p "$DATA"
USER_ARG=(); [ "$(id -u)" = 0 ] && USER_ARG=(--user=root)
mariadb-install-db --no-defaults --datadir="$DATA" "${USER_ARG[@]}" --auth-root-authentication-method=normal \
  --skip-test-db > "$OUT/mariadb-install.log" 2>&1 || { tail "$OUT/mariadb-install.log"; fail "mariadb-install-db failed"; }
start_db() {
  /usr/sbin/mariadbd --no-defaults --datadir="$DATA" --socket="$SOCK" --port="$DB_PORT" --bind-address=127.0.0.1 \
    --skip-grant-tables --character-set-server=utf8mb4 --collation-server=utf8mb4_unicode_ci "${USER_ARG[@]}" \
    --pid-file="$ROOT/$OUT/mysqld.pid" --log-error="$ROOT/$OUT/mariadb.err" &
  DB_PID=$!
  for _ in $(seq 1 240); do mariadb-admin --no-defaults -S "$SOCK" ping >/dev/null 2>&1 && return 0; sleep 0.25; done
  fail "MariaDB did not start (see $OUT/mariadb.err)"
}
sql() { mariadb --no-defaults -S "$SOCK" -N -B takingpart -e "$1"; }
start_db
mariadb --no-defaults -S "$SOCK" -e "CREATE DATABASE takingpart CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
echo "MariaDB $(mariadb --no-defaults -S "$SOCK" -N -e 'SELECT VERSION()') on port $DB_PORT (pid $DB_PID)"

# --- the SMTP server and the application ---------------------------------------------------------
SMTP_PORT=$(free_port 12525)
java bench/faults/SmtpSink.java "$SMTP_PORT" "$OUT/smtp.log" "$SMTP_DELAY_MS" "$STALL" > "$OUT/smtp.out" 2>&1 &
SINK_PID=$!
APP_PORT=$(free_port 18180)
start_app() {
  SPRING_DATASOURCE_URL="jdbc:mariadb://127.0.0.1:$DB_PORT/takingpart" SPRING_DATASOURCE_USERNAME=root SPRING_DATASOURCE_PASSWORD= \
  PORT=$APP_PORT java -Xmx1g -jar "$JAR" --takingpart.demo-content=true \
    --spring.mail.host=127.0.0.1 --spring.mail.port="$SMTP_PORT" --takingpart.mail.poll=1s --takingpart.mail.lease="$LEASE" \
    --takingpart.rate-limits.booking.per-address=10000/1h >> "$OUT/app.log" 2>&1 &
  APP_PID=$!
  local started; started=$(now_ms)
  for _ in $(seq 1 600); do
    [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$APP_PORT/en")" = 200 ] && { echo "app up (pid $APP_PID) in $(( $(now_ms) - started )) ms"; return 0; }
    kill -0 "$APP_PID" 2>/dev/null || fail "the app stopped (see $OUT/app.log)"
    sleep 0.5
  done
  fail "the app did not start"
}
: > "$OUT/app.log"
say "Starting the app (port $APP_PORT; SMTP sink on $SMTP_PORT stalls ${SMTP_DELAY_MS} ms in each email, $STALL; lease $LEASE)"
start_app

# the demo content is loaded once the app has started: wait for a session to book
SESSION=
for _ in $(seq 1 480); do
  read -r SESSION FIRST SLUG < <(sql "SELECT s.id, CASE WHEN a.type = 'TIME_TO_LISTEN' THEN 'who' WHEN s.booking_limit > 1 THEN 'places' ELSE 'contact' END, a.slug
  FROM event_session s JOIN activity a ON a.id = s.activity_id
  WHERE s.status = 'SCHEDULED' AND s.starts_at > NOW() + INTERVAL 2 DAY AND a.published_at IS NOT NULL AND a.type <> 'TIME_TO_LISTEN'
  ORDER BY s.capacity DESC, s.starts_at LIMIT 1" || true) || true
  [ -n "${SESSION:-}" ] && break
  sleep 0.5
done
[ -n "${SESSION:-}" ] || fail "no bookable session in the demo content"
PREFIX="Fault$(date +%H%M%S)"
BOOKED=$OUT/booked.txt
: > "$BOOKED"

# --- 1. kill -9 while an email is being sent, then restart ---------------------------------------
say "1. $BOOKINGS bookings over HTTP (session $SESSION, first step $FIRST), then kill -9 mid-send"
java -cp "$SELENIUM_CP" bench/faults/Booker.java "http://127.0.0.1:$APP_PORT" "$SESSION" "$FIRST" "$BOOKINGS" "$PREFIX" "$BOOKED" \
  > "$OUT/booker.log" 2>&1 || { tail -20 "$OUT/booker.log"; fail "booking failed"; }
booked=$(wc -l < "$BOOKED")
echo "bookings confirmed in the browser: $booked"
# kill at a moment when the SMTP server is stalling in the middle of an email
mid_send=
for _ in $(seq 1 1200); do
  stalled=$(grep -c '^stall ' "$OUT/smtp.log" || true); accepted=$(grep -c '^accepted ' "$OUT/smtp.log" || true)
  if [ "$stalled" -gt "$accepted" ] && [ "$accepted" -ge 1 ]; then
    mid_send=$(grep '^stall ' "$OUT/smtp.log" | tail -1 | cut -d' ' -f2)
    kill -KILL "$APP_PID"; wait "$APP_PID" 2>/dev/null || true; APP_PID=
    break
  fi
  sleep 0.1
done
[ -n "$mid_send" ] || fail "never caught an email mid-send (all sent before the bookings ended? raise SMTP_DELAY_MS)"
killed_at=$(now_ms)
sleep 0.2
echo "killed with SIGKILL while sending: $mid_send"
echo "at the kill: accepted by SMTP $(grep -c '^accepted ' "$OUT/smtp.log"); outbox: $(sql "SELECT GROUP_CONCAT(CONCAT(status, ' ', n) SEPARATOR ', ') FROM (SELECT status, COUNT(*) n FROM email_outbox WHERE recipient LIKE '%@faults.test' GROUP BY status) x")"
echo "bookings in the database at the kill: $(sql "SELECT COUNT(*) FROM booking WHERE name LIKE '$PREFIX %'")"

say "Restarting the app"
start_app
expected=$(sql "SELECT COUNT(*) FROM email_outbox WHERE recipient LIKE '%@faults.test'")
for _ in $(seq 1 1200); do
  [ "$(sql "SELECT COUNT(*) FROM email_outbox WHERE recipient LIKE '%@faults.test' AND status <> 'SENT'")" = 0 ] && break
  sleep 0.25
done
all_sent_ms=$(( $(now_ms) - killed_at ))
sleep 3   # a late duplicate, if any, would arrive within the poll interval
after=$(sql "SELECT COUNT(*) FROM booking WHERE name LIKE '$PREFIX %'")
accepted_total=$(grep -c '^accepted .*@faults.test' "$OUT/smtp.log" || true)
unique_ids=$(grep '^accepted .*@faults.test' "$OUT/smtp.log" | cut -d' ' -f2 | sort -u | wc -l)
duplicates=$(grep '^accepted .*@faults.test' "$OUT/smtp.log" | cut -d' ' -f2 | sort | uniq -d | wc -l)
missing=0
while IFS=$'\t' read -r name email _; do
  n=$(grep -c "^accepted .* $email\$" "$OUT/smtp.log" || true)
  [ "$n" -ge 1 ] || { echo "no email accepted for $name <$email>"; missing=$((missing + 1)); }
done < "$BOOKED"
mid_accepted=$(grep -c "^accepted .* $mid_send\$" "$OUT/smtp.log" || true)
echo "bookings confirmed before the kill: $booked; in the database after the restart: $after"
echo "emails queued for them: $expected; accepted by SMTP: $accepted_total ($unique_ids distinct Message-IDs, $duplicates sent twice, $missing bookings without one)"
echo "the email being sent at the kill (to $mid_send) was accepted $mid_accepted time(s); all emails sent $(( all_sent_ms / 1000 )) s after the kill (lease $LEASE)"
result=PASS
[ "$after" = "$booked" ] || { echo "FAIL: bookings lost or doubled"; result=FAIL; }
if [ "$STALL" = after-data ]; then
  # the email the server took just before the kill goes again: nothing lost, a copy with one Message-ID
  [ "$unique_ids" = "$expected" ] && [ "$missing" = 0 ] || { echo "FAIL: an email was lost"; result=FAIL; }
else
  [ "$accepted_total" = "$expected" ] && [ "$duplicates" = 0 ] && [ "$missing" = 0 ] && [ "$mid_accepted" = 1 ] \
    || { echo "FAIL: an email was lost or sent twice"; result=FAIL; }
fi

# --- 2. the database server restarts under the running app --------------------------------------
say "2. MariaDB shut down and started again under the running app"
page="http://127.0.0.1:$APP_PORT/en/activities/$SLUG"
echo "before: $(curl -s -o /dev/null -w '%{http_code} in %{time_total} s' "$page")"
mariadb-admin --no-defaults -S "$SOCK" shutdown
wait "$DB_PID" 2>/dev/null || true
DB_PID=
down=$(curl -s -o "$OUT/down.html" -w '%{http_code} in %{time_total} s' "$page")
echo "database down: $down; title: $(grep -o '<title>[^<]*' "$OUT/down.html" | sed 's/<title>//')"
down_cy=$(curl -s -o "$OUT/down-cy.html" -w '%{http_code} in %{time_total} s' "http://127.0.0.1:$APP_PORT/cy/activities/$SLUG")
echo "database down (Welsh): $down_cy; title: $(grep -o '<title>[^<]*' "$OUT/down-cy.html" | sed 's/<title>//')"
grep -qiE 'exception|sqlstate' "$OUT/down.html" && { echo "FAIL: the page shows an error's details"; result=FAIL; }
[ "${down%% *}" = 503 ] && [ "${down_cy%% *}" = 503 ] || { echo "FAIL: not 503 while the database is down"; result=FAIL; }
restarted_at=$(now_ms)
start_db
back=
for _ in $(seq 1 240); do
  code=$(curl -s -o /dev/null -w '%{http_code}' "$page")
  [ "$code" = 200 ] && { back=$(( $(now_ms) - restarted_at )); break; }
  sleep 0.25
done
if [ -n "$back" ]; then
  echo "database back: the same app (pid $APP_PID) answers 200 again ${back} ms after the server was ready"
else
  echo "FAIL: the app did not recover"; result=FAIL
fi
grep -q "Sorry, there is a problem" "$OUT/down.html" || { echo "FAIL: the sorry page was not shown"; result=FAIL; }

say "$result (logs in $OUT: app.log, smtp.log, booker.log, mariadb.err)"
[ "$result" = PASS ]
