package org.fairshed.server.api;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.function.BooleanSupplier;
import java.util.function.LongSupplier;
import org.fairshed.server.http.CachedBody;
import org.fairshed.server.http.Json;

/** {@code /api/v1/health} (200 once ready, 503 before) and {@code /api/v1/openapi.json} (the hand-written document). */
public final class HealthApi {

    public static final String OPENAPI_RESOURCE = "/org/fairshed/server/openapi.json";

    private final ApiContext api;
    private final BooleanSupplier ready;
    private final LongSupplier lastEvent;
    private final CachedBody openApi;

    public HealthApi(ApiContext api, BooleanSupplier ready, LongSupplier lastEvent) {
        this.api = api;
        this.ready = ready;
        this.lastEvent = lastEvent;
        this.openApi = CachedBody.hashed(openApiBytes(), ApiContext.JSON, 3600, false, null);
    }

    public void health(Context ctx) {
        boolean ok = ready.getAsBoolean();
        var index = api.search().current();
        Dtos.Health h = new Dtos.Health(ok ? "ok" : "starting", ok, ok ? api.states().all().size() : 0, index.size(),
                index.keyCount(), index.version(), lastEvent.getAsLong());
        ctx.status(ok ? 200 : 503);
        ctx.header("Cache-Control", "no-store");
        ctx.contentType(ApiContext.JSON);
        ctx.result(Json.bytes(h));
    }

    public void openApi(Context ctx) {
        api.sendUncached(ctx, openApi);
    }

    public static byte[] openApiBytes() {
        try (InputStream in = HealthApi.class.getResourceAsStream(OPENAPI_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the OpenAPI document " + OPENAPI_RESOURCE + " is not on the class path");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
