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
     * Regions with more groups than this take the priority path ({@link PriorityRota}; up to
     * {@link #LARGEST_PAIRWISE_REPAIR} groups the better of it and the subset path): the subset sweep scores every set
     * of groups up to {@link SweepSearch#MAX_ENUMERATED_GROUPS} and its level repair every pair, which per-building
     * regions of thousands of groups cannot afford (docs/rota-method.md).
     */
    public static final int LARGEST_SUBSET_REGION = SweepSearch.MAX_ENUMERATED_GROUPS;
    /**
     * Regions of more than {@link #LARGEST_SUBSET_REGION} and at most this many groups get both the priority schedule
     * with the sweep's pairwise level repair and the subset path's schedule, and keep the better by
     * {@link SweepQuality}: with a few dozen groups the block repair finds too few partners to keep the hour, and the
     * pairs are still affordable (their cost grows with the square of the groups).
     */
    public static final int LARGEST_PAIRWISE_REPAIR = 100;
    /** Longest run {@link #largestPolishedRun} looks at. */
    private static final int MAX_RUN_LOOKED_AT = 10_000;

    private final int largestSubsetRegion;
    private final int largestPairwiseRepair;

    /**
     * The rota's own method: the subset path up to {@link #LARGEST_SUBSET_REGION} groups, the better of both paths up
     * to {@link #LARGEST_PAIRWISE_REPAIR}, the priority path beyond.
     */
    public SweepRota() {
        this(LARGEST_SUBSET_REGION, LARGEST_PAIRWISE_REPAIR);
    }

    /** The same with other thresholds (tests: 0 and 0 send every region down the priority path alone). */
    public SweepRota(int largestSubsetRegion, int largestPairwiseRepair) {
        this.largestSubsetRegion = largestSubsetRegion;
        this.largestPairwiseRepair = largestPairwiseRepair;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public RegionSchedule schedule(RotaProblem p, RotaParameters params) {
        long started = System.nanoTime();
        if (p.groupCount() <= largestSubsetRegion) {
            return subsetPath(p, params, started);
        }
        RegionDayModel fine = RegionDayModel.of(p, params, RegionDayModel.W_PER_MW);
        boolean[][] off = PriorityRota.definite(fine);
        if (p.groupCount() > largestPairwiseRepair) {
            return RegionSchedules.of(p, NAME, off, PriorityRota.possible(fine, off, params), params, false, started);
        }
        // few enough groups for the pairs: the priority schedule with the pairwise repair, or the subset path's
        // schedule (greedy pick and pairwise repair), whichever is better on the same model
        off = pairwiseRepaired(fine, off);
        RegionSchedule subset = subsetPath(p, params, started);
        if (SweepQuality.of(fine, subset.offMatrix()).compareTo(SweepQuality.of(fine, off)) <= 0) {
            return subset;
        }
        return RegionSchedules.of(p, NAME, off, PriorityRota.possible(fine, off, params), params, false, started);
    }

    /** The sweep built around 12 groups: the subset sweep, the CP-SAT polish on tiny runs, the possible layer. */
    private static RegionSchedule subsetPath(RotaProblem p, RotaParameters params, long started) {
        RegionDayModel day = RegionDayModel.of(p, params);
        boolean[][] sweep = SweepSearch.schedule(day);
        CpSatPolish.Polished result = CpSatPolish.runs(params.searchSeconds())
                ? CpSatPolish.polish(day, sweep, params) : new CpSatPolish.Polished(sweep, false);
        boolean[][] possible = SweepPossibleLayer.bySweep(day, result.off(), params);
        return RegionSchedules.of(p, NAME, result.off(), possible, params, result.proven(), started);
    }

    /**
     * The priority schedule {@code off} after the sweep's own level repair and tightening, which try every pair of
     * groups: kept only when better by {@link SweepQuality} (rule breaks, changes, week spread beyond the promised
     * hour, over-shed, outages), else {@code off} as it is.
     */
    private static boolean[][] pairwiseRepaired(RegionDayModel day, boolean[][] off) {
        boolean[][] copy = new boolean[off.length][];
        for (int g = 0; g < off.length; g++) {
            copy[g] = off[g].clone();
        }
        LevelRepair.level(day, copy);
        LevelRepair.tighten(day, copy);
        return SweepQuality.of(day, copy).compareTo(SweepQuality.of(day, off)) < 0 ? copy : off;
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
