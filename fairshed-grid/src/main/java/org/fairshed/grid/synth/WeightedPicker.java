package org.fairshed.grid.synth;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.function.IntToDoubleFunction;

/** Picks items with probability proportional to a weight, by binary search over cumulative weights. */
final class WeightedPicker {

    private final int[] items;
    private final double[] cumulative;

    WeightedPicker(int[] items, IntToDoubleFunction weight) {
        if (items.length == 0) {
            throw new IllegalArgumentException("nothing to pick from");
        }
        this.items = items.clone();
        this.cumulative = new double[items.length];
        double sum = 0;
        for (int i = 0; i < items.length; i++) {
            sum += Math.max(0, weight.applyAsDouble(items[i]));
            cumulative[i] = sum;
        }
        if (!(sum > 0)) {
            throw new IllegalArgumentException("all weights are zero");
        }
    }

    int pick(SplittableRandom rng) {
        double target = rng.nextDouble() * cumulative[cumulative.length - 1];
        int i = Arrays.binarySearch(cumulative, target);
        int index = i >= 0 ? i + 1 : -i - 1;
        return items[Math.min(index, items.length - 1)];
    }
}
