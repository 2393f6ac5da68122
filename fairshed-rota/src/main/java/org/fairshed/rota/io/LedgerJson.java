package org.fairshed.rota.io;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import org.fairshed.common.Limits;
import org.fairshed.common.io.AtomicFiles;
import org.fairshed.common.json.JsonFields;
import org.fairshed.common.json.JsonInput;
import org.fairshed.rota.HalfHours;
import org.fairshed.rota.ledger.DayCells;
import org.fairshed.rota.ledger.Ledger;

/**
 * The ledger as JSON: {@code {"windowDays": 7, "regions": {"5": {"1.1": {"2016-12-19": 3.5, ...}}}, "cells": {"5":
 * {"2016-12-19": {"1.1": "000…111", ...}}}}} ({@code cells} optional; 48 characters per group and day, 1 = off).
 * Read strictly (UTF-8, at most {@link Limits#MAX_JSON_INPUT_BYTES}, no duplicate keys, no unknown fields): hours are
 * finite and in [0, 24], dates are dates, and every day of {@code cells} agrees with {@code regions} (the same group
 * has that day, with half an hour per cell off), so a hand-edited ledger cannot say two things at once.
 */
public final class LedgerJson {

    /** What the file is, for messages. */
    static final String WHAT = "ledger file";
    private static final List<String> FIELDS = List.of("windowDays", "regions", "cells");
    /** Hours off of one group on one day, compared with its cells to this. */
    private static final double HOURS_TOLERANCE = 1e-9;

    private LedgerJson() {
    }

    /** Reads a ledger file. */
    public static Ledger read(Path file) {
        return parse(JsonInput.readObject(file, Limits.MAX_JSON_INPUT_BYTES, WHAT), new JsonFields(file.toString()), "");
    }

    /** Parses a ledger document's text; {@code source} names it in errors. */
    public static Ledger parse(String json, String source) {
        return parse(JsonInput.parseObject(json, source, "a ledger object with \"regions\""), new JsonFields(source), "");
    }

    /** The ledger object at {@code path} of an already parsed document (a ledger file's root, SCHEDULE.json's "ledger"). */
    static Ledger parse(JsonNode root, JsonFields f, String path) {
        f.object(root, path, FIELDS);
        JsonNode window = root.get("windowDays");
        if (window != null && f.intIn(window, JsonFields.child(path, "windowDays"), 0, Integer.MAX_VALUE) != Ledger.WINDOW_DAYS) {
            throw f.error(JsonFields.child(path, "windowDays"), "is " + window + "; the rota's rolling week is "
                    + Ledger.WINDOW_DAYS + " days");
        }
        String regionsPath = JsonFields.child(path, "regions");
        JsonNode regions = f.map(f.required(root, path, "regions"), regionsPath, "region → group → date → hours off");
        checkSize(f, regions, regionsPath, Limits.MAX_REGIONS, "regions");
        Map<String, Map<String, NavigableMap<LocalDate, Double>>> hours = new TreeMap<>();
        for (Map.Entry<String, JsonNode> region : JsonFields.entries(regions)) {
            String rp = JsonFields.key(regionsPath, region.getKey());
            f.map(region.getValue(), rp, "group → date → hours off");
            checkSize(f, region.getValue(), rp, Limits.MAX_GROUPS_PER_REGION, "groups");
            Map<String, NavigableMap<LocalDate, Double>> groups = new TreeMap<>();
            for (Map.Entry<String, JsonNode> group : JsonFields.entries(region.getValue())) {
                String gp = JsonFields.key(rp, group.getKey());
                f.map(group.getValue(), gp, "date → hours off");
                NavigableMap<LocalDate, Double> days = new TreeMap<>();
                for (Map.Entry<String, JsonNode> day : JsonFields.entries(group.getValue())) {
                    String dp = JsonFields.key(gp, day.getKey());
                    days.put(date(f, day.getKey(), dp), hoursOff(f, day.getValue(), dp));
                }
                groups.put(group.getKey(), days);
            }
            hours.put(region.getKey(), groups);
        }
        JsonNode cells = root.get("cells");
        return new Ledger(hours, JsonFields.absent(cells) ? Map.of()
                : cells(f, cells, JsonFields.child(path, "cells"), hours));
    }

    private static Map<String, NavigableMap<LocalDate, DayCells>> cells(JsonFields f, JsonNode node, String path,
                                                                       Map<String, Map<String, NavigableMap<LocalDate, Double>>> hours) {
        f.map(node, path, "region → date → group → 48 × 0/1");
        checkSize(f, node, path, Limits.MAX_REGIONS, "regions");
        Map<String, NavigableMap<LocalDate, DayCells>> map = new TreeMap<>();
        for (Map.Entry<String, JsonNode> region : JsonFields.entries(node)) {
            String rp = JsonFields.key(path, region.getKey());
            f.map(region.getValue(), rp, "date → group → 48 × 0/1");
            NavigableMap<LocalDate, DayCells> days = new TreeMap<>();
            for (Map.Entry<String, JsonNode> day : JsonFields.entries(region.getValue())) {
                String dp = JsonFields.key(rp, day.getKey());
                LocalDate date = date(f, day.getKey(), dp);
                f.map(day.getValue(), dp, "group → 48 × 0/1");
                checkSize(f, day.getValue(), dp, Limits.MAX_GROUPS_PER_REGION, "groups");
                Map<String, boolean[]> off = new TreeMap<>();
                for (Map.Entry<String, JsonNode> group : JsonFields.entries(day.getValue())) {
                    String gp = JsonFields.key(dp, group.getKey());
                    boolean[] b = cellsOf(f, group.getValue(), gp);
                    agrees(f, hours, region.getKey(), group.getKey(), date, b, gp);
                    off.put(group.getKey(), b);
                }
                days.put(date, new DayCells(date, off));
            }
            map.put(region.getKey(), days);
        }
        return map;
    }

    private static boolean[] cellsOf(JsonFields f, JsonNode node, String path) {
        String text = JsonFields.absent(node) || !node.isTextual() ? null : node.asText();
        if (text == null || !text.matches("[01]{" + HalfHours.PER_DAY + "}")) {
            throw f.error(path, "must be " + HalfHours.PER_DAY + " characters 0 (on) or 1 (off), got "
                    + JsonFields.describe(node));
        }
        boolean[] b = new boolean[HalfHours.PER_DAY];
        for (int h = 0; h < b.length; h++) {
            b[h] = text.charAt(h) == '1';
        }
        return b;
    }

    /** A day's cells must be the same group's hours of that day in {@code regions}. */
    private static void agrees(JsonFields f, Map<String, Map<String, NavigableMap<LocalDate, Double>>> hours,
                               String region, String group, LocalDate date, boolean[] cells, String path) {
        Double recorded = hours.getOrDefault(region, Map.of()).getOrDefault(group, new TreeMap<>()).get(date);
        double off = 0;
        for (boolean c : cells) {
            off += c ? HalfHours.HOURS : 0;
        }
        if (recorded == null) {
            throw f.error(path, "has no entry regions[\"" + region + "\"][\"" + group + "\"][\"" + date + "\"]: the "
                    + "cells of a day must be recorded in \"regions\" too");
        }
        if (Math.abs(recorded - off) > HOURS_TOLERANCE) {
            throw f.error(path, "has " + off + " hours off, but regions[\"" + region + "\"][\"" + group + "\"][\""
                    + date + "\"] records " + recorded);
        }
    }

    private static double hoursOff(JsonFields f, JsonNode node, String path) {
        double h = f.number(node, path);
        if (h < 0 || h > HalfHours.PER_DAY * HalfHours.HOURS) {
            throw f.error(path, "must be hours off in [0, 24], got " + node);
        }
        return h;
    }

    private static void checkSize(JsonFields f, JsonNode node, String path, int max, String what) {
        if (node.size() > max) {
            throw f.error(path, "has " + node.size() + " " + what + "; at most " + max + " are accepted");
        }
    }

    private static LocalDate date(JsonFields f, String text, String path) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw f.error(path, "is not a date yyyy-MM-dd");
        }
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
        AtomicFiles.write(file, content(ledger));
    }

    /** The ledger document as the content of a file. */
    public static AtomicFiles.Content content(Ledger ledger) {
        return ScheduleJsonWriter.json(gen -> write(gen, ledger));
    }
}
