#!/usr/bin/env bash
# Several app nodes on an existing engine, run by hand against the production jar:
#
#  phase 1: one MariaDB server; two app nodes behind HAProxy (sticky sessions by cookie, health
#           checks). Visitors browse and send consultation responses (bench/LoadGenerator.java),
#           people book places in Chromium (bench/cluster/ClusterBooker.java), all through HAProxy,
#           across both nodes; one app node is killed (SIGKILL) mid-run, and the other carries on.
#  phase 2: the same on a three-node MariaDB Galera cluster (Debian's galera-4: three mariadbd on
#           this machine, the first bootstrapped with --wsrep-new-cluster). The app nodes reach it
#           through MariaDB Connector/J's sequential failover, each preferring a different database
#           node, so both write at once and Galera refuses some transactions at commit (they are
#           run again: base.db.RetryOnConflict). Mid-run one app node is killed, then one database
#           node.
#
#  After each phase, by SQL on a surviving database node: every booking reference a booker was
#  shown exists exactly once, no request booked twice, no session has more places confirmed than
#  its capacity, and the audit chain is unbroken. A table of figures, then PASS or FAIL.
#
#   bench/cluster/cluster.sh [seconds of load per phase]     (default 120)
#   PHASES="1 2" BOOKERS=2 CONCURRENCY=4 RESPONDERS=3 PLACES=12 bench/cluster/cluster.sh
#
# It builds the production jar in a copy of the sources (target/cluster/build; reused while no
# source is newer). Needs: apt-get install mariadb-server galera-4 rsync haproxy chromium
# chromium-driver. Everything it starts (servers, datadirs, sockets, HAProxy's config) lives under
# target/cluster, on ports of its own; no other server is touched. Not part of ./mvnw verify:
# RetryOnConflictTest covers the retry in a test run.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD
OUT=target/cluster
mkdir -p "$OUT"
RUN_S=${1:-120}
PHASES=${PHASES:-1 2}
BOOKERS=${BOOKERS:-2}
CONCURRENCY=${CONCURRENCY:-4}
RESPONDERS=${RESPONDERS:-3}
PLACES=${PLACES:-12}

fail() { printf 'cluster: %s\n' "$*" >&2; exit 1; }
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
[ -f /usr/lib/galera/libgalera_smm.so ] || fail "needs Galera: apt-get install -y galera-4"
command -v rsync >/dev/null || fail "needs rsync (Galera's state transfer): apt-get install -y rsync"
command -v haproxy >/dev/null || fail "needs HAProxy: apt-get install -y haproxy"
[ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ] || fail "needs chromium and chromium-driver"

# --- the production jar, and a class path with Selenium and Jackson for the clients --------------
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
CLIENT_CP=$(cat "$CP_FILE")

port_busy() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
free_port() { local p=$1; while port_busy "$p"; do p=$((p + 1)); done; echo "$p"; }

# --- processes this run started, stopped at the end ---------------------------------------------
declare -A DB_PID=() DB_PORT=() APP_PID=() APP_PORT=()
LB_PID=
LOAD_PID=
RESPOND_PID=
BOOKER_PIDS=()
# a process and everything under it (a booker's ChromeDriver and Chromium)
kill_tree() {
  local child
  for child in $(ps -o pid= --ppid "$1" 2>/dev/null); do kill_tree "$child"; done
  kill -KILL "$1" 2>/dev/null || true
}
cleanup() {
  local p
  for p in "${BOOKER_PIDS[@]}"; do [ -n "$p" ] && kill_tree "$p"; done
  for p in "$LOAD_PID" "$RESPOND_PID" "$LB_PID" "${APP_PID[@]}"; do [ -n "$p" ] && kill -KILL "$p" 2>/dev/null || true; done
  for p in "${DB_PID[@]}"; do [ -n "$p" ] && kill "$p" 2>/dev/null || true; done
}
trap cleanup EXIT
USER_ARG=(); [ "$(id -u)" = 0 ] && USER_ARG=(--user=root)

# --- database servers -----------------------------------------------------------------------------
# start_db NAME [mariadbd options...]: its own datadir, socket and port under target/cluster/NAME
start_db() {
  local name=$1; shift
  local dir=$ROOT/$OUT/$name
  # Galera nodes run as mysql: a joiner's rsync state transfer runs as the server's user, and as
  # root it drops to "nobody", who cannot write the joiner's files
  local user_arg=("${USER_ARG[@]}")
  [[ "$name" == galera* ]] && [ "$(id -u)" = 0 ] && user_arg=(--user=mysql)
  rm -rf "$dir"; mkdir -p "$dir/data"
  mariadb-install-db --no-defaults --datadir="$dir/data" "${user_arg[@]}" --auth-root-authentication-method=normal \
    --skip-test-db > "$dir/install.log" 2>&1 || { tail "$dir/install.log"; fail "mariadb-install-db failed for $name"; }
  [ "${user_arg[0]:-}" = --user=mysql ] && chown -R mysql: "$dir"
  [ -n "${DB_PORT[$name]:-}" ] || DB_PORT[$name]=$(free_port $((13310 + ${#DB_PORT[@]} * 10)))
  /usr/sbin/mariadbd --no-defaults --datadir="$dir/data" --socket="$dir/mysqld.sock" --port="${DB_PORT[$name]}" \
    --bind-address=127.0.0.1 --skip-grant-tables --character-set-server=utf8mb4 --collation-server=utf8mb4_unicode_ci \
    --innodb-buffer-pool-size=128M --pid-file="$dir/mysqld.pid" --log-error="$dir/mariadb.err" "${user_arg[@]}" "$@" &
  DB_PID[$name]=$!
  for _ in $(seq 1 480); do
    mariadb-admin --no-defaults -S "$dir/mysqld.sock" ping >/dev/null 2>&1 && return 0
    kill -0 "${DB_PID[$name]}" 2>/dev/null || fail "$name stopped (see $OUT/$name/mariadb.err)"
    sleep 0.25
  done
  fail "$name did not start (see $OUT/$name/mariadb.err)"
}
sql() { mariadb --no-defaults -S "$ROOT/$OUT/$1/mysqld.sock" -N -B takingpart -e "$2"; }
status_of() { mariadb --no-defaults -S "$ROOT/$OUT/$1/mysqld.sock" -N -B -e "SHOW GLOBAL STATUS LIKE '$2'" | cut -f2; }
stop_db() { local name=$1; [ -n "${DB_PID[$name]:-}" ] || return 0; kill "${DB_PID[$name]}" 2>/dev/null || true; wait "${DB_PID[$name]}" 2>/dev/null || true; DB_PID[$name]=; }

GCOMM=(14567 14577 14587)
SST=(14444 14454 14464)
start_galera_node() {
  local i=$1; shift
  local peers="gcomm://127.0.0.1:${GCOMM[0]},127.0.0.1:${GCOMM[1]},127.0.0.1:${GCOMM[2]}"
  for p in "${GCOMM[$i]}" $(( GCOMM[i] + 1 )) "${SST[$i]}"; do port_busy "$p" && fail "port $p (Galera) is in use"; done
  start_db "galera$((i + 1))" --wsrep-on=ON --wsrep-provider=/usr/lib/galera/libgalera_smm.so \
    --wsrep-cluster-name=takingpart-bench --wsrep-cluster-address="$peers" --wsrep-node-name="galera$((i + 1))" \
    --wsrep-node-address="127.0.0.1:${GCOMM[$i]}" \
    --wsrep-provider-options="base_port=${GCOMM[$i]};ist.recv_addr=127.0.0.1:$(( GCOMM[i] + 1 ));gcache.size=64M" \
    --wsrep-sst-method=rsync --wsrep-sst-receive-address="127.0.0.1:${SST[$i]}" \
    --binlog-format=ROW --default-storage-engine=InnoDB --innodb-autoinc-lock-mode=2 "$@"
}

# --- app nodes and the load balancer ---------------------------------------------------------------
# start_app NAME JDBC_URL: waits until it answers; the first to start runs Flyway and loads the demo content
start_app() {
  local name=$1 url=$2
  APP_PORT[$name]=$(free_port $((18280 + ${#APP_PORT[@]} * 10)))
  SPRING_DATASOURCE_URL="$url" SPRING_DATASOURCE_USERNAME=root SPRING_DATASOURCE_PASSWORD= PORT=${APP_PORT[$name]} \
  java -Xmx768m -jar "$JAR" --takingpart.demo-content=true --takingpart.rate-limits.booking.per-address=100000/1h \
    >> "$OUT/app-$name.log" 2>&1 &
  APP_PID[$name]=$!
  local started; started=$(now_ms)
  for _ in $(seq 1 600); do
    [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:${APP_PORT[$name]}/en")" = 200 ] \
      && { echo "app node $name up on port ${APP_PORT[$name]} (pid ${APP_PID[$name]}) in $(( $(now_ms) - started )) ms"; return 0; }
    kill -0 "${APP_PID[$name]}" 2>/dev/null || fail "app node $name stopped (see $OUT/app-$name.log)"
    sleep 0.5
  done
  fail "app node $name did not start"
}
stop_app() { local name=$1; [ -n "${APP_PID[$name]:-}" ] || return 0; kill -KILL "${APP_PID[$name]}" 2>/dev/null || true; wait "${APP_PID[$name]}" 2>/dev/null || true; APP_PID[$name]=; }

LB_PORT=$(free_port 18380)
start_lb() {
  # sticky by a cookie of HAProxy's own (TPNODE): a Vaadin UI lives in one node's memory, so every
  # request of a visit must reach the node that holds it; when that node is down, redispatch sends
  # the visitor to another node (who then starts again: their UI is gone)
  cat > "$OUT/haproxy.cfg" <<CFG
global
    maxconn 4096
    pidfile $ROOT/$OUT/haproxy.pid

defaults
    mode http
    option httplog
    option redispatch
    retries 2
    timeout connect 2s
    timeout client 120s
    timeout server 120s

frontend site
    bind 127.0.0.1:$LB_PORT
    default_backend app_nodes

backend app_nodes
    balance roundrobin
    cookie TPNODE insert indirect nocache httponly
    option httpchk GET /icons/favicon.svg
    http-check expect status 200
    default-server inter 1s fall 2 rise 2
    server a 127.0.0.1:${APP_PORT[a]} check cookie a
    server b 127.0.0.1:${APP_PORT[b]} check cookie b
CFG
  haproxy -c -q -f "$OUT/haproxy.cfg" || fail "bad HAProxy configuration"
  haproxy -db -f "$OUT/haproxy.cfg" > "$OUT/haproxy.log" 2>&1 &
  LB_PID=$!
  for _ in $(seq 1 40); do port_busy "$LB_PORT" && break; sleep 0.25; done
  echo "HAProxy on port $LB_PORT (pid $LB_PID): nodes a (${APP_PORT[a]}) and b (${APP_PORT[b]}), sticky by cookie TPNODE"
}
stop_lb() { [ -n "$LB_PID" ] && kill "$LB_PID" 2>/dev/null || true; wait "$LB_PID" 2>/dev/null || true; LB_PID=; }

# --- one phase's load ------------------------------------------------------------------------------
# run_load PHASE DB_FOR_SETUP KILLS...: each kill is "app NAME" or "db NAME", spread over the run
declare -A FIG=()
run_load() {
  local phase=$1 setup_db=$2; shift 2
  local kills=("$@")
  # a session to book: its capacity set to what is taken plus PLACES, so it fills during the run
  local session first
  read -r session first < <(sql "$setup_db" "SELECT s.id, CASE WHEN s.booking_limit > 1 THEN 'places' ELSE 'contact' END
    FROM event_session s JOIN activity a ON a.id = s.activity_id
    WHERE s.status = 'SCHEDULED' AND s.starts_at > NOW() + INTERVAL 2 DAY AND a.published_at IS NOT NULL AND a.type <> 'TIME_TO_LISTEN'
    ORDER BY s.capacity DESC, s.starts_at LIMIT 1")
  [ -n "${session:-}" ] || fail "no bookable session in the demo content"
  sql "$setup_db" "UPDATE event_session SET capacity = (SELECT COALESCE(SUM(places), 0) FROM booking WHERE session_id = $session AND status = 'CONFIRMED') + $PLACES WHERE id = $session"
  FIG[$phase.session]=$session
  local stopfile=$ROOT/$OUT/STOP-$phase
  rm -f "$stopfile" "$OUT"/booked-"$phase"-*.txt
  say "Phase $phase: ${RUN_S} s of load through HAProxy: $CONCURRENCY browsing visitors, $BOOKERS bookers (session $session, $PLACES places left)"
  java -cp "$CLIENT_CP" bench/LoadGenerator.java --url="http://127.0.0.1:$LB_PORT" --duration="$RUN_S" --concurrency="$CONCURRENCY" \
    --think-ms=1000 --warmup=0 --progress=0 --timeout=20 --stop-file="$stopfile.load" > "$OUT/load-$phase.log" 2>&1 &
  LOAD_PID=$!
  # people sending a consultation response (each one an audit entry: the chain's head is the row
  # both nodes write most), so that writes meet on the two app nodes at the same moment
  java -cp "$CLIENT_CP" bench/LoadGenerator.java --scenario=respond --url="http://127.0.0.1:$LB_PORT" --duration="$RUN_S" \
    --concurrency="$RESPONDERS" --think-ms=500 --warmup=0 --progress=0 --timeout=20 --stop-file="$stopfile.load" \
    > "$OUT/respond-$phase.log" 2>&1 &
  RESPOND_PID=$!
  BOOKER_PIDS=()
  for k in $(seq 1 "$BOOKERS"); do
    java -cp "$CLIENT_CP" bench/cluster/ClusterBooker.java "http://127.0.0.1:$LB_PORT" "$session" "$first" "P$phase Booker$k" \
      "$OUT/booked-$phase-$k.txt" "$stopfile" > "$OUT/booker-$phase-$k.log" 2>&1 &
    BOOKER_PIDS+=($!)
  done
  # the clock starts at the first booking shown (Chromium takes a while to start on a busy machine),
  # so that the kills fall while people are booking
  local waited; waited=$(now_ms)
  until cat "$OUT"/booked-"$phase"-*.txt 2>/dev/null | grep -q .; do
    [ $(( $(now_ms) - waited )) -lt 300000 ] || fail "no booking in 5 minutes (see $OUT/booker-$phase-*.log)"
    sleep 0.5
  done
  echo "  first booking shown after $(( ($(now_ms) - waited) / 1000 )) s; the run's ${RUN_S} s start now"
  local started; started=$(now_ms)
  local n=${#kills[@]} i=0
  for kill in "${kills[@]}"; do
    i=$((i + 1))
    local at=$(( RUN_S * 1000 * i / (n + 1) ))
    while [ $(( $(now_ms) - started )) -lt "$at" ]; do sleep 0.2; done
    read -r kind name <<< "$kill"
    # "app last": the node that served the latest booking (a booker may be in the middle of a visit
    # there); "db survivor": the database node the remaining app node writes to
    [ "$name" = last ] && name=$(cat "$OUT"/booked-"$phase"-*.txt | tail -1 | cut -f3)
    [ "$name" = last ] || [ -z "$name" ] && name=a
    [ "$name" = survivor ] && { [ -n "${APP_PID[a]:-}" ] && name=galera1 || name=galera2; }
    local before; before=$(cat "$OUT"/booked-"$phase"-*.txt 2>/dev/null | wc -l || true)
    if [ "$kind" = app ]; then
      stop_app "$name"
      echo "  $(( at / 1000 )) s: app node $name killed (SIGKILL); $before bookings shown so far"
      FIG[$phase.kills]="${FIG[$phase.kills]:-}app node $name"
    else
      kill -KILL "${DB_PID[$name]}"; wait "${DB_PID[$name]}" 2>/dev/null || true; DB_PID[$name]=
      echo "  $(( at / 1000 )) s: database node $name killed (SIGKILL); $before bookings shown so far"
      FIG[$phase.kills]="${FIG[$phase.kills]:-}, then db $name"
    fi
  done
  while [ $(( $(now_ms) - started )) -lt $(( RUN_S * 1000 )) ]; do sleep 0.5; done
  touch "$stopfile" "$stopfile.load"
  for p in "${BOOKER_PIDS[@]}"; do
    for _ in $(seq 1 120); do kill -0 "$p" 2>/dev/null || break; sleep 0.5; done
    kill -0 "$p" 2>/dev/null && kill_tree "$p"
    wait "$p" 2>/dev/null || true
  done
  BOOKER_PIDS=()
  for _ in $(seq 1 120); do kill -0 "$LOAD_PID" 2>/dev/null || break; sleep 0.5; done
  kill -0 "$LOAD_PID" 2>/dev/null && kill -KILL "$LOAD_PID" 2>/dev/null || true
  wait "$LOAD_PID" 2>/dev/null || true
  LOAD_PID=
  for _ in $(seq 1 120); do kill -0 "$RESPOND_PID" 2>/dev/null || break; sleep 0.5; done
  kill -0 "$RESPOND_PID" 2>/dev/null && kill -KILL "$RESPOND_PID" 2>/dev/null || true
  wait "$RESPOND_PID" 2>/dev/null || true
  RESPOND_PID=
  FIG[$phase.respondents]=$(grep -E '^visitors:' "$OUT/respond-$phase.log" | head -1 | sed 's/^visitors: //' || true)
  FIG[$phase.visitors]=$(grep -E '^visitors:' "$OUT/load-$phase.log" | head -1 | sed 's/^visitors: //' || true)
  FIG[$phase.restarted]=$(cat "$OUT"/booker-"$phase"-*.log | grep -c ' restarted: ' || true)
}

# --- the checks, by SQL on a surviving database node --------------------------------------------------
RESULT=PASS
check() {
  local phase=$1 db=$2
  local shown_file=$OUT/booked-$phase.txt
  cat "$OUT"/booked-"$phase"-*.txt 2>/dev/null > "$shown_file" || true
  local shown refs found missing doubled twice over in_db
  shown=$(wc -l < "$shown_file")
  refs=$(cut -f1 "$shown_file" | sed "s/.*/'&'/" | paste -sd, -)
  [ -n "$refs" ] || refs="''"
  found=$(sql "$db" "SELECT COUNT(DISTINCT reference) FROM booking WHERE reference IN ($refs)")
  missing=$(( $(cut -f1 "$shown_file" | sort -u | wc -l) - found ))
  doubled=$(sql "$db" "SELECT COUNT(*) FROM (SELECT reference FROM booking WHERE reference IN ($refs) GROUP BY reference HAVING COUNT(*) > 1) x")
  twice=$(sql "$db" "SELECT COUNT(*) FROM (SELECT name FROM booking WHERE name LIKE 'P$phase Booker%' GROUP BY name HAVING COUNT(*) > 1) x")
  in_db=$(sql "$db" "SELECT COUNT(*) FROM booking WHERE name LIKE 'P$phase Booker%'")
  over=$(sql "$db" "SELECT COUNT(*) FROM event_session s WHERE s.capacity < (SELECT COALESCE(SUM(b.places), 0) FROM booking b WHERE b.session_id = s.id AND b.status = 'CONFIRMED')")
  local session=${FIG[$phase.session]}
  local confirmed waiting capacity
  capacity=$(sql "$db" "SELECT capacity FROM event_session WHERE id = $session")
  confirmed=$(sql "$db" "SELECT COALESCE(SUM(places), 0) FROM booking WHERE session_id = $session AND status = 'CONFIRMED'")
  waiting=$(sql "$db" "SELECT COUNT(*) FROM booking WHERE session_id = $session AND status = 'WAITING'")
  # the audit chain: ids run on from 1 without a gap, each entry names the hash of the one before,
  # and the head names the last entry and its hash (each entry's own hash is checked by the app's
  # AuditTrail.verify, which RetryOnConflictTest runs)
  local entries gaps links head
  entries=$(sql "$db" "SELECT COUNT(*) FROM audit_entry")
  gaps=$(sql "$db" "SELECT COUNT(*) FROM audit_entry WHERE id > 1 AND NOT EXISTS (SELECT 1 FROM audit_entry p WHERE p.id = audit_entry.id - 1)")
  links=$(sql "$db" "SELECT COUNT(*) FROM audit_entry e JOIN audit_entry p ON p.id = e.id - 1 WHERE e.previous_hash <> p.hash")
  head=$(sql "$db" "SELECT COUNT(*) FROM audit_head h JOIN audit_entry e ON e.id = h.last_entry_id AND e.hash = h.last_hash WHERE e.id = (SELECT MAX(id) FROM audit_entry) AND (SELECT MIN(id) FROM audit_entry) = 1")
  local chain=intact
  { [ "$gaps" = 0 ] && [ "$links" = 0 ] && [ "$head" = 1 ]; } || chain="BROKEN (gaps $gaps, bad links $links, head ok $head)"
  FIG[$phase.shown]=$shown; FIG[$phase.missing]=$missing; FIG[$phase.doubled]=$doubled; FIG[$phase.twice]=$twice
  FIG[$phase.in_db]=$in_db; FIG[$phase.over]=$over; FIG[$phase.chain]="$chain, $entries entries"
  FIG[$phase.session_fill]="$confirmed of $capacity places, $waiting waiting"
  FIG[$phase.retries]=$(cat "$OUT"/app-*.log | grep -c "Write conflict in" || true)
  local ok=PASS
  { [ "$missing" = 0 ] && [ "$doubled" = 0 ] && [ "$twice" = 0 ] && [ "$over" = 0 ] && [ "$chain" = intact ] && [ "$shown" -gt 0 ]; } || ok=FAIL
  FIG[$phase.result]=$ok
  [ "$ok" = PASS ] || RESULT=FAIL
  cut -f3 "$shown_file" | sort | uniq -c | awk '{printf "%s on node %s; ", $1, $2}' > "$OUT/by-node-$phase.txt"
  FIG[$phase.by_node]=$(cat "$OUT/by-node-$phase.txt")
  echo "phase $phase: ${FIG[$phase.shown]} references shown (${FIG[$phase.by_node]}), $missing missing, $doubled stored twice," \
    "$twice attempts booked twice, $over sessions over capacity ($confirmed of $capacity places confirmed, $waiting waiting)," \
    "audit chain ${FIG[$phase.chain]}, ${FIG[$phase.retries]} transactions run again: $ok"
}

# --- phase 1: one MariaDB ----------------------------------------------------------------------------
if [[ " $PHASES " == *" 1 "* ]]; then
  say "Phase 1: one MariaDB server, two app nodes behind HAProxy"
  : > "$OUT/app-a.log"; : > "$OUT/app-b.log"
  start_db single
  mariadb --no-defaults -S "$ROOT/$OUT/single/mysqld.sock" -e "CREATE DATABASE takingpart CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
  URL1="jdbc:mariadb://127.0.0.1:${DB_PORT[single]}/takingpart"
  echo "MariaDB $(sql single 'SELECT VERSION()') on port ${DB_PORT[single]}; JDBC URL $URL1"
  start_app a "$URL1"     # runs Flyway and loads the demo content
  start_app b "$URL1"     # finds the schema up to date
  start_lb
  run_load 1 single "app last"
  check 1 single
  stop_lb; stop_app a; stop_app b; stop_db single
fi

# --- phase 2: a three-node Galera cluster ------------------------------------------------------------
if [[ " $PHASES " == *" 2 "* ]]; then
  say "Phase 2: a three-node MariaDB Galera cluster, two app nodes behind HAProxy"
  : > "$OUT/app-a.log"; : > "$OUT/app-b.log"
  DB_PORT=()
  start_galera_node 0 --wsrep-new-cluster   # bootstraps the cluster; the others join it (state transfer by rsync)
  start_galera_node 1
  start_galera_node 2
  for _ in $(seq 1 240); do
    [ "$(status_of galera1 wsrep_cluster_size)" = 3 ] && [ "$(status_of galera3 wsrep_local_state_comment)" = Synced ] \
      && [ "$(status_of galera2 wsrep_local_state_comment)" = Synced ] && break
    sleep 0.5
  done
  [ "$(status_of galera1 wsrep_cluster_size)" = 3 ] || fail "the Galera cluster did not reach three nodes (see $OUT/galera*/mariadb.err)"
  mariadb --no-defaults -S "$ROOT/$OUT/galera1/mysqld.sock" -e "CREATE DATABASE takingpart CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
  P1=${DB_PORT[galera1]}; P2=${DB_PORT[galera2]}; P3=${DB_PORT[galera3]}
  echo "Galera cluster: $(status_of galera1 wsrep_cluster_size) nodes on ports $P1 $P2 $P3 ($(status_of galera1 wsrep_provider_version))"
  # each app node writes to its own database node first, so both write at once (certification
  # conflicts happen and are retried); on losing it, Connector/J fails over to the next in the list
  URL_A="jdbc:mariadb:sequential://127.0.0.1:$P1,127.0.0.1:$P2,127.0.0.1:$P3/takingpart"
  URL_B="jdbc:mariadb:sequential://127.0.0.1:$P2,127.0.0.1:$P3,127.0.0.1:$P1/takingpart"
  echo "app node a: $URL_A"; echo "app node b: $URL_B"
  start_app a "$URL_A"    # runs Flyway (once: DDL is replicated to every node) and loads the demo content
  start_app b "$URL_B"
  start_lb
  cert_before=0
  for n in galera1 galera2 galera3; do cert_before=$(( cert_before + $(status_of $n wsrep_local_cert_failures) + $(status_of $n wsrep_local_bf_aborts) )); done
  # stop an app node, then the database node the other one writes to (it fails over to the next)
  run_load 2 galera3 "app last" "db survivor"
  # read what the survivors say about the cluster, then check
  FIG[2.cluster]="$(status_of galera3 wsrep_cluster_size) nodes left, $(status_of galera3 wsrep_cluster_status), galera3 $(status_of galera3 wsrep_local_state_comment)"
  live=(); for n in galera1 galera2 galera3; do [ -n "${DB_PID[$n]:-}" ] && live+=("$n"); done
  conflicts=0
  for n in "${live[@]}"; do conflicts=$(( conflicts + $(status_of $n wsrep_local_cert_failures) + $(status_of $n wsrep_local_bf_aborts) )); done
  FIG[2.galera_conflicts]="$conflicts on the surviving nodes (certification failures + brute-force aborts; the killed node's own are lost with it)"
  # both survivors hold the same bookings
  FIG[2.same]=$([ "$(sql "${live[0]}" "SELECT COUNT(*), COALESCE(SUM(id), 0) FROM booking")" = "$(sql "${live[1]}" "SELECT COUNT(*), COALESCE(SUM(id), 0) FROM booking")" ] && echo yes || echo NO)
  [ "${FIG[2.same]}" = yes ] || RESULT=FAIL
  check 2 galera3
  stop_lb; stop_app a; stop_app b
  for n in galera1 galera2 galera3; do stop_db "$n"; done
fi

# --- the figures ---------------------------------------------------------------------------------------
say "Figures (${RUN_S} s of load per phase; logs in $OUT)"
row() { printf '%-44s | %-40s | %s\n' "$1" "$2" "$3"; }
row "" "phase 1: one MariaDB" "phase 2: Galera, 3 nodes"
row "killed mid-run (SIGKILL)" "${FIG[1.kills]:--}" "${FIG[2.kills]:--}"
for key in visitors:"browsing visitors (LoadGenerator)" respondents:"people responding (LoadGenerator)" restarted:"booking visits restarted (node died)" \
    shown:"booking references shown" by_node:"shown, by app node" in_db:"bookers' bookings in the database" \
    missing:"shown but missing from the database" doubled:"references stored twice" twice:"attempts booked twice" \
    session_fill:"the booked session" over:"sessions over capacity" chain:"audit chain" retries:"transactions run again (conflicts)" \
    result:"result"; do
  row "${key#*:}" "${FIG[1.${key%%:*}]:--}" "${FIG[2.${key%%:*}]:--}"
done
[ -n "${FIG[2.cluster]:-}" ] && { row "Galera at the end" "" "${FIG[2.cluster]}"; row "Galera conflicts" "" "${FIG[2.galera_conflicts]}"; row "survivors hold the same bookings" "" "${FIG[2.same]}"; }
say "$RESULT"
[ "$RESULT" = PASS ]
