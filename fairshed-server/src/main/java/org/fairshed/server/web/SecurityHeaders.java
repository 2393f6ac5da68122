package org.fairshed.server.web;

import io.javalin.http.Context;
import java.time.Instant;

/**
 * Headers of every page and asset: a strict Content-Security-Policy (scripts, styles and connections from this
 * origin only, no inline script or style, no framing, no plugins), nosniff, no referrer, no powerful features; and
 * the server's clock ({@code Server-Timing: clock;desc=<epoch ms>}), from which the page's countdown reads "now" so
 * that it agrees with the server (and a phone with a wrong clock still counts right).
 */
public final class SecurityHeaders {

    static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "connect-src 'self'; worker-src 'self'; manifest-src 'self'; form-action 'self'; base-uri 'none'; "
            + "frame-ancestors 'none'";

    private SecurityHeaders() {
    }

    public static void apply(Context ctx) {
        ctx.header("Content-Security-Policy", CSP);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Permissions-Policy", "geolocation=(), camera=(), microphone=()");
        ctx.header("Cross-Origin-Opener-Policy", "same-origin");
    }

    static void clock(Context ctx, Instant now) {
        ctx.header("Server-Timing", "clock;desc=\"" + now.toEpochMilli() + "\"");
    }
}
