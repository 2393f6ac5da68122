package org.fairshed.notify.push;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.Signature;
import java.security.interfaces.ECPublicKey;
import java.time.Instant;
import java.util.Base64;
import java.util.Locale;
import org.fairshed.store.db.Database;

/**
 * The server's VAPID identity (RFC 8292): a P-256 key pair kept in the store (made on first use, the same for every
 * replica and across restarts, since browsers bind their subscriptions to it) and the ES256-signed JWT of each
 * request: {@code Authorization: vapid t=<jwt>, k=<public key>}.
 */
public final class Vapid {

    /** A JWT is valid for 12 hours (RFC 8292 allows at most 24). */
    public static final long LIFETIME_SECONDS = 12 * 3600;

    private final KeyPair keys;
    private final String publicKey;
    private final String subject;

    public Vapid(KeyPair keys, String subject) {
        this.keys = keys;
        this.publicKey = EcKeys.base64Url(EcKeys.encode((ECPublicKey) keys.getPublic()));
        this.subject = subject;
    }

    /** The store's key pair, made and stored the first time (two replicas racing keep the first one written). */
    public static Vapid load(Database database, String subject) {
        return database.write(c -> {
            try (var read = c.prepareStatement("select public_key, private_key from vapid_key where id = 1");
                 var rs = read.executeQuery()) {
                if (rs.next()) {
                    return new Vapid(EcKeys.pair(EcKeys.fromBase64Url(rs.getString(1)),
                            EcKeys.decodePkcs8(Base64.getDecoder().decode(rs.getString(2)))), subject);
                }
            }
            KeyPair made = EcKeys.generate();
            try (var insert = c.prepareStatement("insert into vapid_key (id, public_key, private_key) values (1, ?, ?) "
                    + "on conflict (id) do nothing")) {
                insert.setString(1, EcKeys.base64Url(EcKeys.encode((ECPublicKey) made.getPublic())));
                insert.setString(2, Base64.getEncoder().encodeToString(made.getPrivate().getEncoded()));
                insert.executeUpdate();
            }
            try (var read = c.prepareStatement("select public_key, private_key from vapid_key where id = 1");
                 var rs = read.executeQuery()) {
                rs.next();
                return new Vapid(EcKeys.pair(EcKeys.fromBase64Url(rs.getString(1)),
                        EcKeys.decodePkcs8(Base64.getDecoder().decode(rs.getString(2)))), subject);
            }
        });
    }

    /** The application server key a browser subscribes with (base64url of the uncompressed point). */
    public String publicKey() {
        return publicKey;
    }

    /** The Authorization header for a request to {@code endpoint}'s push service. */
    public String authorization(URI endpoint, Instant now) {
        String audience = endpoint.getScheme().toLowerCase(Locale.ROOT) + "://" + endpoint.getRawAuthority();
        String header = b64("{\"typ\":\"JWT\",\"alg\":\"ES256\"}");
        String claims = b64("{\"aud\":\"" + audience + "\",\"exp\":" + (now.getEpochSecond() + LIFETIME_SECONDS)
                + ",\"sub\":\"" + subject.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}");
        String signingInput = header + "." + claims;
        try {
            Signature es256 = Signature.getInstance("SHA256withECDSAinP1363Format");
            es256.initSign(keys.getPrivate());
            es256.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return "vapid t=" + signingInput + "." + EcKeys.base64Url(es256.sign()) + ", k=" + publicKey;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("ES256 is not available", e);
        }
    }

    private static String b64(String json) {
        return EcKeys.base64Url(json.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public String toString() {
        return "Vapid[" + publicKey + ", private key hidden]";
    }
}
