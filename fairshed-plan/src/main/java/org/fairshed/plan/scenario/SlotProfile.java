package org.fairshed.plan.scenario;

import java.util.Arrays;

/** One value per slot of the horizon (a load total, a scale factor or an availability factor). Immutable. */
public record SlotProfile(double[] values) {

    public SlotProfile {
        values = values.clone();
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
