package org.fairshed.grid.io;

import java.nio.file.Path;
import org.fairshed.common.InputException;
import org.fairshed.common.Limits;
import org.fairshed.common.io.TextFiles;
import org.fairshed.grid.model.Grid;

/**
 * Reads MATPOWER case files (format version 2, as written by MATPOWER, PGLib-OPF and most converters) into a
 * {@link Grid}. Understands {@code mpc.baseMVA}, {@code mpc.bus}, {@code mpc.gen}, {@code mpc.branch},
 * {@code mpc.gencost} and the string cell arrays {@code mpc.bus_name}, {@code mpc.genfuel} and
 * {@code mpc.gentype}; every other field and statement is skipped.
 * <p>
 * Accepted widths: bus 13 or 17 columns, gen 10, 21 or 25, branch 11, 13, 17 or 21 (11 columns: angle limits
 * ±360°). Generator ramps are NaN when the gen matrix has no ramp columns; coordinates are always NaN.
 * <p>
 * Every value is checked once, here, for being a number in its physical range ({@link
 * org.fairshed.grid.model.GridValidator}; the rules per column are in {@code docs/case-format.md}), whole-number
 * columns without wrap-around, status columns for 0 or 1. Malformed input raises {@link InputException} whose
 * message names the source, the line and what was expected, e.g.
 * {@code case5.m:17: mpc.branch row 3 has 9 columns; expected 11, 13, 17 or 21} or
 * {@code case5.m:20: mpc.gen row 1: PMAX (column 9): Pmax must be between 0 and 10000000 MW, got -340}.
 */
public final class MatpowerReader {

    private MatpowerReader() {
    }

    /**
     * Reads a case file; the grid is named after the file without {@code .m} (as MATLAB names the function).
     *
     * @throws InputException when the file cannot be read, is larger than {@link Limits#MAX_CASE_BYTES}, is not
     *                        UTF-8, or is not a valid case (message: {@code file:line: ...})
     */
    public static Grid read(Path file) {
        String text = readText(file);
        String source = file.toString();
        MatpowerData data = MatpowerParser.parse(text, source);
        return GridAssembler.assemble(data, baseName(file.getFileName().toString()), source);
    }

    /**
     * Reads a case from text.
     *
     * @param sourceName file name or description used in error messages; also the grid's name (without
     *                   {@code .m}) when the text declares no {@code function mpc = name}
     * @return the grid, named after the text's function name when it has one
     * @throws InputException when the text is not a valid case
     */
    public static Grid read(String text, String sourceName) {
        if (text.length() > Limits.MAX_CASE_BYTES) {
            throw InputException.of(sourceName, "has " + text.length() + " characters; a MATPOWER case may have at most "
                    + Limits.MAX_CASE_BYTES);
        }
        MatpowerData data = MatpowerParser.parse(text, sourceName);
        String name = data.functionName() != null && !data.functionName().isEmpty() ? data.functionName()
                : baseName(sourceName.substring(Math.max(sourceName.lastIndexOf('/'), sourceName.lastIndexOf('\\')) + 1));
        return GridAssembler.assemble(data, name, sourceName);
    }

    private static String readText(Path file) {
        return TextFiles.readUtf8(file, Limits.MAX_CASE_BYTES, "MATPOWER case file");
    }

    private static String baseName(String fileName) {
        return fileName.endsWith(".m") ? fileName.substring(0, fileName.length() - 2) : fileName;
    }
}
