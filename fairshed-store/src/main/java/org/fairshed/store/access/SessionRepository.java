package org.fairshed.store.access;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import org.fairshed.store.audit.AuditRepository;
import org.fairshed.store.db.Database;
import org.fairshed.store.db.Sql;

/**
 * Web sessions, stored as the SHA-256 of the cookie's value. A login and a logout are audited with the session's
 * id; the timeouts are the caller's (it passes the absolute expiry and checks the idle time).
 */
public final class SessionRepository {

    private final Database database;

    public SessionRepository(Database database) {
        this.database = database;
    }

    /** Opens a session for an account and audits the login. */
    public Session open(byte[] secretHash, Account account, Instant at, Instant expiresAt, Actor actor) {
        return database.write(c -> {
            long id;
            try (PreparedStatement ps = c.prepareStatement("insert into operator_session (secret_hash, account_id, "
                    + "created_at, last_seen_at, expires_at, remote_address) values (?, ?, ?, ?, ?, ?) returning id")) {
                ps.setBytes(1, secretHash);
                ps.setLong(2, account.id());
                Sql.setInstant(ps, 3, at);
                Sql.setInstant(ps, 4, at);
                Sql.setInstant(ps, 5, expiresAt);
                String from = actor.remoteAddress();
                ps.setString(6, from == null || from.length() <= 64 ? from : from.substring(0, 64));
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    id = rs.getLong(1);
                }
            }
            AuditRepository.append(c, actor, "login", AccountRepository.regionIdOf(c, account), null, null,
                    "session:" + id, AuditDetail.of("expiresAt", expiresAt.toString()));
            return new Session(id, account.id(), at, at, expiresAt, null);
        });
    }

    /** The session whose SHA-256 is {@code secretHash}, ended or expired ones too (the caller decides). */
    public Optional<Session> findByHash(byte[] secretHash) {
        return database.single(c -> {
            try (PreparedStatement ps = c.prepareStatement("select id, account_id, created_at, last_seen_at, expires_at, "
                    + "ended_at from operator_session where secret_hash = ?")) {
                ps.setBytes(1, secretHash);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(new Session(rs.getLong(1), rs.getLong(2), Sql.instant(rs, 3),
                            Sql.instant(rs, 4), Sql.instant(rs, 5), Sql.instant(rs, 6))) : Optional.empty();
                }
            }
        });
    }

    /** Moves the idle timeout: the session was used at {@code at}. */
    public void touch(long id, Instant at) {
        database.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("update operator_session set last_seen_at = ? where id = ? "
                    + "and last_seen_at < ?")) {
                Sql.setInstant(ps, 1, at);
                ps.setLong(2, id);
                Sql.setInstant(ps, 3, at);
                return ps.executeUpdate();
            }
        });
    }

    /** Ends a session (logout, or found timed out); audited once, with the reason. */
    public void end(Session session, Instant at, String reason, Actor actor) {
        database.write(c -> {
            int n;
            try (PreparedStatement ps = c.prepareStatement("update operator_session set ended_at = ? where id = ? "
                    + "and ended_at is null")) {
                Sql.setInstant(ps, 1, at);
                ps.setLong(2, session.id());
                n = ps.executeUpdate();
            }
            if (n == 1) {
                AuditRepository.append(c, actor, "logout", null, null, null, "session:" + session.id(),
                        AuditDetail.of("reason", reason));
            }
            return n;
        });
    }

    /** Ends every open session of an account on an open transaction; returns how many. */
    static int endAll(Connection c, long accountId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("update operator_session set ended_at = now() "
                + "where account_id = ? and ended_at is null")) {
            ps.setLong(1, accountId);
            return ps.executeUpdate();
        }
    }
}
