package org.fairshed.plan.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Arrays;
import org.fairshed.common.json.JsonFields;

/** One value per slot of the horizon (a load total, a scale factor or an availability factor). Immutable. */
public record SlotProfile(double[] values) {

    public SlotProfile {
        values = values.clone();
    }

    /** A list of one number per slot; {@code shares} restricts values to [0, 1], otherwise they must be &gt;= 0. */
    static SlotProfile read(JsonFields f, JsonNode node, String path, int slots, boolean shares) {
        if (JsonFields.absent(node) || !node.isArray()) {
            throw f.error(path, "must be a list of one number per slot (" + slots + "), got " + JsonFields.describe(node));
        }
        if (node.size() != slots) {
            throw f.error(path, "has " + node.size() + " values; expected one per slot (" + slots + ")");
        }
        double[] values = new double[slots];
        for (int t = 0; t < slots; t++) {
            String p = path + "[" + t + "]";
            values[t] = shares ? f.share(node.get(t), p) : f.nonNegative(node.get(t), p);
        }
        return new SlotProfile(values);
    }

    /** A profile with the same value in each of {@code slots} slots. */
    public static SlotProfile constant(double value, int slots) {
        double[] v = new double[slots];
        Arrays.fill(v, value);
        return new SlotProfile(v);
    }

    @Override
    public double[] values() {
        return values.clone();
    }

    public double get(int slot) {
        return values[slot];
    }

    public int size() {
        return values.length;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SlotProfile p && Arrays.equals(values, p.values);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return Arrays.toString(values);
    }
}
