package org.fairshed.cli;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.fairshed.store.Store;
import org.fairshed.store.StoreFactory;
import org.fairshed.store.StoreParameters;

/**
 * Opens the store for {@code fairshed operator ...}. While {@code fairshed serve} runs on the same data folder it holds
 * the folder's lock, so a second embedded server cannot start; the command then connects to the running one (its
 * port is in the cluster's {@code postmaster.pid}, loopback only), so that the banner's "get a token" command works
 * without stopping the server.
 */
final class OperatorStore {

    private OperatorStore() {
    }

    static Store open(StoreOptions options, java.io.PrintWriter err) {
        StoreParameters p = options.parameters();
        if (p.isEmbedded()) {
            String running = runningServer(p.dataDirectory());
            if (running != null) {
                err.println("the data folder " + p.dataDirectory() + " is served by a running fairshed: using its database");
                err.flush();
                return StoreFactory.open(StoreParameters.jdbc(running).withPoolSize(2));
            }
        }
        return StoreFactory.open(p.withPoolSize(2));
    }

    /** The JDBC URL of the embedded server another process runs on {@code folder}, or null when none does. */
    static String runningServer(Path folder) {
        Path lockFile = folder.resolve("store.lock");
        if (!Files.isRegularFile(lockFile)) {
            return null;
        }
        try (FileChannel ch = FileChannel.open(lockFile, StandardOpenOption.WRITE)) {
            FileLock lock;
            try {
                lock = ch.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock != null) {
                lock.release();
                return null;
            }
            Path pid = folder.resolve("postgres").resolve("postmaster.pid");
            List<String> lines = Files.isRegularFile(pid) ? Files.readAllLines(pid, StandardCharsets.UTF_8) : List.of();
            if (lines.size() < 4 || !lines.get(3).strip().matches("\\d{1,5}")) {
                return null;
            }
            return "jdbc:postgresql://localhost:" + lines.get(3).strip() + "/fairshed?user=postgres";
        } catch (IOException e) {
            return null;
        }
    }
}
