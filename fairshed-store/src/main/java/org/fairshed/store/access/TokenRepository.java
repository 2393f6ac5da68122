package org.fairshed.store.access;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.fairshed.common.InputException;
import org.fairshed.store.audit.AuditRepository;
import org.fairshed.store.db.Database;
import org.fairshed.store.db.Sql;

/**
 * API tokens: stored as the SHA-256 of the token (the caller makes and hashes it; the store never sees it), found by
 * that hash, revoked (never deleted), their last use recorded at most once a {@link #TOUCH_EVERY}.
 */
public final class TokenRepository {

    /** A token's last use is written at most this often (a busy automation would otherwise write on every call). */
    public static final Duration TOUCH_EVERY = Duration.ofMinutes(1);
    private static final String COLUMNS = "t.id, t.prefix, t.account_id, a.name, t.role, r.code, t.label, t.created_at, "
            + "t.created_by, t.expires_at, t.revoked_at, t.last_used_at, t.last_used_from from operator_token t "
            + "join operator_account a on a.id = t.account_id left join region r on r.id = t.region_id";

    private final Database database;

    public TokenRepository(Database database) {
        this.database = database;
    }

    /** Stores a token for an active account; audited (its prefix, scope and expiry, never the secret). */
    public Token create(NewToken t, Actor actor) {
        AccountRepository.checkRole(t.role(), "role");
        return database.write(c -> {
            Account account = AccountRepository.require(c, t.account());
            if (!account.active()) {
                throw InputException.atField(AccountRepository.SOURCE, "account", "the account '" + account.name()
                        + "' is disabled");
            }
            Integer regionId = AuditRepository.regionId(c, t.region());
            try (PreparedStatement ps = c.prepareStatement("insert into operator_token (prefix, secret_hash, account_id, "
                    + "role, region_id, label, created_at, created_by, expires_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                ps.setString(1, t.prefix());
                ps.setBytes(2, t.secretHash());
                ps.setLong(3, account.id());
                ps.setString(4, t.role());
                ps.setObject(5, regionId, java.sql.Types.INTEGER);
                ps.setString(6, t.label());
                Sql.setInstant(ps, 7, t.createdAt());
                ps.setString(8, actor.name());
                Sql.setInstant(ps, 9, t.expiresAt());
                ps.executeUpdate();
            }
            Token created = byPrefix(c, t.prefix()).orElseThrow();
            AuditRepository.append(c, actor, "token.issue", regionId, null, null, "token:" + t.prefix(),
                    AuditDetail.of("account", account.name(), "role", t.role(), "region", t.region(),
                            "expiresAt", t.expiresAt().toString(), "label", t.label()));
            return created;
        });
    }

    /** The token whose SHA-256 is {@code secretHash}, revoked or expired ones too (the caller decides). */
    public Optional<Token> findByHash(byte[] secretHash) {
        return database.single(c -> {
            try (PreparedStatement ps = c.prepareStatement("select " + COLUMNS + " where t.secret_hash = ?")) {
                ps.setBytes(1, secretHash);
                return one(ps);
            }
        });
    }

    public Optional<Token> find(String prefix) {
        return database.read(c -> byPrefix(c, prefix));
    }

    /** Every token, newest first; of one account when {@code account} is not null. */
    public List<Token> list(String account) {
        return database.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("select " + COLUMNS
                    + " where ?::text is null or a.name = ? order by t.id desc")) {
                ps.setString(1, account);
                ps.setString(2, account);
                try (ResultSet rs = ps.executeQuery()) {
                    List<Token> out = new ArrayList<>();
                    while (rs.next()) {
                        out.add(row(rs));
                    }
                    return out;
                }
            }
        });
    }

    /** Records a use at {@code at} from {@code from}, unless one was recorded less than {@link #TOUCH_EVERY} ago. */
    public void touch(long id, Instant at, String from) {
        database.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("update operator_token set last_used_at = ?, last_used_from = ? "
                    + "where id = ? and (last_used_at is null or last_used_at < ?)")) {
                Sql.setInstant(ps, 1, at);
                ps.setString(2, from == null || from.length() <= 64 ? from : from.substring(0, 64));
                ps.setLong(3, id);
                Sql.setInstant(ps, 4, at.minus(TOUCH_EVERY));
                return ps.executeUpdate();
            }
        });
    }

    /** Revokes a token by its prefix; a revoked one stays revoked (not audited again). Bad input for an unknown one. */
    public Token revoke(String prefix, Instant at, Actor actor) {
        return database.write(c -> {
            Token before = byPrefix(c, prefix).orElseThrow(() -> InputException.atField("token", "id",
                    "there is no token '" + prefix + "'"));
            if (before.revokedAt() != null) {
                return before;
            }
            try (PreparedStatement ps = c.prepareStatement("update operator_token set revoked_at = ?, revoked_by = ? "
                    + "where id = ?")) {
                Sql.setInstant(ps, 1, at);
                ps.setString(2, actor.name());
                ps.setLong(3, before.id());
                ps.executeUpdate();
            }
            AuditRepository.append(c, actor, "token.revoke", AuditRepository.regionId(c, before.region()), null, null,
                    "token:" + prefix, AuditDetail.of("account", before.account(), "before", "active", "after", "revoked"));
            return byPrefix(c, prefix).orElseThrow();
        });
    }

    /** Revokes every live token of an account on an open transaction; returns how many. */
    static int revokeAll(Connection c, long accountId, Instant at, String by) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("update operator_token set revoked_at = ?, revoked_by = ? "
                + "where account_id = ? and revoked_at is null")) {
            Sql.setInstant(ps, 1, at);
            ps.setString(2, by);
            ps.setLong(3, accountId);
            return ps.executeUpdate();
        }
    }

    private static Optional<Token> byPrefix(Connection c, String prefix) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select " + COLUMNS + " where t.prefix = ?")) {
            ps.setString(1, prefix);
            return one(ps);
        }
    }

    private static Optional<Token> one(PreparedStatement ps) throws SQLException {
        try (ResultSet rs = ps.executeQuery()) {
            return rs.next() ? Optional.of(row(rs)) : Optional.empty();
        }
    }

    private static Token row(ResultSet rs) throws SQLException {
        return new Token(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7), Sql.instant(rs, 8), rs.getString(9), Sql.instant(rs, 10),
                Sql.instant(rs, 11), Sql.instant(rs, 12), rs.getString(13));
    }
}
