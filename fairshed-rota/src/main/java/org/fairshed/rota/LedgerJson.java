package org.fairshed.rota;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * The ledger as JSON: {@code {"windowDays": 7, "regions": {"5": {"1.1": {"2016-12-19": 3.5, ...}}}, "lastDays": {"5":
 * {"date": "2016-12-19", "off": {"1.1": "000…111", ...}}}}} ({@code lastDays} optional; 48 characters per group, 1 = off).
 */
public final class LedgerJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private LedgerJson() {
    }

    public static Ledger read(Path file) throws IOException {
        return parse(Files.readString(file), file.toString());
    }

    public static Ledger parse(String json, String source) {
        JsonNode root;
        JsonNode regions;
        try {
            root = MAPPER.readTree(json);
            regions = root.path("regions");
        } catch (IOException e) {
            throw new RotaInputException(source, "", "is not valid JSON: " + e.getMessage());
        }
        if (!regions.isObject()) {
            throw new RotaInputException(source, "regions", "must be an object region → group → date → hours");
        }
        Map<String, Map<String, NavigableMap<LocalDate, Double>>> hours = new TreeMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> r = regions.fields(); r.hasNext(); ) {
            Map.Entry<String, JsonNode> region = r.next();
            Map<String, NavigableMap<LocalDate, Double>> groups = new TreeMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> g = region.getValue().fields(); g.hasNext(); ) {
                Map.Entry<String, JsonNode> group = g.next();
                NavigableMap<LocalDate, Double> days = new TreeMap<>();
                for (Iterator<Map.Entry<String, JsonNode>> d = group.getValue().fields(); d.hasNext(); ) {
                    Map.Entry<String, JsonNode> day = d.next();
                    String path = "regions[\"" + region.getKey() + "\"][\"" + group.getKey() + "\"][\"" + day.getKey() + "\"]";
                    double h = day.getValue().asDouble(-1);
                    if (!day.getValue().isNumber() || h < 0 || h > 24) {
                        throw new RotaInputException(source, path, "must be hours off in [0, 24], got " + day.getValue());
                    }
                    try {
                        days.put(LocalDate.parse(day.getKey()), h);
                    } catch (DateTimeParseException e) {
                        throw new RotaInputException(source, path, "is not a date yyyy-MM-dd");
                    }
                }
                groups.put(group.getKey(), days);
            }
            hours.put(region.getKey(), groups);
        }
        return new Ledger(hours, lastDays(root.path("lastDays"), source));
    }

    private static Map<String, LastDay> lastDays(JsonNode node, String source) {
        Map<String, LastDay> map = new TreeMap<>();
        if (node.isMissingNode() || node.isNull()) {
            return map;
        }
        if (!node.isObject()) {
            throw new RotaInputException(source, "lastDays", "must be an object region → {\"date\", \"off\"}");
        }
        for (Iterator<Map.Entry<String, JsonNode>> r = node.fields(); r.hasNext(); ) {
            Map.Entry<String, JsonNode> region = r.next();
            String path = "lastDays[\"" + region.getKey() + "\"]";
            LocalDate date;
            try {
                date = LocalDate.parse(region.getValue().path("date").asText());
            } catch (DateTimeParseException e) {
                throw new RotaInputException(source, path + ".date", "is not a date yyyy-MM-dd");
            }
            Map<String, boolean[]> off = new TreeMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> g = region.getValue().path("off").fields(); g.hasNext(); ) {
                Map.Entry<String, JsonNode> group = g.next();
                String cells = group.getValue().asText();
                if (!cells.matches("[01]{" + HalfHours.PER_DAY + "}")) {
                    throw new RotaInputException(source, path + ".off[\"" + group.getKey() + "\"]",
                            "must be " + HalfHours.PER_DAY + " characters 0 (on) or 1 (off), got \"" + cells + "\"");
                }
                boolean[] b = new boolean[HalfHours.PER_DAY];
                for (int h = 0; h < b.length; h++) {
                    b[h] = cells.charAt(h) == '1';
                }
                off.put(group.getKey(), b);
            }
            map.put(region.getKey(), new LastDay(date, off));
        }
        return map;
    }

    /** Writes the ledger object at the generator's position. */
    public static void write(JsonGenerator gen, Ledger ledger) throws IOException {
        gen.writeStartObject();
        gen.writeNumberField("windowDays", Ledger.WINDOW_DAYS);
        gen.writeObjectFieldStart("regions");
        for (var region : ledger.hours().entrySet()) {
            gen.writeObjectFieldStart(region.getKey());
            for (var group : region.getValue().entrySet()) {
                gen.writeObjectFieldStart(group.getKey());
                for (var day : group.getValue().entrySet()) {
                    gen.writeNumberField(day.getKey().toString(), day.getValue());
                }
                gen.writeEndObject();
            }
            gen.writeEndObject();
        }
        gen.writeEndObject();
        gen.writeObjectFieldStart("lastDays");
        for (var region : ledger.lastDays().entrySet()) {
            gen.writeObjectFieldStart(region.getKey());
            gen.writeStringField("date", region.getValue().date().toString());
            gen.writeObjectFieldStart("off");
            for (var group : region.getValue().off().entrySet()) {
                StringBuilder cells = new StringBuilder();
                for (boolean b : group.getValue()) {
                    cells.append(b ? '1' : '0');
                }
                gen.writeStringField(group.getKey(), cells.toString());
            }
            gen.writeEndObject();
            gen.writeEndObject();
        }
        gen.writeEndObject();
        gen.writeEndObject();
    }

    /** Writes a ledger file atomically. */
    public static void write(Ledger ledger, Path file) throws IOException {
        ScheduleJsonWriter.writeAtomically(file, gen -> write(gen, ledger));
    }
}
