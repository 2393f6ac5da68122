package org.fairshed.rota.baseline;

import org.fairshed.rota.HalfHours;
import org.fairshed.rota.RegionSchedule;
import org.fairshed.rota.RotaMethod;
import org.fairshed.rota.RotaParameters;
import org.fairshed.rota.RotaProblem;
import org.fairshed.rota.model.RegionSchedules;

/**
 * Today's practice: the groups in a fixed rotation order (published order); each half-hour with a quota switches off
 * the fewest whole groups, taken in that order from where the previous half-hour stopped, that cover the quota. The
 * order starts at the first group every day (the published queue table), and frozen half-hours of a re-plan are kept.
 * Max-off / min-on are not planned for; the schedule's check reports where they break.
 */
public final class QueueRota implements RotaMethod {

    public static final String NAME = "queues";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public RegionSchedule schedule(RotaProblem p, RotaParameters params) {
        long started = System.nanoTime();
        int n = p.groupCount();
        boolean[][] x = p.frozenCells();
        int next = 0;
        for (int h = p.frozenHalfHours(); h < HalfHours.PER_DAY; h++) {
            double shed = 0;
            int taken = 0;
            while (shed < p.quotaAt(h) - RotaParameters.COVER_TOLERANCE_MW && taken < n) {
                int g = (next + taken) % n;
                x[g][h] = true;
                shed += p.loadAt(g, h);
                taken++;
            }
            next = (next + taken) % n;
        }
        return RegionSchedules.of(p, NAME, x, BaselinePossibleLayer.of(p, x, params), params, false, started);
    }
}
