package org.fairshed.plan;

import java.util.List;
import java.util.concurrent.ForkJoinPool;
import org.fairshed.grid.ac.AcCheck;
import org.fairshed.grid.ac.AcCheckParameters;
import org.fairshed.grid.ac.AcCheckResult;

/** AC check (OpenLoadFlow) of every usable slot's dispatch and served load, in parallel across slots. */
final class AcSlotChecks {

    private AcSlotChecks() {
    }

    static PlanResult run(PlanResult plan, int threads) {
        PlanInput in = plan.input();
        ForkJoinPool pool = new ForkJoinPool(Math.max(1, threads));
        try {
            List<SlotPlan> checked = pool.submit(() -> plan.slots().parallelStream().map(p -> {
                if (!p.status().isUsable()) {
                    return p;
                }
                double[] pd = in.busLoadMw()[p.slot()];
                double[] served = new double[pd.length];
                for (int b = 0; b < pd.length; b++) {
                    served[b] = pd[b] - p.busShedMw()[b];
                }
                AcCheckResult r = AcCheck.run(in.grid(), p.genMw(), served, AcCheckParameters.defaults());
                return p.withAc(new AcSlotCheck(r.status().name(), r.converged(), r.iterations(), r.minVoltagePu(),
                        r.minVoltageBus(), r.maxVoltagePu(), r.maxVoltageBus(), r.slackMismatchMw(),
                        r.overloads().stream().map(o -> new AcSlotCheck.Overload(o.branchRow(), o.from(), o.to(),
                                o.flowMva(), o.rateAMva(), o.loadingPercent())).toList()));
            }).toList()).join();
            return new PlanResult(in, checked, plan.solveSeconds());
        } finally {
            pool.shutdown();
        }
    }
}
