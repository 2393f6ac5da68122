package org.fairshed.notify.push;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.interfaces.ECPublicKey;
import java.net.URI;
import java.time.Instant;
import org.fairshed.notify.testing.PushDecryptor;
import org.junit.jupiter.api.Test;

class PushEncryptionTest {

    // RFC 8291 §5 (the example message) and Appendix A (its intermediate values)
    private static final String PLAINTEXT = "When I grow up, I want to be a watermelon";
    private static final String UA_PUBLIC = "BCVxsr7N_eNgVRqvHtD0zTZsEc6-VV-JvLexhqUzORcxaOzi6-AYWXvTBHm4bjyPjs7Vd8pZGH6SRpkNtoIAiw4";
    private static final String UA_PRIVATE = "q1dXpw3UpT5VOmu_cf_v6ih07Aems3njxI-JWgLcM94";
    private static final String AS_PUBLIC = "BP4z9KsN6nGRTbVYI_c7VJSPQTBtkgcy27mlmlMoZIIgDll6e3vCYLocInmYWAmS6TlzAC8wEqKK6PBru3jl7A8";
    private static final String AS_PRIVATE = "yfWPiYE-n46HLnH0KqZOF1fJJU3MYrct3AELtAQ-oRw";
    private static final String AUTH = "BTBZMqHH6r4Tts7J_aSIgg";
    private static final String SALT = "DGv6ra1nlYgDCS1FRnbzlw";
    private static final String BODY = "DGv6ra1nlYgDCS1FRnbzlwAAEABBBP4z9KsN6nGRTbVYI_c7VJSPQTBtkgcy27mlmlMoZIIgDll6e3vCYLoc"
            + "InmYWAmS6TlzAC8wEqKK6PBru3jl7A_yl95bQpu6cVPTpK4Mqgkf1CXztLVBSt2Ks3oZwbuwXPXLWyouBWLVWGNWQexSgSxsj_Qulcy4a-fN";

    @Test
    void encryptsTheRfc8291ExampleToTheByte() {
        KeyPair sender = new KeyPair(EcKeys.decodePublic(EcKeys.fromBase64Url(AS_PUBLIC)),
                EcKeys.decodePrivate(EcKeys.fromBase64Url(AS_PRIVATE)));
        byte[] body = PushEncryption.encrypt(PLAINTEXT.getBytes(StandardCharsets.UTF_8), EcKeys.fromBase64Url(UA_PUBLIC),
                EcKeys.fromBase64Url(AUTH), sender, EcKeys.fromBase64Url(SALT));
        assertThat(EcKeys.base64Url(body)).isEqualTo(BODY);
    }

    @Test
    void theBrowsersSideDecryptsTheExampleAndAFreshMessage() throws Exception {
        var uaPrivate = EcKeys.decodePrivate(EcKeys.fromBase64Url(UA_PRIVATE));
        byte[] uaPublic = EcKeys.fromBase64Url(UA_PUBLIC);
        assertThat(new String(PushDecryptor.decrypt(EcKeys.fromBase64Url(BODY), uaPrivate, uaPublic,
                EcKeys.fromBase64Url(AUTH)), StandardCharsets.UTF_8)).isEqualTo(PLAINTEXT);
        String text = "Група 2.1, 25.10: відключення 08:00–12:00";
        byte[] fresh = PushEncryption.encrypt(text.getBytes(StandardCharsets.UTF_8), uaPublic,
                EcKeys.fromBase64Url(AUTH), new SecureRandom());
        assertThat(new String(PushDecryptor.decrypt(fresh, uaPrivate, uaPublic, EcKeys.fromBase64Url(AUTH)),
                StandardCharsets.UTF_8)).isEqualTo(text);
        assertThat(fresh.length).isEqualTo(86 + text.getBytes(StandardCharsets.UTF_8).length + 1 + 16);
    }

    @Test
    void refusesAPointOffTheCurveAndAnOversizedMessage() {
        byte[] bad = EcKeys.fromBase64Url(UA_PUBLIC);
        bad[64] ^= 1;
        assertThatThrownBy(() -> EcKeys.decodePublic(bad)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("curve");
        assertThatThrownBy(() -> PushEncryption.encrypt(new byte[PushEncryption.MAX_PLAINTEXT + 1],
                EcKeys.fromBase64Url(UA_PUBLIC), EcKeys.fromBase64Url(AUTH), new SecureRandom()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void vapidSignsAnEs256JwtForThePushServicesOrigin() throws Exception {
        KeyPair keys = EcKeys.generate();
        Vapid vapid = new Vapid(keys, "mailto:ops@example.org");
        String header = vapid.authorization(URI.create("https://push.example.net:8443/send/abc"),
                Instant.parse("2026-10-25T09:00:00Z"));
        assertThat(header).startsWith("vapid t=").contains(", k=" + vapid.publicKey());
        String jwt = header.substring("vapid t=".length(), header.indexOf(','));
        String[] parts = jwt.split("\\.");
        String claims = new String(EcKeys.fromBase64Url(parts[1]), StandardCharsets.UTF_8);
        assertThat(claims).contains("\"aud\":\"https://push.example.net:8443\"")
                .contains("\"exp\":" + (Instant.parse("2026-10-25T09:00:00Z").getEpochSecond() + 12 * 3600))
                .contains("\"sub\":\"mailto:ops@example.org\"");
        Signature es256 = Signature.getInstance("SHA256withECDSAinP1363Format");
        es256.initVerify(EcKeys.decodePublic(EcKeys.fromBase64Url(vapid.publicKey())));
        es256.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
        assertThat(es256.verify(EcKeys.fromBase64Url(parts[2]))).isTrue();
        assertThat(EcKeys.encode((ECPublicKey) keys.getPublic())).hasSize(65);
        assertThat(vapid.toString()).doesNotContain(java.util.Base64.getEncoder()
                .encodeToString(keys.getPrivate().getEncoded()));
    }
}
