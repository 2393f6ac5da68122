package org.fairshed.grid.synth;

import java.util.Arrays;

/**
 * A bucket grid over a rectangle for k-nearest-neighbour queries among points added one by one, so that building a
 * 100,000-bus topology stays near-linear. Ties in distance are broken by the smaller id, so results are deterministic.
 */
final class SpatialIndex {

    private static final int POINTS_PER_CELL = 2;

    private final double minX;
    private final double minY;
    private final double cellSize;
    private final int nx;
    private final int ny;
    private final int[] head;
    private int[] next;
    private int[] ids;
    private double[] px;
    private double[] py;
    private int size;

    SpatialIndex(double minX, double minY, double maxX, double maxY, int expectedPoints) {
        double width = Math.max(maxX - minX, 1e-6);
        double height = Math.max(maxY - minY, 1e-6);
        double cell = Math.sqrt(width * height * POINTS_PER_CELL / Math.max(1, expectedPoints));
        this.minX = minX;
        this.minY = minY;
        this.cellSize = Math.max(cell, 1e-6);
        this.nx = Math.max(1, (int) Math.ceil(width / cellSize));
        this.ny = Math.max(1, (int) Math.ceil(height / cellSize));
        this.head = new int[nx * ny];
        Arrays.fill(head, -1);
        int capacity = Math.max(16, expectedPoints);
        this.next = new int[capacity];
        this.ids = new int[capacity];
        this.px = new double[capacity];
        this.py = new double[capacity];
    }

    int size() {
        return size;
    }

    void add(int id, double x, double y) {
        if (size == ids.length) {
            int capacity = size * 2;
            next = Arrays.copyOf(next, capacity);
            ids = Arrays.copyOf(ids, capacity);
            px = Arrays.copyOf(px, capacity);
            py = Arrays.copyOf(py, capacity);
        }
        int cell = cellY(y) * nx + cellX(x);
        ids[size] = id;
        px[size] = x;
        py[size] = y;
        next[size] = head[cell];
        head[cell] = size;
        size++;
    }

    /**
     * Ids of the up to {@code k} nearest points to (x, y), nearest first, skipping {@code excludedId}.
     */
    int[] nearest(double x, double y, int k, int excludedId) {
        int[] bestId = new int[k];
        double[] bestD = new double[k];
        Arrays.fill(bestD, Double.POSITIVE_INFINITY);
        int found = 0;
        int cx = cellX(x);
        int cy = cellY(y);
        int maxRing = Math.max(nx, ny);
        for (int ring = 0; ring <= maxRing; ring++) {
            for (int gy = cy - ring; gy <= cy + ring; gy++) {
                if (gy < 0 || gy >= ny) {
                    continue;
                }
                boolean edgeRow = gy == cy - ring || gy == cy + ring;
                int step = edgeRow ? 1 : Math.max(1, 2 * ring);
                for (int gx = cx - ring; gx <= cx + ring; gx += step) {
                    if (gx < 0 || gx >= nx) {
                        continue;
                    }
                    for (int p = head[gy * nx + gx]; p >= 0; p = next[p]) {
                        if (ids[p] == excludedId) {
                            continue;
                        }
                        double d = (px[p] - x) * (px[p] - x) + (py[p] - y) * (py[p] - y);
                        found = offer(bestId, bestD, found, k, ids[p], d);
                    }
                }
            }
            double reach = ring * cellSize;
            if (found == k && bestD[k - 1] <= reach * reach) {
                break;
            }
        }
        return Arrays.copyOf(bestId, found);
    }

    private static int offer(int[] bestId, double[] bestD, int found, int k, int id, double d) {
        if (found == k && (d > bestD[k - 1] || (d == bestD[k - 1] && id > bestId[k - 1]))) {
            return found;
        }
        int i = found < k ? found : k - 1;
        while (i > 0 && (bestD[i - 1] > d || (bestD[i - 1] == d && bestId[i - 1] > id))) {
            bestD[i] = bestD[i - 1];
            bestId[i] = bestId[i - 1];
            i--;
        }
        bestD[i] = d;
        bestId[i] = id;
        return Math.min(found + 1, k);
    }

    private int cellX(double x) {
        return Math.min(nx - 1, Math.max(0, (int) ((x - minX) / cellSize)));
    }

    private int cellY(double y) {
        return Math.min(ny - 1, Math.max(0, (int) ((y - minY) / cellSize)));
    }
}
