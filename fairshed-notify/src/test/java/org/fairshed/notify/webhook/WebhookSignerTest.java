package org.fairshed.notify.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class WebhookSignerTest {

    /**
     * The Standard Webhooks reference vector, as the specification's reference libraries test it
     * (standard-webhooks/standard-webhooks, libraries/java/src/test/java/com/standardwebhooks/WebhookTest.java,
     * verifyWebhookSignWorks; the same values in every language's test).
     */
    @Test
    void signsTheSpecificationsTestVector() {
        WebhookSigner signer = WebhookSigner.of("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw");
        String signature = signer.sign("msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265330L, "{\"test\": 2432232314}");
        assertThat(signature).isEqualTo("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
        assertThat(WebhookSigner.of("MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw").sign("msg_p5jXN8AQM9LWM0D4loKWxJek",
                1614265330L, "{\"test\": 2432232314}")).isEqualTo(signature);
    }

    @Test
    void verifiesAmongSeveralSignaturesAndRefusesAnotherBodyIdOrTime() {
        WebhookSigner signer = WebhookSigner.of("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw");
        String good = signer.sign("msg_1", 100, "{}");
        assertThat(signer.verify("msg_1", 100, "{}", "v1,bm9wZQ== " + good)).isTrue();
        assertThat(signer.verify("msg_1", 100, "{ }", good)).isFalse();
        assertThat(signer.verify("msg_2", 100, "{}", good)).isFalse();
        assertThat(signer.verify("msg_1", 101, "{}", good)).isFalse();
        assertThat(signer.verify("msg_1", 100, "{}", good.replace("v1,", "v2,"))).isFalse();
    }

    @Test
    void newSecretsAreWhsecAndThirtyTwoRandomBytes() {
        SecureRandom random = new SecureRandom();
        String a = WebhookSigner.newSecret(random);
        String b = WebhookSigner.newSecret(random);
        assertThat(a).startsWith("whsec_").isNotEqualTo(b);
        assertThat(Base64.getDecoder().decode(a.substring(6))).hasSize(32);
        assertThat(WebhookSigner.of(a).toString()).doesNotContain(a.substring(6));
        assertThatThrownBy(() -> WebhookSigner.of("whsec_***")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageNotContaining("***");
    }
}
