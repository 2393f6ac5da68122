package org.fairshed.rota;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Parsing of the rota's JSON inputs (plan, group file, schedule) into a tree, with errors naming the source. */
final class JsonInput {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private JsonInput() {
    }

    /**
     * The top-level JSON object of {@code json}.
     *
     * @param expected what the object must be, completing "must be ..." in the error
     * @throws RotaInputException naming {@code source} when the text is not JSON or not an object
     */
    static JsonNode object(String json, String source, String expected) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr() + ")";
            throw new RotaInputException(source, "", "is not valid JSON" + where + ": " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            throw new RotaInputException(source, "", "must be " + expected);
        }
        return root;
    }
}
