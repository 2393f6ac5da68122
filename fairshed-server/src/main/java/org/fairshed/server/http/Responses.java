package org.fairshed.server.http;

import io.javalin.http.Context;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Sends a {@link CachedBody} with the caching rules of every route: the strong ETag, 304 without a body when
 * {@code If-None-Match} matches, gzip when the client accepts it (its own ETag, {@code Vary: Accept-Encoding}), and a
 * {@code Cache-Control} a CDN can use — a year and {@code immutable} for revision-addressed URLs; otherwise
 * {@code max-age} (ending no later than the body's {@code validUntil}), {@code stale-while-revalidate} and
 * {@code stale-if-error} (when the origin is down, an old schedule beats none).
 */
public final class Responses {

    public static final int YEAR_SECONDS = 31_536_000;
    public static final int STALE_WHILE_REVALIDATE = 30;
    public static final int STALE_IF_ERROR = 86_400;

    private Responses() {
    }

    public static void send(Context ctx, CachedBody body, Clock clock) {
        boolean gzip = body.gzip() != null && acceptsGzip(ctx.header("Accept-Encoding"));
        String etag = gzip ? ETags.gzip(body.etag()) : body.etag();
        ctx.header("ETag", etag);
        ctx.header("Cache-Control", cacheControl(body, clock.instant()));
        ctx.header("Vary", "Accept-Encoding");
        if (ETags.matches(ctx.header("If-None-Match"), body.etag())) {
            ctx.status(304);
            return;
        }
        ctx.contentType(body.contentType());
        if (gzip) {
            ctx.header("Content-Encoding", "gzip");
            ctx.result(body.gzip());
        } else {
            ctx.result(body.bytes());
        }
    }

    /**
     * Sends a body made for this response alone (not kept in the {@link BodyCache}): the same headers and 304 as
     * {@link #send}, compressed only when the client takes gzip.
     */
    public static void sendOnce(Context ctx, String etag, byte[] bytes, String contentType, int maxAge, Clock clock) {
        send(ctx, CachedBody.forOneResponse(etag, bytes, contentType, maxAge, null,
                acceptsGzip(ctx.header("Accept-Encoding"))), clock);
    }

    static String cacheControl(CachedBody body, Instant now) {
        if (body.immutable()) {
            return "public, max-age=" + YEAR_SECONDS + ", immutable";
        }
        long maxAge = body.maxAge();
        if (body.validUntil() != null) {
            maxAge = Math.max(0, Math.min(maxAge, Duration.between(now, body.validUntil()).toSeconds()));
        }
        return "public, max-age=" + maxAge + ", stale-while-revalidate=" + STALE_WHILE_REVALIDATE
                + ", stale-if-error=" + STALE_IF_ERROR;
    }

    static boolean acceptsGzip(String acceptEncoding) {
        if (acceptEncoding == null) {
            return false;
        }
        for (String part : acceptEncoding.split(",")) {
            String[] p = part.trim().split(";");
            if (p[0].trim().equalsIgnoreCase("gzip")) {
                return p.length < 2 || !p[1].trim().replace(" ", "").equals("q=0");
            }
        }
        return false;
    }
}
