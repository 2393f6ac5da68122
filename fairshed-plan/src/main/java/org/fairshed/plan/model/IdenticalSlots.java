package org.fairshed.plan.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.fairshed.plan.PlanInput;

/**
 * Slots whose load and generator availability are the same, bus by bus and unit by unit: with fairness per slot and
 * no ramp limits they are the same optimization problem, so one solve serves them all (a flat night, or a load shape
 * given to two decimals, repeats hours).
 */
final class IdenticalSlots {

    private IdenticalSlots() {
    }

    /** For every slot, the first slot with the same inputs (itself when none comes before it). */
    static int[] representatives(PlanInput input) {
        int n = input.slotCount();
        int[] first = new int[n];
        Map<Integer, List<Integer>> byHash = new HashMap<>();
        for (int t = 0; t < n; t++) {
            int hash = 31 * Arrays.hashCode(input.busLoadMw()[t]) + Arrays.hashCode(input.genPmaxMw()[t]);
            List<Integer> candidates = byHash.computeIfAbsent(hash, h -> new ArrayList<>());
            first[t] = t;
            for (int s : candidates) {
                if (Arrays.equals(input.busLoadMw()[s], input.busLoadMw()[t])
                        && Arrays.equals(input.genPmaxMw()[s], input.genPmaxMw()[t])) {
                    first[t] = s;
                    break;
                }
            }
            if (first[t] == t) {
                candidates.add(t);
            }
        }
        return first;
    }
}
