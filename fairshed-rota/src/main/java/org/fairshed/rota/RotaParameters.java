package org.fairshed.rota;

/**
 * Rules and solver settings of the rota. Defaults are named constants; values are validated here.
 *
 * @param maxOffMinutes      an outage lasts at most this (multiple of 30)
 * @param minOnMinutes       a group is back on at least this long before its next outage (multiple of 30)
 * @param freezeMinutes      on re-plan, half-hours starting before now + this never change (>= 0)
 * @param overShedBudget     per half-hour, the later objectives may switch off up to this many group-equivalents beyond
 *                           the least over-shed any set of groups achieves (0 = strictly lexicographic)
 * @param possibleStepGroups the "possible" layer: the quota grown by this many group-equivalents (> 0)
 * @param threads            regions solved in parallel (>= 1)
 * @param searchSeconds      CP-SAT's deterministic time for improving the sweep's schedule of one region-day, shared by
 *                           its lexicographic stages (>= 0; 0 = the sweep alone)
 * @param runSearchSeconds   at most this much CP-SAT time over all region-days of one {@link Rota#run}, so that a
 *                           thousand regions stay fast (>= 0): each region-day gets min(searchSeconds, this / count)
 * @param minQuotaMw         a half-hour's quota below this is the planner's numerical noise, not a deficit: it is set
 *                           to 0 and reported ({@link RotaMetrics#ignoredQuotaMwh()}), since no group is that small and
 *                           switching a whole group off for it would be absurd (>= 0)
 */
public record RotaParameters(int maxOffMinutes, int minOnMinutes, int freezeMinutes, double overShedBudget,
                             double possibleStepGroups, int threads, double searchSeconds, double runSearchSeconds,
                             double minQuotaMw) {

    public static final int DEFAULT_MAX_OFF_MINUTES = 240;
    public static final int DEFAULT_MIN_ON_MINUTES = 120;
    public static final int DEFAULT_FREEZE_MINUTES = 60;
    public static final double DEFAULT_OVER_SHED_BUDGET = 0.5;
    public static final double DEFAULT_POSSIBLE_STEP_GROUPS = 1;
    public static final double DEFAULT_SEARCH_SECONDS = 1.0;
    public static final double DEFAULT_RUN_SEARCH_SECONDS = 0.5;
    /**
     * 10 kW: above the planner's solver noise (its least-shed stage holds the total to 1e-7 relative, tens of kW on a
     * national case, which leximin may leave in a region) and far below any real switching group.
     */
    public static final double DEFAULT_MIN_QUOTA_MW = 0.01;
    /** Cover is checked to this (MW): the model works in whole kW and files carry 1e-4 MW. */
    public static final double COVER_TOLERANCE_MW = 1e-3;

    public RotaParameters {
        HalfHours.of(maxOffMinutes, "maxOffMinutes");
        HalfHours.of(minOnMinutes, "minOnMinutes");
        if (freezeMinutes < 0) {
            throw new IllegalArgumentException("freezeMinutes must be >= 0, got " + freezeMinutes);
        }
        if (!(overShedBudget >= 0 && overShedBudget <= 1)) {
            throw new IllegalArgumentException("overShedBudget must be in [0, 1], got " + overShedBudget);
        }
        if (!(possibleStepGroups > 0)) {
            throw new IllegalArgumentException("possibleStepGroups must be positive, got " + possibleStepGroups);
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
        if (!(minQuotaMw >= 0)) {
            throw new IllegalArgumentException("minQuotaMw must be >= 0, got " + minQuotaMw);
        }
        if (!(searchSeconds >= 0) || !(runSearchSeconds >= 0)) {
            throw new IllegalArgumentException("searchSeconds and runSearchSeconds must be >= 0, got " + searchSeconds
                    + " and " + runSearchSeconds);
        }
    }

    public static RotaParameters defaults() {
        return new RotaParameters(DEFAULT_MAX_OFF_MINUTES, DEFAULT_MIN_ON_MINUTES, DEFAULT_FREEZE_MINUTES,
                DEFAULT_OVER_SHED_BUDGET, DEFAULT_POSSIBLE_STEP_GROUPS, Runtime.getRuntime().availableProcessors(),
                DEFAULT_SEARCH_SECONDS, DEFAULT_RUN_SEARCH_SECONDS, DEFAULT_MIN_QUOTA_MW);
    }

    public int maxOffHalfHours() {
        return maxOffMinutes / HalfHours.MINUTES;
    }

    public int minOnHalfHours() {
        return minOnMinutes / HalfHours.MINUTES;
    }

    /** The CP-SAT time of each region-day when a run has {@code regionDays} of them. */
    public double searchSecondsPerRegionDay(int regionDays) {
        return Math.min(searchSeconds, runSearchSeconds / Math.max(1, regionDays));
    }

    public RotaParameters withThreads(int value) {
        return new RotaParameters(maxOffMinutes, minOnMinutes, freezeMinutes, overShedBudget, possibleStepGroups, value,
                searchSeconds, runSearchSeconds, minQuotaMw);
    }

    public RotaParameters withOverShedBudget(double value) {
        return new RotaParameters(maxOffMinutes, minOnMinutes, freezeMinutes, value, possibleStepGroups, threads,
                searchSeconds, runSearchSeconds, minQuotaMw);
    }

    public RotaParameters withRules(int maxOff, int minOn) {
        return new RotaParameters(maxOff, minOn, freezeMinutes, overShedBudget, possibleStepGroups, threads,
                searchSeconds, runSearchSeconds, minQuotaMw);
    }

    /** CP-SAT time per region-day and per run (see the record's parameters). */
    public RotaParameters withSearch(double perRegionDay, double perRun) {
        return new RotaParameters(maxOffMinutes, minOnMinutes, freezeMinutes, overShedBudget, possibleStepGroups, threads,
                perRegionDay, perRun, minQuotaMw);
    }

}
