#!/usr/bin/env bash
# The public read path while a plan job runs (issue 11, section 5), on loopback, bounded in time. Needs wrk (Debian:
# apt-get install wrk). For each nice value in NICES it starts ./fairshed serve (JVM options SERVER_OPTS) on DATA with
# FAIRSHED_JOB_NICE set (loading the demo first if DATA is empty), then:
#   1. the job alone: a damage update posted on an otherwise idle server, upload → draft
#   2. the read path alone: wrk on a group's schedule, 100 connections, 10 s (after a 10 s warm-up)
#   3. both: the same damage update posted and wrk started with it for DURING; the job's upload → draft time
# and stops the server. Usage: bench/read-during-job.sh [DATA]; env PORT (18083), NICES ("0 10"), DURING (15s),
# JOB_THREADS (the server's default when empty), SERVER_OPTS ("-Xmx4g -XX:+UseZGC": the launcher's for serve; the
# publication benchmarks' "-Xmx512m" runs G1 in 512 MB). WORKER=1 runs the jobs in a process of their own:
# serve --no-jobs, and ./fairshed worker on the same data folder started under `nice -n NICE` (WORKER_CPUS, e.g. "1",
# pins it with taskset).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
. "$here/.ci/java-home.sh"
data="${1:-/tmp/fairshed-bench-data}"
port="${PORT:-18083}"
nices="${NICES:-0 10}"
during="${DURING:-15s}"
base="http://127.0.0.1:$port"
path="/api/v1/regions/kyiv-oblast/groups/3.1/schedule"
server=""
worker=""
stop_server() {
    [ -n "$worker" ] && kill "$worker" 2>/dev/null && while kill -0 "$worker" 2>/dev/null; do sleep 0.5; done
    worker=""
    [ -n "$server" ] && kill "$server" 2>/dev/null && while kill -0 "$server" 2>/dev/null; do sleep 0.5; done
    server=""
}
trap stop_server EXIT
if curl -sf "$base/api/v1/health" >/dev/null; then
    echo "a server already answers on $port: stop it first (this script starts its own)" >&2
    exit 1
fi
job() {  # posts the damage update, prints "seconds status" when the job ends (at most 600 s)
    local body id t0 st
    body="{\"type\": \"damage-update\", \"network\": \"synthetic-demo\", \"at\": \"$(date +%F)T14:05\", \"outages\": {\"generators\": [12, 13], \"branches\": [40]}}"
    t0=$(date +%s.%N)
    id="$(curl -sf -X POST -H "Authorization: Bearer $token" -H 'Content-Type: application/json' -d "$body" \
        "$base/api/v1/operator/jobs" | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')"
    for _ in $(seq 1 3000); do
        st="$(curl -sf -H "Authorization: Bearer $token" "$base/api/v1/operator/jobs/$id" \
            | python3 -c 'import json,sys; print(json.load(sys.stdin)["status"])')"
        case "$st" in DONE|FAILED|CANCELLED) break ;; esac
        sleep 0.2
    done
    echo "$(python3 -c "import time; print(f'{time.time() - $t0:.1f}')") $st"
}
read_path() { wrk -t2 -c100 -d"$1" --latency "$base$path" | grep -E "Requests/sec|Latency |50%|99%|Non-2xx"; }
echo "# $(date -u +%FT%TZ) load before: $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) cores"
for nice in $nices; do
    echo
    echo "## FAIRSHED_JOB_NICE=$nice${JOB_THREADS:+ FAIRSHED_JOB_THREADS=$JOB_THREADS}, ${SERVER_OPTS:--Xmx4g -XX:+UseZGC}${WORKER:+, jobs in ./fairshed worker at nice $nice${WORKER_CPUS:+ on CPUs $WORKER_CPUS}}"
    (FAIRSHED_JOB_NICE=$nice FAIRSHED_JOB_THREADS="${JOB_THREADS:-}" FAIRSHED_SEARCH_RATE=0 \
        FAIRSHED_JAVA_OPTS="${SERVER_OPTS:--Xmx4g -XX:+UseZGC} -Xlog:gc:file=$data.job-gc-$nice.log" \
        exec "$here/fairshed" serve --data "$data" --port "$port" ${WORKER:+--no-jobs} >"$data.job-serve-$nice.log" 2>&1) &
    server=$!
    for _ in $(seq 1 1800); do curl -sf "$base/api/v1/health" >/dev/null && break; sleep 1; done
    if [ -n "${WORKER:-}" ]; then
        (FAIRSHED_JOB_NICE=$nice FAIRSHED_JOB_THREADS="${JOB_THREADS:-}" \
            exec ${WORKER_CPUS:+taskset -c "$WORKER_CPUS"} nice -n "$nice" "$here/fairshed" worker --data "$data" \
            >"$data.job-worker-$nice.log" 2>&1) &
        worker=$!
        for _ in $(seq 1 120); do grep -q "worker ready" "$data.job-worker-$nice.log" 2>/dev/null && break; sleep 1; done
    fi
    token="$("$here/fairshed" operator token --data "$data" --role planner 2>/dev/null | tail -1)"
    sleep 20  # the engine's warm-up (two AC checks of the demo grid) ends before anything is measured
    echo "job alone (upload → draft, s, status): $(job)"
    wrk -t2 -c100 -d10s "$base$path" >/dev/null
    echo "read path alone:"
    read_path 10s
    echo "both (wrk for $during from the upload):"
    job >"$data.job-time" &
    jobber=$!
    read_path "$during"
    wait "$jobber"
    echo "the job during the load (upload → draft, s, status): $(cat "$data.job-time")"
    echo "# load: $(cut -d' ' -f1-3 /proc/loadavg)"
    stop_server
done
