package org.fairshed.plan.scenario;

/**
 * The scenario's {@code ramps} field, unresolved; absent or null means no ramp limits link the slots.
 *
 * @param fromCase           take each generator's rate from the case's RAMP_AGC / RAMP_30 / RAMP_10 columns
 * @param defaultMwPerMinute rate (MW/min) for every generator, or, with {@code fromCase}, for those the case gives none;
 *                           NaN when there is no default (such generators are then unlimited)
 */
public record RampSpec(boolean fromCase, double defaultMwPerMinute) {

    /** {@code "ramps": "case"}. */
    public static final RampSpec CASE = new RampSpec(true, Double.NaN);

    public RampSpec {
        if (!fromCase && Double.isNaN(defaultMwPerMinute)) {
            throw new IllegalArgumentException("ramp limits need the case's columns or a default rate");
        }
    }

    public boolean hasDefault() {
        return !Double.isNaN(defaultMwPerMinute);
    }
}
