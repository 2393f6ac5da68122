package org.fairshed.store.revision;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.fairshed.common.InputException;
import org.fairshed.common.Limits;
import org.fairshed.store.model.DayFigures;
import org.fairshed.store.model.Group;
import org.fairshed.store.model.GroupDay;
import org.fairshed.store.model.Interval;
import org.fairshed.store.model.LedgerDay;
import org.fairshed.store.model.RevisionDraft;

/**
 * Checks a draft before it is stored, one rule per method; each failure names the field ({@code groups[3].definite[1]}).
 * A revision is the complete schedule: every hourly group of the region on every day, nothing else.
 */
final class DraftCheck {

    static final String SOURCE = "revision draft";
    static final int MAX_DAYS = 31;

    private DraftCheck() {
    }

    static void check(RevisionDraft d, List<Group> regionGroups) {
        text(d.planStatus(), 32, "planStatus");
        text(d.reason(), 2000, "reason");
        text(d.author(), 200, "author");
        if (d.slotMinutes() != 15 && d.slotMinutes() != 30 && d.slotMinutes() != 60) {
            throw InputException.atField(SOURCE, "slotMinutes", "must be 15, 30 or 60, got " + d.slotMinutes());
        }
        int slots = Interval.DAY_MINUTES / d.slotMinutes();
        Set<LocalDate> days = days(d.days(), slots);
        groupDays(d.groups(), regionGroups, days, slots);
        ledger(d.ledger(), regionGroups);
    }

    private static Set<LocalDate> days(List<DayFigures> figures, int slots) {
        if (figures.isEmpty() || figures.size() > MAX_DAYS) {
            throw InputException.atField(SOURCE, "days", "must have 1 to " + MAX_DAYS + " days, got " + figures.size());
        }
        TreeSet<LocalDate> days = new TreeSet<>();
        for (int i = 0; i < figures.size(); i++) {
            DayFigures f = figures.get(i);
            String field = "days[" + i + "]";
            if (f.day() == null || !days.add(f.day())) {
                throw InputException.atField(SOURCE, field + ".day", "is missing or repeats " + f.day());
            }
            megawatts(f.quotaMw(), slots, field + ".quotaMw");
            megawatts(f.criticalShedMw(), slots, field + ".criticalShedMw");
            if (f.slotStatus().size() != slots) {
                throw InputException.atField(SOURCE, field + ".slotStatus", "must have " + slots + " values, got "
                        + f.slotStatus().size());
            }
            for (int s = 0; s < slots; s++) {
                text(f.slotStatus().get(s), 32, field + ".slotStatus[" + s + "]");
            }
        }
        if (days.last().toEpochDay() - days.first().toEpochDay() >= MAX_DAYS) {
            throw InputException.atField(SOURCE, "days", "must lie within " + MAX_DAYS + " days, got " + days.first()
                    + " to " + days.last());
        }
        return days;
    }

    private static void groupDays(List<GroupDay> groupDays, List<Group> regionGroups, Set<LocalDate> days, int slots) {
        Set<String> known = new HashSet<>();
        regionGroups.forEach(g -> known.add(g.code()));
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < groupDays.size(); i++) {
            GroupDay g = groupDays.get(i);
            String field = "groups[" + i + "]";
            if (!known.contains(g.group())) {
                throw InputException.atField(SOURCE, field + ".group", "names the group '" + g.group()
                        + "', which is not an hourly group of the region");
            }
            if (!days.contains(g.day())) {
                throw InputException.atField(SOURCE, field + ".day", "is " + g.day() + ", which is not one of the days");
            }
            if (!seen.add(g.group() + "|" + g.day())) {
                throw InputException.atField(SOURCE, field, "repeats group " + g.group() + " on " + g.day());
            }
            intervals(g.definite(), field + ".definite");
            intervals(g.possible(), field + ".possible");
            disjoint(g.definite(), g.possible(), field);
            megawatts(g.loadMw(), slots, field + ".loadMw");
        }
        long expected = (long) known.size() * days.size();
        if (seen.size() != expected) {
            for (String code : known) {
                for (LocalDate day : days) {
                    if (!seen.contains(code + "|" + day)) {
                        throw InputException.atField(SOURCE, "groups", "lacks group " + code + " on " + day
                                + ": a revision holds every hourly group of the region on every day");
                    }
                }
            }
        }
    }

    private static void intervals(List<Interval> list, String field) {
        for (int i = 1; i < list.size(); i++) {
            if (list.get(i).start() < list.get(i - 1).end()) {
                throw InputException.atField(SOURCE, field + "[" + i + "]", "starts at minute " + list.get(i).start()
                        + ", before the previous interval ends (" + list.get(i - 1).end()
                        + "): intervals must be sorted and disjoint");
            }
        }
    }

    private static void disjoint(List<Interval> definite, List<Interval> possible, String field) {
        for (int i = 0; i < possible.size(); i++) {
            for (Interval d : definite) {
                if (possible.get(i).start() < d.end() && d.start() < possible.get(i).end()) {
                    throw InputException.atField(SOURCE, field + ".possible[" + i + "]", "overlaps the definite outage ["
                            + d.start() + ", " + d.end() + ")");
                }
            }
        }
    }

    private static void ledger(List<LedgerDay> ledger, List<Group> regionGroups) {
        Set<String> known = new HashSet<>();
        regionGroups.forEach(g -> known.add(g.code()));
        Map<String, Boolean> seen = new HashMap<>();
        for (int i = 0; i < ledger.size(); i++) {
            LedgerDay l = ledger.get(i);
            String field = "ledger[" + i + "]";
            if (!known.contains(l.group())) {
                throw InputException.atField(SOURCE, field + ".group", "names the group '" + l.group()
                        + "', which is not an hourly group of the region");
            }
            if (l.day() == null || seen.put(l.group() + "|" + l.day(), true) != null) {
                throw InputException.atField(SOURCE, field + ".day", "is missing or repeats " + l.group() + " on " + l.day());
            }
            if (!(l.hoursOff() >= 0 && l.hoursOff() <= 25)) {
                throw InputException.atField(SOURCE, field + ".hoursOff", "must be in [0, 25], got " + l.hoursOff());
            }
        }
    }

    private static void megawatts(List<Double> values, int slots, String field) {
        if (values.size() != slots) {
            throw InputException.atField(SOURCE, field, "must have " + slots + " values, got " + values.size());
        }
        for (int i = 0; i < values.size(); i++) {
            Double v = values.get(i);
            if (v == null || !Double.isFinite(v) || v < 0 || v > Limits.MAX_POWER_MW) {
                throw InputException.atField(SOURCE, field + "[" + i + "]", "must be a number of MW in [0, "
                        + Limits.MAX_POWER_MW + "], got " + v);
            }
        }
    }

    private static void text(String value, int max, String field) {
        if (value == null || value.isBlank() || value.length() > max) {
            throw InputException.atField(SOURCE, field, "must have 1 to " + max + " characters, got '" + value + "'");
        }
    }
}
