package org.fairshed.rota.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import org.fairshed.common.io.AtomicFiles;
import org.fairshed.rota.GroupSchedule;
import org.fairshed.rota.HalfHours;
import org.fairshed.rota.RegionSchedule;
import org.fairshed.rota.RotaResult;

/**
 * The schedule as CSV (RFC 4180, UTF-8): a header {@code date,region,group,00:00,00:30,…,23:30}, then one row per day ×
 * region × group with one cell per half-hour: {@value #OFF} switched off (definite), {@value #POSSIBLE} possibly off
 * if the deficit grows, {@value #UNKNOWN} when the plan's shed is unknown there (nothing is scheduled), empty when on.
 * Documented in docs/schedule-format.md.
 */
public final class ScheduleCsvWriter {

    /** Cell of a half-hour the group is switched off. */
    public static final String OFF = "1";
    /** Cell of a half-hour the group would also be off if the deficit grew. */
    public static final String POSSIBLE = "p";
    /** Cell of a half-hour whose shed the plan does not know (an unusable slot): neither on nor off is promised. */
    public static final String UNKNOWN = "?";

    private ScheduleCsvWriter() {
    }

    /** Writes the CSV file atomically. */
    public static void write(RotaResult result, Path file) throws IOException {
        AtomicFiles.write(file, content(result));
    }

    /** The CSV as the content of a file (for a multi-file output). */
    public static AtomicFiles.Content content(RotaResult result) {
        return out -> out.write(render(result).getBytes(StandardCharsets.UTF_8));
    }

    /** The CSV text (lines end with CRLF, as RFC 4180 asks). */
    public static String render(RotaResult result) {
        StringBuilder sb = new StringBuilder("date,region,group");
        for (int h = 0; h < HalfHours.PER_DAY; h++) {
            sb.append(',').append(clock(h * HalfHours.MINUTES));
        }
        sb.append("\r\n");
        for (RegionSchedule s : result.schedules()) {
            for (GroupSchedule g : s.groups()) {
                sb.append(s.date()).append(',').append(quote(s.region())).append(',').append(quote(g.group()));
                for (int h = 0; h < HalfHours.PER_DAY; h++) {
                    sb.append(',').append(s.isUnknown(h) ? UNKNOWN : g.isOff(h) ? OFF : g.isPossible(h) ? POSSIBLE : "");
                }
                sb.append("\r\n");
            }
        }
        return sb.toString();
    }

    /** {@code HH:MM} of a minute from local midnight. */
    static String clock(int minute) {
        return String.format(Locale.ROOT, "%02d:%02d", minute / 60, minute % 60);
    }

    private static String quote(String value) {
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }
}
