package org.fairshed.server.http;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.fairshed.common.InputException;

/**
 * The one error mapper: a {@link Problem} as it is, an {@link InputException} as 400 naming the field, Javalin's own
 * HTTP exceptions with their status, an unknown route 404 and a wrong method 405 — all as RFC 9457
 * {@code application/problem+json}. Anything else is a 500 problem that carries only the request id; the exception is
 * logged under that id, never sent.
 */
public final class ErrorMapper {

    private static final Logger LOG = Logger.getLogger(ErrorMapper.class.getName());
    private static final String WRITTEN = "fairshed.problem";

    private ErrorMapper() {
    }

    public static void install(JavalinConfig config) {
        config.routes.exception(Problem.class, (e, ctx) -> write(ctx, e));
        config.routes.exception(InputException.class, (e, ctx) -> write(ctx, new Problem(400, "bad-parameter",
                "A request parameter is not valid", e.detail(), e.field(), Map.of())));
        config.routes.exception(HttpResponseException.class, (e, ctx) -> write(ctx, fromStatus(e.getStatus(),
                e.getMessage())));
        config.routes.exception(Exception.class, (e, ctx) -> {
            LOG.log(Level.SEVERE, "request " + RequestIds.of(ctx) + " " + ctx.method() + " " + ctx.path() + " failed", e);
            write(ctx, new Problem(500, "internal", "Internal server error", "the server failed to answer; the "
                    + "failure is logged under the request id", null, Map.of()));
        });
        config.routes.error(404, ctx -> {
            if (ctx.attribute(WRITTEN) == null) {
                write(ctx, new Problem(404, "not-found", "Not found", "no resource at " + ctx.path(), null, Map.of()));
            }
        });
        config.routes.error(405, ctx -> write(ctx, new Problem(405, "method-not-allowed", "Method not allowed",
                ctx.method() + " is not allowed on " + ctx.path() + "; this API is read-only there", null, Map.of())));
    }

    private static Problem fromStatus(int status, String message) {
        String detail = message == null || message.isBlank() ? "HTTP " + status : message;
        return switch (status) {
            case 413 -> new Problem(413, "too-large", "Request too large", detail, null, Map.of());
            case 404 -> new Problem(404, "not-found", "Not found", detail, null, Map.of());
            case 405 -> new Problem(405, "method-not-allowed", "Method not allowed", detail, null, Map.of());
            default -> new Problem(status, status < 500 ? "bad-request" : "internal",
                    status < 500 ? "Bad request" : "Internal server error", status < 500 ? detail
                    : "the server failed to answer; the failure is logged under the request id", null, Map.of());
        };
    }

    /** Writes {@code p} as the response (any body already set is replaced). */
    public static void write(Context ctx, Problem p) {
        if (loginRedirect(ctx, p)) {
            return;
        }
        ProblemBody body = new ProblemBody(ProblemBody.TYPE_PREFIX + p.type(), p.title(), p.status(), p.getMessage(),
                ctx.path(), p.field(), RequestIds.of(ctx));
        ctx.attribute(WRITTEN, Boolean.TRUE);
        ctx.status(p.status());
        p.headers().forEach(ctx::header);
        ctx.header("Cache-Control", "no-store");
        ctx.result(Json.bytes(body));
        ctx.contentType(ProblemBody.MEDIA_TYPE);
    }

    /**
     * A browser (it asks for HTML) that reads a dashboard page under {@code /operator/} without a live session is sent
     * to the login page with the page to come back to (303); API clients and the route-rule test, which do not ask
     * for HTML, keep the 401.
     */
    private static boolean loginRedirect(Context ctx, Problem p) {
        String accept = ctx.header("Accept");
        String method = ctx.method().name();
        if (p.status() != 401 || accept == null || !accept.contains("text/html") || !ctx.path().startsWith("/operator")
                || !(method.equals("GET") || method.equals("HEAD"))) {
            return false;
        }
        ctx.attribute(WRITTEN, Boolean.TRUE);
        ctx.status(303);
        ctx.header("Cache-Control", "no-store");
        ctx.header("Location", "/login?next=" + java.net.URLEncoder.encode(ctx.path(),
                java.nio.charset.StandardCharsets.UTF_8) + (ctx.queryParam("lang") == null ? ""
                : "&lang=" + ("en".equals(ctx.queryParam("lang")) ? "en" : "uk")));
        ctx.result("");
        return true;
    }

    /** Says that a handler wrote its own error body (a page's HTML 404), which the 404 mapper must leave alone. */
    public static void markWritten(io.javalin.http.Context ctx) {
        ctx.attribute(WRITTEN, Boolean.TRUE);
    }
}
