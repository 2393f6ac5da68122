package org.fairshed.plan;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.fairshed.common.job.Cancellation;
import org.fairshed.common.job.ProgressListener;
import org.fairshed.grid.ac.AcCheck;
import org.fairshed.grid.ac.AcCheckParameters;
import org.fairshed.grid.ac.AcCheckResult;

/**
 * AC check (OpenLoadFlow) of every usable slot's dispatch and served load, in parallel across slots; slots with the
 * same load, dispatch and shed as an earlier one (identical hours) share its check instead of running it again. At
 * most {@code threads} checks run at once, earliest slot first.
 * Once the job is stopped no new check starts: the slots left keep no AC check and say so in their message.
 */
final class AcSlotChecks {

    static final String STAGE = "ac-check";
    static final String NOT_CHECKED = "AC check not run: the job was stopped before it";

    private AcSlotChecks() {
    }

    static PlanResult run(PlanResult plan, int threads, ProgressListener progress, Cancellation cancellation) {
        PlanInput in = plan.input();
        List<SlotPlan> slots = plan.slots();
        int[] twin = new int[slots.size()];
        int[] copies = new int[slots.size()];
        List<SlotPlan> distinct = new ArrayList<>();
        for (int i = 0; i < slots.size(); i++) {
            twin[i] = i;
            SlotPlan p = slots.get(i);
            for (int j = 0; j < i && p.usable(); j++) {
                if (sameCheck(in, p, slots.get(j))) {
                    twin[i] = j;
                    break;
                }
            }
            copies[twin[i]]++;
            if (twin[i] == i && p.usable()) {
                distinct.add(p);
            }
        }
        int total = slots.size();
        AtomicInteger done = new AtomicInteger(total - (int) slots.stream().filter(SlotPlan::usable).count());
        progress.update(STAGE, done.get(), total);
        // a fixed pool, not a ForkJoinPool: OpenLoadFlow joins futures inside a check, and a ForkJoinPool makes up for
        // every joining worker with a new thread, so "2 threads" ran a dozen 2,000-bus checks at once on 2 cores
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(threads, distinct.size())), r -> {
            Thread t = new Thread(r, "fairshed-ac-check");
            t.setDaemon(true);
            return t;
        });
        try {
            Map<Integer, Future<AcSlotCheck>> futures = new HashMap<>();
            for (SlotPlan p : distinct) {
                futures.put(p.slot(), pool.submit(() -> {
                    if (cancellation.isStopped()) {
                        return null;
                    }
                    AcSlotCheck c = check(in, p);
                    progress.update(STAGE, done.addAndGet(copies[p.slot()]), total);
                    return c;
                }));
            }
            Map<Integer, AcSlotCheck> checks = new HashMap<>();
            for (Map.Entry<Integer, Future<AcSlotCheck>> e : futures.entrySet()) {
                AcSlotCheck c = result(e.getValue());
                if (c != null) {
                    checks.put(e.getKey(), c);
                }
            }
            List<SlotPlan> checked = new ArrayList<>();
            for (int i = 0; i < slots.size(); i++) {
                SlotPlan p = slots.get(i);
                AcSlotCheck c = p.usable() ? checks.get(slots.get(twin[i]).slot()) : null;
                checked.add(c != null ? p.withAc(c) : p.usable() ? p.withNote(NOT_CHECKED) : p);
            }
            return plan.withSlots(checked);
        } finally {
            pool.shutdownNow();
        }
    }

    /** A check's outcome; what it threw is rethrown as it was (a bug or bad input, never a non-converged check). */
    private static AcSlotCheck result(Future<AcSlotCheck> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the AC checks", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** Same load, dispatch and shed: the AC check would see the same network state. */
    private static boolean sameCheck(PlanInput in, SlotPlan a, SlotPlan b) {
        return b.usable() && Arrays.equals(in.busLoadMw()[a.slot()], in.busLoadMw()[b.slot()])
                && Arrays.equals(a.genMw(), b.genMw()) && Arrays.equals(a.busShedMw(), b.busShedMw());
    }

    private static AcSlotCheck check(PlanInput in, SlotPlan p) {
        double[] pd = in.busLoadMw()[p.slot()];
        double[] served = new double[pd.length];
        for (int b = 0; b < pd.length; b++) {
            served[b] = pd[b] - p.busShedMw()[b];
        }
        AcCheckResult r = AcCheck.run(in.grid(), p.genMw(), served, AcCheckParameters.defaults());
        return new AcSlotCheck(r.status().name(), r.converged(), r.iterations(), r.minVoltagePu(), r.minVoltageBus(),
                r.maxVoltagePu(), r.maxVoltageBus(), r.voltageViolations(), r.slackMismatchMw(), r.overloads().stream()
                        .map(o -> new AcSlotCheck.Overload(o.branchRow(), o.from(), o.to(), o.flowMva(), o.rateAMva(), o.rateBMva(),
                                o.loadingPercent())).toList());
    }
}
