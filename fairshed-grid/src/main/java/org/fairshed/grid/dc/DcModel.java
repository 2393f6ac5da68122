package org.fairshed.grid.dc;

import com.powsybl.math.matrix.LUDecomposition;
import com.powsybl.math.matrix.Matrix;
import com.powsybl.math.matrix.SparseMatrixFactory;
import java.util.Arrays;
import java.util.List;
import org.fairshed.grid.model.Branch;
import org.fairshed.grid.model.Bus;
import org.fairshed.grid.model.Generator;
import org.fairshed.grid.model.Grid;
import org.fairshed.grid.topology.Island;
import org.fairshed.grid.topology.Islands;

/**
 * The DC network model of one topology, in MATPOWER's conventions ({@code makeBdc}): branch susceptance
 * {@code b = 1 / (x * tap)} in p.u., phase shifters as injections {@code Pfinj = -b * shift}, bus shunt
 * conductance counted as load, one reference bus per island whose angle stays at the case's VA.
 * <p>
 * The B matrix, with reference and isolated buses pinned, is factorized once (sparse LU, KLU through
 * powsybl-math) and reused for any number of injection vectors. Holds native memory: close it.
 */
public final class DcModel implements AutoCloseable {

    private final Grid grid;
    private final Islands islands;
    private final int busCount;
    private final int[] fromBus;
    private final int[] toBus;
    /** per-unit susceptance 1/(x*tap) of in-service branches, 0 for out-of-service ones */
    private final double[] susceptance;
    private final double[] shiftRad;
    /** reference angle (rad) of pinned buses (island references and isolated buses), NaN for free buses */
    private final double[] pinnedAngle;
    private final LUDecomposition lu;

    private DcModel(Grid grid, Islands islands) {
        this.grid = grid;
        this.islands = islands;
        this.busCount = grid.buses().size();
        List<Branch> branches = grid.branches();
        int m = branches.size();
        fromBus = new int[m];
        toBus = new int[m];
        susceptance = new double[m];
        shiftRad = new double[m];
        for (int k = 0; k < m; k++) {
            Branch br = branches.get(k);
            fromBus[k] = grid.busIndex(br.from());
            toBus[k] = grid.busIndex(br.to());
            boolean energized = br.inService() && islands.islandOfBusIndex(fromBus[k]) != Islands.NO_ISLAND
                    && islands.islandOfBusIndex(toBus[k]) != Islands.NO_ISLAND;
            if (energized && br.x() == 0) {
                throw new IllegalArgumentException("branch " + (k + 1) + " (" + br.from() + "-" + br.to()
                        + ") has zero reactance: the DC model needs x != 0");
            }
            susceptance[k] = energized ? 1.0 / (br.x() * br.ratio()) : 0.0;
            shiftRad[k] = Math.toRadians(br.shiftDeg());
        }
        pinnedAngle = new double[busCount];
        Arrays.fill(pinnedAngle, Double.NaN);
        for (int i = 0; i < busCount; i++) {
            if (islands.islandOfBusIndex(i) == Islands.NO_ISLAND) {
                pinnedAngle[i] = 0.0;
            }
        }
        for (Island island : islands.all()) {
            Bus ref = grid.bus(island.referenceBus());
            pinnedAngle[grid.busIndex(ref.number())] = Math.toRadians(ref.vaDeg());
        }
        lu = factorize();
    }

    /** Builds and factorizes the model of {@code grid}'s present topology. */
    public static DcModel of(Grid grid) {
        return new DcModel(grid, Islands.of(grid));
    }

    public static DcModel of(Grid grid, Islands islands) {
        return new DcModel(grid, islands);
    }

    private LUDecomposition factorize() {
        // B(i,j) over free buses, pinned buses as identity rows; filled column by column as KLU wants
        int m = fromBus.length;
        int[] count = new int[busCount];
        for (int k = 0; k < m; k++) {
            if (susceptance[k] != 0 && fromBus[k] != toBus[k]) {
                count[fromBus[k]]++;
                count[toBus[k]]++;
            }
        }
        int[][] rows = new int[busCount][];
        double[][] vals = new double[busCount][];
        int[] fill = new int[busCount];
        for (int j = 0; j < busCount; j++) {
            rows[j] = new int[count[j] + 1];
            vals[j] = new double[count[j] + 1];
            rows[j][0] = j;
            fill[j] = 1;
        }
        for (int k = 0; k < m; k++) {
            double b = susceptance[k];
            int f = fromBus[k];
            int t = toBus[k];
            if (b == 0 || f == t) {
                continue;
            }
            vals[f][0] += b;
            vals[t][0] += b;
            rows[f][fill[f]] = t;
            vals[f][fill[f]++] = -b;
            rows[t][fill[t]] = f;
            vals[t][fill[t]++] = -b;
        }
        int nnz = 0;
        for (int j = 0; j < busCount; j++) {
            nnz += fill[j];
        }
        Matrix matrix = new SparseMatrixFactory().create(busCount, busCount, nnz);
        for (int j = 0; j < busCount; j++) {
            boolean pinnedCol = !Double.isNaN(pinnedAngle[j]);
            if (pinnedCol) {
                matrix.add(j, j, 1.0);
                continue;
            }
            // symmetric: column j holds the entries of row j; KLU wants each row once (parallel branches merged)
            sortByRow(rows[j], vals[j], fill[j]);
            int e = 0;
            while (e < fill[j]) {
                int row = rows[j][e];
                double v = 0;
                while (e < fill[j] && rows[j][e] == row) {
                    v += vals[j][e++];
                }
                if (Double.isNaN(pinnedAngle[row])) {
                    matrix.add(row, j, v);
                }
            }
        }
        return matrix.decomposeLU();
    }

    /** Insertion sort of the first {@code n} (row, value) pairs by row: columns hold a handful of entries. */
    private static void sortByRow(int[] rows, double[] vals, int n) {
        for (int i = 1; i < n; i++) {
            int r = rows[i];
            double v = vals[i];
            int k = i - 1;
            while (k >= 0 && rows[k] > r) {
                rows[k + 1] = rows[k];
                vals[k + 1] = vals[k];
                k--;
            }
            rows[k + 1] = r;
            vals[k + 1] = v;
        }
    }

    public Grid grid() {
        return grid;
    }

    public Islands islands() {
        return islands;
    }

    /**
     * Net bus injections (MW) as MATPOWER's DC power flow sees them: in-service generation {@code genMw}
     * (indexed by generator row - 1; out-of-service generators ignored) minus {@code loadMw} (by bus index)
     * minus shunt conductance Gs minus the phase-shifter injections.
     */
    public double[] busInjectionsMw(double[] genMw, double[] loadMw) {
        double[] p = new double[busCount];
        List<Generator> gens = grid.generators();
        for (int g = 0; g < gens.size(); g++) {
            if (gens.get(g).inService()) {
                p[grid.busIndex(gens.get(g).bus())] += genMw[g];
            }
        }
        for (int i = 0; i < busCount; i++) {
            p[i] -= loadMw[i] + grid.buses().get(i).gsMw();
        }
        double base = grid.baseMva();
        for (int k = 0; k < fromBus.length; k++) {
            double pfinj = -susceptance[k] * shiftRad[k] * base;
            p[fromBus[k]] -= pfinj;
            p[toBus[k]] += pfinj;
        }
        return p;
    }

    /** The case's own injections: generator PG and bus PD. */
    public double[] caseInjectionsMw() {
        double[] gen = grid.generators().stream().mapToDouble(Generator::pgMw).toArray();
        double[] load = grid.buses().stream().mapToDouble(Bus::pdMw).toArray();
        return busInjectionsMw(gen, load);
    }

    /**
     * Power transfer distribution factors of branch {@code k} (0-based): {@code flow_k} changes by {@code row[i]} MW
     * per MW injected at bus index {@code i} (and withdrawn at the reference bus of its island); 0 at reference and
     * isolated buses and for out-of-service branches. One transposed solve on the factorized matrix.
     */
    public double[] ptdfRow(int k) {
        double[] y = new double[busCount];
        double b = susceptance[k];
        if (b == 0 || fromBus[k] == toBus[k]) {
            return y;
        }
        // flow_k = base b (theta_f - theta_t) - ...; theta = M^-1 r with r_i = P_i / base at free buses
        y[fromBus[k]] = b;
        y[toBus[k]] = -b;
        synchronized (lu) {
            lu.solveTransposed(y);
        }
        for (int i = 0; i < busCount; i++) {
            if (!Double.isNaN(pinnedAngle[i])) {
                y[i] = 0;
            }
        }
        return y;
    }

    /** Bus voltage angles (rad) for net injections {@code pBusMw}; pinned buses keep their reference angle. Thread-safe. */
    public double[] solveAngles(double[] pBusMw) {
        if (pBusMw.length != busCount) {
            throw new IllegalArgumentException("expected " + busCount + " bus injections, got " + pBusMw.length);
        }
        double base = grid.baseMva();
        double[] rhs = new double[busCount];
        for (int i = 0; i < busCount; i++) {
            rhs[i] = Double.isNaN(pinnedAngle[i]) ? pBusMw[i] / base : pinnedAngle[i];
        }
        // move the pinned angles' contribution to the right-hand side of their free neighbours
        for (int k = 0; k < fromBus.length; k++) {
            double b = susceptance[k];
            int f = fromBus[k];
            int t = toBus[k];
            if (b == 0 || f == t) {
                continue;
            }
            if (!Double.isNaN(pinnedAngle[t]) && Double.isNaN(pinnedAngle[f])) {
                rhs[f] += b * pinnedAngle[t];
            }
            if (!Double.isNaN(pinnedAngle[f]) && Double.isNaN(pinnedAngle[t])) {
                rhs[t] += b * pinnedAngle[f];
            }
        }
        synchronized (lu) {
            lu.solve(rhs);
        }
        return rhs;
    }

    /** From-end branch flows (MW): {@code base * b * (theta_f - theta_t - shift)}; 0 for out-of-service branches. */
    public double[] branchFlowsMw(double[] thetaRad) {
        double base = grid.baseMva();
        double[] flow = new double[fromBus.length];
        for (int k = 0; k < flow.length; k++) {
            flow[k] = susceptance[k] == 0 ? 0.0
                    : base * susceptance[k] * (thetaRad[fromBus[k]] - thetaRad[toBus[k]] - shiftRad[k]);
        }
        return flow;
    }

    /** Per-unit susceptance of branch {@code k} (0-based), 0 when out of service. */
    public double susceptance(int k) {
        return susceptance[k];
    }

    @Override
    public void close() {
        lu.close();
    }
}
