package org.fairshed.server.ics;

import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.io.TimezoneAssignment;
import biweekly.property.Status;
import biweekly.property.Transparency;
import biweekly.util.Duration;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fairshed.server.state.RegionState;
import org.fairshed.store.Store;
import org.fairshed.store.model.Revision;
import org.fairshed.store.model.RevisionContent;

/**
 * Calendar feeds (RFC 5545, written by biweekly): one per group and one per address (all its hourly groups).
 * {@code METHOD:PUBLISH}, a calendar name, the region's VTIMEZONE, refresh hints (RFC 7986 {@code REFRESH-INTERVAL}
 * and {@code X-PUBLISHED-TTL}), one VEVENT per outage from yesterday to the last published day. Definite outages are
 * {@code STATUS:CONFIRMED}, opaque, "Відключення"; possible ones {@code STATUS:TENTATIVE}, transparent, "Можливе
 * відключення". UIDs, SEQUENCE, DTSTAMP and LAST-MODIFIED follow {@link FeedHistory}: the same revisions, the same
 * bytes. Start and end are written in UTC: exact on the DST days, where a local time can mean two instants (and
 * where parsers' reading of a VTIMEZONE differs — biweekly's own reads 16:00 on 25 October 2026 in Kyiv as +03:00);
 * the VTIMEZONE and {@code X-WR-TIMEZONE} tell calendar apps the region's zone for display.
 */
public final class CalendarFeeds {

    public static final String MEDIA_TYPE = "text/calendar; charset=utf-8";
    public static final String PRODUCT_ID = "-//Fairshed//public feed//UK";
    /** How often a calendar app should fetch the feed again: a re-plan can come at any time. */
    public static final int REFRESH_MINUTES = 30;
    private static final int MAX_REVISIONS = 200;

    private final Store store;
    private final Map<String, RevisionContent> contents = java.util.Collections.synchronizedMap(
            new LinkedHashMap<>(64, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, RevisionContent> eldest) {
                    return size() > 512;
                }
            });

    public CalendarFeeds(Store store) {
        this.store = store;
    }

    /** The feed of one group. */
    public byte[] group(RegionState s, String group) {
        List<FeedEvent> events = events(s, List.of(group));
        String name = "Fairshed · " + s.region().nameUk() + " · група " + group;
        return write(s, name, events, false);
    }

    /** The feed of an address: every hourly group it is on. */
    public byte[] address(RegionState s, List<String> groups, String label) {
        return write(s, "Fairshed · " + label, events(s, groups), groups.size() > 1);
    }

    private List<FeedEvent> events(RegionState s, List<String> groups) {
        if (s.published() == null) {
            return List.of();
        }
        LocalDate first = s.today().minusDays(1);
        LocalDate last = s.published().lastDay();
        List<LocalDate> days = first.isAfter(last) ? List.of() : first.datesUntil(last.plusDays(1)).toList();
        List<RevisionContent> covering = covering(s, first, last);
        List<FeedEvent> out = new ArrayList<>();
        for (String g : groups) {
            out.addAll(FeedHistory.events(s.code(), g, days, covering));
        }
        out.sort(Comparator.comparing(FeedEvent::start).thenComparing(FeedEvent::group));
        return out;
    }

    private List<RevisionContent> covering(RegionState s, LocalDate first, LocalDate last) {
        List<RevisionContent> out = new ArrayList<>();
        for (Revision r : store.revisions().revisions(s.code(), MAX_REVISIONS)) {
            if (r.number() > s.published().number() || r.lastDay().isBefore(first) || r.firstDay().isAfter(last)) {
                continue;
            }
            String key = s.code() + "|" + r.number();
            RevisionContent c = contents.get(key);
            if (c == null) {
                c = store.revisions().content(s.code(), r.number()).orElseThrow();
                contents.put(key, c);
            }
            out.add(c);
        }
        return out;
    }

    private byte[] write(RegionState s, String name, List<FeedEvent> events, boolean groupInSummary) {
        ZoneId zone = s.region().zone();
        ICalendar ical = new ICalendar();
        ical.setProductId(PRODUCT_ID);
        ical.setMethod("PUBLISH");
        ical.setName(name);
        ical.setExperimentalProperty("X-WR-CALNAME", name);
        ical.setExperimentalProperty("X-WR-TIMEZONE", zone.getId());
        ical.setRefreshInterval(Duration.builder().minutes(REFRESH_MINUTES).build());
        ical.setExperimentalProperty("X-PUBLISHED-TTL", "PT" + REFRESH_MINUTES + "M");
        LocalDate first = s.today().minusDays(1);
        LocalDate last = s.published() == null ? s.today() : s.published().lastDay();
        TimezoneAssignment tz = org.fairshed.rota.io.IcsTimezone.of(zone, first, last.isBefore(first) ? first : last);
        ical.getTimezoneInfo().getTimezones().add(tz);
        for (FeedEvent e : events) {
            if (!e.end().isAfter(e.start())) {
                continue; // wholly inside a DST gap: it never happens
            }
            VEvent v = new VEvent();
            v.setUid(FeedHistory.uid(e));
            v.setSequence(e.sequence());
            v.setDateTimeStamp(Date.from(e.lastModified()));
            v.setLastModified(Date.from(e.lastModified()));
            v.setDateStart(Date.from(e.start()), true);
            v.setDateEnd(Date.from(e.end()), true);
            boolean definite = FeedHistory.definite(e);
            String what = definite ? "Відключення світла" : "Можливе відключення";
            String english = definite ? "Power off" : "Possible power cut";
            v.setSummary(what + (groupInSummary ? " · група " + e.group() : " · " + e.group()));
            v.setDescription(english + ", group " + e.group() + " (" + s.region().nameEn() + "). "
                    + (definite ? "Scheduled outage." : "Only if the deficit grows; watch for an update.")
                    + " Fairshed revision data: " + "/api/v1/regions/" + s.code() + "/groups/" + e.group() + "/schedule");
            v.setStatus(definite ? Status.confirmed() : Status.tentative());
            v.setTransparency(definite ? Transparency.opaque() : Transparency.transparent());
            v.addCategories(definite ? "DEFINITE" : "POSSIBLE");
            ical.addEvent(v);
        }
        return ical.write().getBytes(StandardCharsets.UTF_8);
    }
}
