package org.fairshed.plan.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Arrays;
import org.fairshed.common.Limits;
import org.fairshed.common.json.JsonFields;

/** One value per slot of the horizon (a load total, a scale factor or an availability factor). Immutable. */
public record SlotProfile(double[] values) {

    /** What the values of a profile are, and so the range they must lie in. */
    enum Kind {
        /** An availability factor: 0 to 1. */
        SHARE(1, "1", "an availability factor"),
        /** A multiplier of loads: 0 to {@link Limits#MAX_SCALE_FACTOR}. */
        SCALE(Limits.MAX_SCALE_FACTOR, Integer.toString((int) Limits.MAX_SCALE_FACTOR), "a load factor"),
        /** A power: 0 to {@link Limits#MAX_POWER_MW} MW. */
        POWER_MW(Limits.MAX_POWER_MW, (long) Limits.MAX_POWER_MW + " MW", "a power in MW");

        private final double max;
        private final String maxText;
        private final String what;

        Kind(double max, String maxText, String what) {
            this.max = max;
            this.maxText = maxText;
            this.what = what;
        }
    }

    public SlotProfile {
        values = values.clone();
    }

    /** A list of one number per slot, each finite and of its kind's range. */
    static SlotProfile read(JsonFields f, JsonNode node, String path, int slots, Kind kind) {
        if (JsonFields.absent(node) || !node.isArray()) {
            throw f.error(path, "must be a list of one number per slot (" + slots + "), got " + JsonFields.describe(node));
        }
        if (node.size() != slots) {
            throw f.error(path, "has " + node.size() + " values; expected one per slot (" + slots + ")");
        }
        double[] values = new double[slots];
        for (int t = 0; t < slots; t++) {
            String p = path + "[" + t + "]";
            double v = f.number(node.get(t), p);
            if (v < 0) {
                throw f.error(p, "must not be negative, got " + node.get(t) + " (" + kind.what + ")");
            }
            if (v > kind.max) {
                throw f.error(p, "must be between 0 and " + kind.maxText + ", got " + node.get(t) + " (" + kind.what + ")");
            }
            values[t] = v;
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
