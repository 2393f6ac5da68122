package org.fairshed.rota.plan;

/**
 * One region's shed in one slot. A shed figure is null when it is unknown (a slot without a solution).
 *
 * @param nonCriticalShedMw non-critical load to switch off (MW): the rota's quota; null when unknown
 * @param nonCriticalLoadMw the region's non-critical load (MW), which the groups share; always known
 * @param criticalShedMw    critical load the plan sheds (MW), dead islands included; null when unknown
 * @param criticalLoadMw    the region's critical load (MW); always known
 */
public record SlotShed(Double nonCriticalShedMw, double nonCriticalLoadMw, Double criticalShedMw,
                         double criticalLoadMw) {
}
