package org.fairshed.grid.iidm;

import com.powsybl.iidm.network.ApparentPowerLimits;
import com.powsybl.iidm.network.Bus;
import com.powsybl.iidm.network.CurrentLimits;
import com.powsybl.iidm.network.Line;
import com.powsybl.iidm.network.LoadingLimits;
import com.powsybl.iidm.network.Network;
import com.powsybl.iidm.network.PhaseTapChanger;
import com.powsybl.iidm.network.RatioTapChanger;
import com.powsybl.iidm.network.Terminal;
import com.powsybl.iidm.network.TwoWindingsTransformer;
import com.powsybl.iidm.network.VoltageLevel;
import com.powsybl.iidm.network.extensions.SlackTerminal;
import org.fairshed.common.InputException;
import org.fairshed.common.Limits;
import org.fairshed.grid.model.Branch;
import org.fairshed.grid.model.BusType;
import org.fairshed.grid.model.GenCost;
import org.fairshed.grid.model.Generator;
import org.fairshed.grid.model.Grid;
import org.fairshed.grid.model.GridValidator;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Converts a PowSyBl IIDM {@link Network} (from any importer: XIIDM, IEEE CDF, PSS/E, MATPOWER) to a {@link Grid}
 * on a base of {@link #BASE_MVA} MVA.
 * <ul>
 *   <li>Buses are the bus-view buses, numbered 1..n in IIDM iteration order; base kV is the nominal voltage.</li>
 *   <li>Connected loads are summed per bus (P0, Q0); connected shunts become Gs/Bs at nominal voltage.</li>
 *   <li>Generators keep targetP/targetQ, min/max P, Q limits at targetP, Vg = targetV / nominal V; a generator
 *       whose terminal is disconnected stays, out of service, at its connectable bus.</li>
 *   <li>Lines, then two-winding transformers (each in IIDM order) become branches in p.u.: a transformer's tap is
 *       the inverse of its per-unit ratio (rated voltages and current ratio/phase tap steps), its shift is minus
 *       the IIDM alpha (MATPOWER's sign). Series impedance corrections of the current tap steps are applied.</li>
 *   <li>RATE_A is the permanent apparent-power limit (MVA) of side 1, else side 2, else the permanent current
 *       limit times sqrt(3) * nominal kV; 0 when there is none. RATE_B/RATE_C are read from temporary
 *       apparent-power limits named {@code RateB}/{@code RateC} (as the MATPOWER importer writes them).</li>
 *   <li>The reference bus is the bus of a {@code SlackTerminal} extension; in a connected component without one,
 *       the bus of its voltage-regulating generator with the largest Pmax. Buses with a connected
 *       voltage-regulating generator are PV, others PQ.</li>
 * </ul>
 * Ignored (not representable in MATPOWER's branch model or out of scope): three-winding transformers, tie lines,
 * dangling lines, HVDC lines, static var compensators, batteries, branch conductance (G1, G2, transformer G),
 * remote voltage regulation (treated as local), elements with no connectable bus in the bus view. Costs are
 * {@link GenCost#ZERO}, area and zone are 1.
 */
public final class IidmToGrid {

    /** The MVA base of the produced grids. */
    public static final double BASE_MVA = 100;
    /** Vmax used when a voltage level has no high voltage limit. */
    public static final double DEFAULT_VMAX_PU = 1.1;
    /** Vmin used when a voltage level has no low voltage limit. */
    public static final double DEFAULT_VMIN_PU = 0.9;

    private static final double SQRT3 = Math.sqrt(3);

    private IidmToGrid() {
    }

    /** Converts {@code network}; the grid is named after the network id, which also names it in errors. */
    public static Grid convert(Network network) {
        return convert(network, network.getId());
    }

    /**
     * Converts {@code network}; the grid is named after the network id. Every value is checked with
     * {@link GridValidator} (NaN or out-of-range values in the IIDM data are refused naming the element's IIDM id);
     * IIDM's "no limit" for reactive power ({@code ±Double.MAX_VALUE}) becomes ±Inf, as in MATPOWER.
     *
     * @param source the file the network was read from, for messages
     * @throws InputException naming the source and the IIDM element
     */
    public static Grid convert(Network network, String source) {
        Map<String, Integer> numbers = new LinkedHashMap<>();
        List<Bus> iidmBuses = new ArrayList<>();
        for (Bus b : network.getBusView().getBuses()) {
            if (iidmBuses.size() == Limits.MAX_BUSES) {
                throw InputException.of(source, "has more than " + Limits.MAX_BUSES + " buses, the most Fairshed reads");
            }
            iidmBuses.add(b);
            numbers.put(b.getId(), iidmBuses.size());
        }
        int n = iidmBuses.size();
        double[] pd = new double[n];
        double[] qd = new double[n];
        double[] gs = new double[n];
        double[] bs = new double[n];
        network.getLoadStream().filter(l -> l.getTerminal().isConnected()).forEach(l -> {
            int i = index(l.getTerminal(), numbers);
            if (i >= 0) {
                pd[i] += l.getP0();
                qd[i] += l.getQ0();
            }
        });
        network.getShuntCompensatorStream().filter(s -> s.getTerminal().isConnected()).forEach(s -> {
            int i = index(s.getTerminal(), numbers);
            if (i >= 0) {
                double v2 = sq(s.getTerminal().getVoltageLevel().getNominalV());
                gs[i] += s.getG() * v2;
                bs[i] += s.getB() * v2;
            }
        });
        List<Generator> generators = new ArrayList<>();
        List<com.powsybl.iidm.network.Generator> iidmGens = new ArrayList<>();
        for (com.powsybl.iidm.network.Generator g : network.getGenerators()) {
            int i = index(g.getTerminal(), numbers);
            if (i >= 0) {
                generators.add(generator(g, i + 1));
                iidmGens.add(g);
            }
        }
        BusType[] types = busTypes(network, iidmBuses, numbers, generators, iidmGens);
        List<org.fairshed.grid.model.Bus> buses = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Bus b = iidmBuses.get(i);
            VoltageLevel vl = b.getVoltageLevel();
            double vNom = vl.getNominalV();
            buses.add(new org.fairshed.grid.model.Bus(i + 1, types[i], pd[i], qd[i], gs[i], bs[i], 1,
                    orDefault(b.getV() / vNom, 1.0), orDefault(b.getAngle(), 0.0), vNom, 1,
                    orDefault(vl.getHighVoltageLimit() / vNom, DEFAULT_VMAX_PU),
                    orDefault(vl.getLowVoltageLimit() / vNom, DEFAULT_VMIN_PU), b.getId(), Double.NaN, Double.NaN));
        }
        List<Branch> branches = new ArrayList<>();
        List<String> branchIds = new ArrayList<>();
        for (Line line : network.getLines()) {
            int f = index(line.getTerminal1(), numbers);
            int t = index(line.getTerminal2(), numbers);
            if (f >= 0 && t >= 0) {
                branches.add(line(line, f + 1, t + 1));
                branchIds.add(line.getId());
            }
        }
        for (TwoWindingsTransformer twt : network.getTwoWindingsTransformers()) {
            int f = index(twt.getTerminal1(), numbers);
            int t = index(twt.getTerminal2(), numbers);
            if (f >= 0 && t >= 0) {
                branches.add(transformer(twt, f + 1, t + 1));
                branchIds.add(twt.getId());
            }
        }
        IidmGridCheck.check(source, buses, generators, iidmGens, branches, branchIds);
        return new Grid(network.getId(), BASE_MVA, buses, generators, branches);
    }

    /** IIDM's reactive limit "none" is ±Double.MAX_VALUE; anything beyond the largest power accepted is none. */
    private static double reactiveLimit(double q) {
        return Math.abs(q) > GridValidator.MAX_POWER_MW ? Math.copySign(Double.POSITIVE_INFINITY, q) : q;
    }

    private static Generator generator(com.powsybl.iidm.network.Generator g, int bus) {
        double targetP = g.getTargetP();
        Terminal regulated = g.getRegulatingTerminal() != null ? g.getRegulatingTerminal() : g.getTerminal();
        double vg = orDefault(g.getTargetV() / regulated.getVoltageLevel().getNominalV(), 1.0);
        return new Generator(bus, targetP, orDefault(g.getTargetQ(), 0.0),
                reactiveLimit(g.getReactiveLimits().getMaxQ(targetP)), reactiveLimit(g.getReactiveLimits().getMinQ(targetP)), vg,
                orDefault(g.getRatedS(), BASE_MVA), g.getTerminal().isConnected(), g.getMaxP(), g.getMinP(),
                0, 0, 0, GenCost.ZERO, null, null);
    }

    private static BusType[] busTypes(Network network, List<Bus> buses, Map<String, Integer> numbers,
                                      List<Generator> generators, List<com.powsybl.iidm.network.Generator> iidmGens) {
        BusType[] types = new BusType[buses.size()];
        Arrays.fill(types, BusType.PQ);
        for (int k = 0; k < generators.size(); k++) {
            if (generators.get(k).inService() && iidmGens.get(k).isVoltageRegulatorOn()) {
                types[generators.get(k).bus() - 1] = BusType.PV;
            }
        }
        Map<Integer, Integer> refOfComponent = new HashMap<>();
        for (VoltageLevel vl : network.getVoltageLevels()) {
            SlackTerminal slack = vl.getExtension(SlackTerminal.class);
            if (slack != null && slack.getTerminal() != null) {
                int i = index(slack.getTerminal(), numbers);
                if (i >= 0 && slack.getTerminal().isConnected()) {
                    types[i] = BusType.REF;
                    refOfComponent.put(buses.get(i).getConnectedComponent().getNum(), i);
                }
            }
        }
        Map<Integer, Integer> biggest = new HashMap<>();
        for (int k = 0; k < generators.size(); k++) {
            int i = generators.get(k).bus() - 1;
            if (types[i] != BusType.PV) {
                continue;
            }
            int component = buses.get(i).getConnectedComponent().getNum();
            Integer best = biggest.get(component);
            if (!refOfComponent.containsKey(component)
                    && (best == null || generators.get(k).pmaxMw() > generators.get(best).pmaxMw())) {
                biggest.put(component, k);
            }
        }
        biggest.values().forEach(k -> types[generators.get(k).bus() - 1] = BusType.REF);
        return types;
    }

    private static Branch line(Line line, int from, int to) {
        double v1 = line.getTerminal1().getVoltageLevel().getNominalV();
        double v2 = line.getTerminal2().getVoltageLevel().getNominalV();
        double zb = v1 * v2 / BASE_MVA;
        double b = (line.getB1() * v1 * v1 + line.getB2() * v2 * v2) / BASE_MVA;
        double[] rates = rates(line, v1, v2);
        boolean inService = line.getTerminal1().isConnected() && line.getTerminal2().isConnected();
        return new Branch(from, to, line.getR() / zb, line.getX() / zb, b, rates[0], rates[1], rates[2],
                0, 0, inService, -360, 360);
    }

    private static Branch transformer(TwoWindingsTransformer twt, int from, int to) {
        double v1 = twt.getTerminal1().getVoltageLevel().getNominalV();
        double v2 = twt.getTerminal2().getVoltageLevel().getNominalV();
        double rho = twt.getRatedU2() / twt.getRatedU1();
        double alpha = 0;
        double r = twt.getR();
        double x = twt.getX();
        double b = twt.getB();
        RatioTapChanger rtc = twt.getRatioTapChanger();
        if (rtc != null) {
            rho *= rtc.getCurrentStep().getRho();
            r *= 1 + rtc.getCurrentStep().getR() / 100;
            x *= 1 + rtc.getCurrentStep().getX() / 100;
            b *= 1 + rtc.getCurrentStep().getB() / 100;
        }
        PhaseTapChanger ptc = twt.getPhaseTapChanger();
        if (ptc != null) {
            rho *= ptc.getCurrentStep().getRho();
            alpha = ptc.getCurrentStep().getAlpha();
            r *= 1 + ptc.getCurrentStep().getR() / 100;
            x *= 1 + ptc.getCurrentStep().getX() / 100;
            b *= 1 + ptc.getCurrentStep().getB() / 100;
        }
        double zb = v2 * v2 / BASE_MVA;
        double tap = 1 / (rho * v1 / v2);
        double[] rates = rates(twt, v1, v2);
        boolean inService = twt.getTerminal1().isConnected() && twt.getTerminal2().isConnected();
        return new Branch(from, to, r / zb, x / zb, b * zb, rates[0], rates[1], rates[2], tap,
                alpha == 0 ? 0 : -alpha, inService, -360, 360);
    }

    /** RATE_A, RATE_B, RATE_C in MVA (0 = none). */
    private static double[] rates(com.powsybl.iidm.network.Branch<?> branch, double v1, double v2) {
        Optional<ApparentPowerLimits> apparent = branch.getApparentPowerLimits1().or(branch::getApparentPowerLimits2);
        if (apparent.isPresent()) {
            return new double[] {permanent(apparent.get()), temporary(apparent.get(), "RateB"),
                temporary(apparent.get(), "RateC")};
        }
        Optional<CurrentLimits> current1 = branch.getCurrentLimits1();
        if (current1.isPresent()) {
            return new double[] {permanent(current1.get()) * SQRT3 * v1 / 1000, 0, 0};
        }
        Optional<CurrentLimits> current2 = branch.getCurrentLimits2();
        return new double[] {current2.map(l -> permanent(l) * SQRT3 * v2 / 1000).orElse(0.0), 0, 0};
    }

    private static double permanent(LoadingLimits limits) {
        double value = limits.getPermanentLimit();
        return Double.isFinite(value) ? value : 0;
    }

    private static double temporary(LoadingLimits limits, String name) {
        return limits.getTemporaryLimits().stream().filter(l -> name.equals(l.getName()))
                .mapToDouble(LoadingLimits.TemporaryLimit::getValue).filter(Double::isFinite).findFirst().orElse(0);
    }

    /** 0-based index of the bus the terminal is, or would be, connected to; -1 when it has none. */
    private static int index(Terminal terminal, Map<String, Integer> numbers) {
        Bus bus = terminal.getBusView().getBus();
        if (bus == null) {
            bus = terminal.getBusView().getConnectableBus();
        }
        Integer number = bus == null ? null : numbers.get(bus.getId());
        return number == null ? -1 : number - 1;
    }

    private static double orDefault(double value, double fallback) {
        return Double.isFinite(value) ? value : fallback;
    }

    private static double sq(double v) {
        return v * v;
    }
}
