package org.fairshed.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class InputExceptionTest {

    @Test
    void theMessageHasTheKnownPartsInCompilerStyle() {
        assertThat(new InputException("case.m", 118, 7, "mpc.branch row 7", "x must be finite, got NaN").getMessage())
                .isEqualTo("case.m:118:7: mpc.branch row 7 x must be finite, got NaN");
        assertThat(InputException.atLine("case.m", 12, "unterminated matrix").getMessage())
                .isEqualTo("case.m:12: unterminated matrix");
        assertThat(InputException.atField("s.json", "slots", "must be positive, got -3").getMessage())
                .isEqualTo("s.json: slots must be positive, got -3");
        assertThat(InputException.of("plan.json", "is empty").getMessage()).isEqualTo("plan.json: is empty");
    }

    @Test
    void anInnerFieldIsPutUnderItsOuterPath() {
        InputException inner = InputException.atField("request body", "factor", "must be positive");
        assertThat(inner.under("derates[2]").field()).isEqualTo("derates[2].factor");
        assertThat(InputException.atField("b", "[3]", "x").under("generators").field()).isEqualTo("generators[3]");
        assertThat(InputException.of("b", "x").under("damage").field()).isEqualTo("damage");
    }
}
