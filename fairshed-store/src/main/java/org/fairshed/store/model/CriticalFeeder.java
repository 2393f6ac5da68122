package org.fairshed.store.model;

/**
 * A feeder that is never switched off.
 *
 * @param category {@code hospital}, {@code water}, {@code heating}, {@code communications}, ... ({@code [a-z][a-z_-]*})
 * @param group    code of the hourly group it sits in, null when unknown
 */
public record CriticalFeeder(String region, String code, String name, String category, String group) {
}
