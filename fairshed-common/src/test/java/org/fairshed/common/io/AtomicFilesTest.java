package org.fairshed.common.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

    /** A PID far above any Linux pid_max (4,194,304): no process of that number runs. */
    private static final long DEAD_PID = 999_999_999L;

    @TempDir
    Path dir;

    /** Reports are read by others (a web server, a colleague): not the temporary file's owner-only permissions. */
    @Test
    void aNewFileIsWorldReadableAndAReplacedOneKeepsItsPermissions() throws IOException {
        Path file = dir.resolve("sub").resolve("plan.csv");
        AtomicFiles.writeString(file, "a,b\n");
        assertThat(Files.readString(file)).isEqualTo("a,b\n");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-r--r--");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-rw----"));
        AtomicFiles.writeString(file, "c\n");
        assertThat(Files.readString(file)).isEqualTo("c\n");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-rw----");
        assertThat(listing(file.getParent())).containsExactly(file);
    }

    @Test
    void aFailingContentLeavesTheOldFileAndNoTemporary() throws IOException {
        Path file = dir.resolve("SCHEDULE.json");
        AtomicFiles.writeString(file, "old");
        assertThatThrownBy(() -> AtomicFiles.write(file, out -> {
            out.write("half".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk full");
        })).hasMessage("disk full");
        assertThat(Files.readString(file)).isEqualTo("old");
        assertThat(listing(dir)).containsExactly(file);
    }

    /** A multi-file output is all new or all old when a content fails: the first file is not moved alone. */
    @Test
    void writeAllMovesNothingWhenALaterContentFails() throws IOException {
        Path json = dir.resolve("plan.json");
        Path csv = dir.resolve("plan.csv");
        AtomicFiles.writeString(json, "old json");
        AtomicFiles.writeString(csv, "old csv");
        Map<Path, AtomicFiles.Content> files = new LinkedHashMap<>();
        files.put(json, out -> out.write("new json".getBytes(StandardCharsets.UTF_8)));
        files.put(csv, out -> {
            throw new IllegalStateException("broken row");
        });
        assertThatThrownBy(() -> AtomicFiles.writeAll(files)).hasMessage("broken row");
        assertThat(Files.readString(json)).isEqualTo("old json");
        assertThat(Files.readString(csv)).isEqualTo("old csv");
        assertThat(listing(dir)).containsExactlyInAnyOrder(json, csv);
    }

    @Test
    void writeAllWritesEveryFile() throws IOException {
        Map<Path, AtomicFiles.Content> files = new LinkedHashMap<>();
        files.put(dir.resolve("a.json"), out -> out.write('a'));
        files.put(dir.resolve("x").resolve("b.csv"), out -> out.write('b'));
        AtomicFiles.writeAll(files);
        assertThat(Files.readString(dir.resolve("a.json"))).isEqualTo("a");
        assertThat(Files.readString(dir.resolve("x").resolve("b.csv"))).isEqualTo("b");
    }

    @Test
    void theSameFileTwiceInOneOutputIsRefused() {
        Map<Path, AtomicFiles.Content> files = new LinkedHashMap<>();
        files.put(dir.resolve("a.json"), out -> out.write('a'));
        files.put(dir.resolve("sub").resolve("..").resolve("a.json"), out -> out.write('b'));
        assertThatThrownBy(() -> AtomicFiles.writeAll(files)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("twice");
    }

    /** The temporary name does not grow with the target's: a 255-byte name (the usual limit) is written. */
    @Test
    void aNameAtTheFileSystemLimitIsWritten() throws IOException {
        Path file = dir.resolve("p".repeat(250) + ".json");
        AtomicFiles.writeString(file, "{}");
        assertThat(Files.readString(file)).isEqualTo("{}");
    }

    /** What a killed writer left behind is removed by the next write into the folder; a live writer's is kept. */
    @Test
    void temporariesOfDeadProcessesAreRemovedThoseOfLiveOnesKept() throws IOException {
        Path stale = Files.writeString(dir.resolve(".fairshed-" + DEAD_PID + "-1a2b.tmp"), "half a plan");
        Path live = Files.writeString(dir.resolve(".fairshed-" + ProcessHandle.current().pid() + "-3c4d.tmp"), "in progress");
        Path unrelated = Files.writeString(dir.resolve(".other.tmp"), "not ours");
        AtomicFiles.writeString(dir.resolve("plan.json"), "{}");
        assertThat(listing(dir)).containsExactlyInAnyOrder(dir.resolve("plan.json"), live, unrelated);
        assertThat(stale).doesNotExist();
    }

    private static List<Path> listing(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.toList();
        }
    }
}
