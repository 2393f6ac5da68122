package org.fairshed.rota.io;

import java.util.Locale;
import org.fairshed.rota.GroupSchedule;
import org.fairshed.rota.HalfHours;
import org.fairshed.rota.RegionSchedule;

/**
 * A region-day as a terminal grid: an hour ruler, one row per group with one character per half-hour (off, possible,
 * on, {@value #UNKNOWN} where the plan does not know the shed) and the group's hours off, then the quota (and the
 * plan's critical shed, when there is any) as one-line bar charts. 7 + 48 + 8 = 63 columns wide.
 */
public final class ScheduleGrid {

    /** Width of the row labels (group names longer than this are cut). */
    static final int LABEL_WIDTH = 7;
    /** Hours between two ruler marks. */
    static final int RULER_STEP_HOURS = 3;
    /** A half-hour whose shed the plan does not know (nothing is scheduled there). */
    static final char UNKNOWN = '!';

    /** The characters of a grid. */
    private record Glyphs(char off, char possible, char on, String levels) {
    }

    private static final Glyphs UNICODE = new Glyphs('\u2588', '?', '\u00b7', " \u2581\u2582\u2583\u2584\u2585\u2586\u2587\u2588");
    private static final Glyphs ASCII = new Glyphs('#', '?', '.', " 123456789");

    private ScheduleGrid() {
    }

    /** The grid with block characters ({@code █} off, {@code ?} possible, {@code ·} on). */
    public static String render(RegionSchedule s) {
        return render(s, false);
    }

    /** The grid; {@code ascii} uses {@code #}, {@code ?}, {@code .} and digits for terminals without UTF-8. */
    public static String render(RegionSchedule s, boolean ascii) {
        Glyphs g = ascii ? ASCII : UNICODE;
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "Region %s, %s: %s (%s), %d groups%n", s.region(), s.date(), s.method(),
                s.status(), s.groups().size()));
        sb.append(" ".repeat(LABEL_WIDTH));
        for (int hour = 0; hour < 24; hour += RULER_STEP_HOURS) {
            sb.append(String.format(Locale.ROOT, "%-" + RULER_STEP_HOURS * 2 + "s", String.format(Locale.ROOT, "%02d", hour)));
        }
        sb.append("  h off").append(System.lineSeparator());
        for (GroupSchedule group : s.groups()) {
            sb.append(label(group.group()));
            for (int h = 0; h < HalfHours.PER_DAY; h++) {
                sb.append(s.isUnknown(h) ? UNKNOWN : group.isOff(h) ? g.off() : group.isPossible(h) ? g.possible() : g.on());
            }
            sb.append(String.format(Locale.ROOT, "  %5.1f%n", group.hoursOff()));
        }
        double[] quota = s.quotaMw();
        bars(sb, g, "quota", quota, s);
        int top = g.levels().length() - 1;
        if (s.criticalShedMwh() > 0) {
            bars(sb, g, "crit", s.criticalShedMw(), s);
        }
        sb.append(String.format(Locale.ROOT, "%s%c off  %c possible  %c on   quota %c = max%s%n", " ".repeat(LABEL_WIDTH),
                g.off(), g.possible(), g.on(), g.levels().charAt(top), s.unknownCount() > 0 ? "  " + UNKNOWN + " unknown" : ""));
        return sb.toString();
    }

    /** One row of bars scaled to its maximum, {@link #UNKNOWN} where the plan does not know the half-hour. */
    private static void bars(StringBuilder sb, Glyphs g, String name, double[] values, RegionSchedule s) {
        double max = 0;
        for (double v : values) {
            max = Math.max(max, v);
        }
        sb.append(label(name));
        int top = g.levels().length() - 1;
        for (int h = 0; h < HalfHours.PER_DAY; h++) {
            int level = max <= 0 || values[h] <= 0 ? 0 : Math.max(1, (int) Math.ceil(values[h] / max * top));
            sb.append(s.isUnknown(h) ? UNKNOWN : g.levels().charAt(Math.min(top, level)));
        }
        sb.append(String.format(Locale.ROOT, "  max %.1f MW%n", max));
    }

    private static String label(String name) {
        String cut = name.length() > LABEL_WIDTH - 2 ? name.substring(0, LABEL_WIDTH - 2) : name;
        return String.format(Locale.ROOT, "  %-" + (LABEL_WIDTH - 2) + "s", cut);
    }
}
