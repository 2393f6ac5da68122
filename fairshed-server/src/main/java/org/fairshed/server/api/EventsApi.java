package org.fairshed.server.api;

import io.javalin.http.Context;
import io.javalin.http.sse.SseClient;
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
        // as Javalin's SseHandler, without its Accept check: a client that does not ask for text/event-stream (curl, a
        // load tester) gets the stream too
        ctx.res().setStatus(200);
        ctx.res().setCharacterEncoding("UTF-8");
        ctx.res().setContentType("text/event-stream");
        ctx.res().addHeader("Connection", "close");
        ctx.res().addHeader("Cache-Control", "no-cache");
        ctx.res().addHeader("X-Accel-Buffering", "no");
        ctx.res().flushBuffer();
        ctx.async(config -> config.timeout = 0L, () -> hub.subscribe(new SseClient(ctx), region, group, last));
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
