package org.fairshed.server.api;

import io.javalin.http.Context;
import java.time.Clock;
import java.util.function.Supplier;
import org.fairshed.server.http.BodyCache;
import org.fairshed.server.http.CachedBody;
import org.fairshed.server.http.Problem;
import org.fairshed.server.http.RateLimiter;
import org.fairshed.server.http.Responses;
import org.fairshed.server.search.SearchIndex;
import org.fairshed.server.state.RegionState;
import org.fairshed.server.state.StateCache;
import org.fairshed.store.Store;

/** What the handlers share: the store, the derived state and index, the body cache, the clock and the search limit. */
public record ApiContext(Store store, StateCache states, SearchIndex search, BodyCache cache, Clock clock,
                         RateLimiter searchLimit) {

    public static final String JSON = "application/json; charset=utf-8";
    /** Seconds a "current" resource may be kept: a publish can come at any time. */
    public static final int CURRENT_MAX_AGE = 60;

    /** The region the path names, or 404 naming {@code region}. */
    public RegionState region(Context ctx) {
        String code = ctx.pathParam("region");
        return states.region(code).orElseThrow(() -> Problem.notFound("region", "there is no region '"
                + org.fairshed.server.http.Params.clip(code) + "'"));
    }

    /** The group the path names in {@code state}, or 404 naming {@code group}. */
    public String group(RegionState state, String code) {
        if (!state.hasGroup(code)) {
            throw Problem.notFound("group", "region " + state.code() + " has no hourly group '"
                    + org.fairshed.server.http.Params.clip(code) + "'");
        }
        return code;
    }

    /** Sends the cached body of {@code key} (built once) and commits the response: the last thing a handler does. */
    public void send(Context ctx, String key, Supplier<CachedBody> build) {
        Responses.write(ctx, cache.get(key, build), clock);
    }

    /** Sends {@code body} as Javalin's result: the handler may still set headers afterwards. */
    public void sendUncached(Context ctx, CachedBody body) {
        Responses.send(ctx, body, clock);
    }

    /** A JSON body made for this response alone (a search result): gzip only when the client takes it. */
    public void sendOnce(Context ctx, String etag, byte[] bytes, int maxAge) {
        Responses.sendOnce(ctx, etag, bytes, JSON, maxAge, clock);
    }
}
