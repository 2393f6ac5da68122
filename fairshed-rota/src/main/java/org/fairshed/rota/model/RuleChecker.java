package org.fairshed.rota.model;

import java.util.ArrayList;
import java.util.List;
import org.fairshed.rota.HalfHours;
import org.fairshed.rota.Relaxation;
import org.fairshed.rota.RelaxedRule;
import org.fairshed.rota.RotaParameters;
import org.fairshed.rota.RotaProblem;

/**
 * The one rule checker of the rota: a schedule checked from its cells alone against cover in every half-hour,
 * max-off and min-on (counting the day before's tail, through {@link RunState}) and the frozen half-hours of a
 * re-plan. Every method's schedule gets its status from it, the sweep and the level repair count rule breaks with
 * it, and the CP-SAT model's encoding of the same rules is tested against it.
 */
public final class RuleChecker {

    private RuleChecker() {
    }

    /** Receives the breaks of one group's day. */
    @FunctionalInterface
    public interface BreakSink {
        void add(int halfHour, RelaxedRule rule);
    }

    /**
     * What is wrong with a schedule.
     *
     * @param relaxations   where a rule gave way: cover first (by half-hour, with its reason: {@code QUOTA_ABOVE_LOAD}
     *                      when the quota exceeds all switchable load, {@code FROZEN_COVER} in a frozen half-hour,
     *                      {@code METHOD_SHORTFALL} when the groups could have covered it), then max-off and min-on (by
     *                      group, in time order)
     * @param frozenChanged cells {@code [group, half-hour]} of the frozen part that differ from the published schedule
     */
    public record Check(List<Relaxation> relaxations, List<int[]> frozenChanged) {

        public Check {
            relaxations = List.copyOf(relaxations);
            frozenChanged = List.copyOf(frozenChanged);
        }

        /** True when every half-hour is covered, no rule gave way and every frozen cell is kept. */
        public boolean passes() {
            return relaxations.isEmpty() && frozenChanged.isEmpty();
        }
    }

    /** Checks {@code off} ([group][half-hour]) as the schedule of {@code p} under {@code params}' rules. */
    public static Check check(RotaProblem p, boolean[][] off, RotaParameters params) {
        List<Relaxation> relaxations = new ArrayList<>();
        for (int h = 0; h < HalfHours.PER_DAY; h++) {
            double shed = 0;
            for (int g = 0; g < p.groupCount(); g++) {
                shed += off[g][h] ? p.loadAt(g, h) : 0;
            }
            if (shed >= p.quotaAt(h) - RotaParameters.COVER_TOLERANCE_MW) {
                continue;
            }
            if (h < p.frozenHalfHours()) {
                relaxations.add(new Relaxation("", h, RelaxedRule.FROZEN_COVER));
            } else if (p.quotaAt(h) > p.totalLoadAt(h) + RotaParameters.COVER_TOLERANCE_MW) {
                relaxations.add(new Relaxation("", h, RelaxedRule.QUOTA_ABOVE_LOAD));
            } else {
                relaxations.add(new Relaxation("", h, RelaxedRule.METHOD_SHORTFALL));
            }
        }
        boolean[][] tail = p.tail();
        for (int g = 0; g < p.groupCount(); g++) {
            String group = p.groups().get(g);
            forEachBreak(tail[g], off[g], params.maxOffHalfHours(), params.minOnHalfHours(),
                    (h, rule) -> relaxations.add(new Relaxation(group, h, rule)));
        }
        List<int[]> frozenChanged = new ArrayList<>();
        boolean[][] previous = p.previousOff();
        for (int g = 0; g < p.groupCount() && previous != null; g++) {
            for (int h = 0; h < p.frozenHalfHours(); h++) {
                if (off[g][h] != previous[g][h]) {
                    frozenChanged.add(new int[] {g, h});
                }
            }
        }
        return new Check(relaxations, frozenChanged);
    }

    /**
     * The max-off and min-on breaks of one group's {@code day} after its {@code tail}, in time order: an outage beyond
     * max-off once, at its first half-hour beyond the limit (at 00:00 for an outage the day before already took
     * beyond it); an outage starting too soon after the last, at its start. Breaks inside the tail are the day
     * before's and are not reported.
     */
    public static void forEachBreak(boolean[] tail, boolean[] day, int maxOff, int minOn, BreakSink sink) {
        RunState state = RunState.after(tail, maxOff, minOn);
        for (int h = 0; h < day.length; h++) {
            RelaxedRule broken = day[h] ? broken(state, h) : null;
            if (broken != null) {
                sink.add(h, broken);
            }
            state.advance(day[h]);
        }
    }

    /**
     * How many max-off and min-on breaks {@link #forEachBreak} reports (the same walk, without a sink: the sweep and
     * the level repair count breaks in their inner loops).
     */
    public static int breaks(boolean[] tail, boolean[] day, int maxOff, int minOn) {
        RunState state = RunState.after(tail, maxOff, minOn);
        int count = 0;
        for (int h = 0; h < day.length; h++) {
            count += day[h] && broken(state, h) != null ? 1 : 0;
            state.advance(day[h]);
        }
        return count;
    }

    /** The rule that being off in half-hour h breaks anew: {@link RunState#breakIfOff}, and at 00:00 an old outage. */
    private static RelaxedRule broken(RunState state, int h) {
        RelaxedRule rule = state.breakIfOff();
        return rule == null && h == 0 && !state.allowsOff() ? RelaxedRule.MAX_OFF : rule;
    }
}
