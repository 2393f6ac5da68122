package org.fairshed.rota.io;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import org.fairshed.common.json.JsonFields;

/** Local dates and date-times of the rota's JSON files, each error naming the field. */
final class JsonDates {

    private JsonDates() {
    }

    static LocalDate date(JsonFields f, JsonNode node, String path) {
        String text = f.text(node, path);
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw f.error(path, "must be a date yyyy-MM-dd, got \"" + text + "\"");
        }
    }

    static LocalDateTime dateTime(JsonFields f, JsonNode node, String path) {
        String text = f.text(node, path);
        try {
            return LocalDateTime.parse(text);
        } catch (DateTimeParseException e) {
            throw f.error(path, "must be a local date-time yyyy-MM-ddTHH:mm, got \"" + text + "\"");
        }
    }
}
