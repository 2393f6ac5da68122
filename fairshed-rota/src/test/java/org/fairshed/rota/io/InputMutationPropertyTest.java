package org.fairshed.rota.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Function;
import org.fairshed.common.InputException;
import org.fairshed.rota.HalfHours;
import org.fairshed.rota.PlanTexts;
import org.fairshed.rota.RegionSchedule;
import org.fairshed.rota.Relaxation;
import org.fairshed.rota.RelaxedRule;
import org.fairshed.rota.Replan;
import org.fairshed.rota.Rota;
import org.fairshed.rota.RotaInput;
import org.fairshed.rota.RotaMethods;
import org.fairshed.rota.RotaOutcome;
import org.fairshed.rota.RotaParameters;
import org.fairshed.rota.RotaResult;
import org.fairshed.rota.RotaStatus;
import org.fairshed.rota.groups.GroupConfig;
import org.fairshed.rota.groups.RegionGroups;
import org.fairshed.rota.ledger.Ledger;
import org.fairshed.rota.plan.PlanQuotas;
import org.junit.jupiter.api.Test;

/**
 * Seeded mutated copies (see {@link Mutations}) of a small hand-written plan, a group file, a ledger and a schedule,
 * fed to their readers and then to the rota: every one is either an {@link InputException} with a location (a field
 * path, or the line of a syntax error) or a rota whose every region-day the checks of the rule checker accept
 * (covered, or UNDER_COVER for a named reason; INCOMPLETE only where the plan's shed is unknown), or a refusal naming
 * the unusable slots. Never anything else.
 */
class InputMutationPropertyTest {

    private static final long SEED = 84L;
    private static final int MUTATIONS = 150;
    private static final RotaParameters PARAMS = RotaParameters.defaults().withThreads(1).withSearch(0, 0);
    /** Groups for any region name a mutation may invent. */
    private static final GroupConfig ANY_REGION = new GroupConfig(Map.of(), RegionGroups.standard());

    private static String plan() {
        return PlanTexts.text(PlanTexts.fail(PlanTexts.critical(PlanTexts.evening(), 18, "south", 3), 21, "ERROR"));
    }

    private static PlanQuotas basePlan() {
        return PlanFileReader.parse(PlanTexts.text(PlanTexts.critical(PlanTexts.evening(), 18, "south", 3)), "base");
    }

    @Test
    void mutatedPlansAreRefusedWithALocationOrRotatedWithinTheRules() throws Exception {
        SplittableRandom random = new SplittableRandom(SEED);
        feed(plan(), "plan.json", text -> {
            PlanQuotas q = PlanFileReader.parse(text, "plan.json");
            return rota(new RotaInput(q, ANY_REGION, "g", Ledger.empty(), null, random.nextBoolean()), random);
        });
    }

    @Test
    void mutatedGroupFilesAreRefusedWithALocationOrRotatedWithinTheRules() throws Exception {
        String groups = "{\"regions\": {\"north\": {\"groups\": [{\"name\": \"a\", \"share\": 0.25, \"feeders\": [\"F1\"]},"
                + " {\"name\": \"b\", \"share\": 0.35}, {\"name\": \"c\", \"share\": 0.4}], \"criticalFeeders\": [\"H\"]}},"
                + " \"default\": {\"groups\": [{\"name\": \"x\", \"share\": 0.5}, {\"name\": \"y\", \"share\": 0.5}]}}";
        SplittableRandom random = new SplittableRandom(SEED + 1);
        feed(groups, "groups.json", text -> rota(RotaInput.of(basePlan(), GroupConfigReader.parse(text, "groups.json"),
                "groups.json", Ledger.empty()), random));
    }

    @Test
    void mutatedLedgersAreRefusedWithALocationOrRotatedWithinTheRules() throws Exception {
        RotaResult yesterday = Rota.run(RotaInput.of(PlanFileReader.parse(PlanTexts.text(dayBefore()), "before"),
                ANY_REGION, "g", Ledger.empty()), RotaMethods.sweep(), PARAMS);
        ByteArrayOutputStream ledger = new ByteArrayOutputStream();
        LedgerJson.content(yesterday.ledger()).writeTo(ledger);
        SplittableRandom random = new SplittableRandom(SEED + 2);
        feed(ledger.toString(), "ledger.json", text -> rota(RotaInput.of(basePlan(), ANY_REGION, "g",
                LedgerJson.parse(text, "ledger.json")), random));
    }

    @Test
    void mutatedSchedulesAreRefusedWithALocationOrRotatedWithinTheRules() throws Exception {
        RotaResult published = Rota.run(RotaInput.of(basePlan(), ANY_REGION, "g", Ledger.empty()), RotaMethods.queues(),
                PARAMS);
        ByteArrayOutputStream schedule = new ByteArrayOutputStream();
        ScheduleJsonWriter.content(published, Map.of()).writeTo(schedule);
        SplittableRandom random = new SplittableRandom(SEED + 3);
        feed(schedule.toString(), "S.json", text -> {
            RotaResult read = ScheduleJsonReader.parse(text, "S.json");
            Replan replan = new Replan(read.schedules(), PlanTexts.DAY.atTime(random.nextInt(24), 0));
            return rota(new RotaInput(basePlan(), ANY_REGION, "g", Ledger.empty(), replan, false), random);
        });
    }

    /** The evening plan one day earlier. */
    private static ObjectNode dayBefore() {
        ObjectNode plan = PlanTexts.evening();
        plan.put("start", PlanTexts.DAY.minusDays(1).atStartOfDay().toString());
        for (int i = 0; i < plan.path("slots").size(); i++) {
            ((ObjectNode) plan.path("slots").get(i)).put("start", PlanTexts.DAY.minusDays(1).atTime(i, 0).toString());
        }
        return plan;
    }

    private static RotaResult rota(RotaInput input, SplittableRandom random) {
        return Rota.run(input, random.nextBoolean() ? RotaMethods.sweep() : RotaMethods.queues(), PARAMS);
    }

    private static void feed(String base, String source, Function<String, RotaResult> readAndRun) throws Exception {
        Mutations mutations = new Mutations(SEED + source.hashCode());
        int refused = 0;
        int scheduled = 0;
        for (int i = 0; i < MUTATIONS; i++) {
            String text = mutations.mutate(base);
            RotaResult r;
            try {
                r = readAndRun.apply(text);
            } catch (InputException e) {
                assertThat(e.source()).as("mutation %d: %s", i, e.getMessage()).isIn(source, "g", "groups.json");
                // a location: the field, the line of a syntax error, or the document itself when it is no object
                assertThat(!e.field().isEmpty() || e.line() > 0 || e.detail().startsWith("must be a JSON object"))
                        .as("mutation %d has a location: %s", i, e.getMessage()).isTrue();
                refused++;
                continue;
            }
            if (r.outcome() == RotaOutcome.REFUSED_UNUSABLE_SLOTS) {
                assertThat(r.unusableSlots()).as("mutation %d", i).isNotEmpty();
                assertThat(r.message()).contains("whose shed is unknown");
                continue;
            }
            assertThat(r.outcome()).as("mutation %d", i).isEqualTo(RotaOutcome.SCHEDULED);
            for (RegionSchedule s : r.schedules()) {
                accepted(s, "mutation " + i);
            }
            scheduled++;
        }
        assertThat(refused).as("mutations refused").isPositive();
        assertThat(scheduled).as("mutations that still make a plan").isPositive();
    }

    /** What the rule checker's verdict promises of a schedule, checked from the schedule alone. */
    private static void accepted(RegionSchedule s, String what) {
        boolean cover = false;
        for (int h = 0; h < HalfHours.PER_DAY; h++) {
            int half = h;
            List<RelaxedRule> reasons = s.relaxations().stream().filter(r -> r.group().isEmpty() && r.halfHour() == half)
                    .map(Relaxation::rule).toList();
            assertThat(reasons).as("%s h%d", what, h).doesNotContain(RelaxedRule.METHOD_SHORTFALL);
            double total = s.groups().stream().mapToDouble(g -> g.loadAt(half)).sum();
            if (reasons.contains(RelaxedRule.QUOTA_ABOVE_LOAD)) {
                assertThat(s.quotaAt(h)).as("%s h%d", what, h).isGreaterThan(total);
            } else if (reasons.isEmpty()) {
                assertThat(s.offLoadAt(h)).as("%s h%d", what, h)
                        .isGreaterThanOrEqualTo(s.quotaAt(h) - RotaParameters.COVER_TOLERANCE_MW);
            }
            cover |= !reasons.isEmpty();
            if (s.isUnknown(h)) {
                assertThat(s.offLoadAt(h)).as("%s h%d unknown", what, h).isZero();
            }
        }
        if (cover) {
            assertThat(s.status()).as(what).isEqualTo(RotaStatus.UNDER_COVER);
        } else if (s.unknownCount() > 0) {
            assertThat(s.status()).as(what).isEqualTo(RotaStatus.INCOMPLETE);
        } else if (!s.relaxations().isEmpty()) {
            assertThat(s.status()).as(what).isEqualTo(RotaStatus.RELAXED);
        } else {
            assertThat(s.status()).as(what).isIn(RotaStatus.OPTIMAL, RotaStatus.FEASIBLE);
        }
    }
}
