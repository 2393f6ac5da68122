package org.fairshed.server.testing;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.dialect.Dialects;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.fairshed.server.api.HealthApi;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The server's OpenAPI 3.1 document and a maintained JSON Schema validator (networknt, OpenAPI 3.1 dialect, format
 * assertions on) that checks a real response body against the schema the document gives for its path, status and
 * media type.
 */
public final class OpenApiDocument {

    private static final String IRI = "https://fairshed.test/openapi.json";
    private final JsonNode doc;
    private final SchemaRegistry registry;

    public OpenApiDocument() {
        String text = new String(HealthApi.openApiBytes(), StandardCharsets.UTF_8);
        this.doc = new ObjectMapper().readTree(text);
        this.registry = SchemaRegistry.withDialect(Dialects.getOpenApi31(), b -> b.schemas(Map.of(IRI, text))
                .schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
    }

    public JsonNode doc() {
        return doc;
    }

    public List<String> paths() {
        List<String> out = new ArrayList<>();
        Iterator<String> it = doc.path("paths").propertyNames().iterator();
        it.forEachRemaining(out::add);
        return out;
    }

    /** The problems with {@code body} as the response of GET {@code path} with {@code status} and {@code media}. */
    public List<String> validate(String path, int status, String media, String body) {
        return validate("get", path, status, media, body);
    }

    /** Whether the document has an operation {@code method} (lower case) on {@code path}. */
    public boolean has(String method, String path) {
        return !doc.path("paths").path(path).path(method).isMissingNode();
    }

    /** As {@link #validate(String, int, String, String)} for any method ({@code get}, {@code post}, {@code put}). */
    public List<String> validate(String method, String path, int status, String media, String body) {
        String get = method.toLowerCase(java.util.Locale.ROOT);
        JsonNode responses = doc.path("paths").path(path).path(get).path("responses");
        if (responses.isMissingNode()) {
            return List.of("the document has no " + method + " " + path);
        }
        JsonNode response = responses.path(Integer.toString(status));
        if (response.isMissingNode()) {
            return List.of("the document has no response " + status + " for " + method + " " + path);
        }
        if (status == 304 || status == 204) {
            return List.of();
        }
        if (!response.path("content").has(media)) {
            return List.of(method + " " + path + " " + status + " is documented as " + response.path("content").propertyNames()
                    + ", not " + media);
        }
        String pointer = "/paths/" + escape(path) + "/" + get + "/responses/" + status + "/content/" + escape(media) + "/schema";
        Schema schema = registry.getSchema(SchemaLocation.of(IRI + "#" + pointer));
        List<String> out = new ArrayList<>();
        for (Error e : schema.validate(body, InputFormat.JSON)) {
            out.add(e.getInstanceLocation() + ": " + e.getMessage());
        }
        return out;
    }

    private static String escape(String s) {
        return s.replace("~", "~0").replace("/", "~1");
    }
}
