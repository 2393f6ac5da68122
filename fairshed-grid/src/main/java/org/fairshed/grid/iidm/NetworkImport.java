package org.fairshed.grid.iidm;

import com.powsybl.commons.datasource.DataSource;
import com.powsybl.commons.datasource.ReadOnlyDataSource;
import com.powsybl.iidm.network.Importer;
import com.powsybl.iidm.network.Network;
import com.powsybl.iidm.network.NetworkFactory;
import org.fairshed.common.InputException;
import org.fairshed.common.Limits;
import org.fairshed.grid.io.MatpowerReader;
import org.fairshed.grid.model.Grid;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;

/**
 * Reads any network file PowSyBl can import into a {@link Grid}: PowSyBl's importer discovery
 * ({@link Network#read(Path)}) picks the format from the file (XIIDM {@code .xiidm}/{@code .iidm}, IEEE CDF
 * {@code .txt}, PSS/E {@code .raw}/{@code .rawx}, MATPOWER binary {@code .mat}), then {@link IidmToGrid} converts it.
 * CGMES is not supported: powsybl-cgmes-conversion is not among the project's dependencies. MATPOWER {@code .m}
 * text files are not PowSyBl's format (use the project's own MATPOWER reader).
 * <p>
 * No PowSyBl platform configuration (~/.itools) is needed: without one PowSyBl uses its defaults.
 */
public final class NetworkImport {

    private NetworkImport() {
    }

    /**
     * Any network file the project reads: MATPOWER {@code .m} text with the project's reader, everything else through
     * PowSyBl ({@link #read}). The one place that decides, for the CLI and the scenario resolver alike.
     */
    public static Grid readAnyFormat(Path path) {
        return path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".m") ? MatpowerReader.read(path) : read(path);
    }

    /**
     * Reads {@code path} with the PowSyBl importer that recognizes it, then converts it ({@link IidmToGrid}, which
     * checks every value). Whatever goes wrong is an {@link InputException} naming the file: missing, a folder,
     * larger than {@link Limits#MAX_CASE_BYTES}, recognized by no importer, or refused by the importer (its message,
     * never its stack trace; the PowSyBl exception is kept as the cause).
     *
     * @throws InputException naming the file
     */
    public static Grid read(Path path) {
        Objects.requireNonNull(path, "path");
        String source = path.toString();
        checkFile(path, source);
        ReadOnlyDataSource dataSource;
        Importer importer;
        try {
            dataSource = DataSource.fromPath(path);
            importer = Importer.find(dataSource);
        } catch (RuntimeException e) {
            throw new InputException(source, 0, 0, "", "cannot be opened as a network file: " + describe(e), e);
        }
        if (importer == null) {
            throw InputException.of(source, "no PowSyBl importer recognizes this file (formats available: "
                    + String.join(", ", Importer.getFormats()) + "; MATPOWER text files must end in .m)");
        }
        Network network;
        try {
            network = importer.importData(dataSource, NetworkFactory.findDefault(), null);
        } catch (RuntimeException e) {
            // a third-party parser on a user's file: whatever it throws is about the file
            throw new InputException(source, 0, 0, "", "PowSyBl's " + importer.getFormat()
                    + " importer cannot read it: " + describe(e), e);
        }
        return IidmToGrid.convert(network, source);
    }

    private static void checkFile(Path path, String source) {
        if (Files.isDirectory(path)) {
            throw InputException.of(source, "is a folder, not a network file");
        }
        if (!Files.isRegularFile(path)) {
            throw InputException.of(source, "network file not found");
        }
        try {
            long size = Files.size(path);
            if (size > Limits.MAX_CASE_BYTES) {
                throw InputException.of(source, "is " + size + " bytes; a network file may have at most "
                        + Limits.MAX_CASE_BYTES + " bytes");
            }
        } catch (IOException e) {
            throw InputException.of(source, "cannot be read: " + e.getMessage());
        }
    }

    private static String describe(RuntimeException e) {
        return e.getMessage() != null && !e.getMessage().isBlank() ? e.getMessage() : e.getClass().getSimpleName();
    }
}
