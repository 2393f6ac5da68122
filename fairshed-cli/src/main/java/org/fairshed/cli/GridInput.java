package org.fairshed.cli;

import java.nio.file.Path;
import org.fairshed.grid.damage.DamageReader;
import org.fairshed.grid.iidm.NetworkImport;
import org.fairshed.grid.model.Grid;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The network argument shared by commands: a case file and optional damage. Every problem with either (missing,
 * unreadable, malformed, a value out of range, damage naming nothing in the case) is an
 * {@link org.fairshed.common.InputException} naming the file.
 */
final class GridInput {

    @Parameters(index = "0", paramLabel = "CASE",
            description = "Network file: MATPOWER .m (version 2), or any format PowSyBl imports (XIIDM, IEEE CDF, PSS/E, MATPOWER .mat).")
    Path caseFile;

    @Option(names = "--damage", paramLabel = "FILE",
            description = "JSON with 'outages' (generators, branches: 1-based rows; buses: numbers) and 'derates'; a scenario file works too.")
    Path damageFile;

    /** Reads the case and applies the damage, if any. */
    Grid load() {
        Grid grid = NetworkImport.readAnyFormat(caseFile);
        return damageFile == null ? grid : DamageReader.read(damageFile).applyTo(grid);
    }

    /** The input files, for commands that must not overwrite them. */
    Path[] files() {
        return new Path[] {caseFile, damageFile};
    }
}
