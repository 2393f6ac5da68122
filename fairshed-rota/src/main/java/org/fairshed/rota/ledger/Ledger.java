package org.fairshed.rota.ledger;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import org.fairshed.rota.GroupSchedule;
import org.fairshed.rota.RegionSchedule;

/**
 * The rolling ledger: per region, per group, hours off per local day over the last {@link #WINDOW_DAYS} days, and the
 * same days cell by cell. Immutable; {@link #with} returns the ledger after a scheduled day.
 *
 * @param hours    region → group → date → hours off
 * @param cells region → date → that day cell by cell (so rules hold over midnight between runs and on re-runs)
 */
public record Ledger(Map<String, Map<String, NavigableMap<LocalDate, Double>>> hours,
                     Map<String, NavigableMap<LocalDate, DayCells>> cells) {

    /** Days the ledger keeps, today included: fairness is over a rolling week. */
    public static final int WINDOW_DAYS = 7;

    public Ledger {
        Map<String, Map<String, NavigableMap<LocalDate, Double>>> copy = new TreeMap<>();
        hours.forEach((region, groups) -> {
            Map<String, NavigableMap<LocalDate, Double>> g = new TreeMap<>();
            groups.forEach((group, days) -> {
                days.forEach((date, h) -> {
                    if (!(h >= 0) || h > 24) {
                        throw new IllegalArgumentException("ledger " + region + "/" + group + " on " + date
                                + ": hours off must be in [0, 24], got " + h);
                    }
                });
                g.put(group, Collections.unmodifiableNavigableMap(new TreeMap<>(days)));
            });
            copy.put(region, Collections.unmodifiableMap(g));
        });
        hours = Collections.unmodifiableMap(copy);
        Map<String, NavigableMap<LocalDate, DayCells>> cellCopy = new TreeMap<>();
        cells.forEach((region, days) -> cellCopy.put(region, Collections.unmodifiableNavigableMap(new TreeMap<>(days))));
        cells = Collections.unmodifiableMap(cellCopy);
    }

    /** Hours only, no cell-level days. */
    public Ledger(Map<String, Map<String, NavigableMap<LocalDate, Double>>> hours) {
        this(hours, Map.of());
    }

    public static Ledger empty() {
        return new Ledger(Map.of());
    }

    /** The region's recorded day {@code date}, cell by cell, or null when the ledger does not have it. */
    public DayCells cells(String region, LocalDate date) {
        return cells.getOrDefault(region, Collections.emptyNavigableMap()).get(date);
    }

    /** Hours off of a group on the {@code WINDOW_DAYS − 1} days before {@code date} (0 for days not recorded). */
    public double hoursBefore(String region, String group, LocalDate date) {
        NavigableMap<LocalDate, Double> days = hours.getOrDefault(region, Map.of()).get(group);
        if (days == null) {
            return 0;
        }
        double s = 0;
        for (double h : days.subMap(date.minusDays(WINDOW_DAYS - 1), true, date, false).values()) {
            s += h;
        }
        return s;
    }

    /** Hours off of a group over the {@code WINDOW_DAYS} days ending with {@code lastDay} (included). */
    public double hoursInWindow(String region, String group, LocalDate lastDay) {
        NavigableMap<LocalDate, Double> days = hours.getOrDefault(region, Map.of()).get(group);
        Double last = days == null ? null : days.get(lastDay);
        return hoursBefore(region, group, lastDay) + (last == null ? 0 : last);
    }

    /** {@link #hoursBefore} for each group, in the given order. */
    public double[] hoursBefore(String region, List<String> groups, LocalDate date) {
        double[] v = new double[groups.size()];
        for (int g = 0; g < v.length; g++) {
            v[g] = hoursBefore(region, groups.get(g), date);
        }
        return v;
    }

    /** The ledger with the schedule's day recorded (replacing that day) and days older than the window dropped. */
    public Ledger with(RegionSchedule s) {
        Map<String, Map<String, NavigableMap<LocalDate, Double>>> next = new TreeMap<>(hours);
        Map<String, NavigableMap<LocalDate, Double>> region = new TreeMap<>(hours.getOrDefault(s.region(), Map.of()));
        LocalDate oldest = s.date().minusDays(WINDOW_DAYS - 1);
        for (GroupSchedule g : s.groups()) {
            NavigableMap<LocalDate, Double> days = new TreeMap<>(region.getOrDefault(g.group(), new TreeMap<>()));
            days.put(s.date(), g.hoursOff());
            days.headMap(oldest, false).clear();
            region.put(g.group(), days);
        }
        next.put(s.region(), region);
        Map<String, NavigableMap<LocalDate, DayCells>> nextCells = new TreeMap<>(cells);
        NavigableMap<LocalDate, DayCells> days = new TreeMap<>(cells.getOrDefault(s.region(), Collections.emptyNavigableMap()));
        days.put(s.date(), DayCells.of(s));
        days.headMap(oldest, false).clear();
        nextCells.put(s.region(), days);
        return new Ledger(next, nextCells);
    }

    /** This ledger with {@code region}'s entries taken from {@code other}. */
    public Ledger withRegionFrom(Ledger other, String region) {
        return withRegionsFrom(List.of(other), List.of(region));
    }

    /**
     * This ledger with each {@code regions[i]}'s entries taken from {@code others[i]} (one copy for all of them: a run
     * of a thousand regions does not copy the ledger a thousand times).
     */
    public Ledger withRegionsFrom(List<Ledger> others, List<String> regions) {
        Map<String, Map<String, NavigableMap<LocalDate, Double>>> next = new TreeMap<>(hours);
        Map<String, NavigableMap<LocalDate, DayCells>> nextCells = new TreeMap<>(cells);
        for (int i = 0; i < regions.size(); i++) {
            String region = regions.get(i);
            Map<String, NavigableMap<LocalDate, Double>> r = others.get(i).hours.get(region);
            if (r != null) {
                next.put(region, r);
            }
            NavigableMap<LocalDate, DayCells> d = others.get(i).cells.get(region);
            if (d != null) {
                nextCells.put(region, d);
            }
        }
        return new Ledger(next, nextCells);
    }

    /** The entries of {@code region} alone (what one region's run reads and writes). */
    public Ledger ofRegion(String region) {
        Map<String, NavigableMap<LocalDate, DayCells>> regionCells = new TreeMap<>();
        NavigableMap<LocalDate, DayCells> d = cells.get(region);
        if (d != null) {
            regionCells.put(region, d);
        }
        Map<String, NavigableMap<LocalDate, Double>> h = hours.get(region);
        return new Ledger(h == null ? Map.of() : Map.of(region, h), regionCells);
    }
}
