#!/usr/bin/env bash
# Two server replicas over a PostgreSQL primary and its streaming standby, on loopback, with real processes
# (issue 10 §4). Starts Debian's PostgreSQL as a primary and a streaming standby (.ci/postgres.sh), then
#   replica B: ./fairshed serve --db PRIMARY --read-db STANDBY --no-demo   (LISTENs on the primary, reads the standby)
#   replica A: ./fairshed serve --db PRIMARY                              (loads the demo: a national publish)
# with an SSE client on B from before A starts. Reports, for every revision event B pushed, the time from the publish
# transaction's start on the primary (store_event.at) to its arrival on B, and checks that B then serves the revision
# from the standby. Everything is stopped at the end (KEEP=1 leaves the servers running and prints their URLs).
# Usage: bench/replicas.sh ; env DEMO_ADDRESSES (default 50000), PORT_A (18181), PORT_B (18182), KEEP.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
. .ci/java-home.sh
. .ci/postgres.sh
port_a="${PORT_A:-18181}"
port_b="${PORT_B:-18182}"
work="$(mktemp -d /tmp/fairshed-replicas.XXXXXX)"
pids=()
cleanup() {
    if [ "${KEEP:-}" != 1 ]; then
        for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
        wait 2>/dev/null || true
        fairshed_pg_stop
        rm -rf "$work"
    fi
}
trap cleanup EXIT
fairshed_pg_start
# commit timestamps: the lag is measured from each publish's commit on the primary
PGPASSWORD="$FAIRSHED_PG_PASSWORD" psql -h 127.0.0.1 -p "$FAIRSHED_PG_PORT" -U fairshed -Atq postgres \
    -c "alter system set track_commit_timestamp = on"
"${FAIRSHED_PG_CTL[@]}" -D "$FAIRSHED_PG_DIR/data" -m fast -w restart >/dev/null
fairshed_pg_start_standby
database=fairshed_replicas
psql_primary() { PGPASSWORD="$FAIRSHED_PG_PASSWORD" psql -h 127.0.0.1 -p "$FAIRSHED_PG_PORT" -U fairshed -Atq "$@"; }
psql_primary postgres -c "create database $database"
primary="$(echo "$FAIRSHED_TEST_PG_URL" | sed "s#/postgres?#/$database?#")"
standby="$(echo "$FAIRSHED_TEST_PG_STANDBY_URL" | sed "s#/postgres?#/$database?#")"
await() {
    for _ in $(seq 1 "$2"); do curl -sf "$1/api/v1/health" >/dev/null && return 0; sleep 1; done
    echo "no health from $1 within $2 s" >&2; return 1
}
echo "# $(date -u +%FT%TZ) load before: $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) cores"
# both replicas seal the webhook and VAPID secrets under one key (serve --db needs it named)
export FAIRSHED_SECRETS_KEY_FILE="$work/secrets.key"
./fairshed serve --db "$primary" --read-db "$standby" --no-demo --port "$port_b" >"$work/b.log" 2>&1 &
pids+=($!)
await "http://127.0.0.1:$port_b" 300
# the SSE client on B: each line with its arrival time (epoch seconds with nanoseconds)
(curl -sN "http://127.0.0.1:$port_b/api/v1/events" | while IFS= read -r line; do
    printf '%s %s\n' "$(date +%s.%N)" "$line"; done >"$work/b.sse") &
pids+=($!)
sleep 1
FAIRSHED_DEMO_ADDRESSES="${DEMO_ADDRESSES:-50000}" ./fairshed serve --db "$primary" --port "$port_a" >"$work/a.log" 2>&1 &
pids+=($!)
await "http://127.0.0.1:$port_a" 1800
await_events() {  # until B pushed every revision event the primary holds (at most 60 s)
    local want
    want="$(psql_primary "$database" -c "select count(*) from store_event where kind = 'revision'")"
    for _ in $(seq 1 600); do
        [ "$(grep -c ' event: *revision' "$work/b.sse" || true)" -ge "$want" ] && return 0; sleep 0.1
    done
}
await_events
regions="$(psql_primary "$database" -c "select count(*) from store_event where kind = 'revision'")"
received="$(grep -c ' event: *revision' "$work/b.sse" || true)"
echo "revisions published on A: $regions; revision events pushed on B: $received"
# lag per event: arrival on B minus the commit of its publish on the primary
lags() {  # $1: first event id, $2: last
    psql_primary "$database" -c "select id, extract(epoch from pg_xact_commit_timestamp(xmin)) from store_event
        where kind = 'revision' and id between $1 and $2 order by id" | tr '|' ' ' >"$work/at.txt"
    awk 'NR == FNR { at[$1] = $2; next }
         { arrival = $1; line = $0; sub(/^[0-9.]+ /, "", line) }
         line ~ /^id:/ { id = line; sub(/^id: */, "", id); t[id] = arrival }
         END { n = 0; max = 0; for (i in at) if (i in t) { d = t[i] - at[i]; n++; s += d; if (d > max) max = d }
               if (n) printf "%d events: mean %.0f ms, max %.0f ms after the commit\n", n, 1000 * s / n, 1000 * max;
               else print "no event matched" }' "$work/at.txt" "$work/b.sse"
}
echo "the demo's national publish (B cold): $(lags 0 "$(psql_primary "$database" -c "select max(id) from store_event")")"
first=$(( $(psql_primary "$database" -c "select max(id) from store_event") + 1 ))
java -cp "$here/fairshed-cli/target/fairshed-cli.jar:$here/fairshed-cli/target/lib/*" org.fairshed.server.bench.NationalPublish \
    --db "$primary" --warmup 2 >"$work/publish.out" 2>&1
await_events
echo "three national re-publishes (24 regions x 12 groups x 2 days each, B warm): $(lags "$first" 1000000000)"
region="$(curl -sf "http://127.0.0.1:$port_b/api/v1/regions" | grep -o '"code":"[^"]*"' | head -1 | cut -d'"' -f4)"
echo "replica B serves region $region from the standby: published revision $(curl -sf \
    "http://127.0.0.1:$port_b/api/v1/regions/$region" | grep -o '"published":{"number":[0-9]*' | grep -o '[0-9]*$')"
echo "standby in recovery: $(PGPASSWORD="$FAIRSHED_PG_PASSWORD" psql -h 127.0.0.1 -p \
    "$(echo "$FAIRSHED_TEST_PG_STANDBY_URL" | sed 's#.*:\([0-9]*\)/.*#\1#')" -U fairshed -Atq "$database" \
    -c "select pg_is_in_recovery() || ' ' || (select status from pg_stat_wal_receiver)")"
regions="$(psql_primary "$database" -c "select count(*) from store_event where kind = 'revision'")"
received="$(grep -c ' event: *revision' "$work/b.sse" || true)"
echo "revisions published in all: $regions; revision events pushed on B: $received"
[ "$received" -ge "$regions" ] || { echo "B missed events" >&2; exit 1; }
if [ "${KEEP:-}" = 1 ]; then
    echo "left running: A http://127.0.0.1:$port_a  B http://127.0.0.1:$port_b  (pids ${pids[*]}; logs in $work)"
fi
