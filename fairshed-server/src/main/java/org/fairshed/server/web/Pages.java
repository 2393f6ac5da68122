package org.fairshed.server.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.fairshed.server.api.AddressesApi;
import org.fairshed.server.api.ApiContext;
import org.fairshed.server.api.Dtos;
import org.fairshed.server.api.RegionsApi;
import org.fairshed.server.api.RevisionsApi;
import org.fairshed.server.http.CachedBody;
import org.fairshed.server.http.ETags;
import org.fairshed.server.http.Params;
import org.fairshed.server.http.Problem;
import org.fairshed.server.search.AddressIndex;
import org.fairshed.server.search.IndexedAddress;
import org.fairshed.server.state.RegionState;
import org.fairshed.server.state.Timeline;
import org.fairshed.store.model.Group;
import org.fairshed.store.registry.SearchKeys;

/**
 * The public pages: search ({@code /}), an address ({@code /address/{id}}), a group ({@code /group/{region}/{group}})
 * and their assets. Each page is rendered from the API's own objects (the address's detail, the ledger, the diff), once
 * per state, and cached and revalidated by the API's rules: a strong ETag from everything it depends on (plus the
 * language and host), {@code max-age} ending at the next change of now and next, gzip made once.
 */
final class Pages {

    static final String HTML = "text/html; charset=utf-8";
    /** Results the search page lists without script. */
    static final int SEARCH_RESULTS = 10;

    private final ApiContext api;
    private final Assets assets;
    private final PageBuilder builder;
    private final TemplateEngine engine = TemplateEngine.createPrecompiled(ContentType.Html);
    /**
     * "What changed" of a region's published revision against the one before, by region and revision number:
     * revisions are immutable, so an entry never goes stale. Without it every address page of a region read and
     * diffed both revisions from the database (190 distinct pages/s on 2 cores).
     */
    private final ConcurrentHashMap<String, Optional<Dtos.DiffDto>> diffs = new ConcurrentHashMap<>();
    /** Entries kept before the cache starts again (a few per region: the latest revision is the one asked for). */
    static final int MAX_CACHED_DIFFS = 256;

    Pages(ApiContext api, Assets assets) {
        this.api = api;
        this.assets = assets;
        this.builder = new PageBuilder(assets);
    }

    void address(Context ctx) {
        Lang l = Lang.of(ctx);
        AddressesApi.Detail d;
        try {
            d = AddressesApi.detail(api, Params.pathLong(ctx, "id", 1, (1L << 53) - 1));
        } catch (Problem p) {
            notFound(ctx, l, p);
            return;
        }
        RegionState s = d.state();
        String host = host(ctx);
        String key = "page|" + l.code() + "|" + host + "|" + d.key();
        send(ctx, l, key, d.validUntil(), () -> render("address.jte", builder.address(d.body(), s,
                RegionsApi.ledger(s), diff(s), l, host)));
    }

    void group(Context ctx) {
        Lang l = Lang.of(ctx);
        RegionState s;
        String g;
        try {
            s = api.region(ctx);
            g = api.group(s, ctx.pathParam("group"));
        } catch (Problem p) {
            notFound(ctx, l, p);
            return;
        }
        Instant now = api.clock().instant();
        Timeline t = Timeline.of(s, g, s.today());
        Instant validUntil = AddressesApi.earlier(AddressesApi.endOfToday(s), t.nextChange(now));
        String host = host(ctx);
        String key = "page|group|" + l.code() + "|" + host + "|" + s.token() + "|" + g + "|" + validUntil;
        send(ctx, l, key, validUntil, () -> render("grouppage.jte", builder.groupPage(AddressesApi.group(s, g, t, now),
                s, AddressesApi.published(s), RegionsApi.ledger(s), diff(s), l, host)));
    }

    /** {@code /}: the search form, {@code ?q} results (without script), {@code ?region} its groups. */
    void search(Context ctx) {
        Lang l = Lang.of(ctx);
        String q = Params.text(ctx, "q");
        q = q == null ? "" : q.trim();
        String region = Params.text(ctx, "region");
        RegionState selected = region == null ? null : api.states().region(region).orElse(null);
        List<RegionState> all = api.states().all();
        AddressIndex index = api.search().current();
        if (!q.isEmpty()) {
            api.searchLimit().acquire(ctx.ip());
        }
        StringBuilder tokens = new StringBuilder();
        all.forEach(s -> tokens.append(s.token()).append(';'));
        String query = q;
        String key = "page|search|" + l.code() + "|" + index.version() + "|" + tokens + "|" + q + "|"
                + (selected == null ? "" : selected.code());
        send(ctx, l, key, null, () -> render("search.jte", searchModel(l, query, selected, all, index)));
    }

    private PageModel.Search searchModel(Lang l, String q, RegionState selected, List<RegionState> all,
                                         AddressIndex index) {
        List<PageModel.Link> results = new ArrayList<>();
        if (!q.isEmpty()) {
            for (IndexedAddress a : index.search(SearchKeys.search(q), SEARCH_RESULTS)) {
                Dtos.AddressDto dto = AddressesApi.dto(a, api.states().region(a.region()).orElse(null));
                results.add(new PageModel.Link(dto.label(), "/address/" + a.id() + "?lang=" + l.code(),
                        l.t("search.groups", String.join(", ", a.hourlyGroups()))));
            }
        }
        List<PageModel.Link> regions = new ArrayList<>();
        for (RegionState s : all) {
            regions.add(new PageModel.Link(l == Lang.UK ? s.region().nameUk() : s.region().nameEn(), s.code(), ""));
        }
        List<PageModel.Link> groups = new ArrayList<>();
        if (selected != null) {
            for (Group g : selected.hourly()) {
                groups.add(new PageModel.Link(l.t("search.group", g.code()), "/group/" + selected.code() + "/"
                        + g.code() + "?lang=" + l.code(), ""));
            }
        }
        String other = "/?" + (q.isEmpty() ? "" : "q=" + URLEncoder.encode(q, StandardCharsets.UTF_8) + "&")
                + (selected == null ? "" : "region=" + selected.code() + "&") + "lang=" + l.other().code();
        return new PageModel.Search(builder.frame(l, l.t("search.title"), other, "", "", "", ""),
                l.t("search.heading"), l.t("search.intro"), l.t("search.label"), l.t("search.hint"),
                l.t("search.button"), q, l.t("search.results"), results, l.t("search.none"), l.t("search.pick"),
                l.t("search.region"), l.t("search.regionButton"), regions, selected == null ? "" : selected.code(),
                l.t("search.groupsTitle"), groups, l.t("search.saved"));
    }

    void asset(Context ctx) {
        CachedBody body = assets.get(ctx.pathParam("file"));
        if (body == null) {
            throw Problem.notFound("file", "there is no asset '" + Params.clip(ctx.pathParam("file")) + "'");
        }
        SecurityHeaders.apply(ctx);
        api.sendUncached(ctx, body);
    }

    /** The service worker: never cached by HTTP beyond revalidation, so a new version is picked up at once. */
    void serviceWorker(Context ctx) {
        SecurityHeaders.apply(ctx);
        api.sendUncached(ctx, assets.serviceWorker());
        ctx.header("Cache-Control", "no-cache");
    }

    private void send(Context ctx, Lang l, String key, Instant validUntil, java.util.function.Supplier<byte[]> html) {
        SecurityHeaders.apply(ctx);
        SecurityHeaders.clock(ctx, api.clock().instant());
        api.sendUncached(ctx, api.cache().get(key, () -> CachedBody.of(ETags.of("page-" + l.code(), key), html.get(),
                HTML, ApiContext.CURRENT_MAX_AGE, false, validUntil)));
        ctx.header("Vary", Lang.explicit(ctx) ? "Accept-Encoding" : "Accept-Encoding, Accept-Language");
        ctx.header("Content-Language", l.code());
    }

    private void notFound(Context ctx, Lang l, Problem p) {
        if (p.status() != 404 && p.status() != 400) {
            throw p;
        }
        SecurityHeaders.apply(ctx);
        PageModel.Frame frame = builder.frame(l, l.t("notfound.title"), ctx.path() + "?lang=" + l.other().code(),
                "", "", "", "");
        ctx.status(404);
        org.fairshed.server.http.ErrorMapper.markWritten(ctx);
        ctx.header("Cache-Control", "no-store");
        ctx.contentType(HTML);
        ctx.result(render("notfound.jte", new PageModel.NotFound(frame, l.t("notfound.title"), l.t("notfound.text"),
                l.t("notfound.back"))));
    }

    private Dtos.DiffDto diff(RegionState s) {
        if (s.published() == null || s.published().number() < 2) {
            return null;
        }
        int n = s.published().number();
        if (diffs.size() > MAX_CACHED_DIFFS) {
            diffs.clear();
        }
        return diffs.computeIfAbsent(s.code() + "/" + n, k -> api.store().revisions().diff(s.code(), n - 1, n)
                .map(d -> RevisionsApi.diff(d, s.region().zone()))).orElse(null);
    }

    private byte[] render(String template, Object model) {
        StringOutput out = new StringOutput(16 * 1024);
        engine.render(template, model, out);
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The Host the client named (for the webcal links), clipped; part of the cache key. */
    private static String host(Context ctx) {
        String h = ctx.host();
        if (h == null || h.isBlank() || !h.matches("[A-Za-z0-9.:\\[\\]-]{1,100}")) {
            return "localhost";
        }
        return h;
    }
}
