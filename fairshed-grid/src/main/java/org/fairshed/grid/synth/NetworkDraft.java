package org.fairshed.grid.synth;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

import org.fairshed.grid.model.Branch;
import org.fairshed.grid.model.Bus;
import org.fairshed.grid.model.BusType;
import org.fairshed.grid.model.Generator;
import org.fairshed.grid.model.Grid;

/**
 * The mutable network the builders fill in: nodes by 0-based index, branches and generators between them. {@link
 * #toGrid} numbers the buses by region, then voltage level, then creation order.
 */
final class NetworkDraft {

    private static final double VMAX_PU = 1.1;
    private static final double VMIN_PU = 0.9;
    private static final double ANGLE_LIMIT_DEG = 360.0;
    private static final double POWER_FACTOR_MBASE = 0.85;
    /**
     * Share of a 750 kV line's charging that shunt reactors at its two ends absorb. Lines of 750 kV and hundreds of km
     * are always built with reactors (about 3 × 110 Mvar at each end); without them the 750 kV buses rise to 1.5 pu at
     * light load and the AC power flow of a shed plan does not converge.
     */
    static final double REACTOR_SHARE_750 = 0.9;
    /** Share of a 330 kV line's charging that shunt reactors at its two ends absorb. */
    static final double REACTOR_SHARE_330 = 0.6;

    private double[] xs;
    private double[] ys;
    private int[] regions;
    private double[] kvs;
    private String[] names;
    private double[] pd;
    private double[] qd;
    private int nodeCount;
    private final List<DraftBranch> branches = new ArrayList<>();
    private final List<DraftGenerator> generators = new ArrayList<>();

    NetworkDraft(int expectedNodes) {
        int capacity = Math.max(16, expectedNodes);
        xs = new double[capacity];
        ys = new double[capacity];
        regions = new int[capacity];
        kvs = new double[capacity];
        names = new String[capacity];
        pd = new double[capacity];
        qd = new double[capacity];
    }

    int addNode(double x, double y, int region, double kv, String name) {
        if (nodeCount == xs.length) {
            int capacity = nodeCount * 2;
            xs = Arrays.copyOf(xs, capacity);
            ys = Arrays.copyOf(ys, capacity);
            regions = Arrays.copyOf(regions, capacity);
            kvs = Arrays.copyOf(kvs, capacity);
            names = Arrays.copyOf(names, capacity);
            pd = Arrays.copyOf(pd, capacity);
            qd = Arrays.copyOf(qd, capacity);
        }
        xs[nodeCount] = Math.round(x * 100) / 100.0;
        ys[nodeCount] = Math.round(y * 100) / 100.0;
        regions[nodeCount] = region;
        kvs[nodeCount] = kv;
        names[nodeCount] = name;
        return nodeCount++;
    }

    int nodeCount() {
        return nodeCount;
    }

    double x(int node) {
        return xs[node];
    }

    double y(int node) {
        return ys[node];
    }

    int region(int node) {
        return regions[node];
    }

    String name(int node) {
        return names[node];
    }

    double distanceKm(int a, int b) {
        return Math.hypot(xs[a] - xs[b], ys[a] - ys[b]);
    }

    void setLoad(int node, double pdMw, double qdMvar) {
        pd[node] = pdMw;
        qd[node] = qdMvar;
    }

    void addBranch(DraftBranch branch) {
        branches.add(branch);
    }

    void addGenerator(DraftGenerator generator) {
        generators.add(generator);
    }

    List<DraftGenerator> generators() {
        return generators;
    }

    /**
     * The immutable grid: one REF bus (the node with the most installed capacity), PV buses where generators are,
     * PQ elsewhere. Generators' Pg is 0; branch ratings are those of the catalogue.
     */
    Grid toGrid(String gridName) {
        int[] order = IntStream.range(0, nodeCount).boxed()
                .sorted(Comparator.<Integer>comparingInt(i -> regions[i]).thenComparing(i -> -kvs[i])
                        .thenComparingInt(i -> i))
                .mapToInt(Integer::intValue).toArray();
        int[] number = new int[nodeCount];
        for (int pos = 0; pos < nodeCount; pos++) {
            number[order[pos]] = pos + 1;
        }
        double[] capacity = new double[nodeCount];
        for (DraftGenerator g : generators) {
            capacity[g.node()] += g.pmaxMw();
        }
        int ref = 0;
        for (int i = 1; i < nodeCount; i++) {
            if (capacity[i] > capacity[ref]) {
                ref = i;
            }
        }
        double[] reactorMvar = lineReactors();
        List<Bus> buses = new ArrayList<>(nodeCount);
        for (int node : order) {
            BusType type = node == ref ? BusType.REF : capacity[node] > 0 ? BusType.PV : BusType.PQ;
            buses.add(new Bus(number[node], type, pd[node], qd[node], 0, -reactorMvar[node], regions[node], 1.0, 0.0,
                    kvs[node],
                    regions[node], VMAX_PU, VMIN_PU, names[node], xs[node], ys[node]));
        }
        List<Branch> gridBranches = new ArrayList<>(branches.size());
        for (DraftBranch b : branches) {
            gridBranches.add(new Branch(number[b.from()], number[b.to()], b.r(), b.x(), b.b(), b.rateA(),
                    round(b.rateA() * BranchCatalog.RATE_B_FACTOR), round(b.rateA() * BranchCatalog.RATE_C_FACTOR),
                    b.tap(), 0.0, true, -ANGLE_LIMIT_DEG, ANGLE_LIMIT_DEG));
        }
        List<Generator> gens = new ArrayList<>(generators.size());
        for (DraftGenerator g : generators) {
            Fuel f = g.fuel();
            double pmax = g.pmaxMw();
            gens.add(new Generator(number[g.node()], 0.0, 0.0, f.qmaxMvar(pmax), f.qminMvar(pmax), 1.0,
                    round(pmax / POWER_FACTOR_MBASE), true, pmax, f.pminMw(pmax), f.rampAgcMwPerMin(pmax),
                    f.rampMw(pmax, 10), f.rampMw(pmax, 30), g.cost(), f.fuelName(), f.genType()));
        }
        return new Grid(gridName, BranchCatalog.BASE_MVA, buses, gens, gridBranches);
    }

    /**
     * Shunt reactors (Mvar absorbed at 1 pu) per node: at each end of every EHV line, its share of half the line's
     * charging. Transformers (ends of different levels) and 110 kV lines get none.
     */
    private double[] lineReactors() {
        double[] mvar = new double[nodeCount];
        for (DraftBranch b : branches) {
            double kv = kvs[b.from()];
            double share = kv == BranchCatalog.KV_750 ? REACTOR_SHARE_750 : kv == BranchCatalog.KV_330 ? REACTOR_SHARE_330 : 0;
            if (share > 0 && kvs[b.to()] == kv) {
                double half = share * b.b() * BranchCatalog.BASE_MVA / 2;
                mvar[b.from()] += half;
                mvar[b.to()] += half;
            }
        }
        for (int n = 0; n < nodeCount; n++) {
            mvar[n] = round(mvar[n]);
        }
        return mvar;
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }
}
