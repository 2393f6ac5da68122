package org.fairshed.server.access.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import org.fairshed.server.access.Role;
import org.fairshed.server.http.Json;
import org.fairshed.server.http.Problem;

/**
 * A JSON object request body: {@code Content-Type: application/json} required (415 otherwise — which also keeps a
 * cross-site HTML form from posting here), unknown members refused, each member checked with a 400 naming it.
 */
final class JsonBody {

    private final JsonNode node;

    private JsonBody(JsonNode node) {
        this.node = node;
    }

    static JsonBody of(Context ctx, Set<String> allowed) {
        String type = ctx.contentType();
        if (type == null || !type.split(";")[0].strip().equalsIgnoreCase("application/json")) {
            throw new Problem(415, "unsupported-media-type", "Unsupported media type", "the body must be "
                    + "application/json, got " + (type == null ? "none" : type), null, Map.of());
        }
        JsonNode n;
        try {
            n = Json.mapper().readTree(ctx.bodyAsBytes());
        } catch (IOException e) {
            throw Problem.badParameter("body", "is not valid JSON");
        }
        if (n == null || !n.isObject()) {
            throw Problem.badParameter("body", "must be a JSON object");
        }
        for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!allowed.contains(f)) {
                throw Problem.badParameter(f, "is not a member of this request; allowed: " + new java.util.TreeSet<>(allowed));
            }
        }
        return new JsonBody(n);
    }

    /** A string member, null when absent or null; at most {@code max} characters. */
    String text(String field, boolean required, int max) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            if (required) {
                throw Problem.badParameter(field, "is required");
            }
            return null;
        }
        if (!v.isTextual()) {
            throw Problem.badParameter(field, "must be a string");
        }
        if (v.asText().length() > max) {
            throw Problem.badParameter(field, "has " + v.asText().length() + " characters; at most " + max);
        }
        return v.asText();
    }

    Integer integer(String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.canConvertToInt() || !v.isIntegralNumber()) {
            throw Problem.badParameter(field, "must be an integer");
        }
        return v.asInt();
    }

    Role role(String field, boolean required) {
        String r = text(field, required, 20);
        return r == null ? null : role(field, r);
    }

    static Role role(String field, String value) {
        for (Role role : Role.values()) {
            if (role.name().equalsIgnoreCase(value)) {
                return role;
            }
        }
        throw Problem.badParameter(field, "must be viewer, planner, publisher or administrator, got '" + value + "'");
    }
}
