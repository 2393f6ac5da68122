package org.fairshed.store.model;

import java.time.ZoneId;
import java.util.Objects;

/** A region to create or update, identified by its code. */
public record RegionDefinition(String code, String nameUk, String nameEn, ZoneId zone) {

    public RegionDefinition {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(nameUk, "nameUk");
        Objects.requireNonNull(nameEn, "nameEn");
        Objects.requireNonNull(zone, "zone");
    }
}
