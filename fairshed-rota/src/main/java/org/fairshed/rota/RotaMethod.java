package org.fairshed.rota;

/** A way to turn one region-day's quotas into a schedule. Implementations are stateless and thread-safe. */
public interface RotaMethod {

    /** The method's name as the command line spells it. */
    String name();

    /** The schedule of one region-day; never under-sheds unless the quota exceeds all switchable load or is frozen. */
    RegionSchedule schedule(RotaProblem problem, RotaParameters parameters);
}
