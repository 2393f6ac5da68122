package org.fairshed.common.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.fairshed.common.InputException;
import org.junit.jupiter.api.Test;

class JsonFieldsTest {

    private final JsonFields fields = new JsonFields("s.json");

    private static JsonNode value(String json) {
        return JsonInput.parseObject("{\"v\": " + json + "}", "s.json", "test").get("v");
    }

    /** 2^32 + 1 must not silently become 1 (generator, branch and bus numbers wrapped before). */
    @Test
    void wholeNumbersAreRangeCheckedBeforeNarrowing() {
        assertThatThrownBy(() -> fields.intIn(value("4294967297"), "outages.generators[0]", 1, Integer.MAX_VALUE))
                .isInstanceOf(InputException.class)
                .hasMessage("s.json: outages.generators[0] must be between 1 and 2147483647, got 4294967297");
        assertThatThrownBy(() -> fields.intIn(value("99999999999999999999999"), "slots", 1, 336))
                .isInstanceOf(InputException.class).hasMessageContaining("must be a whole number between 1 and 336");
        assertThatThrownBy(() -> fields.intIn(value("2.5"), "slots", 1, 336)).isInstanceOf(InputException.class);
        assertThat(fields.intIn(value("24"), "slots", 1, 336)).isEqualTo(24);
        assertThatThrownBy(() -> fields.wholeNumber("4294967297", "areaLoadMw[\"4294967297\"]", "area number", 1, 1000))
                .isInstanceOf(InputException.class).hasMessageContaining("must be between 1 and 1000, got 4294967297");
    }

    /** 1e400 parses as infinity: refused like any non-finite number. */
    @Test
    void numbersMustBeFiniteAndInRange() {
        assertThatThrownBy(() -> fields.number(value("1e400"), "loadScale[0]"))
                .isInstanceOf(InputException.class).hasMessage("s.json: loadScale[0] must be a finite number, got a number beyond the range of a double (about 1.8e308)");
        assertThatThrownBy(() -> fields.numberIn(value("1e100"), "loadScale[0]", 0, 100))
                .isInstanceOf(InputException.class).hasMessage("s.json: loadScale[0] must be between 0 and 100, got 1.0E100");
        assertThatThrownBy(() -> fields.number(value("\"3\""), "x")).isInstanceOf(InputException.class);
        assertThat(fields.share(value("0.25"), "x")).isEqualTo(0.25);
    }

    @Test
    void unknownFieldsAreNamedWithAHint() {
        JsonNode node = JsonInput.parseObject("{\"slot\": 1}", "s.json", "test");
        assertThatThrownBy(() -> fields.object(node, "", List.of("slots", "start")))
                .isInstanceOf(InputException.class)
                .hasMessage("s.json: slot is not a known field; did you mean \"slots\"?; known fields: slots, start");
    }

    @Test
    void formatVersionMustBeKnown() {
        JsonNode v3 = JsonInput.parseObject("{\"formatVersion\": 3}", "plan.json", "a plan");
        assertThatThrownBy(() -> fields.formatVersion(v3, 1, 2)).isInstanceOf(InputException.class)
                .hasMessage("s.json: formatVersion is 3: this Fairshed reads version 1 or 2 (a newer Fairshed wrote this file?)");
        JsonNode none = JsonInput.parseObject("{}", "plan.json", "a plan");
        assertThatThrownBy(() -> fields.formatVersion(none, 2)).isInstanceOf(InputException.class)
                .hasMessage("s.json: formatVersion is missing; expected 2");
        assertThat(fields.formatVersion(JsonInput.parseObject("{\"formatVersion\": 2}", "p", "a plan"), 1, 2)).isEqualTo(2);
    }

    @Test
    void listsAreBounded() {
        assertThatThrownBy(() -> fields.list(value("[1,2,3]"), "slots", 2)).isInstanceOf(InputException.class)
                .hasMessage("s.json: slots has 3 entries; at most 2 are accepted");
    }
}
