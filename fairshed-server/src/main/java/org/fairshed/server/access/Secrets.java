package org.fairshed.server.access;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The random secrets of access: API tokens, session ids, the CSRF token of a session, generated passwords.
 *
 * <p>A token is {@code fst_<8 letters or digits>_<43 base64url characters>}: the first part (about 47 bits) is its public
 * prefix, which names it in lists, logs and the audit log; the rest is 256 random bits. Only SHA-256 of the whole token
 * is stored. A fast hash suffices here (unlike passwords, which people choose and which are few enough to guess
 * through a slow hash's cost only): nobody can enumerate 2^256 candidates, so a stolen hash gives nothing, and the
 * lookup on every API call costs microseconds instead of Argon2's tenth of a second.
 */
public final class Secrets {

    public static final String TOKEN_PREFIX = "fst_";
    private static final String ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    /** A generated password: no look-alikes (0/O, 1/l/I), 20 characters of 54 = 115 bits. */
    private static final String PASSWORD = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    private static final Base64.Encoder B64URL = Base64.getUrlEncoder().withoutPadding();

    private final SecureRandom random;

    public Secrets(SecureRandom random) {
        this.random = random;
    }

    public static Secrets defaults() {
        return new Secrets(new SecureRandom());
    }

    /** A new API token (the whole secret, shown once) and its public prefix. */
    public IssuedSecret newToken() {
        String prefix = TOKEN_PREFIX + chars(ALNUM, 8);
        return new IssuedSecret(prefix, prefix + "_" + randomBase64(32));
    }

    /** A session id for the cookie: 256 random bits. */
    public String newSessionId() {
        return randomBase64(32);
    }

    /** A password for an account added without one: 20 characters without look-alikes. */
    public String newPassword() {
        return chars(PASSWORD, 20);
    }

    /** The public prefix of something that looks like a token, else null (a log may name the prefix, never more). */
    public static String prefixOf(String token) {
        if (token == null || !token.startsWith(TOKEN_PREFIX) || token.length() < 13 || token.charAt(12) != '_') {
            return null;
        }
        String p = token.substring(0, 12);
        return p.substring(4).chars().allMatch(ch -> ALNUM.indexOf(ch) >= 0) ? p : null;
    }

    /** SHA-256 of a secret's UTF-8 bytes: what the store keeps of tokens and session ids. */
    public static byte[] sha256(String secret) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /**
     * The CSRF token of a session, derived from its (secret, HttpOnly) id: a page gets it with the login or from
     * {@code GET /api/v1/operator/session} and sends it in {@code X-CSRF-Token}; another site can read neither.
     */
    public static String csrfToken(String sessionId) {
        return B64URL.encodeToString(sha256("fairshed-csrf:" + sessionId));
    }

    /** Equality of two secrets in time independent of where they differ. */
    public static boolean same(String a, String b) {
        return a != null && b != null && MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8),
                b.getBytes(StandardCharsets.UTF_8));
    }

    private String randomBase64(int bytes) {
        byte[] b = new byte[bytes];
        random.nextBytes(b);
        return B64URL.encodeToString(b);
    }

    private String chars(String alphabet, int n) {
        StringBuilder sb = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return sb.toString();
    }

    /** A secret just made: {@code value} is shown once and never stored; {@code prefix} is its public name. */
    public record IssuedSecret(String prefix, String value) {
        @Override
        public String toString() {
            return "IssuedSecret[" + prefix + ", value hidden]";
        }
    }
}
