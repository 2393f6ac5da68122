package org.fairshed.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.fairshed.common.job.Cancellation;
import org.fairshed.common.job.ProgressListener;
import org.fairshed.grid.testing.SharedData;
import org.fairshed.plan.report.PlanJsonWriter;
import org.fairshed.plan.scenario.PlanInputFactory;
import org.fairshed.plan.scenario.ScenarioReader;
import org.fairshed.plan.testing.RandomGrids;
import org.fairshed.plan.testing.TinyPlans;
import org.junit.jupiter.api.Test;

/** The planner as a library job: progress by stage, cancellation and time budget as data, the same plan on any thread count. */
class PlannerJobTest {

    private static final PlannerParameters ONE_THREAD = PlannerParameters.defaults().withThreads(1);

    private static PlanInput sixSlots() {
        return TinyPlans.of(RandomGrids.of(3, 12), new double[] {0.8, 0.9, 1.0, 1.1, 1.2, 1.3}, FairnessMode.FAIR);
    }

    private record Update(String stage, int done, int total) {
    }

    @Test
    void progressCountsSlotsOfThePlanThenOfTheAcCheck() {
        List<Update> updates = Collections.synchronizedList(new ArrayList<>());
        PlanInput in = sixSlots();
        Planner.plan(in, ONE_THREAD.withAcCheck(true), (stage, done, total) -> updates.add(new Update(stage, done, total)),
                Cancellation.none());
        assertThat(updates).first().isEqualTo(new Update(Planner.STAGE_PLAN, 0, 6));
        assertThat(updates).contains(new Update(Planner.STAGE_PLAN, 6, 6), new Update(Planner.STAGE_AC_CHECK, 6, 6));
        assertThat(updates).last().isEqualTo(new Update(Planner.STAGE_AC_CHECK, 6, 6));
        assertThat(updates.stream().filter(u -> u.stage().equals(Planner.STAGE_PLAN)).mapToInt(Update::done))
                .isSorted();
        assertThat(updates.indexOf(new Update(Planner.STAGE_PLAN, 6, 6)))
                .isLessThan(updates.indexOf(new Update(Planner.STAGE_AC_CHECK, 6, 6)));
    }

    @Test
    void aJobCancelledBeforeItStartsPlansNothingAndSaysSo() {
        Cancellation cancelled = Cancellation.none();
        cancelled.cancel();
        PlanResult r = Planner.plan(sixSlots(), ONE_THREAD, ProgressListener.NONE, cancelled);
        assertThat(r.slots()).hasSize(6).allSatisfy(s -> {
            assertThat(s.status()).isEqualTo(PlanStatus.CANCELLED);
            assertThat(s.solved()).isFalse();
            assertThat(s.shedMw()).isNaN();
            assertThat(s.loadMw()).isPositive();
            assertThat(s.message()).contains("cancelled");
        });
        assertThat(r.allUsable()).isFalse();
    }

    /** Cancelled while the first slot is planned (on its first progress): the slots not yet solved are CANCELLED. */
    @Test
    void slotsNotSolvedWhenTheJobIsCancelledAreCancelled() {
        Cancellation cancellation = Cancellation.none();
        PlanResult r = Planner.plan(sixSlots(), ONE_THREAD, (stage, done, total) -> {
            if (done >= 1) {
                cancellation.cancel();
            }
        }, cancellation);
        long usable = r.slots().stream().filter(SlotPlan::usable).count();
        long cancelled = r.slots().stream().filter(s -> s.status() == PlanStatus.CANCELLED).count();
        assertThat(usable).isEqualTo(1);
        assertThat(cancelled).isEqualTo(5);
        assertThat(PlanVerifier.violations(r, PlanVerifier.DEFAULT_TOLERANCE_MW)).isEmpty();
    }

    /** A time budget that runs out is the same as a cancel, with its own reason; no solve is given more than is left. */
    @Test
    void anExhaustedTimeBudgetCancelsTheSlotsLeft() {
        AtomicLong now = new AtomicLong();
        Cancellation budget = Cancellation.withBudget(Duration.ofSeconds(10), now::get);
        PlanResult r = Planner.plan(sixSlots(), ONE_THREAD, (stage, done, total) -> {
            if (done >= 2) {
                now.set(Duration.ofSeconds(11).toNanos());
            }
        }, budget);
        assertThat(r.slots().stream().filter(SlotPlan::usable).count()).isEqualTo(2);
        assertThat(r.slots()).filteredOn(s -> s.status() == PlanStatus.CANCELLED).hasSize(4)
                .allSatisfy(s -> assertThat(s.message()).contains("time budget"));
    }

    /** Same PLAN.json bytes, run id and timings aside, on 1 and 2 threads (the public case118 scenario differed before). */
    @Test
    void thePlanDoesNotDependOnTheThreadCount() {
        Path scenario = SharedData.path("scenarios/public-s0-case118.json");
        PlanInput in = PlanInputFactory.create(ScenarioReader.read(scenario), scenario, SharedData.path("cases"));
        String one = comparable(Planner.plan(in, ONE_THREAD));
        String two = comparable(Planner.plan(in, ONE_THREAD.withThreads(2)));
        String twoAgain = comparable(Planner.plan(in, ONE_THREAD.withThreads(2)));
        assertThat(two).isEqualTo(one);
        assertThat(twoAgain).isEqualTo(one);
    }

    /**
     * Cumulative sharing at a price of fairness, where two threads run a slot's shed stages while the slot before it is
     * shared out: the same PLAN.json as one slot after another on one thread.
     */
    @Test
    void aCumulativePlanDoesNotDependOnTheThreadCount() {
        Path scenario = SharedData.path("scenarios/public-s0-case118.json");
        PlanInput read = PlanInputFactory.create(ScenarioReader.read(scenario), scenario, SharedData.path("cases"));
        int regions = read.regions().count();
        PlanInput in = read.withFairness(new FairnessSettings(FairnessMode.FAIR, 0.05, true, new double[regions],
                new double[regions]));
        PlanResult one = Planner.plan(in, ONE_THREAD);
        assertThat(one.slots()).allSatisfy(s -> assertThat(s.status()).isEqualTo(PlanStatus.OPTIMAL));
        assertThat(comparable(Planner.plan(in, ONE_THREAD.withThreads(2)))).isEqualTo(comparable(one));
    }

    /** The plan file without what may differ between runs: the run id and the timing fields. */
    static String comparable(PlanResult plan) {
        return PlanJsonWriter.toJson(plan).replaceAll("\"runId\" : \"[0-9a-f]{32}\"", "")
                .replaceAll("\"solveSeconds\" : [0-9.]+", "");
    }
}
