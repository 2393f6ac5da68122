package org.fairshed.plan.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.fairshed.common.job.Cancellation;
import org.fairshed.common.job.ProgressListener;
import org.fairshed.grid.topology.Islands;
import org.fairshed.plan.FairnessMode;
import org.fairshed.plan.PlanInput;
import org.fairshed.plan.PlanResult;
import org.fairshed.plan.PlannerParameters;
import org.fairshed.plan.SlotPlan;

/**
 * Runs the shedding model over a horizon. Slots linked by ramp limits are one model; otherwise every slot is its
 * own model: in parallel when fairness is per slot (heaviest first, slots with the same inputs solved once), one after
 * another when it is cumulative (each slot sees the energy already shed in the slots before it).
 *
 * <p>The plan is the same whatever the thread count: in load order, a slot model starts with the rows of the branches
 * found binding in every slot at least {@link #LAG} places before it, a set that does not depend on how many threads
 * run or which finishes first. (Before, each slot started with the rows of whichever slots happened to be finished:
 * the rows differed from run to run, and so could the split of a degenerate optimum.) The price: at most LAG + 1
 * independent slots are solved at once.
 */
public final class SheddingPlanner {

    /**
     * A slot starts with the binding rows of every slot at least this many places before it in load order, so
     * LAG + 1 slots are solved at once at most. More gives less to start from: case9241pegase heavy took 27.6–29.0 s
     * of CPU with LAG 1 (as one slot after another did before, 28.6–29.8 s) and 30.8–33.2 s with LAG 3.
     */
    static final int LAG = 1;

    /** Progress stage of the slots' optimization. */
    public static final String STAGE = "plan";

    private SheddingPlanner() {
    }

    public static PlanResult plan(PlanInput input, PlannerParameters parameters, ProgressListener progress,
                                  Cancellation cancellation) {
        long t0 = System.nanoTime();
        int n = input.slotCount();
        List<SlotPlan> plans;
        progress.update(STAGE, 0, n);
        try (NetworkSensitivities net = new NetworkSensitivities(input.grid(), Islands.of(input.grid()), reach(input))) {
            double[] history = input.fairness().historyShedMwh();
            double[] historyLoad = input.fairness().historyLoadMwh();
            if (input.rampLinked()) {
                plans = linked(input, net, parameters, cancellation, history, historyLoad);
                progress.update(STAGE, n, n);
            } else if (input.fairness().mode() == FairnessMode.FAIR && input.fairness().cumulative()) {
                plans = sequential(input, net, parameters, progress, cancellation, history, historyLoad);
            } else {
                plans = parallel(input, net, parameters, progress, cancellation);
            }
        }
        return PlanResult.of(input, plans, (System.nanoTime() - t0) / 1e9);
    }

    /** Per bus, the most the LP can move its injection: available generation plus |load|, over all slots. */
    static double[] reach(PlanInput input) {
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
            load[t] = Arrays.stream(input.busLoadMw()[t]).sum();
        }
        return IntStream.range(0, load.length).boxed()
                .sorted(Comparator.comparingDouble((Integer t) -> -load[t])).mapToInt(Integer::intValue).toArray();
    }

    private static List<SlotPlan> linked(PlanInput input, NetworkSensitivities net, PlannerParameters parameters,
                                         Cancellation cancellation, double[] history, double[] historyLoad) {
        int n = input.slotCount();
        List<SlotPlan> plans = new ArrayList<>();
        if (cancellation.isStopped()) {
            for (int t = 0; t < n; t++) {
                plans.add(SlotPlans.cancelled(input, t, why(cancellation)));
            }
            return plans;
        }
        int[] all = IntStream.range(0, n).toArray();
        SolvedSlots solved = SheddingSolver.solve(input, net, parameters, all, history, historyLoad, new int[0],
                cancellation);
        for (int s = 0; s < n; s++) {
            plans.add(SlotPlans.of(solved, s));
        }
        return plans;
    }

    /**
     * One slot after another, each one's shares counting the energy shed in the slots before it. Only the fair sharing
     * needs that: with two threads or more, the next slot's shed stages run while a slot is shared out. Either way slot
     * t starts with the rows of the branches that bound in slots 0 to t - 2, so the plan is the same on any thread count.
     */
    private static List<SlotPlan> sequential(PlanInput input, NetworkSensitivities net, PlannerParameters parameters,
                                             ProgressListener progress, Cancellation cancellation, double[] history,
                                             double[] historyLoad) {
        List<SlotPlan> plans = new ArrayList<>();
        double h = input.slotHours();
        String gap = null;
        SeedRows seeds = new SeedRows();
        int[] nextSeeds = seeds.rows();
        ExecutorService ahead = parameters.threads() > 1 ? Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "fairshed-plan-ahead");
            t.setDaemon(true);
            return t;
        }) : null;
        Future<ShedStages> next = null;
        try {
            for (int t = 0; t < input.slotCount(); t++) {
                if (cancellation.isStopped()) {
                    closeQuietly(next);
                    next = null;
                    plans.add(SlotPlans.cancelled(input, t, why(cancellation)));
                    continue;
                }
                ShedStages stages = next != null ? next.get() : shedStages(input, net, parameters, t,
                        nextSeeds, cancellation);
                next = null;
                SlotPlan p;
                try (stages) {
                    nextSeeds = seeds.rows();
                    if (ahead != null && t + 1 < input.slotCount()) {
                        // the next slot's shed stages need neither this slot's shed nor its binding rows
                        int slot = t + 1;
                        int[] rows = nextSeeds;
                        next = ahead.submit(() -> shedStages(input, net, parameters, slot, rows, cancellation));
                    }
                    p = SlotPlans.of(stages.finish(history, historyLoad), 0);
                }
                seeds.add(p);
                if (gap != null && p.usable()) {
                    p = p.degradedBy(gap);
                }
                plans.add(p);
                if (p.solved()) {
                    for (int r = 0; r < history.length; r++) {
                        history[r] += h * p.regions().nonCriticalShedMw()[r];
                        historyLoad[r] += h * p.regions().nonCriticalLoadMw()[r];
                    }
                } else if (gap == null) {
                    // the running totals of the later slots miss this slot's shed, which is unknown
                    gap = "cumulative fair sharing counts slot " + t + " as shedding nothing: it has no plan";
                }
                progress.update(STAGE, t + 1, input.slotCount());
            }
        } catch (InterruptedException | ExecutionException e) {
            throw rethrown(e);
        } finally {
            closeQuietly(next);
            if (ahead != null) {
                ahead.shutdownNow();
            }
        }
        return plans;
    }

    private static ShedStages shedStages(PlanInput input, NetworkSensitivities net,
                                                        PlannerParameters parameters, int slot, int[] seedRows,
                                                        Cancellation cancellation) {
        return ShedStages.of(input, net, parameters, new int[] {slot}, seedRows, cancellation, true);
    }

    /** What a slot's thread threw, as thrown there (an interrupt keeps the thread's flag). */
    private static RuntimeException rethrown(Exception e) {
        if (e instanceof InterruptedException) {
            Thread.currentThread().interrupt();
            return new IllegalStateException("planning interrupted", e);
        }
        return e.getCause() instanceof RuntimeException re ? re : new IllegalStateException(e.getCause());
    }

    /** Waits for a slot's shed stages that will not be used and frees their model. */
    private static void closeQuietly(Future<ShedStages> pending) {
        if (pending == null) {
            return;
        }
        try {
            pending.get().close();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            // already failed: nothing to free
        }
    }

    private static List<SlotPlan> parallel(PlanInput input, NetworkSensitivities net, PlannerParameters parameters,
                                           ProgressListener progress, Cancellation cancellation) {
        int n = input.slotCount();
        // slots with the same inputs are one problem, solved once; the others heaviest first, so that the long slots
        // do not end up alone at the tail and the later slots start with the rows of the heavy hours' binding branches
        int[] representative = IdenticalSlots.representatives(input);
        int[] copies = new int[n];
        for (int t = 0; t < n; t++) {
            copies[representative[t]]++;
        }
        int[] order = Arrays.stream(slotsByLoadDescending(input)).filter(t -> representative[t] == t).toArray();
        SlotPlan[] solved = new SlotPlan[n];
        AtomicInteger done = new AtomicInteger();
        double[] none = new double[input.regions().count()];
        int threads = Math.max(1, Math.min(Math.min(parameters.threads(), LAG + 1), order.length));
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "fairshed-plan");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> running = new ArrayList<>();
            SeedRows seeds = new SeedRows();
            for (int i = 0; i < order.length; i++) {
                // slot i starts with the rows of the branches that bound in every slot at least LAG places before it
                for (int j = seeds.count(); j < i - LAG; j++) {
                    running.get(j).get();
                    seeds.add(solved[order[j]]);
                }
                int[] rows = seeds.rows();
                int slot = order[i];
                running.add(pool.submit(() -> {
                    solved[slot] = cancellation.isStopped() ? SlotPlans.cancelled(input, slot, why(cancellation))
                            : SlotPlans.of(SheddingSolver.solve(input, net, parameters, new int[] {slot}, none, none,
                                    rows, cancellation), 0);
                    progress.update(STAGE, done.addAndGet(copies[slot]), n);
                }));
            }
            for (Future<?> f : running) {
                f.get();
            }
        } catch (InterruptedException | ExecutionException e) {
            throw rethrown(e);
        } finally {
            pool.shutdownNow();
        }
        List<SlotPlan> plans = new ArrayList<>(n);
        for (int t = 0; t < n; t++) {
            plans.add(representative[t] == t ? solved[t] : solved[representative[t]].asSlot(t));
        }
        return plans;
    }

    /** The branches (0-based) found binding in the slots added so far, whose rows later slot models start with. */
    private static final class SeedRows {

        private final TreeSet<Integer> branches = new TreeSet<>();
        private int slots;

        void add(SlotPlan p) {
            p.binding().forEach(b -> branches.add(b.branch() - 1));
            slots++;
        }

        int count() {
            return slots;
        }

        int[] rows() {
            return branches.stream().mapToInt(Integer::intValue).toArray();
        }
    }

    private static String why(Cancellation cancellation) {
        return cancellation.reason() == Cancellation.Reason.CANCELLED ? "the job was cancelled"
                : "the job's time budget ran out";
    }
}
