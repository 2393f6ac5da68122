package org.fairshed.plan.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
 * own model: in parallel when fairness is per slot (heaviest first, slots with the same inputs solved once), one after
 * another when it is cumulative (each slot sees the energy already shed in the slots before it).
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

    /** Slot indices by total load, the heaviest first (the earlier slot first on ties). */
    static int[] slotsByLoadDescending(PlanInput input) {
        double[] load = new double[input.slotCount()];
        for (int t = 0; t < load.length; t++) {
            load[t] = java.util.Arrays.stream(input.busLoadMw()[t]).sum();
        }
        return java.util.stream.IntStream.range(0, load.length).boxed()
                .sorted(java.util.Comparator.comparingDouble((Integer t) -> -load[t])).mapToInt(Integer::intValue).toArray();
    }

    private static SlotPlan solveSlot(PlanInput input, NetworkSensitivities net, PlannerParameters parameters, int slot,
                                      Runnable whenDone) {
        double[] none = new double[input.regions().count()];
        SlotPlan p = SlotPlans.of(SheddingSolver.solve(input, net, parameters, new int[] {slot}, none, none), 0);
        whenDone.run();
        return p;
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
        AtomicInteger done = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "fairshed-plan");
            t.setDaemon(true);
            return t;
        });
        try {
            // slots with the same inputs are one problem: solved once; the others, heaviest first, so that the first
            // slots start cold, every later one with the rows of the branches found binding in the slots finished before
            // it, and the long slots do not end up alone at the tail
            int[] representative = IdenticalSlots.representatives(input);
            int[] copies = new int[n];
            for (int t = 0; t < n; t++) {
                copies[representative[t]]++;
            }
            Map<Integer, Future<SlotPlan>> bySlot = new HashMap<>();
            for (int slot : slotsByLoadDescending(input)) {
                if (representative[slot] == slot) {
                    bySlot.put(slot, pool.submit(() -> solveSlot(input, net, parameters, slot, () -> progress.slotsDone(
                            done.addAndGet(copies[slot]), n))));
                }
            }
            List<SlotPlan> plans = new ArrayList<>();
            for (int t = 0; t < n; t++) {
                SlotPlan p = bySlot.get(representative[t]).get();
                plans.add(representative[t] == t ? p : SlotPlans.sameAs(p, t));
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
