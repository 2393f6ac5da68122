package org.fairshed.server.search;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The registry in compact arrays, built from a store snapshot ({@link IndexBuilder}): the search keys as one sorted
 * byte blob (ASCII, byte order — the order of the store's {@code COLLATE "C"} primary key) answered by binary search,
 * and every live address by id. A prefix search returns what the store's own search returns for the same query
 * (the same keys, the same order and limit: the first {@code 2 × limit} key hits, one per address, by key then id).
 * About 110 bytes per address; immutable, so a rebuild swaps the whole index.
 */
public final class AddressIndex {

    final long version;
    final String[] streetRegion;
    final String[] streetSettlement;
    final String[] streetName;
    final long[] ids;
    final int[] street;
    final byte[] text;
    final int[] textStart;
    final short[] dso;
    final String[] codes;
    final int[] groupStart;
    final short[] groups;
    final byte[] hourlyCount;
    final double[] lat;
    final double[] lon;
    final byte[] keys;
    final int[] keyStart;
    final int[] keyAddress;

    AddressIndex(long version, String[] streetRegion, String[] streetSettlement, String[] streetName, long[] ids,
                 int[] street, byte[] text, int[] textStart, short[] dso, String[] codes, int[] groupStart,
                 short[] groups, byte[] hourlyCount, double[] lat, double[] lon, byte[] keys, int[] keyStart,
                 int[] keyAddress) {
        this.version = version;
        this.streetRegion = streetRegion;
        this.streetSettlement = streetSettlement;
        this.streetName = streetName;
        this.ids = ids;
        this.street = street;
        this.text = text;
        this.textStart = textStart;
        this.dso = dso;
        this.codes = codes;
        this.groupStart = groupStart;
        this.groups = groups;
        this.hourlyCount = hourlyCount;
        this.lat = lat;
        this.lon = lon;
        this.keys = keys;
        this.keyStart = keyStart;
        this.keyAddress = keyAddress;
    }

    public static AddressIndex empty() {
        return new IndexBuilder().build();
    }

    /** The registry version (the store's newest registry event) the index was built from. */
    public long version() {
        return version;
    }

    public int size() {
        return ids.length;
    }

    public int keyCount() {
        return keyStart.length - 1;
    }

    /** The address with this id, null when the registry has no live one. */
    public IndexedAddress byId(long id) {
        int i = Arrays.binarySearch(ids, id);
        return i < 0 ? null : address(i);
    }

    /**
     * Addresses whose search key starts with {@code key} (already in search form: {@code SearchKeys.search}), by key
     * then id, at most {@code limit}.
     */
    public List<IndexedAddress> search(String key, int limit) {
        if (key.isEmpty()) {
            return List.of();
        }
        byte[] q = key.getBytes(StandardCharsets.US_ASCII);
        int k = lowerBound(q);
        List<Integer> seen = new ArrayList<>();
        int pairs = 0;
        int n = keyCount();
        while (k < n && pairs < 2 * limit && startsWith(k, q)) {
            int a = keyAddress[k];
            if (!seen.contains(a)) {
                seen.add(a);
            }
            pairs++;
            k++;
        }
        List<IndexedAddress> out = new ArrayList<>(Math.min(limit, seen.size()));
        for (int i = 0; i < seen.size() && i < limit; i++) {
            out.add(address(seen.get(i)));
        }
        return out;
    }

    long[] streetIds = new long[0];

    private int lowerBound(byte[] q) {
        int lo = 0;
        int hi = keyCount();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (compare(mid, q) < 0) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private int compare(int k, byte[] q) {
        int s = keyStart[k];
        int len = keyStart[k + 1] - s;
        return Arrays.compareUnsigned(keys, s, s + len, q, 0, q.length);
    }

    private boolean startsWith(int k, byte[] q) {
        int s = keyStart[k];
        int len = keyStart[k + 1] - s;
        return len >= q.length && Arrays.equals(keys, s, s + q.length, q, 0, q.length);
    }

    IndexedAddress address(int i) {
        String t = new String(text, textStart[i], textStart[i + 1] - textStart[i], StandardCharsets.UTF_8);
        int sep = t.indexOf('\u0001');
        int st = street[i];
        int g0 = groupStart[i];
        int g1 = groupStart[i + 1];
        int h = hourlyCount[i];
        List<String> hourly = new ArrayList<>(h);
        List<String> emergency = new ArrayList<>(g1 - g0 - h);
        for (int g = g0; g < g1; g++) {
            (g - g0 < h ? hourly : emergency).add(codes[groups[g]]);
        }
        return new IndexedAddress(ids[i], streetRegion[st], streetIds[st], streetSettlement[st], streetName[st],
                t.substring(0, sep), t.substring(sep + 1), Double.isNaN(lat[i]) ? null : lat[i],
                Double.isNaN(lon[i]) ? null : lon[i], dso[i] < 0 ? null : codes[dso[i]], hourly, emergency);
    }

    /** Sizes for health and logs. */
    public Map<String, Long> stats() {
        return Map.of("addresses", (long) ids.length, "keys", (long) keyCount(), "keyBytes", (long) keys.length);
    }
}
