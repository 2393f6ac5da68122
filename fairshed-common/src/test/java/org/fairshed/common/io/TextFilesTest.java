package org.fairshed.common.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.fairshed.common.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextFilesTest {

    @TempDir
    Path dir;

    /** Windows-1251 Cyrillic (a common export of Ukrainian spreadsheets) is not UTF-8: the file and line are named. */
    @Test
    void aFileThatIsNotUtf8NamesTheFileAndTheLine() throws IOException {
        Path file = dir.resolve("groups.json");
        byte[] cp1251 = {'{', '\n', '"', (byte) 0xca, (byte) 0xe8, (byte) 0xbf, (byte) 0xe2, '"', '\n', '}'};
        Files.write(file, cp1251);
        assertThatThrownBy(() -> TextFiles.readUtf8(file, 1000, "group file"))
                .isInstanceOfSatisfying(InputException.class, e -> {
                    assertThat(e.source()).isEqualTo(file.toString());
                    assertThat(e.line()).isEqualTo(2);
                    assertThat(e.getMessage()).startsWith(file + ":2: is not UTF-8 text: byte 0xca at offset 3");
                });
    }

    @Test
    void aFileAboveTheLimitIsRefusedBeforeItIsRead() throws IOException {
        Path file = Files.writeString(dir.resolve("big.json"), "x".repeat(2048));
        assertThatThrownBy(() -> TextFiles.readUtf8(file, 1024, "scenario"))
                .isInstanceOf(InputException.class)
                .hasMessage(file + ": is 2048 bytes; a scenario may have at most 1024 bytes (0 MiB)");
    }

    @Test
    void aMissingFileAndAFolderAreInputErrors() {
        assertThatThrownBy(() -> TextFiles.readUtf8(dir.resolve("none.m"), 10, "case file"))
                .isInstanceOf(InputException.class).hasMessageEndingWith("none.m: case file not found");
        assertThatThrownBy(() -> TextFiles.readUtf8(dir, 10, "case file"))
                .isInstanceOf(InputException.class).hasMessageEndingWith(": is a folder, not a case file");
    }

    @Test
    void aByteOrderMarkIsDropped() throws IOException {
        Path file = dir.resolve("bom.csv");
        Files.write(file, new byte[] {(byte) 0xef, (byte) 0xbb, (byte) 0xbf, 'i', 'd'});
        assertThat(TextFiles.readUtf8(file, 100, "registry")).isEqualTo("id");
    }
}
