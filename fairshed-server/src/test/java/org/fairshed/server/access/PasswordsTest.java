package org.fairshed.server.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.util.HexFormat;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;
import org.fairshed.common.InputException;
import org.junit.jupiter.api.Test;

/** Argon2id as BouncyCastle computes it (RFC 9106's test vector), our PHC strings, generated secrets. */
class PasswordsTest {

    private final Passwords passwords = Passwords.defaults();

    @Test
    void theLibraryComputesTheArgon2idTestVectorOfRfc9106() {
        byte[] rep = new byte[32];
        Argon2BytesGenerator g = new Argon2BytesGenerator();
        g.init(new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id).withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withMemoryAsKB(32).withIterations(3).withParallelism(4).withSalt(fill(16, 0x02))
                .withSecret(fill(8, 0x03)).withAdditional(fill(12, 0x04)).build());
        g.generateBytes(fill(32, 0x01), rep);
        assertThat(HexFormat.of().formatHex(rep))
                .isEqualTo("0d640df58d78766c08c037a34a8b53c9d01ef0452d75b65eb52520e96b01e659");
    }

    @Test
    void aHashIsAnArgon2idPhcStringWithAFreshSaltThatVerifiesOnlyItsPassword() {
        String h = passwords.hash("correct horse battery");
        assertThat(h).matches("\\$argon2id\\$v=19\\$m=19456,t=2,p=1\\$[A-Za-z0-9+/]{22}\\$[A-Za-z0-9+/]{43}");
        assertThat(passwords.hash("correct horse battery")).isNotEqualTo(h);
        assertThat(passwords.verify("correct horse battery", h)).isTrue();
        assertThat(passwords.verify("correct horse batterz", h)).isFalse();
        assertThat(passwords.verify("", h)).isFalse();
        assertThat(passwords.verify(null, h)).isFalse();
        assertThat(passwords.verify("x".repeat(10_000), h)).isFalse();
        assertThat(passwords.verify("correct horse battery", null)).as("an unknown account").isFalse();
        assertThat(passwords.verify("correct horse battery", "$argon2id$broken")).isFalse();
        assertThat(passwords.needsRehash(h)).isFalse();
        Passwords cheap = new Passwords(256, 1, 1, new SecureRandom());
        String old = cheap.hash("correct horse battery");
        assertThat(passwords.verify("correct horse battery", old)).as("an older, cheaper hash still verifies").isTrue();
        assertThat(passwords.needsRehash(old)).isTrue();
    }

    @Test
    void passwordsHaveALengthPolicy() {
        assertThatThrownBy(() -> Passwords.check("short", "password")).isInstanceOf(InputException.class)
                .hasMessageContaining("at least 12");
        assertThatThrownBy(() -> Passwords.check("x".repeat(257), "password")).isInstanceOf(InputException.class);
        Passwords.check("twelve chars", "password");
    }

    @Test
    void tokensCarry256RandomBitsBehindAPublicPrefixAndGeneratedPasswordsAvoidLookAlikes() {
        Secrets s = Secrets.defaults();
        Secrets.IssuedSecret t = s.newToken();
        assertThat(t.value()).matches("fst_[A-Za-z0-9]{8}_[A-Za-z0-9_-]{43}").startsWith(t.prefix() + "_");
        assertThat(Secrets.prefixOf(t.value())).isEqualTo(t.prefix());
        assertThat(Secrets.prefixOf("Bearer nonsense")).isNull();
        assertThat(t.toString()).doesNotContain(t.value().substring(13));
        assertThat(s.newToken().value()).isNotEqualTo(t.value());
        assertThat(Secrets.sha256(t.value())).hasSize(32);
        assertThat(s.newPassword()).hasSize(20).doesNotContainPattern("[0O1lI]");
        assertThat(Secrets.csrfToken("a")).isNotEqualTo(Secrets.csrfToken("b")).isEqualTo(Secrets.csrfToken("a"));
        assertThat(Secrets.same("abc", "abc")).isTrue();
        assertThat(Secrets.same("abc", "abd")).isFalse();
        assertThat(Secrets.same(null, "abd")).isFalse();
    }

    private static byte[] fill(int n, int value) {
        byte[] b = new byte[n];
        java.util.Arrays.fill(b, (byte) value);
        return b;
    }
}
