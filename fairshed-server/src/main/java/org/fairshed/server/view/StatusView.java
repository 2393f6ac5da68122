package org.fairshed.server.view;

import java.util.List;

/**
 * A region's day status. {@code derived}: the store has none for the day, so the server says SCHEDULE_APPLIES when a
 * published revision covers the day and WAITING_FOR_SCHEDULE (without an expected time) otherwise.
 *
 * @param version the stored status's version, 0 when derived
 */
public record StatusView(String status, String expectedAt, String message, List<String> emergencyGroups, int version,
                         boolean derived) {
}
