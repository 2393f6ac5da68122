package org.fairshed.plan.model;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.fairshed.plan.FairnessMode;
import org.fairshed.plan.PlanInput;
import org.fairshed.plan.PlanProgress;
import org.fairshed.plan.PlanResult;
import org.fairshed.plan.PlannerParameters;
import org.fairshed.plan.SlotPlan;
import org.fairshed.grid.topology.Islands;

/**
 * Runs the shedding model over a horizon. Slots linked by ramp limits are one model; otherwise every slot is its
 * own model: in parallel when fairness is per slot, one after another when it is cumulative (each slot sees the
 * energy already shed in the slots before it).
 */
public final class SheddingPlanner {

    private SheddingPlanner() {
    }

    public static PlanResult plan(PlanInput input, PlannerParameters parameters, PlanProgress progress) {
        long t0 = System.nanoTime();
        int n = input.slotCount();
        List<SlotPlan> plans;
        try (NetworkSensitivities net = new NetworkSensitivities(input.grid(), Islands.of(input.grid()), reach(input))) {
            double[] history = input.fairness().historyShedMwh();
            double[] historyLoad = input.fairness().historyLoadMwh();
            if (input.rampLinked()) {
                int[] all = java.util.stream.IntStream.range(0, n).toArray();
                SolvedSlots solved = SheddingSolver.solve(input, net, parameters, all, history, historyLoad);
                plans = new ArrayList<>();
                for (int s = 0; s < n; s++) {
                    plans.add(SlotPlans.of(solved, s));
                }
                progress.slotsDone(n, n);
            } else if (input.fairness().mode() == FairnessMode.FAIR && input.fairness().cumulative()) {
                plans = sequential(input, net, parameters, progress, history, historyLoad);
            } else {
                plans = parallel(input, net, parameters, progress);
            }
        }
        return new PlanResult(input, plans, (System.nanoTime() - t0) / 1e9);
    }

    /** Per bus, the most the LP can move its injection: available generation plus |load|, over all slots. */
    private static double[] reach(PlanInput input) {
        double[] reach = new double[input.grid().buses().size()];
        for (int t = 0; t < input.slotCount(); t++) {
            double[] gen = new double[reach.length];
            for (int g = 0; g < input.grid().generators().size(); g++) {
                gen[input.grid().busIndex(input.grid().generators().get(g).bus())] += input.genPmaxMw()[t][g];
            }
            for (int b = 0; b < reach.length; b++) {
                reach[b] = Math.max(reach[b], gen[b] + Math.abs(input.busLoadMw()[t][b]));
            }
        }
        return reach;
    }

    /** The slot with the most load (the first on ties). */
    static int peakSlot(PlanInput input) {
        int peak = 0;
        double most = Double.NEGATIVE_INFINITY;
        for (int t = 0; t < input.slotCount(); t++) {
            double load = java.util.Arrays.stream(input.busLoadMw()[t]).sum();
            if (load > most) {
                most = load;
                peak = t;
            }
        }
        return peak;
    }

    private static List<SlotPlan> sequential(PlanInput input, NetworkSensitivities net, PlannerParameters parameters,
                                             PlanProgress progress, double[] history, double[] historyLoad) {
        List<SlotPlan> plans = new ArrayList<>();
        double h = input.slotHours();
        for (int t = 0; t < input.slotCount(); t++) {
            SlotPlan p = SlotPlans.of(SheddingSolver.solve(input, net, parameters, new int[] {t}, history, historyLoad), 0);
            plans.add(p);
            for (int r = 0; r < history.length; r++) {
                history[r] += h * p.regionNonCriticalShedMw()[r];
                historyLoad[r] += h * p.regionNonCriticalLoadMw()[r];
            }
            progress.slotsDone(t + 1, input.slotCount());
        }
        return plans;
    }

    private static List<SlotPlan> parallel(PlanInput input, NetworkSensitivities net, PlannerParameters parameters,
                                           PlanProgress progress) {
        int n = input.slotCount();
        int threads = Math.min(parameters.threads(), n);
        double[] none = new double[input.regions().count()];
        AtomicInteger done = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "fairshed-plan");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<SlotPlan>> futures = new ArrayList<>();
            // the peak slot alone: the branches it finds binding seed every other slot's model
            int peak = peakSlot(input);
            SlotPlan first = SlotPlans.of(SheddingSolver.solve(input, net, parameters, new int[] {peak}, none, none), 0);
            progress.slotsDone(done.incrementAndGet(), n);
            for (int t = 0; t < n; t++) {
                int slot = t;
                futures.add(slot == peak ? java.util.concurrent.CompletableFuture.completedFuture(first) : pool.submit(() -> {
                    SlotPlan p = SlotPlans.of(SheddingSolver.solve(input, net, parameters, new int[] {slot}, none, none), 0);
                    progress.slotsDone(done.incrementAndGet(), n);
                    return p;
                }));
            }
            List<SlotPlan> plans = new ArrayList<>();
            for (Future<SlotPlan> f : futures) {
                plans.add(f.get());
            }
            return plans;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("planning interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }
}
