package org.fairshed.rota.sweep;

import org.fairshed.rota.model.RegionDayModel;
import org.fairshed.rota.model.RuleChecker;

/**
 * How good a schedule is, compared in this order: rule breaks, cells changed against the published schedule (on a
 * re-plan; 0 otherwise), the week's spread between groups beyond the promised hour (half-hours; any spread within
 * it counts the same), over-shed (kW-half-hours), outages.
 */
record SweepQuality(int ruleBreaks, int changes, long weekSpread, long overShedKw, int outages)
        implements Comparable<SweepQuality> {

    static SweepQuality of(RegionDayModel in, boolean[][] off) {
        int breaks = 0;
        int outages = 0;
        int changes = 0;
        long lo = Long.MAX_VALUE;
        long hi = Long.MIN_VALUE;
        for (int g = 0; g < off.length; g++) {
            breaks += RuleChecker.breaks(in.tail()[g], off[g], in.maxOff(), in.minOn());
            long week = in.ledger()[g];
            for (int h = 0; h < off[g].length; h++) {
                week += off[g][h] ? 1 : 0;
                changes += in.previous() != null && h >= in.frozen() && off[g][h] != in.previous()[g][h] ? 1 : 0;
                outages += off[g][h] && (h == 0 ? !lastOfTail(in, g) : !off[g][h - 1]) ? 1 : 0;
            }
            lo = Math.min(lo, week);
            hi = Math.max(hi, week);
        }
        long over = 0;
        for (int h = 0; h < in.quota().length; h++) {
            long shed = 0;
            for (int g = 0; g < off.length; g++) {
                shed += off[g][h] ? in.load()[g][h] : 0;
            }
            over += Math.max(0, shed - in.quota()[h]);
        }
        return new SweepQuality(breaks, changes, hi - lo, over, outages);
    }

    private static boolean lastOfTail(RegionDayModel in, int g) {
        boolean[] tail = in.tail()[g];
        return tail.length > 0 && tail[tail.length - 1];
    }

    @Override
    public int compareTo(SweepQuality o) {
        int c = Integer.compare(ruleBreaks, o.ruleBreaks);
        if (c == 0) {
            c = Integer.compare(changes, o.changes);
        }
        if (c == 0) {
            // within the promised hour the spread is kept, not traded against over-shed
            c = Long.compare(Math.max(weekSpread, LevelRepair.PROMISED_SPREAD), Math.max(o.weekSpread, LevelRepair.PROMISED_SPREAD));
        }
        if (c == 0) {
            c = Long.compare(overShedKw, o.overShedKw);
        }
        return c != 0 ? c : Integer.compare(outages, o.outages);
    }
}
