package org.fairshed.rota;

/** Not a test: {@code java ... SpeedProbe REGIONS THREADS} prints the wall time of one day (speed is measured, not asserted). */
final class SpeedProbe {

    private SpeedProbe() {
    }

    public static void main(String[] args) {
        int regions = Integer.parseInt(args[0]);
        int threads = Integer.parseInt(args[1]);
        PlanQuotas plan = SyntheticPlans.plan(regions, 1, 0.15, 0.35, 1);
        GroupConfig groups = GroupConfig.synthetic(plan.regions(), 1);
        RotaParameters params = RotaParameters.defaults().withThreads(threads);
        Rota.run(SyntheticPlans.plan(2, 1, 0.15, 0.35, 2), GroupConfig.synthetic(SyntheticPlans.regionNames(2), 2), "w",
                Ledger.empty(), RotaMethods.optimal(), params, null);
        for (String method : RotaMethods.NAMES) {
            RotaResult r = Rota.run(plan, groups, "synthetic", Ledger.empty(), RotaMethods.of(method), params, null);
            System.out.printf("%s: %d regions x 12 groups x 48 half-hours: %.3f s wall; %s%n", method, regions,
                    r.solveSeconds(), r.metrics());
        }
    }
}
