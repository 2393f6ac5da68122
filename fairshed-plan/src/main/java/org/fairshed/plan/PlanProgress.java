package org.fairshed.plan;

/** Told as slots complete (called from solver threads). */
@FunctionalInterface
public interface PlanProgress {

    PlanProgress NONE = (done, total) -> { };

    void slotsDone(int done, int total);
}
