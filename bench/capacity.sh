#!/usr/bin/env bash
# How many citizens browsing at once this machine serves within the goal (issue: a visitor must
# be cheap, item 7: p95 of a page view at most 150 ms, no errors, 5 s think time).
#
#   bench/capacity.sh [citizens ...]        default: 50 100 150 200 300 400
#
# For each number, bench/visitors.sh starts the production jar afresh (embedded MariaDB, demo
# content) and keeps that many citizens browsing (What's on -> an activity -> its sessions, each
# a new visitor, 5 s think time, BENCH_THINK_MS to change it) for BENCH_DURATION seconds (default 90)
# after a warm-up (BENCH_WARMUP visitors, default 400), then prints one line per number and the largest that met the goal. The full
# report of each run is in target/bench/capacity-N.txt. The load generator runs on the same
# machine and takes part of its processors. Not part of ./mvnw verify or .ci/run.
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=target/bench
mkdir -p "$OUT"
STEPS=("$@")
[ ${#STEPS[@]} -gt 0 ] || STEPS=(50 100 150 200 300 400)
DURATION=${BENCH_DURATION:-90}
THINK=${BENCH_THINK_MS:-5000}
GOAL_MS=${BENCH_GOAL_MS:-150}
# visitors before each measurement, 4 at a time with no think time, so the JIT compiler has done
# most of its work and the figures are those of a server that has been up a while
WARMUP=${BENCH_WARMUP:-400}

printf '%9s %9s %10s %8s %8s %8s %7s %11s  %s\n' citizens "views/s" "views" "p50 ms" "p95 ms" "p99 ms" errors "server CPU" "within ${GOAL_MS} ms p95, no errors?"
best=0
for n in "${STEPS[@]}"; do
  report=$OUT/capacity-$n.txt
  set +e
  bench/visitors.sh --scenario=browse --duration="$DURATION" --concurrency="$n" --think-ms="$THINK" --warmup="$WARMUP" --progress=0 \
    > "$report" 2>&1
  status=$?
  set -e
  # "page: any of the 3 views": the first page (bootstrap, init, navigation) or a later navigation
  line=$(grep -E '^page: any of the 3 views' "$report" || true)
  errors=$(sed -nE 's/^visitors:.* ([0-9]+) errors$/\1/p' "$report" | tail -1)
  cores=$(sed -nE 's/^server CPU per page view.*= ([0-9.]+) cores\)$/\1/p' "$report" | tail -1)
  if [ -z "$line" ] || [ -z "$errors" ]; then
    printf '%9s  the run did not finish (status %s): see %s\n' "$n" "$status" "$report"
    continue
  fi
  read -r views p50 p95 p99 rate <<<"$(awk '{print $7, $8, $9, $10, $12}' <<<"$line")"
  verdict=no
  if awk -v p="$p95" -v g="$GOAL_MS" 'BEGIN { exit !(p <= g) }' && [ "$errors" = 0 ]; then
    verdict=yes
    [ "$n" -gt "$best" ] && best=$n
  fi
  printf '%9s %9s %10s %8s %8s %8s %7s %11s  %s\n' "$n" "$rate" "$views" "$p50" "$p95" "$p99" "$errors" "${cores:-?} cores" "$verdict"
done
echo
if [ "$best" -gt 0 ]; then
  echo "Largest number of citizens within the goal on this machine: $best (think ${THINK} ms, p95 <= ${GOAL_MS} ms, no errors)"
else
  echo "No number tried met the goal (think ${THINK} ms, p95 <= ${GOAL_MS} ms, no errors)"
fi
