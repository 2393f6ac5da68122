#!/usr/bin/env bash
# A/B of two builds of ./fairshed serve on a shared, noisy machine: both servers run at once (each on its own copy of
# the data: the store locks its folder), and wrk hits one, then the other, for a few seconds at a time, the order
# swapped every round, so that the other helpers' load falls on both alike. Per run it prints requests/s, p50/p99 and
# the server's CPU per request (utime+stime of its process over the run / requests answered), the most stable of the
# three when the load average is above the core count; then median and best per side.
#
# Usage: bench/serve-ab.sh OLD NEW DATA_OLD DATA_NEW [TESTS]
#   OLD, NEW  folders holding fairshed-cli.jar and lib/ (copies of fairshed-cli/target after `mvn package`)
#   DATA_*    data folders already loaded (serve-bench.sh loads one; copy it with cp -a while no server runs on it)
#   TESTS     of 200 304 s100 s25 sgz (default all): schedule 200 and 304 at 100 connections, search at 100 and 25
#             connections, search at 25 with Accept-Encoding: gzip
# env ROUNDS (6), SECONDS_EACH (3), PORT_OLD (18381), PORT_NEW (18382)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
. "$here/.ci/java-home.sh"
old="$1"; new="$2"; data_old="$3"; data_new="$4"; tests="${5:-200 304 s100 s25 sgz}"
rounds="${ROUNDS:-6}"; secs="${SECONDS_EACH:-3}"
declare -A port=([old]="${PORT_OLD:-18381}" [new]="${PORT_NEW:-18382}")
declare -A dir=([old]="$old" [new]="$new")
declare -A data=([old]="$data_old" [new]="$data_new")
declare -A pid etag
work="$(mktemp -d)"
ulimit -n 65536 2>/dev/null || true
cleanup() {
    for side in old new; do
        [ -n "${pid[$side]:-}" ] && kill "${pid[$side]}" 2>/dev/null || true
    done
    rm -rf "$work"
}
trap cleanup EXIT
for side in old new; do
    FAIRSHED_SEARCH_RATE=0 setsid "$JAVA_HOME/bin/java" -Xmx512m --enable-native-access=ALL-UNNAMED \
        --sun-misc-unsafe-memory-access=allow -cp "${dir[$side]}/fairshed-cli.jar:${dir[$side]}/lib/*" \
        org.fairshed.cli.Main serve --data "${data[$side]}" --port "${port[$side]}" >"$work/$side.log" 2>&1 &
    pid[$side]=$!
done
path="/api/v1/regions/kyiv-oblast/groups/3.1/schedule"
for side in old new; do
    for _ in $(seq 1 600); do curl -sf "http://127.0.0.1:${port[$side]}/api/v1/health" >/dev/null && break; sleep 1; done
    curl -sf "http://127.0.0.1:${port[$side]}/api/v1/health" >/dev/null || { cat "$work/$side.log"; exit 1; }
    etag[$side]="$(curl -sfI "http://127.0.0.1:${port[$side]}$path" | tr -d '\r' | awk -F': ' 'tolower($1)=="etag"{print $2}')"
done
# the same 5,000 queries as serve-bench.sh
sed -n '/^python3 - "\$work\/search.lua"/,/^PY$/p' "$here/bench/serve-bench.sh" >"$work/gen.sh"
work="$work" bash "$work/gen.sh"
[ -s "$work/search.lua" ] || { echo "could not write the search queries" >&2; exit 1; }
args() {
    local base="http://127.0.0.1:${port[$1]}"
    case $2 in
        200) echo "-t2 -c100 -d${secs}s --latency $base$path" ;;
        304) echo "-t2 -c100 -d${secs}s --latency -H If-None-Match:${etag[$1]} $base$path" ;;
        s100) echo "-t2 -c100 -d${secs}s --latency -s $work/search.lua $base" ;;
        s25) echo "-t2 -c25 -d${secs}s --latency -s $work/search.lua $base" ;;
        sgz) echo "-t2 -c25 -d${secs}s --latency -H Accept-Encoding:gzip -s $work/search.lua $base" ;;
    esac
}
echo "# $(date -u +%FT%TZ) load $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) cores; old $old, new $new"
for side in old new; do  # warm-up, not counted
    wrk $(args $side 200 | sed "s/-d${secs}s/-d10s/") >/dev/null
    wrk $(args $side s100 | sed "s/-d${secs}s/-d10s/") >/dev/null
done
for t in $tests; do
    for i in $(seq 1 "$rounds"); do
        order="old new"; [ $((i % 2)) -eq 0 ] && order="new old"
        for side in $order; do
            c0=$(awk '{print $14+$15}' "/proc/${pid[$side]}/stat")
            out="$(wrk $(args $side $t))"
            c1=$(awk '{print $14+$15}' "/proc/${pid[$side]}/stat")
            echo "$t $side round $i load $(cut -d' ' -f1 /proc/loadavg) $(echo "$out" | awk -v dc=$((c1 - c0)) \
                -v tick="$(getconf CLK_TCK)" '/requests in/{n=$1} /Requests\/sec/{r=$2} / 50%/{p50=$2} / 99%/{p99=$2}
                END{printf "n %d rps %s p50 %s p99 %s cpu_us %.1f", n, r, p50, p99, dc*1e6/tick/n}')"
        done
    done
done | tee "$work/runs.txt"
python3 - "$work/runs.txt" <<'PY'
import sys, collections, statistics as st
rows = collections.defaultdict(list)
for line in open(sys.argv[1]):
    p = line.split()
    d = dict(zip(p[4::2], p[5::2]))
    rows[(p[0], p[1])].append((float(d['rps']), d['p99'], float(d['cpu_us']), d['load']))
print("\ntest  side  requests/s median (best)  CPU per request median (best)  p99 per run")
for (t, side), r in sorted(rows.items(), key=lambda kv: (kv[0][0], kv[0][1] != 'old')):
    print(f"{t:5s} {side:4s} {st.median(x[0] for x in r):10.0f} ({max(x[0] for x in r):.0f})"
          f"  {st.median(x[2] for x in r):8.1f} us ({min(x[2] for x in r):.1f})  {' '.join(x[1] for x in r)}")
PY
