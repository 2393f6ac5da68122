package org.fairshed.rota.sweep;

import org.fairshed.rota.RegionSchedule;
import org.fairshed.rota.RotaMethod;
import org.fairshed.rota.RotaParameters;
import org.fairshed.rota.RotaProblem;
import org.fairshed.rota.model.RegionDayModel;
import org.fairshed.rota.model.RegionSchedules;
import org.fairshed.rota.priority.PriorityRota;

/**
 * The rota's own method, {@code sweep} (docs/rota-method.md): the {@link SweepSearch sweep} builds a schedule half-hour
 * by half-hour within the rules, levelled over the week and tightened by {@link LevelRepair}, and CP-SAT polishes it
 * ({@link CpSatPolish}) only on runs of at most {@link #largestPolishedRun} region-days (2 with the default times);
 * the possible layer comes from the same sweep on the grown quota. Status {@code OPTIMAL} only when every CP-SAT stage
 * proved its optimum; otherwise {@code FEASIBLE} (or what the rule checker finds).
 */
public final class SweepRota implements RotaMethod {

    public static final String NAME = "sweep";
    /**
     * The name this method had before it was named for what it is ({@code optimal}, although it is a heuristic that
     * CP-SAT polishes only on tiny runs): still accepted on the command line and read in SCHEDULE.json format 1.
     */
    public static final String OLD_NAME = "optimal";
    /**
     * Regions with more groups than this take the priority path ({@link PriorityRota}): the subset sweep scores every
     * set of groups up to {@link SweepSearch#MAX_ENUMERATED_GROUPS} and its level repair every pair, which per-building
     * regions of thousands of groups cannot afford (docs/rota-method.md).
     */
    public static final int LARGEST_SUBSET_REGION = SweepSearch.MAX_ENUMERATED_GROUPS;
    /** Longest run {@link #largestPolishedRun} looks at. */
    private static final int MAX_RUN_LOOKED_AT = 10_000;

    private final int largestSubsetRegion;

    /** The rota's own method, with the priority path beyond {@link #LARGEST_SUBSET_REGION} groups. */
    public SweepRota() {
        this(LARGEST_SUBSET_REGION);
    }

    /** The same with another threshold (tests: 0 sends every region down the priority path). */
    public SweepRota(int largestSubsetRegion) {
        this.largestSubsetRegion = largestSubsetRegion;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public RegionSchedule schedule(RotaProblem p, RotaParameters params) {
        long started = System.nanoTime();
        if (p.groupCount() > largestSubsetRegion) {
            RegionDayModel fine = RegionDayModel.of(p, params, RegionDayModel.W_PER_MW);
            PriorityRota.Cells cells = PriorityRota.schedule(fine, params);
            return RegionSchedules.of(p, NAME, cells.off(), cells.possible(), params, false, started);
        }
        RegionDayModel day = RegionDayModel.of(p, params);
        boolean[][] sweep = SweepSearch.schedule(day);
        CpSatPolish.Polished result = CpSatPolish.runs(params.searchSeconds())
                ? CpSatPolish.polish(day, sweep, params) : new CpSatPolish.Polished(sweep, false);
        boolean[][] possible = SweepPossibleLayer.bySweep(day, result.off(), params);
        return RegionSchedules.of(p, NAME, result.off(), possible, params, result.proven(), started);
    }

    /** True when CP-SAT polishes the region-days of a run of {@code regionDays} with these parameters. */
    public static boolean polishes(RotaParameters params, int regionDays) {
        return CpSatPolish.runs(params.searchSecondsPerRegionDay(regionDays));
    }

    /** The most region-days a run may have for CP-SAT to polish them (0 when it never runs). */
    public static int largestPolishedRun(RotaParameters params) {
        int n = 0;
        while (n < MAX_RUN_LOOKED_AT && polishes(params, n + 1)) {
            n++;
        }
        return n;
    }
}
