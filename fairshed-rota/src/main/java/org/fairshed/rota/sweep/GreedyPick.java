package org.fairshed.rota.sweep;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.fairshed.rota.model.RegionDayModel;

/** The sweep's pick of one half-hour's set for regions too large to enumerate. */
final class GreedyPick {

    private GreedyPick() {
    }

    /**
     * Beyond {@link SweepSearch#MAX_ENUMERATED_GROUPS}: cheapest groups first until covered (inside the window when it
     * can), then back on what is not needed. No look-ahead: regions this large may see more relaxed rules.
     */
    static void choose(RegionDayModel in, double[] weight, int h, boolean[] now) {
        List<Integer> order = new ArrayList<>();
        for (int g = 0; g < weight.length; g++) {
            order.add(g);
        }
        order.sort(Comparator.<Integer>comparingDouble(g -> weight[g]).thenComparingInt(g -> g));
        long quota = in.quota()[h];
        long window = in.window() == null ? Long.MAX_VALUE : in.window()[h];
        long covered = 0;
        // pass 0 keeps inside the over-shed window, pass 1 takes whatever still covers
        for (int pass = 0; pass < 2 && covered < quota; pass++) {
            for (int g : order) {
                if (covered >= quota) {
                    break;
                }
                if (now[g] || pass == 0 && covered + in.load()[g][h] > window) {
                    continue;
                }
                now[g] = true;
                covered += in.load()[g][h];
            }
        }
        for (int i = order.size() - 1; i >= 0; i--) {
            int g = order.get(i);
            if (now[g] && covered - in.load()[g][h] >= quota) {
                now[g] = false;
                covered -= in.load()[g][h];
            }
        }
    }
}
