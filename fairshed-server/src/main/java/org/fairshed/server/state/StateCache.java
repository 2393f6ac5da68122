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
import org.fairshed.store.model.Revision;
import org.fairshed.store.model.ScheduleType;

/**
 * Every region's {@link RegionState}, derived from the store: read at start, read again for a region when the store
 * announces a publish or a day-status change of it, all of them after the listener reconnects, and a region's when its
 * local date has moved on. Readers take the current map without locking; a reload replaces one entry.
 */
public final class StateCache {

    private final Store store;
    private final Clock clock;
    private volatile Map<String, RegionState> regions = Map.of();
    private volatile Map<Integer, RegionState> byId = Map.of();

    public StateCache(Store store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    public synchronized void reloadAll() {
        Map<String, RegionState> next = new LinkedHashMap<>();
        for (Region r : store.organisation().regions()) {
            next.put(r.code(), load(r));
        }
        publish(next);
    }

    /** Reads one region again (a publish or status change of it); a region the store has newly gets added. */
    public synchronized void reload(String code) {
        Optional<Region> r = store.organisation().region(code);
        if (r.isEmpty()) {
            return;
        }
        Map<String, RegionState> next = new LinkedHashMap<>(regions);
        next.put(code, load(r.get()));
        if (next.size() != regions.size()) {
            Map<String, RegionState> sorted = new TreeMap<>(next);
            next = new LinkedHashMap<>(sorted);
        }
        publish(next);
    }

    /** The region's state, read again first when its local date has changed since; empty for an unknown code. */
    public Optional<RegionState> region(String code) {
        RegionState s = regions.get(code);
        if (s == null) {
            return Optional.empty();
        }
        if (!LocalDate.now(clock.withZone(s.region().zone())).equals(s.today())) {
            reload(code);
            s = regions.get(code);
        }
        return Optional.ofNullable(s);
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

    private void publish(Map<String, RegionState> next) {
        Map<Integer, RegionState> ids = new HashMap<>();
        next.values().forEach(s -> ids.put(s.region().id(), s));
        regions = Map.copyOf(next);
        byId = Map.copyOf(ids);
    }

    private RegionState load(Region r) {
        LocalDate today = LocalDate.now(clock.withZone(r.zone()));
        LocalDate from = today.minusDays(RegionState.DAYS_BEFORE);
        LocalDate to = today.plusDays(RegionState.DAYS_AFTER);
        Revision published = store.revisions().published(r.code()).orElse(null);
        Map<String, Map<LocalDate, DaySchedule>> days = new HashMap<>();
        if (published != null) {
            for (DaySchedule d : store.revisions().regionSchedules(r.code(), from, to)) {
                days.computeIfAbsent(d.schedule().group(), k -> new TreeMap<>()).put(d.schedule().day(), d);
            }
        }
        Map<LocalDate, DayStatus> statuses = new TreeMap<>();
        for (DayStatus s : store.dayStatus().range(r.code(), from, to)) {
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
        var ledger = published == null ? List.<org.fairshed.store.model.LedgerDay>of() : store.ledger().published(r.code());
        return new RegionState(r, store.organisation().dsos(r.code()), store.organisation().groups(r.code(),
                ScheduleType.HOURLY), store.organisation().groups(r.code(), ScheduleType.EMERGENCY), published, today,
                from, to, freeze(days), Map.copyOf(statuses), ledger, token.toString());
    }

    private static Map<String, Map<LocalDate, DaySchedule>> freeze(Map<String, Map<LocalDate, DaySchedule>> days) {
        Map<String, Map<LocalDate, DaySchedule>> out = new HashMap<>();
        days.forEach((g, m) -> out.put(g, java.util.Collections.unmodifiableMap(new TreeMap<>(m))));
        return Map.copyOf(out);
    }
}
