package org.fairshed.server.view;

import java.util.List;

/**
 * One group's local day: its bounds as instants ({@code minutes} 1380, 1440 or 1500 long), the revision it comes from
 * (null when no published revision covers it), the region's status that day, the definite hours off and the outages.
 */
public record DayView(String day, String startsAt, String endsAt, int minutes, Integer revision, StatusView status,
                      double hoursOff, List<OutageView> outages) {
}
