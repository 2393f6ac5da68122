package org.fairshed.rota.io;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.property.Status;
import biweekly.property.Transparency;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.fairshed.common.io.AtomicFiles;
import org.fairshed.rota.GroupSchedule;
import org.fairshed.rota.HalfHours;
import org.fairshed.rota.Outage;
import org.fairshed.rota.OutageType;
import org.fairshed.rota.RegionSchedule;
import org.fairshed.rota.RotaResult;

/**
 * One iCalendar file (RFC 5545, written and validated with biweekly) per region × group, with a VEVENT per outage over
 * all the schedule's days. Times are local to {@code zone} ({@code DTSTART;TZID=…}, with the VTIMEZONE built from the
 * JDK's rules). Definite outages are {@code STATUS:CONFIRMED} and busy; possible ones {@code STATUS:TENTATIVE} and free;
 * hours whose shed the plan does not know (unusable slots) get a tentative, free "Outage schedule unknown" event, so
 * nobody reads them as "power on".
 * The UID is stable: region, group, day, start and type; when a re-plan moves only the end of an outage that was
 * published before, its SEQUENCE is 1 (else 0) so calendar apps take the new times. Files are named
 * {@code <region>_<group>.ics} with characters other than letters, digits, '.', '-' replaced by '_'.
 */
public final class ScheduleIcsWriter {

    /** Our PRODID. */
    public static final String PRODUCT_ID = "-//Fairshed//rota//EN";
    private static final String UID_DOMAIN = "@rota.fairshed";
    /** Title of the event over half-hours whose shed the plan does not know. */
    public static final String UNKNOWN_SUMMARY = "Outage schedule unknown";

    private ScheduleIcsWriter() {
    }

    /**
     * Writes one .ics per region × group into {@code dir} and returns the files in schedule order.
     *
     * @param stamp     DTSTAMP of every event (the moment the schedule is published)
     * @param published the schedules published before (a re-plan), or an empty list
     */
    public static List<Path> write(RotaResult result, ZoneId zone, Instant stamp, List<RegionSchedule> published,
                                   Path dir) throws IOException {
        Map<Path, AtomicFiles.Content> files = contents(result, zone, stamp, published, dir);
        AtomicFiles.writeAll(files);
        return new ArrayList<>(files.keySet());
    }

    /** The .ics files of {@code dir} and their contents, in schedule order (for a multi-file output). */
    public static Map<Path, AtomicFiles.Content> contents(RotaResult result, ZoneId zone, Instant stamp,
                                                          List<RegionSchedule> published, Path dir) {
        Map<Path, AtomicFiles.Content> files = new LinkedHashMap<>();
        for (Map.Entry<String, ICalendar> e : calendars(result, zone, stamp, published).entrySet()) {
            byte[] text = Biweekly.write(e.getValue()).go().getBytes(StandardCharsets.UTF_8);
            files.put(dir.resolve(e.getKey()), out -> out.write(text));
        }
        return files;
    }

    /** The calendars by file name, in schedule order (region order of the first day, then group order). */
    public static Map<String, ICalendar> calendars(RotaResult result, ZoneId zone, Instant stamp,
                                                   List<RegionSchedule> published) {
        if (result.dates().isEmpty()) {
            return Map.of();
        }
        Map<String, Map<String, List<RegionSchedule>>> byRegion = new LinkedHashMap<>();
        for (RegionSchedule s : result.schedules()) {
            for (GroupSchedule g : s.groups()) {
                byRegion.computeIfAbsent(s.region(), r -> new LinkedHashMap<>())
                        .computeIfAbsent(g.group(), n -> new ArrayList<>()).add(s);
            }
        }
        Map<String, ICalendar> out = new LinkedHashMap<>();
        Set<String> names = new HashSet<>();
        for (var region : byRegion.entrySet()) {
            for (var group : region.getValue().entrySet()) {
                ICalendar ical = calendar(region.getKey(), group.getKey(), group.getValue(), result, zone, stamp,
                        published);
                out.put(uniqueName(fileName(region.getKey(), group.getKey()), names), ical);
            }
        }
        return out;
    }

    /** {@code <region>_<group>.ics}, safe on every file system. */
    public static String fileName(String region, String group) {
        return safe(region) + "_" + safe(group) + ".ics";
    }

    /** The event title: {@code Power off — group 3.2 (Region 5)} or {@code Possible power off — …}. */
    public static String summary(String region, String group, OutageType type) {
        return (type == OutageType.DEFINITE ? "Power off" : "Possible power off") + " \u2014 group " + group
                + " (Region " + region + ")";
    }

    private static ICalendar calendar(String region, String group, List<RegionSchedule> days, RotaResult result,
                                      ZoneId zone, Instant stamp, List<RegionSchedule> published) {
        ICalendar ical = new ICalendar();
        ical.setProductId(PRODUCT_ID);
        ical.setMethod("PUBLISH");
        ical.setName("Power outages \u2014 group " + group + " (Region " + region + ")");
        ical.getTimezoneInfo().setDefaultTimezone(IcsTimezone.of(zone, result.dates().getFirst(),
                result.dates().getLast()));
        for (RegionSchedule s : days) {
            GroupSchedule g = s.groups().stream().filter(x -> x.group().equals(group)).findFirst().orElseThrow();
            GroupSchedule before = previous(published, region, s.date(), group);
            for (Outage o : g.outages()) {
                ical.addEvent(event(region, group, s.date(), o, zone, stamp, before, s.method()));
            }
            for (int[] run : unknownRuns(s)) {
                ical.addEvent(unknownEvent(region, group, s.date(), run[0], run[1], zone, stamp));
            }
        }
        return ical;
    }

    /** Maximal runs [start minute, end minute) of the half-hours whose shed the plan does not know. */
    private static List<int[]> unknownRuns(RegionSchedule s) {
        List<int[]> runs = new ArrayList<>();
        int h = 0;
        while (h < HalfHours.PER_DAY) {
            if (!s.isUnknown(h)) {
                h++;
                continue;
            }
            int from = h;
            while (h < HalfHours.PER_DAY && s.isUnknown(h)) {
                h++;
            }
            runs.add(new int[] {from * HalfHours.MINUTES, h * HalfHours.MINUTES});
        }
        return runs;
    }

    /** A tentative, free event over hours the plan could not compute: people must not read them as "power on". */
    private static VEvent unknownEvent(String region, String group, LocalDate date, int start, int end, ZoneId zone,
                                       Instant stamp) {
        VEvent e = new VEvent();
        e.setUid(date + "T" + ScheduleCsvWriter.clock(start).replace(":", "") + "-unknown-group-" + safe(group)
                + "-region-" + safe(region) + UID_DOMAIN);
        e.setDateTimeStamp(Date.from(stamp));
        e.setDateStart(at(date, start, zone));
        e.setDateEnd(at(date, end, zone));
        e.setSummary(UNKNOWN_SUMMARY + " \u2014 group " + group + " (Region " + region + ")");
        e.setDescription("The outage plan could not be computed for " + ScheduleCsvWriter.clock(start) + "\u2013"
                + ScheduleCsvWriter.clock(end) + " on " + date + ": outages may happen. Watch for an updated schedule.");
        e.setStatus(Status.tentative());
        e.setTransparency(Transparency.transparent());
        e.setSequence(0);
        return e;
    }

    private static VEvent event(String region, String group, LocalDate date, Outage o, ZoneId zone, Instant stamp,
                                GroupSchedule before, String method) {
        VEvent e = new VEvent();
        e.setUid(uid(region, group, date, o));
        e.setDateTimeStamp(Date.from(stamp));
        e.setDateStart(at(date, o.start(), zone));
        e.setDateEnd(at(date, o.end(), zone));
        e.setSummary(summary(region, group, o.type()));
        e.setDescription((o.type() == OutageType.DEFINITE ? "Scheduled rotating outage " : "Possible outage if the deficit grows, ")
                + ScheduleCsvWriter.clock(o.start()) + "\u2013" + ScheduleCsvWriter.clock(o.end()) + " on " + date
                + " (method " + method + ").");
        e.setStatus(o.type() == OutageType.DEFINITE ? Status.confirmed() : Status.tentative());
        e.setTransparency(o.type() == OutageType.DEFINITE ? Transparency.opaque() : Transparency.transparent());
        e.setSequence(changedEnd(before, o) ? 1 : 0);
        return e;
    }

    /** Stable across re-plans: what identifies an outage for the people concerned is its day, group, start and type. */
    static String uid(String region, String group, LocalDate date, Outage o) {
        return date + "T" + ScheduleCsvWriter.clock(o.start()).replace(":", "") + "-"
                + o.type().name().toLowerCase(Locale.ROOT) + "-group-" + safe(group) + "-region-" + safe(region)
                + UID_DOMAIN;
    }

    private static boolean changedEnd(GroupSchedule before, Outage o) {
        if (before == null) {
            return false;
        }
        for (Outage b : before.outages()) {
            if (b.type() == o.type() && b.start() == o.start()) {
                return b.end() != o.end();
            }
        }
        return false;
    }

    private static GroupSchedule previous(List<RegionSchedule> published, String region, LocalDate date, String group) {
        for (RegionSchedule p : published) {
            if (p.region().equals(region) && p.date().equals(date)) {
                return p.groups().stream().filter(x -> x.group().equals(group)).findFirst().orElse(null);
            }
        }
        return null;
    }

    private static Date at(LocalDate date, int minute, ZoneId zone) {
        return Date.from(date.atStartOfDay().plusMinutes(minute).atZone(zone).toInstant());
    }

    private static String safe(String name) {
        return name.replaceAll("[^A-Za-z0-9.\\-]", "_");
    }

    private static String uniqueName(String name, Set<String> taken) {
        String candidate = name;
        for (int i = 2; !taken.add(candidate); i++) {
            candidate = name.substring(0, name.length() - ".ics".length()) + "-" + i + ".ics";
        }
        return candidate;
    }
}
