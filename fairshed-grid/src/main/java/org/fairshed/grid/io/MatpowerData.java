package org.fairshed.grid.io;

import java.util.List;
import java.util.Map;

/**
 * What the parser found in a case text, before any interpretation: the function name, {@code mpc.version},
 * {@code mpc.baseMVA}, and the matrices and string cell arrays the reader cares about, keyed by the field
 * name without prefix ({@code bus}, {@code gen}, {@code branch}, {@code gencost}; {@code bus_name},
 * {@code genfuel}, {@code gentype}).
 *
 * @param functionName name after {@code function mpc =}, or null
 * @param version      {@code mpc.version} as text, or null when absent
 * @param baseMva      {@code mpc.baseMVA}, or NaN when absent
 * @param baseMvaLine  line of the {@code mpc.baseMVA} assignment, 0 when absent
 */
record MatpowerData(String functionName, String version, int versionLine, double baseMva, int baseMvaLine,
                    Map<String, NumericTable> tables, Map<String, StringCells> cells) {

    MatpowerData {
        tables = Map.copyOf(tables);
        cells = Map.copyOf(cells);
    }

    /** A cell array of strings, e.g. {@code mpc.bus_name = { 'a'; 'b' };}, with the line of its opening brace. */
    record StringCells(String field, int line, List<String> values) {

        StringCells {
            values = List.copyOf(values);
        }
    }
}
