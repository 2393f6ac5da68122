package org.fairshed.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import org.fairshed.common.InputException;
import org.fairshed.store.access.AccessStore;
import org.fairshed.store.access.Account;
import org.fairshed.store.access.Actor;
import org.fairshed.store.access.NewToken;
import org.fairshed.store.access.Session;
import org.fairshed.store.access.Token;
import org.fairshed.store.model.AuditEntry;
import org.fairshed.store.model.RegionDefinition;
import org.fairshed.store.testing.Fixtures;
import org.junit.jupiter.api.Test;

/** Accounts, tokens, sessions and their audit entries (migration 10), on every server. */
abstract class AccessContract extends StoreContract {

    private static final Instant T0 = Instant.parse("2026-12-02T10:00:00Z");
    private static final String HASH = "$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHQ$aGFzaGhhc2g";
    private final Actor admin = new Actor("root", null, "cli", "10.0.0.1");
    private AccessStore access;

    @Override
    void prepare(Store opened) {
        opened.organisation().putRegion(new RegionDefinition("kyiv", "Київ", "Kyiv", Fixtures.KYIV));
        access = AccessStore.of(opened);
    }

    @Test
    void accountsAreCreatedListedDisabledAndAuditedWithBeforeAndAfter() {
        Account a = access.accounts().create("olena", "PUBLISHER", "kyiv", HASH, admin);
        access.accounts().create("national", "ADMINISTRATOR", null, null, admin);
        assertThat(a.region()).isEqualTo("kyiv");
        assertThat(a.hasPassword()).isTrue();
        assertThat(a.toString()).doesNotContain(HASH);
        assertThat(access.accounts().list(null)).extracting(Account::name).containsExactly("national", "olena");
        assertThat(access.accounts().list("kyiv")).extracting(Account::name).containsExactly("olena");
        assertThatThrownBy(() -> access.accounts().create("olena", "VIEWER", null, null, admin))
                .isInstanceOf(InputException.class).hasMessageContaining("exists already");
        assertThatThrownBy(() -> access.accounts().create("Olena!", "VIEWER", null, null, admin))
                .isInstanceOf(InputException.class).hasMessageContaining("name");
        assertThatThrownBy(() -> access.accounts().create("petro", "KING", null, null, admin))
                .isInstanceOf(InputException.class).hasMessageContaining("role");
        assertThatThrownBy(() -> access.accounts().create("petro", "VIEWER", "atlantis", null, admin))
                .isInstanceOf(InputException.class).hasMessageContaining("atlantis");

        Token t = access.tokens().create(token("fst_AAAAAAAA", "olena", "PLANNER", "kyiv"), admin);
        Account off = access.accounts().disable("olena", T0.plusSeconds(5), admin);
        assertThat(off.active()).isFalse();
        assertThat(access.tokens().find(t.prefix()).orElseThrow().revokedAt()).isEqualTo(T0.plusSeconds(5));
        access.accounts().disable("olena", T0.plusSeconds(9), admin);

        List<AuditEntry> log = store.audit().recent(10);
        assertThat(log).extracting(AuditEntry::action).containsExactly("account.disable", "token.issue",
                "account.create", "account.create");
        AuditEntry disable = log.get(0);
        assertThat(disable.subject()).isEqualTo("account:olena");
        assertThat(disable.region()).isEqualTo("kyiv");
        assertThat(disable.remoteAddress()).isEqualTo("10.0.0.1");
        assertThat(disable.via()).isEqualTo("cli");
        assertThat(disable.detailJson()).contains("\"before\": \"PUBLISHER@kyiv password\"")
                .contains("\"after\": \"PUBLISHER@kyiv disabled password\"").contains("\"tokensRevoked\": 1");
        assertThat(log.get(1).detailJson()).doesNotContain("secret");
    }

    @Test
    void tokensAreFoundByTheirHashOnlyTouchedOnceAMinuteAndRevokedForGood() {
        access.accounts().create("bot", "PUBLISHER", null, null, admin);
        Token t = access.tokens().create(token("fst_BBBBBBBB", "bot", "PUBLISHER", "kyiv"), admin);
        assertThat(access.tokens().findByHash(sha("fst_BBBBBBBB_secret"))).contains(t);
        assertThat(access.tokens().findByHash(sha("fst_BBBBBBBB_other"))).isEmpty();
        assertThat(t.validAt(T0)).isTrue();
        assertThat(t.validAt(T0.plusSeconds(86_400))).isFalse();

        access.tokens().touch(t.id(), T0.plusSeconds(10), "192.0.2.7");
        access.tokens().touch(t.id(), T0.plusSeconds(40), "192.0.2.8");
        Token used = access.tokens().find("fst_BBBBBBBB").orElseThrow();
        assertThat(used.lastUsedAt()).isEqualTo(T0.plusSeconds(10));
        assertThat(used.lastUsedFrom()).isEqualTo("192.0.2.7");
        access.tokens().touch(t.id(), T0.plusSeconds(80), "192.0.2.8");
        assertThat(access.tokens().find("fst_BBBBBBBB").orElseThrow().lastUsedAt()).isEqualTo(T0.plusSeconds(80));

        Token revoked = access.tokens().revoke("fst_BBBBBBBB", T0.plusSeconds(100), admin);
        assertThat(revoked.validAt(T0.plusSeconds(101))).isFalse();
        assertThat(access.tokens().revoke("fst_BBBBBBBB", T0.plusSeconds(200), admin).revokedAt())
                .isEqualTo(T0.plusSeconds(100));
        assertThat(access.tokens().list("bot")).singleElement().satisfies(x -> assertThat(x.region()).isEqualTo("kyiv"));
        assertThatThrownBy(() -> access.tokens().revoke("fst_CCCCCCCC", T0, admin)).isInstanceOf(InputException.class);
        assertThat(store.audit().recent(10)).extracting(AuditEntry::action).filteredOn(s -> s.startsWith("token"))
                .containsExactly("token.revoke", "token.issue");
    }

    @Test
    void sessionsOpenMoveTheirIdleTimeAndEndOnceWithTheirAccount() {
        Account a = access.accounts().create("maria", "VIEWER", null, HASH, admin);
        Session s = access.sessions().open(sha("cookie"), a, T0, T0.plusSeconds(3600), admin);
        access.sessions().touch(s.id(), T0.plusSeconds(60));
        Session seen = access.sessions().findByHash(sha("cookie")).orElseThrow();
        assertThat(seen.lastSeenAt()).isEqualTo(T0.plusSeconds(60));
        assertThat(seen.endedAt()).isNull();
        access.accounts().setPassword("maria", HASH, admin);
        assertThat(access.sessions().findByHash(sha("cookie")).orElseThrow().endedAt()).isNotNull();
        access.sessions().end(seen, T0.plusSeconds(90), "logout", admin);
        assertThat(store.audit().recent(10)).extracting(AuditEntry::action)
                .containsExactly("account.password", "login", "account.create");
    }

    @Test
    void theDatabaseRefusesToDeleteAccountsTokensAndAuditEntries() {
        access.accounts().create("kept", "VIEWER", null, null, admin);
        access.tokens().create(token("fst_DDDDDDDD", "kept", "VIEWER", null), admin);
        for (String sql : List.of("delete from operator_account", "delete from operator_token",
                "truncate operator_account cascade", "truncate operator_token cascade", "delete from audit_log",
                "update audit_log set actor = 'someone else'", "update audit_log set subject = null")) {
            assertThatThrownBy(() -> store.database().write(c -> {
                try (Statement st = c.createStatement()) {
                    return st.executeUpdate(sql);
                }
            })).as(sql).isInstanceOf(StoreException.class).hasMessageContaining("FS001");
        }
        assertThat(store.audit().recent(10)).hasSize(2);
    }

    private static NewToken token(String prefix, String account, String role, String region) {
        return new NewToken(prefix, sha(prefix + "_secret"), account, role, region, "test", T0, T0.plusSeconds(3600));
    }

    private static byte[] sha(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
