package org.fairshed.rota.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.fairshed.rota.Rota;
import org.fairshed.rota.RotaInput;
import org.fairshed.rota.RotaMethod;
import org.fairshed.rota.RotaMethods;
import org.fairshed.rota.RotaParameters;
import org.fairshed.rota.RotaResult;
import org.fairshed.rota.groups.GroupConfig;
import org.fairshed.rota.ledger.Ledger;
import org.fairshed.rota.plan.PlanQuotas;
import org.fairshed.rota.plan.SyntheticQuotas;
import org.junit.jupiter.api.Test;

/**
 * Published schedules are diffed revision to revision: the same inputs give the same SCHEDULE.json, CSV and ledger
 * bytes on 1, 2 and 4 threads, for every method, with and without CP-SAT's polish.
 */
class DeterminismTest {

    private static final long SEED = 3L;
    private static final int PER_BUILDING_GROUPS = 300;
    private static final int[] THREADS = {1, 2, 4};

    @Test
    void everyMethodWritesTheSameBytesOnAnyThreadCount() throws IOException {
        PlanQuotas plan = SyntheticQuotas.plan(6, 2, 0.1, 0.4, SEED);
        for (RotaMethod method : List.of(RotaMethods.sweep(), RotaMethods.queues(), RotaMethods.stageTable())) {
            sameBytes(plan, method, RotaParameters.defaults());
        }
    }

    /** One region over one day: CP-SAT polishes it (one worker, deterministic time), still the same bytes. */
    @Test
    void thePolishedSweepWritesTheSameBytesOnAnyThreadCount() throws IOException {
        sameBytes(SyntheticQuotas.plan(2, 1, 0.2, 0.3, SEED), RotaMethods.sweep(), RotaParameters.defaults());
    }

    /** Regions of 300 building-like groups (the sweep's priority path) over two days: the same bytes too. */
    @Test
    void thePriorityPathWritesTheSameBytesOnAnyThreadCount() throws IOException {
        PlanQuotas plan = SyntheticQuotas.plan(3, 2, 0.1, 0.4, SEED);
        sameBytes(plan, GroupConfig.synthetic(plan.regions(), PER_BUILDING_GROUPS, SEED), RotaMethods.sweep(),
                RotaParameters.defaults());
    }

    private static void sameBytes(PlanQuotas plan, RotaMethod method, RotaParameters params) throws IOException {
        sameBytes(plan, GroupConfig.synthetic(plan.regions(), SEED), method, params);
    }

    private static void sameBytes(PlanQuotas plan, GroupConfig groups, RotaMethod method, RotaParameters params)
            throws IOException {
        byte[] first = null;
        for (int threads : THREADS) {
            RotaResult r = Rota.run(RotaInput.of(plan, groups, "synthetic", Ledger.empty()), method,
                    params.withThreads(threads));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ScheduleJsonWriter.content(r, Map.of()).writeTo(out);
            ScheduleCsvWriter.content(r).writeTo(out);
            LedgerJson.content(r.ledger()).writeTo(out);
            if (first == null) {
                first = out.toByteArray();
            } else {
                assertThat(out.toByteArray()).as("%s on %d threads", method.name(), threads).isEqualTo(first);
            }
        }
    }
}
