package org.fairshed.rota;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicTextTest {

    @TempDir
    Path dir;

    /** Schedules are read by others (the publishing web server): not the temporary file's owner-only permissions. */
    @Test
    void aNewFileIsWorldReadableAndAReplacedOneKeepsItsPermissions() throws IOException {
        Path file = dir.resolve("sub").resolve("SCHEDULE.json");
        AtomicText.write(file, "a,b\n");
        assertThat(Files.readString(file)).isEqualTo("a,b\n");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-r--r--");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-rw----"));
        AtomicText.write(file, "c\n");
        assertThat(Files.readString(file)).isEqualTo("c\n");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-rw----");
        try (Stream<Path> left = Files.list(file.getParent())) {
            assertThat(left).containsExactly(file);
        }
    }
}
