package org.fairshed.common.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import org.fairshed.common.InputException;
import org.junit.jupiter.api.Test;

class JsonInputTest {

    @Test
    void aDuplicateKeyIsAnErrorWithItsLine() {
        assertThatThrownBy(() -> JsonInput.parseObject("{\"slots\": 24,\n \"slots\": 48}", "s.json", "a scenario"))
                .isInstanceOfSatisfying(InputException.class, e -> {
                    assertThat(e.line()).isEqualTo(2);
                    assertThat(e.detail()).contains("Duplicate field 'slots'");
                });
    }

    @Test
    void contentAfterTheObjectIsAnError() {
        assertThatThrownBy(() -> JsonInput.parseObject("{\"a\": 1}\n{\"b\": 2}", "plan.json", "a plan"))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith("plan.json:2:").hasMessageContaining("is not valid JSON");
        assertThatThrownBy(() -> JsonInput.parseObject("{\"a\": 1} junk", "plan.json", "a plan"))
                .isInstanceOf(InputException.class).hasMessageContaining("is not valid JSON");
    }

    @Test
    void notANumberAndDeepNestingAreRefused() {
        assertThatThrownBy(() -> JsonInput.parseObject("{\"x\": NaN}", "s.json", "a scenario"))
                .isInstanceOf(InputException.class).hasMessageContaining("is not valid JSON");
        String deep = "{\"a\":".repeat(JsonInput.MAX_DEPTH + 1) + "1" + "}".repeat(JsonInput.MAX_DEPTH + 1);
        assertThatThrownBy(() -> JsonInput.parseObject(deep, "s.json", "a scenario"))
                .isInstanceOf(InputException.class).hasMessageContaining("nesting depth");
    }

    @Test
    void aTopLevelListIsNotAnObject() {
        assertThatThrownBy(() -> JsonInput.parseObject("[1, 2]", "g.json", "a group file"))
                .isInstanceOf(InputException.class).hasMessage("g.json: must be a JSON object (a group file), got a list [1,2]");
        assertThatThrownBy(() -> JsonInput.parseObject("", "g.json", "a group file"))
                .isInstanceOf(InputException.class).hasMessage("g.json: must be a JSON object (a group file), got nothing");
    }

    @Test
    void aValidObjectIsRead() {
        JsonNode root = JsonInput.parseObject("{\"a\": [1, 2.5]}", "s.json", "a scenario");
        assertThat(root.get("a").get(1).asDouble()).isEqualTo(2.5);
    }
}
