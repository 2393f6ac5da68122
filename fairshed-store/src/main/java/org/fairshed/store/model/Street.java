package org.fairshed.store.model;

/** A street of a settlement, with its stable id (the compatible clients' streetId). */
public record Street(long id, String region, String settlement, String name) {
}
