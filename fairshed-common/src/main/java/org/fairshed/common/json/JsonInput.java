package org.fairshed.common.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.nio.file.Path;
import org.fairshed.common.InputException;
import org.fairshed.common.io.TextFiles;

/**
 * Strict JSON reading into a tree: a duplicate key, content after the top-level value, a document nested deeper than
 * {@link #MAX_DEPTH}, a number longer than {@link #MAX_NUMBER_LENGTH} digits or a file that is not UTF-8 is an
 * {@link InputException} with the source, line and column. The values are then read with {@link JsonFields}, whose
 * errors name the JSON path.
 */
public final class JsonInput {

    /** Deepest nesting of objects and lists accepted (our formats use fewer than 10 levels). */
    public static final int MAX_DEPTH = 64;
    /** Longest number literal accepted, in characters. */
    public static final int MAX_NUMBER_LENGTH = 64;

    private static final ObjectMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder()
                            .maxNestingDepth(MAX_DEPTH)
                            .maxNumberLength(MAX_NUMBER_LENGTH)
                            .build())
                    .build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(JsonParser.Feature.ALLOW_COMMENTS)
            .build();

    private JsonInput() {
    }

    /**
     * The top-level JSON object of a file, refused beyond {@code maxBytes}.
     *
     * @param what     what the file is, completing "must be a ..." and "... not found"
     */
    public static JsonNode readObject(Path file, long maxBytes, String what) {
        return parseObject(TextFiles.readUtf8(file, maxBytes, what), file.toString(), what);
    }

    /**
     * The top-level JSON object of {@code json}.
     *
     * @param source   the name of the input for messages (a file name, "request body")
     * @param what     what the object must be, completing "must be a ..."
     */
    public static JsonNode parseObject(String json, String source, String what) {
        JsonNode root = parse(json, source);
        if (root == null || root.isMissingNode() || !root.isObject()) {
            throw InputException.of(source, "must be a JSON object (" + what + "), got "
                    + (root == null || root.isMissingNode() ? "nothing" : JsonFields.describe(root)));
        }
        return root;
    }

    /** Any JSON value of {@code json}, with the strict rules above. */
    public static JsonNode parse(String json, String source) {
        try {
            return MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            int column = e.getLocation() == null ? 0 : e.getLocation().getColumnNr();
            throw new InputException(source, line, column, "", "is not valid JSON: " + e.getOriginalMessage());
        }
    }
}
