package org.fairshed.store.secret;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import org.fairshed.common.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecretBoxTest {

    private static final String SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    private static final String ROW = "webhook:wh_abcdefghijklmnop";

    @TempDir
    Path dir;

    @Test
    void aSealedValueOpensForItsRowAndHoldsNoClearText() {
        SecretBox box = SecretBox.ephemeral();
        String sealed = box.seal(SECRET, ROW);
        assertThat(sealed).startsWith(SecretBox.PREFIX + box.id() + ":").doesNotContain("MfKQ9r8GKYqr");
        assertThat(SecretBox.isSealed(sealed)).isTrue();
        assertThat(SecretBox.isSealed(SECRET)).isFalse();
        assertThat(box.open(sealed, ROW)).isEqualTo(SECRET);
        // a fresh nonce each time: the same secret never seals to the same text
        assertThat(box.seal(SECRET, ROW)).isNotEqualTo(sealed);
    }

    @Test
    void aValueCopiedToAnotherRowDoesNotOpen() {
        SecretBox box = SecretBox.ephemeral();
        String sealed = box.seal(SECRET, ROW);
        assertThatThrownBy(() -> box.open(sealed, "webhook:wh_otherotherother"))
                .isInstanceOf(SecretBoxException.class).hasMessageContaining("copied from another row");
    }

    @Test
    void anAlteredValueDoesNotOpen() {
        SecretBox box = SecretBox.ephemeral();
        String sealed = box.seal(SECRET, ROW);
        int at = sealed.length() - 5;
        String altered = sealed.substring(0, at) + (sealed.charAt(at) == 'A' ? 'B' : 'A') + sealed.substring(at + 1);
        assertThatThrownBy(() -> box.open(altered, ROW)).isInstanceOf(SecretBoxException.class)
                .hasMessageContaining("altered");
        assertThatThrownBy(() -> box.open(SecretBox.PREFIX + box.id() + ":AAAA", ROW))
                .isInstanceOf(SecretBoxException.class).hasMessageContaining("too short");
    }

    @Test
    void anotherKeySaysWhichKeySealedTheValue() {
        SecretBox mine = SecretBox.ephemeral();
        SecretBox theirs = SecretBox.ephemeral();
        String sealed = theirs.seal(SECRET, ROW);
        assertThat(SecretBox.keyIdOf(sealed)).isEqualTo(theirs.id()).hasSize(16);
        assertThatThrownBy(() -> mine.open(sealed, ROW)).isInstanceOf(SecretBoxException.class)
                .hasMessageContaining(theirs.id()).hasMessageContaining(mine.id())
                .hasMessageNotContaining("MfKQ9r8GKYqr");
    }

    @Test
    void aDerivedKeyIsTheSameForOneKeyAndPurposeAndNothingElse() {
        byte[] key = new byte[SecretBox.KEY_BYTES];
        key[0] = 7;
        byte[] a = SecretBox.of(key).derive("login names");
        assertThat(a).hasSize(32).isEqualTo(SecretBox.of(key.clone()).derive("login names"));
        assertThat(a).isNotEqualTo(SecretBox.of(key).derive("something else"));
        assertThat(a).isNotEqualTo(SecretBox.ephemeral().derive("login names"));
        assertThat(a).isNotEqualTo(key);
    }

    @Test
    void theKeyFileIsMadeOwnerOnlyOnceAndReadAgain() throws IOException {
        Path file = dir.resolve("sub").resolve("secrets.key");
        SecretBox made = SecretBox.fromFile(file);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(Base64.getDecoder().decode(Files.readString(file).strip())).hasSize(SecretBox.KEY_BYTES);
        SecretBox again = SecretBox.fromFile(file);
        assertThat(again.id()).isEqualTo(made.id());
        assertThat(again.open(made.seal(SECRET, ROW), ROW)).isEqualTo(SECRET);
        assertThat(made.toString()).doesNotContain(Files.readString(file).strip());
        try (var listing = Files.list(file.getParent())) {
            assertThat(listing.map(p -> p.getFileName().toString())).containsExactly("secrets.key");
        }
    }

    @Test
    void aKeyFileOthersMayReadIsRefused() throws IOException {
        Path file = dir.resolve("secrets.key");
        SecretBox.fromFile(file);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        assertThatThrownBy(() -> SecretBox.fromFile(file)).isInstanceOf(InputException.class)
                .hasMessageContaining(file.toString()).hasMessageContaining("chmod 600");
    }

    @Test
    void aFileThatHoldsNoKeyIsRefusedWithItsLine() throws IOException {
        Path notBase64 = dir.resolve("a.key");
        Files.writeString(notBase64, "not a key!\n", StandardCharsets.US_ASCII);
        Files.setPosixFilePermissions(notBase64, PosixFilePermissions.fromString("rw-------"));
        assertThatThrownBy(() -> SecretBox.fromFile(notBase64)).isInstanceOf(InputException.class)
                .hasMessageContaining("a.key").hasMessageContaining("base64");
        Path tooShort = dir.resolve("b.key");
        Files.writeString(tooShort, Base64.getEncoder().encodeToString(new byte[16]) + "\n");
        Files.setPosixFilePermissions(tooShort, PosixFilePermissions.fromString("rw-------"));
        assertThatThrownBy(() -> SecretBox.fromFile(tooShort)).isInstanceOf(InputException.class)
                .hasMessageContaining("got 16 bytes");
    }
}
