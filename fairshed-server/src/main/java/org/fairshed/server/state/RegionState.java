package org.fairshed.server.state;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.fairshed.server.view.StatusView;
import org.fairshed.server.view.Views;
import org.fairshed.store.model.DaySchedule;
import org.fairshed.store.model.DayStatus;
import org.fairshed.store.model.Dso;
import org.fairshed.store.model.Group;
import org.fairshed.store.model.LedgerDay;
import org.fairshed.store.model.Region;
import org.fairshed.store.model.Revision;

/**
 * What the server knows of a region, read from the store in one go and replaced whole when the store announces a
 * publish or a day-status change: the organisation, the published revision, every group's days in a window around
 * the region's today (each from the newest published revision covering it), the day statuses and the ledger.
 * Immutable.
 *
 * @param published the published revision, null when none
 * @param today     the region's local date when this was read (a new date means reading it again)
 * @param days      group code → day → its schedule, for the days of [{@code from}, {@code to}] some revision covers
 * @param token     names everything the region's responses depend on (published number and content hash, the
 *                  statuses' versions, the window): part of every ETag and cache key built from this state
 */
public record RegionState(Region region, List<Dso> dsos, List<Group> hourly, List<Group> emergency, Revision published,
                          LocalDate today, LocalDate from, LocalDate to, Map<String, Map<LocalDate, DaySchedule>> days,
                          Map<LocalDate, DayStatus> statuses, List<LedgerDay> ledger, String token) {

    /** Days before today the window holds (yesterday's schedule, the ledger's week). */
    public static final int DAYS_BEFORE = 7;
    /** Days after today the window holds (a revision covers at most 31 days). */
    public static final int DAYS_AFTER = 31;

    public String code() {
        return region.code();
    }

    public boolean hasGroup(String code) {
        return hourly.stream().anyMatch(g -> g.code().equals(code));
    }

    public DaySchedule day(String group, LocalDate day) {
        Map<LocalDate, DaySchedule> byDay = days.get(group);
        return byDay == null ? null : byDay.get(day);
    }

    public boolean inWindow(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }

    /** The status of a day: the stored one, else derived from whether a revision covers it. */
    public StatusView status(LocalDate day) {
        boolean covered = !hourly.isEmpty() && day(hourly.get(0).code(), day) != null;
        return Views.status(statuses.get(day), covered, region.zone());
    }

    /** The last day a published revision covers, null when nothing is published. */
    public LocalDate lastPublishedDay() {
        return published == null ? null : published.lastDay();
    }
}
