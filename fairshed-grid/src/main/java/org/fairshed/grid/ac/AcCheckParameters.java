package org.fairshed.grid.ac;

/**
 * Settings of an {@link AcCheck}. The defaults mimic MATPOWER's {@code runpf}: a single slack bus takes the
 * mismatch (no distributed slack), reactive limits are not enforced.
 *
 * @param maxIterations         Newton-Raphson iteration limit per attempt, at least 1
 * @param tolerancePu           convergence threshold per equation (p.u. on the MVA base / voltage), in (0, 1)
 * @param retryFromDcAngles     when the flat start does not converge, try again from DC load-flow angles
 * @param distributedSlack      share the mismatch over generators instead of leaving it to the slack bus
 * @param enforceReactiveLimits switch generators to fixed Q when they hit their limits (PV to PQ)
 */
public record AcCheckParameters(int maxIterations, double tolerancePu, boolean retryFromDcAngles,
                                boolean distributedSlack, boolean enforceReactiveLimits) {

    public static final int DEFAULT_MAX_ITERATIONS = 30;
    public static final double DEFAULT_TOLERANCE_PU = 1e-5;
    public static final boolean DEFAULT_RETRY_FROM_DC_ANGLES = true;
    public static final boolean DEFAULT_DISTRIBUTED_SLACK = false;
    public static final boolean DEFAULT_ENFORCE_REACTIVE_LIMITS = false;

    /** @throws IllegalArgumentException when a value is out of range */
    public AcCheckParameters {
        if (maxIterations < 1) {
            throw new IllegalArgumentException("maxIterations must be at least 1, got " + maxIterations);
        }
        if (!(tolerancePu > 0 && tolerancePu < 1)) {
            throw new IllegalArgumentException("tolerancePu must be in (0, 1), got " + tolerancePu);
        }
    }

    /** The defaults (see the constants). */
    public static AcCheckParameters defaults() {
        return new AcCheckParameters(DEFAULT_MAX_ITERATIONS, DEFAULT_TOLERANCE_PU, DEFAULT_RETRY_FROM_DC_ANGLES,
                DEFAULT_DISTRIBUTED_SLACK, DEFAULT_ENFORCE_REACTIVE_LIMITS);
    }

    public AcCheckParameters withMaxIterations(int value) {
        return new AcCheckParameters(value, tolerancePu, retryFromDcAngles, distributedSlack, enforceReactiveLimits);
    }

}
