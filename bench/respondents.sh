#!/usr/bin/env bash
# The response journey's figures (issue: responding to consultations, speed):
#
#   bench/respondents.sh [respondents] [half-way respondents]
#
# 1. 20 respondents at a time answer every question page of the demo GP consultation (12 pages
#    with its conditional question; each answer saves the draft in MariaDB), check their answers
#    and send: throughput and p50/p95 of "send" (the response stored in one transaction, the
#    reference shown) and of "answer" (the draft saved, the next page drawn).
# 2. Respondents who answer 6 pages and stop with their UI still open (a phone put down half way):
#    the heap each holds, after a full GC.
#
# Both run the production jar with the embedded MariaDB through bench/visitors.sh (see there).
# Not part of `./mvnw verify` or .ci/run.
set -euo pipefail
cd "$(dirname "$0")/.."
RESPONDENTS=${1:-400}
HALF_WAY=${2:-500}
echo "=== 1. $RESPONDENTS respondents, 20 at a time, every page answered and sent"
bench/visitors.sh --scenario=respond --visitors="$RESPONDENTS" --concurrency=20 --warmup=40
echo
echo "=== 2. $HALF_WAY respondents who stop half way (6 question pages), their UIs kept"
bench/visitors.sh --scenario=respond --answer-pages=6 --visitors="$HALF_WAY" --concurrency=8 --warmup=20
