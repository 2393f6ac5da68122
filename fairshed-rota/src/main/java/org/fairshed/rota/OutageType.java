package org.fairshed.rota;

/** Whether an outage is scheduled or only possible if the deficit grows. */
public enum OutageType {
    /** Scheduled: the group is off. */
    DEFINITE,
    /** The group would also be off if the deficit grew by the configured step (people can prepare). */
    POSSIBLE
}
