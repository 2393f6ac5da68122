package org.fairshed.notify.outbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.fairshed.notify.Messages;
import org.fairshed.store.model.DayStatus;
import org.fairshed.store.model.GroupSchedule;
import org.fairshed.store.model.Region;
import org.fairshed.store.model.Revision;
import org.fairshed.store.revision.RevisionDiff;

/**
 * The bodies: webhooks get the Standard Webhooks shape {@code {"type", "timestamp", "data"}}; a push message is the
 * text a phone shows without the network ({@code title}, {@code body}) plus what the page's service worker needs.
 */
public final class Payloads {

    public static final String REVISION = "schedule.revision";
    public static final String DAY_STATUS = "day.status";
    public static final String WARNING = "outage.warning";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String baseUrl;

    /** @param baseUrl prefix of the links ({@code https://outages.example.ua}), empty for server-relative links */
    public Payloads(String baseUrl) {
        this.baseUrl = baseUrl == null ? "" : baseUrl.replaceAll("/+$", "");
    }

    public String revision(Revision r, RevisionDiff diff, Collection<String> groupsChanged) {
        ObjectNode data = JSON.createObjectNode();
        data.put("region", r.region());
        data.put("revision", r.number());
        if (r.replaces() == null) {
            data.putNull("replaces");
        } else {
            data.put("replaces", r.replaces());
        }
        data.put("publishedAt", r.createdAt().toString());
        data.put("hash", r.contentHash());
        data.put("reason", r.reason());
        data.put("firstDay", r.firstDay().toString());
        data.put("lastDay", r.lastDay().toString());
        String base = baseUrl + "/api/v1/regions/" + r.region() + "/revisions/" + r.number();
        data.put("url", base);
        data.put("diffUrl", base + "/diff");
        data.put("capUrl", baseUrl + "/cap/" + r.region() + ".xml");
        strings(data.putArray("groupsChanged"), groupsChanged);
        data.put("minutesChanged", diff == null ? 0 : diff.minutesChanged());
        strings(data.putArray("daysAdded"), diff == null ? List.of() : diff.daysAdded().stream()
                .map(LocalDate::toString).toList());
        return envelope(REVISION, r.createdAt(), data);
    }

    public String dayStatus(String region, LocalDate day, String status, int version, DayStatus current, Instant at) {
        ObjectNode data = JSON.createObjectNode();
        data.put("region", region);
        data.put("day", day.toString());
        data.put("status", status);
        data.put("version", version);
        boolean same = current != null && current.version() == version;
        data.put("message", same ? current.message() : null);
        strings(data.putArray("emergencyGroups"), same ? current.emergencyGroups() : List.of());
        data.put("url", baseUrl + "/api/v1/regions/" + region + "/status?from=" + day + "&to=" + day);
        data.put("capUrl", baseUrl + "/cap/" + region + ".xml");
        return envelope(DAY_STATUS, at, data);
    }

    public String warning(String region, String group, LocalDate day, int startMinute, int endMinute, Instant startAt,
                          Instant endAt, int minutesBefore, int revision, Instant at) {
        ObjectNode data = JSON.createObjectNode();
        data.put("region", region);
        data.put("group", group);
        data.put("day", day.toString());
        data.put("kind", "definite");
        data.put("offAt", startAt.toString());
        data.put("backAt", endAt.toString());
        data.put("minutesBefore", minutesBefore);
        data.put("revision", revision);
        ObjectNode text = data.putObject("text");
        text.put("uk", Messages.warning("uk", group, startMinute, endMinute, minutesBefore));
        text.put("en", Messages.warning("en", group, startMinute, endMinute, minutesBefore));
        return envelope(WARNING, at, data);
    }

    /** A push message: what the phone shows, and the facts behind it. */
    public String push(String type, String title, String body, String region, Collection<String> groups, Long addressId,
                       Integer revision, String lang) {
        ObjectNode n = JSON.createObjectNode();
        n.put("type", type);
        n.put("title", title);
        n.put("body", body);
        n.put("lang", lang);
        n.put("region", region);
        strings(n.putArray("groups"), groups);
        if (revision != null) {
            n.put("revision", revision);
        }
        n.put("tag", "fairshed-" + region + "-" + String.join("+", groups));
        n.put("url", addressId != null ? baseUrl + "/address/" + addressId + "?lang=" + lang
                : baseUrl + "/api/v1/regions/" + region + "/groups/" + groups.iterator().next() + "/schedule");
        return n.toString();
    }

    /** The push text of a revision for some groups: one line per group and day (today and later). */
    public static String scheduleText(String lang, List<GroupSchedule> days, int maxBytes) {
        StringBuilder b = new StringBuilder();
        for (GroupSchedule g : days) {
            String line = Messages.scheduleLine(lang, g);
            if (b.length() > 0 && utf8(b) + utf8(line) + 1 > maxBytes) {
                b.append(Messages.isUk(lang) ? "\n…" : "\n...");
                break;
            }
            b.append(b.length() == 0 ? "" : "\n").append(line);
        }
        return b.toString();
    }

    private static int utf8(CharSequence s) {
        return s.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
    }

    private static String envelope(String type, Instant at, ObjectNode data) {
        ObjectNode n = JSON.createObjectNode();
        n.put("type", type);
        n.put("timestamp", at.toString());
        n.set("data", data);
        return n.toString();
    }

    private static void strings(ArrayNode a, Collection<String> values) {
        values.forEach(a::add);
    }

    /** Region names for texts. */
    public static String regionName(Region r, String lang) {
        return Messages.regionName(r, lang);
    }
}
