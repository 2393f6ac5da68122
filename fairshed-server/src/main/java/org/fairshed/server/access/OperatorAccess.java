package org.fairshed.server.access;

import io.javalin.http.Context;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.fairshed.server.http.AccessHook;
import org.fairshed.server.http.Problem;
import org.fairshed.server.http.Route;
import org.fairshed.store.Store;
import org.fairshed.store.access.Actor;

/**
 * The access hook of a real server ({@code serve} installs it): a public route passes; an operator route needs
 * {@code Authorization: Bearer TOKEN} or the session cookie — and with the cookie, for every method but GET and HEAD,
 * the session's CSRF token in {@code X-CSRF-Token} — and then the route's {@link AccessRule}: the role, and for
 * {@link RegionScope#NATIONAL} a national account, for {@link RegionScope#PATH_REGION} one that covers the path's
 * {@code {region}}. It answers 401 with {@code WWW-Authenticate: Bearer} or 403, and puts the {@link Operator} on the
 * request. A request with a Bearer header is judged by its token alone (the cookie is ignored, so no CSRF applies).
 */
public final class OperatorAccess implements AccessHook {

    public static final String CSRF_HEADER = "X-CSRF-Token";
    static final String SESSION_ATTRIBUTE = "fairshed.session";
    private static final String IP_ATTRIBUTE = "fairshed.clientIp";

    private final AccessService service;

    public OperatorAccess(AccessService service) {
        this.service = service;
    }

    public static OperatorAccess of(Store store, AccessParameters parameters) {
        return new OperatorAccess(AccessService.of(store, parameters));
    }

    /**
     * The access the server's own routes (login, accounts, tokens) use: the installed hook when it is an
     * OperatorAccess, else one over the same store with the default parameters on the server's clock (a server whose
     * tests put operators on requests by other means still serves these routes).
     */
    public static OperatorAccess serving(org.fairshed.server.ServerParameters p) {
        return p.accessHook() instanceof OperatorAccess installed ? installed
                : of(p.store(), AccessParameters.defaults().withClock(p.clock()));
    }

    public AccessService service() {
        return service;
    }

    @Override
    public void check(Context ctx, Route route) {
        if (route.access() == Route.Access.PUBLIC) {
            return;
        }
        Operator operator = authenticate(ctx);
        enforce(route.rule(), operator, ctx);
        ctx.attribute(Operator.ATTRIBUTE, operator);
    }

    private Operator authenticate(Context ctx) {
        String ip = clientIp(ctx);
        String authorization = ctx.header("Authorization");
        if (authorization != null) {
            if (!authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
                throw unauthorized("invalid_request", "only Authorization: Bearer TOKEN is accepted");
            }
            return service.bearer(authorization.substring(7).strip(), ip).orElseThrow(() -> unauthorized(
                    "invalid_token", "the token is not valid: unknown, expired or revoked, or its account is disabled"));
        }
        String cookie = ctx.cookie(service.parameters().cookieName());
        if (cookie == null) {
            throw unauthorized(null, "this route needs an operator's token (Authorization: Bearer TOKEN) or a session");
        }
        SessionGrant grant = service.session(cookie, ip).orElseThrow(() -> unauthorized(null,
                "the session has ended (logout, timeout or a disabled account); log in again"));
        String method = ctx.method().name().toUpperCase(Locale.ROOT);
        if (!method.equals("GET") && !method.equals("HEAD") && !Secrets.same(ctx.header(CSRF_HEADER), grant.csrfToken())) {
            throw new Problem(403, "csrf", "CSRF token missing or wrong", "a request with the session cookie that "
                    + "changes something must carry the session's CSRF token in " + CSRF_HEADER, CSRF_HEADER, Map.of());
        }
        ctx.attribute(SESSION_ATTRIBUTE, grant);
        return grant.operator();
    }

    /** The route's rule for {@code operator}: 403 for a role below it or a region outside the operator's. */
    static void enforce(AccessRule rule, Operator operator, Context ctx) {
        operator.requireRole(rule.minRole());
        switch (rule.scope()) {
            case NATIONAL -> {
                if (!operator.national()) {
                    throw new Problem(403, "forbidden", "National accounts only", "this route is for national "
                            + "accounts; this one is scoped to region " + operator.region(), null, Map.of());
                }
            }
            case PATH_REGION -> operator.requireRegion(ctx.pathParam("region"), "region");
            case RESOURCE -> {
                // the handler checks the resource's region (Operator.requireRegion / covers)
            }
        }
    }

    /** The session the cookie named, on a request the hook admitted with one. */
    public static Optional<SessionGrant> session(Context ctx) {
        return Optional.ofNullable(ctx.attribute(SESSION_ATTRIBUTE));
    }

    /** The client's address: the socket's, or the first {@code X-Forwarded-For} hop when configured to trust it. */
    public String clientIp(Context ctx) {
        String known = ctx.attribute(IP_ATTRIBUTE);
        if (known != null) {
            return known;
        }
        String ip = ctx.ip();
        if (service.parameters().trustForwardedFor()) {
            String forwarded = ctx.header("X-Forwarded-For");
            if (forwarded != null && !forwarded.isBlank()) {
                ip = forwarded.split(",")[0].strip();
            }
        }
        ip = ip.length() > 64 ? ip.substring(0, 64) : ip;
        ctx.attribute(IP_ATTRIBUTE, ip);
        return ip;
    }

    /** Who the audit log names for a request the hook admitted: the operator, its way in and its address. */
    public static Actor actor(Context ctx) {
        Operator o = Operator.of(ctx);
        String ip = ctx.attribute(IP_ATTRIBUTE);
        return new Actor(o.name(), o.id(), o.via(), ip != null ? ip : ctx.ip());
    }

    private static Problem unauthorized(String error, String detail) {
        String challenge = "Bearer realm=\"fairshed\"" + (error == null ? "" : ", error=\"" + error + "\"");
        return new Problem(401, "unauthorized", "Credentials required", detail, null,
                Map.of("WWW-Authenticate", challenge));
    }
}
