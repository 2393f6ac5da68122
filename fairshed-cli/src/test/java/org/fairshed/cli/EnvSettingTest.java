package org.fairshed.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.fairshed.common.InputException;
import org.junit.jupiter.api.Test;

class EnvSettingTest {

    private static final double EXACT = 0.0;

    @Test
    void unsetOrBlankTakesTheDefault() {
        assertThat(EnvSetting.integer("N", null, 7, 0, 10)).isEqualTo(7);
        assertThat(EnvSetting.decimal("R", "  ", 20.0, 0, 100)).isEqualTo(20.0);
        assertThat(EnvSetting.bool("B", "", true)).isTrue();
    }

    @Test
    void valuesInRangeAreRead() {
        assertThat(EnvSetting.integer("N", " 19 ", 0, 0, 19)).isEqualTo(19);
        assertThat(EnvSetting.decimal("R", "0", 20.0, 0, 100)).isCloseTo(0.0, within(EXACT));
        assertThat(EnvSetting.decimal("R", "2.5", 20.0, 0, 100)).isCloseTo(2.5, within(EXACT));
        assertThat(EnvSetting.bool("B", "TRUE", false)).isTrue();
        assertThat(EnvSetting.bool("B", "false", true)).isFalse();
    }

    @Test
    void aWordThatIsNotTrueOrFalseIsAnErrorNotFalse() {
        // Boolean.parseBoolean would read these as false: secure cookies silently off
        for (String v : new String[] {"yes", "1", "on", "ture"}) {
            assertThatThrownBy(() -> EnvSetting.bool("FAIRSHED_SECURE_COOKIES", v, true))
                    .isInstanceOf(InputException.class)
                    .hasMessageContaining("FAIRSHED_SECURE_COOKIES")
                    .hasMessageContaining("true or false")
                    .hasMessageContaining("'" + v + "'");
        }
    }

    @Test
    void numbersThatDoNotParseOrLieOutsideTheRangeNameTheVariable() {
        assertThatThrownBy(() -> EnvSetting.decimal("FAIRSHED_SEARCH_RATE", "abc", 20, 0, 1e6))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("FAIRSHED_SEARCH_RATE").hasMessageContaining("a number in [0, 1000000]");
        assertThatThrownBy(() -> EnvSetting.decimal("FAIRSHED_SEARCH_RATE", "NaN", 20, 0, 1e6))
                .isInstanceOf(InputException.class);
        assertThatThrownBy(() -> EnvSetting.decimal("FAIRSHED_SEARCH_RATE", "-1", 20, 0, 1e6))
                .isInstanceOf(InputException.class);
        assertThatThrownBy(() -> EnvSetting.integer("FAIRSHED_DEMO_ADDRESSES", "1e6", 1, 0, 10))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("FAIRSHED_DEMO_ADDRESSES").hasMessageContaining("an integer in [0, 10]");
        assertThatThrownBy(() -> EnvSetting.integer("FAIRSHED_JOB_NICE", "20", 10, 0, 19))
                .isInstanceOf(InputException.class).hasMessageContaining("got '20'");
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"127.0.0.1", "0.0.0.0", "::1", "::", "fe80::1",
            "localhost", "fairshed-1.internal"})
    void listenAddressesAreRead(String host) {
        assertThat(EnvSetting.host("FAIRSHED_HOST", " " + host + " ", "127.0.0.1")).isEqualTo(host);
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"256.0.0.1", "127.0.0", "1.2.3.4.5", "http://0.0.0.0",
            "0.0.0.0:8080", "host name", "-bad", "bad-", "a..b", "127.0.0.1;rm"})
    void aListenAddressThatIsNotOneIsAnErrorNamingTheVariable(String host) {
        assertThatThrownBy(() -> EnvSetting.host("FAIRSHED_HOST", host, "127.0.0.1"))
                .isInstanceOf(org.fairshed.common.InputException.class)
                .hasMessageContaining("FAIRSHED_HOST").hasMessageContaining("IP address or host name");
        assertThat(EnvSetting.host("FAIRSHED_HOST", null, "127.0.0.1")).isEqualTo("127.0.0.1");
    }
}
