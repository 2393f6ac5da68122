package org.fairshed.server.state;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.fairshed.store.Store;
import org.fairshed.store.model.DaySchedule;
import org.fairshed.store.model.DayStatus;
import org.fairshed.store.model.Region;
import org.fairshed.store.model.RegionSnapshot;
import org.fairshed.store.model.Revision;

/**
 * Every region's {@link RegionState}, derived from the store: read at start, read again for a region when the store
 * announces a publish or a day-status change of it, all of them after the listener reconnects, and a region's when its
 * local date has moved on. Readers take the current map without locking; a reload replaces one entry.
 */
public final class StateCache {

    private final Store store;
    private final Clock clock;
    private volatile Map<String, Loaded> regions = Map.of();
    private volatile Map<Integer, RegionState> byId = Map.of();
    private final java.util.concurrent.atomic.AtomicLong generations = new java.util.concurrent.atomic.AtomicLong();
    private final Map<String, Long> loadedAt = new HashMap<>();

    public StateCache(Store store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    public synchronized void reloadAll() {
        long generation = generations.incrementAndGet();
        Map<String, Loaded> next = new LinkedHashMap<>();
        for (Region r : store.organisation().regions()) {
            Loaded loaded = load(r);
            if (loaded != null) {
                next.put(r.code(), loaded);
                loadedAt.put(r.code(), generation);
            }
        }
        publish(next);
    }

    /**
     * Reads one region again (a publish or status change of it); a region the store has newly gets added. Regions are
     * read in parallel; of two reads of one region the one that started later wins.
     */
    public void reload(String code) {
        long generation = generations.incrementAndGet();
        Optional<Region> r = store.organisation().region(code);
        if (r.isEmpty()) {
            return;
        }
        Loaded loaded = load(r.get());
        if (loaded == null) {
            return;
        }
        synchronized (this) {
            Long current = loadedAt.get(code);
            if (current != null && current > generation) {
                return;
            }
            loadedAt.put(code, generation);
            Map<String, Loaded> next = new LinkedHashMap<>(regions);
            next.put(code, loaded);
            if (next.size() != regions.size()) {
                next = new LinkedHashMap<>(new TreeMap<>(next));
            }
            publish(next);
        }
    }

    /** The region's state, read again first when its local date has changed since; empty for an unknown code. */
    public Optional<RegionState> region(String code) {
        Loaded s = regions.get(code);
        if (s == null) {
            return Optional.empty();
        }
        if (!s.isToday(clock.millis())) {
            reload(code);
            s = regions.get(code);
        }
        return s == null ? Optional.empty() : Optional.of(s.state());
    }

    public Optional<RegionState> regionById(int id) {
        RegionState s = byId.get(id);
        return s == null ? Optional.empty() : region(s.code());
    }

    /** All regions by code, each fresh for its local date. */
    public List<RegionState> all() {
        List<RegionState> out = new ArrayList<>();
        for (String code : regions.keySet()) {
            region(code).ifPresent(out::add);
        }
        return out;
    }

    public Clock clock() {
        return clock;
    }

    private void publish(Map<String, Loaded> next) {
        Map<Integer, RegionState> ids = new HashMap<>();
        next.values().forEach(s -> ids.put(s.state().region().id(), s.state()));
        // in the store's order: Map.copyOf would iterate in an order seeded per JVM, so two replicas (or one after a
        // restart) listed the regions, and hashed the list's ETag, differently
        regions = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(next));
        byId = Map.copyOf(ids);
    }

    /** The region read in one snapshot of the store, or null when the store no longer has it. */
    private Loaded load(Region r) {
        LocalDate today = LocalDate.now(clock.withZone(r.zone()));
        LocalDate from = today.minusDays(RegionState.DAYS_BEFORE);
        LocalDate to = today.plusDays(RegionState.DAYS_AFTER);
        RegionSnapshot snap = store.regionSnapshot(r.code(), from, to).orElse(null);
        if (snap == null) {
            return null;
        }
        Revision published = snap.published();
        Map<String, Map<LocalDate, DaySchedule>> days = new HashMap<>();
        for (DaySchedule d : snap.schedules()) {
            days.computeIfAbsent(d.schedule().group(), k -> new TreeMap<>()).put(d.schedule().day(), d);
        }
        Map<LocalDate, DayStatus> statuses = new TreeMap<>();
        for (DayStatus s : snap.statuses()) {
            statuses.put(s.day(), s);
        }
        StringBuilder token = new StringBuilder(r.code()).append('-');
        if (published == null) {
            token.append("0");
        } else {
            token.append(published.number()).append('-').append(published.contentHash(), 0, 12);
        }
        token.append("-d").append(today);
        statuses.values().forEach(s -> token.append("-s").append(s.day()).append(':').append(s.version()));
        return new Loaded(new RegionState(snap.region(), snap.dsos(), snap.hourly(), snap.emergency(), published, today,
                from, to, freeze(days), Map.copyOf(statuses), snap.ledger(), token.toString()),
                today.atStartOfDay(r.zone()).toInstant().toEpochMilli(),
                today.plusDays(1).atStartOfDay(r.zone()).toInstant().toEpochMilli());
    }

    private static Map<String, Map<LocalDate, DaySchedule>> freeze(Map<String, Map<LocalDate, DaySchedule>> days) {
        Map<String, Map<LocalDate, DaySchedule>> out = new HashMap<>();
        days.forEach((g, m) -> out.put(g, java.util.Collections.unmodifiableMap(new TreeMap<>(m))));
        return Map.copyOf(out);
    }

    /**
     * A region's state with the instants its local today starts and ends: a request compares the clock's millis with
     * them instead of working out the local date (1 % of a cached schedule's CPU).
     */
    private record Loaded(RegionState state, long todayFromMillis, long todayUntilMillis) {

        boolean isToday(long millis) {
            return millis >= todayFromMillis && millis < todayUntilMillis;
        }
    }
}
