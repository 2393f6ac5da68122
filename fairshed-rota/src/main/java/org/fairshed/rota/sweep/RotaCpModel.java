package org.fairshed.rota.sweep;

import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.IntVar;
import com.google.ortools.sat.LinearExpr;
import com.google.ortools.sat.LinearExprBuilder;
import java.util.ArrayList;
import java.util.List;
import org.fairshed.rota.HalfHours;
import org.fairshed.rota.model.RegionDayModel;

/**
 * The CP-SAT model of one region-day: data → variables → constraints (one method per family) → objective terms.
 * Powers are whole kW (see {@link RegionDayModel}). The day before's
 * last {@link #pad} half-hours are fixed variables in front of today's, so outages and rests over midnight count.
 */
final class RotaCpModel {

    final CpModel model = new CpModel();
    private final RegionDayModel m;
    private final int groups;
    private final int pad;
    private final int maxOff;
    private final int minOn;
    private final boolean relaxRules;
    private final long[][] loadKw;
    private final long[] quotaKw;
    /** [group][pad + half-hour]: the group is off. */
    private final BoolVar[][] off;
    /** [group][half-hour]: an outage starts here (>= off[h] − off[h−1]; tight once switching is minimized). */
    private final BoolVar[][] starts;
    private final List<BoolVar> ruleSlacks = new ArrayList<>();
    /** Per half-hour, the most kW the later objectives may switch off (null: no window). */
    private final long[] windowKw;

    RotaCpModel(RegionDayModel m, boolean relaxRules, boolean windows) {
        this.m = m;
        this.groups = m.groupCount();
        this.maxOff = m.maxOff();
        this.minOn = m.minOn();
        this.pad = Math.max(maxOff, minOn);
        this.relaxRules = relaxRules;
        this.loadKw = m.load();
        this.quotaKw = m.quota();
        this.windowKw = windows ? m.window() : null;
        this.off = new BoolVar[groups][pad + HalfHours.PER_DAY];
        this.starts = new BoolVar[groups][HalfHours.PER_DAY];
        variables();
        fixTail();
        fixFrozen();
        cover();
        window();
        maxOff();
        minOn();
        outageStarts();
    }

    private String name(int g) {
        return m.groups().get(g);
    }

    private void variables() {
        for (int g = 0; g < groups; g++) {
            for (int e = 0; e < pad + HalfHours.PER_DAY; e++) {
                String when = e < pad ? "prev" + (pad - e) : "h" + (e - pad);
                off[g][e] = model.newBoolVar("off_g" + name(g) + "_" + when);
            }
            for (int h = 0; h < HalfHours.PER_DAY; h++) {
                starts[g][h] = model.newBoolVar("start_g" + name(g) + "_h" + h);
            }
        }
    }

    /** off[g][−k] = the day before's state k half-hours before midnight (on when unknown). */
    private void fixTail() {
        for (int g = 0; g < groups; g++) {
            boolean[] tail = m.tail()[g];
            for (int e = 0; e < pad; e++) {
                int k = tail.length - (pad - e);
                model.addEquality(off[g][e], k >= 0 && tail[k] ? 1 : 0);
            }
        }
    }

    /** off[g][h] = previous[g][h] for every h < frozenHalfHours. */
    private void fixFrozen() {
        for (int g = 0; g < groups; g++) {
            for (int h = 0; h < m.frozen(); h++) {
                model.addEquality(off[g][pad + h], m.previous()[g][h] ? 1 : 0);
            }
        }
    }

    /** Σ_g load[g][h]·off[g][h] ≥ quota[h] for every half-hour that is not frozen. */
    private void cover() {
        for (int h = m.frozen(); h < HalfHours.PER_DAY; h++) {
            if (quotaKw[h] <= 0) {
                continue;
            }
            LinearExprBuilder shed = LinearExpr.newBuilder();
            for (int g = 0; g < groups; g++) {
                shed.addTerm(off[g][pad + h], loadKw[g][h]);
            }
            model.addGreaterOrEqual(shed, quotaKw[h]);
        }
    }

    /** Σ_g load[g][h]·off[g][h] ≤ window[h] for every half-hour that is not frozen. */
    private void window() {
        if (windowKw == null) {
            return;
        }
        for (int h = m.frozen(); h < HalfHours.PER_DAY; h++) {
            LinearExprBuilder shed = LinearExpr.newBuilder();
            for (int g = 0; g < groups; g++) {
                shed.addTerm(off[g][pad + h], loadKw[g][h]);
            }
            model.addLessOrEqual(shed, windowKw[h]);
        }
    }

    /** Σ_{k=e}^{e+M} off[g][k] ≤ M (+ slack) for every window of M+1 half-hours reaching into today. */
    private void maxOff() {
        for (int g = 0; g < groups; g++) {
            for (int e = Math.max(0, pad - maxOff); e + maxOff < pad + HalfHours.PER_DAY; e++) {
                LinearExprBuilder run = LinearExpr.newBuilder();
                for (int k = e; k <= e + maxOff; k++) {
                    run.add(off[g][k]);
                }
                relaxable(run, maxOff, "maxoff_g" + name(g) + "_h" + (e + maxOff - pad));
            }
        }
    }

    /** off[g][e−1] − off[g][e] + off[g][e+k] ≤ 1 (+ slack) for k = 1 … N−1: back on at e means on for N half-hours. */
    private void minOn() {
        for (int g = 0; g < groups; g++) {
            for (int e = 1; e < pad + HalfHours.PER_DAY - 1; e++) {
                if (e + minOn - 1 < pad) {
                    continue;
                }
                BoolVar slack = relaxRules ? slack("minon_g" + name(g) + "_e" + (e - pad)) : null;
                for (int k = 1; k < minOn && e + k < pad + HalfHours.PER_DAY; k++) {
                    if (e + k < pad) {
                        continue;
                    }
                    LinearExprBuilder back = LinearExpr.newBuilder().add(off[g][e - 1]).addTerm(off[g][e], -1).add(off[g][e + k]);
                    if (slack != null) {
                        back.addTerm(slack, -1);
                    }
                    model.addLessOrEqual(back, 1);
                }
            }
        }
    }

    /** start[g][h] ≥ off[g][h] − off[g][h−1]. */
    private void outageStarts() {
        for (int g = 0; g < groups; g++) {
            for (int h = 0; h < HalfHours.PER_DAY; h++) {
                int e = pad + h;
                model.addGreaterOrEqual(LinearExpr.newBuilder().add(starts[g][h]).add(off[g][e - 1]).addTerm(off[g][e], -1), 0);
            }
        }
    }

    private void relaxable(LinearExprBuilder expr, long bound, String what) {
        if (relaxRules) {
            expr.addTerm(slack(what), -1);
        }
        model.addLessOrEqual(expr, bound);
    }

    private BoolVar slack(String what) {
        BoolVar s = model.newBoolVar("relax_" + what);
        ruleSlacks.add(s);
        return s;
    }

    /** Σ slacks: how many rule instances give way (0 without relaxation). */
    LinearExpr relaxedRules() {
        return LinearExpr.sum(ruleSlacks.toArray(new BoolVar[0]));
    }

    /** Σ_h Σ_g load·off in kW-half-hours; minus the quotas' sum it is the over-shed. */
    LinearExpr offLoadKw() {
        LinearExprBuilder b = LinearExpr.newBuilder();
        for (int g = 0; g < groups; g++) {
            for (int h = 0; h < HalfHours.PER_DAY; h++) {
                b.addTerm(off[g][pad + h], loadKw[g][h]);
            }
        }
        return b.build();
    }

    /** Σ over half-hours with a quota of budget × group-equivalent (kW): the windows' room as one day budget. */
    long dayBudgetKw(double budgetGroups) {
        double room = 0;
        for (int h = 0; h < HalfHours.PER_DAY; h++) {
            if (quotaKw[h] <= 0) {
                continue;
            }
            long total = 0;
            for (int g = 0; g < groups; g++) {
                total += loadKw[g][h];
            }
            room += budgetGroups * total / groups;
        }
        return (long) Math.floor(room);
    }

    /** Half-hours off of group g today. */
    LinearExpr halfHoursOff(int g) {
        LinearExprBuilder b = LinearExpr.newBuilder();
        for (int h = 0; h < HalfHours.PER_DAY; h++) {
            b.add(off[g][pad + h]);
        }
        return b.build();
    }

    /**
     * (T_max − T_min)·(top + 1) + T_max with T_min ≤ ledger[g] + off_g ≤ T_max: the week's spread between groups first,
     * then its maximum; the weight top + 1 exceeds any T_max, so one half-hour of spread outweighs every T_max.
     */
    LinearExpr weekFairness(long[] ledgerHalfHours) {
        long top = HalfHours.PER_DAY;
        for (long l : ledgerHalfHours) {
            top = Math.max(top, l + HalfHours.PER_DAY);
        }
        IntVar max = model.newIntVar(0, top, "week_max_halfhours");
        IntVar min = model.newIntVar(0, top, "week_min_halfhours");
        for (int g = 0; g < groups; g++) {
            model.addGreaterOrEqual(LinearExpr.newBuilder().add(max).addTerm(halfHoursOff(g), -1), ledgerHalfHours[g]);
            model.addLessOrEqual(LinearExpr.newBuilder().add(min).addTerm(halfHoursOff(g), -1), ledgerHalfHours[g]);
        }
        return LinearExpr.newBuilder().addTerm(max, top + 2).addTerm(min, -(top + 1)).build();
    }

    /** Σ outage starts today. */
    LinearExpr switchings() {
        LinearExprBuilder b = LinearExpr.newBuilder();
        for (int g = 0; g < groups; g++) {
            for (int h = 0; h < HalfHours.PER_DAY; h++) {
                b.add(starts[g][h]);
            }
        }
        return b.build();
    }

    /** Σ over unfrozen half-hours of |off − previous| (0 without a previous schedule). */
    LinearExpr changes() {
        LinearExprBuilder b = LinearExpr.newBuilder();
        if (m.previous() == null) {
            return b.build();
        }
        for (int g = 0; g < groups; g++) {
            for (int h = m.frozen(); h < HalfHours.PER_DAY; h++) {
                if (m.previous()[g][h]) {
                    b.add(1).addTerm(off[g][pad + h], -1);
                } else {
                    b.add(off[g][pad + h]);
                }
            }
        }
        return b.build();
    }

    boolean[][] values(CpSolver solver) {
        boolean[][] x = new boolean[groups][HalfHours.PER_DAY];
        for (int g = 0; g < groups; g++) {
            for (int h = 0; h < HalfHours.PER_DAY; h++) {
                x[g][h] = solver.booleanValue(off[g][pad + h]);
            }
        }
        return x;
    }

    /** Fixes today's cells to {@code x} (tests: the model then only says whether they break a rule). */
    void fixToday(boolean[][] x) {
        for (int g = 0; g < groups; g++) {
            for (int h = 0; h < HalfHours.PER_DAY; h++) {
                model.addEquality(off[g][pad + h], x[g][h] ? 1 : 0);
            }
        }
    }

    /** Hints the solver with {@code x} (today's cells). */
    void hint(boolean[][] x) {
        model.clearHints();
        for (int g = 0; g < groups; g++) {
            for (int h = 0; h < HalfHours.PER_DAY; h++) {
                model.addHint(off[g][pad + h], x[g][h]);
            }
        }
    }
}
