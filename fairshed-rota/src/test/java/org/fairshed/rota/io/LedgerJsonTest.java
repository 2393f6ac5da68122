package org.fairshed.rota.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.fairshed.common.InputException;
import org.fairshed.rota.ledger.Ledger;
import org.junit.jupiter.api.Test;

/** The ledger file read strictly: one test per class of bad ledger, each naming the field. */
class LedgerJsonTest {

    private static final String DAY = "2016-12-19";
    private static final String CELLS = "000000000000000000000000000000000000001111111100";
    private static final String GOOD = "{\"windowDays\": 7, \"regions\": {\"5\": {\"1.1\": {\"" + DAY + "\": 4.5}}},"
            + " \"cells\": {\"5\": {\"" + DAY + "\": {\"1.1\": \"" + CELLS.replaceFirst("0", "1") + "\"}}}}";

    @Test
    void aConsistentLedgerReads() {
        Ledger ledger = LedgerJson.parse(GOOD, "ledger.json");
        assertThat(ledger.hoursInWindow("5", "1.1", LocalDate.parse(DAY))).isEqualTo(4.5);
        assertThat(ledger.cells("5", LocalDate.parse(DAY)).off().get("1.1")[0]).isTrue();
    }

    @Test
    void everyClassOfBadLedgerIsNamed() {
        String hours = "regions[\"5\"][\"1.1\"][\"" + DAY + "\"]";
        refuses(GOOD.replace("4.5", "-1"), hours, "[0, 24]");
        refuses(GOOD.replace("4.5", "1e400"), hours, "beyond the range of a double");
        refuses(GOOD.replace("4.5", "\"4.5\""), hours, "finite number");
        refuses(GOOD.replace("\"" + DAY + "\": 4.5", "\"19.12.2016\": 4.5"), "regions[\"5\"][\"1.1\"][\"19.12.2016\"]",
                "yyyy-MM-dd");
        refuses(GOOD.replace("\"windowDays\": 7", "\"windowDays\": 14"), "windowDays", "rolling week is 7 days");
        refuses(GOOD.replace("\"windowDays\": 7", "\"window\": 7"), "window", "not a known field");
        String cells = "cells[\"5\"][\"" + DAY + "\"][\"1.1\"]";
        refuses(GOOD.replace("4.5", "4.0"), cells, "but regions[\"5\"][\"1.1\"][\"" + DAY + "\"] records 4.0");
        refuses(GOOD.replace("{\"1.1\": \"1", "{\"1.2\": \"1"), "cells[\"5\"][\"" + DAY + "\"][\"1.2\"]",
                "must be recorded in \"regions\" too");
        refuses(GOOD.replace(CELLS.replaceFirst("0", "1"), "0101"), cells, "48 characters");
        refuses(GOOD.replace("\"regions\": {\"5\"", "\"regions\": {\"5\": {}, \"5\""), "", "Duplicate field '5'");
        refuses("{\"windowDays\": 7}", "regions", "is missing");
    }

    private static void refuses(String json, String field, String detail) {
        assertThatThrownBy(() -> LedgerJson.parse(json, "ledger.json")).isInstanceOfSatisfying(InputException.class, e -> {
            assertThat(e.source()).isEqualTo("ledger.json");
            assertThat(e.field()).as(e.getMessage()).isEqualTo(field);
            assertThat(e.detail()).contains(detail);
        });
    }
}
