package org.fairshed.plan;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.fairshed.common.job.Cancellation;
import org.fairshed.common.job.ProgressListener;
import org.fairshed.grid.ac.AcCheck;
import org.fairshed.grid.ac.AcCheckParameters;
import org.fairshed.grid.ac.AcCheckResult;

/**
 * AC check (OpenLoadFlow) of every usable slot's dispatch and served load, in parallel across slots; slots with the
 * same load, dispatch and shed as an earlier one (identical hours) share its check instead of running it again.
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
        ForkJoinPool pool = new ForkJoinPool(Math.max(1, threads));
        try {
            Map<Integer, AcSlotCheck> checks = pool.submit(() -> distinct.parallelStream()
                    .filter(p -> !cancellation.isStopped())
                    .collect(Collectors.toMap(SlotPlan::slot, p -> {
                        AcSlotCheck c = check(in, p);
                        progress.update(STAGE, done.addAndGet(copies[p.slot()]), total);
                        return c;
                    }))).join();
            List<SlotPlan> checked = new ArrayList<>();
            for (int i = 0; i < slots.size(); i++) {
                SlotPlan p = slots.get(i);
                AcSlotCheck c = p.usable() ? checks.get(slots.get(twin[i]).slot()) : null;
                checked.add(c != null ? p.withAc(c) : p.usable() ? p.withNote(NOT_CHECKED) : p);
            }
            return plan.withSlots(checked);
        } finally {
            pool.shutdown();
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
                r.maxVoltagePu(), r.maxVoltageBus(), r.slackMismatchMw(), r.overloads().stream()
                        .map(o -> new AcSlotCheck.Overload(o.branchRow(), o.from(), o.to(), o.flowMva(), o.rateAMva(),
                                o.loadingPercent())).toList());
    }
}
