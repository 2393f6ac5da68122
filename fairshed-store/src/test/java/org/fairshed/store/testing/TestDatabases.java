package org.fairshed.store.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.fairshed.store.db.EmbeddedServer;

/**
 * The two servers every store test runs on. {@code FAIRSHED_TEST_PG_URL} ({@code jdbc:postgresql://host:port/db?user=..
 * &password=..}, a user that may create databases) names the external one; .ci/run sets it. Without it the external
 * runs are skipped and a loud line says so.
 */
public final class TestDatabases {

    public static final String ENV = "FAIRSHED_TEST_PG_URL";
    private static final TestDatabase EMBEDDED = new Embedded();
    private static final TestDatabase EXTERNAL = new External(System.getenv(ENV));

    private TestDatabases() {
    }

    public static List<TestDatabase> all() {
        return List.of(EMBEDDED, EXTERNAL);
    }

    public static TestDatabase embedded() {
        return EMBEDDED;
    }

    public static TestDatabase external() {
        return EXTERNAL;
    }

    /** Replaces the database of a JDBC URL, keeping host, port and query. */
    static String withDatabase(String url, String database) {
        int q = url.indexOf('?');
        String base = q < 0 ? url : url.substring(0, q);
        String query = q < 0 ? "" : url.substring(q);
        return base.substring(0, base.lastIndexOf('/') + 1) + database + query;
    }

    /** One embedded server per test JVM, in target/, stopped and deleted when the JVM exits. */
    private static final class Embedded extends TestDatabase {
        private EmbeddedServer server;

        Embedded() {
            super("embedded PostgreSQL");
        }

        @Override
        protected synchronized String urlOf(String database) {
            if (server == null) {
                Path dir = Path.of("target", "store-test-data", Long.toString(ProcessHandle.current().pid()))
                        .toAbsolutePath();
                server = EmbeddedServer.start(dir);
                EmbeddedServer started = server;
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    started.close();
                    deleteQuietly(dir);
                }));
            }
            return withDatabase(server.jdbcUrl(), database);
        }

        @Override
        protected String unavailable() {
            return null;
        }
    }

    private static final class External extends TestDatabase {
        private static volatile boolean warned;
        private final String url;

        External(String url) {
            super("external PostgreSQL");
            this.url = url == null || url.isBlank() ? null : url;
        }

        @Override
        protected String urlOf(String database) {
            return withDatabase(url, database);
        }

        @Override
        protected String unavailable() {
            if (url != null) {
                return null;
            }
            if (!warned) {
                warned = true;
                System.err.println("""
                        ******************************************************************************
                        * SKIPPING the store tests on an external PostgreSQL: FAIRSHED_TEST_PG_URL is *
                        * not set. .ci/run sets it; locally: bash .ci/postgres.sh prints one.         *
                        ******************************************************************************""");
            }
            return ENV + " is not set: the tests on an external PostgreSQL are skipped (.ci/run sets it)";
        }
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException ignored) {
                    // best effort at exit
                }
            });
        } catch (IOException ignored) {
            // nothing to delete
        }
    }
}
