package org.fairshed.rota.plan;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.fairshed.common.json.JsonFields;

/**
 * A slot of the plan whose shed is unknown (no usable solution: limits not met, stopped or failed): the rota cannot
 * schedule its half-hours, in any region.
 *
 * @param index  0-based slot number
 * @param start  the slot's local start
 * @param end    the slot's local end (exclusive)
 * @param status the planner's status name
 */
public record UnusableSlot(int index, LocalDateTime start, LocalDateTime end, String status) {

    /** Runs of consecutive slots of one status shown before "..." in {@link #describe}. */
    private static final int SHOWN_RUNS = 8;

    /**
     * The slots for people, consecutive ones of one status as a run: {@code "slots 17–19 (2026-12-01T17:00 to 20:00,
     * ERROR), 22 (2026-12-01T22:00 to 23:00, TIME_LIMIT): 4 slot(s) whose shed is unknown in every region (99: 1, 2,
     * ...)"}.
     */
    public static String describe(List<UnusableSlot> slots, List<String> regions) {
        List<String> runs = new ArrayList<>();
        int i = 0;
        while (i < slots.size()) {
            int j = i;
            while (j + 1 < slots.size() && slots.get(j + 1).index == slots.get(j).index + 1
                    && slots.get(j + 1).status.equals(slots.get(i).status)) {
                j++;
            }
            UnusableSlot a = slots.get(i);
            UnusableSlot b = slots.get(j);
            runs.add((i == j ? "" + a.index : a.index + "\u2013" + b.index) + " (" + a.start + " to "
                    + (b.end.toLocalDate().equals(a.start.toLocalDate()) ? b.end.toLocalTime() : b.end) + ", "
                    + a.status + ")");
            i = j + 1;
        }
        String shown = runs.size() > SHOWN_RUNS
                ? String.join(", ", runs.subList(0, SHOWN_RUNS)) + ", ... (" + runs.size() + " runs)"
                : String.join(", ", runs);
        return "slot" + (slots.size() == 1 ? " " : "s ") + shown + ": " + slots.size() + " slot(s) whose shed is "
                + "unknown in every region (" + regions.size() + ": " + JsonFields.sample(regions) + ")";
    }
}
