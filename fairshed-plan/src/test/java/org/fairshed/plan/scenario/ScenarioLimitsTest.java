package org.fairshed.plan.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.fairshed.common.InputException;
import org.fairshed.common.Limits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One test per class of bad scenario input of issue 8, read where it is read: numbers that are not finite or out of
 * their range (the 1e100 load scale that crashed OR-Tools), identifiers that would wrap at 2³², the documented limits,
 * and the strict file rules (duplicate keys, trailing content, non-UTF-8, unknown format version). Each error is an
 * {@link InputException} naming the file and the field or line, the value and what was expected.
 */
final class ScenarioLimitsTest {

    private static final String S = "s.json";
    private static final String HEAD = "{\"network\": \"case.m\", \"start\": \"2026-12-01T00:00\", \"slotMinutes\": 60, ";

    private static InputException rejected(String members) {
        return rejectedJson(HEAD + members + "}");
    }

    private static InputException rejectedJson(String json) {
        Throwable t = org.assertj.core.api.Assertions.catchThrowable(() -> ScenarioReader.parse(json, S));
        assertThat(t).isInstanceOf(InputException.class);
        InputException e = (InputException) t;
        assertThat(e.source()).isEqualTo(S);
        assertThat(e.field().isEmpty() && e.line() == 0).as("a location: field or line, in %s", e.getMessage()).isFalse();
        return e;
    }

    @Test
    void aHugeLoadScaleIsRefusedBeforeAnySolverSeesIt() {
        InputException e = rejected("\"slots\": 2, \"loadScale\": [1e100, 1]");
        assertThat(e.field()).isEqualTo("loadScale[0]");
        assertThat(e.detail()).isEqualTo("must be between 0 and 100, got 1.0E100 (a load factor)");
        assertThat(rejected("\"slots\": 1, \"loadScale\": [100.5]").field()).isEqualTo("loadScale[0]");
        assertThat(ScenarioReader.parse(HEAD + "\"slots\": 1, \"loadScale\": [100]}", S).loadScale().get(0)).isEqualTo(100);
    }

    @Test
    void notANumberAndInfinityAreNotJsonAndBeyondADoubleIsNotFinite() {
        assertThat(rejected("\"slots\": 1, \"loadScale\": [NaN]").line()).isEqualTo(1);
        assertThat(rejected("\"slots\": 1, \"loadScale\": [Infinity]").detail()).startsWith("is not valid JSON");
        InputException huge = rejected("\"slots\": 1, \"loadScale\": [1e400]");
        assertThat(huge.field()).isEqualTo("loadScale[0]");
        assertThat(huge.detail()).contains("finite number").contains("beyond the range of a double");
    }

    @Test
    void negativeAndHugePowersAreRefused() {
        assertThat(rejected("\"slots\": 1, \"areaLoadMw\": {\"1\": [-5]}").field()).isEqualTo("areaLoadMw[\"1\"][0]");
        InputException e = rejected("\"slots\": 1, \"areaLoadMw\": {\"1\": [2e7]}");
        assertThat(e.detail()).contains("between 0 and 10000000 MW").contains("2.0E7");
        assertThat(rejected("\"slots\": 1, \"ramps\": {\"mwPerMinute\": 1e100}").field()).isEqualTo("ramps.mwPerMinute");
        assertThat(rejected("\"slots\": 1, \"ramps\": {\"mwPerMinute\": 0}").field()).isEqualTo("ramps.mwPerMinute");
    }

    /** The issue's {@code 4294967297} that silently meant generator 1. */
    @Test
    void identifiersThatWouldWrapAtTwoToThe32AreRefused() {
        InputException gen = rejected("\"slots\": 1, \"outages\": {\"generators\": [4294967297]}");
        assertThat(gen.field()).isEqualTo("outages.generators[0]");
        assertThat(gen.detail()).isEqualTo("must be between 1 and 2147483647, got 4294967297");
        assertThat(rejected("\"slots\": 1, \"outages\": {\"branches\": [2, 4294967298]}").field())
                .isEqualTo("outages.branches[1]");
        assertThat(rejected("\"slots\": 1, \"outages\": {\"buses\": [-1]}").field()).isEqualTo("outages.buses[0]");
        assertThat(rejected("\"slots\": 1, \"derates\": [{\"generators\": [4294967297], \"factor\": 0.5}]").field())
                .isEqualTo("derates[0].generators[0]");
        assertThat(rejected("\"slots\": 1, \"regions\": {\"a\": [1, 4294967297]}").field())
                .isEqualTo("regions[\"a\"][1]");
        assertThat(rejected("\"slots\": 1, \"areaLoadMw\": {\"4294967297\": [1]}").detail())
                .contains("must be between 1 and 2147483647");
        assertThat(rejected("\"slots\": 1, \"critical\": {\"buses\": {\"4294967299\": 0.5}}").field())
                .isEqualTo("critical.buses[\"4294967299\"]");
        assertThat(rejected("\"slots\": 1, \"availability\": {\"generators\": {\"4294967297\": [1]}}").field())
                .isEqualTo("availability.generators[\"4294967297\"]");
        assertThat(rejected("\"slots\": 1, \"outages\": {\"generators\": [1.5]}").detail()).startsWith("must be a whole number between 1 and 2147483647");
    }

    @Test
    void repeatedIdentifiersAreRefused() {
        assertThat(rejected("\"slots\": 1, \"outages\": {\"generators\": [3, 5, 3]}").detail())
                .isEqualTo("repeats generator row 3 (already at position 0)");
        assertThat(rejected("\"slots\": 1, \"derates\": [{\"generators\": [1], \"factor\": 0.5}, "
                + "{\"generators\": [2, 1], \"factor\": 0.5}]").field()).isEqualTo("derates[1].generators[1]");
        assertThat(rejected("\"slots\": 1, \"critical\": {\"buses\": {\"3\": 0.5, \"03\": 0.2}}").detail())
                .contains("bus 3 a second time");
        assertThat(rejected("\"slots\": 1, \"areaLoadMw\": {\"1\": [1], \"01\": [2]}").detail())
                .contains("area 1 a second time");
    }

    /** The 100,000-slot scenario (a 2.3 GB plan) and the other documented limits. */
    @Test
    void theDocumentedLimitsAreEnforced() {
        InputException slots = rejected("\"slots\": 100000");
        assertThat(slots.field()).isEqualTo("slots");
        assertThat(slots.detail()).contains("at most " + Limits.MAX_SLOTS).contains("a week of 30-minute slots");
        assertThat(ScenarioReader.parse(HEAD + "\"slots\": " + Limits.MAX_SLOTS + "}", S).slots()).isEqualTo(Limits.MAX_SLOTS);
        assertThat(rejectedJson("{\"network\": \"c.m\", \"start\": \"2026-12-01T00:00\", \"slotMinutes\": 5, \"slots\": 1}")
                .field()).isEqualTo("slotMinutes");
        assertThat(rejectedJson("{\"network\": \"c.m\", \"start\": \"2026-12-01T00:00\", \"slotMinutes\": 4294967356, "
                + "\"slots\": 1}").field()).isEqualTo("slotMinutes");
        assertThat(rejected("\"slots\": 1, \"fairness\": {\"history\": {\"days\": 1e9, \"shedMwh\": {}}}").field())
                .isEqualTo("fairness.history.days");
        assertThat(rejected("\"slots\": 1, \"fairness\": {\"history\": {\"days\": 1, \"shedMwh\": {\"a\": 1e300}}}")
                .field()).isEqualTo("fairness.history.shedMwh[\"a\"]");
    }

    @Test
    void tooManyRegionsAreRefused() {
        StringBuilder regions = new StringBuilder();
        for (int r = 0; r <= Limits.MAX_REGIONS; r++) {
            regions.append(r == 0 ? "" : ", ").append("\"r").append(r).append("\": [").append(r + 1).append(']');
        }
        InputException e = rejected("\"slots\": 1, \"regions\": {" + regions + "}");
        assertThat(e.field()).isEqualTo("regions");
        assertThat(e.detail()).contains("at most " + Limits.MAX_REGIONS);
    }

    @Test
    void aFormatVersionOtherThanOneIsRefusedAndOneIsAccepted() {
        InputException e = rejected("\"formatVersion\": 2, \"slots\": 1");
        assertThat(e.field()).isEqualTo("formatVersion");
        assertThat(e.detail()).contains("is 2").contains("version 1");
        assertThat(ScenarioReader.parse(HEAD + "\"formatVersion\": 1, \"slots\": 1}", S).slots()).isEqualTo(1);
    }

    @Test
    void duplicateKeysAndTrailingContentAreRefusedWithTheirLine() {
        InputException dup = rejectedJson(HEAD + "\"slots\": 1,\n \"slots\": 2}");
        assertThat(dup.line()).isEqualTo(2);
        assertThat(dup.detail()).contains("Duplicate field 'slots'");
        InputException trailing = rejectedJson(HEAD + "\"slots\": 1}\n{\"more\": 1}");
        assertThat(trailing.line()).isEqualTo(2);
        assertThat(rejectedJson(HEAD + "\"slots\": 1, \"outages\": {\"generators\": [1], \"generators\": [2]}}").detail())
                .contains("Duplicate field 'generators'");
    }

    @Test
    void aFileThatIsNotUtf8IsNamedWithTheLineOfTheBadByte(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("latin1.json");
        Files.write(file, (HEAD + "\"slots\": 1,\n\"name\": \"Kyiv-\u00e9t\u00e9\"}").getBytes(StandardCharsets.ISO_8859_1));
        assertThatThrownBy(() -> ScenarioReader.read(file)).isInstanceOf(InputException.class)
                .hasMessageStartingWith(file + ":2: is not UTF-8 text");
        assertThatThrownBy(() -> ScenarioReader.read(dir.resolve("missing.json"))).isInstanceOf(InputException.class)
                .hasMessage(dir.resolve("missing.json") + ": scenario not found");
    }
}
