package org.fairshed.notify.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.fairshed.common.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UrlPolicyTest {

    @ParameterizedTest
    @ValueSource(strings = {"https://127.0.0.1/hook", "https://[::1]/hook", "https://10.1.2.3/h", "https://192.168.0.1/h",
            "https://172.16.5.5/h", "https://169.254.169.254/latest/meta-data", "https://100.64.0.1/h",
            "https://[fd00::1]/h", "https://[fe80::1]/h", "https://0.0.0.0/h", "https://224.0.0.1/h",
            "https://[::ffff:10.0.0.1]/h", "http://example.org/h", "ftp://example.org/h", "https://user:pw@1.1.1.1/h",
            "https://1.1.1.1/h#frag", "not a url", ""})
    void refusesByDefaultWhatCouldReachInsideOrIsNotHttps(String url) {
        assertThatThrownBy(() -> UrlPolicy.PUBLIC_ONLY.check(url, "webhook", "url"))
                .isInstanceOf(InputException.class).hasMessageContaining("url");
    }

    @Test
    void acceptsPublicHttpsAndLoopbackHttpOnlyWhenAllowed() {
        assertThat(UrlPolicy.PUBLIC_ONLY.check("https://1.1.1.1:8443/hooks/fairshed", "webhook", "url").getPort())
                .isEqualTo(8443);
        UrlPolicy tests = new UrlPolicy(true, false);
        assertThat(tests.check("http://127.0.0.1:9/h", "webhook", "url").getHost()).isEqualTo("127.0.0.1");
        assertThatThrownBy(() -> tests.check("http://10.0.0.1/h", "webhook", "url")).isInstanceOf(InputException.class);
        assertThatThrownBy(() -> new UrlPolicy(false, true).check("http://10.0.0.1/h", "webhook", "url"))
                .isInstanceOf(InputException.class).hasMessageContaining("https");
        assertThat(new UrlPolicy(false, true).check("https://10.0.0.1/h", "webhook", "url")).isNotNull();
    }
}
