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
            api.sendUncached(ctx, CachedBody.of(etag, new byte[0], ApiContext.JSON, SEARCH_MAX_AGE, false, null));
            return;
        }
        List<Dtos.AddressDto> results = new ArrayList<>();
        for (IndexedAddress a : index.search(key, limit)) {
            results.add(Mapping.address(a, api.states().region(a.region()).orElse(null)));
        }
        api.sendUncached(ctx, CachedBody.of(etag, Json.bytes(new Dtos.SearchDto(q, limit, results)), ApiContext.JSON,
                SEARCH_MAX_AGE, false, null));
    }

    /** The address, its groups' today and tomorrow, now and next; valid until the next change of any of them. */
    public void address(Context ctx) {
        long id = Params.pathLong(ctx, "id", 1, (1L << 53) - 1);
        AddressIndex index = api.search().current();
        IndexedAddress a = index.byId(id);
        if (a == null) {
            throw Problem.notFound("id", "there is no address " + id);
        }
        RegionState s = api.states().region(a.region()).orElseThrow(() -> Problem.notFound("id",
                "address " + id + " is in region " + a.region() + ", which the server does not know"));
        Instant now = api.clock().instant();
        List<Timeline> timelines = new ArrayList<>();
        Instant until = s.today().plusDays(1).atStartOfDay(s.region().zone()).toInstant();
        for (String g : a.hourlyGroups()) {
            Timeline t = Timeline.of(s, g, s.today());
            timelines.add(t);
            Instant change = t.nextChange(now);
            if (change != null && change.isBefore(until)) {
                until = change;
            }
        }
        Instant validUntil = until;
        String key = "address|" + index.version() + "|" + id + "|" + s.token() + "|" + validUntil;
        api.send(ctx, key, () -> CachedBody.of(ETags.of("address-" + id, key), Json.bytes(detail(a, s, timelines,
                now, validUntil)), ApiContext.JSON, ApiContext.CURRENT_MAX_AGE, false, validUntil));
    }

    private Dtos.AddressDetailDto detail(IndexedAddress a, RegionState s, List<Timeline> timelines, Instant now,
                                         Instant validUntil) {
        List<Dtos.AddressGroupDto> groups = new ArrayList<>();
        for (int i = 0; i < a.hourlyGroups().size(); i++) {
            String g = a.hourlyGroups().get(i);
            NowNext n = timelines.get(i).at(now, s.region().zone());
            groups.add(new Dtos.AddressGroupDto(g, Mapping.day(s, g, s.today()), Mapping.day(s, g, s.today().plusDays(1)),
                    new Dtos.NowDto(n.state(), n.since(), n.until()), n.next() == null ? null
                    : new Dtos.NextDto(n.next().kind(), n.next().offAt(), n.next().backAt()),
                    new Dtos.LinksDto("/api/v1/regions/" + s.code() + "/groups/" + g + "/schedule",
                            "/ics/" + s.code() + "/" + g + ".ics",
                            "/api/v1/events?region=" + s.code() + "&group=" + g)));
        }
        return new Dtos.AddressDetailDto(Mapping.address(a, s), TimePoint.iso(validUntil, s.region().zone()),
                Mapping.published(s.published(), s.region().zone()), groups, "/ics/address/" + a.id() + ".ics");
    }
}
