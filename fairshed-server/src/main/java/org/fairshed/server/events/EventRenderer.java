package org.fairshed.server.events;

import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.fairshed.server.api.Dtos;
import org.fairshed.server.api.RevisionsApi;
import org.fairshed.server.http.Json;
import org.fairshed.server.view.TimePoint;
import org.fairshed.store.Store;
import org.fairshed.store.events.StoredEvent;
import org.fairshed.store.model.Group;
import org.fairshed.store.model.Region;
import org.fairshed.store.model.Revision;
import org.fairshed.store.model.ScheduleType;
import org.fairshed.store.revision.RevisionDiff;

/**
 * Renders a store event for the streams. A revision carries its diff summary (groups changed, minutes changed, the
 * changed runs with instants) and the URLs of the revision and the diff; a day-status change its day, status and
 * version. Rendered from the store's rows alone, so every replica sends the same data for the same id.
 */
final class EventRenderer {

    private final Store store;

    EventRenderer(Store store) {
        this.store = store;
    }

    /** The rendered event, null for one the streams do not carry (a registry import). */
    Rendered render(StoredEvent e) {
        return switch (e.kind()) {
            case REVISION -> revision(e);
            case DAY_STATUS -> dayStatus(e);
            case REGISTRY -> null;
        };
    }

    private Rendered dayStatus(StoredEvent e) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("id", e.id());
        data.put("type", "day-status");
        data.put("region", e.region());
        data.put("day", e.day().toString());
        data.put("status", e.status().name());
        data.put("version", e.version());
        data.put("url", "/api/v1/regions/" + e.region() + "/status?from=" + e.day() + "&to=" + e.day());
        String json = new String(Json.bytes(data), java.nio.charset.StandardCharsets.UTF_8);
        return new Rendered(e.id(), "day-status", e.region(), null, json, new ConcurrentHashMap<>(), g -> json);
    }

    private Rendered revision(StoredEvent e) {
        Region region = store.organisation().region(e.region()).orElseThrow();
        ZoneId zone = region.zone();
        Revision r = store.revisions().revision(e.region(), e.revision()).orElseThrow();
        Dtos.DiffDto diff;
        if (e.replaces() == null) {
            List<String> all = store.organisation().groups(e.region(), ScheduleType.HOURLY).stream().map(Group::code).toList();
            diff = new Dtos.DiffDto(e.region(), 0, e.revision(), 0, all, List.of(),
                    r.firstDay().datesUntil(r.lastDay().plusDays(1)).map(Object::toString).toList(), List.of(), all,
                    List.of());
        } else {
            RevisionDiff d = store.revisions().diff(e.region(), e.replaces(), e.revision()).orElseThrow();
            diff = RevisionsApi.diff(d, zone);
        }
        Dtos.DiffDto whole = diff;
        Set<String> touched = new java.util.HashSet<>(whole.groupsChanged());
        touched.addAll(whole.groupsAdded());
        touched.addAll(whole.groupsRemoved());
        boolean allGroups = !whole.daysAdded().isEmpty() || !whole.daysRemoved().isEmpty();
        String regionData = data(e, r, zone, whole);
        return new Rendered(e.id(), "revision", e.region(), allGroups ? null : Set.copyOf(touched), regionData,
                new ConcurrentHashMap<>(), g -> data(e, r, zone, forGroup(whole, g)));
    }

    private static Dtos.DiffDto forGroup(Dtos.DiffDto d, String group) {
        return new Dtos.DiffDto(d.region(), d.from(), d.to(), d.changes().stream().filter(c -> c.group().equals(group))
                .mapToLong(Dtos.GroupDayChangesDto::minutesChanged).sum(),
                d.groupsChanged().stream().filter(group::equals).toList(),
                d.changes().stream().filter(c -> c.group().equals(group)).toList(), d.daysAdded(), d.daysRemoved(),
                d.groupsAdded().stream().filter(group::equals).toList(),
                d.groupsRemoved().stream().filter(group::equals).toList());
    }

    private static String data(StoredEvent e, Revision r, ZoneId zone, Dtos.DiffDto diff) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("id", e.id());
        data.put("type", "revision");
        data.put("region", e.region());
        data.put("revision", e.revision());
        data.put("replaces", e.replaces());
        data.put("publishedAt", TimePoint.iso(r.createdAt(), zone));
        data.put("hash", r.contentHash());
        data.put("url", "/api/v1/regions/" + e.region() + "/revisions/" + e.revision());
        data.put("diffUrl", e.replaces() == null ? null
                : "/api/v1/regions/" + e.region() + "/revisions/" + e.revision() + "/diff?from=" + e.replaces());
        data.put("diff", diff);
        return new String(Json.bytes(data), java.nio.charset.StandardCharsets.UTF_8);
    }
}
