package org.fairshed.server.access.api;

import io.javalin.http.Context;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.fairshed.server.access.AccessRule;
import org.fairshed.server.access.AccessService;
import org.fairshed.server.access.IssuedToken;
import org.fairshed.server.access.LoginResult;
import org.fairshed.server.access.NewAccount;
import org.fairshed.server.access.Operator;
import org.fairshed.server.access.OperatorAccess;
import org.fairshed.server.access.RegionScope;
import org.fairshed.server.access.Role;
import org.fairshed.server.access.SessionGrant;
import org.fairshed.server.http.Json;
import org.fairshed.server.http.Params;
import org.fairshed.server.http.Route;
import org.fairshed.server.http.RouteTable;
import org.fairshed.store.access.Account;

/**
 * The access routes: log in ({@code POST /api/v1/session}, the one public write), who am I and log out, and the
 * administration of accounts and tokens, and the audit log. Every answer is {@code Cache-Control: no-store}.
 */
public final class AccessRoutes {

    public static final String LOGIN = "/api/v1/session";
    private static final String OP = "/api/v1/operator";
    private static final AccessRule ANY = AccessRule.of(Role.VIEWER, RegionScope.RESOURCE);
    private static final AccessRule ADMIN = AccessRule.of(Role.ADMINISTRATOR, RegionScope.RESOURCE);

    private final OperatorAccess access;
    private final AccessService service;

    private AccessRoutes(OperatorAccess access) {
        this.access = access;
        this.service = access.service();
    }

    /** Adds the access routes to {@code table}, served by {@code access}'s service. */
    public static void add(RouteTable table, OperatorAccess access) {
        AccessRoutes r = new AccessRoutes(access);
        table.add(new Route("POST", LOGIN, Route.Access.PUBLIC, LOGIN, r::login))
                .add(Route.operator("GET", OP + "/session", OP + "/session", ANY, r::whoAmI))
                .add(Route.operator("DELETE", OP + "/session", OP + "/session", ANY, r::logout))
                .add(Route.operator("POST", OP + "/session/password", OP + "/session/password", ANY, r::password))
                .add(Route.operator("GET", OP + "/accounts", OP + "/accounts", ADMIN, r::accounts))
                .add(Route.operator("POST", OP + "/accounts", OP + "/accounts", ADMIN, r::addAccount))
                .add(Route.operator("POST", OP + "/accounts/{name}/disable", OP + "/accounts/{name}/disable", ADMIN,
                        r::disable))
                .add(Route.operator("GET", OP + "/tokens", OP + "/tokens", ANY, r::tokens))
                .add(Route.operator("POST", OP + "/tokens", OP + "/tokens", ANY, r::issue))
                .add(Route.operator("DELETE", OP + "/tokens/{id}", OP + "/tokens/{id}", ANY, r::revoke))
                .add(Route.operator("GET", OP + "/audit", OP + "/audit", ANY, r::audit))
                .add(Route.operator("GET", OP + "/regions/{region}/audit", OP + "/regions/{region}/audit",
                        AccessRule.of(Role.VIEWER, RegionScope.PATH_REGION), r::regionAudit));
    }

    private void login(Context ctx) {
        JsonBody b = JsonBody.of(ctx, Set.of("name", "password"));
        LoginResult r = service.login(b.text("name", true, 64), b.text("password", true, 1024), access.clientIp(ctx));
        long maxAge = service.parameters().sessionAbsolute().toSeconds();
        ctx.header("Set-Cookie", cookie(r.sessionId(), maxAge));
        Operator o = r.operator();
        send(ctx, 201, new AccessDtos.SessionDto(o.name(), lower(o.role()), o.region(), o.via(), r.csrfToken(),
                r.expiresAt().toString()));
    }

    private void whoAmI(Context ctx) {
        Operator o = Operator.of(ctx);
        var grant = session(ctx);
        send(ctx, 200, new AccessDtos.SessionDto(o.name(), lower(o.role()), o.region(), o.via(),
                grant == null ? null : grant.csrfToken(), grant == null ? null : grant.session().expiresAt().toString()));
    }

    private void logout(Context ctx) {
        SessionGrant grant = session(ctx);
        if (grant != null) {
            service.logout(grant, access.clientIp(ctx));
            ctx.header("Set-Cookie", cookie("", 0));
        }
        ctx.header("Cache-Control", "no-store");
        ctx.status(204);
    }

    private void password(Context ctx) {
        JsonBody b = JsonBody.of(ctx, Set.of("current", "password"));
        service.changePassword(Operator.of(ctx), b.text("current", true, 1024), b.text("password", true, 1024),
                access.clientIp(ctx));
        if (session(ctx) != null) {
            ctx.header("Set-Cookie", cookie("", 0));
        }
        ctx.header("Cache-Control", "no-store");
        ctx.status(204);
    }

    private void accounts(Context ctx) {
        send(ctx, 200, new AccessDtos.AccountsDto(service.accounts(Operator.of(ctx)).stream()
                .map(AccessDtos.AccountDto::of).toList()));
    }

    private void addAccount(Context ctx) {
        JsonBody b = JsonBody.of(ctx, Set.of("name", "role", "region", "password"));
        Operator o = Operator.of(ctx);
        NewAccount a = service.addAccount(b.text("name", true, 64), b.role("role", true), b.text("region", false, 64),
                b.text("password", false, 1024), OperatorAccess.actor(ctx), o);
        ctx.header("Location", OP + "/accounts/" + a.account().name());
        send(ctx, 201, new AccessDtos.NewAccountDto(AccessDtos.AccountDto.of(a.account()), a.generatedPassword()));
    }

    private void disable(Context ctx) {
        Account a = service.disable(ctx.pathParam("name"), OperatorAccess.actor(ctx), Operator.of(ctx));
        send(ctx, 200, AccessDtos.AccountDto.of(a));
    }

    private void tokens(Context ctx) {
        Instant now = service.parameters().clock().instant();
        send(ctx, 200, new AccessDtos.TokensDto(service.tokens(Operator.of(ctx)).stream()
                .map(t -> AccessDtos.TokenDto.of(t, now)).toList()));
    }

    private void issue(Context ctx) {
        JsonBody b = JsonBody.of(ctx, Set.of("account", "role", "region", "expiresInDays", "label"));
        Operator o = Operator.of(ctx);
        String account = b.text("account", false, 64);
        Role role = b.role("role", false);
        IssuedToken t = service.issueToken(account == null ? o.name() : account, role,
                b.text("region", false, 64), b.integer("expiresInDays"), b.text("label", false, 200),
                OperatorAccess.actor(ctx), o);
        ctx.header("Location", OP + "/tokens/" + t.token().prefix());
        send(ctx, 201, AccessDtos.IssuedTokenDto.of(t, service.parameters().clock().instant()));
    }

    private void revoke(Context ctx) {
        service.revokeToken(ctx.pathParam("id"), OperatorAccess.actor(ctx), Operator.of(ctx));
        ctx.header("Cache-Control", "no-store");
        ctx.status(204);
    }

    private void audit(Context ctx) {
        Operator o = Operator.of(ctx);
        String region = Params.text(ctx, "region");
        if (region != null) {
            o.requireRegion(region, "region");
        } else if (!o.national()) {
            region = o.region();
        }
        auditPage(ctx, region);
    }

    private void regionAudit(Context ctx) {
        auditPage(ctx, ctx.pathParam("region"));
    }

    private void auditPage(Context ctx, String region) {
        int limit = Params.integer(ctx, "limit", 1, 500, 50);
        long before = ctx.queryParam("before") == null ? Long.MAX_VALUE
                : Params.integer(ctx, "before", 1, Integer.MAX_VALUE, Integer.MAX_VALUE);
        List<AccessDtos.AuditDto> entries = service.audit().query(region, before, limit).stream()
                .map(AccessDtos.AuditDto::of).toList();
        Long next = entries.size() == limit ? entries.get(entries.size() - 1).id() : null;
        send(ctx, 200, new AccessDtos.AuditPageDto(entries, next));
    }

    private String cookie(String value, long maxAge) {
        return service.parameters().cookieName() + "=" + value + "; Path=/; Max-Age=" + maxAge
                + "; HttpOnly; SameSite=Strict" + (service.parameters().secureCookies() ? "; Secure" : "");
    }

    private static SessionGrant session(Context ctx) {
        return OperatorAccess.session(ctx).orElse(null);
    }

    private static void send(Context ctx, int status, Object body) {
        ctx.status(status);
        ctx.header("Cache-Control", "no-store");
        ctx.contentType("application/json");
        ctx.result(Json.bytes(body));
    }

    private static String lower(Role r) {
        return r.name().toLowerCase(java.util.Locale.ROOT);
    }
}
