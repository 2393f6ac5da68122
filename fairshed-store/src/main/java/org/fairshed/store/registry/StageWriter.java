package org.fairshed.store.registry;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.postgresql.copy.CopyIn;

/**
 * Streams registry rows into the staging table through PostgreSQL's COPY (text format): the fields, and the keys
 * made in Java (natural key, street key, search keys), so the database never transliterates.
 */
final class StageWriter {

    static final String COPY = "copy registry_stage (line, id, region, settlement, street, house, part, lat, lon, "
            + "hourly, emergency, dso, natural_key, street_key, street_search, keys) from stdin";
    private static final int FLUSH_CHARS = 1 << 20;

    private static final int CACHE_ENTRIES = 100_000;

    private final CopyIn copy;
    private final Map<String, String> identities = new HashMap<>();
    private final Map<String, String> searches = new HashMap<>();
    private final StringBuilder buffer = new StringBuilder(FLUSH_CHARS + 4096);
    private int rows;

    StageWriter(CopyIn copy) {
        this.copy = copy;
    }

    void write(RegistryRow r) throws SQLException {
        buffer.append(r.line()).append('\t');
        buffer.append(r.id() == null ? "\\N" : Long.toString(r.id())).append('\t');
        text(r.region());
        text(r.settlement());
        text(r.street());
        text(r.house());
        text(r.part());
        buffer.append(r.lat() == null ? "\\N" : Double.toString(r.lat())).append('\t');
        buffer.append(r.lon() == null ? "\\N" : Double.toString(r.lon())).append('\t');
        array(r.hourlyGroups());
        array(r.emergencyGroups());
        if (r.dso() == null) {
            buffer.append("\\N\t");
        } else {
            text(r.dso());
        }
        String streetKey = RegistryRow.streetKey(r.region(), identity(r.settlement()), identity(r.street()));
        String streetSearch = search(r.street());
        text(RegistryRow.naturalKey(streetKey, SearchKeys.identity(r.house()), SearchKeys.identity(r.part())));
        text(streetKey);
        text(streetSearch);
        array(RegistryRow.searchKeys(search(r.settlement()), streetSearch, SearchKeys.search(r.house()),
                SearchKeys.search(r.part())));
        buffer.setCharAt(buffer.length() - 1, '\n');
        rows++;
        if (buffer.length() >= FLUSH_CHARS) {
            flush();
        }
    }

    /** Identity forms of settlements and streets, which repeat row after row. */
    private String identity(String text) {
        return cached(identities, text, SearchKeys::identity);
    }

    private String search(String text) {
        return cached(searches, text, SearchKeys::search);
    }

    private static String cached(Map<String, String> cache, String text, UnaryOperator<String> form) {
        String value = cache.get(text);
        if (value == null) {
            if (cache.size() >= CACHE_ENTRIES) {
                cache.clear();
            }
            value = form.apply(text);
            cache.put(text, value);
        }
        return value;
    }

    int rows() {
        return rows;
    }

    long finish() throws SQLException {
        flush();
        return copy.endCopy();
    }

    private void flush() throws SQLException {
        if (buffer.isEmpty()) {
            return;
        }
        byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
        copy.writeToCopy(bytes, 0, bytes.length);
        buffer.setLength(0);
    }

    /** A text field of COPY's text format: backslash, tab and line breaks escaped. */
    private void text(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> buffer.append("\\\\");
                case '\t' -> buffer.append("\\t");
                case '\n' -> buffer.append("\\n");
                case '\r' -> buffer.append("\\r");
                default -> buffer.append(c);
            }
        }
        buffer.append('\t');
    }

    /** A text[] of elements that hold no quote, backslash, brace or comma (group codes, search keys). */
    private void array(List<String> values) {
        buffer.append('{');
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                buffer.append(',');
            }
            buffer.append('"').append(values.get(i)).append('"');
        }
        buffer.append("}\t");
    }
}
