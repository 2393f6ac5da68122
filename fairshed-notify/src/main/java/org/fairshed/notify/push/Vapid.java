package org.fairshed.notify.push;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.Signature;
import java.security.interfaces.ECPublicKey;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import org.fairshed.store.db.Database;
import org.fairshed.store.secret.SecretBox;
import org.fairshed.store.secret.SecretBoxException;

/**
 * The server's VAPID identity (RFC 8292): a P-256 key pair kept in the store (made on first use, the same for every
 * replica and across restarts, since browsers bind their subscriptions to it) and the ES256-signed JWT of each
 * request: {@code Authorization: vapid t=<jwt>, k=<public key>}.
 */
public final class Vapid {

    /** A JWT is valid for 12 hours (RFC 8292 allows at most 24). */
    public static final long LIFETIME_SECONDS = 12 * 3600;
    /** The associated data the private key is sealed for. */
    static final String CONTEXT = "vapid:1";

    /** What the sealed private key is bound to: the one row of {@code vapid_key}. */
    public static String context() {
        return CONTEXT;
    }

    private final KeyPair keys;
    private final String publicKey;
    private final String subject;

    public Vapid(KeyPair keys, String subject) {
        this.keys = keys;
        this.publicKey = EcKeys.base64Url(EcKeys.encode((ECPublicKey) keys.getPublic()));
        this.subject = subject;
    }

    /**
     * The store's key pair, made and stored the first time (two replicas racing keep the first one written); the
     * private key is stored sealed by {@code secrets} (a clear one from before sealing existed is sealed now).
     */
    public static Vapid load(Database database, String subject, SecretBox secrets) {
        return database.write(c -> {
            Optional<String[]> stored = read(c);
            if (stored.isEmpty()) {
                KeyPair made = EcKeys.generate();
                try (var insert = c.prepareStatement("insert into vapid_key (id, public_key, private_key) "
                        + "values (1, ?, ?) on conflict (id) do nothing")) {
                    insert.setString(1, EcKeys.base64Url(EcKeys.encode((ECPublicKey) made.getPublic())));
                    insert.setString(2, secrets.seal(Base64.getEncoder().encodeToString(made.getPrivate().getEncoded()),
                            CONTEXT));
                    insert.executeUpdate();
                }
                stored = read(c);
            }
            String publicKey = stored.orElseThrow()[0];
            String privateKey = stored.orElseThrow()[1];
            if (SecretBox.isSealed(privateKey)) {
                try {
                    privateKey = secrets.open(privateKey, CONTEXT);
                } catch (SecretBoxException e) {
                    throw new SecretBoxException("the store's VAPID private key: " + e.getMessage());
                }
            } else {
                try (var seal = c.prepareStatement("update vapid_key set private_key = ? where id = 1")) {
                    seal.setString(1, secrets.seal(privateKey, CONTEXT));
                    seal.executeUpdate();
                }
            }
            return new Vapid(EcKeys.pair(EcKeys.fromBase64Url(publicKey),
                    EcKeys.decodePkcs8(Base64.getDecoder().decode(privateKey))), subject);
        });
    }

    private static Optional<String[]> read(Connection c) throws SQLException {
        try (var read = c.prepareStatement("select public_key, private_key from vapid_key where id = 1 for update");
             var rs = read.executeQuery()) {
            return rs.next() ? Optional.of(new String[] {rs.getString(1), rs.getString(2)}) : Optional.empty();
        }
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
