package org.fairshed.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.fairshed.grid.damage.Damage;
import org.fairshed.grid.damage.DamageReader;
import org.fairshed.grid.iidm.NetworkImport;
import org.fairshed.grid.model.Grid;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The network argument shared by commands: a case file and optional damage. */
final class GridInput {

    @Parameters(index = "0", paramLabel = "CASE",
            description = "Network file: MATPOWER .m (version 2), or any format PowSyBl imports (XIIDM, IEEE CDF, PSS/E, MATPOWER .mat).")
    Path caseFile;

    @Option(names = "--damage", paramLabel = "FILE",
            description = "JSON with 'outages' (generators, branches: 1-based rows; buses: numbers) and 'derates'; a scenario file works too.")
    Path damageFile;

    /** Reads the case and applies the damage, if any. */
    Grid load() {
        Grid grid = read(caseFile);
        if (damageFile == null) {
            return grid;
        }
        Damage damage = DamageReader.read(damageFile);
        try {
            return damage.applyTo(grid);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(damageFile + ": " + e.getMessage(), e);
        }
    }

    static Grid read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("case file not found: " + file);
        }
        return NetworkImport.readAnyFormat(file);
    }
}
