package org.fairshed.rota.baseline;

import org.fairshed.rota.HalfHours;
import org.fairshed.rota.RegionSchedule;
import org.fairshed.rota.RotaMethod;
import org.fairshed.rota.RotaParameters;
import org.fairshed.rota.RotaProblem;
import org.fairshed.rota.model.RegionSchedules;

/**
 * An Eskom-style cumulative stage table: the day is cut into 2-hour blocks; in block b stage k switches off the k
 * groups starting at offset (b × stride) mod n in published order (so stage k ⊂ stage k+1, and consecutive blocks
 * hit different groups; blocks continue across days). The stage of a half-hour is ceil(quota / group-equivalent),
 * raised until the pattern's (unequal) groups cover the quota. Frozen half-hours of a re-plan are kept.
 */
public final class StageTableRota implements RotaMethod {

    public static final String NAME = "stage-table";
    /** Half-hours per block of the table (2 hours). */
    static final int BLOCK_HALF_HOURS = 4;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public RegionSchedule schedule(RotaProblem p, RotaParameters params) {
        long started = System.nanoTime();
        int n = p.groupCount();
        int stride = stride(n);
        long dayBlocks = p.date().toEpochDay() * (HalfHours.PER_DAY / BLOCK_HALF_HOURS);
        boolean[][] x = p.frozenCells();
        for (int h = p.frozenHalfHours(); h < HalfHours.PER_DAY; h++) {
            double quota = p.quotaAt(h);
            if (quota <= RotaParameters.COVER_TOLERANCE_MW) {
                continue;
            }
            int offset = (int) Math.floorMod((dayBlocks + h / BLOCK_HALF_HOURS) * stride, (long) n);
            int stage = Math.min(n, (int) Math.ceil(quota / p.groupEquivalentAt(h) - 1e-9));
            double shed = 0;
            for (int j = 0; j < stage; j++) {
                shed += p.loadAt((offset + j) % n, h);
            }
            while (shed < quota - RotaParameters.COVER_TOLERANCE_MW && stage < n) {
                shed += p.loadAt((offset + stage) % n, h);
                stage++;
            }
            for (int j = 0; j < stage; j++) {
                x[(offset + j) % n][h] = true;
            }
        }
        return RegionSchedules.of(p, NAME, x, BaselinePossibleLayer.of(p, x, params), params, false, started);
    }

    /** The largest step ≤ n/2 coprime with n (5 for 12 groups), so a pattern visits every offset. */
    static int stride(int n) {
        for (int s = Math.max(1, n / 2); s > 1; s--) {
            if (gcd(s, n) == 1) {
                return s;
            }
        }
        return 1;
    }

    private static int gcd(int a, int b) {
        return b == 0 ? a : gcd(b, a % b);
    }
}
