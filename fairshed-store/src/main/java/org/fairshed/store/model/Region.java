package org.fairshed.store.model;

import java.time.ZoneId;

/**
 * A region (oblast) as stored.
 *
 * @param id     stable numeric id (the compatible clients' regionId)
 * @param code   stable text id, {@code [a-z0-9][a-z0-9_-]*}
 * @param zone   the zone of its local days and times (Europe/Kyiv)
 */
public record Region(int id, String code, String nameUk, String nameEn, ZoneId zone) {
}
