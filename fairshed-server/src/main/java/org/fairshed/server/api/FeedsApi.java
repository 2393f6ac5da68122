package org.fairshed.server.api;

import io.javalin.http.Context;
import org.fairshed.server.http.CachedBody;
import org.fairshed.server.http.Params;
import org.fairshed.server.http.Problem;
import org.fairshed.server.ics.CalendarFeeds;
import org.fairshed.server.search.AddressIndex;
import org.fairshed.server.search.IndexedAddress;
import org.fairshed.server.state.RegionState;

/** {@code /ics/{region}/{group}.ics} and {@code /ics/address/{id}.ics}. */
public final class FeedsApi {

    /** Seconds a feed may be kept: what calendar apps are told to wait too ({@link CalendarFeeds#REFRESH_MINUTES}). */
    public static final int FEED_MAX_AGE = 300;

    private final ApiContext api;
    private final CalendarFeeds feeds;

    public FeedsApi(ApiContext api) {
        this.api = api;
        this.feeds = new CalendarFeeds(api.store());
    }

    public void group(Context ctx) {
        RegionState s = api.region(ctx);
        String group = api.group(s, stripIcs(ctx.pathParam("file"), "group"));
        api.send(ctx, "ics-group|" + s.token() + "|" + group, () -> CachedBody.hashed(feeds.group(s, group),
                CalendarFeeds.MEDIA_TYPE, FEED_MAX_AGE, false, null));
    }

    public void address(Context ctx) {
        String file = stripIcs(ctx.pathParam("file"), "id");
        long id = Params.longValue("id", file, 1, (1L << 53) - 1);
        AddressIndex index = api.search().current();
        IndexedAddress a = index.byId(id);
        if (a == null) {
            throw Problem.notFound("id", "there is no address " + id);
        }
        RegionState s = api.states().region(a.region()).orElseThrow(() -> Problem.notFound("id",
                "address " + id + " is in region " + a.region() + ", which the server does not know"));
        String label = a.street() + " " + a.house() + (a.part().isEmpty() ? "" : ", " + a.part()) + ", " + a.settlement();
        api.send(ctx, "ics-address|" + index.version() + "|" + id + "|" + s.token(), () -> CachedBody.hashed(
                feeds.address(s, a.hourlyGroups(), label), CalendarFeeds.MEDIA_TYPE, FEED_MAX_AGE, false, null));
    }

    private static String stripIcs(String file, String field) {
        if (!file.endsWith(".ics") || file.length() == 4) {
            throw Problem.notFound(field, "a feed's name ends in .ics, got '" + Params.clip(file) + "'");
        }
        return file.substring(0, file.length() - 4);
    }
}
