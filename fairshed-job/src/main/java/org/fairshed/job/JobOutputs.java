package org.fairshed.job;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.fairshed.plan.report.PlanFiles;
import org.fairshed.rota.RegionSchedule;
import org.fairshed.rota.RotaOutcome;
import org.fairshed.rota.io.RotaOutputs;

/**
 * Where a job's files go and the one order they are written in: the plan (JSON and CSV, one output sharing the run
 * id), then the rota's schedule files (one output that names the plan's run id), then the rolling ledger last, so a
 * failure at any point leaves the ledger as it was. A stopped job ({@link JobStatus#CANCELLED},
 * {@link JobStatus#TIMED_OUT}) writes nothing; a plan that is not usable is written (a dispatcher must see why) but
 * its rota only when the caller asked for the usable slots and it was made.
 *
 * @param planFile    the plan file, or null for none
 * @param planCsv     the plan's per-region CSV table (the per-bus one beside it), or null
 * @param rota        the rota's outputs, or null for none
 */
public record JobOutputs(Path planFile, Path planCsv, RotaOutputs rota) {

    public JobOutputs {
        if (planFile == null && planCsv != null) {
            throw new IllegalArgumentException("a plan CSV table goes with a plan file");
        }
    }

    /**
     * Writes what {@code result} holds.
     *
     * @param published the schedules published before (a re-plan: .ics sequence numbers), or an empty list
     * @param stamp     the moment of publication (the .ics DTSTAMP)
     * @return the files written, in the order they were moved into place
     */
    public List<Path> write(JobResult result, List<RegionSchedule> published, Instant stamp) throws IOException {
        List<Path> written = new ArrayList<>();
        if (result.status() == JobStatus.CANCELLED || result.status() == JobStatus.TIMED_OUT || result.plan() == null) {
            return written;
        }
        if (planFile != null) {
            written.addAll(PlanFiles.write(result.plan(), planFile, planCsv));
        }
        if (rota != null && result.rota() != null && result.rota().outcome() == RotaOutcome.SCHEDULED) {
            RotaOutputs.Written w = rota.write(result.rota(), Map.of(), published, stamp);
            written.addAll(w.files());
            if (w.ledger() != null) {
                written.add(w.ledger());
            }
        }
        return written;
    }
}
