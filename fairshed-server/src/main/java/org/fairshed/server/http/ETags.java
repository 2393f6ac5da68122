package org.fairshed.server.http;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * Strong ETags. A resource's ETag is derived from what it depends on — the published revisions (their number and the
 * store's content hash), the day statuses' versions, the registry's version, the local date and the next boundary
 * for clock-dependent ones — plus the route and its parameters: {@link #of} hashes those tokens, so that a 304 needs
 * no body work. Feeds and other bodies built from several revisions use {@link #ofBytes}, the hash of the bytes.
 */
public final class ETags {

    private ETags() {
    }

    /** {@code "<readable>.<hash of the tokens>"}; {@code readable} is e.g. {@code kyiv-5}. */
    public static String of(String readable, String... tokens) {
        StringBuilder sb = new StringBuilder();
        for (String t : tokens) {
            sb.append(t).append('\u0000');
        }
        return "\"" + readable + "." + hash(sb.toString().getBytes(StandardCharsets.UTF_8), 16) + "\"";
    }

    public static String ofBytes(byte[] bytes) {
        return "\"b." + hash(bytes, 22) + "\"";
    }

    /** The ETag of the gzip form of the body whose ETag is {@code etag}. */
    public static String gzip(String etag) {
        return etag.substring(0, etag.length() - 1) + "-gz\"";
    }

    /** Whether an {@code If-None-Match} header matches {@code etag} (weak comparison, either encoding, or {@code *}). */
    public static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        String plain = etag;
        String gz = gzip(etag);
        for (String candidate : ifNoneMatch.split(",")) {
            String c = candidate.trim();
            if (c.startsWith("W/")) {
                c = c.substring(2);
            }
            if (c.equals("*") || c.equals(plain) || c.equals(gz)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Never updated, only cloned: a request runs on a new virtual thread, so a thread-local digest was made afresh
     * (a provider look-up) for every ETag.
     */
    private static final MessageDigest SHA256 = sha256();

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static MessageDigest digest() {
        try {
            return (MessageDigest) SHA256.clone();
        } catch (CloneNotSupportedException e) {
            return sha256();
        }
    }

    private static String hash(byte[] bytes, int chars) {
        byte[] d = digest().digest(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(d).substring(0, chars);
    }
}
