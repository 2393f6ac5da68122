package org.fairshed.server.testing;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.fairshed.server.access.AccessParameters;
import org.fairshed.server.access.AccessService;
import org.fairshed.server.access.Passwords;
import org.fairshed.server.access.Role;
import org.fairshed.server.access.Secrets;
import org.fairshed.store.Store;
import org.fairshed.store.access.Account;
import org.fairshed.store.access.Actor;

/**
 * Real accounts and API tokens for tests that act as operators, so that their requests take the real access hook and
 * their audit entries name real accounts. An operator is written {@code name:role[@region]} (e.g.
 * {@code olena:publisher}, {@code bohdan:planner@kyiv}): on first use of a name its account is made (token-only, an
 * administrator of the region, national without one), and each spec gets its own token of the spec's role, so one
 * person can act as planner and as publisher the way a real account's narrower tokens do.
 */
public final class TestOperators {

    private static final Actor ROOT = Actor.cli("test");
    private final AccessService access;
    private final Map<String, String> tokens = new ConcurrentHashMap<>();

    public TestOperators(AccessService access) {
        this.access = access;
    }

    /** The access service of a test server: the real rules, cheap Argon2, cookies without {@code Secure}. */
    public static AccessService access(Store store, Clock clock) {
        return new AccessService(store, AccessParameters.defaults().withClock(clock).withSecureCookies(false),
                new Passwords(256, 1, 1, new SecureRandom()), Secrets.defaults());
    }

    public AccessService access() {
        return access;
    }

    /** The bearer token of {@code spec}, made on first use. */
    public String token(String spec) {
        return tokens.computeIfAbsent(spec, this::issue);
    }

    /** The header value {@code Bearer <token>} of {@code spec}. */
    public String bearer(String spec) {
        return "Bearer " + token(spec);
    }

    /** The id of the account {@code name} (made by an earlier {@link #token}). */
    public long accountId(String name) {
        return access.store().accounts().find(name).map(Account::id).orElseThrow(() -> new IllegalArgumentException(
                "no test account " + name));
    }

    private synchronized String issue(String spec) {
        int colon = spec.indexOf(':');
        if (colon < 1) {
            throw new IllegalArgumentException("an operator is name:role[@region], got " + spec);
        }
        String name = spec.substring(0, colon);
        String rest = spec.substring(colon + 1);
        int at = rest.indexOf('@');
        Role role = Role.valueOf((at < 0 ? rest : rest.substring(0, at)).toUpperCase(Locale.ROOT));
        String region = at < 0 || at == rest.length() - 1 ? null : rest.substring(at + 1);
        Account a = access.tokenAccount(name, Role.ADMINISTRATOR, region, ROOT);
        if (!java.util.Objects.equals(a.region(), region)) {
            throw new IllegalArgumentException("test account " + name + " is of region " + a.region() + ", not "
                    + region + ": use another name");
        }
        return access.issueToken(name, role, region, null, "test", ROOT, null).secret();
    }
}
