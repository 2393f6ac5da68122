#!/usr/bin/env bash
# Writes the planner's synthetic-grid benchmark (BENCHMARKS.md, issue 9) into a folder: the synthetic grid of N buses
# and three scenarios of one winter weekday on it, which differ only in their fairness settings.
#
#   scenarios/synthetic-bench.sh BUSES [DIR]        (DIR: default a new temporary folder; printed)
#
#   DIR/synthetic-BUSES.m                     ./fairshed grid synthetic --buses BUSES (seed 2024, 24 regions)
#   DIR/synthetic-BUSES-min-shed.json         least total shed only
#   DIR/synthetic-BUSES-fair.json             fair, price of fairness 0, each slot on its own
#   DIR/synthetic-BUSES-fair5-cumulative.json fair, price of fairness 5 %, cumulative over the day
#
# The day: 24 hourly slots of the synthetic grid's winter weekday load shape (its .m loads are the 18:00 peak), 35 % of
# the thermal units (coal, gas, nuclear, oil) out, spread evenly over them in row order (unit i of the thermal units,
# from 0, is out when floor(0.35 (i + 1)) > floor(0.35 i)), wind at 15 % of its capacity, solar in daylight only (the
# demo's shape), 10 % of every load critical, the grid's 24 areas as regions. Plan each with
#
#   ./fairshed plan DIR/synthetic-BUSES-fair5-cumulative.json --out /tmp/p.json
#
# The .m files of 30,000 and 100,000 buses (7 and 24 MB) are written here, never committed.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
if [ $# -lt 1 ] || [ $# -gt 2 ] || ! [[ "$1" =~ ^[0-9]+$ ]]; then
    echo "usage: $0 BUSES [DIR]" >&2
    exit 2
fi
buses="$1"
dir="${2:-$(mktemp -d "${TMPDIR:-/tmp}/fairshed-bench.XXXXXX")}"
mkdir -p "$dir"
case="synthetic-$buses.m"
"$here/fairshed" grid synthetic --buses "$buses" --out "$dir/$case" >&2

# the winter weekday shape of fairshed-grid's LoadBuilder (hours 0..23, relative to the 18:00 peak)
load_scale="0.78, 0.74, 0.72, 0.70, 0.70, 0.72, 0.78, 0.86, 0.91, 0.91, 0.89, 0.88, 0.87, 0.86, 0.86, 0.87, 0.90, 0.96, 1.00, 0.99, 0.96, 0.92, 0.87, 0.82"
# the demo's solar shape (DemoPlanInput): nothing before 08:00 or after 16:00
solar="0, 0, 0, 0, 0, 0, 0, 0, 0.2, 0.5, 0.8, 1, 1, 0.9, 0.6, 0.3, 0.1, 0, 0, 0, 0, 0, 0, 0"
wind="0.15$(printf ', 0.15%.0s' $(seq 1 23))"
# generator rows (1-based, in mpc.genfuel order) of the thermal units taken out
outages=$(awk '
    /^mpc\.genfuel = \{/ { inside = 1; next }
    inside && /^\};/ { inside = 0 }
    inside {
        row++
        fuel = $1; gsub(/[^a-z]/, "", fuel)
        if (fuel == "coal" || fuel == "gas" || fuel == "nuclear" || fuel == "oil") {
            if (int(0.35 * (thermal + 1)) > int(0.35 * thermal)) { printf "%s%d", (n++ ? ", " : ""), row }
            thermal++
        }
    }' "$dir/$case")
if [ -z "$outages" ]; then
    echo "$0: no thermal units found in $dir/$case (mpc.genfuel)" >&2
    exit 1
fi

write() {
    local name="$1" fairness="$2"
    cat > "$dir/synthetic-$buses-$name.json" <<EOF
{
  "name": "synthetic-$buses-$name",
  "description": "Benchmark of our own making (scenarios/synthetic-bench.sh): the synthetic grid of $buses buses on a winter weekday, 35 % of its thermal units out, wind at 15 %, solar in daylight only, 10 % of every load critical.",
  "network": "$case",
  "start": "2026-12-01T00:00",
  "slotMinutes": 60,
  "slots": 24,
  "loadScale": [$load_scale],
  "outages": {"generators": [$outages]},
  "availability": {"fuel": {"wind": [$wind], "solar": [$solar]}},
  "regions": {"by": "areas"},
  "critical": {"default": 0.1},
  "fairness": $fairness
}
EOF
}
write min-shed '"min-shed"'
write fair '{"mode": "fair", "priceOfFairness": 0, "cumulative": false}'
write fair5-cumulative '{"mode": "fair", "priceOfFairness": 0.05, "cumulative": true}'
echo "$dir"
