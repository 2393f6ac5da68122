package org.fairshed.grid.iidm;

import com.powsybl.commons.PowsyblException;
import com.powsybl.iidm.network.Importer;
import com.powsybl.iidm.network.Network;
import org.fairshed.grid.io.MatpowerReader;
import org.fairshed.grid.model.Grid;

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
     * @throws IllegalArgumentException when the file does not exist or no importer recognizes it
     * @throws PowsyblException         when the importer recognizes the file but fails to read it
     */
    public static Grid read(Path path) {
        Objects.requireNonNull(path, "path");
        if (!Files.isRegularFile(path)) {
            throw new IllegalArgumentException("network file " + path + " does not exist or is not a file");
        }
        Network network;
        try {
            network = Network.read(path);
        } catch (PowsyblException e) {
            if (e.getMessage() != null && e.getMessage().startsWith("Unsupported file format")) {
                throw new IllegalArgumentException("no PowSyBl importer recognizes " + path + " (formats available: "
                        + Importer.getFormats() + ")", e);
            }
            throw e;
        }
        return IidmToGrid.convert(network);
    }
}
