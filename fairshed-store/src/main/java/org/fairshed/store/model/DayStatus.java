package org.fairshed.store.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The status of a region's local day.
 *
 * @param expectedAt      when the schedule is expected (WAITING_FOR_SCHEDULE), else null
 * @param message         for the public (EMERGENCY: why and what to expect), may be null
 * @param emergencyGroups the emergency lists switched off (EMERGENCY only)
 * @param version         1, 2, ... per region and day
 */
public record DayStatus(String region, LocalDate day, DayStatusKind status, Instant expectedAt, String message,
                        List<String> emergencyGroups, int version, Instant updatedAt, String updatedBy) {

    public DayStatus {
        emergencyGroups = List.copyOf(emergencyGroups);
    }
}
