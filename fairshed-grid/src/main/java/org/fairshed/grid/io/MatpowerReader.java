package org.fairshed.grid.io;

import org.fairshed.common.InputException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
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
 * Malformed input raises {@link InputException} whose message names the source, the line and what was
 * expected, e.g. {@code case5.m:17: mpc.branch row 3 has 9 columns; expected 11, 13, 17 or 21}.
 */
public final class MatpowerReader {

    private MatpowerReader() {
    }

    /**
     * Reads a case file; the grid is named after the file without {@code .m} (as MATLAB names the function).
     *
     * @throws InputException  when the content is not a valid case (message: {@code file:line: ...})
     * @throws UncheckedIOException when the file cannot be read (message names the path)
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
        MatpowerData data = MatpowerParser.parse(text, sourceName);
        String name = data.functionName() != null && !data.functionName().isEmpty() ? data.functionName()
                : baseName(sourceName.substring(Math.max(sourceName.lastIndexOf('/'), sourceName.lastIndexOf('\\')) + 1));
        return GridAssembler.assemble(data, name, sourceName);
    }

    private static String readText(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new UncheckedIOException("cannot read MATPOWER case " + file + ": no such file", e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read MATPOWER case " + file + ": " + e.getMessage(), e);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, StandardCharsets.ISO_8859_1);
        }
    }

    private static String baseName(String fileName) {
        return fileName.endsWith(".m") ? fileName.substring(0, fileName.length() - 2) : fileName;
    }
}
