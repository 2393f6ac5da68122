#!/usr/bin/env bash
# The planner's benchmark table of BENCHMARKS.md (issue 9), whole commands: each scenario planned least-shed
# (min-shed), fair at price 0, and fair at a 5 % price with cumulative sharing, REPEAT times each, one run at a time.
#
#   bench/plan-bench.sh [--repeat N] [--sizes "2000 10000 30000 100000"] [--no-pegase] [--dir DIR]
#
# Scenarios: scenarios/bench-case9241pegase-heavy.json (min-shed through --fairness=min-shed, fair at price 0 as
# written) and its fair5-cumulative variant, then the synthetic grids that scenarios/synthetic-bench.sh writes into
# DIR/sN (kept between runs; DIR defaults to a folder under the temporary folder). Prints a Markdown table: wall time
# (median, and min-max of the runs), CPU time (user + system, median), peak memory (max RSS, largest), the planner's
# own "solved in", the slots' statuses of the last run, and the load average before and after each row, followed by the
# ratio fair 5 % cumulative / min-shed of the median wall times. The launcher's heap limit (-Xmx4g unless
# FAIRSHED_JAVA_OPTS says otherwise) holds in every run: a run that needs more fails. Exit code 1 when a run fails.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
repeat=3
sizes="2000 10000 30000 100000"
pegase=1
dir="${TMPDIR:-/tmp}/fairshed-plan-bench"
while [ $# -gt 0 ]; do
    case "$1" in
        --repeat) repeat="$2"; shift 2 ;;
        --sizes) sizes="$2"; shift 2 ;;
        --no-pegase) pegase=0; shift ;;
        --dir) dir="$2"; shift 2 ;;
        *) echo "usage: $0 [--repeat N] [--sizes \"2000 10000 ...\"] [--no-pegase] [--dir DIR]" >&2; exit 2 ;;
    esac
done
shared="${FAIRSHED_SHARED:-$here/../shared}"
mkdir -p "$dir"
failed=0

median() { sort -g | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else printf "%.2f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
load() { cut -d' ' -f1 /proc/loadavg; }

# run LABEL MODE ARGS...: REPEAT whole `fairshed plan` commands; prints one table row, remembers the median wall
declare -A wall_of
run() {
    local label="$1" mode="$2"
    shift 2
    local walls=() cpus=() rss=0 solved="" slots="" before after
    before=$(load)
    for i in $(seq 1 "$repeat"); do
        local log="$dir/run.log" times="$dir/run.time"
        if ! /usr/bin/time -o "$times" -f "%e %U %S %M" "$here/fairshed" plan "$@" --out "$dir/plan.json" > "$log" 2>&1; then
            echo "run failed (exit code above 0): fairshed plan $* (log: $log)" >&2
            failed=1
        fi
        read -r e u s m < <(tail -1 "$times")
        walls+=("$e")
        cpus+=("$(echo "$u + $s" | bc)")
        [ "$m" -gt "$rss" ] && rss=$m
        solved=$(grep -o 'solved in [0-9.]* s' "$log" | head -1 | sed 's/solved in //')
        slots=$(grep -m1 '^Slots:' "$log" | sed 's/^Slots: //')
    done
    after=$(load)
    local w_med w_min w_max c_med
    w_med=$(printf '%s\n' "${walls[@]}" | median)
    w_min=$(printf '%s\n' "${walls[@]}" | sort -g | head -1)
    w_max=$(printf '%s\n' "${walls[@]}" | sort -g | tail -1)
    c_med=$(printf '%s\n' "${cpus[@]}" | median)
    wall_of["$label/$mode"]=$w_med
    printf '| %s | %s | %s s (%s–%s) | %s s | %d MB | %s | %s | %s → %s |\n' "$label" "$mode" "$w_med" "$w_min" "$w_max" \
        "$c_med" $((rss / 1024)) "${solved:-—}" "${slots:-—}" "$before" "$after"
}

echo "Planner benchmark, $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, $repeat runs per row, commit $(git -C "$here" rev-parse --short HEAD)"
echo
echo "| scenario | mode | wall, median (min–max) | CPU user+sys, median | max RSS | solved in (last run) | slots (last run) | load average before → after |"
echo "|---|---|---|---|---|---|---|---|"
labels=()
if [ "$pegase" = 1 ]; then
    cases="$shared/cases"
    run case9241pegase-heavy min-shed "$here/scenarios/bench-case9241pegase-heavy.json" --cases-dir "$cases" --fairness=min-shed
    run case9241pegase-heavy fair "$here/scenarios/bench-case9241pegase-heavy.json" --cases-dir "$cases"
    run case9241pegase-heavy fair5-cumulative "$here/scenarios/bench-case9241pegase-heavy-fair5-cumulative.json" --cases-dir "$cases"
    labels+=(case9241pegase-heavy)
fi
for n in $sizes; do
    folder="$dir/s$n"
    if [ ! -f "$folder/synthetic-$n-fair5-cumulative.json" ]; then
        "$here/scenarios/synthetic-bench.sh" "$n" "$folder" > "$dir/synthetic-$n.log" 2>&1
    fi
    for mode in min-shed fair fair5-cumulative; do
        run "synthetic $n" "$mode" "$folder/synthetic-$n-$mode.json"
    done
    labels+=("synthetic $n")
done
echo
for label in "${labels[@]}"; do
    echo "- $label: fair 5 % cumulative / min-shed = $(printf '%.2f' "$(echo "scale=4; ${wall_of[$label/fair5-cumulative]} / ${wall_of[$label/min-shed]}" | bc)") (median wall times)"
done
exit $failed
