package org.fairshed.server.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.fairshed.server.FairshedServer;
import org.fairshed.store.Store;

/**
 * What every test world of this module shares: an embedded store's folder of its own per test JVM, and the server,
 * the store and the folder let go when the JVM exits.
 */
public final class WorldFolders {

    private WorldFolders() {
    }

    /** {@code target/<name>/<pid>}, absolute. */
    public static Path of(String name) {
        return Path.of("target", name, Long.toString(ProcessHandle.current().pid())).toAbsolutePath();
    }

    /** Closes the server, then the store, then deletes {@code dir} (null: keep) when the JVM exits. */
    public static void closeAtExit(FairshedServer server, Store store, Path dir) {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            store.close();
            if (dir != null) {
                delete(dir);
            }
        }));
    }

    static void delete(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // best effort at exit
        }
    }
}
