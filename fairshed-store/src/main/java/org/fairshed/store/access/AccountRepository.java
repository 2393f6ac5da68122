package org.fairshed.store.access;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.fairshed.common.InputException;
import org.fairshed.store.audit.AuditRepository;
import org.fairshed.store.db.Database;
import org.fairshed.store.db.Sql;

/**
 * Operator accounts: created, listed, their password changed, disabled (never deleted: the database refuses it). Every
 * change appends its audit entry in the same transaction, with the state before and after.
 */
public final class AccountRepository {

    public static final Set<String> ROLES = Set.of("VIEWER", "PLANNER", "PUBLISHER", "ADMINISTRATOR");
    static final String SOURCE = "operator account";
    private static final String COLUMNS = "a.id, a.name, a.role, r.code, a.password_hash, a.created_at, a.created_by, "
            + "a.disabled_at from operator_account a left join region r on r.id = a.region_id";

    private final Database database;

    public AccountRepository(Database database) {
        this.database = database;
    }

    /**
     * Creates an account. {@code passwordHash} is an Argon2id PHC string, or null for a token-only account; bad input
     * for a malformed name, an unknown role or region, or a name in use.
     */
    public Account create(String name, String role, String region, String passwordHash, Actor actor) {
        checkName(name);
        checkRole(role, "role");
        return database.write(c -> {
            if (find(c, name).isPresent()) {
                throw InputException.atField(SOURCE, "name", "the account '" + name + "' exists already");
            }
            Integer regionId = AuditRepository.regionId(c, region);
            try (PreparedStatement ps = c.prepareStatement("insert into operator_account (name, role, region_id, "
                    + "password_hash, created_by, password_changed_at) values (?, ?, ?, ?, ?, case when ? then now() end)")) {
                ps.setString(1, name);
                ps.setString(2, role);
                ps.setObject(3, regionId, java.sql.Types.INTEGER);
                ps.setString(4, passwordHash);
                ps.setString(5, actor.name());
                ps.setBoolean(6, passwordHash != null);
                ps.executeUpdate();
            }
            Account created = find(c, name).orElseThrow();
            AuditRepository.append(c, actor, "account.create", regionId, null, null, "account:" + name,
                    AuditDetail.of("before", null, "after", describe(created)));
            return created;
        });
    }

    public Optional<Account> find(String name) {
        return database.read(c -> find(c, name));
    }

    public Optional<Account> find(long id) {
        return database.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("select " + COLUMNS + " where a.id = ?")) {
                ps.setLong(1, id);
                return one(ps);
            }
        });
    }

    /** Every account, by name; of one region only when {@code region} is not null. */
    public List<Account> list(String region) {
        return database.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("select " + COLUMNS
                    + " where ?::text is null or r.code = ? order by a.name")) {
                ps.setString(1, region);
                ps.setString(2, region);
                try (ResultSet rs = ps.executeQuery()) {
                    List<Account> out = new ArrayList<>();
                    while (rs.next()) {
                        out.add(row(rs));
                    }
                    return out;
                }
            }
        });
    }

    /** Replaces the password hash (null: no web login any more) and ends the account's open sessions. */
    public Account setPassword(String name, String passwordHash, Actor actor) {
        return database.write(c -> {
            Account before = require(c, name);
            try (PreparedStatement ps = c.prepareStatement("update operator_account set password_hash = ?, "
                    + "password_changed_at = now() where id = ?")) {
                ps.setString(1, passwordHash);
                ps.setLong(2, before.id());
                ps.executeUpdate();
            }
            int ended = SessionRepository.endAll(c, before.id());
            AuditRepository.append(c, actor, "account.password", regionIdOf(c, before), null, null, "account:" + name,
                    AuditDetail.of("sessionsEnded", ended));
            return require(c, name);
        });
    }

    /**
     * Disables an account: it can no longer log in, its tokens are revoked and its sessions ended, in one transaction.
     * Disabling a disabled account changes nothing and is not audited again.
     */
    public Account disable(String name, Instant at, Actor actor) {
        return database.write(c -> {
            Account before = require(c, name);
            if (!before.active()) {
                return before;
            }
            try (PreparedStatement ps = c.prepareStatement("update operator_account set disabled_at = ?, disabled_by = ? "
                    + "where id = ?")) {
                Sql.setInstant(ps, 1, at);
                ps.setString(2, actor.name());
                ps.setLong(3, before.id());
                ps.executeUpdate();
            }
            int tokens = TokenRepository.revokeAll(c, before.id(), at, actor.name());
            int sessions = SessionRepository.endAll(c, before.id());
            Account after = require(c, name);
            AuditRepository.append(c, actor, "account.disable", regionIdOf(c, before), null, null, "account:" + name,
                    AuditDetail.of("before", describe(before), "after", describe(after), "tokensRevoked", tokens,
                            "sessionsEnded", sessions));
            return after;
        });
    }

    /**
     * Audits a failed login: of {@code account}, or of a name that is no account (null; the typed name is not kept,
     * since people type passwords into the name field).
     */
    public void loginFailed(Account account, Actor actor) {
        database.write(c -> AuditRepository.append(c, actor, "login.failed", account == null ? null
                : regionIdOf(c, account), null, null, account == null ? null : "account:" + account.name(),
                AuditDetail.of("reason", account == null ? "no such account" : !account.active() ? "disabled"
                        : !account.hasPassword() ? "no password login" : "wrong password")));
    }

    static Optional<Account> find(Connection c, String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select " + COLUMNS + " where a.name = ?")) {
            ps.setString(1, name);
            return one(ps);
        }
    }

    static Account require(Connection c, String name) throws SQLException {
        return find(c, name).orElseThrow(() -> InputException.atField(SOURCE, "name", "there is no account '"
                + name + "'"));
    }

    static Integer regionIdOf(Connection c, Account a) throws SQLException {
        return AuditRepository.regionId(c, a.region());
    }

    static void checkName(String name) {
        if (name == null || !name.matches("[a-z0-9][a-z0-9._@-]{1,63}")) {
            throw InputException.atField(SOURCE, "name", "must be 2 to 64 characters of a-z, 0-9 and . _ @ -, "
                    + "starting with a letter or digit, got '" + (name == null ? "" : name) + "'");
        }
    }

    static void checkRole(String role, String field) {
        if (role == null || !ROLES.contains(role)) {
            throw InputException.atField(SOURCE, field, "must be one of VIEWER, PLANNER, PUBLISHER, ADMINISTRATOR, got '"
                    + role + "'");
        }
    }

    private static String describe(Account a) {
        return a.role() + "@" + (a.region() == null ? "national" : a.region()) + (a.active() ? "" : " disabled")
                + (a.hasPassword() ? " password" : " token-only");
    }

    private static Optional<Account> one(PreparedStatement ps) throws SQLException {
        try (ResultSet rs = ps.executeQuery()) {
            return rs.next() ? Optional.of(row(rs)) : Optional.empty();
        }
    }

    private static Account row(ResultSet rs) throws SQLException {
        return new Account(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                Sql.instant(rs, 6), rs.getString(7), Sql.instant(rs, 8));
    }
}
