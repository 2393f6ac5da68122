package org.fairshed.rota;

import org.fairshed.common.InputException;
import org.fairshed.common.Limits;

/**
 * Rules and solver settings of the rota. Defaults and bounds are named constants; values are validated here with an
 * {@link InputException} naming the parameter (the {@code check...} methods let a caller name its own option).
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

    /** Longest max-off or min-on: a day (a rule beyond a day says nothing within the rota's days). */
    public static final int MAX_RULE_MINUTES = HalfHours.MINUTES_PER_DAY;
    /** Longest freeze on a re-plan: a day. */
    public static final int MAX_FREEZE_MINUTES = HalfHours.MINUTES_PER_DAY;
    /** Largest possible-layer step (group-equivalents): far beyond a region's whole load for the standard 12 groups. */
    public static final double MAX_POSSIBLE_STEP_GROUPS = 100;
    /**
     * Largest noise threshold (MW): 1 MW, a hundred times the default and below any real switching group, so a
     * mistyped value cannot set a real deficit aside as noise.
     */
    public static final double MAX_MIN_QUOTA_MW = 1;
    /** Most CP-SAT seconds per region-day or per run. */
    public static final double MAX_SEARCH_SECONDS = Limits.MAX_TIME_BUDGET_SECONDS;
    /** Names the parameters in errors when they do not come from a file or an option. */
    public static final String SOURCE = "rota parameters";

    public RotaParameters {
        checkRuleMinutes(maxOffMinutes, SOURCE, "maxOffMinutes");
        checkRuleMinutes(minOnMinutes, SOURCE, "minOnMinutes");
        checkFreezeMinutes(freezeMinutes, SOURCE, "freezeMinutes");
        checkOverShedBudget(overShedBudget, SOURCE, "overShedBudget");
        checkPossibleStep(possibleStepGroups, SOURCE, "possibleStepGroups");
        checkThreads(threads, SOURCE, "threads");
        checkMinQuota(minQuotaMw, SOURCE, "minQuotaMw");
        checkSearchSeconds(searchSeconds, SOURCE, "searchSeconds");
        checkSearchSeconds(runSearchSeconds, SOURCE, "runSearchSeconds");
    }

    /** Max-off and min-on: a positive multiple of 30 minutes up to {@link #MAX_RULE_MINUTES}. */
    public static int checkRuleMinutes(int minutes, String source, String field) {
        if (minutes <= 0 || minutes > MAX_RULE_MINUTES || minutes % HalfHours.MINUTES != 0) {
            throw InputException.atField(source, field, "must be a positive multiple of " + HalfHours.MINUTES
                    + " minutes up to " + MAX_RULE_MINUTES + ", got " + minutes);
        }
        return minutes;
    }

    public static int checkFreezeMinutes(int minutes, String source, String field) {
        if (minutes < 0 || minutes > MAX_FREEZE_MINUTES) {
            throw InputException.atField(source, field, "must be minutes in [0, " + MAX_FREEZE_MINUTES + "], got "
                    + minutes);
        }
        return minutes;
    }

    public static double checkOverShedBudget(double groups, String source, String field) {
        if (!(groups >= 0 && groups <= 1)) {
            throw InputException.atField(source, field, "must be in [0, 1], got " + groups);
        }
        return groups;
    }

    public static double checkPossibleStep(double groups, String source, String field) {
        if (!(groups > 0 && groups <= MAX_POSSIBLE_STEP_GROUPS)) {
            throw InputException.atField(source, field, "must be group-equivalents in (0, "
                    + (int) MAX_POSSIBLE_STEP_GROUPS + "], got " + groups);
        }
        return groups;
    }

    public static int checkThreads(int threads, String source, String field) {
        if (threads < 1 || threads > Limits.MAX_THREADS) {
            throw InputException.atField(source, field, "must be from 1 to " + Limits.MAX_THREADS + ", got " + threads);
        }
        return threads;
    }

    public static double checkMinQuota(double mw, String source, String field) {
        if (!(mw >= 0 && mw <= MAX_MIN_QUOTA_MW)) {
            throw InputException.atField(source, field, "must be MW in [0, " + (int) MAX_MIN_QUOTA_MW + "] (quotas below "
                    + "it are set aside as the planner's numerical noise), got " + mw);
        }
        return mw;
    }

    public static double checkSearchSeconds(double seconds, String source, String field) {
        if (!(seconds >= 0 && seconds <= MAX_SEARCH_SECONDS)) {
            throw InputException.atField(source, field, "must be seconds in [0, " + (long) MAX_SEARCH_SECONDS
                    + "], got " + seconds);
        }
        return seconds;
    }

    /** The defaults, on as many threads as the machine has cores (at most {@link Limits#MAX_THREADS}). */
    public static RotaParameters defaults() {
        return new RotaParameters(DEFAULT_MAX_OFF_MINUTES, DEFAULT_MIN_ON_MINUTES, DEFAULT_FREEZE_MINUTES,
                DEFAULT_OVER_SHED_BUDGET, DEFAULT_POSSIBLE_STEP_GROUPS,
                Math.min(Limits.MAX_THREADS, Runtime.getRuntime().availableProcessors()),
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
