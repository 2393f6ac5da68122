package org.fairshed.rota;

/** A scheduling rule that had to give way. */
public enum RelaxedRule {
    /** An outage runs longer than maxOffMinutes; the half-hour named is the first one beyond the limit. */
    MAX_OFF,
    /** A group is switched off again less than minOnMinutes after coming back; the half-hour named is the new switch-off. */
    MIN_ON,
    /** A frozen half-hour of a re-plan cannot cover the new quota (frozen half-hours never change). */
    FROZEN_COVER,
    /** The quota exceeds all switchable load: every group is off and the rest is under-shed. */
    QUOTA_ABOVE_LOAD,
    /**
     * The method left the half-hour short of its quota although the groups could have covered it: a defect of the
     * method (every method is tested never to do so), reported rather than hidden.
     */
    METHOD_SHORTFALL
}
