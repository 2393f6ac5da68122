package org.fairshed.server.state;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.fairshed.server.view.NowNext;
import org.fairshed.server.view.TimePoint;
import org.fairshed.store.model.DaySchedule;
import org.fairshed.store.model.Outage;
import org.fairshed.store.model.OutageKind;

/**
 * A group's outages over consecutive published days as instants, with adjacent outages of one kind joined across
 * midnight (22:00–24:00 and 00:00–02:00 are one outage, 22:00–02:00): what now and next are computed from.
 */
public final class Timeline {

    /** One outage on the timeline, its ends with the day and wall-clock minute they are written on. */
    record Span(OutageKind kind, Instant start, Instant end, TimePoint startPoint, TimePoint endPoint) {
    }

    private final List<Span> spans;
    private final Instant knownFrom;
    private final Instant knownTo;

    private Timeline(List<Span> spans, Instant knownFrom, Instant knownTo) {
        this.spans = spans;
        this.knownFrom = knownFrom;
        this.knownTo = knownTo;
    }

    /** The group's timeline from the consecutive days of {@code state} around {@code today} that a revision covers. */
    public static Timeline of(RegionState state, String group, LocalDate today) {
        ZoneId zone = state.region().zone();
        LocalDate first = today;
        while (state.day(group, first.minusDays(1)) != null && state.inWindow(first.minusDays(1))
                && !first.minusDays(1).isBefore(today.minusDays(1))) {
            first = first.minusDays(1);
        }
        List<Span> spans = new ArrayList<>();
        LocalDate d = first;
        LocalDate last = null;
        while (state.inWindow(d) && state.day(group, d) != null) {
            DaySchedule day = state.day(group, d);
            for (Outage o : day.schedule().outages()) {
                if (!o.endAt().isAfter(o.startAt())) {
                    continue; // wholly inside a DST gap: it never happens
                }
                Span s = new Span(o.kind(), o.startAt(), o.endAt(), TimePoint.of(o.startAt(), d, o.startMinute(), zone),
                        TimePoint.of(o.endAt(), d, o.endMinute(), zone));
                Span prev = spans.isEmpty() ? null : spans.get(spans.size() - 1);
                if (prev != null && prev.kind() == s.kind() && prev.end().equals(s.start())) {
                    spans.set(spans.size() - 1, new Span(s.kind(), prev.start(), s.end(), prev.startPoint(), s.endPoint()));
                } else {
                    spans.add(s);
                }
            }
            last = d;
            d = d.plusDays(1);
        }
        if (last == null) {
            return new Timeline(List.of(), null, null);
        }
        return new Timeline(spans, first.atStartOfDay(zone).toInstant(), last.plusDays(1).atStartOfDay(zone).toInstant());
    }

    /** The state at {@code now} and the next outage after it. */
    public NowNext at(Instant now, ZoneId zone) {
        if (knownFrom == null || now.isBefore(knownFrom) || !now.isBefore(knownTo)) {
            return new NowNext("UNKNOWN", null, null, null);
        }
        Span current = null;
        Span previous = null;
        Span next = null;
        for (Span s : spans) {
            if (!s.start().isAfter(now) && now.isBefore(s.end())) {
                current = s;
            } else if (!s.end().isAfter(now)) {
                previous = s;
            } else if (next == null && s.start().isAfter(now)) {
                next = s;
            }
        }
        NowNext.Next upcoming = next == null ? null : new NowNext.Next(next.kind().name(), next.startPoint(), next.endPoint());
        if (current != null) {
            return new NowNext(current.kind() == OutageKind.DEFINITE ? "OFF" : "POSSIBLY_OFF", current.startPoint(),
                    current.endPoint(), upcoming);
        }
        TimePoint since = previous == null ? point(knownFrom, zone) : previous.endPoint();
        TimePoint until = next == null ? point(knownTo, zone) : next.startPoint();
        return new NowNext("ON", since, until, upcoming);
    }

    /** The next instant after {@code now} at which {@link #at} gives another answer. */
    public Instant nextChange(Instant now) {
        Instant best = knownTo != null && knownTo.isAfter(now) ? knownTo : null;
        for (Span s : spans) {
            for (Instant t : new Instant[] {s.start(), s.end()}) {
                if (t.isAfter(now) && (best == null || t.isBefore(best))) {
                    best = t;
                }
            }
        }
        return best;
    }

    private static TimePoint point(Instant at, ZoneId zone) {
        var local = at.atZone(zone);
        return TimePoint.of(at, local.toLocalDate(), local.getHour() * 60 + local.getMinute(), zone);
    }
}
