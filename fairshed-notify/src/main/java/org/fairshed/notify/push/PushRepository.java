package org.fairshed.notify.push;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.fairshed.common.InputException;
import org.fairshed.notify.Ids;
import org.fairshed.notify.outbox.Delivery;
import org.fairshed.notify.outbox.DeliveryRepository;
import org.fairshed.notify.webhook.UrlPolicy;
import org.fairshed.notify.webhook.WebhookRepository;
import org.fairshed.store.Store;
import org.fairshed.store.db.Sql;
import org.fairshed.store.model.Address;
import org.fairshed.store.model.Group;
import org.fairshed.store.model.ScheduleType;
import org.fairshed.store.secret.SecretBox;

/**
 * Web Push subscriptions of the public page: made by anyone (rate-limited by the server), deleted with the manage
 * token that only the maker got. The same browser subscribing again for the same address (or group) replaces its
 * keys, offsets and language instead of adding a second subscription. The browser's auth secret is stored sealed
 * ({@link SecretBox}, for the row {@code push:<endpoint>}); its public key and the endpoint stay readable, the endpoint
 * because it is what makes a subscription unique.
 */
public final class PushRepository {

    public static final String SOURCE = "push subscription";
    public static final int MAX_ACTIVE = 1_000_000;
    private static final String COLUMNS = "select id, endpoint, p256dh, auth, region, groups, address_id, warn_minutes, "
            + "lang from push_subscription ";

    private final Store store;
    private final UrlPolicy policy;
    private final SecretBox secrets;
    private final SecureRandom random = new SecureRandom();

    public PushRepository(Store store, UrlPolicy policy, SecretBox secrets) {
        this.store = store;
        this.policy = policy;
        this.secrets = secrets;
    }

    /** What a subscription's sealed auth secret is bound to: its endpoint (the keys are the browser's, per endpoint). */
    public static String context(String endpoint) {
        return "push:" + endpoint;
    }

    public CreatedPushSubscription create(NewPushSubscription s) {
        policy.check(s.endpoint(), SOURCE, "subscription.endpoint");
        checkKeys(s);
        WebhookRepository.checkWarnMinutes(s.warnMinutes(), SOURCE);
        String lang = s.lang() == null ? "uk" : s.lang().toLowerCase(Locale.ROOT);
        if (!lang.equals("uk") && !lang.equals("en")) {
            throw InputException.atField(SOURCE, "lang", "must be uk or en, got '" + s.lang() + "'");
        }
        String region;
        List<String> groups;
        if (s.addressId() != null) {
            if (s.region() != null || s.group() != null) {
                throw InputException.atField(SOURCE, "addressId", "give an addressId or a region and group, not both");
            }
            Address a = store.registry().address(s.addressId()).orElseThrow(() -> InputException.atField(SOURCE,
                    "addressId", "names address " + s.addressId() + ", which the registry does not have"));
            region = a.region();
            groups = a.hourlyGroups();
        } else {
            if (s.region() == null || s.group() == null) {
                throw InputException.atField(SOURCE, "addressId", "give an addressId, or a region and a group");
            }
            if (store.organisation().region(s.region()).isEmpty()) {
                throw InputException.atField(SOURCE, "region", "names the region '" + s.region()
                        + "', which the store does not have");
            }
            if (store.organisation().groups(s.region(), ScheduleType.HOURLY).stream().map(Group::code)
                    .noneMatch(s.group()::equals)) {
                throw InputException.atField(SOURCE, "group", "names group '" + s.group() + "', which region "
                        + s.region() + " does not have");
            }
            region = s.region();
            groups = List.of(s.group());
        }
        String id = Ids.random(random, "ps_", 22);
        String token = Ids.random(random, "", 32);
        return store.database().write(c -> {
            try (PreparedStatement count = c.prepareStatement("select count(*) from push_subscription "
                    + "where disabled_at is null"); ResultSet rs = count.executeQuery()) {
                rs.next();
                if (rs.getLong(1) >= MAX_ACTIVE) {
                    throw InputException.atField(SOURCE, "subscription", "the server holds " + MAX_ACTIVE
                            + " subscriptions, its limit");
                }
            }
            String saved;
            try (PreparedStatement ps = c.prepareStatement("insert into push_subscription (id, manage_token_hash, "
                    + "endpoint, p256dh, auth, region, groups, address_id, warn_minutes, lang) values "
                    + "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (endpoint, region, address_id, groups) do update set "
                    + "manage_token_hash = excluded.manage_token_hash, p256dh = excluded.p256dh, auth = excluded.auth, "
                    + "warn_minutes = excluded.warn_minutes, lang = excluded.lang, disabled_at = null, "
                    + "disabled_reason = null returning id")) {
                ps.setString(1, id);
                ps.setString(2, Ids.sha256Hex(token));
                ps.setString(3, s.endpoint());
                ps.setString(4, s.p256dh());
                ps.setString(5, secrets.seal(s.auth(), context(s.endpoint())));
                ps.setString(6, region);
                ps.setArray(7, c.createArrayOf("text", groups.toArray()));
                ps.setObject(8, s.addressId(), java.sql.Types.BIGINT);
                ps.setArray(9, c.createArrayOf("integer", s.warnMinutes().toArray()));
                ps.setString(10, lang);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    saved = rs.getString(1);
                }
            }
            return new CreatedPushSubscription(find(c, saved).orElseThrow(), token);
        });
    }

    /** Deletes the subscription if {@code manageToken} is its token; false otherwise (unknown id or wrong token). */
    public boolean delete(String id, String manageToken) {
        if (id == null || manageToken == null) {
            return false;
        }
        return store.database().write(c -> {
            String hash;
            try (PreparedStatement ps = c.prepareStatement("select manage_token_hash from push_subscription "
                    + "where id = ? for update")) {
                ps.setString(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return false;
                    }
                    hash = rs.getString(1);
                }
            }
            if (!MessageDigest.isEqual(hash.getBytes(StandardCharsets.US_ASCII),
                    Ids.sha256Hex(manageToken).getBytes(StandardCharsets.US_ASCII))) {
                return false;
            }
            try (PreparedStatement ps = c.prepareStatement("delete from push_subscription where id = ?")) {
                ps.setString(1, id);
                ps.executeUpdate();
            }
            DeliveryRepository.cancelPending(c, Delivery.Channel.PUSH, id);
            return true;
        });
    }

    public Optional<PushSubscription> get(String id) {
        return store.database().read(c -> find(c, id));
    }

    /** The push service said the subscription is gone (404, 410): nothing more is sent to it. */
    public static void disable(Connection c, String id, String reason) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("update push_subscription set disabled_at = now(), "
                + "disabled_reason = ? where id = ? and disabled_at is null")) {
            ps.setString(1, reason);
            ps.setString(2, id);
            ps.executeUpdate();
        }
        DeliveryRepository.cancelPending(c, Delivery.Channel.PUSH, id);
    }


    /** The live subscriptions of a region, on an open transaction. */
    public static List<PushSubscription> active(Connection c, String region) throws SQLException {
        return query(c, COLUMNS + "where region = ? and disabled_at is null order by id", region);
    }

    /** A live subscription, on an open transaction. */
    public static Optional<PushSubscription> find(Connection c, String id) throws SQLException {
        List<PushSubscription> l = query(c, COLUMNS + "where id = ? and disabled_at is null", id);
        return l.isEmpty() ? Optional.empty() : Optional.of(l.get(0));
    }

    private static List<PushSubscription> query(Connection c, String sql, String arg) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, arg);
            try (ResultSet rs = ps.executeQuery()) {
                List<PushSubscription> out = new ArrayList<>();
                while (rs.next()) {
                    long address = rs.getLong(7);
                    out.add(new PushSubscription(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), Sql.strings(rs.getArray(6)), rs.wasNull() ? null : address,
                            WebhookRepository.ints(rs.getArray(8)), rs.getString(9)));
                }
                return out;
            }
        }
    }

    private static void checkKeys(NewPushSubscription s) {
        byte[] p256dh;
        byte[] auth;
        try {
            p256dh = EcKeys.fromBase64Url(s.p256dh() == null ? "" : s.p256dh());
        } catch (IllegalArgumentException e) {
            throw InputException.atField(SOURCE, "subscription.keys.p256dh", "is not base64url");
        }
        try {
            EcKeys.decodePublic(p256dh);
        } catch (IllegalArgumentException e) {
            throw InputException.atField(SOURCE, "subscription.keys.p256dh", e.getMessage());
        }
        try {
            auth = EcKeys.fromBase64Url(s.auth() == null ? "" : s.auth());
        } catch (IllegalArgumentException e) {
            throw InputException.atField(SOURCE, "subscription.keys.auth", "is not base64url");
        }
        if (auth.length != 16) {
            throw InputException.atField(SOURCE, "subscription.keys.auth", "must be 16 bytes, got " + auth.length);
        }
    }
}
