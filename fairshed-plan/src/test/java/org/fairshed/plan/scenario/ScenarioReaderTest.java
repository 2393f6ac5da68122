package org.fairshed.plan.scenario;

import org.fairshed.common.InputException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.fairshed.grid.testing.SharedData;
import org.fairshed.plan.FairnessMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Parsing: the public scenarios, every extension's shapes, and one test per bad input. */
final class ScenarioReaderTest {

    private static final String S1 = "s1.json";
    private static final String HEAD = "{\"network\": \"case.m\", \"start\": \"2026-12-01T00:00\", \"slotMinutes\": 60, ";

    private static Scenario parse(String members) {
        return ScenarioReader.parse(HEAD + members + "}", S1);
    }

    private static void assertRejected(String members, String... messageParts) {
        assertThatThrownBy(() -> parse(members)).isInstanceOf(InputException.class)
                .message().startsWith(S1 + ": ").contains(messageParts);
    }

    @Test
    void readsPublicScenarios() {
        Scenario s0 = ScenarioReader.read(SharedData.path("scenarios/public-s0-case118.json"));
        Scenario s1 = ScenarioReader.read(SharedData.path("scenarios/public-s1-activsg2000.json"));

        assertThat(s0.network()).isEqualTo("case118.m");
        assertThat(s0.loadScale().size()).isEqualTo(24);
        assertThat(s0.areaLoadMw()).isEmpty();
        assertThat(s0.damage().generators()).hasSize(18);
        assertThat(s1.start()).isEqualTo(LocalDateTime.of(2016, 12, 19, 0, 0));
        assertThat(s1.areaLoadMw()).containsOnlyKeys(1, 2, 3, 4, 5, 6, 7, 8);
        assertThat(s1.areaLoadMw().get(1).get(0)).isEqualTo(1090.1);
        assertThat(s1.loadScale()).isNull();
        assertThat(s1.damage().derates()).hasSize(2);
        assertThat(s1.regions()).isEqualTo(RegionSpec.DEFAULT);
        assertThat(s1.fairness()).isEqualTo(FairnessSpec.DEFAULT);
        assertThat(s1.ramps()).isNull();
    }

    @Test
    void readsEveryExtension() {
        Scenario s = parse("\"slots\": 2, \"regions\": {\"north\": [1, 2], \"south\": [3]},"
                + " \"critical\": {\"default\": 0.1, \"regions\": {\"north\": 0.3}, \"buses\": {\"3\": 0.8}},"
                + " \"fairness\": {\"mode\": \"min-shed\", \"priceOfFairness\": 0.02,"
                + "   \"history\": {\"days\": 6, \"shedMwh\": {\"north\": 12}}},"
                + " \"ramps\": {\"source\": \"case\", \"defaultMwPerMinute\": 5},"
                + " \"availability\": {\"fuel\": {\"solar\": [0, 0.5]}, \"generators\": {\"17\": [1, 0.25]}}");

        assertThat(s.name()).isEqualTo("s1");
        assertThat(s.regions().kind()).isEqualTo(RegionSpec.Kind.EXPLICIT);
        assertThat(s.regions().explicit()).containsExactly(Map.entry("north", List.of(1, 2)), Map.entry("south", List.of(3)));
        assertThat(s.critical()).isEqualTo(new CriticalSpec(0.1, Map.of("north", 0.3), Map.of(3, 0.8)));
        assertThat(s.fairness().mode()).isEqualTo(FairnessMode.MIN_SHED);
        assertThat(s.fairness().priceOfFairness()).isEqualTo(0.02);
        assertThat(s.fairness().effectiveCumulative()).isTrue();
        assertThat(s.fairness().history().days()).isEqualTo(6.0);
        assertThat(s.ramps()).isEqualTo(new RampSpec(true, 5));
        assertThat(s.availability().fuel().get("solar")).isEqualTo(new SlotProfile(new double[] {0, 0.5}));
        assertThat(s.availability().generators().get(17)).isEqualTo(new SlotProfile(new double[] {1, 0.25}));
    }

    @Test
    void acceptsShortForms() {
        assertThat(parse("\"slots\": 1, \"fairness\": \"min-shed\"").fairness().mode()).isEqualTo(FairnessMode.MIN_SHED);
        assertThat(parse("\"slots\": 1, \"fairness\": {\"cumulative\": true}").fairness().effectiveCumulative()).isTrue();
        assertThat(parse("\"slots\": 1, \"ramps\": \"case\"").ramps()).isEqualTo(RampSpec.CASE);
        assertThat(parse("\"slots\": 1, \"ramps\": null").ramps()).isNull();
        assertThat(parse("\"slots\": 1, \"ramps\": {\"mwPerMinute\": 5}").ramps()).isEqualTo(new RampSpec(false, 5));
        assertThat(parse("\"slots\": 1, \"regions\": {\"by\": \"zones\"}").regions().kind()).isEqualTo(RegionSpec.Kind.ZONES);
    }

    @Test
    void readsFromFileAndNamesItInErrors(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("bad.json");
        Files.writeString(file, HEAD + "\"slots\": 0}");
        assertThatThrownBy(() -> ScenarioReader.read(file)).isInstanceOf(InputException.class)
                .hasMessage(file + ": slots must be a positive whole number, got 0");
    }

    @Test
    void rejectsNegativeSlots() {
        assertThatThrownBy(() -> parse("\"slots\": -3")).hasMessage("s1.json: slots must be a positive whole number, got -3");
    }

    @Test
    void rejectsFractionalSlotMinutes() {
        assertThatThrownBy(() -> ScenarioReader.parse("{\"network\": \"c.m\", \"start\": \"2026-12-01T00:00\","
                + " \"slotMinutes\": 7.5, \"slots\": 2}", S1))
                .hasMessage("s1.json: slotMinutes must be a whole number of minutes from 15 to 1440 (a day), got 7.5");
    }

    @Test
    void rejectsAreaProfileOfWrongLength() {
        String values = "[" + "1,".repeat(22) + "1]";
        assertThatThrownBy(() -> parse("\"slots\": 24, \"areaLoadMw\": {\"4\": " + values + "}"))
                .hasMessage("s1.json: areaLoadMw[\"4\"] has 23 values; expected one per slot (24)");
    }

    @Test
    void rejectsLoadScaleOfWrongLength() {
        assertRejected("\"slots\": 3, \"loadScale\": [1, 1]", "loadScale has 2 values; expected one per slot (3)");
    }

    @Test
    void rejectsNegativeAreaLoad() {
        assertRejected("\"slots\": 2, \"areaLoadMw\": {\"1\": [5, -1]}", "areaLoadMw[\"1\"][1] must not be negative");
    }

    @Test
    void rejectsAreaKeyThatIsNotANumber() {
        assertRejected("\"slots\": 1, \"areaLoadMw\": {\"north\": [5]}", "areaLoadMw[\"north\"] is not a valid area number");
    }

    @Test
    void rejectsUnknownTopLevelFieldWithHint() {
        assertRejected("\"slots\": 1, \"loadscale\": [1]", "loadscale is not a known field", "did you mean \"loadScale\"?");
    }

    @Test
    void rejectsUnknownTopLevelFieldWithoutCloseMatch() {
        assertThatThrownBy(() -> parse("\"slots\": 1, \"weather\": \"cold\""))
                .message().contains("s1.json: weather is not a known field").doesNotContain("did you mean");
    }

    @Test
    void readsTheLossShareAndDefaultsItToLossless() {
        assertThat(parse("\"slots\": 1, \"lossShare\": 0.055").lossShare()).isEqualTo(0.055);
        assertThat(parse("\"slots\": 1").lossShare()).isZero();
    }

    @Test
    void rejectsALossShareOutsideItsRange() {
        assertRejected("\"slots\": 1, \"lossShare\": 5", "lossShare", "from 0 to 0.2", "got 5");
        assertRejected("\"slots\": 1, \"lossShare\": -0.01", "lossShare", "from 0 to 0.2");
        assertRejected("\"slots\": 1, \"lossShare\": \"5%\"", "lossShare", "must be a number");
    }

    @Test
    void pointsMisplacedFairnessFieldsIntoFairness() {
        assertRejected("\"slots\": 1, \"priceOfFairness\": 0.1", "priceOfFairness", "fairness.priceOfFairness");
    }

    @Test
    void rejectsMissingRequiredField() {
        assertThatThrownBy(() -> ScenarioReader.parse("{\"start\": \"2026-12-01T00:00\", \"slotMinutes\": 60, \"slots\": 1}",
                S1)).hasMessage("s1.json: network is required");
    }

    @Test
    void rejectsBadStart() {
        assertThatThrownBy(() -> ScenarioReader.parse("{\"network\": \"c.m\", \"start\": \"tomorrow\", \"slotMinutes\": 60,"
                + " \"slots\": 1}", S1)).message().startsWith("s1.json: start must be a local date-time");
    }

    @Test
    void rejectsInvalidJson() {
        assertThatThrownBy(() -> ScenarioReader.parse("{\"network\": ", S1)).isInstanceOf(InputException.class)
                .message().startsWith("s1.json:1:13: is not valid JSON");
    }

    @Test
    void rejectsUnknownOutageField() {
        assertRejected("\"slots\": 1, \"outages\": {\"generator\": [1]}", "outages.generator is not a known field",
                "did you mean \"generators\"?");
    }

    @Test
    void rejectsDerateFactorAboveOne() {
        assertRejected("\"slots\": 1, \"derates\": [{\"generators\": [1], \"factor\": 1.5}]", "derates[0]", "factor");
    }

    @Test
    void rejectsOutageRowThatIsNotAWholeNumber() {
        assertRejected("\"slots\": 1, \"outages\": {\"branches\": [\"x\"]}", "outages.branches[0]");
    }

    @Test
    void rejectsUnknownRegionKindWithHint() {
        assertRejected("\"slots\": 1, \"regions\": {\"by\": \"area\"}", "regions.by must be", "did you mean \"areas\"?");
    }

    @Test
    void rejectsRegionThatIsNotABusList() {
        assertRejected("\"slots\": 1, \"regions\": {\"north\": 3}", "regions[\"north\"] must be a non-empty list of bus numbers");
    }

    @Test
    void rejectsBusRepeatedInOneRegion() {
        assertRejected("\"slots\": 1, \"regions\": {\"north\": [3, 3]}", "regions[\"north\"][1] repeats bus 3");
    }

    @Test
    void rejectsCriticalShareOutOfRange() {
        assertRejected("\"slots\": 1, \"critical\": {\"buses\": {\"5\": 1.5}}", "critical.buses[\"5\"] must be between 0 and 1");
    }

    @Test
    void rejectsUnknownCriticalField() {
        assertRejected("\"slots\": 1, \"critical\": {\"defaults\": 0.1}", "critical.defaults", "did you mean \"default\"?");
    }

    @Test
    void rejectsUnknownFairnessModeWithHint() {
        assertRejected("\"slots\": 1, \"fairness\": \"fiar\"", "fairness must be \"min-shed\" or \"fair\"", "did you mean \"fair\"?");
    }

    @Test
    void rejectsPriceOfFairnessAboveOne() {
        assertRejected("\"slots\": 1, \"fairness\": {\"priceOfFairness\": 2}", "fairness.priceOfFairness must be between 0 and 1");
    }

    @Test
    void rejectsHistoryWithBothDaysAndLoad() {
        assertRejected("\"slots\": 1, \"fairness\": {\"history\": {\"days\": 2, \"loadMwh\": {\"1\": 5}, \"shedMwh\": {}}}",
                "fairness.history needs exactly one of \"days\"");
    }

    @Test
    void rejectsHistoryWithoutShed() {
        assertRejected("\"slots\": 1, \"fairness\": {\"history\": {\"days\": 2}}", "fairness.history.shedMwh is required");
    }

    @Test
    void rejectsUnknownRampSource() {
        assertRejected("\"slots\": 1, \"ramps\": \"fast\"", "ramps must be \"case\"");
    }

    @Test
    void rejectsNegativeRampRate() {
        assertRejected("\"slots\": 1, \"ramps\": {\"mwPerMinute\": -1}", "ramps.mwPerMinute must be positive, got -1");
    }

    @Test
    void rejectsDefaultRampWithoutCaseSource() {
        assertRejected("\"slots\": 1, \"ramps\": {\"defaultMwPerMinute\": 5}", "ramps.defaultMwPerMinute needs \"source\": \"case\"");
    }

    @Test
    void rejectsAvailabilityFactorAboveOne() {
        assertRejected("\"slots\": 2, \"availability\": {\"fuel\": {\"solar\": [0.5, 1.2]}}",
                "availability.fuel[\"solar\"][1] must be between 0 and 1, got 1.2");
    }

    @Test
    void rejectsAvailabilityProfileOfWrongLength() {
        assertRejected("\"slots\": 2, \"availability\": {\"generators\": {\"3\": [0.5]}}",
                "availability.generators[\"3\"] has 1 values; expected one per slot (2)");
    }

    @Test
    void rejectsAvailabilityGeneratorKeyThatIsNotARow() {
        assertRejected("\"slots\": 1, \"availability\": {\"generators\": {\"G3\": [0.5]}}",
                "availability.generators[\"G3\"] is not a valid generator row");
    }
}
