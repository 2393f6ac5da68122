package org.fairshed.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.fairshed.store.model.Revision;
import org.fairshed.store.registry.RegistryImportParameters;
import org.fairshed.store.revision.Publication;
import org.fairshed.store.testing.Fixtures;
import org.fairshed.store.testing.HoldEmbeddedStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded store in a data folder: everything survives a restart, and one process has the folder at a time. */
class EmbeddedRestartTest {

    @TempDir
    Path data;

    @Test
    void aRestartKeepsEverythingAndASecondProcessIsTurnedAway() {
        Revision published;
        long id;
        try (Store store = StoreFactory.open(StoreParameters.embedded(data))) {
            Fixtures.region(store, "kyiv");
            String csv = RegistryContract.HEADER + ",kyiv,м. Київ,вул. Хрещатик,22,,50.4474,30.5225,1.1,E1,\r\n";
            assertThat(store.registry().importCsv(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "r.csv",
                    RegistryImportParameters.defaults()).isImported()).isTrue();
            id = store.registry().search("khreshchatyk 22", 1).get(0).id();
            published = store.revisions().publish(new Publication(Fixtures.draft("kyiv", LocalDate.of(2026, 12, 2), 2, 1,
                    "day-ahead"), 0)).revision();
            assertThatThrownBy(() -> StoreFactory.open(StoreParameters.embedded(data)))
                    .isInstanceOf(StoreException.class).hasMessageContaining("used by another Fairshed process");
        }
        assertThat(Files.isDirectory(data.resolve("postgres"))).isTrue();
        try (Store again = StoreFactory.open(StoreParameters.embedded(data))) {
            assertThat(again.organisation().regions()).extracting(r -> r.code()).containsExactly("kyiv");
            assertThat(again.registry().address(id)).isPresent();
            assertThat(again.revisions().published("kyiv")).contains(published);
            assertThat(again.revisions().content("kyiv", 1).orElseThrow().groups()).hasSize(Fixtures.GROUPS.size() * 2);
        }
    }

    @Test
    void aProcessKilledWithItsServerRunningLeavesAFolderTheNextStartCanUse() throws Exception {
        Process holder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), HoldEmbeddedStore.class.getName(), data.toString())
                .redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null && !line.equals("ready")) {
                // the child's start-up output
            }
            assertThat(line).as("the child opened the store").isEqualTo("ready");
        }
        holder.destroyForcibly().waitFor();   // kill -9: its postmaster keeps running on the folder
        assertThat(Files.exists(data.resolve("postgres").resolve("postmaster.pid"))).isTrue();
        try (Store again = StoreFactory.open(StoreParameters.embedded(data))) {
            assertThat(again.organisation().region("kyiv")).isPresent();
        }
    }
}
