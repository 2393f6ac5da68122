package org.fairshed.plan.model;

import java.util.ArrayList;
import java.util.List;
import org.fairshed.plan.PlanInput;
import org.fairshed.plan.Regions;

/**
 * The groups whose shares the leximin equalizes. A region's share is its non-critical shed over its non-critical
 * load; load cut off in dead islands counts as shed (a region already hit by it is owed relief). Per slot: one group
 * per region and slot. Cumulative: one group per region over the slots, with the energy of past days added:
 * {@code (H_r + h * sum_s shed_rs) / (HL_r + h * sum_s load_rs)}.
 */
final class FairnessGroups {

    private FairnessGroups() {
    }

    static List<LeximinStage.Group> of(SheddingModel m, double[] historyShedMwh, double[] historyLoadMwh) {
        PlanInput in = m.input;
        Regions regions = in.regions();
        int nr = regions.count();
        int n = m.slots.length;
        double[][] load = new double[n][nr];
        double[][] dead = new double[n][nr];
        List<List<List<Integer>>> vars = new ArrayList<>();
        for (int s = 0; s < n; s++) {
            List<List<Integer>> perRegion = new ArrayList<>();
            for (int r = 0; r < nr; r++) {
                perRegion.add(new ArrayList<>());
            }
            vars.add(perRegion);
            double[] pd = in.busLoadMw()[m.slots[s]];
            for (int b = 0; b < pd.length; b++) {
                int r = regions.regionOf(b);
                if (r == Regions.NO_REGION || pd[b] <= 0) {
                    continue;
                }
                double nonCritical = (1 - in.criticalShare()[b]) * pd[b];
                load[s][r] += nonCritical;
                if (m.deadShedMw[s][b] > 0) {
                    dead[s][r] += nonCritical;
                } else if (m.shedNVar[s][b] >= 0) {
                    perRegion.get(r).add(m.shedNVar[s][b]);
                }
            }
        }
        List<LeximinStage.Group> groups = new ArrayList<>();
        if (!in.fairness().cumulative()) {
            for (int s = 0; s < n; s++) {
                for (int r = 0; r < nr; r++) {
                    if (load[s][r] > 0) {
                        groups.add(new LeximinStage.Group("r" + regions.names().get(r) + "_s" + m.slots[s],
                                toArray(vars.get(s).get(r)), 1 / load[s][r], dead[s][r] / load[s][r]));
                    }
                }
            }
            return groups;
        }
        double h = in.slotHours();
        for (int r = 0; r < nr; r++) {
            double denominator = historyLoadMwh[r];
            double deadEnergy = 0;
            List<Integer> all = new ArrayList<>();
            for (int s = 0; s < n; s++) {
                denominator += h * load[s][r];
                deadEnergy += h * dead[s][r];
                all.addAll(vars.get(s).get(r));
            }
            if (denominator > 0) {
                groups.add(new LeximinStage.Group("r" + regions.names().get(r), toArray(all), h / denominator,
                        (historyShedMwh[r] + deadEnergy) / denominator));
            }
        }
        return groups;
    }

    private static int[] toArray(List<Integer> list) {
        return list.stream().mapToInt(Integer::intValue).toArray();
    }
}
