package org.fairshed.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.fairshed.server.access.AccessParameters;
import org.fairshed.server.access.AccessService;
import org.fairshed.store.Store;
import org.fairshed.store.StoreFactory;
import org.fairshed.store.StoreParameters;
import org.fairshed.store.db.EmbeddedServer;
import org.fairshed.store.model.RegionDefinition;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code fairshed operator ...} on PostgreSQL ({@code --db}: an embedded server this test runs, or the one
 * FAIRSHED_TEST_PG_URL names) and on a data folder ({@code --data}), also while another process serves it.
 */
class OperatorCommandTest {

    private static final String TOKEN = "fst_[A-Za-z0-9]{8}_[A-Za-z0-9_-]{43}";
    @TempDir
    static Path tmp;
    private static EmbeddedServer server;
    private static String db;

    @BeforeAll
    static void start() {
        server = EmbeddedServer.start(tmp.resolve("served"));
        db = server.jdbcUrl();
        try (Store s = StoreFactory.open(StoreParameters.jdbc(db))) {
            s.organisation().putRegion(new RegionDefinition("kyiv", "Київ", "Kyiv", java.time.ZoneId.of("Europe/Kyiv")));
        }
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static String last(CliRun r) {
        List<String> lines = r.out().lines().toList();
        return lines.get(lines.size() - 1);
    }

    @Test
    void aTokenIsPrintedAloneOnTheLastLineAndWorksOnlyUntilRevoked() {
        CliRun r = CliRun.of("operator", "token", "--db", db, "--role", "publisher", "--region", "kyiv", "--expires", "7");
        assertThat(r.exitCode()).as(r.err()).isZero();
        String token = last(r);
        assertThat(token).matches(TOKEN);
        try (Store s = StoreFactory.open(StoreParameters.jdbc(db))) {
            AccessService access = AccessService.of(s, AccessParameters.defaults());
            var op = access.bearer(token, "127.0.0.1").orElseThrow();
            assertThat(op.name()).isEqualTo("publisher@kyiv");
            assertThat(op.region()).isEqualTo("kyiv");
            assertThat(s.audit().recent(5)).anySatisfy(e -> assertThat(e.actor()).startsWith("cli:"));
        }
        CliRun list = CliRun.of("operator", "list", "--db", db);
        assertThat(list.exitCode()).isZero();
        assertThat(list.out()).contains("publisher@kyiv (publisher, region kyiv, tokens only)")
                .contains(token.substring(0, 12)).doesNotContain(token.substring(13));
        CliRun revoke = CliRun.of("operator", "revoke", "--db", db, token.substring(0, 12));
        assertThat(revoke.exitCode()).as(revoke.err()).isZero();
        try (Store s = StoreFactory.open(StoreParameters.jdbc(db))) {
            assertThat(AccessService.of(s, AccessParameters.defaults()).bearer(token, "127.0.0.1")).isEmpty();
        }
    }

    @Test
    void anAccountGetsAGeneratedPasswordShownOnceAndTokensOfItAreCappedByItsRole() {
        CliRun add = CliRun.of("operator", "add", "--db", db, "--role", "planner", "--name", "mykola");
        assertThat(add.exitCode()).as(add.err()).isZero();
        assertThat(add.out()).contains("added mykola (planner, national, web login)");
        assertThat(last(add)).hasSize(20);
        CliRun again = CliRun.of("operator", "add", "--db", db, "--role", "planner", "--name", "mykola");
        assertThat(again.exitCode()).isEqualTo(2);
        assertThat(again.err()).contains("exists already");
        CliRun tooHigh = CliRun.of("operator", "token", "--db", db, "--role", "publisher", "--account", "mykola");
        assertThat(tooHigh.exitCode()).isEqualTo(2);
        assertThat(tooHigh.err()).contains("mykola is planner").doesNotContain("Exception");
        CliRun ok = CliRun.of("operator", "token", "--db", db, "--role", "viewer", "--account", "mykola");
        assertThat(ok.exitCode()).isZero();
        assertThat(last(ok)).matches(TOKEN);
        CliRun disable = CliRun.of("operator", "disable", "--db", db, "mykola");
        assertThat(disable.exitCode()).isZero();
        assertThat(disable.out()).contains("disabled mykola");
    }

    @Test
    void badInputIsExitTwoWithOneClearLine() {
        for (String[] args : List.of(
                new String[] {"operator", "token", "--db", db, "--role", "king"},
                new String[] {"operator", "token", "--db", db, "--role", "viewer", "--expires", "0"},
                new String[] {"operator", "token", "--db", db, "--role", "viewer", "--expires", "400"},
                new String[] {"operator", "token", "--db", db, "--role", "viewer", "--region", "atlantis"},
                new String[] {"operator", "token", "--db", db, "--role", "viewer", "--account", "nobody"},
                new String[] {"operator", "add", "--db", db, "--role", "viewer", "--name", "Bad Name!"},
                new String[] {"operator", "revoke", "--db", db, "fst_ZZZZZZZZ"},
                new String[] {"operator", "revoke", "--db", db, "garbage"},
                new String[] {"operator", "disable", "--db", db, "nobody"})) {
            CliRun r = CliRun.of(args);
            assertThat(r.exitCode()).as(String.join(" ", args) + ": " + r.err()).isEqualTo(2);
            assertThat(r.err()).as(String.join(" ", args)).doesNotContain("\tat ").isNotBlank();
        }
    }

    @Test
    void onADataFolderItWorksAloneAndWhileAServerHoldsTheFolder() throws Exception {
        Path data = tmp.resolve("alone");
        CliRun alone = CliRun.of("operator", "token", "--data", data.toString(), "--role", "administrator");
        assertThat(alone.exitCode()).as(alone.err()).isZero();
        assertThat(last(alone)).matches(TOKEN);
        assertThat(Files.exists(data.resolve("postgres"))).isTrue();

        CliRun busy = CliRun.of("operator", "token", "--data", tmp.resolve("served").toString(), "--role", "viewer");
        assertThat(busy.exitCode()).as(busy.err()).isZero();
        assertThat(busy.err()).contains("served by a running fairshed");
        assertThat(last(busy)).matches(TOKEN);
    }
}
