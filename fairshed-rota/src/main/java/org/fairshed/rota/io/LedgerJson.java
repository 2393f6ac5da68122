package org.fairshed.rota.io;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import org.fairshed.common.InputException;
import org.fairshed.common.json.JsonInput;
import org.fairshed.rota.HalfHours;
import org.fairshed.rota.ledger.DayCells;
import org.fairshed.rota.ledger.Ledger;

/**
 * The ledger as JSON: {@code {"windowDays": 7, "regions": {"5": {"1.1": {"2016-12-19": 3.5, ...}}}, "cells": {"5":
 * {"2016-12-19": {"1.1": "000…111", ...}}}}} ({@code cells} optional; 48 characters per group and day, 1 = off).
 */
public final class LedgerJson {

    private LedgerJson() {
    }

    public static Ledger read(Path file) throws IOException {
        return parse(Files.readString(file), file.toString());
    }

    public static Ledger parse(String json, String source) {
        return parse(JsonInput.parseObject(json, source, "a ledger object with \"regions\""), source);
    }

    /** The ledger of an already parsed object (a ledger file's root, or SCHEDULE.json's "ledger"). */
    static Ledger parse(JsonNode root, String source) {
        JsonNode regions = root.path("regions");
        if (!regions.isObject()) {
            throw new InputException(source, 0, 0, "regions", "must be an object region → group → date → hours");
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
                        throw new InputException(source, 0, 0, path, "must be hours off in [0, 24], got " + day.getValue());
                    }
                    try {
                        days.put(LocalDate.parse(day.getKey()), h);
                    } catch (DateTimeParseException e) {
                        throw new InputException(source, 0, 0, path, "is not a date yyyy-MM-dd");
                    }
                }
                groups.put(group.getKey(), days);
            }
            hours.put(region.getKey(), groups);
        }
        return new Ledger(hours, cells(root.path("cells"), source));
    }

    private static Map<String, NavigableMap<LocalDate, DayCells>> cells(JsonNode node, String source) {
        Map<String, NavigableMap<LocalDate, DayCells>> map = new TreeMap<>();
        if (node.isMissingNode() || node.isNull()) {
            return map;
        }
        if (!node.isObject()) {
            throw new InputException(source, 0, 0, "cells", "must be an object region → date → group → 48 × 0/1");
        }
        for (Iterator<Map.Entry<String, JsonNode>> r = node.fields(); r.hasNext(); ) {
            Map.Entry<String, JsonNode> region = r.next();
            NavigableMap<LocalDate, DayCells> days = new TreeMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> d = region.getValue().fields(); d.hasNext(); ) {
                Map.Entry<String, JsonNode> day = d.next();
                String path = "cells[\"" + region.getKey() + "\"][\"" + day.getKey() + "\"]";
                LocalDate date;
                try {
                    date = LocalDate.parse(day.getKey());
                } catch (DateTimeParseException e) {
                    throw new InputException(source, 0, 0, path, "is not a date yyyy-MM-dd");
                }
                Map<String, boolean[]> off = new TreeMap<>();
                for (Iterator<Map.Entry<String, JsonNode>> g = day.getValue().fields(); g.hasNext(); ) {
                    Map.Entry<String, JsonNode> group = g.next();
                    String text = group.getValue().asText();
                    if (!text.matches("[01]{" + HalfHours.PER_DAY + "}")) {
                        throw new InputException(source, 0, 0, path + "[\"" + group.getKey() + "\"]",
                                "must be " + HalfHours.PER_DAY + " characters 0 (on) or 1 (off), got \"" + text + "\"");
                    }
                    boolean[] b = new boolean[HalfHours.PER_DAY];
                    for (int h = 0; h < b.length; h++) {
                        b[h] = text.charAt(h) == '1';
                    }
                    off.put(group.getKey(), b);
                }
                days.put(date, new DayCells(date, off));
            }
            map.put(region.getKey(), days);
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
        gen.writeObjectFieldStart("cells");
        for (var region : ledger.cells().entrySet()) {
            gen.writeObjectFieldStart(region.getKey());
            for (var day : region.getValue().entrySet()) {
                gen.writeObjectFieldStart(day.getKey().toString());
                for (var group : day.getValue().off().entrySet()) {
                    StringBuilder text = new StringBuilder();
                    for (boolean b : group.getValue()) {
                        text.append(b ? '1' : '0');
                    }
                    gen.writeStringField(group.getKey(), text.toString());
                }
                gen.writeEndObject();
            }
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
