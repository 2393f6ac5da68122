package org.fairshed.rota.priority;

/** Sorts indices by a score without boxing: ascending score, ties by the smaller index (so the order is total). */
final class IndexSort {

    /** Below this many, insertion sort. */
    private static final int SMALL = 24;

    private IndexSort() {
    }

    /** Sorts {@code index} (distinct indices into {@code score}) by ascending score, then ascending index. */
    static void byScore(int[] index, double[] score) {
        sort(index, score, 0, index.length - 1);
    }

    /** In {@code sorted[0 … count − 1]} (ascending by {@code score}), the first place whose score is at least {@code least}. */
    static int firstAtLeast(int[] sorted, int count, double[] score, double least) {
        int lo = 0;
        int hi = count;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (score[sorted[mid]] < least) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static void sort(int[] a, double[] s, int lo, int hi) {
        while (hi - lo >= SMALL) {
            int p = partition(a, s, lo, hi);
            // recurse into the smaller side, loop on the larger: stack depth stays logarithmic
            if (p - lo < hi - p) {
                sort(a, s, lo, p - 1);
                lo = p + 1;
            } else {
                sort(a, s, p + 1, hi);
                hi = p - 1;
            }
        }
        for (int i = lo + 1; i <= hi; i++) {
            int v = a[i];
            int j = i - 1;
            while (j >= lo && before(v, a[j], s)) {
                a[j + 1] = a[j];
                j--;
            }
            a[j + 1] = v;
        }
    }

    /** Median of three as pivot, moved to hi; returns the pivot's final place. */
    private static int partition(int[] a, double[] s, int lo, int hi) {
        int mid = (lo + hi) >>> 1;
        if (before(a[mid], a[lo], s)) {
            swap(a, mid, lo);
        }
        if (before(a[hi], a[lo], s)) {
            swap(a, hi, lo);
        }
        if (before(a[mid], a[hi], s)) {
            swap(a, mid, hi);
        }
        int pivot = a[hi];
        int store = lo;
        for (int i = lo; i < hi; i++) {
            if (before(a[i], pivot, s)) {
                swap(a, i, store++);
            }
        }
        swap(a, store, hi);
        return store;
    }

    private static boolean before(int x, int y, double[] s) {
        int c = Double.compare(s[x], s[y]);
        return c < 0 || c == 0 && x < y;
    }

    private static void swap(int[] a, int i, int j) {
        int t = a[i];
        a[i] = a[j];
        a[j] = t;
    }
}
