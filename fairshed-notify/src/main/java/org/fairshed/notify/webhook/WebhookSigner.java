package org.fairshed.notify.webhook;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Standard Webhooks v1, symmetric scheme: the secret is {@code whsec_} + base64 of 24 to 64 random bytes; the signed
 * content is {@code <webhook-id>.<webhook-timestamp>.<body>}; the signature header is {@code v1,} + base64 of its
 * HMAC-SHA256 under the decoded secret. Immutable and thread-safe.
 */
public final class WebhookSigner {

    public static final String PREFIX = "whsec_";
    /** Bytes of a new secret (the specification asks for 24 to 64). */
    public static final int SECRET_BYTES = 32;

    private final byte[] key;

    private WebhookSigner(byte[] key) {
        this.key = key;
    }

    /** A signer for {@code secret} ({@code whsec_...}, the prefix optional as the reference libraries accept). */
    public static WebhookSigner of(String secret) {
        String b64 = secret.startsWith(PREFIX) ? secret.substring(PREFIX.length()) : secret;
        byte[] key;
        try {
            key = Base64.getDecoder().decode(b64);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("a webhook secret is whsec_ followed by base64");
        }
        if (key.length == 0) {
            throw new IllegalArgumentException("a webhook secret is whsec_ followed by base64 of at least one byte");
        }
        return new WebhookSigner(key);
    }

    /** A new random secret, {@code whsec_} + base64 of {@link #SECRET_BYTES} bytes. */
    public static String newSecret(SecureRandom random) {
        byte[] b = new byte[SECRET_BYTES];
        random.nextBytes(b);
        return PREFIX + Base64.getEncoder().encodeToString(b);
    }

    /** The {@code webhook-signature} header value for one attempt. */
    public String sign(String messageId, long timestampSeconds, String body) {
        return "v1," + Base64.getEncoder().encodeToString(mac(messageId + "." + timestampSeconds + "." + body));
    }

    /**
     * Whether {@code header} (space-separated {@code version,signature} pairs) holds a valid v1 signature of the
     * message; constant-time per comparison. Receivers also check the timestamp's age; that is theirs.
     */
    public boolean verify(String messageId, long timestampSeconds, String body, String header) {
        byte[] expected = mac(messageId + "." + timestampSeconds + "." + body);
        for (String part : header.trim().split(" +")) {
            if (!part.startsWith("v1,")) {
                continue;
            }
            byte[] given;
            try {
                given = Base64.getDecoder().decode(part.substring(3));
            } catch (IllegalArgumentException e) {
                continue;
            }
            if (MessageDigest.isEqual(expected, given)) {
                return true;
            }
        }
        return false;
    }

    private byte[] mac(String content) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(content.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    @Override
    public String toString() {
        return "WebhookSigner[secret hidden]";
    }
}
