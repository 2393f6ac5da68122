package org.fairshed.grid.ac;

import java.util.List;
import java.util.Objects;

/**
 * Result of an {@link AcCheck}. Voltages and overloads are only meaningful when {@link #converged()}; otherwise
 * the voltages are NaN (bus 0) and the overload list is empty.
 *
 * @param status          load-flow status of the main component
 * @param message         why, in words, when not converged (the load flow's own status text, or the failure of the
 *                        solver); empty when converged
 * @param iterations      Newton-Raphson iterations of the last attempt
 * @param startedFromDc   whether the reported attempt was the retry from DC angles
 * @param slackMismatchMw active power the reference bus took beyond its scheduled generation (MW); positive when
 *                        the dispatch falls short of load plus losses; meaningless when not converged
 * @param minVoltagePu    lowest bus voltage magnitude (p.u.)
 * @param minVoltageBus   bus number where it occurs
 * @param maxVoltagePu    highest bus voltage magnitude (p.u.)
 * @param maxVoltageBus   bus number where it occurs
 * @param voltageViolations buses whose voltage is outside their own [VMIN, VMAX] by more than
 *                        {@link AcCheck#VOLTAGE_TOLERANCE_PU} (buses with VMAX 0, i.e. no limits, are not counted)
 * @param overloads       in-service branches loaded beyond RATE_A, in branch row order
 * @param seconds         wall-clock time of the whole check (conversion included)
 */
public record AcCheckResult(AcCheckStatus status, String message, int iterations, boolean startedFromDc, double slackMismatchMw,
                            double minVoltagePu, int minVoltageBus, double maxVoltagePu, int maxVoltageBus, int voltageViolations,
                            List<AcOverload> overloads, double seconds) {

    public AcCheckResult {
        Objects.requireNonNull(status, "status");
        message = message == null ? "" : message;
        overloads = List.copyOf(overloads);
    }

    /** True when the AC power flow converged. */
    public boolean converged() {
        return status == AcCheckStatus.CONVERGED;
    }
}
