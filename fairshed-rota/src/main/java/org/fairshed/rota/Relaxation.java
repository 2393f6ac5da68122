package org.fairshed.rota;

/**
 * Where a rule gave way.
 *
 * @param group    the group concerned ("" when it is the region's half-hour as a whole)
 * @param halfHour the half-hour (0 … 47)
 * @param rule     which rule
 */
public record Relaxation(String group, int halfHour, RelaxedRule rule) {

    public Relaxation {
        if (halfHour < 0 || halfHour >= HalfHours.PER_DAY) {
            throw new IllegalArgumentException("halfHour must be in [0, 47], got " + halfHour);
        }
    }
}
