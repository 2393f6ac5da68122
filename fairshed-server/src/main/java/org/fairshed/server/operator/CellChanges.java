package org.fairshed.server.operator;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.fairshed.rota.HalfHours;
import org.fairshed.store.model.GroupDay;
import org.fairshed.store.model.GroupSchedule;
import org.fairshed.store.model.Interval;
import org.fairshed.store.model.Outage;
import org.fairshed.store.model.OutageKind;
import org.fairshed.store.model.RevisionContent;
import org.fairshed.store.model.RevisionDraft;

/**
 * Two schedules of the same regions compared cell by cell (a cell is one group's half-hour: on, possibly off, or off),
 * split by a re-plan's moment {@code at}: the history (half-hours that started before {@code at}), the frozen hour
 * (those starting from {@code at} to {@code at + freezeMinutes}) and the rest. The intraday benchmark reports with it
 * how much of the published schedule a re-plan kept, and how far it is from a fresh solve.
 */
public final class CellChanges {

    static final byte ON = 0;
    static final byte POSSIBLE = 1;
    static final byte OFF = 2;

    private CellChanges() {
    }

    /** A group-day of a region. */
    public record Key(String region, String group, LocalDate day) {
    }

    /**
     * Cells compared and cells that differ, per window.
     *
     * @param history half-hours that started before the re-plan's moment
     * @param frozen  half-hours starting in the frozen hour
     * @param rest    half-hours starting after it
     */
    public record Counts(int history, int historyChanged, int frozen, int frozenChanged, int rest, int restChanged) {

        public static final Counts ZERO = new Counts(0, 0, 0, 0, 0, 0);

        /** Cells from the re-plan's moment on (frozen hour and rest). */
        public int fromAt() {
            return frozen + rest;
        }

        /** Cells that differ from the re-plan's moment on. */
        public int changedFromAt() {
            return frozenChanged + restChanged;
        }

        /** Cells the same from the re-plan's moment on. */
        public int keptFromAt() {
            return fromAt() - changedFromAt();
        }

        public Counts plus(Counts o) {
            return new Counts(history + o.history, historyChanged + o.historyChanged, frozen + o.frozen,
                    frozenChanged + o.frozenChanged, rest + o.rest, restChanged + o.restChanged);
        }
    }

    /** The cells of revision drafts (the flow's drafts, per region). */
    public static Map<Key, byte[]> ofDrafts(List<RevisionDraft> drafts) {
        Map<Key, byte[]> out = new HashMap<>();
        for (RevisionDraft d : drafts) {
            for (GroupDay g : d.groups()) {
                byte[] cells = new byte[HalfHours.PER_DAY];
                mark(cells, g.possible(), POSSIBLE);
                mark(cells, g.definite(), OFF);
                out.put(new Key(d.region(), g.group(), g.day()), cells);
            }
        }
        return out;
    }

    /** The cells of published revisions. */
    public static Map<Key, byte[]> ofPublished(List<RevisionContent> contents) {
        Map<Key, byte[]> out = new HashMap<>();
        for (RevisionContent c : contents) {
            for (GroupSchedule g : c.groups()) {
                byte[] cells = out.computeIfAbsent(new Key(c.revision().region(), g.group(), g.day()),
                        k -> new byte[HalfHours.PER_DAY]);
                for (Outage o : g.outages()) {
                    byte state = o.kind() == OutageKind.DEFINITE ? OFF : POSSIBLE;
                    mark(cells, List.of(new Interval(o.startMinute(), o.endMinute())), state);
                }
            }
        }
        return out;
    }

    /** Marks every half-hour an interval touches (a state never goes down: off stays off over possible). */
    private static void mark(byte[] cells, List<Interval> intervals, byte state) {
        for (Interval i : intervals) {
            for (int h = i.start() / HalfHours.MINUTES; h * HalfHours.MINUTES < i.end() && h < cells.length; h++) {
                cells[h] = (byte) Math.max(cells[h], state);
            }
        }
    }

    /**
     * Compares {@code a} with {@code b} on {@code a}'s days, per region (a group-day missing on one side is all on
     * there). {@code at} and the cells' starts are local times of the regions.
     */
    public static Map<String, Counts> compare(Map<Key, byte[]> a, Map<Key, byte[]> b, LocalDateTime at,
                                              int freezeMinutes) {
        Set<LocalDate> days = new HashSet<>();
        a.keySet().forEach(k -> days.add(k.day()));
        Set<Key> keys = new HashSet<>(a.keySet());
        b.keySet().stream().filter(k -> days.contains(k.day())).forEach(keys::add);
        byte[] allOn = new byte[HalfHours.PER_DAY];
        LocalDateTime thaw = at.plusMinutes(freezeMinutes);
        Map<String, int[]> counts = new TreeMap<>();
        for (Key k : keys) {
            byte[] x = a.getOrDefault(k, allOn);
            byte[] y = b.getOrDefault(k, allOn);
            int[] c = counts.computeIfAbsent(k.region(), r -> new int[6]);
            for (int h = 0; h < HalfHours.PER_DAY; h++) {
                LocalDateTime start = k.day().atStartOfDay().plusMinutes((long) h * HalfHours.MINUTES);
                int window = start.isBefore(at) ? 0 : start.isBefore(thaw) ? 2 : 4;
                c[window]++;
                c[window + 1] += x[h] != y[h] ? 1 : 0;
            }
        }
        Map<String, Counts> out = new TreeMap<>();
        counts.forEach((r, c) -> out.put(r, new Counts(c[0], c[1], c[2], c[3], c[4], c[5])));
        return out;
    }

    /** The sum over regions. */
    public static Counts total(Map<String, Counts> perRegion) {
        return perRegion.values().stream().reduce(Counts.ZERO, Counts::plus);
    }
}
