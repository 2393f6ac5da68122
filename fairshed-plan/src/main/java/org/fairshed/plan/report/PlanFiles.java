package org.fairshed.plan.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fairshed.common.io.AtomicFiles;
import org.fairshed.plan.PlanResult;

/**
 * Writes the files of one plan as one output with {@link AtomicFiles#writeAll}: the plan file and, when asked, its
 * two CSV tables. Every content is written and forced first; only then are they moved into place (the CSV tables
 * first, the plan last). A failure leaves the old files as they were; every file carries the plan's run id.
 */
public final class PlanFiles {

    private PlanFiles() {
    }

    /**
     * @param planFile    the plan file (JSON)
     * @param regionsCsv  the per-region CSV table, or null for none; the per-bus table goes beside it
     *                    ({@link PlanCsvWriter#busesFileFor})
     * @return the files written, in the order they were moved into place
     */
    public static List<Path> write(PlanResult result, Path planFile, Path regionsCsv) throws IOException {
        Map<Path, AtomicFiles.Content> files = new LinkedHashMap<>();
        if (regionsCsv != null) {
            String regions = PlanCsvWriter.regionsTable(result);
            String buses = PlanCsvWriter.busesTable(result);
            files.put(regionsCsv, out -> out.write(regions.getBytes(StandardCharsets.UTF_8)));
            files.put(PlanCsvWriter.busesFileFor(regionsCsv), out -> out.write(buses.getBytes(StandardCharsets.UTF_8)));
        }
        files.put(planFile, out -> PlanJsonWriter.write(result, out));
        AtomicFiles.writeAll(files);
        return new ArrayList<>(files.keySet());
    }

    /** The files {@link #write} writes for these arguments, in the same order. */
    public static List<Path> targets(Path planFile, Path regionsCsv) {
        List<Path> out = new ArrayList<>();
        if (regionsCsv != null) {
            out.add(regionsCsv);
            out.add(PlanCsvWriter.busesFileFor(regionsCsv));
        }
        out.add(planFile);
        return out;
    }
}
