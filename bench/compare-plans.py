#!/usr/bin/env python3
"""Compares two PLAN.json files of the same scenario (BENCHMARKS.md: "the same plan" claims).

    bench/compare-plans.py OLD.json NEW.json

Prints the largest relative difference of a slot's total shed, of a region's slot share and shed (MW), of a region's
cumulative share over the slots so far (non-critical shed / non-critical load, as the cumulative leximin counts it),
and the slots whose status differs. Exit 1 when the files do not have the same slots and regions.
"""
import json
import sys


def main(old_path, new_path):
    a = json.load(open(old_path))
    b = json.load(open(new_path))
    if len(a["slots"]) != len(b["slots"]):
        print("the plans have %d and %d slots" % (len(a["slots"]), len(b["slots"])))
        return 1
    total = share = shed = cumulative = 0.0
    shed_so_far_a, shed_so_far_b, load_so_far = {}, {}, {}
    statuses = []
    for x, y in zip(a["slots"], b["slots"]):
        if x["status"] != y["status"]:
            statuses.append(x["slot"])
        if x["shedMw"] is None or y["shedMw"] is None:
            continue
        total = max(total, abs(x["shedMw"] - y["shedMw"]) / max(1.0, x["shedMw"]))
        if x["regionShed"].keys() != y["regionShed"].keys():
            print("slot %s: the plans have other regions" % x["slot"])
            return 1
        for r, p in x["regionShed"].items():
            q = y["regionShed"][r]
            share = max(share, abs(p["share"] - q["share"]))
            shed = max(shed, abs(p["shedMw"] - q["shedMw"]))
            shed_so_far_a[r] = shed_so_far_a.get(r, 0) + p["nonCriticalShedMw"]
            shed_so_far_b[r] = shed_so_far_b.get(r, 0) + q["nonCriticalShedMw"]
            load_so_far[r] = load_so_far.get(r, 0) + p["nonCriticalLoadMw"]
        for r in load_so_far:
            if load_so_far[r] > 0:
                cumulative = max(cumulative, abs(shed_so_far_a[r] - shed_so_far_b[r]) / load_so_far[r])
    print("largest difference: slot total shed %.2e relative, region slot share %.2e, region slot shed %.4f MW, "
          "region cumulative share %.2e; statuses differ in slots %s" % (total, share, shed, cumulative, statuses))
    return 0


if __name__ == "__main__":
    if len(sys.argv) != 3:
        print(__doc__.strip().splitlines()[2].strip(), file=sys.stderr)
        sys.exit(2)
    sys.exit(main(sys.argv[1], sys.argv[2]))
