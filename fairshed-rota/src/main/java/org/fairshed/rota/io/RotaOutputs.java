package org.fairshed.rota.io;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.fairshed.common.io.AtomicFiles;
import org.fairshed.rota.RegionSchedule;
import org.fairshed.rota.RotaMetrics;
import org.fairshed.rota.RotaOutcome;
import org.fairshed.rota.RotaResult;

/**
 * Where a rota's outputs go, and the one way to write them: SCHEDULE.json, the CSV and the .ics files as one
 * multi-file output ({@link AtomicFiles#writeAll}: all new or, after a crash between the moves, recognisable by the
 * plan's run id in SCHEDULE.json), then the rolling ledger last, so any failure before it leaves the old ledger file
 * byte for byte. Only a {@link RotaOutcome#SCHEDULED} result is written: a refused or cancelled rota publishes nothing.
 *
 * @param schedule SCHEDULE.json
 * @param csv      the CSV export, or null
 * @param icsDir   the folder of the .ics files, or null
 * @param zone     the time zone of the .ics files' local times
 * @param ledger   where the updated ledger goes, or null for nowhere
 */
public record RotaOutputs(Path schedule, Path csv, Path icsDir, ZoneId zone, Path ledger) {

    public RotaOutputs {
        Objects.requireNonNull(schedule, "schedule");
        Objects.requireNonNull(zone, "zone");
    }

    /**
     * What was written.
     *
     * @param files  SCHEDULE.json, the CSV and the .ics files, in that order
     * @param ics    how many of them are .ics files
     * @param ledger the ledger file written, or null
     */
    public record Written(List<Path> files, int ics, Path ledger) {

        public Written {
            files = List.copyOf(files);
        }
    }

    /**
     * Writes {@code result}.
     *
     * @param comparison the metrics of every method compared (method → metrics, in order; empty for none)
     * @param published  the schedules published before (a re-plan: .ics sequence numbers), or an empty list
     * @param stamp      the moment of publication (the .ics DTSTAMP)
     * @throws IllegalStateException when the result is not {@link RotaOutcome#SCHEDULED}
     */
    public Written write(RotaResult result, Map<String, RotaMetrics> comparison, List<RegionSchedule> published,
                         Instant stamp) throws IOException {
        if (result.outcome() != RotaOutcome.SCHEDULED) {
            throw new IllegalStateException("a rota that is " + result.outcome() + " is not written: " + result.message());
        }
        Map<Path, AtomicFiles.Content> files = new LinkedHashMap<>();
        files.put(schedule, ScheduleJsonWriter.content(result, comparison));
        if (csv != null) {
            files.put(csv, ScheduleCsvWriter.content(result));
        }
        int ics = 0;
        if (icsDir != null) {
            Map<Path, AtomicFiles.Content> calendars = ScheduleIcsWriter.contents(result, zone, stamp, published, icsDir);
            files.putAll(calendars);
            ics = calendars.size();
        }
        AtomicFiles.writeAll(files);
        if (ledger != null) {
            AtomicFiles.write(ledger, LedgerJson.content(result.ledger()));
        }
        return new Written(new ArrayList<>(files.keySet()), ics, ledger);
    }
}
