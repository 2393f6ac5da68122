package org.fairshed.grid.dc;

import com.powsybl.math.matrix.LUDecomposition;
import com.powsybl.math.matrix.Matrix;
import com.powsybl.math.matrix.MatrixException;
import com.powsybl.math.matrix.SparseMatrixFactory;
import java.util.Arrays;
import java.util.List;
import org.fairshed.common.InputException;
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

    /** Largest DC susceptance {@code baseMVA / |x * ratio|} (MW per radian) of a branch the DC model takes. */
    public static final double MAX_SUSCEPTANCE_MW_PER_RAD = 1e11;

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
            susceptance[k] = energized ? susceptancePu(grid, k) : 0.0;
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

    /**
     * The per-unit DC susceptance {@code 1 / (x * ratio)} of branch {@code k} (0-based), checked: the DC model cannot
     * take x = 0 (MATPOWER's AC data may have it, its DC power flow divides by it), nor a reactance so small that the
     * susceptance exceeds {@link #MAX_SUSCEPTANCE_MW_PER_RAD} (a bus coupler; for baseMVA 100, |x * ratio| below
     * 1e-9 p.u.). Negative reactances (series capacitors) are taken as they are.
     *
     * @throws InputException naming the branch by row and buses
     */
    public static double susceptancePu(Grid grid, int k) {
        Branch br = grid.branches().get(k);
        double xr = br.x() * br.ratio();
        if (xr == 0) {
            throw InputException.atField(grid.name(), "branch " + (k + 1), "(bus " + br.from() + " to " + br.to()
                    + ") has x = 0: the DC model needs a series reactance (merge the two buses, or give the branch "
                    + "a small reactance, or take it out of service)");
        }
        if (!(grid.baseMva() / Math.abs(xr) <= MAX_SUSCEPTANCE_MW_PER_RAD)) {
            throw InputException.atField(grid.name(), "branch " + (k + 1), "(bus " + br.from() + " to " + br.to()
                    + ") has x * ratio = " + xr + " p.u.: its DC susceptance of " + grid.baseMva() / Math.abs(xr)
                    + " MW/rad exceeds " + MAX_SUSCEPTANCE_MW_PER_RAD + ", the most the DC model takes");
        }
        return 1.0 / xr;
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
        try {
            return matrix.decomposeLU();
        } catch (MatrixException e) {
            throw singular(e);
        }
    }

    /**
     * The B matrix of an island with one reference bus is singular only when the susceptances of some of its branches
     * cancel out: branches of opposite-sign reactance (a series capacitor as large as the line it compensates) in
     * parallel or in a loop. The network, not the program, is at fault.
     */
    private InputException singular(Exception cause) {
        return new InputException(grid.name(), 0, 0, "", "the DC network matrix is singular: in some island the "
                + "susceptances of branches of opposite-sign reactance (series capacitors) cancel out, so the DC "
                + "power flow has no unique solution", cause);
    }

    private double[] requireFinite(double[] values) {
        for (double v : values) {
            if (!Double.isFinite(v)) {
                throw singular(null);
            }
        }
        return values;
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
        requireFinite(y);
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
        return requireFinite(rhs);
    }

    /** From-end branch flows (MW): {@code base * b * (theta_f - theta_t - shift)}; 0 for out-of-service branches. */
    public double[] branchFlowsMw(double[] thetaRad) {
        double base = grid.baseMva();
        double[] flow = new double[fromBus.length];
        for (int k = 0; k < flow.length; k++) {
            flow[k] = susceptance[k] == 0 ? 0.0
                    : base * susceptance[k] * (thetaRad[fromBus[k]] - thetaRad[toBus[k]] - shiftRad[k]);
        }
        return requireFinite(flow);
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
