package org.fairshed.server;

import io.javalin.Javalin;
import io.javalin.compression.CompressionStrategy;
import io.javalin.http.HandlerType;
import java.util.List;
import org.fairshed.server.access.OperatorAccess;
import org.fairshed.server.access.api.AccessRoutes;
import org.fairshed.server.api.AddressesApi;
import org.fairshed.server.api.ApiContext;
import org.fairshed.server.api.EventsApi;
import org.fairshed.server.api.FeedsApi;
import org.fairshed.server.api.HealthApi;
import org.fairshed.server.api.RegionsApi;
import org.fairshed.server.api.RevisionsApi;
import org.fairshed.server.compat.YasnoApi;
import org.fairshed.server.events.EventHub;
import org.fairshed.server.http.BodyCache;
import org.fairshed.server.http.ErrorMapper;
import org.fairshed.server.http.Problem;
import org.fairshed.server.http.RateLimiter;
import org.fairshed.server.http.RequestIds;
import org.fairshed.server.http.Route;
import org.fairshed.server.http.RouteTable;
import org.fairshed.server.operator.FlowParameters;
import org.fairshed.server.operator.OperatorFlow;
import org.fairshed.server.operator.OperatorFlowRoutes;
import org.fairshed.server.search.SearchIndex;
import org.fairshed.server.state.StateCache;
import org.fairshed.server.web.WebRoutes;
import org.fairshed.server.web.operator.DashboardRoutes;

/**
 * The public API server: Javalin 7 on Jetty 12 over a {@link org.fairshed.store.Store}. {@link #start} reads the
 * derived state (regions, published revisions, the address index), starts listening to the store and then to HTTP;
 * it returns once {@code /api/v1/health} answers 200. Stateless: everything it holds is derived from the store and
 * refreshed by the store's notifications, so replicas over one database agree.
 */
public final class FairshedServer implements AutoCloseable {

    private final ServerParameters parameters;
    private final StateCache states;
    private final SearchIndex search;
    private final EventHub hub;
    private final RouteTable routes;
    private final org.fairshed.notify.Notifier notifier;
    private final OperatorFlow flow;
    private final Javalin app;
    /** What Javalin was actually given ("GET /path", before-handlers too), for the route-rule test. */
    private final List<String> served = new java.util.concurrent.CopyOnWriteArrayList<>();
    private volatile boolean ready;

    private FairshedServer(ServerParameters p, FlowParameters flowParameters) {
        this.parameters = p;
        this.flow = new OperatorFlow(p.store(), p.clock(), flowParameters);
        this.states = new StateCache(p.store(), p.clock());
        this.search = new SearchIndex(p.store());
        this.hub = new EventHub(p.store(), states, search, p.heartbeat());
        ApiContext api = new ApiContext(p.store(), states, search, new BodyCache(p.bodyCacheBytes()), p.clock(),
                new RateLimiter(p.searchPerSecond(), p.searchBurst()));
        this.notifier = p.notifications() == null ? null
                : org.fairshed.notify.Notifier.open(p.store(), p.notifications().withClock(p.clock()));
        this.routes = routes(api, hub, () -> ready, hub::lastDispatched, flow);
        AccessRoutes.add(routes, OperatorAccess.serving(p));
        org.fairshed.server.notify.NotifyRoutes.add(routes, notifier, p.store(), p.clock(),
                new RateLimiter(p.searchPerSecond(), p.searchBurst()));
        this.app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.http.compressionStrategy = CompressionStrategy.NONE;
            config.http.generateEtags = false;
            config.http.prefer405over404 = true;
            config.http.maxRequestSize = p.maxRequestBytes();
            config.http.defaultContentType = ApiContext.JSON;
            config.router.ignoreTrailingSlashes = true;
            config.concurrency.useVirtualThreads = true;
            config.jetty.host = p.host();
            config.jetty.port = p.port();
            ErrorMapper.install(config);
            config.events.handlerAdded(h -> served.add(h.getHttpMethod().name() + " " + h.getPath()));
            config.routes.before(ctx -> {
                RequestIds.assign(ctx);
                long length = ctx.req().getContentLengthLong();
                if (length > p.maxRequestBytes()) {
                    throw new Problem(413, "too-large", "Request too large", "the body has " + length
                            + " bytes; at most " + p.maxRequestBytes(), null, java.util.Map.of());
                }
            });
            for (Route r : routes.routes()) {
                HandlerType type = HandlerType.findOrCreate(r.method());
                config.routes.addEndpoint(new io.javalin.router.Endpoint(type, r.path(), ctx -> {
                    p.accessHook().check(ctx, r);
                    if (!ready && !r.path().equals("/api/v1/health") && !r.path().equals("/api/v1/openapi.json")) {
                        throw Problem.notReady();
                    }
                    r.handler().handle(ctx);
                }));
                if (type.equals(HandlerType.GET) && !r.path().equals("/api/v1/events")) {
                    config.routes.addEndpoint(new io.javalin.router.Endpoint(HandlerType.HEAD, r.path(), ctx -> {
                        p.accessHook().check(ctx, r);
                        r.handler().handle(ctx);
                    }));
                }
            }
        });
    }

    /** Starts a server and returns once it is ready. */
    public static FairshedServer start(ServerParameters parameters) {
        return start(parameters, FlowParameters.defaults());
    }

    /** Starts a server with the operator flow's settings (networks, budgets, upload limit) and returns once ready. */
    public static FairshedServer start(ServerParameters parameters, FlowParameters flow) {
        FairshedServer s = new FairshedServer(parameters, flow);
        try {
            s.flow.start();
            s.hub.start();
            s.states.reloadAll();
            s.search.rebuild();
            s.app.start();
            if (s.notifier != null) {
                s.notifier.start();
            }
            s.ready = true;
            return s;
        } catch (RuntimeException e) {
            s.close();
            throw e;
        }
    }

    static RouteTable routes(ApiContext api, EventHub hub, java.util.function.BooleanSupplier ready,
                             java.util.function.LongSupplier lastEvent, OperatorFlow flow) {
        HealthApi health = new HealthApi(api, ready, lastEvent);
        RegionsApi regions = new RegionsApi(api);
        RevisionsApi revisions = new RevisionsApi(api);
        AddressesApi addresses = new AddressesApi(api);
        FeedsApi feeds = new FeedsApi(api);
        EventsApi events = new EventsApi(api, hub);
        YasnoApi yasno = new YasnoApi(api);
        String r = "/api/v1/regions/{region}";
        RouteTable table = new RouteTable()
                .get("/api/v1/health", "/api/v1/health", health::health)
                .get("/api/v1/openapi.json", "/api/v1/openapi.json", health::openApi)
                .get("/api/v1/regions", "/api/v1/regions", regions::regions)
                .get(r, r, regions::region)
                .get(r + "/groups", r + "/groups", regions::groups)
                .get(r + "/groups/{group}/schedule", r + "/groups/{group}/schedule", regions::schedule)
                .get(r + "/status", r + "/status", regions::status)
                .get(r + "/ledger", r + "/ledger", regions::ledger)
                .get(r + "/revisions", r + "/revisions", revisions::list)
                .get(r + "/revisions/{number}", r + "/revisions/{number}", revisions::revision)
                .get(r + "/revisions/{number}/diff", r + "/revisions/{number}/diff", revisions::diff)
                .get("/api/v1/addresses", "/api/v1/addresses", addresses::search)
                .get("/api/v1/addresses/{id}", "/api/v1/addresses/{id}", addresses::address)
                .get("/api/v1/events", "/api/v1/events", events::events)
                .get("/ics/address/{file}", "/ics/address/{id}.ics", feeds::address)
                .get("/ics/{region}/{file}", "/ics/{region}/{group}.ics", feeds::group)
                .get("/compat/yasno/addresses/v2/regions", "/compat/yasno/addresses/v2/regions", yasno::regions)
                .get("/compat/yasno/addresses/v2/streets", "/compat/yasno/addresses/v2/streets", yasno::streets)
                .get("/compat/yasno/addresses/v2/houses", "/compat/yasno/addresses/v2/houses", yasno::houses)
                .get("/compat/yasno/addresses/v2/group", "/compat/yasno/addresses/v2/group", yasno::group)
                .get("/compat/yasno/regions/{regionId}/dsos/{dsoId}/planned-outages",
                        "/compat/yasno/regions/{regionId}/dsos/{dsoId}/planned-outages", yasno::planned)
                .get("/compat/yasno/probable-outages", "/compat/yasno/probable-outages", yasno::probable);
        WebRoutes.add(table, api);
        DashboardRoutes.add(table, api, flow);
        return OperatorFlowRoutes.add(table, flow);
    }

    public int port() {
        return app.port();
    }

    public boolean isReady() {
        return ready;
    }

    /** The routes served, in matching order. */
    public List<Route> routes() {
        return routes.routes();
    }

    /** Every handler Javalin serves, as {@code "METHOD /path"} (before-handlers as {@code "BEFORE ..."}). */
    public List<String> servedEndpoints() {
        return List.copyOf(served);
    }

    /** SSE clients connected now. */
    public int subscribers() {
        return hub.subscriberCount();
    }

    public ServerParameters parameters() {
        return parameters;
    }

    /** The notifications, null when off. */
    public org.fairshed.notify.Notifier notifier() {
        return notifier;
    }

    @Override
    public void close() {
        ready = false;
        if (notifier != null) {
            notifier.close();
        }
        try {
            flow.close();
            hub.close();
        } finally {
            try {
                app.stop();
            } finally {
                search.close();
            }
        }
    }
}
