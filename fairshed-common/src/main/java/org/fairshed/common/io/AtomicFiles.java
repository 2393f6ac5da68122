package org.fairshed.common.io;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes files through temporary siblings and moves, so a reader never sees half of one and a failure leaves nothing:
 * the content is forced to disk before the move, the result keeps the permissions of the file it replaces (a new one
 * gets rw-r--r--), and a file system without atomic moves gets a plain replacing move.
 *
 * <p>Temporary files are named {@code .fairshed-PID-RANDOM.tmp}, short whatever the target's name (a name near the
 * file system's 255-byte limit still works), and a write removes the ones that a killed process left in the same
 * folder (their PID no longer runs), so nothing stays behind for ever.
 *
 * <p>{@link #writeAll} writes several files as one output: every content is written and forced first, and only when
 * all succeeded are they moved into place. A failure while writing leaves every old file as it was; a crash between
 * the moves can leave some new and some old, which is why multi-file outputs carry a shared run id.
 */
public final class AtomicFiles {

    private static final Set<PosixFilePermission> NEW_FILE_PERMISSIONS = PosixFilePermissions.fromString("rw-r--r--");
    private static final String TEMP_PREFIX = ".fairshed-";
    private static final String TEMP_SUFFIX = ".tmp";
    private static final Pattern TEMP_NAME = Pattern.compile("\\.fairshed-(\\d+)-[0-9a-f]+\\.tmp");

    /** What goes into a file. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFiles() {
    }

    public static void write(Path file, Content content) throws IOException {
        writeAll(Map.of(file, content));
    }

    public static void writeString(Path file, String text) throws IOException {
        write(file, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * Writes every file of one output, all or none (see the class comment).
     *
     * @param files target → content, in the order they are moved into place
     * @throws IllegalArgumentException when two entries name the same file
     */
    public static void writeAll(Map<Path, Content> files) throws IOException {
        Map<Path, Content> targets = new LinkedHashMap<>();
        for (Map.Entry<Path, Content> e : files.entrySet()) {
            Path target = e.getKey().toAbsolutePath().normalize();
            if (targets.put(target, e.getValue()) != null) {
                throw new IllegalArgumentException("one output names the file " + target + " twice");
            }
        }
        List<Path[]> written = new ArrayList<>();
        try {
            for (Map.Entry<Path, Content> e : targets.entrySet()) {
                Path target = e.getKey();
                Path dir = target.getParent();
                Files.createDirectories(dir);
                removeStaleTemporaries(dir);
                Path tmp = createTemporary(dir);
                written.add(new Path[] {tmp, target});
                writeForced(tmp, e.getValue());
                setPermissions(tmp, target);
            }
            for (Path[] w : written) {
                moveIntoPlace(w[0], w[1]);
            }
        } finally {
            for (Path[] w : written) {
                Files.deleteIfExists(w[0]);
            }
        }
    }

    private static Path createTemporary(Path dir) throws IOException {
        long pid = ProcessHandle.current().pid();
        while (true) {
            Path tmp = dir.resolve(TEMP_PREFIX + pid + "-" + Long.toHexString(ThreadLocalRandom.current().nextLong() >>> 1)
                    + TEMP_SUFFIX);
            try {
                return Files.createFile(tmp);
            } catch (java.nio.file.FileAlreadyExistsException again) {
                // a collision of two random names: draw another
            }
        }
    }

    private static void writeForced(Path tmp, Content content) throws IOException {
        try (FileChannel channel = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
            // the content may close its stream (a JSON generator does): the channel stays open for the force
            OutputStream out = new FilterOutputStream(Channels.newOutputStream(channel)) {
                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    this.out.write(b, off, len);
                }

                @Override
                public void close() {
                    // kept open until forced to disk
                }
            };
            content.writeTo(out);
            out.flush();
            channel.force(true);
        }
    }

    /** Removes temporary files of this kind whose writing process no longer runs. */
    static void removeStaleTemporaries(Path dir) {
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir, TEMP_PREFIX + "*" + TEMP_SUFFIX)) {
            for (Path p : stream) {
                Matcher m = TEMP_NAME.matcher(p.getFileName().toString());
                if (m.matches() && !running(m.group(1))) {
                    Files.deleteIfExists(p);
                }
            }
        } catch (IOException | RuntimeException e) {
            // best effort: a folder we cannot list or a file we cannot delete is no reason to fail the write
        }
    }

    private static boolean running(String pid) {
        try {
            return ProcessHandle.of(Long.parseLong(pid)).map(ProcessHandle::isAlive).orElse(false);
        } catch (NumberFormatException e) {
            return true;
        }
    }

    private static void setPermissions(Path tmp, Path target) throws IOException {
        if (Files.getFileAttributeView(tmp, PosixFileAttributeView.class) == null) {
            return;
        }
        Files.setPosixFilePermissions(tmp, Files.exists(target) ? Files.getPosixFilePermissions(target) : NEW_FILE_PERMISSIONS);
    }

    private static void moveIntoPlace(Path tmp, Path target) throws IOException {
        try {
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
