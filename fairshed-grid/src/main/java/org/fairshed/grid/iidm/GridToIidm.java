package org.fairshed.grid.iidm;

import com.powsybl.commons.datasource.ReadOnlyMemDataSource;
import com.powsybl.iidm.network.Bus;
import com.powsybl.iidm.network.Generator;
import com.powsybl.iidm.network.Network;
import com.powsybl.iidm.network.VoltageLevel;
import com.powsybl.iidm.network.impl.NetworkFactoryImpl;
import com.powsybl.matpower.converter.MatpowerImporter;
import com.powsybl.matpower.model.MBranch;
import com.powsybl.matpower.model.MBus;
import com.powsybl.matpower.model.MGen;
import com.powsybl.matpower.model.MatpowerFormatVersion;
import com.powsybl.matpower.model.MatpowerModel;
import com.powsybl.matpower.model.MatpowerWriter;
import org.fairshed.grid.model.Branch;
import org.fairshed.grid.model.BusType;
import org.fairshed.grid.model.Grid;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * Converts a {@link Grid} to a PowSyBl IIDM {@link Network} through PowSyBl's own MATPOWER converter: the grid is
 * copied into a {@link MatpowerModel}, written to an in-memory {@code .mat} file with {@link MatpowerWriter} and
 * imported with {@link MatpowerImporter}, so the IIDM modelling (per-unit to SI, transformer ratio and phase-shift
 * conventions, pi-model of lines) is PowSyBl's and follows MATPOWER's conventions.
 *
 * <h2>What the importer does (powsybl-matpower-converter 7.2.0, checked against its source)</h2>
 * <ul>
 *   <li>Ids: bus {@code BUS-n}, load {@code LOAD-n}, shunt {@code SHUNT-n}, generator {@code GEN-n} (n = bus number),
 *       line {@code LINE-f-t}, transformer {@code TWT-f-t}, voltage level {@code VL-m} and substation {@code SUB-m}
 *       (m = smallest bus number of the group). Duplicates (several generators at a bus, parallel branches) get
 *       PowSyBl's unicity suffix {@code #0}, {@code #1}, ... in row order; {@link IidmNetwork} maps rows to ids.</li>
 *   <li>A branch is a transformer when it has a phase shift, or a non-zero ratio other than 1, or ratio 1 between
 *       buses of different base kV; otherwise a line. Transformers with their ends in one substation. A line
 *       (ratio 0) between buses of different base kV gets end admittance corrections (G1/B1/G2/B2).</li>
 *   <li>The phase shift becomes a one-step phase tap changer with alpha = -SHIFT (checked by a DC flow test).</li>
 *   <li>Status 0 generators and branches are <em>created disconnected</em> (connectable bus set, bus null), not
 *       dropped, so every row has an IIDM object.</li>
 *   <li>Negative loads become loads with negative P0/Q0; a load is created only when Pd or Qd is non-zero.</li>
 *   <li>A shunt is created only when Bs is non-zero (Gs alone is dropped by the importer; this class adds a
 *       {@code SHUNT-n} for Gs-only buses itself).</li>
 *   <li>Bus type 4 (isolated) is not treated specially: its bus, load and shunt are created connected. This class
 *       disconnects them and marks generators at, and branches touching, isolated buses out of service, as
 *       MATPOWER does.</li>
 *   <li>Every generator with Vg != 0 regulates voltage. MATPOWER gives generators at PQ buses a fixed Qg, so this
 *       class turns their voltage regulation off (target Q = Qg).</li>
 *   <li>RATE_A becomes permanent apparent-power limits (MVA) on both sides; RATE_B and RATE_C become temporary
 *       limits named {@code RateB} (20 min) and {@code RateC} (1 min). RATE_A = 0 gives no limit.</li>
 *   <li>REF buses get a {@code SlackTerminal} extension.</li>
 * </ul>
 * Dropped by the conversion (our {@link Grid} keeps them): generator costs, ramp rates, branch angle limits
 * (ANGMIN/ANGMAX), bus area and zone, bus PV/PQ type (derived from the generators in IIDM), Qc/Pc capability
 * columns (not filled), per-bus Vmax/Vmin (only the tightest per voltage level survive).
 * <p>
 * Base kV is kept as nominal voltage (the importer's {@code ignore-base-voltage} option is turned off); a bus with
 * base kV 0 gets a nominal voltage of 1 kV. Infinite reactive limits are replaced by {@link #UNLIMITED_Q_MVAR}.
 * Thread-safe: every call builds its own model and network.
 */
public final class GridToIidm {

    /** Replaces infinite generator Q limits, which IIDM reactive limits do not accept well. */
    public static final double UNLIMITED_Q_MVAR = 1e6;

    private static final String BUS_PREFIX = "BUS-";

    private GridToIidm() {
    }

    /** Converts {@code grid}; the network id is the grid name reduced to letters, digits, '_' and '-'. */
    public static IidmNetwork convert(Grid grid) {
        MatpowerModel model = toMatpowerModel(grid);
        String baseName = grid.name().replaceAll("[^A-Za-z0-9_-]", "_");
        if (baseName.isEmpty()) {
            baseName = "grid";
        }
        ReadOnlyMemDataSource dataSource = new ReadOnlyMemDataSource(baseName);
        dataSource.putData(baseName + ".mat", write(model, grid));
        Properties properties = new Properties();
        properties.setProperty("matpower.import.ignore-base-voltage", "false");
        Network network = new MatpowerImporter().importData(dataSource, new NetworkFactoryImpl(), properties);
        fixUp(grid, network);
        return map(grid, network);
    }

    static MatpowerModel toMatpowerModel(Grid grid) {
        MatpowerModel model = new MatpowerModel(grid.name());
        model.setVersion(MatpowerFormatVersion.V2);
        model.setBaseMva(grid.baseMva());
        for (org.fairshed.grid.model.Bus b : grid.buses()) {
            MBus m = new MBus();
            m.setNumber(b.number());
            m.setName(b.name() != null ? b.name() : String.valueOf(b.number()));
            m.setType(MBus.Type.fromInt(b.type().code()));
            m.setRealPowerDemand(b.pdMw());
            m.setReactivePowerDemand(b.qdMvar());
            m.setShuntConductance(b.gsMw());
            m.setShuntSusceptance(b.bsMvar());
            m.setAreaNumber(b.area());
            m.setVoltageMagnitude(b.vmPu());
            m.setVoltageAngle(b.vaDeg());
            m.setBaseVoltage(b.baseKv());
            m.setLossZone(b.zone());
            m.setMaximumVoltageMagnitude(b.vmaxPu());
            m.setMinimumVoltageMagnitude(b.vminPu());
            model.addBus(m);
        }
        for (org.fairshed.grid.model.Generator g : grid.generators()) {
            MGen m = new MGen();
            m.setNumber(g.bus());
            m.setRealPowerOutput(g.pgMw());
            m.setReactivePowerOutput(g.qgMvar());
            m.setMaximumReactivePowerOutput(finiteQ(g.qmaxMvar()));
            m.setMinimumReactivePowerOutput(finiteQ(g.qminMvar()));
            m.setVoltageMagnitudeSetpoint(g.vgPu());
            m.setTotalMbase(g.mbaseMva());
            m.setStatus(g.inService() && !grid.bus(g.bus()).isIsolated() ? 1 : 0);
            m.setMaximumRealPowerOutput(g.pmaxMw());
            m.setMinimumRealPowerOutput(g.pminMw());
            model.addGenerator(m);
        }
        for (Branch br : grid.branches()) {
            MBranch m = new MBranch();
            m.setFrom(br.from());
            m.setTo(br.to());
            m.setR(br.r());
            m.setX(br.x());
            m.setB(br.b());
            m.setRateA(br.rateA());
            m.setRateB(br.rateB());
            m.setRateC(br.rateC());
            m.setRatio(br.tap());
            m.setPhaseShiftAngle(br.shiftDeg());
            boolean touchesIsolated = grid.bus(br.from()).isIsolated() || grid.bus(br.to()).isIsolated();
            m.setStatus(br.inService() && !touchesIsolated ? 1 : 0);
            m.setAngMin(br.angMinDeg());
            m.setAngMax(br.angMaxDeg());
            model.addBranch(m);
        }
        return model;
    }

    private static double finiteQ(double q) {
        return Math.max(-UNLIMITED_Q_MVAR, Math.min(UNLIMITED_Q_MVAR, q));
    }

    private static byte[] write(MatpowerModel model, Grid grid) {
        boolean withNames = grid.buses().stream().anyMatch(b -> b.name() != null);
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            MatpowerWriter.write(model, out, withNames);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("writing grid " + grid.name() + " as an in-memory .mat failed", e);
        }
    }

    /** Corrects what the importer leaves out or models unlike MATPOWER (see the class comment). */
    private static void fixUp(Grid grid, Network network) {
        for (org.fairshed.grid.model.Bus b : grid.buses()) {
            Bus bus = network.getBusBreakerView().getBus(BUS_PREFIX + b.number());
            VoltageLevel vl = bus.getVoltageLevel();
            if (b.gsMw() != 0 && b.bsMvar() == 0) {
                double vNom = vl.getNominalV();
                vl.newShuntCompensator()
                        .setId("SHUNT-" + b.number())
                        .setConnectableBus(bus.getId())
                        .setBus(bus.getId())
                        .setVoltageRegulatorOn(false)
                        .setSectionCount(1)
                        .newLinearModel()
                        .setGPerSection(b.gsMw() / (vNom * vNom))
                        .setBPerSection(0)
                        .setMaximumSectionCount(1)
                        .add()
                        .add();
            }
            if (b.isIsolated()) {
                bus.getLoadStream().forEach(l -> l.getTerminal().disconnect());
                bus.getShuntCompensatorStream().forEach(s -> s.getTerminal().disconnect());
            }
        }
        for (Generator g : network.getGenerators()) {
            Bus bus = g.getTerminal().getBusBreakerView().getConnectableBus();
            int number = Integer.parseInt(bus.getId().substring(BUS_PREFIX.length()));
            if (grid.bus(number).type() == BusType.PQ && g.isVoltageRegulatorOn()) {
                g.setVoltageRegulatorOn(false);
            }
        }
    }

    private static IidmNetwork map(Grid grid, Network network) {
        Map<String, Integer> seen = new HashMap<>();
        List<String> genIds = new ArrayList<>(grid.generators().size());
        for (org.fairshed.grid.model.Generator g : grid.generators()) {
            genIds.add(expectId(network, uniqueId("GEN-" + g.bus(), seen), "generator", genIds.size() + 1));
        }
        List<String> branchIds = new ArrayList<>(grid.branches().size());
        for (Branch br : grid.branches()) {
            boolean line = importedAsLine(grid, br);
            String id = expectId(network, uniqueId((line ? "LINE-" : "TWT-") + br.from() + "-" + br.to(), seen),
                    "branch", branchIds.size() + 1);
            if (line != (network.getLine(id) != null)) {
                throw new IllegalStateException("MATPOWER importer made " + id + " of another kind than expected");
            }
            branchIds.add(id);
        }
        Map<Integer, String> busIds = new HashMap<>();
        Map<Integer, String> vlIds = new HashMap<>();
        for (org.fairshed.grid.model.Bus b : grid.buses()) {
            Bus bus = network.getBusBreakerView().getBus(BUS_PREFIX + b.number());
            busIds.put(b.number(), bus.getId());
            vlIds.put(b.number(), bus.getVoltageLevel().getId());
        }
        return new IidmNetwork(network, genIds, branchIds, busIds, vlIds);
    }

    /** The importer's rule: a line unless phase-shifted, off-nominal, or ratio 1 between different base kV. */
    private static boolean importedAsLine(Grid grid, Branch br) {
        if (br.shiftDeg() != 0) {
            return false;
        }
        return br.tap() == 0 || br.tap() == 1 && grid.bus(br.from()).baseKv() == grid.bus(br.to()).baseKv();
    }

    /** PowSyBl's unicity rule (setEnsureIdUnicity): base, then base#0, base#1, ... in creation order. */
    private static String uniqueId(String base, Map<String, Integer> seen) {
        int n = seen.merge(base, 1, Integer::sum) - 1;
        return n == 0 ? base : base + "#" + (n - 1);
    }

    private static String expectId(Network network, String id, String what, int row) {
        if (network.getIdentifiable(id) == null) {
            throw new IllegalStateException("MATPOWER importer did not create " + id + " for " + what + " row " + row
                    + ": its id scheme has changed");
        }
        return id;
    }
}
