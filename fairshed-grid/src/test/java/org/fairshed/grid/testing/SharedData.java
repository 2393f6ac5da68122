package org.fairshed.grid.testing;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Locates the read-only reference data ({@code ../shared} beside the project root). One setting:
 * the environment variable {@code FAIRSHED_SHARED}; otherwise the path the build passes
 * ({@code FAIRSHED_SHARED_DEFAULT}, the project root's {@code ../shared}); otherwise {@code ../shared}
 * and {@code ../../shared} from the working directory. Missing data fails the test with a clear
 * message: it never skips.
 */
public final class SharedData {

    private SharedData() {
    }

    public static Path root() {
        for (String candidate : new String[] {System.getenv("FAIRSHED_SHARED"), System.getenv("FAIRSHED_SHARED_DEFAULT"),
                "../shared", "../../shared"}) {
            if (candidate != null && Files.isDirectory(Path.of(candidate, "cases"))) {
                return Path.of(candidate).toAbsolutePath().normalize();
            }
        }
        throw new IllegalStateException("reference data not found: set FAIRSHED_SHARED to the folder holding cases/, "
                + "expected/ and scenarios/ (default: ../shared beside the project root)");
    }

    /** A file under the shared root, e.g. {@code path("cases/matpower/case118.m")}; fails if it is missing. */
    public static Path path(String relative) {
        Path p = root().resolve(relative);
        if (!Files.exists(p)) {
            throw new IllegalStateException("reference file missing: " + p + " (FAIRSHED_SHARED=" + root() + ")");
        }
        return p;
    }

    public static Path matpowerCase(String fileName) {
        return path("cases/matpower/" + fileName);
    }

    public static Path pglibCase(String fileName) {
        return path("cases/pglib/" + fileName);
    }
}
