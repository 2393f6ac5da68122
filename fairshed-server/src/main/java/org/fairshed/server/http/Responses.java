package org.fairshed.server.http;

import io.javalin.http.Context;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
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

    /**
     * Sets the headers of {@code body} and gives Javalin its bytes as the result (or answers 304): the handler may
     * still change headers afterwards (the pages add their own {@code Vary}).
     */
    public static void send(Context ctx, CachedBody body, Clock clock) {
        byte[] bytes = prepare(ctx, body, clock);
        if (bytes != null) {
            ctx.result(bytes);
        }
    }

    /**
     * As {@link #send}, but writes the bytes to the servlet response at once, with their length — the last thing a
     * handler does (the response is committed). Skips Javalin's result stream, whose compression check read the
     * request and response headers again on every response (8 % of a cached schedule's CPU).
     */
    public static void write(Context ctx, CachedBody body, Clock clock) {
        byte[] bytes = prepare(ctx, body, clock);
        if (bytes == null) {
            return;
        }
        HttpServletResponse res = ctx.res();
        res.setContentLength(bytes.length);
        try {
            res.getOutputStream().write(bytes);
        } catch (IOException e) {
            // the client went away while its body was written (Javalin's own write treats this as a client abort):
            // nothing is left to answer, and it is no server failure to log as a 500
            return;
        }
    }

    /** The caching headers, then 304 (null: no body) or the content type and encoding and the bytes to send. */
    private static byte[] prepare(Context ctx, CachedBody body, Clock clock) {
        boolean gzip = body.gzip() != null && acceptsGzip(ctx.header("Accept-Encoding"));
        String etag = gzip ? ETags.gzip(body.etag()) : body.etag();
        ctx.header("ETag", etag);
        ctx.header("Cache-Control", cacheControl(body, clock.instant()));
        ctx.header("Vary", "Accept-Encoding");
        if (ETags.matches(ctx.header("If-None-Match"), body.etag())) {
            ctx.status(304);
            return null;
        }
        ctx.contentType(body.contentType());
        if (gzip) {
            ctx.header("Content-Encoding", "gzip");
            return body.gzip();
        }
        return body.bytes();
    }

    /**
     * Sends a body made for this response alone (not kept in the {@link BodyCache}): the same headers and 304 as
     * {@link #write}, compressed only when the client takes gzip.
     */
    public static void sendOnce(Context ctx, String etag, byte[] bytes, String contentType, int maxAge, Clock clock) {
        write(ctx, CachedBody.forOneResponse(etag, bytes, contentType, maxAge, null,
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
