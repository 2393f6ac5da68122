package org.fairshed.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.fairshed.common.InputException;
import org.fairshed.common.job.Cancellation;
import org.fairshed.common.job.ProgressListener;
import org.fairshed.grid.testing.SharedData;
import org.fairshed.plan.Planner;
import org.fairshed.plan.PlannerParameters;
import org.fairshed.plan.report.PlanFiles;
import org.fairshed.plan.scenario.PlanInputFactory;
import org.fairshed.plan.scenario.Scenario;
import org.fairshed.plan.scenario.ScenarioReader;
import org.fairshed.rota.Rota;
import org.fairshed.rota.RotaInput;
import org.fairshed.rota.RotaMethods;
import org.fairshed.rota.RotaOutcome;
import org.fairshed.rota.RotaParameters;
import org.fairshed.rota.RotaResult;
import org.fairshed.rota.groups.GroupConfig;
import org.fairshed.rota.io.PlanFileReader;
import org.fairshed.rota.io.RotaOutputs;
import org.fairshed.rota.io.ScheduleJsonWriter;
import org.fairshed.rota.ledger.Ledger;
import org.fairshed.rota.plan.PlanQuotas;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The job API end to end on the public case118 scenario (24 hourly slots, 99 regions, a second or two). */
class JobTest {

    private static final ZoneId KYIV = ZoneId.of("Europe/Kyiv");
    private static final Instant STAMP = Instant.parse("2026-12-01T18:00:00Z");
    private static final PlannerParameters TWO_THREADS = PlannerParameters.defaults().withThreads(2);

    private static Scenario scenario;
    private static Path network;

    @TempDir
    Path dir;

    @BeforeAll
    static void read() {
        Path file = SharedData.path("scenarios/public-s0-case118.json");
        scenario = ScenarioReader.read(file);
        network = PlanInputFactory.networkFile(scenario, file, SharedData.path("cases"));
    }

    private static JobRequest request() {
        return JobRequest.of(scenario, new JobRequest.Network.File(network), TWO_THREADS, null);
    }

    private record Update(String stage, int done, int total) {
    }

    /**
     * The job joins the planner and the rota in memory; the result must be the schedule that `fairshed plan` then
     * `fairshed rota PLAN.json` make of the same scenario, byte for byte (the in-memory plan is read as its file is).
     */
    @Test
    void theJobsRotaIsTheRotaOfThePlanFile() throws IOException {
        JobResult withRota = Job.run(JobRequest.of(scenario, new JobRequest.Network.File(network), TWO_THREADS,
                RotaRequest.defaults(RotaMethods.sweep())), ProgressListener.NONE, Cancellation.none());
        GroupConfig groups = GroupConfig.synthetic(withRota.plan().input().regions().names(), GroupConfig.DEFAULT_SEED);
        assertThat(withRota.status()).isEqualTo(JobStatus.DONE);
        assertThat(withRota.message()).isEmpty();

        Path planFile = dir.resolve("plan.json");
        PlanFiles.write(withRota.plan(), planFile, null);
        PlanQuotas fromFile = PlanFileReader.read(planFile);
        RotaResult viaFile = Rota.run(RotaInput.of(fromFile, groups, "default groups", Ledger.empty()),
                RotaMethods.sweep(), RotaParameters.defaults());
        assertThat(viaFile.outcome()).isEqualTo(RotaOutcome.SCHEDULED);
        assertThat(bytes(withRota.rota())).isEqualTo(bytes(viaFile));
        assertThat(withRota.rota().planRunId()).isEqualTo(withRota.plan().runId());
    }

    private static String bytes(RotaResult result) throws IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        ScheduleJsonWriter.content(result, java.util.Map.of()).writeTo(out);
        return out.toString(java.nio.charset.StandardCharsets.UTF_8).replaceAll("\"(solveSeconds|seconds)\"\\s*:\\s*[0-9.]+", "");
    }

    @Test
    void progressGoesThroughEveryStageInOrder() {
        List<Update> updates = Collections.synchronizedList(new ArrayList<>());
        Job.run(JobRequest.of(scenario, new JobRequest.Network.File(network), TWO_THREADS,
                        RotaRequest.defaults(RotaMethods.sweep())),
                (stage, done, total) -> updates.add(new Update(stage, done, total)), Cancellation.none());
        List<String> stages = new ArrayList<>();
        for (Update u : updates) {
            if (stages.isEmpty() || !stages.getLast().equals(u.stage())) {
                stages.add(u.stage());
            }
        }
        assertThat(stages).containsExactly(Job.STAGE_PREPARE, Planner.STAGE_PLAN, Rota.PROGRESS_STAGE);
        assertThat(updates).contains(new Update(Planner.STAGE_PLAN, 24, 24));
        assertThat(updates.getLast().done()).isEqualTo(updates.getLast().total());
    }

    @Test
    void aCancelledJobSaysSoAndWritesNothing() throws IOException {
        Cancellation c = Cancellation.none();
        JobResult r = Job.run(request(), (stage, done, total) -> {
            if (stage.equals(Planner.STAGE_PLAN) && done >= 3) {
                c.cancel();
            }
        }, c);
        assertThat(r.status()).isEqualTo(JobStatus.CANCELLED);
        assertThat(r.message()).contains("cancelled while planning");
        assertThat(r.status().isPublishable()).isFalse();
        Path plan = dir.resolve("plan.json");
        assertThat(new JobOutputs(plan, null, null).write(r, List.of(), STAMP)).isEmpty();
        assertThat(plan).doesNotExist();
    }

    @Test
    void aSpentTimeBudgetIsTimedOutBeforeAnySolve() {
        JobResult r = Job.run(request(), ProgressListener.NONE, Cancellation.withBudget(Duration.ZERO));
        assertThat(r.status()).isEqualTo(JobStatus.TIMED_OUT);
        assertThat(r.plan()).isNull();
        assertThat(r.message()).isEqualTo("the job's time budget ran out before planning: nothing may be published");
    }

    /** A plan whose slots were not all solved is not usable: the rota refuses it and the job says which slots. */
    @Test
    void aPlanWithUnusableSlotsIsNotPublishableAndTheRotaRefusesIt() {
        PlannerParameters noTime = new PlannerParameters(TWO_THREADS.solver(), 2, 1e-9, false);
        JobResult r = Job.run(JobRequest.of(scenario, new JobRequest.Network.File(network), noTime,
                RotaRequest.defaults(RotaMethods.sweep())), ProgressListener.NONE, Cancellation.none());
        assertThat(r.status()).isEqualTo(JobStatus.PLAN_NOT_USABLE);
        assertThat(r.rota().outcome()).isEqualTo(RotaOutcome.REFUSED_UNUSABLE_SLOTS);
        assertThat(r.message()).contains("slot");
        assertThat(r.status().isPublishable()).isFalse();
    }

    @Test
    void theOutputsAreThePlanThenTheScheduleThenTheLedger() throws IOException {
        JobResult r = Job.run(JobRequest.of(scenario, new JobRequest.Network.File(network), TWO_THREADS,
                RotaRequest.defaults(RotaMethods.sweep())), ProgressListener.NONE, Cancellation.none());
        Path plan = dir.resolve("plan.json");
        Path schedule = dir.resolve("schedule.json");
        Path ledger = dir.resolve("ledger.json");
        List<Path> written = new JobOutputs(plan, null, new RotaOutputs(schedule, null, null, KYIV, ledger))
                .write(r, List.of(), STAMP);
        assertThat(written).containsExactly(plan.toAbsolutePath().normalize(), schedule, ledger);
        assertThat(Files.readString(schedule)).contains(r.plan().runId());
        assertThat(org.fairshed.rota.io.LedgerJson.read(ledger).hours()).hasSize(r.plan().input().regions().count());
    }

    @Test
    void aScenarioThatDoesNotFitItsNetworkIsAnInputErrorBeforeAnySolve() {
        Scenario bad = ScenarioReader.parse("{\"network\": \"case118.m\", \"start\": \"2026-12-02T00:00\", \"slotMinutes\": 60,"
                + " \"slots\": 1, \"outages\": {\"generators\": [9999]}}", "bad.json");
        assertThatThrownBy(() -> Job.run(JobRequest.of(bad, new JobRequest.Network.File(network), TWO_THREADS, null),
                ProgressListener.NONE, Cancellation.none()))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith("bad.json: outages.generators[0] names generator row 9999");
    }
}
