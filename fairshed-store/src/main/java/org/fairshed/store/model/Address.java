package org.fairshed.store.model;

import java.util.List;

/**
 * An address of the consumer registry.
 *
 * @param id              the stable public id
 * @param part            building part ({@code корпус 2}), empty for none
 * @param lat             latitude in degrees, null when unknown (then {@code lon} is null too)
 * @param dso             code of its distribution company, null when not given
 * @param hourlyGroups    its groups of the hourly rotation (two for a building fed by two lines), in the
 *                        registry's order
 * @param emergencyGroups its emergency lists
 */
public record Address(long id, String region, long streetId, String settlement, String street, String house,
                      String part, Double lat, Double lon, String dso, List<String> hourlyGroups,
                      List<String> emergencyGroups) {

    public Address {
        hourlyGroups = List.copyOf(hourlyGroups);
        emergencyGroups = List.copyOf(emergencyGroups);
    }
}
