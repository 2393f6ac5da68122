#!/usr/bin/env bash
# Issue 11 §5, the outbox under kill -9: OutboxKillTest starts the server as a separate JVM (OutboxKillChild: the
# store, FairshedServer with notifications, a webhook to a loopback receiver in the test's JVM allowed by explicit
# configuration), kills it with SIGKILL at seeded random points while it publishes, restarts it, N times, drains the
# outbox and checks the store and what the receiver got. On a throw-away PostgreSQL (.ci/postgres.sh).
#   bench/outbox-kill.sh [KILLS=100] [SEED=11]        (MAVEN_REPO=/path/to/m2 for a repository of your own)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
kills="${1:-100}"
seed="${2:-11}"
. .ci/java-home.sh
. .ci/postgres.sh
fairshed_pg_start
trap fairshed_pg_stop EXIT
log="$(mktemp)"
rc=0
mvn -o -B ${MAVEN_REPO:+-Dmaven.repo.local=$MAVEN_REPO} -pl fairshed-server -am test -Dtest=OutboxKillTest \
    -Dsurefire.failIfNoSpecifiedTests=false -Dfairshed.kills="$kills" -Dfairshed.kill.seed="$seed" >"$log" 2>&1 || rc=$?
grep -E "outbox kill test|Tests run:|FAIL|ERROR|expected|Expecting" "$log" | head -40 || true
rm -f "$log"
exit "$rc"
