package org.fairshed.rota.ledger;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.fairshed.rota.GroupSchedule;
import org.fairshed.rota.HalfHours;
import org.fairshed.rota.RegionSchedule;

/**
 * One scheduled day of a region, cell by cell, kept in the ledger so that the next run, even a separate one the next
 * evening or a re-run of a day already recorded, counts outages and rests that run over midnight.
 *
 * @param date the day
 * @param off  group → 48 half-hours, true = off
 */
public record DayCells(LocalDate date, Map<String, boolean[]> off) {

    public DayCells {
        Map<String, boolean[]> copy = new TreeMap<>();
        off.forEach((group, cells) -> {
            if (cells.length != HalfHours.PER_DAY) {
                throw new IllegalArgumentException("last day " + date + ", group " + group + ": need "
                        + HalfHours.PER_DAY + " half-hours, got " + cells.length);
            }
            copy.put(group, cells.clone());
        });
        off = Collections.unmodifiableMap(copy);
    }

    /** Equal when the same day has the same cells (arrays compared by content, not identity). */
    @Override
    public boolean equals(Object o) {
        if (!(o instanceof DayCells other) || !date.equals(other.date) || !off.keySet().equals(other.off.keySet())) {
            return false;
        }
        for (Map.Entry<String, boolean[]> e : off.entrySet()) {
            if (!Arrays.equals(e.getValue(), other.off.get(e.getKey()))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        int h = date.hashCode();
        for (Map.Entry<String, boolean[]> e : off.entrySet()) {
            h = 31 * h + e.getKey().hashCode() * 17 + Arrays.hashCode(e.getValue());
        }
        return h;
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder("DayCells[" + date);
        off.forEach((group, cells) -> {
            b.append(' ').append(group).append('=');
            for (boolean c : cells) {
                b.append(c ? '1' : '0');
            }
        });
        return b.append(']').toString();
    }

    public static DayCells of(RegionSchedule s) {
        Map<String, boolean[]> off = new TreeMap<>();
        for (GroupSchedule g : s.groups()) {
            off.put(g.group(), g.off());
        }
        return new DayCells(s.date(), off);
    }

    /** [group][half-hour] in the given group order; groups this day does not know were on. */
    public boolean[][] offMatrix(List<String> groups) {
        boolean[][] m = new boolean[groups.size()][HalfHours.PER_DAY];
        for (int g = 0; g < m.length; g++) {
            boolean[] cells = off.get(groups.get(g));
            if (cells != null) {
                m[g] = cells.clone();
            }
        }
        return m;
    }
}
