package org.fairshed.server.api;

import io.javalin.http.Context;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.fairshed.server.http.CachedBody;
import org.fairshed.server.http.ETags;
import org.fairshed.server.http.Json;
import org.fairshed.server.http.Params;
import org.fairshed.server.http.Problem;
import org.fairshed.server.search.AddressIndex;
import org.fairshed.server.search.IndexedAddress;
import org.fairshed.server.state.RegionState;
import org.fairshed.server.state.Timeline;
import org.fairshed.server.view.NowNext;
import org.fairshed.server.view.TimePoint;
import org.fairshed.store.registry.RegistryRepository;
import org.fairshed.store.registry.SearchKeys;

/** Address search (the in-memory index, rate-limited per client) and an address with its groups, now and next. */
public final class AddressesApi {

    /** Seconds a search result may be kept: the registry changes rarely, and an import changes the ETag. */
    public static final int SEARCH_MAX_AGE = 300;

    private final ApiContext api;

    public AddressesApi(ApiContext api) {
        this.api = api;
    }

    public void search(Context ctx) {
        String q = Params.requiredText(ctx, "q");
        int limit = Params.integer(ctx, "limit", 1, RegistryRepository.MAX_RESULTS, 10);
        api.searchLimit().acquire(ctx.ip());
        AddressIndex index = api.search().current();
        String key = SearchKeys.search(q);
        String etag = ETags.of("search-" + index.version(), key, Integer.toString(limit), q);
        if (ETags.matches(ctx.header("If-None-Match"), etag)) {
            api.sendOnce(ctx, etag, new byte[0], SEARCH_MAX_AGE);
            return;
        }
        List<Dtos.AddressDto> results = new ArrayList<>();
        for (IndexedAddress a : index.search(key, limit)) {
            results.add(Mapping.address(a, api.states().region(a.region()).orElse(null)));
        }
        api.sendOnce(ctx, etag, Json.bytes(new Dtos.SearchDto(q, limit, results)), SEARCH_MAX_AGE);
    }

    /** The address, its groups' today and tomorrow, now and next; valid until the next change of any of them. */
    public void address(Context ctx) {
        long id = Params.pathLong(ctx, "id", 1, (1L << 53) - 1);
        Detail d = detail(api, id);
        api.send(ctx, d.key(), () -> CachedBody.of(ETags.of("address-" + id, d.key()), Json.bytes(d.body()),
                ApiContext.JSON, ApiContext.CURRENT_MAX_AGE, false, d.validUntil()));
    }

    /**
     * What {@code /api/v1/addresses/{id}} answers at the server's clock, with the cache key naming everything it
     * depends on and the moment it stops being right; the public page renders from the same object.
     */
    public record Detail(Dtos.AddressDetailDto body, RegionState state, String key, Instant validUntil) {
    }

    /** The address's detail now, or 404 naming {@code id}. */
    public static Detail detail(ApiContext api, long id) {
        AddressIndex index = api.search().current();
        IndexedAddress a = index.byId(id);
        if (a == null) {
            throw Problem.notFound("id", "there is no address " + id);
        }
        RegionState s = api.states().region(a.region()).orElseThrow(() -> Problem.notFound("id",
                "address " + id + " is in region " + a.region() + ", which the server does not know"));
        Instant now = api.clock().instant();
        List<Timeline> timelines = new ArrayList<>();
        Instant until = endOfToday(s);
        for (String g : a.hourlyGroups()) {
            Timeline t = Timeline.of(s, g, s.today());
            timelines.add(t);
            until = earlier(until, t.nextChange(now));
        }
        Instant validUntil = until;
        String key = "address|" + index.version() + "|" + id + "|" + s.token() + "|" + validUntil;
        List<Dtos.AddressGroupDto> groups = new ArrayList<>();
        for (int i = 0; i < a.hourlyGroups().size(); i++) {
            groups.add(group(s, a.hourlyGroups().get(i), timelines.get(i), now));
        }
        return new Detail(new Dtos.AddressDetailDto(Mapping.address(a, s), TimePoint.iso(validUntil, s.region().zone()),
                Mapping.published(s.published(), s.region().zone()), groups, "/ics/address/" + a.id() + ".ics"), s,
                key, validUntil);
    }

    /** One hourly group of an address (or the group page): today, tomorrow, now and next at {@code now}, links. */
    public static Dtos.AddressGroupDto group(RegionState s, String g, Timeline timeline, Instant now) {
        NowNext n = timeline.at(now, s.region().zone());
        return new Dtos.AddressGroupDto(g, Mapping.day(s, g, s.today()), Mapping.day(s, g, s.today().plusDays(1)),
                new Dtos.NowDto(n.state(), n.since(), n.until()), n.next() == null ? null
                : new Dtos.NextDto(n.next().kind(), n.next().offAt(), n.next().backAt()),
                new Dtos.LinksDto("/api/v1/regions/" + s.code() + "/groups/" + g + "/schedule",
                        "/ics/" + s.code() + "/" + g + ".ics",
                        "/api/v1/events?region=" + s.code() + "&group=" + g));
    }

    /** An address as the search and the address routes give it. */
    public static Dtos.AddressDto dto(IndexedAddress a, RegionState s) {
        return Mapping.address(a, s);
    }

    /** The region's published revision as every route gives it, null when none. */
    public static Dtos.PublishedDto published(RegionState s) {
        return Mapping.published(s.published(), s.region().zone());
    }

    /** The next local midnight of the region: today's day views change then. */
    public static Instant endOfToday(RegionState s) {
        return s.today().plusDays(1).atStartOfDay(s.region().zone()).toInstant();
    }

    /** {@code change} when it comes before {@code until}, else {@code until}. */
    public static Instant earlier(Instant until, Instant change) {
        return change != null && change.isBefore(until) ? change : until;
    }
}
