package org.fairshed.plan.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.fairshed.grid.testing.SharedData;
import org.fairshed.plan.PlanInput;
import org.junit.jupiter.api.Test;

/** The complete example of docs/scenario-format.md parses and resolves against ACTIVSg2000. */
final class FormatDocExampleTest {

    private static final String HEADING = "## Complete example";

    @Test
    void completeExampleResolves() throws IOException {
        Path doc = Path.of("..", "docs", "scenario-format.md");
        String text = Files.readString(doc);
        String after = text.substring(text.indexOf(HEADING));
        String json = after.substring(after.indexOf("```json") + "```json".length(), after.indexOf("```", after.indexOf("{")));

        Scenario scenario = ScenarioReader.parse(json, "scenario-format.md");
        PlanInput input = PlanInputFactory.create(scenario, doc, SharedData.path("cases"));

        assertThat(input.slotCount()).isEqualTo(4);
        assertThat(input.regions().count()).isEqualTo(8);
        assertThat(input.fairness().cumulative()).isTrue();
        assertThat(input.rampMwPerSlot()).containsOnly(3 * 60.0);
        assertThat(input.criticalShare()[input.grid().busIndex(1001)]).isEqualTo(0.9);
    }
}
