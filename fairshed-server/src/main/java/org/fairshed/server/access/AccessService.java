package org.fairshed.server.access;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.fairshed.common.InputException;
import org.fairshed.server.http.Problem;
import org.fairshed.store.Store;
import org.fairshed.store.access.AccessStore;
import org.fairshed.store.access.Account;
import org.fairshed.store.access.Actor;
import org.fairshed.store.access.LoginThrottleRepository;
import org.fairshed.store.access.NewToken;
import org.fairshed.store.access.Session;
import org.fairshed.store.access.Token;

/**
 * Accounts, tokens and sessions over the store: who an incoming credential is ({@link #bearer}, {@link #session}),
 * the login, and the administration that the command line and the operator routes share. Authorisation of the
 * administration is here too ({@code requester} null = the machine's own command line, which may do anything), so
 * both ways in obey one set of rules: nobody hands out more than they have.
 */
public final class AccessService {

    private final AccessStore store;
    private final org.fairshed.store.audit.AuditRepository audit;
    private final AccessParameters parameters;
    private final Passwords passwords;
    private final Secrets secrets;
    private final LoginLimiter limiter;
    /** When each token's last use was written (a write per API call would be wasted: the store keeps minutes). */
    private final Map<Long, Instant> touched = new ConcurrentHashMap<>();

    public AccessService(Store store, AccessParameters parameters, Passwords passwords, Secrets secrets) {
        this.store = AccessStore.of(store);
        this.audit = store.audit();
        this.parameters = parameters;
        this.passwords = passwords;
        this.secrets = secrets;
        this.limiter = new LoginLimiter(parameters.clock(), parameters.loginsPerIp(), parameters.loginRefill(),
                NameBudget.shared(new LoginThrottleRepository(store.database(),
                        parameters.secrets().derive("login names")), parameters.failuresPerName(),
                        parameters.loginRefill().toMillis()));
    }

    public static AccessService of(Store store, AccessParameters parameters) {
        return new AccessService(store, parameters, Passwords.defaults(), Secrets.defaults());
    }

    public AccessParameters parameters() {
        return parameters;
    }

    public AccessStore store() {
        return store;
    }

    /** The store's audit log (every access change is in it). */
    public org.fairshed.store.audit.AuditRepository audit() {
        return audit;
    }

    // --- who is calling -------------------------------------------------------------------------------------------

    /** The operator a Bearer token stands for, if it is a live token of an active account. */
    public Optional<Operator> bearer(String token, String clientIp) {
        if (Secrets.prefixOf(token) == null || token.length() > 100) {
            return Optional.empty();
        }
        Instant now = parameters.clock().instant();
        Optional<Token> found = store.tokens().findByHash(Secrets.sha256(token));
        if (found.isEmpty() || !found.get().validAt(now)) {
            return Optional.empty();
        }
        Token t = found.get();
        Optional<Account> account = store.accounts().find(t.accountId()).filter(Account::active);
        if (account.isEmpty()) {
            return Optional.empty();
        }
        Instant last = touched.get(t.id());
        if (last == null || Duration.between(last, now).compareTo(org.fairshed.store.access.TokenRepository.TOUCH_EVERY) >= 0) {
            store.tokens().touch(t.id(), now, clientIp);
            touched.put(t.id(), now);
        }
        Role role = min(Role.valueOf(t.role()), Role.valueOf(account.get().role()));
        return Optional.of(new Operator(account.get().id(), account.get().name(), role, t.region(), "token:" + t.prefix()));
    }

    /** The live session a cookie's value names (timeouts checked, a timed-out one ended), with its operator. */
    public Optional<SessionGrant> session(String sessionId, String clientIp) {
        if (sessionId == null || sessionId.isEmpty() || sessionId.length() > 100) {
            return Optional.empty();
        }
        Optional<Session> found = store.sessions().findByHash(Secrets.sha256(sessionId));
        if (found.isEmpty() || found.get().endedAt() != null) {
            return Optional.empty();
        }
        Session s = found.get();
        Instant now = parameters.clock().instant();
        Optional<Account> account = store.accounts().find(s.accountId()).filter(Account::active);
        if (account.isEmpty()) {
            return Optional.empty();
        }
        Actor actor = new Actor(account.get().name(), account.get().id(), "session", clientIp);
        if (!now.isBefore(s.expiresAt())) {
            store.sessions().end(s, now, "absolute timeout", actor);
            return Optional.empty();
        }
        if (!now.isBefore(s.lastSeenAt().plus(parameters.sessionIdle()))) {
            store.sessions().end(s, now, "idle timeout", actor);
            return Optional.empty();
        }
        if (Duration.between(s.lastSeenAt(), now).toSeconds() >= 60) {
            store.sessions().touch(s.id(), now);
        }
        Account a = account.get();
        return Optional.of(new SessionGrant(s, new Operator(a.id(), a.name(), Role.valueOf(a.role()), a.region(),
                "session"), Secrets.csrfToken(sessionId)));
    }

    /**
     * Logs in with a name and password: rate limited per client address and per name, the password checked in constant
     * time (against a dummy hash for an unknown name), one answer for every failure so that it tells no one which
     * names exist. Both outcomes are audited (a failure without the typed name, which may be a mistyped password).
     */
    public LoginResult login(String name, String password, String clientIp) {
        limiter.admit(clientIp, name);
        Optional<Account> account = name == null || !name.matches("[a-z0-9][a-z0-9._@-]{1,63}") ? Optional.empty()
                : store.accounts().find(name);
        boolean matches = passwords.verify(password, account.map(Account::passwordHash).orElse(null));
        if (!matches || !account.get().active()) {
            limiter.failed(name);
            store.accounts().loginFailed(account.orElse(null), new Actor("anonymous", null, "login", clientIp));
            throw new Problem(401, "login-failed", "Login failed", "the name or the password is wrong", null,
                    Map.of("WWW-Authenticate", "Bearer realm=\"fairshed\""));
        }
        Account a = account.get();
        Actor actor = new Actor(a.name(), a.id(), "session", clientIp);
        if (passwords.needsRehash(a.passwordHash())) {
            a = store.accounts().setPassword(a.name(), passwords.hash(password), actor);
        }
        String sessionId = secrets.newSessionId();
        Instant now = parameters.clock().instant();
        Session s = store.sessions().open(Secrets.sha256(sessionId), a, now, now.plus(parameters.sessionAbsolute()), actor);
        return new LoginResult(new Operator(a.id(), a.name(), Role.valueOf(a.role()), a.region(), "session"), sessionId,
                Secrets.csrfToken(sessionId), s.expiresAt());
    }

    /**
     * Changes an operator's own password: the current one must match (a failure counts against the name's login
     * limit), the new one follow the policy; every session of the account ends, this one too.
     */
    public void changePassword(Operator operator, String current, String replacement, String clientIp) {
        limiter.admit(clientIp, operator.name());
        Account a = store.accounts().find(operator.id()).orElseThrow();
        if (!passwords.verify(current, a.passwordHash())) {
            limiter.failed(operator.name());
            throw new Problem(403, "wrong-password", "Wrong password", "the current password is wrong", "current",
                    Map.of());
        }
        Passwords.check(replacement, "password");
        store.accounts().setPassword(a.name(), passwords.hash(replacement), new Actor(operator.name(), operator.id(),
                operator.via(), clientIp));
    }

    public void logout(SessionGrant grant, String clientIp) {
        Operator o = grant.operator();
        store.sessions().end(grant.session(), parameters.clock().instant(), "logout",
                new Actor(o.name(), o.id(), o.via(), clientIp));
    }

    // --- administration -------------------------------------------------------------------------------------------

    /**
     * Adds an account. {@code password} null: one is generated and returned once. {@code requester} (null for the
     * command line) must cover the region and hold at least the role it gives.
     */
    public NewAccount addAccount(String name, Role role, String region, String password, Actor actor, Operator requester) {
        allowedToGrant(requester, role, region, "role");
        String given = password == null ? secrets.newPassword() : password;
        Passwords.check(given, "password");
        Account a = store.accounts().create(name, role.name(), region, passwords.hash(given), actor);
        return new NewAccount(a, password == null ? given : null);
    }

    /** The account {@code name}, created without a password (tokens only) when missing — the command line's way. */
    public Account tokenAccount(String name, Role role, String region, Actor actor) {
        return store.accounts().find(name).orElseGet(() -> store.accounts().create(name, role.name(), region, null, actor));
    }

    /**
     * Issues a token for {@code accountName}: its role at most the account's (and the requester's; null for that
     * most), its region the
     * account's (a national account's token may be narrowed to one region), its lifetime {@code days} (null for the
     * default) up to the maximum.
     */
    public IssuedToken issueToken(String accountName, Role role, String region, Integer days, String label, Actor actor,
                                  Operator requester) {
        Account account = store.accounts().find(accountName).orElseThrow(() -> InputException.atField("token",
                "account", "there is no account '" + accountName + "'"));
        if (requester != null && requester.id() != account.id()) {
            requester.requireRole(Role.ADMINISTRATOR);
            requireCovers(requester, account.region(), "account");
        }
        Role accountRole = Role.valueOf(account.role());
        if (role == null) {
            role = requester == null ? accountRole : min(accountRole, requester.role());
        }
        if (!accountRole.atLeast(role)) {
            throw InputException.atField("token", "role", "the account " + account.name() + " is "
                    + lower(accountRole) + "; a token of it cannot be " + lower(role));
        }
        String scope = region == null ? account.region() : region;
        if (account.region() != null && !account.region().equals(scope)) {
            throw InputException.atField("token", "region", "the account " + account.name() + " is scoped to region "
                    + account.region() + "; its token cannot be for " + scope);
        }
        allowedToGrant(requester, role, scope, "role");
        long maxDays = parameters.tokenMax().toDays();
        long d = days == null ? parameters.tokenDefault().toDays() : days;
        if (d < 1 || d > maxDays) {
            throw InputException.atField("token", "expiresInDays", "must be between 1 and " + maxDays + ", got " + d);
        }
        if (label != null && label.length() > 200) {
            throw InputException.atField("token", "label", "must have at most 200 characters");
        }
        Secrets.IssuedSecret secret = secrets.newToken();
        Instant now = parameters.clock().instant();
        Token t = store.tokens().create(new NewToken(secret.prefix(), Secrets.sha256(secret.value()), account.name(),
                role.name(), scope, label, now, now.plus(Duration.ofDays(d))), actor);
        return new IssuedToken(t, secret.value());
    }

    /** Revokes a token: its own account's, or any in scope for an administrator (or the command line). */
    public Token revokeToken(String prefix, Actor actor, Operator requester) {
        Token t = store.tokens().find(prefix).orElseThrow(() -> Problem.notFound("id", "there is no token " + prefix));
        if (requester != null && requester.id() != t.accountId()) {
            requester.requireRole(Role.ADMINISTRATOR);
            requireCovers(requester, store.accounts().find(t.accountId()).map(Account::region).orElse(null), "id");
        }
        return store.tokens().revoke(prefix, parameters.clock().instant(), actor);
    }

    /** Disables an account (its tokens revoked, sessions ended); not one's own (an administrator would lock out). */
    public Account disable(String name, Actor actor, Operator requester) {
        Account a = store.accounts().find(name).orElseThrow(() -> Problem.notFound("name", "there is no account " + name));
        if (requester != null) {
            requireCovers(requester, a.region(), "name");
            if (!requester.role().atLeast(Role.valueOf(a.role()))) {
                requester.requireRole(Role.valueOf(a.role()));
            }
            if (requester.id() == a.id()) {
                throw Problem.badParameter("name", "an account cannot disable itself");
            }
        }
        return store.accounts().disable(name, parameters.clock().instant(), actor);
    }

    /** The accounts the requester may see: all for a national one, its region's otherwise. */
    public List<Account> accounts(Operator requester) {
        return store.accounts().list(requester == null ? null : requester.region());
    }

    /** The tokens the requester may see: an administrator's scope, or its own. */
    public List<Token> tokens(Operator requester) {
        List<Token> all = store.tokens().list(null);
        if (requester == null) {
            return all;
        }
        return all.stream().filter(t -> t.accountId() == requester.id() || requester.role() == Role.ADMINISTRATOR
                && covers(requester, store.accounts().find(t.accountId()).map(Account::region).orElse(null))).toList();
    }

    private static void allowedToGrant(Operator requester, Role role, String region, String field) {
        if (requester == null) {
            return;
        }
        if (!requester.role().atLeast(role)) {
            throw new Problem(403, "forbidden", "Role not sufficient", "an account that is " + lower(requester.role())
                    + " cannot give the role " + lower(role), field, Map.of());
        }
        requireCovers(requester, region, "region");
    }

    private static void requireCovers(Operator requester, String region, String field) {
        if (!covers(requester, region)) {
            throw new Problem(403, "forbidden", "Not allowed in this region", "this account is scoped to region "
                    + requester.region() + "; the request concerns " + (region == null ? "the whole country"
                    : "region " + region), field, Map.of());
        }
    }

    /** A regional operator covers its region only; a national one everything, national scope included. */
    private static boolean covers(Operator requester, String region) {
        return requester.national() || requester.region().equals(region);
    }

    private static Role min(Role a, Role b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private static String lower(Role r) {
        return r.name().toLowerCase(java.util.Locale.ROOT);
    }
}
