package org.fairshed.server.api;

import io.javalin.http.Context;
import io.javalin.http.sse.SseHandler;
import org.fairshed.server.events.EventHub;
import org.fairshed.server.http.Params;
import org.fairshed.server.http.Problem;
import org.fairshed.server.state.RegionState;

/**
 * {@code /api/v1/events[?region=R[&group=G]]}: Server-Sent Events, resumable with {@code Last-Event-ID} (or
 * {@code ?lastEventId=} for clients that cannot set the header). Parameters are checked before the stream starts, so
 * a bad one is a problem response, not a broken stream.
 */
public final class EventsApi {

    private final ApiContext api;
    private final EventHub hub;

    public EventsApi(ApiContext api, EventHub hub) {
        this.api = api;
        this.hub = hub;
    }

    public void events(Context ctx) throws Exception {
        String region = Params.text(ctx, "region");
        String group = Params.text(ctx, "group");
        if (group != null && region == null) {
            throw Problem.badParameter("group", "needs region: a group code is only unique within its region");
        }
        if (region != null) {
            RegionState s = api.states().region(region).orElseThrow(() -> Problem.notFound("region",
                    "there is no region '" + Params.clip(region) + "'"));
            if (group != null) {
                api.group(s, group);
            }
        }
        Long last = lastEventId(ctx);
        new SseHandler(client -> hub.subscribe(client, region, group, last)).handle(ctx);
    }

    private static Long lastEventId(Context ctx) {
        String header = ctx.header("Last-Event-ID");
        String name = "Last-Event-ID";
        if (header == null) {
            header = ctx.queryParam("lastEventId");
            name = "lastEventId";
        }
        if (header == null || header.isBlank()) {
            return null;
        }
        return Params.longValue(name, header, 0, Long.MAX_VALUE);
    }
}
