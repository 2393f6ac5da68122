package org.fairshed.store.registry;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.regex.Pattern;
import org.fairshed.common.InputException;
import org.fairshed.store.organisation.OrganisationRepository;

/**
 * Registry CSV → {@link RegistryRow}s, each field checked; every bad row goes to the {@link ImportErrors} with its
 * line and column name, and reading goes on, so one import reports them all. Columns ({@link RegistryCsv#COLUMNS}) in
 * any order; {@code id,region,settlement,street,house,groups} are required; an unknown or repeated column is an error.
 */
public final class RegistryCsvReader implements Iterator<RegistryRow> {

    private static final int MAX_TEXT = 200;
    private static final int MAX_HOUSE = 32;
    private static final int MAX_PART = 64;
    private static final int MAX_GROUPS = 8;
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern DECIMAL = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");

    private final CsvScanner scanner;
    private final ImportErrors errors;
    private final int maxRows;
    private final Map<String, Integer> index = new HashMap<>();
    private final int columns;
    private RegistryRow next;
    private int rows;
    private boolean done;

    public RegistryCsvReader(InputStream in, ImportErrors errors, RegistryImportParameters parameters) {
        this.scanner = new CsvScanner(in, errors.source(), parameters.maxBytes());
        this.errors = errors;
        this.maxRows = parameters.maxRows();
        List<String> header = scanner.next();
        if (header == null) {
            throw InputException.of(errors.source(), "is empty; a registry file starts with the header "
                    + String.join(",", RegistryCsv.COLUMNS));
        }
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i).trim();
            if (!RegistryCsv.COLUMNS.contains(name)) {
                throw InputException.atLine(errors.source(), 1, "has the unknown column '" + name + "' (expected: "
                        + String.join(",", RegistryCsv.COLUMNS) + ")");
            }
            if (index.put(name, i) != null) {
                throw InputException.atLine(errors.source(), 1, "has the column '" + name + "' twice");
            }
        }
        for (String required : RegistryCsv.REQUIRED) {
            if (!index.containsKey(required)) {
                throw InputException.atLine(errors.source(), 1, "lacks the column '" + required + "' (required: "
                        + String.join(",", RegistryCsv.REQUIRED) + ")");
            }
        }
        this.columns = header.size();
    }

    @Override
    public boolean hasNext() {
        while (next == null && !done) {
            List<String> fields = scanner.next();
            if (fields == null) {
                done = true;
                break;
            }
            int line = scanner.recordLine();
            if (fields.size() == 1 && fields.get(0).isBlank()) {
                continue; // an empty line
            }
            if (++rows > maxRows) {
                throw InputException.atLine(errors.source(), line, "has more than " + maxRows + " rows, the most an "
                        + "import takes");
            }
            next = row(line, fields);
        }
        return next != null;
    }

    @Override
    public RegistryRow next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        RegistryRow row = next;
        next = null;
        return row;
    }

    /** Rows read so far (good and bad). */
    public int rows() {
        return rows;
    }

    private RegistryRow row(int line, List<String> fields) {
        if (fields.size() != columns) {
            errors.add(line, "", "has " + fields.size() + " fields; the header has " + columns);
            return null;
        }
        int before = errors.count();
        Long id = id(line, get(fields, "id"));
        String region = get(fields, "region").trim();
        if (!OrganisationRepository.CODE.matcher(region).matches()) {
            errors.add(line, "region", "must be a region code (lower-case letters, digits, - and _), got '" + region + "'");
        }
        String settlement = text(line, fields, "settlement", MAX_TEXT, true);
        String street = text(line, fields, "street", MAX_TEXT, true);
        String house = text(line, fields, "house", MAX_HOUSE, true);
        String part = text(line, fields, "part", MAX_PART, false);
        Double lat = coordinate(line, get(fields, "lat"), "lat", 90);
        Double lon = coordinate(line, get(fields, "lon"), "lon", 180);
        if ((lat == null) != (lon == null) && errors.count() == before) {
            errors.add(line, lat == null ? "lat" : "lon", "is missing while " + (lat == null ? "lon" : "lat")
                    + " is given; give both or neither");
        }
        List<String> hourly = groups(line, get(fields, "groups"), "groups", true);
        List<String> emergency = groups(line, get(fields, "emergency_groups"), "emergency_groups", false);
        String dso = get(fields, "dso").trim();
        if (!dso.isEmpty() && !OrganisationRepository.CODE.matcher(dso).matches()) {
            errors.add(line, "dso", "must be a DSO code (lower-case letters, digits, - and _), got '" + dso + "'");
        }
        if (errors.count() != before) {
            return null;
        }
        return new RegistryRow(line, id, region, settlement, street, house, part, lat, lon, hourly, emergency,
                dso.isEmpty() ? null : dso);
    }

    private String get(List<String> fields, String column) {
        Integer i = index.get(column);
        return i == null ? "" : fields.get(i);
    }

    private Long id(int line, String text) {
        String s = text.trim();
        if (s.isEmpty()) {
            return null;
        }
        try {
            long v = Long.parseLong(s);
            if (v >= 1 && v <= RegistryCsv.MAX_ID) {
                return v;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        errors.add(line, "id", "must be empty or a whole number in [1, " + RegistryCsv.MAX_ID + "], got '" + s + "'");
        return null;
    }

    private String text(int line, List<String> fields, String column, int max, boolean required) {
        String s = WHITESPACE.matcher(get(fields, column).strip()).replaceAll(" ");
        if (required && s.isEmpty()) {
            errors.add(line, column, "is empty");
        } else if (s.length() > max) {
            errors.add(line, column, "has " + s.length() + " characters; at most " + max);
        } else if (s.chars().anyMatch(Character::isISOControl)) {
            errors.add(line, column, "contains a control character");
        }
        return s;
    }

    private Double coordinate(int line, String text, String column, double limit) {
        String s = text.trim();
        if (s.isEmpty()) {
            return null;
        }
        try {
            double v = Double.parseDouble(s);
            if (Double.isFinite(v) && Math.abs(v) <= limit && DECIMAL.matcher(s).matches()) {
                return v;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        errors.add(line, column, "must be a decimal number of degrees in [-" + (int) limit + ", " + (int) limit
                + "], got '" + s + "'");
        return null;
    }

    private List<String> groups(int line, String text, String column, boolean required) {
        String s = text.trim();
        if (s.isEmpty()) {
            if (required) {
                errors.add(line, column, "is empty; every address belongs to at least one group of the hourly rotation "
                        + "(';' between several, e.g. 1.1;4.2)");
            }
            return List.of();
        }
        List<String> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String g : s.split(";", -1)) {
            String code = g.trim();
            if (!OrganisationRepository.GROUP_CODE.matcher(code).matches()) {
                errors.add(line, column, "has '" + code + "', which is not a group code (letters, digits, '.', '-', "
                        + "'_'; ';' between groups, e.g. 1.1;4.2)");
                return List.of();
            }
            if (!seen.add(code)) {
                errors.add(line, column, "names the group " + code + " twice");
                return List.of();
            }
            out.add(code);
        }
        if (out.size() > MAX_GROUPS) {
            errors.add(line, column, "has " + out.size() + " groups; an address has at most " + MAX_GROUPS);
            return List.of();
        }
        return out;
    }
}
