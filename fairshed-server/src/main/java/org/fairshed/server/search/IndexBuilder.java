package org.fairshed.server.search;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.fairshed.store.registry.RegistrySink;

/** Fills an {@link AddressIndex} from the store's registry snapshot, growing primitive arrays as rows stream in. */
public final class IndexBuilder implements RegistrySink {

    private long version;
    private final Map<Long, Integer> streetIndex = new HashMap<>();
    private long[] streetIds = new long[1024];
    private String[] streetRegion = new String[1024];
    private String[] streetSettlement = new String[1024];
    private String[] streetName = new String[1024];
    private int streets;
    private final Map<String, String> interned = new HashMap<>();

    private long[] ids = new long[1024];
    private int[] street = new int[1024];
    private final ByteArrayOutputStream text = new ByteArrayOutputStream(1 << 16);
    private int[] textStart = new int[1025];
    private short[] dso = new short[1024];
    private final Map<String, Short> codeIndex = new HashMap<>();
    private String[] codes = new String[64];
    private int[] groupStart = new int[1025];
    private short[] groups = new short[2048];
    private int groupCount;
    private byte[] hourlyCount = new byte[1024];
    private double[] lat = new double[1024];
    private double[] lon = new double[1024];
    private int addresses;

    private final ByteArrayOutputStream keys = new ByteArrayOutputStream(1 << 20);
    private int[] keyStart = new int[1025];
    private int[] keyAddress = new int[1024];
    private int keyCount;

    @Override
    public void version(long registryEvent) {
        version = registryEvent;
    }

    @Override
    public void street(long id, String region, String settlement, String name) {
        if (streets == streetIds.length) {
            int n = streets * 2;
            streetIds = Arrays.copyOf(streetIds, n);
            streetRegion = Arrays.copyOf(streetRegion, n);
            streetSettlement = Arrays.copyOf(streetSettlement, n);
            streetName = Arrays.copyOf(streetName, n);
        }
        streetIds[streets] = id;
        streetRegion[streets] = intern(region);
        streetSettlement[streets] = intern(settlement);
        streetName[streets] = name;
        streetIndex.put(id, streets++);
    }

    @Override
    public void address(long id, long streetId, String house, String part, double latitude, double longitude,
                        String dsoCode, String[] hourly, String[] emergency) {
        Integer st = streetIndex.get(streetId);
        if (st == null) {
            throw new IllegalStateException("address " + id + " names street " + streetId + ", which the snapshot lacks");
        }
        if (addresses == ids.length) {
            int n = addresses * 2;
            ids = Arrays.copyOf(ids, n);
            street = Arrays.copyOf(street, n);
            textStart = Arrays.copyOf(textStart, n + 1);
            dso = Arrays.copyOf(dso, n);
            groupStart = Arrays.copyOf(groupStart, n + 1);
            hourlyCount = Arrays.copyOf(hourlyCount, n);
            lat = Arrays.copyOf(lat, n);
            lon = Arrays.copyOf(lon, n);
        }
        int i = addresses++;
        ids[i] = id;
        street[i] = st;
        text.writeBytes((house + '\u0001' + part).getBytes(StandardCharsets.UTF_8));
        textStart[i + 1] = text.size();
        dso[i] = dsoCode == null ? -1 : code(dsoCode);
        hourlyCount[i] = (byte) hourly.length;
        for (String g : hourly) {
            addGroup(code(g));
        }
        for (String g : emergency) {
            addGroup(code(g));
        }
        groupStart[i + 1] = groupCount;
        lat[i] = latitude;
        lon[i] = longitude;
    }

    @Override
    public void key(String key, long addressId) {
        int a = addressIndex(addressId);
        if (a < 0) {
            return;
        }
        if (keyCount == keyAddress.length) {
            keyAddress = Arrays.copyOf(keyAddress, keyCount * 2);
            keyStart = Arrays.copyOf(keyStart, keyCount * 2 + 1);
        }
        keys.writeBytes(key.getBytes(StandardCharsets.US_ASCII));
        keyAddress[keyCount] = a;
        keyStart[++keyCount] = keys.size();
    }

    public AddressIndex build() {
        int n = addresses;
        AddressIndex index = new AddressIndex(version, Arrays.copyOf(streetRegion, streets),
                Arrays.copyOf(streetSettlement, streets), Arrays.copyOf(streetName, streets), Arrays.copyOf(ids, n),
                Arrays.copyOf(street, n), text.toByteArray(), Arrays.copyOf(textStart, n + 1), Arrays.copyOf(dso, n),
                Arrays.copyOf(codes, codeIndex.size()), Arrays.copyOf(groupStart, n + 1),
                Arrays.copyOf(groups, groupCount), Arrays.copyOf(hourlyCount, n), Arrays.copyOf(lat, n),
                Arrays.copyOf(lon, n), keys.toByteArray(), Arrays.copyOf(keyStart, keyCount + 1),
                Arrays.copyOf(keyAddress, keyCount));
        index.streetIds = Arrays.copyOf(streetIds, streets);
        return index;
    }

    private int addressIndex(long id) {
        // keys come in key order, ids at random: a binary search over the ids (sorted, since addresses came by id)
        return Arrays.binarySearch(ids, 0, addresses, id);
    }

    private void addGroup(short code) {
        if (groupCount == groups.length) {
            groups = Arrays.copyOf(groups, groupCount * 2);
        }
        groups[groupCount++] = code;
    }

    private short code(String code) {
        Short c = codeIndex.get(code);
        if (c == null) {
            if (codeIndex.size() >= Short.MAX_VALUE) {
                throw new IllegalStateException("more than " + Short.MAX_VALUE + " group and DSO codes");
            }
            c = (short) codeIndex.size();
            codeIndex.put(code, c);
            if (c >= codes.length) {
                codes = Arrays.copyOf(codes, codes.length * 2);
            }
            codes[c] = code;
        }
        return c;
    }

    private String intern(String s) {
        return interned.computeIfAbsent(s, k -> k);
    }
}
