package org.fairshed.server.access;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;
import org.fairshed.common.InputException;

/**
 * Password hashing with Argon2id (RFC 9106) from BouncyCastle, encoded as the PHC string
 * {@code $argon2id$v=19$m=19456,t=2,p=1$<salt>$<hash>} (unpadded base64, as libargon2 writes it), so the cost can be
 * raised later and old hashes still verify. The default cost is OWASP's minimum for Argon2id (19 MiB, 2 passes, one
 * lane): about 0.1 s of a core (docs/security.md has the measurement), which is what makes a stolen hash expensive to
 * guess.
 */
public final class Passwords {

    /** The shortest password accepted (NIST SP 800-63B asks for at least 8; operators of a grid get 12). */
    public static final int MIN_LENGTH = 12;
    /** The longest: Argon2 reads every byte, so an unbounded one would be a cheap way to burn the server's CPU. */
    public static final int MAX_LENGTH = 256;
    private static final Pattern PHC = Pattern.compile(
            "\\$argon2id\\$v=19\\$m=(\\d{1,7}),t=(\\d{1,2}),p=(\\d{1,2})\\$([A-Za-z0-9+/]{11,64})\\$([A-Za-z0-9+/]{22,128})");
    private static final Base64.Encoder B64 = Base64.getEncoder().withoutPadding();
    private static final Base64.Decoder B64D = Base64.getDecoder();

    private final int memoryKiB;
    private final int iterations;
    private final int parallelism;
    private final SecureRandom random;
    /** Verified against when the account does not exist, so that the answer takes as long as for one that does. */
    private final String dummy;

    public Passwords(int memoryKiB, int iterations, int parallelism, SecureRandom random) {
        this.memoryKiB = memoryKiB;
        this.iterations = iterations;
        this.parallelism = parallelism;
        this.random = random;
        this.dummy = hash("not a password of anyone: " + random.nextLong());
    }

    /** OWASP's minimum cost for Argon2id. */
    public static Passwords defaults() {
        return new Passwords(19_456, 2, 1, new SecureRandom());
    }

    /** Bad input unless {@code password} has {@link #MIN_LENGTH} to {@link #MAX_LENGTH} characters. */
    public static void check(String password, String field) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            throw InputException.atField("password", field, "must have at least " + MIN_LENGTH + " characters");
        }
        if (password.length() > MAX_LENGTH) {
            throw InputException.atField("password", field, "must have at most " + MAX_LENGTH + " characters");
        }
    }

    /** A new PHC string for {@code password} with a fresh 16-byte salt. */
    public String hash(String password) {
        byte[] salt = new byte[16];
        random.nextBytes(salt);
        byte[] h = argon2(password, salt, memoryKiB, iterations, parallelism, 32);
        return "$argon2id$v=19$m=" + memoryKiB + ",t=" + iterations + ",p=" + parallelism + "$" + B64.encodeToString(salt)
                + "$" + B64.encodeToString(h);
    }

    /**
     * Whether {@code password} matches {@code phc}, compared in constant time; a null or malformed {@code phc} (an
     * unknown or token-only account) is checked against a dummy hash, so it costs the same and answers false.
     */
    public boolean verify(String password, String phc) {
        Matcher m = phc == null ? null : PHC.matcher(phc);
        boolean known = m != null && m.matches();
        Matcher use = known ? m : PHC.matcher(dummy);
        if (!known && !use.matches()) {
            throw new IllegalStateException("the dummy hash is not a PHC string");
        }
        String candidate = password == null || password.length() > MAX_LENGTH ? "" : password;
        byte[] expected = B64D.decode(use.group(5));
        byte[] actual = argon2(candidate, B64D.decode(use.group(4)), Integer.parseInt(use.group(1)),
                Integer.parseInt(use.group(2)), Integer.parseInt(use.group(3)), expected.length);
        return MessageDigest.isEqual(expected, actual) && known;
    }

    /** Whether {@code phc} was made with a lower cost than this instance's (rehash it at the next login). */
    public boolean needsRehash(String phc) {
        Matcher m = PHC.matcher(phc);
        return !m.matches() || Integer.parseInt(m.group(1)) < memoryKiB || Integer.parseInt(m.group(2)) < iterations;
    }

    static byte[] argon2(String password, byte[] salt, int memoryKiB, int iterations, int parallelism, int length) {
        Argon2BytesGenerator g = new Argon2BytesGenerator();
        g.init(new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id).withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withMemoryAsKB(memoryKiB).withIterations(iterations).withParallelism(parallelism).withSalt(salt)
                .build());
        byte[] out = new byte[length];
        g.generateBytes(password.getBytes(StandardCharsets.UTF_8), out);
        return out;
    }
}
