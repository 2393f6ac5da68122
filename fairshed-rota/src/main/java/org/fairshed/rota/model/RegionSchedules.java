package org.fairshed.rota.model;

import java.util.ArrayList;
import java.util.List;
import org.fairshed.rota.GroupSchedule;
import org.fairshed.rota.HalfHours;
import org.fairshed.rota.RegionSchedule;
import org.fairshed.rota.Relaxation;
import org.fairshed.rota.RelaxedRule;
import org.fairshed.rota.RotaParameters;
import org.fairshed.rota.RotaProblem;
import org.fairshed.rota.RotaStatus;

/** The schedule record of a method's cells: checked by the {@link RuleChecker}, which also decides its status. */
public final class RegionSchedules {

    private RegionSchedules() {
    }

    /** The status a schedule with these relaxations earns; {@code proven} when every solver stage was optimal. */
    public static RotaStatus statusOf(List<Relaxation> relaxations, boolean proven) {
        boolean rules = false;
        for (Relaxation r : relaxations) {
            if (r.rule() == RelaxedRule.FROZEN_COVER || r.rule() == RelaxedRule.QUOTA_ABOVE_LOAD
                    || r.rule() == RelaxedRule.METHOD_SHORTFALL) {
                return RotaStatus.UNDER_COVER;
            }
            rules = true;
        }
        return rules ? RotaStatus.RELAXED : proven ? RotaStatus.OPTIMAL : RotaStatus.FEASIBLE;
    }

    /**
     * The schedule record of {@code off} with the possible layer the method computed, its checked relaxations and
     * status. A method that changed a frozen cell (a published half-hour that has begun or is about to) is a defect:
     * such a schedule is never returned.
     *
     * @throws IllegalStateException when {@code off} changes a frozen cell
     */
    public static RegionSchedule of(RotaProblem p, String method, boolean[][] off, boolean[][] possible,
                                    RotaParameters params, boolean proven, long startNanos) {
        RuleChecker.Check check = RuleChecker.check(p, off, params);
        if (!check.frozenChanged().isEmpty()) {
            int[] cell = check.frozenChanged().getFirst();
            throw new IllegalStateException("method " + method + " changed the frozen half-hour " + cell[1] + " of group "
                    + p.groups().get(cell[0]) + " in region " + p.region() + " on " + p.date() + " ("
                    + check.frozenChanged().size() + " frozen cell(s) in all)");
        }
        List<GroupSchedule> groups = new ArrayList<>();
        for (int g = 0; g < p.groupCount(); g++) {
            double[] load = new double[HalfHours.PER_DAY];
            for (int h = 0; h < HalfHours.PER_DAY; h++) {
                load[h] = p.loadAt(g, h);
            }
            groups.add(new GroupSchedule(p.groups().get(g), load, off[g], possible[g]));
        }
        return new RegionSchedule(p.region(), p.date(), method, p.quotaMw(), groups,
                statusOf(check.relaxations(), proven), check.relaxations(), (System.nanoTime() - startNanos) / 1e9);
    }
}
