package org.fairshed.store.revision;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import org.fairshed.store.model.DayFigures;
import org.fairshed.store.model.GroupDay;
import org.fairshed.store.model.GroupSchedule;
import org.fairshed.store.model.Interval;
import org.fairshed.store.model.LedgerDay;
import org.fairshed.store.model.Outage;
import org.fairshed.store.model.OutageKind;
import org.fairshed.store.model.RevisionContent;
import org.fairshed.store.model.RevisionDraft;

/**
 * SHA-256 of a revision's content in a canonical text (docs/store.md): region, slot length, plan status, the days'
 * figures by date, every group-day by (group, day) with its definite and possible intervals and load, the ledger by
 * (group, day); numbers as Java's shortest exact decimal. Number, author, reason and time are not content: two
 * revisions with the same schedule have the same hash, and the server's ETag adds the number. Computed once at
 * publish; the same from a draft and from the stored revision, which the tests check.
 */
public final class RevisionHash {

    private static final String VERSION = "fairshed-revision-content 1";

    private RevisionHash() {
    }

    public static String of(RevisionDraft d) {
        List<String> groups = new ArrayList<>();
        for (GroupDay g : d.groups()) {
            groups.add(group(g.group(), g.day().toString(), g.definite(), g.possible(), g.loadMw()));
        }
        return hash(d.region(), d.slotMinutes(), d.planStatus(), d.days(), groups, d.ledger());
    }

    public static String of(RevisionContent c) {
        List<String> groups = new ArrayList<>();
        for (GroupSchedule g : c.groups()) {
            List<Interval> definite = new ArrayList<>();
            List<Interval> possible = new ArrayList<>();
            for (Outage o : g.outages()) {
                (o.kind() == OutageKind.DEFINITE ? definite : possible).add(new Interval(o.startMinute(), o.endMinute()));
            }
            groups.add(group(g.group(), g.day().toString(), definite, possible, g.loadMw()));
        }
        return hash(c.revision().region(), c.revision().slotMinutes(), c.revision().planStatus(), c.days(), groups,
                c.ledger());
    }

    private static String hash(String region, int slotMinutes, String planStatus, List<DayFigures> days,
                               List<String> groups, List<LedgerDay> ledger) {
        StringBuilder sb = new StringBuilder(VERSION).append('\n');
        sb.append("region ").append(region).append('\n');
        sb.append("slot ").append(slotMinutes).append('\n');
        sb.append("status ").append(planStatus).append('\n');
        List<DayFigures> sortedDays = new ArrayList<>(days);
        sortedDays.sort(Comparator.comparing(DayFigures::day));
        for (DayFigures f : sortedDays) {
            sb.append("day ").append(f.day()).append(" quota ").append(numbers(f.quotaMw()))
                    .append(" critical ").append(numbers(f.criticalShedMw()))
                    .append(" status ").append(String.join(",", f.slotStatus())).append('\n');
        }
        List<String> sortedGroups = new ArrayList<>(groups);
        sortedGroups.sort(Comparator.naturalOrder());
        sortedGroups.forEach(g -> sb.append(g).append('\n'));
        List<LedgerDay> sortedLedger = new ArrayList<>(ledger);
        sortedLedger.sort(Comparator.comparing(LedgerDay::group).thenComparing(LedgerDay::day));
        for (LedgerDay l : sortedLedger) {
            sb.append("ledger ").append(l.group()).append(' ').append(l.day()).append(' ').append(number(l.hoursOff()))
                    .append('\n');
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(sb.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** One line per group-day; the group code and day lead, so sorting the lines sorts by (group, day). */
    private static String group(String code, String day, List<Interval> definite, List<Interval> possible,
                                List<Double> load) {
        return "group " + code + " " + day + " definite " + intervals(definite) + " possible " + intervals(possible)
                + " load " + numbers(load);
    }

    private static String intervals(List<Interval> list) {
        StringBuilder sb = new StringBuilder();
        for (Interval i : list) {
            sb.append(sb.isEmpty() ? "" : ",").append(i.start()).append('-').append(i.end());
        }
        return sb.toString();
    }

    private static String numbers(List<Double> values) {
        StringBuilder sb = new StringBuilder();
        for (Double v : values) {
            sb.append(sb.isEmpty() ? "" : ",").append(number(v));
        }
        return sb.toString();
    }

    private static String number(double v) {
        return Double.toString(v == 0 ? 0.0 : v);
    }
}
