package org.fairshed.server.search;

import java.util.List;

/** An address as the index holds it (the store's {@code Address}, read from the compact arrays). */
public record IndexedAddress(long id, String region, long streetId, String settlement, String street, String house,
                             String part, Double lat, Double lon, String dso, List<String> hourlyGroups,
                             List<String> emergencyGroups) {
}
