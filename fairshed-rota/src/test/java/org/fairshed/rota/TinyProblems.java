package org.fairshed.rota;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.fairshed.rota.groups.GroupConfig;
import org.fairshed.rota.ledger.Ledger;
import org.fairshed.rota.plan.PlanQuotas;

/** Small region-days with a named purpose. */
public final class TinyProblems {

    public static final LocalDate DAY = LocalDate.of(2016, 12, 19);

    private TinyProblems() {
    }

    /** Groups with constant loads (MW) and the given quota per half-hour (missing half-hours: 0). */
    public static RotaProblem constant(double[] groupLoadMw, double... quotaMw) {
        int n = groupLoadMw.length;
        List<String> names = new ArrayList<>();
        double[][] load = new double[n][HalfHours.PER_DAY];
        for (int g = 0; g < n; g++) {
            names.add("g" + (g + 1));
            java.util.Arrays.fill(load[g], groupLoadMw[g]);
        }
        double[] quota = new double[HalfHours.PER_DAY];
        System.arraycopy(quotaMw, 0, quota, 0, quotaMw.length);
        return new RotaProblem("R", DAY, names, quota, load, new double[n], new boolean[n][0], null, 0);
    }

    /** A fresh or re-planned rota of {@code plan} (every slot usable), without progress or cancellation. */
    public static RotaResult run(PlanQuotas plan, GroupConfig groups, String groupsSource, Ledger ledger, RotaMethod method,
                                 RotaParameters params, Replan replan) {
        return Rota.run(new RotaInput(plan, groups, groupsSource, ledger, replan, false), method, params);
    }

    /** Σ of the switched-off load minus the quota in half-hour h (negative = under-shed). */
    public static double margin(RegionSchedule s, int h) {
        return s.offLoadAt(h) - s.quotaAt(h);
    }
}
