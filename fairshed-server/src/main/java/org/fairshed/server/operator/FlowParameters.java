package org.fairshed.server.operator;

import java.nio.file.Path;
import java.time.Duration;

/**
 * How the operator flow runs on a server.
 *
 * @param demoNetwork    serve the demo's synthetic national grid as a network ({@link NetworkCatalog#DEMO})
 * @param casesFolder    a folder of case files (MATPOWER {@code .m}, PowSyBl formats) an administrator placed there,
 *                       each a network named by its file name; null for none
 * @param defaultBudget  a job's time budget when the upload names none
 * @param maxBudget      the longest budget a job may ask for
 * @param maxUploadBytes the largest scenario or damage update accepted (413 beyond; the server's own body limit
 *                       applies first)
 * @param acCheck        run the AC check (OpenLoadFlow) of every slot, so that the preview shows it
 * @param warmUp         when the worker starts, run the AC check twice on the demo grid in a background thread of low
 *                       priority, so that the first re-plan after a start does not pay for compiling the load flow's
 *                       code (about 20 CPU-seconds on the demo: measured with bench/intraday.sh)
 */
public record FlowParameters(boolean demoNetwork, Path casesFolder, Duration defaultBudget, Duration maxBudget,
                             long maxUploadBytes, boolean acCheck, boolean warmUp) {

    public static final Duration DEFAULT_BUDGET = Duration.ofMinutes(5);
    public static final Duration MAX_BUDGET = Duration.ofHours(1);
    public static final long DEFAULT_MAX_UPLOAD_BYTES = 64L << 10;

    public FlowParameters {
        if (defaultBudget.isNegative() || defaultBudget.isZero() || maxBudget.compareTo(defaultBudget) < 0) {
            throw new IllegalArgumentException("need 0 < defaultBudget <= maxBudget, got " + defaultBudget + " and "
                    + maxBudget);
        }
        if (maxUploadBytes < 1024) {
            throw new IllegalArgumentException("maxUploadBytes must be at least 1024, got " + maxUploadBytes);
        }
    }

    /**
     * The demo network, no case folder, 5 minutes per job (at most an hour), 64 KiB uploads, the AC check on, no
     * warm-up (a server that waits for dispatchers, as {@code serve}, turns it on; tests and tools need not pay for it).
     */
    public static FlowParameters defaults() {
        return new FlowParameters(true, null, DEFAULT_BUDGET, MAX_BUDGET, DEFAULT_MAX_UPLOAD_BYTES, true, false);
    }

    public FlowParameters withCasesFolder(Path folder) {
        return new FlowParameters(demoNetwork, folder, defaultBudget, maxBudget, maxUploadBytes, acCheck, warmUp);
    }

    public FlowParameters withAcCheck(boolean value) {
        return new FlowParameters(demoNetwork, casesFolder, defaultBudget, maxBudget, maxUploadBytes, value, warmUp);
    }

    public FlowParameters withMaxUploadBytes(long value) {
        return new FlowParameters(demoNetwork, casesFolder, defaultBudget, maxBudget, value, acCheck, warmUp);
    }

    public FlowParameters withWarmUp(boolean value) {
        return new FlowParameters(demoNetwork, casesFolder, defaultBudget, maxBudget, maxUploadBytes, acCheck, value);
    }
}
