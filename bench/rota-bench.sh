#!/usr/bin/env bash
# The rota rows of BENCHMARKS.md for per-building rotas (issue 9): each figure RUNS times (default 3), whole command
# under /usr/bin/time (wall, CPU, peak memory) and the rota-bench table (median wall of the timed runs in the JVM,
# over-shed, week spread, outages, rule breaks, the over-shed as a share of the quota energy).
#   1. 25 regions x 2,000 building-like groups x 1 day (the issue's goal: <= 10 s, over-shed <= 1 % of the quota)
#   2. 4 regions x 2,000 groups x 7 days (the week within an hour), and a crisis day at 50-70 % deficit
#   3. the default 12 groups, 25 regions (unchanged figures), and the peer's command below on this implementation
#   4. the peer: the same 2,000-group run on the implementation before the priority path (OLD, a commit of this
#      repository, built from `git archive` into a temporary folder that is removed afterwards), OLD_RUNS times
#      (default 1: about five minutes of CPU a run; 0 skips it)
# Usage: bench/rota-bench.sh ; env RUNS (3), OLD (e39695b), OLD_RUNS (1), REPEAT (3, timed runs inside rota-bench).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
. "$here/.ci/java-home.sh"
runs="${RUNS:-3}"
old="${OLD:-e39695b}"
old_runs="${OLD_RUNS:-1}"
repeat="${REPEAT:-3}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

echo "# $(date -u +%FT%TZ) commit $(git -C "$here" rev-parse --short HEAD)$(git -C "$here" diff --quiet || echo '+dirty'), \
$(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)), java $("$JAVA_HOME/bin/java" -version 2>&1 | head -1)"

timed() {  # timed LAUNCHER ARGS...: RUNS runs of one command, the load average before each
    local launcher="$1"
    shift
    local n="$runs"
    [ "$launcher" = "$work/old/fairshed" ] && n="$old_runs"
    for i in $(seq 1 "$n"); do
        echo "## run $i of $n: $* (load before: $(cut -d' ' -f1-3 /proc/loadavg))"
        /usr/bin/time -f "whole command: %e s wall, %U s user + %S s sys CPU, %M KB peak RSS" "$launcher" "$@" 2>&1
    done
}

"$here/fairshed" --version >/dev/null  # builds the launcher's jar first when the sources changed
timed "$here/fairshed" rota-bench --groups 2000 --regions 25 --repeat "$repeat"
timed "$here/fairshed" rota-bench --groups 2000 --regions 4 --days 7 --repeat "$repeat"
timed "$here/fairshed" rota-bench --groups 2000 --regions 25 --deficit 0.5,0.7 --repeat "$repeat"
timed "$here/fairshed" rota-bench --regions 25 --repeat 5
timed "$here/fairshed" rota-bench --groups 2000 --regions 25 --repeat 1   # the peer's command, for its CPU time

if [ "$old_runs" -gt 0 ]; then
    echo "# the implementation before the priority path: $(git -C "$here" log -1 --format='%h %s' "$old" | cut -c1-100)"
    mkdir "$work/old"
    git -C "$here" archive "$old" | tar -x -C "$work/old"
    (cd "$work/old" && mvn -o -q -B ${MAVEN_REPO:+-Dmaven.repo.local=$MAVEN_REPO} -DskipTests package -pl fairshed-cli -am \
        >"$work/old-build.log" 2>&1) || { cat "$work/old-build.log"; exit 1; }
    touch "$work/old/fairshed-cli/target/fairshed-cli.jar"
    timed "$work/old/fairshed" rota-bench --groups 2000 --regions 25 --repeat 1
fi
