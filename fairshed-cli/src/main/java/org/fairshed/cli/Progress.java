package org.fairshed.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;

/**
 * Progress of long steps on stderr (so stdout stays clean for reports and JSON). {@link #tick} may be called from
 * several threads (e.g. the planner's solver threads): calls are serialized and the bar never moves backwards.
 */
final class Progress {

    private final PrintWriter err;
    /** Redrawn progress lines only make sense on a terminal; in a pipe or a log they would be noise. */
    private final boolean interactive = System.console() != null;
    private String label = "";
    /** Stage → label: a job's progress starts a new line when its stage changes (empty: one line for all). */
    private Map<String, String> stageLabels = Map.of();
    private String stage;
    private long t0;
    private int shown;

    Progress(PrintWriter err) {
        this.err = err;
    }

    synchronized void start(String what) {
        label = what;
        t0 = System.nanoTime();
        shown = 0;
        if (!interactive) {
            return;
        }
        err.print(what + " ...\r");
        err.flush();
    }

    /** Labels per stage for {@link #update}: a stage with a label of its own gets its own line. */
    synchronized void stages(Map<String, String> labels) {
        stageLabels = Map.copyOf(labels);
        stage = null;
    }

    /** A {@link org.fairshed.common.job.ProgressListener}: the bar shows the units of the current stage. */
    synchronized void update(String newStage, int done, int total) {
        String newLabel = stageLabels.get(newStage);
        if (newLabel != null && !newStage.equals(stage)) {
            if (stage != null) {
                done();
            }
            start(newLabel);
        }
        stage = newLabel != null ? newStage : stage;
        tick(done, total);
    }

    synchronized void tick(int done, int total) {
        if (!interactive || done < shown) {
            return;
        }
        shown = done;
        int width = 24;
        int filled = total == 0 ? width : done * width / total;
        err.printf(Locale.ROOT, "%s [%s%s] %d/%d\r", label, "#".repeat(filled), ".".repeat(width - filled), done, total);
        err.flush();
    }

    synchronized void done() {
        if (!interactive) {
            return;
        }
        err.printf(Locale.ROOT, "%s: done in %.1f s%s%n", label, (System.nanoTime() - t0) / 1e9, " ".repeat(20));
        err.flush();
    }
}
