package org.fairshed.notify.outbox;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.fairshed.notify.Messages;
import org.fairshed.notify.push.PushEncryption;
import org.fairshed.notify.push.PushRepository;
import org.fairshed.notify.push.PushSubscription;
import org.fairshed.notify.warning.WarningPlanner;
import org.fairshed.notify.warning.WarningTarget;
import org.fairshed.notify.webhook.WebhookRepository;
import org.fairshed.notify.webhook.WebhookSubscription;
import org.fairshed.store.Store;
import org.fairshed.store.db.Sql;
import org.fairshed.store.model.Address;
import org.fairshed.store.model.DayStatus;
import org.fairshed.store.model.GroupSchedule;
import org.fairshed.store.model.Region;
import org.fairshed.store.model.RevisionContent;
import org.fairshed.store.revision.GroupDayDiff;
import org.fairshed.store.revision.RevisionDiff;

/**
 * Fans the outbox's events out: per event, in one transaction, a delivery for every subscriber it concerns (a
 * second run writes nothing twice: deliveries are unique per subscriber and message id), the lead-time warnings
 * rewritten from the revision, and the event marked done. Events are taken oldest first with {@code skip locked},
 * so replicas share the work. Who gets what:
 * <ul>
 *   <li>a revision: national webhooks and those naming the region; those naming a group (or an address of it) when
 *   the revision changed that group (a first revision changes all); push subscriptions of a changed group, with
 *   that group's days from today as text;</li>
 *   <li>a day status: every webhook of the region (by region, group or address) and every push subscription of the
 *   region; an EMERGENCY cancels the day's pending warnings.</li>
 * </ul>
 */
public final class FanOut {

    /** Room left in a push message for its JSON around the text. */
    private static final int PUSH_TEXT_BYTES = PushEncryption.MAX_PLAINTEXT - 600;

    private final Store store;
    private final Payloads payloads;

    public FanOut(Store store, Payloads payloads) {
        this.store = store;
        this.payloads = payloads;
    }

    /** Fans out up to {@code limit} pending events; returns how many. */
    public int run(Instant now, int limit) {
        int done = 0;
        for (int i = 0; i < limit; i++) {
            boolean one = store.database().write(c -> {
                Optional<NotifyEvent> e = next(c);
                if (e.isEmpty()) {
                    return false;
                }
                if (e.get().kind() == NotifyEvent.Kind.REVISION) {
                    revision(c, e.get(), now);
                } else {
                    dayStatus(c, e.get(), now);
                }
                try (PreparedStatement ps = c.prepareStatement("update notify_event set fanned_out_at = now() where id = ?")) {
                    ps.setLong(1, e.get().id());
                    ps.executeUpdate();
                }
                return true;
            });
            if (!one) {
                break;
            }
            done++;
        }
        return done;
    }

    private static Optional<NotifyEvent> next(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select e.id, e.at, e.kind, r.code, e.revision, e.replaces, e.day, "
                + "e.status, e.version from notify_event e join region r on r.id = e.region_id "
                + "where e.fanned_out_at is null order by e.id limit 1 for update of e skip locked");
             ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                return Optional.empty();
            }
            int revision = rs.getInt(5);
            Integer number = rs.wasNull() ? null : revision;
            int replaces = rs.getInt(6);
            Integer replaced = rs.wasNull() ? null : replaces;
            int version = rs.getInt(9);
            Integer v = rs.wasNull() ? null : version;
            return Optional.of(new NotifyEvent(rs.getLong(1), Sql.instant(rs, 2), rs.getString(3).equals("revision")
                    ? NotifyEvent.Kind.REVISION : NotifyEvent.Kind.DAY_STATUS, rs.getString(4), number, replaced,
                    rs.getDate(7) == null ? null : rs.getDate(7).toLocalDate(), rs.getString(8), v));
        }
    }

    private void revision(Connection c, NotifyEvent e, Instant now) throws SQLException {
        Optional<RevisionContent> content = store.revisions().content(e.region(), e.revision());
        if (content.isEmpty()) {
            return;
        }
        RevisionDiff diff = e.replaces() == null ? null
                : store.revisions().diff(e.region(), e.replaces(), e.revision()).orElse(null);
        Set<String> changed = new TreeSet<>();
        if (diff == null) {
            content.get().groups().forEach(g -> changed.add(g.group()));
        } else {
            diff.changes().stream().map(GroupDayDiff::group).forEach(changed::add);
            changed.addAll(diff.groupsAdded());
            if (!diff.daysAdded().isEmpty()) {
                content.get().groups().forEach(g -> changed.add(g.group()));
            }
        }
        String body = payloads.revision(content.get().revision(), diff, changed);
        Map<Long, Optional<Address>> addresses = new HashMap<>();
        for (WebhookSubscription s : WebhookRepository.active(c)) {
            Set<String> groups = groupsIn(s, e.region(), addresses);
            boolean wanted = s.isNational() || s.regions().contains(e.region())
                    || groups.stream().anyMatch(changed::contains);
            if (wanted) {
                DeliveryRepository.insert(c, Delivery.Channel.WEBHOOK, s.id(), e.messageId(), Payloads.REVISION, body,
                        now, null);
            }
            if (!s.warnMinutes().isEmpty() && !groups.isEmpty()) {
                WarningPlanner.reschedule(c, content.get(), new WarningTarget(Delivery.Channel.WEBHOOK, s.id(), groups,
                        s.warnMinutes()), now);
            }
        }
        Region region = store.organisation().region(e.region()).orElseThrow();
        LocalDate today = now.atZone(region.zone()).toLocalDate();
        for (PushSubscription s : PushRepository.active(c, e.region())) {
            if (s.groups().stream().anyMatch(changed::contains)) {
                List<GroupSchedule> days = new ArrayList<>();
                for (GroupSchedule g : content.get().groups()) {
                    if (s.groups().contains(g.group()) && !g.day().isBefore(today)) {
                        days.add(g);
                    }
                }
                days.sort(java.util.Comparator.comparing(GroupSchedule::day).thenComparing(GroupSchedule::group));
                String text = Payloads.scheduleText(s.lang(), days, PUSH_TEXT_BYTES);
                String title = Messages.regionName(region, s.lang()) + ": " + Messages.scheduleTitle(s.lang(),
                        e.revision());
                DeliveryRepository.insert(c, Delivery.Channel.PUSH, s.id(), e.messageId(), Payloads.REVISION,
                        payloads.push(Payloads.REVISION, title, text, e.region(), s.groups(), s.addressId(),
                                e.revision(), s.lang()), now, null);
            }
            if (!s.warnMinutes().isEmpty()) {
                WarningPlanner.reschedule(c, content.get(), new WarningTarget(Delivery.Channel.PUSH, s.id(),
                        new LinkedHashSet<>(s.groups()), s.warnMinutes()), now);
            }
        }
    }

    private void dayStatus(Connection c, NotifyEvent e, Instant now) throws SQLException {
        DayStatus current = store.dayStatus().get(e.region(), e.day()).orElse(null);
        String body = payloads.dayStatus(e.region(), e.day(), e.status(), e.version(), current, e.at());
        Map<Long, Optional<Address>> addresses = new HashMap<>();
        for (WebhookSubscription s : WebhookRepository.active(c)) {
            if (s.isNational() || s.namedRegions().contains(e.region()) || !groupsIn(s, e.region(), addresses).isEmpty()) {
                DeliveryRepository.insert(c, Delivery.Channel.WEBHOOK, s.id(), e.messageId(), Payloads.DAY_STATUS, body,
                        now, null);
            }
        }
        Region region = store.organisation().region(e.region()).orElseThrow();
        String message = current != null && current.version() == e.version() ? current.message() : null;
        for (PushSubscription s : PushRepository.active(c, e.region())) {
            String title = Messages.regionName(region, s.lang()) + ": " + Messages.dayStatusTitle(s.lang(), e.status());
            DeliveryRepository.insert(c, Delivery.Channel.PUSH, s.id(), e.messageId(), Payloads.DAY_STATUS,
                    payloads.push(Payloads.DAY_STATUS, title, Messages.dayStatusBody(s.lang(), e.day(), e.status(),
                            message), e.region(), s.groups(), s.addressId(), null, s.lang()), now, null);
        }
        if (e.status().equals("EMERGENCY")) {
            WarningPlanner.cancelDay(c, e.region(), e.day());
        }
    }

    /** The subscription's groups in a region: named ones and those of its addresses there. */
    private Set<String> groupsIn(WebhookSubscription s, String region, Map<Long, Optional<Address>> cache) {
        Set<String> out = new TreeSet<>();
        String prefix = region + "/";
        for (String g : s.groups()) {
            if (g.startsWith(prefix)) {
                out.add(g.substring(prefix.length()));
            }
        }
        for (Long id : s.addressIds()) {
            Optional<Address> a = cache.computeIfAbsent(id, k -> store.registry().address(k));
            if (a.isPresent() && a.get().region().equals(region)) {
                out.addAll(a.get().hourlyGroups());
            }
        }
        return out;
    }
}
