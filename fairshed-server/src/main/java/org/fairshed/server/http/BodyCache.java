package org.fairshed.server.http;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Serialised bodies by a key that names everything they depend on (route, parameters, revision hashes, status versions,
 * date), least recently used evicted beyond a byte budget. A new revision changes the keys, so nothing is ever
 * invalidated by hand: stale entries are simply no longer asked for and age out. Thread-safe; a body is built outside
 * the lock (two threads may build the same body once each).
 */
public final class BodyCache {

    private final long budgetBytes;
    private final LinkedHashMap<String, CachedBody> entries = new LinkedHashMap<>(256, 0.75f, true);
    private long bytes;

    public BodyCache(long budgetBytes) {
        this.budgetBytes = budgetBytes;
    }

    public CachedBody get(String key, Supplier<CachedBody> build) {
        synchronized (this) {
            CachedBody hit = entries.get(key);
            if (hit != null) {
                return hit;
            }
        }
        CachedBody made = build.get();
        if (made.weight() > budgetBytes / 4) {
            return made;
        }
        synchronized (this) {
            CachedBody old = entries.put(key, made);
            bytes += made.weight() - (old == null ? 0 : old.weight());
            var it = entries.entrySet().iterator();
            while (bytes > budgetBytes && it.hasNext()) {
                Map.Entry<String, CachedBody> e = it.next();
                bytes -= e.getValue().weight();
                it.remove();
            }
        }
        return made;
    }

    public synchronized int size() {
        return entries.size();
    }
}
