package org.fairshed.server.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.fairshed.server.api.Dtos;
import org.fairshed.server.view.DayView;
import org.fairshed.server.view.OutageView;
import org.fairshed.server.view.StatusView;
import org.fairshed.server.view.TimePoint;

/**
 * A group's block of the page from exactly what the API answers for it (the address's group with today, tomorrow,
 * now and next; the ledger; the published revision's diff), written in the page's language. Nothing is recomputed:
 * the bar's half-hours are the day view's instants (46, 48 or 50 of them), each coloured by the outages that cover it.
 */
final class GroupViews {

    static final int SLOT_MINUTES = 30;

    private GroupViews() {
    }

    /** The bar and text of one day. */
    static PageModel.Day day(DayView d, String heading, ZoneId zone, Lang l) {
        Instant start = OffsetDateTime.parse(d.startsAt()).toInstant();
        int n = d.minutes() / SLOT_MINUTES;
        boolean known = d.revision() != null;
        List<PageModel.Slot> slots = new ArrayList<>(n);
        List<String> ticks = new ArrayList<>(n);
        int lastTick = -SLOT_MINUTES;
        for (int k = 0; k < n; k++) {
            Instant a = start.plusSeconds(60L * SLOT_MINUTES * k);
            Instant b = a.plusSeconds(60L * SLOT_MINUTES);
            String css = known ? state(d.outages(), a, b) : "unknown";
            ZonedDateTime wall = a.atZone(zone);
            String from = l.time(TimePoint.iso(a, zone));
            String to = k == n - 1 ? "24:00" : l.time(TimePoint.iso(b, zone));
            slots.add(new PageModel.Slot(css, from + "–" + to + " " + l.t("state." + css)));
            // a label every three hours of the wall clock, never two within two hours (03 twice on 25 October)
            boolean tick = wall.getMinute() == 0 && wall.getHour() % 3 == 0 && k - lastTick >= 4;
            ticks.add(tick ? String.format("%02d", wall.getHour()) : "");
            lastTick = tick ? k : lastTick;
        }
        List<String> outages = new ArrayList<>();
        for (OutageView o : d.outages()) {
            if (o.durationMinutes() > 0) {
                outages.add(l.t(o.kind().equals("DEFINITE") ? "outage.definite" : "outage.possible",
                        label(o.start(), l), label(o.end(), l), duration(o.durationMinutes(), l)));
            }
        }
        StatusView s = d.status();
        String statusCss = s == null ? "" : s.status().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        String status = s == null || s.status().equals("SCHEDULE_APPLIES") ? "" : status(s, l);
        String detail = s == null || s.message() == null ? "" : s.message();
        String barLabel = known ? l.t("bar.label", heading, outages.isEmpty() ? l.t("bar.allOn")
                : String.join("; ", outages)) : l.t("bar.unknown", heading);
        return new PageModel.Day(heading, d.day(), start.toEpochMilli(), slots, ticks, barLabel, outages, status,
                statusCss, detail, known ? l.hours(d.hoursOff()) : "");
    }

    /** The worst state of any outage overlapping [a, b): off beats possibly off beats on. */
    static String state(List<OutageView> outages, Instant a, Instant b) {
        String css = "on";
        for (OutageView o : outages) {
            Instant s = OffsetDateTime.parse(o.start().at()).toInstant();
            Instant e = OffsetDateTime.parse(o.end().at()).toInstant();
            if (s.isBefore(b) && e.isAfter(a)) {
                if (o.kind().equals("DEFINITE")) {
                    return "off";
                }
                css = "may";
            }
        }
        return css;
    }

    static String status(StatusView s, Lang l) {
        return switch (s.status()) {
            case "WAITING_FOR_SCHEDULE" -> s.expectedAt() == null ? l.t("status.waiting")
                    : l.t("status.waitingAt", l.time(s.expectedAt()));
            case "EMERGENCY" -> l.t("status.emergency");
            case "NO_OUTAGES" -> l.t("status.none");
            default -> l.t("status.applies");
        };
    }

    /** Now and next as the API gives them. */
    static PageModel.Now now(Dtos.NowDto now, Dtos.NextDto next, LocalDate today, StatusView status, Lang l) {
        if (status != null && status.status().equals("EMERGENCY")) {
            return new PageModel.Now("off", l.t("now.emergency"), null, l.t("next.emergency"));
        }
        String nextText = next == null ? l.t("next.none") : l.t(next.kind().equals("DEFINITE") ? "next.definite"
                : "next.possible", when(next.offAt(), today, l), when(next.backAt(), today, l));
        return switch (now.state()) {
            case "ON" -> new PageModel.Now("on", l.t("now.on", when(now.until(), today, l)), now.until().at(), nextText);
            case "OFF" -> new PageModel.Now("off", l.t("now.off", when(now.until(), today, l)), now.until().at(),
                    nextText);
            case "POSSIBLY_OFF" -> new PageModel.Now("may", l.t("now.may", when(now.until(), today, l)),
                    now.until().at(), nextText);
            default -> new PageModel.Now("unknown", l.t("now.unknown"), null, nextText);
        };
    }

    /** A time on the wall clock, with "tomorrow" or the date when it is not today; minute 1440 is 24:00. */
    static String when(TimePoint p, LocalDate today, Lang l) {
        LocalDate day = LocalDate.parse(p.day());
        String time = label(p, l);
        if (day.equals(today)) {
            return time;
        }
        return (day.equals(today.plusDays(1)) ? l.t("day.tomorrow") : l.shortDate(day)) + " " + time;
    }

    static String label(TimePoint p, Lang l) {
        return p.minute() == 24 * 60 ? "24:00" : l.time(p.at());
    }

    static String duration(long minutes, Lang l) {
        long h = minutes / 60;
        long m = minutes % 60;
        if (h == 0) {
            return l.t("duration.m", m);
        }
        return m == 0 ? l.t("duration.h", h) : l.t("duration.hm", h, m);
    }

    /** The published revision and when it was published. */
    static String revision(Dtos.PublishedDto p, Lang l) {
        if (p == null) {
            return l.t("revision.none");
        }
        OffsetDateTime at = OffsetDateTime.parse(p.publishedAt());
        return l.t("revision.text", p.number(), l.shortDate(at.toLocalDate()), l.time(p.publishedAt()));
    }

    /** What the published revision changed for this group, one line per run of minutes. */
    static List<String> changes(Dtos.DiffDto diff, String group, LocalDate today, Lang l) {
        List<String> out = new ArrayList<>();
        if (diff == null) {
            out.add(l.t("changes.first"));
            return out;
        }
        for (Dtos.GroupDayChangesDto g : diff.changes()) {
            if (!g.group().equals(group)) {
                continue;
            }
            for (Dtos.ChangeDto c : g.changes()) {
                LocalDate day = LocalDate.parse(g.day());
                String dayWord = day.equals(today) ? l.t("day.today") : day.equals(today.plusDays(1))
                        ? l.t("day.tomorrow") : l.shortDate(day);
                out.add(l.t("changes.line", dayWord, label(c.start(), l), label(c.end(), l),
                        l.t("minute." + c.before()), l.t("minute." + c.after())));
            }
        }
        for (String d : diff.daysAdded()) {
            out.add(l.t("changes.dayAdded", l.date(LocalDate.parse(d))));
        }
        if (out.isEmpty()) {
            out.add(l.t("changes.none", group));
        }
        return out;
    }

    /** This group's hours off over the ledger's days against the region's average, honestly worded. */
    static PageModel.Fair fair(Dtos.LedgerDto ledger, String group, Lang l) {
        Dtos.LedgerGroupDto mine = ledger.groups().stream().filter(g -> g.group().equals(group)).findFirst()
                .orElse(null);
        if (mine == null || ledger.days().isEmpty()) {
            return new PageModel.Fair(l.t("fair.none"), "", 0, "", 0, 0);
        }
        double avg = ledger.regionAverageHours();
        double diff = mine.totalHours() - avg;
        LocalDate first = LocalDate.parse(ledger.days().get(0));
        LocalDate last = LocalDate.parse(ledger.days().get(ledger.days().size() - 1));
        String period = first.equals(last) ? l.t("fair.oneDay", l.shortDate(first))
                : l.t("fair.period", l.shortDate(first), l.shortDate(last), ledger.days().size());
        String compare = Math.abs(diff) < 0.05 ? l.t("fair.same") : l.t(diff > 0 ? "fair.more" : "fair.less",
                l.hours(Math.abs(diff)));
        String text = l.t("fair.text", period, group, l.hours(mine.totalHours()), l.hours(avg), compare);
        double max = Math.max(1, Math.max(mine.totalHours(), avg));
        return new PageModel.Fair(text, l.t("fair.group", group, l.hours(mine.totalHours())), mine.totalHours(),
                l.t("fair.average", l.hours(avg)), avg, max);
    }
}
