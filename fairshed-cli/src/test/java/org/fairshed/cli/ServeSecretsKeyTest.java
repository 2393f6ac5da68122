package org.fairshed.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.fairshed.common.InputException;
import org.fairshed.store.StoreParameters;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** Where {@code serve} keeps the key that seals secrets in the database, and what it says when it cannot know. */
class ServeSecretsKeyTest {

    @Test
    void theEmbeddedStoreKeepsItsKeyInItsFolderUnlessTheSettingNamesAFile() {
        Path data = Path.of("/tmp/some-data");
        assertThat(SecretsKey.location(StoreParameters.embedded(data), null)).isEqualTo(data.resolve("secrets.key"));
        assertThat(SecretsKey.location(StoreParameters.embedded(data), " ")).isEqualTo(data.resolve("secrets.key"));
        assertThat(SecretsKey.location(StoreParameters.embedded(data), "/etc/fairshed/key"))
                .isEqualTo(Path.of("/etc/fairshed/key"));
        assertThat(SecretsKey.location(StoreParameters.jdbc("jdbc:postgresql://db/fairshed"), "/etc/fairshed/key"))
                .isEqualTo(Path.of("/etc/fairshed/key"));
    }

    @Test
    void aPostgresqlServerNeedsTheSettingSoThatReplicasShareOneKey() {
        assertThatThrownBy(() -> SecretsKey.location(StoreParameters.jdbc("jdbc:postgresql://db/fairshed"), null))
                .isInstanceOf(InputException.class).hasMessageContaining("--db")
                .hasMessageContaining(SecretsKey.ENV).hasMessageContaining("same file");
    }

    @Test
    void serveOnADatabaseWithoutTheSettingStopsBeforeConnecting() {
        Assumptions.assumeTrue(System.getenv(SecretsKey.ENV) == null, SecretsKey.ENV + " is set here");
        // nothing listens on port 1: had serve tried to connect first, the error would name the connection
        CliRun r = CliRun.of("serve", "--db", "jdbc:postgresql://127.0.0.1:1/fairshed", "--port", "0");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("--db", SecretsKey.ENV).doesNotContain("Exception").doesNotContain("connect");
    }
}
