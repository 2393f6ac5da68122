package org.fairshed.grid.synth;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * Substations and the network between them. 330 kV substations are spread over each region (denser near its
 * capital), each with a 110 kV busbar behind a 330/110 kV transformer; a nationally spread subset also has a 750 kV
 * busbar behind a 750/330 kV autotransformer. Each level is meshed by adding nodes outwards from a centre and linking
 * every new node to its 2 (sometimes 3) nearest already-placed nodes, which keeps the level connected and free of
 * bridges: a single line outage rarely islands anything. 330 kV and 750 kV links ignore region borders, which gives
 * the inter-region ties; the 110 kV mesh stays inside its region.
 */
final class TopologyBuilder {

    /** 330 kV substations per bus, and the minimum per region. */
    static final double SUBSTATIONS_330_PER_BUS = 0.06;
    static final int MIN_SUBSTATIONS_330_PER_REGION = 2;
    /** Buses per 750 kV substation, and the minimum count. */
    static final double BUSES_PER_SUBSTATION_750 = 160.0;
    static final int MIN_SUBSTATIONS_750 = 4;
    /** Share of new nodes linked to a third neighbour. */
    static final double THIRD_LINK_SHARE = 0.3;
    /** Share of buses clustered around the region's capital, ordinary and big-city regions. */
    static final double CLUSTERED_SHARE = 0.3;
    static final double CLUSTERED_SHARE_BIG_CITY = 0.5;
    static final double CLUSTER_SIGMA_OF_CELL = 0.12;
    static final double AUTOTRANSFORMER_MVA = 2000.0;
    /** 330/110 kV transformers: rated for this multiple of the estimated load they feed, at least the minimum. */
    static final double TRANSFORMER_LOAD_HEADROOM = 1.5;
    static final double MIN_TRANSFORMER_MVA = 200.0;
    static final double TRANSFORMER_STEP_MVA = 50.0;

    /**
     * What the builders after this one need: node indices of the 330 kV substations, their 110 kV busbars
     * (aligned), the 750 kV busbars, and every 110 kV node of each region (region number - 1).
     */
    record Topology(int[] substations330, int[] busbars110, int[] substations750, List<int[]> nodes110ByRegion) {
    }

    private final NetworkDraft draft;
    private final RegionLayout layout;
    private final SplittableRandom rng;

    TopologyBuilder(NetworkDraft draft, RegionLayout layout, SplittableRandom rng) {
        this.draft = draft;
        this.layout = layout;
        this.rng = rng;
    }

    /** Builds {@code busBudget} buses: substations plus 110 kV load buses. */
    Topology build(int busBudget, double peakLoadMw) {
        List<Region> regions = layout.regions();
        int n = regions.size();
        int total330 = Math.max(MIN_SUBSTATIONS_330_PER_REGION * n, (int) Math.round(busBudget * SUBSTATIONS_330_PER_BUS));
        int total750 = Math.min(total330, Math.max(MIN_SUBSTATIONS_750, (int) Math.round(busBudget / BUSES_PER_SUBSTATION_750)));
        double[] shares = layout.busShares();
        int[] subsPerRegion = allocate(total330, shares, filled(n, MIN_SUBSTATIONS_330_PER_REGION));
        int[] minLoadBuses = new int[n];
        for (int r = 0; r < n; r++) {
            minLoadBuses[r] = subsPerRegion[r] + 2;
        }
        int[] buses110 = allocate(busBudget - total330 - total750, shares, minLoadBuses);

        int[] subs = new int[total330];
        int[] busbars = new int[total330];
        List<int[]> nodes110 = new ArrayList<>(n);
        int s = 0;
        for (Region region : regions) {
            int r = region.number() - 1;
            double regionLoad = peakLoadMw * region.weight() / layout.totalWeight();
            double ratingMva = Math.max(MIN_TRANSFORMER_MVA, TRANSFORMER_STEP_MVA
                    * Math.ceil(TRANSFORMER_LOAD_HEADROOM * regionLoad / subsPerRegion[r] / TRANSFORMER_STEP_MVA));
            int[] regionNodes = new int[buses110[r]];
            for (int k = 0; k < subsPerRegion[r]; k++, s++) {
                double[] p = place(region);
                String label = region.name() + " S" + (k + 1);
                subs[s] = draft.addNode(p[0], p[1], region.number(), BranchCatalog.KV_330, label + " 330 kV");
                busbars[s] = draft.addNode(p[0], p[1], region.number(), BranchCatalog.KV_110, label + " 110 kV");
                draft.addBranch(BranchCatalog.transformer(subs[s], busbars[s], ratingMva, rng));
                regionNodes[k] = busbars[s];
            }
            for (int k = subsPerRegion[r]; k < regionNodes.length; k++) {
                double[] p = place(region);
                regionNodes[k] = draft.addNode(p[0], p[1], region.number(), BranchCatalog.KV_110,
                        region.name() + " D" + (k - subsPerRegion[r] + 1) + " 110 kV");
            }
            nodes110.add(regionNodes);
        }
        int[] subs750 = build750(subs, total750);
        mesh(subs, BranchCatalog.KV_330, 0, layout.width() / 2, layout.height() / 2, null);
        mesh(subs750, BranchCatalog.KV_750, 0, layout.width() / 2, layout.height() / 2, null);
        for (int r = 0; r < n; r++) {
            meshRegion110(regions.get(r), nodes110.get(r), subsPerRegion[r]);
        }
        return new Topology(subs, busbars, subs750, nodes110);
    }

    private int[] build750(int[] subs, int count) {
        double cx = layout.width() / 2;
        double cy = layout.height() / 2;
        double[] minD = new double[subs.length];
        int first = 0;
        for (int i = 0; i < subs.length; i++) {
            minD[i] = Double.POSITIVE_INFINITY;
            if (dist(subs[i], cx, cy) < dist(subs[first], cx, cy)) {
                first = i;
            }
        }
        int[] result = new int[count];
        int pick = first;
        for (int c = 0; c < count; c++) {
            int host = subs[pick];
            result[c] = draft.addNode(draft.x(host), draft.y(host), draft.region(host), BranchCatalog.KV_750,
                    draft.name(host).replace(" 330 kV", " 750 kV"));
            draft.addBranch(BranchCatalog.transformer(result[c], host, AUTOTRANSFORMER_MVA, rng));
            int farthest = 0;
            for (int i = 0; i < subs.length; i++) {
                minD[i] = Math.min(minD[i], draft.distanceKm(subs[i], host));
                if (minD[i] > minD[farthest]) {
                    farthest = i;
                }
            }
            pick = farthest;
        }
        return result;
    }

    private void meshRegion110(Region region, int[] nodes, int busbarCount) {
        SpatialIndex busbarIndex = indexFor(region, busbarCount);
        for (int k = 0; k < busbarCount; k++) {
            busbarIndex.add(nodes[k], draft.x(nodes[k]), draft.y(nodes[k]));
        }
        int[] loads = Arrays.copyOfRange(nodes, busbarCount, nodes.length);
        double[] key = new double[draft.nodeCount()];
        for (int node : loads) {
            int nearest = busbarIndex.nearest(draft.x(node), draft.y(node), 1, -1)[0];
            key[node] = draft.distanceKm(node, nearest);
        }
        int[] ordered = sortBy(loads, key);
        int[] all = new int[nodes.length];
        System.arraycopy(nodes, 0, all, 0, busbarCount);
        System.arraycopy(ordered, 0, all, busbarCount, ordered.length);
        mesh(all, BranchCatalog.KV_110, busbarCount, Double.NaN, Double.NaN, region);
    }

    /**
     * Links each node from position {@code firstLinked} on to its nearest 2 or 3 predecessors in {@code nodes}
     * (sorted by distance to the centre first unless the centre is NaN); earlier nodes are only placed.
     */
    private void mesh(int[] nodes, double kv, int firstLinked, double cx, double cy, Region bounds) {
        int[] ordered = nodes;
        if (!Double.isNaN(cx)) {
            double[] key = new double[draft.nodeCount()];
            for (int node : nodes) {
                key[node] = dist(node, cx, cy);
            }
            ordered = sortBy(nodes, key);
        }
        SpatialIndex index = bounds != null ? indexFor(bounds, nodes.length)
                : new SpatialIndex(0, 0, layout.width(), layout.height(), nodes.length);
        for (int i = 0; i < ordered.length; i++) {
            int node = ordered[i];
            if (i >= firstLinked) {
                int k = rng.nextDouble() < THIRD_LINK_SHARE ? 3 : 2;
                for (int neighbour : index.nearest(draft.x(node), draft.y(node), k, node)) {
                    draft.addBranch(BranchCatalog.line(neighbour, node, kv, draft.distanceKm(neighbour, node), rng));
                }
            }
            index.add(node, draft.x(node), draft.y(node));
        }
    }

    private SpatialIndex indexFor(Region region, int expected) {
        return new SpatialIndex(region.minX(), region.minY(), region.maxX(), region.maxY(), expected);
    }

    private double[] place(Region region) {
        double share = region.bigCity() ? CLUSTERED_SHARE_BIG_CITY : CLUSTERED_SHARE;
        if (rng.nextDouble() < share) {
            double sigma = CLUSTER_SIGMA_OF_CELL * Math.min(region.width(), region.height());
            double x = region.capitalX() + sigma * gaussian();
            double y = region.capitalY() + sigma * gaussian();
            return new double[] {clamp(x, region.minX(), region.maxX()), clamp(y, region.minY(), region.maxY())};
        }
        return new double[] {region.minX() + region.width() * rng.nextDouble(),
                region.minY() + region.height() * rng.nextDouble()};
    }

    private double gaussian() {
        double u = 1.0 - rng.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rng.nextDouble());
    }

    private double dist(int node, double x, double y) {
        return Math.hypot(draft.x(node) - x, draft.y(node) - y);
    }

    private static int[] sortBy(int[] nodes, double[] key) {
        return IntStream.of(nodes).boxed()
                .sorted(Comparator.<Integer>comparingDouble(i -> key[i]).thenComparingInt(i -> i))
                .mapToInt(Integer::intValue).toArray();
    }

    private static double clamp(double v, double min, double max) {
        return Math.min(max, Math.max(min, v));
    }

    private static int[] filled(int n, int value) {
        int[] a = new int[n];
        Arrays.fill(a, value);
        return a;
    }

    /** Splits {@code total} in proportion to {@code shares} above the minimums, largest remainders first. */
    static int[] allocate(int total, double[] shares, int[] mins) {
        int[] result = mins.clone();
        int rest = total - Arrays.stream(mins).sum();
        if (rest < 0) {
            throw new IllegalStateException("cannot allocate " + total + " below the minimums " + Arrays.toString(mins));
        }
        double[] fraction = new double[shares.length];
        int given = 0;
        for (int i = 0; i < shares.length; i++) {
            double exact = rest * shares[i];
            result[i] += (int) Math.floor(exact);
            given += (int) Math.floor(exact);
            fraction[i] = exact - Math.floor(exact);
        }
        Integer[] order = IntStream.range(0, shares.length).boxed()
                .sorted(Comparator.<Integer>comparingDouble(i -> -fraction[i]).thenComparingInt(i -> i))
                .toArray(Integer[]::new);
        for (int k = 0; k < rest - given; k++) {
            result[order[k % order.length]]++;
        }
        return result;
    }
}
