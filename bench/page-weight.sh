#!/usr/bin/env bash
# Page weight and Lighthouse scores of the production build, in one command:
#
#   bench/page-weight.sh            build the production jar if the sources are newer, then measure
#   bench/page-weight.sh --build    always build it first
#   bench/page-weight.sh --no-build measure the jar already in target/
#   bench/page-weight.sh --serve    only start the jar with the demo content and wait (Ctrl-C stops)
#
# It starts a private MariaDB server (Debian's mariadb-server, a fresh database in a temporary
# folder, on a free port), starts the production jar on it with the demo content
# (TAKINGPART_DEMO_CONTENT=true) on a free port, checks the cache and compression headers of the
# hashed bundle files, then runs Lighthouse 12 (npm; mobile, its default) with Debian's Chromium
# on the home page, an activity page, the sessions page and the first booking step, in English
# and Welsh, and prints a table: transferred bytes and the four category scores.
#
# It fails (exit 1) when a page's first load transfers more than PAGE_WEIGHT_MAX_KIB (200 KiB) or
# scores below 1.00 for accessibility. The performance score is printed with the other goals
# (performance >= 0.90, best practices >= 0.95, SEO >= 0.95) but not gated on: Lighthouse's
# simulated mobile timing moves by 0.1 or more between runs on a shared 2-core machine.
#
# Results: target/page-weight/ (one Lighthouse JSON report per page, summary.txt, app.log).
# Needs: a JDK 21+, Node.js 18+ and npm for Lighthouse (installed once under ~/.cache/taking-part;
# without a Node 18+, bench/node24.sh's is used), chromium and mariadb-server (installed with
# apt-get when missing and running as root). Building the jar needs no Node.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD

MAX_KIB=${PAGE_WEIGHT_MAX_KIB:-200}
LIGHTHOUSE_VERSION=${LIGHTHOUSE_VERSION:-12}
CHROME=${CHROME_PATH:-/usr/bin/chromium}
OUT=$ROOT/target/page-weight
CACHE=${XDG_CACHE_HOME:-$HOME/.cache}/taking-part

say() { printf '\n==> %s\n' "$*"; }
fail() { printf '\nPAGE WEIGHT CHECK FAILED: %s\n' "$*" >&2; exit 1; }

build=auto serve=
case "${1:-}" in
  --build) build=always ;;
  --no-build) build=never ;;
  --serve) serve=yes ;;
  "") ;;
  *) echo "usage: $0 [--build|--no-build|--serve]" >&2; exit 2 ;;
esac
[ -z "$serve" ] || OUT=$ROOT/target/page-weight-serve   # keep the last check's reports

# --- a JDK 21+ --------------------------------------------------------------------------------
java_major() { "$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p' | cut -d. -f1; }
for candidate in "${JAVA_HOME:-}" /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/*; do
  [ -n "$candidate" ] && [ -x "$candidate/bin/java" ] || continue
  major=$(java_major "$candidate")
  if [ -n "$major" ] && [ "$major" -ge 21 ]; then export JAVA_HOME=$candidate; break; fi
done
[ -n "${JAVA_HOME:-}" ] && [ "$(java_major "$JAVA_HOME")" -ge 21 ] || fail "no JDK 21+ found (set JAVA_HOME)"
export PATH="$JAVA_HOME/bin:$PATH"

# --- Debian packages -------------------------------------------------------------------------
missing=()
[ -x "$CHROME" ] || missing+=(chromium)
[ -x /usr/sbin/mariadbd ] || missing+=(mariadb-server)
if [ ${#missing[@]} -gt 0 ]; then
  [ "$(id -u)" = 0 ] || fail "install ${missing[*]} (apt-get install ${missing[*]})"
  say "Installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq || fail "apt-get update failed"
  apt-get install -y -qq "${missing[@]}" >/dev/null || fail "could not install ${missing[*]}"
fi

# --- the production jar ----------------------------------------------------------------------
jar() { local f; for f in "$ROOT"/target/taking-part-*.jar; do [ -f "$f" ] && { echo "$f"; return; }; done; }
if [ "$build" = auto ]; then
  build=never
  if [ -z "$(jar)" ] || [ -n "$(find src translations frontend pom.xml -newer "$(jar)" -type f 2>/dev/null | head -1)" ]; then
    build=always
  fi
fi
if [ "$build" = always ]; then
  say "Building the production jar (./mvnw -Pproduction -DskipTests package)"
  # no Node needed: Vaadin reuses the committed src/main/bundles/prod.bundle unless the frontend changed
  mkdir -p "$ROOT/target"
  ./mvnw -B -ntp -Pproduction -DskipTests package > "$ROOT/target/page-weight-build.log" 2>&1 || {
    tail -40 "$ROOT/target/page-weight-build.log" >&2
    grep -q "bundle build is needed" "$ROOT/target/page-weight-build.log" && echo "The frontend changed: rebuild the bundle with Node 24, PATH=\"\$(bench/node24.sh):\$PATH\" ./mvnw -Pproduction -DskipTests package, and commit src/main/bundles/prod.bundle" >&2
    fail "the production build failed (target/page-weight-build.log)"
  }
  grep -E "production mode bundle build is (not )?needed|Using globally installed Node" "$ROOT/target/page-weight-build.log" || true
fi
JAR=$(jar)
[ -n "$JAR" ] || fail "no jar in target/"
rm -rf "$OUT"; mkdir -p "$OUT"
mv -f "$ROOT/target/page-weight-build.log" "$OUT/build.log" 2>/dev/null || true
unzip -l "$JAR" > "$OUT/jar-contents.txt"
grep -q 'META-INF/VAADIN/webapp/VAADIN/build/' "$OUT/jar-contents.txt" || fail "$JAR holds no frontend bundle: build it with -Pproduction"
! grep -Eq 'BOOT-INF/lib/(vaadin-dev|vaadin-dev-server|copilot)-' "$OUT/jar-contents.txt" || fail "$JAR holds Vaadin's development tools: build it with -Pproduction"
echo "jar: $JAR ($(( $(stat -c %s "$JAR") / 1024 / 1024 )) MB)"

# --- free ports, and cleaning up what this script started ------------------------------------
free_port() {
  local port
  while :; do
    port=$(( 20000 + RANDOM % 40000 ))
    (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null || { echo "$port"; return; }
  done
}
WORK=$(mktemp -d /tmp/taking-part-page-weight.XXXXXX)
DB_PID= APP_PID=
cleanup() {
  set +e
  if [ -n "$APP_PID" ]; then kill "$APP_PID" 2>/dev/null; wait "$APP_PID" 2>/dev/null; fi
  if [ -n "$DB_PID" ]; then kill "$DB_PID" 2>/dev/null; wait "$DB_PID" 2>/dev/null; fi
  if [ -f "$WORK/db/mariadb.log" ]; then cp "$WORK/db/mariadb.log" "$OUT/mariadb.log"; fi
  rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# --- a private MariaDB server with a fresh database -------------------------------------------
say "Starting a MariaDB server ($(/usr/sbin/mariadbd --version | awk '{print $3}'))"
DB=$WORK/db
mkdir -p "$DB/data"
chmod 755 "$WORK"
as_db=()
if [ "$(id -u)" = 0 ]; then
  # mariadbd will not run as root: its folder belongs to the mysql user the package created
  chown -R mysql:mysql "$DB"
  as_db=(--user=mysql)
fi
mariadb-install-db --no-defaults "${as_db[@]}" --datadir="$DB/data" --auth-root-authentication-method=normal \
  --skip-test-db > "$OUT/mariadb-install.log" 2>&1 || { cat "$OUT/mariadb-install.log" >&2; fail "mariadb-install-db failed"; }
DB_PORT=$(free_port)
DB_SOCKET=$DB/mariadb.sock
/usr/sbin/mariadbd --no-defaults "${as_db[@]}" --datadir="$DB/data" --socket="$DB_SOCKET" --port="$DB_PORT" \
  --bind-address=127.0.0.1 --skip-name-resolve --pid-file="$DB/mariadbd.pid" --log-error="$DB/mariadb.log" \
  --character-set-server=utf8mb4 --collation-server=utf8mb4_unicode_ci &
DB_PID=$!
sql() { mariadb --no-defaults --socket="$DB_SOCKET" -uroot "$@"; }
for _ in $(seq 1 120); do
  sql -e "SELECT 1" >/dev/null 2>&1 && break
  kill -0 "$DB_PID" 2>/dev/null || { cat "$DB/mariadb.log" >&2; fail "the MariaDB server stopped"; }
  sleep 0.5
done
sql -e "SELECT 1" >/dev/null || { cat "$DB/mariadb.log" >&2; fail "the MariaDB server did not start"; }
DB_PASSWORD=pw-$RANDOM$RANDOM$RANDOM
sql <<SQL
CREATE DATABASE takingpart CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE USER 'takingpart'@'127.0.0.1' IDENTIFIED BY '$DB_PASSWORD';
GRANT ALL ON takingpart.* TO 'takingpart'@'127.0.0.1';
SQL

# --- the production jar with the demo content ------------------------------------------------
APP_PORT=$(free_port)
BASE=http://127.0.0.1:$APP_PORT
say "Starting $(basename "$JAR") on port $APP_PORT with the demo content"
SPRING_DATASOURCE_URL="jdbc:mariadb://127.0.0.1:$DB_PORT/takingpart" \
SPRING_DATASOURCE_USERNAME=takingpart SPRING_DATASOURCE_PASSWORD="$DB_PASSWORD" \
TAKINGPART_DEMO_CONTENT=true TAKINGPART_PUBLIC_URL="$BASE" \
  java -Xmx768m -jar "$JAR" --server.port="$APP_PORT" > "$OUT/app.log" 2>&1 &
APP_PID=$!
started=
for _ in $(seq 1 360); do
  kill -0 "$APP_PID" 2>/dev/null || { tail -60 "$OUT/app.log" >&2; fail "the application stopped (${OUT#$ROOT/}/app.log)"; }
  if grep -Eq "Loaded [0-9]+ demo sessions" "$OUT/app.log"; then started=yes; break; fi
  grep -q "no demo content is loaded" "$OUT/app.log" && fail "the fresh database got no demo content"
  sleep 0.5
done
[ -n "$started" ] || { tail -60 "$OUT/app.log" >&2; fail "the application did not load its demo content within 3 minutes"; }
grep -E "Started Application|Loaded [0-9]+ demo" "$OUT/app.log" | sed -E 's/^.* : //' || true

# a session to book and its activity: an event (not Time to Listen) that takes several places
read -r SESSION_ID SLUG < <(sql -N takingpart -e "
  SELECT s.id, a.slug FROM event_session s JOIN activity a ON a.id = s.activity_id
  WHERE a.type = 'EVENT' AND s.booking_limit > 1 AND s.status = 'SCHEDULED' AND s.starts_at > UTC_TIMESTAMP()
  ORDER BY s.starts_at LIMIT 1")
[ -n "${SESSION_ID:-}" ] || fail "no bookable demo session found"
if [ -n "$serve" ]; then
  echo "Serving $BASE/en (activity $SLUG, session $SESSION_ID; staff passwords in ${OUT#$ROOT/}/app.log). Ctrl-C stops it."
  wait "$APP_PID"
  exit 0
fi

# name, address, and what the page shows once its content has loaded
PAGES=(
  "home-en /en href=\"en/activities/$SLUG\""
  "home-cy /cy href=\"cy/activities/$SLUG\""
  "activity-en /en/activities/$SLUG href=\"en/book/$SESSION_ID/places\""
  "activity-cy /cy/activities/$SLUG href=\"cy/book/$SESSION_ID/places\""
  "sessions-en /en/sessions href=\"en/book/$SESSION_ID/places\""
  "sessions-cy /cy/sessions href=\"cy/book/$SESSION_ID/places\""
  "booking-en /en/book/$SESSION_ID/places id=\"places\""
  "booking-cy /cy/book/$SESSION_ID/places id=\"places\""
)

# --- each page: its first response's title, and its content once loaded in Chromium -----------
# (an empty page would pass the weight and accessibility checks; this also warms the server)
say "Pages"
for entry in "${PAGES[@]}"; do
  read -r name path marker <<<"$entry"
  curl -fsS -o "$OUT/$name.html" "$BASE$path" || fail "$path does not answer 200"
  title=$(sed -n 's:.*<title>\([^<]*\)</title>.*:\1:p' "$OUT/$name.html" | head -1)
  printf '  %-46s %s\n' "$path" "$title"
  case "$name" in
    booking-*) ;;   # the booking steps name the session once the page has loaded
    *) case "$title" in *" – "*) ;; *) fail "$path has no title of its own (\"$title\"): is the demo content there?" ;; esac ;;
  esac
  timeout 90 "$CHROME" --headless --no-sandbox --disable-gpu --disable-dev-shm-usage --no-first-run \
    --user-data-dir="$WORK/chrome-$name" --virtual-time-budget=15000 --dump-dom "$BASE$path" \
    > "$OUT/$name.rendered.html" 2>/dev/null || fail "Chromium could not load $path"
  grep -q '<main' "$OUT/$name.rendered.html" && grep -qF "$marker" "$OUT/$name.rendered.html" \
    || fail "$path shows no <main> with $marker once loaded (target/page-weight/$name.rendered.html)"
done
say "Headers"
script=$(grep -o 'VAADIN/build/[A-Za-z0-9_.-]*\.js' "$OUT/home-en.html" | head -1 || true)
[ -n "$script" ] || fail "the page loads no script from VAADIN/build/"
curl -fsS -o /dev/null -D "$OUT/bundle-headers.txt" -H 'Accept-Encoding: br, gzip' "$BASE/$script"
curl -fsS -o /dev/null -D "$OUT/page-headers.txt" -H 'Accept-Encoding: br, gzip' "$BASE/en"
echo "/$script:"; grep -Ei '^(cache-control|content-encoding|content-length):' "$OUT/bundle-headers.txt" | sed 's/^/  /'
echo "/en:"; grep -Ei '^(cache-control|content-encoding):' "$OUT/page-headers.txt" | sed 's/^/  /'
grep -Eiq '^cache-control:.*max-age=31536000' "$OUT/bundle-headers.txt" || fail "/$script is not cached for a year"
grep -Eiq '^content-encoding: *(br|gzip)' "$OUT/bundle-headers.txt" || fail "/$script is sent uncompressed"
grep -Eiq '^content-encoding: *(br|gzip)' "$OUT/page-headers.txt" || fail "/en is sent uncompressed"

# --- Lighthouse --------------------------------------------------------------------------------
node_bin=node
if ! node -e 'process.exit(+process.versions.node.split(".")[0] >= 18 ? 0 : 1)' 2>/dev/null; then
  node_bin="$(bench/node24.sh)/node"
fi
LH=$CACHE/lighthouse$LIGHTHOUSE_VERSION
if [ ! -f "$LH/node_modules/lighthouse/cli/index.js" ]; then
  say "Installing lighthouse@$LIGHTHOUSE_VERSION into $LH"
  command -v npm >/dev/null || fail "npm is needed once to install Lighthouse"
  mkdir -p "$LH"
  npm install --prefix "$LH" --no-audit --no-fund --loglevel=error "lighthouse@$LIGHTHOUSE_VERSION" >/dev/null \
    || fail "could not install lighthouse@$LIGHTHOUSE_VERSION"
fi
say "Lighthouse $("$node_bin" "$LH/node_modules/lighthouse/cli/index.js" --version) (mobile), $("$CHROME" --version 2>/dev/null)"
for entry in "${PAGES[@]}"; do
  read -r name path _ <<<"$entry"
  echo "  $path"
  CHROME_PATH=$CHROME "$node_bin" "$LH/node_modules/lighthouse/cli/index.js" "$BASE$path" --quiet \
    --output=json --output-path="$OUT/$name.json" \
    --only-categories=performance,accessibility,best-practices,seo \
    --chrome-flags="--headless --no-sandbox --disable-gpu --disable-dev-shm-usage" \
    > "$OUT/$name.lighthouse.log" 2>&1 || { tail -20 "$OUT/$name.lighthouse.log" >&2; fail "Lighthouse failed on $path"; }
done

# --- the table, and the gate -------------------------------------------------------------------
say "Results (first load, Lighthouse mobile)"
if ! PAGE_LIST=$(printf '%s\n' "${PAGES[@]}" | cut -d' ' -f1,2) MAX_KIB=$MAX_KIB OUT=$OUT "$node_bin" - <<'JS' | tee "$OUT/summary.txt"; then
const fs = require('fs');
const max = Number(process.env.MAX_KIB) * 1024;
const pages = process.env.PAGE_LIST.trim().split('\n').map(l => l.split(' '));
const score = (r, c) => r.categories[c].score;
const fmt = s => s == null ? ' n/a' : s.toFixed(2);
const rows = [], problems = [], misses = [];
const pad = (s, n) => String(s).padEnd(n), lpad = (s, n) => String(s).padStart(n);
console.log(pad('page', 46) + lpad('KiB', 7) + lpad('JS KiB', 8) + lpad('perf', 6) + lpad('a11y', 6) + lpad('bp', 6) + lpad('seo', 6));
for (const [name, path] of pages) {
  const r = JSON.parse(fs.readFileSync(`${process.env.OUT}/${name}.json`, 'utf8'));
  if (r.runtimeError) { problems.push(`${path}: Lighthouse error ${r.runtimeError.code}`); continue; }
  if (!(r.finalDisplayedUrl || '').endsWith(path)) problems.push(`${path}: Lighthouse ended on ${r.finalDisplayedUrl}`);
  const bytes = r.audits['total-byte-weight'].numericValue;
  const items = (r.audits['network-requests'].details || {}).items || [];
  const js = items.filter(i => i.resourceType === 'Script').reduce((a, i) => a + (i.transferSize || 0), 0);
  const [perf, a11y, bp, seo] = ['performance', 'accessibility', 'best-practices', 'seo'].map(c => score(r, c));
  console.log(pad(path, 46) + lpad((bytes / 1024).toFixed(0), 7) + lpad((js / 1024).toFixed(0), 8)
    + lpad(fmt(perf), 6) + lpad(fmt(a11y), 6) + lpad(fmt(bp), 6) + lpad(fmt(seo), 6));
  if (bytes > max) {
    const big = (r.audits['total-byte-weight'].details.items || []).slice(0, 5)
      .map(i => `${(i.totalBytes / 1024).toFixed(0)} KiB ${i.url.replace(/^https?:\/\/[^/]+/, '')}`).join(', ');
    problems.push(`${path}: ${(bytes / 1024).toFixed(0)} KiB transferred, over ${process.env.MAX_KIB} KiB (largest: ${big})`);
  }
  if (a11y !== 1) {
    const failed = Object.values(r.audits).filter(a => a.score === 0 && r.categories.accessibility.auditRefs.some(x => x.id === a.id));
    problems.push(`${path}: accessibility ${fmt(a11y)}: ${failed.map(a => a.id).join(', ')}`);
  }
  if (perf < 0.9) misses.push(`${path}: performance ${fmt(perf)} (goal 0.90; not gated)`);
  if (bp < 0.95) {
    const failed = Object.values(r.audits).filter(a => a.score === 0 && r.categories['best-practices'].auditRefs.some(x => x.id === a.id));
    misses.push(`${path}: best practices ${fmt(bp)} (goal 0.95; not gated): ${failed.map(a => a.id).join(', ')}`);
  }
  if (seo < 0.95) {
    const failed = Object.values(r.audits).filter(a => a.score === 0 && r.categories.seo.auditRefs.some(x => x.id === a.id));
    misses.push(`${path}: SEO ${fmt(seo)} (goal 0.95; not gated): ${failed.map(a => a.id).join(', ')}`);
  }
}
console.log(`\nGated: first load <= ${process.env.MAX_KIB} KiB transferred, accessibility 1.00.`
  + ' Goals shown, not gated (timing is noisy on a shared machine): performance 0.90, best practices 0.95, SEO 0.95.');
for (const m of misses) console.log('  below goal: ' + m);
for (const p of problems) console.log('  FAILED: ' + p);
process.exit(problems.length ? 1 : 0);
JS
  fail "see above (reports in ${OUT#$ROOT/}/)"
fi
say "Page weight check passed"
