package org.fairshed.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.fairshed.common.InputException;
import org.fairshed.common.job.Cancellation;
import org.fairshed.grid.damage.Damage;
import org.fairshed.grid.model.Bus;
import org.fairshed.grid.model.Generator;
import org.fairshed.grid.model.Grid;
import org.fairshed.grid.opf.DcOpf;
import org.fairshed.grid.opf.DcOpfParameters;
import org.fairshed.grid.opf.DcOpfResult;
import org.fairshed.grid.opf.DcOpfSeries;
import org.fairshed.grid.synth.DemoScenario;
import org.fairshed.grid.synth.SyntheticGrid;
import org.fairshed.grid.synth.SyntheticGridFactory;
import org.fairshed.grid.synth.SyntheticGridParameters;
import org.fairshed.grid.topology.Island;
import org.fairshed.grid.topology.Islands;
import org.fairshed.job.Job;
import org.fairshed.job.JobOutputs;
import org.fairshed.job.JobRequest;
import org.fairshed.job.JobResult;
import org.fairshed.job.RotaRequest;
import org.fairshed.plan.PlanInput;
import org.fairshed.plan.PlanResult;
import org.fairshed.plan.Planner;
import org.fairshed.plan.PlannerParameters;
import org.fairshed.plan.SlotPlan;
import org.fairshed.plan.demo.DemoPlanInput;
import org.fairshed.plan.report.PlanSummary;
import org.fairshed.rota.Rota;
import org.fairshed.rota.RotaMethods;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code fairshed demo}: the main job end to end on built-in, synthetic data. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Generates the synthetic national grid, applies the built-in damage scenario, reports islands, the "
                + "deficit per region at the evening peak and the DC OPF status hour by hour, then plans tomorrow's "
                + "shedding and prints each region's shed at the peak, then turns the plan into 30-minute schedules for "
                + "each region's consumer groups and compares the sweep rota with today's rules. Synthetic data only.")
final class DemoCommand implements Runnable {

    @Option(names = "--seed", defaultValue = "" + SyntheticGridParameters.DEFAULT_SEED, description = "Seed of the synthetic grid (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--buses", defaultValue = "" + SyntheticGridParameters.DEFAULT_BUS_COUNT, description = "Size of the synthetic grid in buses (default ${DEFAULT-VALUE}).")
    int buses;

    @Option(names = "--export", paramLabel = "FILE", description = "Also write the synthetic grid (undamaged) as a MATPOWER .m file.")
    java.nio.file.Path export;

    @Option(names = "--out", paramLabel = "PLAN.json", description = "Also write tomorrow's plan as JSON.")
    java.nio.file.Path planOut;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        PrintWriter out = spec.commandLine().getOut();
        Progress progress = new Progress(spec.commandLine().getErr());
        out.println("Fairshed demo on SYNTHETIC data: a fictional country's grid, not a real one.");
        out.println();
        progress.start("[1/6] generating the synthetic national grid");
        SyntheticGrid synthetic = SyntheticGridFactory.create(
                new SyntheticGridParameters(seed, buses, SyntheticGridParameters.DEFAULT_REGION_COUNT));
        Grid base = synthetic.grid();
        progress.done();
        out.printf(Locale.ROOT, "[1/6] %s: %,d buses, %,d branches, %d generators in %d regions%n", base.name(),
                base.buses().size(), base.branches().size(), base.generators().size(), synthetic.regionNames().size());
        out.printf(Locale.ROOT, "      winter evening peak load %,.0f MW; installed capacity %,.0f MW%n", base.totalLoadMw(),
                base.inServiceCapacityMw());
        if (export != null) {
            org.fairshed.grid.io.MatpowerWriter.write(base, export);
            out.printf("      written to %s%n", export);
        }

        progress.start("[2/6] applying the built-in damage");
        Damage damage = DemoScenario.of(synthetic);
        Grid damaged = damage.applyTo(base);
        progress.done();
        out.printf(Locale.ROOT, "[2/6] damage: %d generating units lost (%s), %d branches out; wind at %.0f %%, solar at %.0f %%%n",
                damage.generators().size(), lostByFuel(base, damage), damage.branches().size(),
                DemoScenario.WIND_FACTOR * 100, DemoScenario.SOLAR_FACTOR * 100);
        out.printf(Locale.ROOT, "      available capacity %,.0f MW (was %,.0f MW)%n", damaged.inServiceCapacityMw(),
                base.inServiceCapacityMw());

        Islands islands = Islands.of(damaged);
        out.printf(Locale.ROOT, "[3/6] islands after damage: %d%n", islands.count());
        for (Island island : islands.all()) {
            out.printf(Locale.ROOT, "      island %d: %,d buses, load %,.1f MW, capacity %,.1f MW%s%n", island.index(),
                    island.size(), island.loadMw(), island.capacityMw(),
                    island.isDead() ? "  DEAD: no generation, all its load is unserved" : "");
        }

        int peak = synthetic.eveningPeakHour();
        out.printf(Locale.ROOT, "[4/6] evening peak (%02d:00): balance by region (local capacity minus local load)%n", peak);
        printRegions(out, synthetic, damaged, islands);
        out.println();
        progress.start("DC OPF for each hour of the day");
        new HourlyOpf(base, damaged, synthetic.hourlyLoadFactor(), peak).print(out, progress);
        out.println();
        JobResult job = planAndRotate(progress, synthetic, damage);
        printPlan(out, job, peak);
        out.println();
        DemoRota.print(out, progress, job, "[6/6]");
        out.flush();
    }

    /** Tomorrow planned and rotated in one job (the service's path too): the plan, then the rota of its shed. */
    private JobResult planAndRotate(Progress progress, SyntheticGrid synthetic, Damage damage) {
        PlanInput input = DemoPlanInput.of(synthetic, damage, LocalDate.now().plusDays(1));
        progress.stages(Map.of(Planner.STAGE_PLAN, "[5/6] planning tomorrow's shedding",
                Rota.PROGRESS_STAGE, "[6/6] rotating the plan into group schedules"));
        JobResult job = Job.run(JobRequest.of(input, PlannerEnvironment.apply(PlannerParameters.defaults()),
                RotaRequest.defaults(RotaMethods.sweep())), progress::update, Cancellation.none());
        progress.done();
        progress.stages(Map.of());
        return job;
    }

    private void printPlan(PrintWriter out, JobResult job, int peak) {
        PlanResult plan = job.plan();
        PlanInput input = plan.input();
        PlanSummary summary = job.summary();
        out.printf(Locale.ROOT, "[5/6] tomorrow's plan (%d hourly slots, %.0f %% of every load critical, fair sharing with up to "
                        + "%.0f %% more shed allowed for it): solved in %.1f s%n", input.slotCount(),
                DemoPlanInput.CRITICAL_SHARE * 100, DemoPlanInput.PRICE_OF_FAIRNESS * 100, plan.solveSeconds());
        if (!summary.complete()) {
            out.printf(Locale.ROOT, "      !!! %s%n", job.message());
            return;
        }
        out.printf(Locale.ROOT, "      unserved energy %,.0f MWh of %,.0f MWh (%.1f %%); critical load shed: %,.1f MWh; slots: %s%n",
                summary.unservedMwh(), summary.totalLoadMwh(), 100 * summary.unservedMwh() / summary.totalLoadMwh(),
                summary.criticalUnservedMwh(), statuses(summary));
        if (summary.degradedSlots() > 0) {
            // a CRITICAL_SHED slot can be degraded too: its status alone does not say so
            List<String> hours = plan.slots().stream().filter(SlotPlan::degraded)
                    .map(slot -> input.start().plusMinutes((long) slot.slot() * input.slotMinutes()).toLocalTime().toString())
                    .toList();
            out.printf(Locale.ROOT, "      !!! fair sharing or cheapest generation stopped early in %d slot(s), at %s: they "
                    + "keep the least total shed and the fairness reached so far (--out PLAN.json writes each slot's "
                    + "message: which stage, and why)%n", summary.degradedSlots(), String.join(", ", hours));
        }
        out.printf(Locale.ROOT, "      network losses: the generators supply %.1f %% of the served load on top of it (the AC "
                + "power flow of this grid's plans loses 5-6 %%; a lossless plan would leave the grid short by that)%n",
                100 * input.lossShare());
        SlotPlan p = plan.slots().get(peak);
        out.printf(Locale.ROOT, "      evening peak (%02d:00): %,.0f MW shed of %,.0f MW, %d branch(es) at their limit%n", peak,
                p.shedMw(), p.loadMw(), p.binding().size());
        out.printf(Locale.ROOT, "      %-4s %-16s %10s %10s %8s%n", "no.", "region", "load MW", "shed MW", "share");
        for (int r = 0; r < input.regions().count(); r++) {
            out.printf(Locale.ROOT, "      %-4d %-16s %,10.0f %,10.1f %7.1f %%%n", r + 1, input.regions().names().get(r),
                    p.regions().loadMw()[r], p.regions().shedMw()[r], 100 * p.share(r));
        }
        out.println("      price of fairness: " + priceOfFairness(summary.fairnessCostMwh(),
                summary.minShedNonCriticalShedMwh()));
        out.printf(Locale.ROOT, "      share = shed / the region's non-critical load. Over the day: largest share %.1f %% "
                        + "(min-shed plan: %.1f %%), Jain index %.3f (min-shed: %.3f)%n",
                100 * summary.planFairness().maxShare(), 100 * summary.minShedFairness().maxShare(),
                summary.planFairness().jain(), summary.minShedFairness().jain());
        if (planOut != null) {
            try {
                new JobOutputs(planOut, null, null).write(job, List.of(), Instant.now());
            } catch (IOException e) {
                throw InputException.atField("command line", "--out", "cannot be written: " + OutputPaths.reason(e));
            }
            out.printf("      plan written to %s%n", planOut);
        }
    }

    /** The statuses that occur, with their counts ({OPTIMAL=24}). */
    private static String statuses(PlanSummary summary) {
        Map<String, Integer> counts = new TreeMap<>();
        summary.statusCounts().forEach((status, n) -> {
            if (n > 0) {
                counts.put(status.name(), n);
            }
        });
        return counts.toString();
    }

    private static String lostByFuel(Grid base, Damage damage) {
        SortedMap<String, double[]> byFuel = new TreeMap<>();
        for (int row : damage.generators()) {
            Generator g = base.generator(row);
            double[] v = byFuel.computeIfAbsent(g.fuel() == null ? "other" : g.fuel(), f -> new double[2]);
            v[0] += g.pmaxMw();
            v[1]++;
        }
        List<String> parts = new ArrayList<>();
        byFuel.forEach((fuel, v) -> parts.add(String.format(Locale.ROOT, "%s %,.0f MW in %d", fuel, v[0], (int) v[1])));
        return String.join(", ", parts);
    }

    private static void printRegions(PrintWriter out, SyntheticGrid synthetic, Grid damaged, Islands islands) {
        SortedMap<Integer, double[]> byRegion = new TreeMap<>();
        for (int i = 0; i < damaged.buses().size(); i++) {
            Bus b = damaged.buses().get(i);
            byRegion.computeIfAbsent(b.area(), a -> new double[2])[0] += Math.max(0, b.pdMw());
        }
        for (Generator g : damaged.generators()) {
            int island = islands.islandOfBusIndex(damaged.busIndex(g.bus()));
            if (g.inService() && island != Islands.NO_ISLAND) {
                byRegion.computeIfAbsent(damaged.bus(g.bus()).area(), a -> new double[2])[1] += g.pmaxMw();
            }
        }
        out.printf(Locale.ROOT, "      %-4s %-16s %10s %12s %12s%n", "no.", "region", "load MW", "capacity MW", "balance MW");
        double load = 0;
        double cap = 0;
        for (var e : byRegion.entrySet()) {
            double[] v = e.getValue();
            load += v[0];
            cap += v[1];
            out.printf(Locale.ROOT, "      %-4d %-16s %,10.0f %,12.0f %,12.0f%s%n", e.getKey(), synthetic.regionName(e.getKey()),
                    v[0], v[1], v[1] - v[0], v[1] < v[0] ? "  imports" : "");
        }
        out.printf(Locale.ROOT, "      %-21s %,10.0f %,12.0f %,12.0f%n", "NATIONAL", load, cap, cap - load);
        if (load > cap) {
            double dead = islands.deadLoadMw();
            out.printf(Locale.ROOT, "      national deficit at the peak: %,.0f MW (%.1f %% of the load): %,.0f MW cut off in dead "
                    + "islands, %,.0f MW more than the remaining generation can supply%n", load - cap, 100 * (load - cap) / load,
                    dead, load - cap - dead);
        }
    }

    /** DC OPF of the damaged grid at every hour's load; hours short of capacity are reported without solving. */
    private record HourlyOpf(Grid base, Grid damaged, double[] factors, int peak) {

        void print(PrintWriter out, Progress progress) {
            List<String> cells = new ArrayList<>();
            List<Integer> deficitHours = new ArrayList<>();
            double worst = 0;
            int worstHour = -1;
            DcOpfResult peakResult = null;
            List<String> reasons = new ArrayList<>();
            long t0 = System.nanoTime();
            double slowest = 0;
            // one model for the whole day: each hour changes only the loads (rows found in one hour serve the next)
            try (DcOpfSeries series = DcOpfSeries.of(damaged, DcOpfParameters.DEFAULT)) {
                for (int h = 0; h < factors.length; h++) {
                    Grid g = scaled(damaged, factors[h]);
                    double shortfall = g.totalLoadMw() - Islands.of(g).deadLoadMw() - g.inServiceCapacityMw();
                    if (shortfall > 0) {
                        cells.add("DEF");
                        deficitHours.add(h);
                        if (shortfall > worst) {
                            worst = shortfall;
                            worstHour = h;
                        }
                    } else {
                        long th = System.nanoTime();
                        DcOpfResult r = series.solveScaled(factors[h]);
                        slowest = Math.max(slowest, (System.nanoTime() - th) / 1e9);
                        String cell = switch (r.status()) {
                            case OPTIMAL -> "ok";
                            case INFEASIBLE -> "NET";
                            default -> "ERR";
                        };
                        cells.add(cell);
                        if (!r.status().isSuccess()) {
                            reasons.add(String.format(Locale.ROOT, "      %s at %02d:00: %s", cell, h, r.message()));
                        }
                        if (h == peak) {
                            peakResult = r;
                        }
                    }
                    progress.tick(h + 1, factors.length);
                }
            }
            progress.done();
            StringBuilder hours = new StringBuilder("      hour ");
            StringBuilder row = new StringBuilder("      OPF  ");
            for (int h = 0; h < cells.size(); h++) {
                hours.append(String.format(Locale.ROOT, "%4d", h));
                row.append(String.format(Locale.ROOT, "%4s", cells.get(h)));
            }
            out.println("DC OPF of the damaged grid, hour by hour (ok = all load served within limits, "
                    + "DEF = not enough generation, NET = enough generation but the network cannot deliver it, ERR = solver failure):");
            out.println(hours);
            out.println(row);
            out.printf(Locale.ROOT, "      the 24 hours in %.1f s, the slowest solved hour in %.2f s%n", (System.nanoTime() - t0) / 1e9, slowest);
            reasons.forEach(out::println);
            if (!deficitHours.isEmpty()) {
                out.printf(Locale.ROOT, "      %d of 24 hours are short of generation, worst %,.0f MW at %02d:00: load must be shed%n",
                        deficitHours.size(), worst, worstHour);
                out.println("      (where, fairly and within network limits: tomorrow's plan, below)");
            }
            DcOpfResult undamaged = DcOpf.run(scaled(base, factors[peak]));
            out.printf(Locale.ROOT, "      undamaged grid at the peak: DC OPF %s, cost %,.0f $/h%n", undamaged.status(), undamaged.objective());
            if (peakResult != null) {
                out.printf(Locale.ROOT, "      damaged grid at the peak: DC OPF %s %s%n", peakResult.status(), peakResult.message());
            }
        }

        private static Grid scaled(Grid grid, double factor) {
            List<Bus> buses = grid.buses().stream().map(b -> b.withLoad(b.pdMw() * factor, b.qdMvar() * factor)).toList();
            return grid.with(buses, grid.generators(), grid.branches());
        }
    }

    /**
     * The fair plan's extra shed against the least-shed plan, in words. Under half a MWh either way is round-off of the
     * stage tolerances: printed as it is, it read "-0 MWh more shed ... (+-0.0 %)".
     */
    static String priceOfFairness(double costMwh, double minShedMwh) {
        if (Math.abs(costMwh) < 0.5) {
            return "no more shed over the day than the least-shed plan";
        }
        return String.format(Locale.ROOT, "%,.0f MWh %s shed over the day than the least-shed plan (%+.1f %%)",
                Math.abs(costMwh), costMwh > 0 ? "more" : "less", minShedMwh > 0 ? 100 * costMwh / minShedMwh : 0);
    }
}
