package org.fairshed.notify.webhook;

import java.security.SecureRandom;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.fairshed.common.InputException;
import org.fairshed.notify.Ids;
import org.fairshed.notify.outbox.Delivery;
import org.fairshed.notify.outbox.DeliveryRepository;
import org.fairshed.store.Store;
import org.fairshed.store.access.Actor;
import org.fairshed.store.audit.AuditRepository;
import org.fairshed.store.db.Sql;
import org.fairshed.store.model.Group;
import org.fairshed.store.model.ScheduleType;
import org.fairshed.store.secret.SecretBox;

/**
 * Webhook subscriptions: create (the URL checked against the {@link UrlPolicy}, the filters against the store), list,
 * delete, disable. Each write is audited (who, what, from where) in its own transaction; the secret is never in the
 * audit detail, and it is stored sealed ({@link SecretBox}, for the row {@code webhook:<id>}), never in clear.
 */
public final class WebhookRepository {

    public static final String SOURCE = "webhook";
    public static final int MAX_FILTERS = 200;
    public static final int MAX_WARNINGS = 4;
    public static final int MAX_ACTIVE = 10_000;
    private static final String COLUMNS = "select id, url, regions, groups, address_ids, warn_minutes, created_at, "
            + "created_by, disabled_at, disabled_reason from webhook_subscription ";

    private final Store store;
    private final UrlPolicy policy;
    private final SecretBox secrets;
    private final SecureRandom random = new SecureRandom();

    public WebhookRepository(Store store, UrlPolicy policy, SecretBox secrets) {
        this.store = store;
        this.policy = policy;
        this.secrets = secrets;
    }

    public CreatedWebhook create(NewWebhook w, String actor, String remoteAddress) {
        return create(w, actor, null, remoteAddress);
    }

    /** Creates a subscription by {@code who} (the audit entry names its account and way in). */
    public CreatedWebhook create(NewWebhook w, Actor who) {
        return create(w, who.name(), who, who.remoteAddress());
    }

    private CreatedWebhook create(NewWebhook w, String actor, Actor who, String remoteAddress) {
        policy.check(w.url(), SOURCE, "url");
        checkFilters(w);
        String id = Ids.random(random, "wh_", 22);
        String secret = WebhookSigner.newSecret(random);
        return store.database().write(c -> {
            try (PreparedStatement count = c.prepareStatement("select count(*) from webhook_subscription "
                    + "where deleted_at is null"); ResultSet rs = count.executeQuery()) {
                rs.next();
                if (rs.getLong(1) >= MAX_ACTIVE) {
                    throw InputException.atField(SOURCE, "url", "the store already has " + MAX_ACTIVE + " webhooks");
                }
            }
            try (PreparedStatement ps = c.prepareStatement("insert into webhook_subscription (id, url, secret, "
                    + "regions, groups, address_ids, warn_minutes, created_by) values (?, ?, ?, ?, ?, ?, ?, ?)")) {
                ps.setString(1, id);
                ps.setString(2, w.url());
                ps.setString(3, secrets.seal(secret, context(id)));
                ps.setArray(4, c.createArrayOf("text", w.regions().toArray()));
                ps.setArray(5, c.createArrayOf("text", w.groups().toArray()));
                ps.setArray(6, c.createArrayOf("bigint", w.addressIds().toArray()));
                ps.setArray(7, c.createArrayOf("integer", w.warnMinutes().toArray()));
                ps.setString(8, actor);
                ps.executeUpdate();
            }
            audit(c, actor, who, remoteAddress, "webhook.create", id, "{\"webhook\":\"" + id + "\",\"regions\":"
                    + w.regions().size() + "}");
            return new CreatedWebhook(find(c, id).orElseThrow(), secret);
        });
    }

    public List<WebhookSubscription> list() {
        return store.database().read(c -> query(c, COLUMNS + "where deleted_at is null order by created_at, id", null));
    }

    public Optional<WebhookSubscription> get(String id) {
        return store.database().read(c -> find(c, id));
    }

    /** Deletes a subscription (its pending deliveries and warnings are cancelled); false when there was none. */
    public boolean delete(String id, String actor, String remoteAddress) {
        return delete(id, actor, null, remoteAddress);
    }

    /** Deletes a subscription by {@code who} (the audit entry names its account and way in). */
    public boolean delete(String id, Actor who) {
        return delete(id, who.name(), who, who.remoteAddress());
    }

    private boolean delete(String id, String actor, Actor who, String remoteAddress) {
        return store.database().write(c -> {
            int n;
            try (PreparedStatement ps = c.prepareStatement("update webhook_subscription set deleted_at = now() "
                    + "where id = ? and deleted_at is null")) {
                ps.setString(1, id);
                n = ps.executeUpdate();
            }
            if (n == 0) {
                return false;
            }
            DeliveryRepository.cancelPending(c, Delivery.Channel.WEBHOOK, id);
            audit(c, actor, who, remoteAddress, "webhook.delete", id, "{\"webhook\":\"" + id + "\"}");
            return true;
        });
    }

    /** The audit entry of a change: with the operator's account when known, else the name alone (tests, tools). */
    private static void audit(Connection c, String actor, Actor who, String remoteAddress, String action, String id,
                              String detail) throws SQLException {
        if (who != null) {
            AuditRepository.append(c, who, action, null, null, null, "webhook:" + id, detail);
        } else {
            AuditRepository.append(c, actor, action, null, null, null, remoteAddress, detail);
        }
    }

    /** Marks a subscription disabled (the receiver said 410 Gone) and cancels what it still had to get. */
    public static void disable(Connection c, String id, String reason) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("update webhook_subscription set disabled_at = now(), "
                + "disabled_reason = ? where id = ? and disabled_at is null")) {
            ps.setString(1, reason);
            ps.setString(2, id);
            ps.executeUpdate();
        }
        DeliveryRepository.cancelPending(c, Delivery.Channel.WEBHOOK, id);
    }


    /** The subscriptions that may get something now (not deleted, not disabled), on an open transaction. */
    public static List<WebhookSubscription> active(Connection c) throws SQLException {
        return query(c, COLUMNS + "where deleted_at is null and disabled_at is null order by id", null);
    }

    /** The associated data a subscription's secret is sealed for. */
    public static String context(String id) {
        return "webhook:" + id;
    }

    /** A subscription's URL and stored (sealed) secret for one send; empty when it is gone or disabled. */
    public static Optional<String[]> target(Connection c, String id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select url, secret from webhook_subscription "
                + "where id = ? and deleted_at is null and disabled_at is null")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(new String[] {rs.getString(1), rs.getString(2)}) : Optional.empty();
            }
        }
    }

    private static Optional<WebhookSubscription> find(Connection c, String id) throws SQLException {
        List<WebhookSubscription> l = query(c, COLUMNS + "where id = ? and deleted_at is null", id);
        return l.isEmpty() ? Optional.empty() : Optional.of(l.get(0));
    }

    private static List<WebhookSubscription> query(Connection c, String sql, String id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            if (id != null) {
                ps.setString(1, id);
            }
            try (ResultSet rs = ps.executeQuery()) {
                List<WebhookSubscription> out = new ArrayList<>();
                while (rs.next()) {
                    out.add(new WebhookSubscription(rs.getString(1), rs.getString(2), Sql.strings(rs.getArray(3)),
                            Sql.strings(rs.getArray(4)), longs(rs.getArray(5)), ints(rs.getArray(6)),
                            Sql.instant(rs, 7), rs.getString(8), Sql.instant(rs, 9), rs.getString(10)));
                }
                return out;
            }
        }
    }

    private void checkFilters(NewWebhook w) {
        if (w.regions().size() + w.groups().size() + w.addressIds().size() > MAX_FILTERS) {
            throw InputException.atField(SOURCE, "regions", "at most " + MAX_FILTERS + " regions, groups and "
                    + "addresses together");
        }
        Set<String> seen = new LinkedHashSet<>();
        for (int i = 0; i < w.regions().size(); i++) {
            String r = w.regions().get(i);
            if (r == null || store.organisation().region(r).isEmpty()) {
                throw InputException.atField(SOURCE, "regions[" + i + "]", "names the region '" + r
                        + "', which the store does not have");
            }
            if (!seen.add(r)) {
                throw InputException.atField(SOURCE, "regions[" + i + "]", "repeats the region '" + r + "'");
            }
        }
        for (int i = 0; i < w.groups().size(); i++) {
            String g = w.groups().get(i);
            int slash = g == null ? -1 : g.indexOf('/');
            if (slash <= 0) {
                throw InputException.atField(SOURCE, "groups[" + i + "]", "must be region/group such as kyiv/3.1, "
                        + "got '" + g + "'");
            }
            String region = g.substring(0, slash);
            String code = g.substring(slash + 1);
            boolean known = store.organisation().region(region).isPresent() && store.organisation()
                    .groups(region, ScheduleType.HOURLY).stream().map(Group::code).anyMatch(code::equals);
            if (!known) {
                throw InputException.atField(SOURCE, "groups[" + i + "]", "names group '" + code + "' of region '"
                        + region + "', which the store does not have");
            }
        }
        for (int i = 0; i < w.addressIds().size(); i++) {
            Long a = w.addressIds().get(i);
            if (a == null || store.registry().address(a).isEmpty()) {
                throw InputException.atField(SOURCE, "addresses[" + i + "]", "names address " + a
                        + ", which the registry does not have");
            }
        }
        checkWarnMinutes(w.warnMinutes(), SOURCE);
        if (!w.warnMinutes().isEmpty() && w.groups().isEmpty() && w.addressIds().isEmpty()) {
            throw InputException.atField(SOURCE, "warnMinutes", "are per group: name groups or addresses");
        }
    }

    /** 1 to {@link #MAX_WARNINGS} distinct offsets, each 1 to 1440 minutes. */
    public static void checkWarnMinutes(List<Integer> minutes, String source) {
        if (minutes.size() > MAX_WARNINGS) {
            throw InputException.atField(source, "warnMinutes", "at most " + MAX_WARNINGS + " offsets, got "
                    + minutes.size());
        }
        for (int i = 0; i < minutes.size(); i++) {
            Integer m = minutes.get(i);
            if (m == null || m < 1 || m > 1440) {
                throw InputException.atField(source, "warnMinutes[" + i + "]", "must be 1 to 1440 minutes, got " + m);
            }
            if (minutes.indexOf(m) != i) {
                throw InputException.atField(source, "warnMinutes[" + i + "]", "repeats " + m);
            }
        }
    }

    static List<Long> longs(Array a) throws SQLException {
        List<Long> out = new ArrayList<>();
        if (a != null) {
            for (Object o : (Object[]) a.getArray()) {
                out.add(((Number) o).longValue());
            }
        }
        return out;
    }

    public static List<Integer> ints(Array a) throws SQLException {
        List<Integer> out = new ArrayList<>();
        if (a != null) {
            for (Object o : (Object[]) a.getArray()) {
                out.add(((Number) o).intValue());
            }
        }
        return out;
    }
}
