package org.fairshed.store.model;

/** A distribution company (DSO) of a region. */
public record Dso(int id, String region, String code, String name) {
}
