package org.fairshed.server.operator;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.util.List;
import org.fairshed.common.InputException;
import org.fairshed.common.json.JsonFields;
import org.fairshed.common.json.JsonInput;
import org.fairshed.grid.damage.Damage;
import org.fairshed.grid.damage.DamageReader;
import org.fairshed.plan.scenario.Scenario;
import org.fairshed.plan.scenario.ScenarioReader;

/**
 * A job's upload: a scenario in the engine's format (docs/scenario-format.md), or a damage update against the current
 * day, told apart by {@code "type": "damage-update"} (a field no scenario has):
 * <pre>{"type": "damage-update", "network": "synthetic-demo", "at": "2026-10-25T14:05",
 *  "outages": {"generators": [12], "branches": [40, 41], "buses": []}, "derates": [{"generators": [7], "factor": 0.5}]}</pre>
 * {@code at} (local time of the network's regions) is optional: the server's now. Errors name {@link #SOURCE} and the
 * JSON path of the value.
 */
sealed interface Upload {

    String SOURCE = "upload";
    String TYPE_DAMAGE = "damage-update";
    List<String> DAMAGE_FIELDS = List.of("type", "network", "at", "outages", "derates");

    String network();

    record ScenarioUpload(Scenario scenario) implements Upload {
        @Override
        public String network() {
            return scenario.network();
        }
    }

    /** @param at the moment of the update, or null for now */
    record DamageUpload(String network, LocalDateTime at, Damage damage) implements Upload {
    }

    static Upload parse(String body) {
        JsonNode root = JsonInput.parseObject(body, SOURCE, "a scenario or a damage update");
        JsonNode type = root.get("type");
        if (type == null) {
            return new ScenarioUpload(ScenarioReader.parse(body, SOURCE));
        }
        JsonFields f = new JsonFields(SOURCE);
        if (!type.isTextual() || !type.asText().equals(TYPE_DAMAGE)) {
            throw f.error("type", "must be \"" + TYPE_DAMAGE + "\" (a scenario has no type), got " + JsonFields.describe(type));
        }
        f.object(root, "", DAMAGE_FIELDS);
        String network = f.text(f.required(root, "", "network"), "network");
        LocalDateTime at = null;
        if (!JsonFields.absent(root.path("at"))) {
            String text = f.text(root.get("at"), "at");
            try {
                at = LocalDateTime.parse(text);
            } catch (DateTimeException e) {
                throw f.error("at", "must be a local date-time like \"2026-10-25T14:05\", got \"" + clip(text) + "\"");
            }
        }
        Damage damage = DamageReader.fromJson(root, SOURCE);
        if (damage.isEmpty()) {
            throw InputException.atField(SOURCE, "outages", "a damage update must name something lost or derated "
                    + "(outages.generators, outages.branches, outages.buses or derates)");
        }
        return new DamageUpload(network, at, damage);
    }

    private static String clip(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }
}
