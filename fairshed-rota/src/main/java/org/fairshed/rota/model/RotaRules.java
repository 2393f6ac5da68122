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

/**
 * Checks a schedule against the rules from the schedule alone: cover in every half-hour, max-off and min-on (counting
 * the day before's tail). Every method's schedule is checked the same way, so the report says where any rule broke.
 */
public final class RotaRules {

    private RotaRules() {
    }

    /** Where {@code off} breaks a rule: cover first (by half-hour), then max-off and min-on (by group). */
    public static List<Relaxation> check(RotaProblem p, boolean[][] off, RotaParameters params) {
        List<Relaxation> list = new ArrayList<>();
        for (int h = 0; h < HalfHours.PER_DAY; h++) {
            double shed = 0;
            for (int g = 0; g < p.groupCount(); g++) {
                shed += off[g][h] ? p.loadAt(g, h) : 0;
            }
            if (shed < p.quotaAt(h) - RotaParameters.COVER_TOLERANCE_MW) {
                list.add(new Relaxation("", h, h < p.frozenHalfHours() ? RelaxedRule.FROZEN_COVER : RelaxedRule.QUOTA_ABOVE_LOAD));
            }
        }
        for (int g = 0; g < p.groupCount(); g++) {
            checkGroup(p, g, off[g], params, list);
        }
        return list;
    }

    private static void checkGroup(RotaProblem p, int g, boolean[] day, RotaParameters params, List<Relaxation> out) {
        int t = p.tailLength(g);
        boolean[] seq = new boolean[t + HalfHours.PER_DAY];
        for (int k = 0; k < t; k++) {
            seq[k] = p.tailAt(g, k);
        }
        System.arraycopy(day, 0, seq, t, HalfHours.PER_DAY);
        int maxOff = params.maxOffHalfHours();
        int minOn = params.minOnHalfHours();
        int run = 0;
        int lastBackOn = Integer.MIN_VALUE;
        for (int e = 0; e < seq.length; e++) {
            if (seq[e]) {
                boolean starts = e > 0 && !seq[e - 1];
                if (starts && lastBackOn != Integer.MIN_VALUE && e - lastBackOn < minOn && e >= t) {
                    out.add(new Relaxation(p.groups().get(g), e - t, RelaxedRule.MIN_ON));
                }
                run++;
                if (run == maxOff + 1 && e >= t) {
                    out.add(new Relaxation(p.groups().get(g), e - t, RelaxedRule.MAX_OFF));
                }
            } else {
                if (e > 0 && seq[e - 1]) {
                    lastBackOn = e;
                }
                run = 0;
            }
        }
    }

    /** The status a schedule with these relaxations earns; {@code proven} when every solver stage was optimal. */
    public static RotaStatus statusOf(List<Relaxation> relaxations, boolean proven) {
        boolean rules = false;
        for (Relaxation r : relaxations) {
            if (r.rule() == RelaxedRule.FROZEN_COVER || r.rule() == RelaxedRule.QUOTA_ABOVE_LOAD) {
                return RotaStatus.UNDER_COVER;
            }
            rules = true;
        }
        return rules ? RotaStatus.RELAXED : proven ? RotaStatus.OPTIMAL : RotaStatus.FEASIBLE;
    }

    /** The schedule record of {@code off} with a possible layer the method computed itself. */
    public static RegionSchedule schedule(RotaProblem p, String method, boolean[][] off, boolean[][] possible,
                                   RotaParameters params, boolean proven, long startNanos) {
        List<GroupSchedule> groups = new ArrayList<>();
        for (int g = 0; g < p.groupCount(); g++) {
            double[] load = new double[HalfHours.PER_DAY];
            for (int h = 0; h < HalfHours.PER_DAY; h++) {
                load[h] = p.loadAt(g, h);
            }
            groups.add(new GroupSchedule(p.groups().get(g), load, off[g], possible[g]));
        }
        List<Relaxation> relaxations = check(p, off, params);
        return new RegionSchedule(p.region(), p.date(), method, p.quotaMw(), groups, statusOf(relaxations, proven),
                relaxations, (System.nanoTime() - startNanos) / 1e9);
    }
}
