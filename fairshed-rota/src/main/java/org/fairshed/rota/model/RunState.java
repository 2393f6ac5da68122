package org.fairshed.rota.model;

import org.fairshed.rota.RelaxedRule;

/**
 * Where one group stands in its cells, half-hour by half-hour: how long it has been off, or how long back on. The one
 * statement of max-off and min-on ({@link #allowsOff}) that the checker walks over a whole day and the sweep asks
 * while it builds one: an outage lasts at most {@code maxOff} half-hours, and a group that came back on stays on for
 * {@code minOn} half-hours before its next outage (a group never off in what is known of its past is rested).
 */
public final class RunState {

    /** Half-hours back on of a group never seen off: rested, whatever minOn is. */
    static final int NEVER = Integer.MAX_VALUE / 4;

    private final int maxOff;
    private final int minOn;
    /** Consecutive half-hours off up to the last cell (0 when it is on). */
    private int run;
    /** Consecutive half-hours on since the last off one ({@link #NEVER} when never off); 0 while off. */
    private int rest = NEVER;
    /** The current outage already went beyond max-off (its first half-hour beyond it was reported). */
    private boolean overRun;

    public RunState(int maxOff, int minOn) {
        if (maxOff < 1 || minOn < 1) {
            throw new IllegalArgumentException("maxOff and minOn must be at least one half-hour, got " + maxOff + " and "
                    + minOn);
        }
        this.maxOff = maxOff;
        this.minOn = minOn;
    }

    /** The state at midnight after the day before's last half-hours {@code tail} (oldest first; may be empty). */
    public static RunState after(boolean[] tail, int maxOff, int minOn) {
        RunState s = new RunState(maxOff, minOn);
        for (boolean off : tail) {
            s.advance(off);
        }
        return s;
    }

    /** The rules as one predicate: may a group be off in the next half-hour, given its run and rest so far? */
    private boolean allows(int runSoFar, int restSoFar) {
        return runSoFar > 0 ? runSoFar < maxOff : restSoFar >= minOn;
    }

    /** True when being off in the next half-hour breaks neither max-off nor min-on. */
    public boolean allowsOff() {
        return allows(run, rest);
    }

    /**
     * The rule that being off in the next half-hour breaks anew ({@link #allowsOff} false): {@code MIN_ON} for an
     * outage starting too soon after the last, {@code MAX_OFF} for the first half-hour of an outage beyond the limit
     * (not again for its later ones); null when it breaks none anew.
     */
    public RelaxedRule breakIfOff() {
        if (allows(run, rest)) {
            return null;
        }
        return run == 0 ? RelaxedRule.MIN_ON : overRun ? null : RelaxedRule.MAX_OFF;
    }

    /**
     * Whether the group could be off {@code k} half-hours from the next one if it is {@code offNow} in the next one
     * and stays so until then: the state those k half-hours leave, asked as {@link #allowsOff} (the sweep's
     * look-ahead).
     */
    public boolean allowsOffAfter(boolean offNow, int k) {
        int runThen = offNow ? run + k : 0;
        int restThen = offNow ? 0 : run > 0 ? k : Math.min(NEVER, rest + k);
        return allows(runThen, restThen);
    }

    /** Moves past the next half-hour, off or on. */
    public void advance(boolean off) {
        if (off) {
            overRun |= run > 0 && !allows(run, rest);
            run++;
            rest = 0;
        } else {
            rest = run > 0 ? 1 : Math.min(NEVER, rest + 1);
            run = 0;
            overRun = false;
        }
    }

    /** Consecutive half-hours off up to now (0 when on). */
    public int run() {
        return run;
    }
}
