package org.fairshed.server.notify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.fairshed.common.InputException;
import org.fairshed.notify.Notifier;
import org.fairshed.notify.push.CreatedPushSubscription;
import org.fairshed.notify.push.NewPushSubscription;
import org.fairshed.notify.push.PushRepository;
import org.fairshed.notify.webhook.CreatedWebhook;
import org.fairshed.notify.webhook.NewWebhook;
import org.fairshed.notify.webhook.WebhookRepository;
import org.fairshed.notify.webhook.WebhookSubscription;
import org.fairshed.server.access.AccessRule;
import org.fairshed.server.access.Operator;
import org.fairshed.server.access.OperatorAccess;
import org.fairshed.server.access.RegionScope;
import org.fairshed.server.access.Role;
import org.fairshed.server.http.Json;
import org.fairshed.server.http.Problem;
import org.fairshed.server.http.RateLimiter;
import org.fairshed.server.http.Route;
import org.fairshed.server.http.RouteTable;
import org.fairshed.store.Store;

/**
 * The notification routes (docs/notify.md), thin over {@link Notifier}:
 * <ul>
 *   <li>operator, ADMINISTRATOR, RESOURCE-scoped: {@code POST/GET /api/v1/operator/webhooks},
 *   {@code GET/DELETE /api/v1/operator/webhooks/{id}} — a regional administrator sees and manages only webhooks
 *   whose every region (named, through a group or an address) is theirs, and only a national one may make a webhook
 *   without filters (every region);</li>
 *   <li>public, rate-limited per client like search: {@code GET /api/v1/push/key},
 *   {@code POST /api/v1/push/subscriptions}, {@code DELETE /api/v1/push/subscriptions/{id}} with
 *   {@code X-Manage-Token}; {@code GET /cap/{region}.xml} and {@code GET /cap/{region}/revisions/{n}.xml}.</li>
 * </ul>
 */
public final class NotifyRoutes {

    public static final AccessRule WEBHOOK_RULE = AccessRule.of(Role.ADMINISTRATOR, RegionScope.RESOURCE);
    private static final String CAP = "application/cap+xml; charset=utf-8";

    private final Notifier notifier;
    private final Store store;
    private final Clock clock;
    private final RateLimiter limiter;

    private NotifyRoutes(Notifier notifier, Store store, Clock clock, RateLimiter limiter) {
        this.notifier = notifier;
        this.store = store;
        this.clock = clock;
        this.limiter = limiter;
    }

    /** Adds the notification routes to {@code table}; nothing when notifications are off. */
    public static void add(RouteTable table, Notifier notifier, Store store, Clock clock, RateLimiter limiter) {
        if (notifier == null) {
            return;
        }
        NotifyRoutes n = new NotifyRoutes(notifier, store, clock, limiter);
        String w = "/api/v1/operator/webhooks";
        table.add(Route.operator("POST", w, w, WEBHOOK_RULE, n::createWebhook))
                .add(Route.operator("GET", w, w, WEBHOOK_RULE, n::listWebhooks))
                .add(Route.operator("GET", w + "/{id}", w + "/{id}", WEBHOOK_RULE, n::getWebhook))
                .add(Route.operator("DELETE", w + "/{id}", w + "/{id}", WEBHOOK_RULE, n::deleteWebhook))
                .get("/api/v1/push/key", "/api/v1/push/key", n::pushKey)
                .add(new Route("POST", "/api/v1/push/subscriptions", Route.Access.PUBLIC, "/api/v1/push/subscriptions",
                        n::subscribe))
                .add(new Route("DELETE", "/api/v1/push/subscriptions/{id}", Route.Access.PUBLIC,
                        "/api/v1/push/subscriptions/{id}", n::unsubscribe))
                .get("/cap/{region}/revisions/{file}", "/cap/{region}/revisions/{number}.xml", n::capRevision)
                .get("/cap/{file}", "/cap/{region}.xml", n::capCurrent);
    }

    private void createWebhook(Context ctx) {
        Operator op = Operator.of(ctx);
        JsonNode body = body(ctx, WebhookRepository.SOURCE);
        NewWebhook w = new NewWebhook(text(body, "url"), strings(body, "regions"), strings(body, "groups"),
                longs(body, "addresses"), ints(body, "warnMinutes"));
        requireCovers(op, w.regions(), w.groups(), w.addressIds());
        CreatedWebhook created = notifier.webhooks().create(w, OperatorAccess.actor(ctx));
        ObjectNode out = webhook(created.subscription());
        out.put("secret", created.secret());
        ctx.status(201).header("Cache-Control", "no-store").contentType("application/json")
                .result(out.toString());
    }

    private void listWebhooks(Context ctx) {
        Operator op = Operator.of(ctx);
        ArrayNode out = Json.mapper().createArrayNode();
        for (WebhookSubscription s : notifier.webhooks().list()) {
            if (covers(op, s)) {
                out.add(webhook(s));
            }
        }
        ctx.header("Cache-Control", "no-store").contentType("application/json").result(out.toString());
    }

    private void getWebhook(Context ctx) {
        Operator op = Operator.of(ctx);
        WebhookSubscription s = notifier.webhooks().get(ctx.pathParam("id")).filter(x -> covers(op, x))
                .orElseThrow(() -> Problem.notFound("id", "no webhook " + ctx.pathParam("id")));
        ctx.header("Cache-Control", "no-store").contentType("application/json").result(webhook(s).toString());
    }

    private void deleteWebhook(Context ctx) {
        Operator op = Operator.of(ctx);
        String id = ctx.pathParam("id");
        WebhookSubscription s = notifier.webhooks().get(id).orElseThrow(() -> Problem.notFound("id", "no webhook " + id));
        if (!covers(op, s)) {
            throw new Problem(403, "forbidden", "Not allowed in this region", "the webhook concerns regions "
                    + s.namedRegions() + " beyond this account's region " + op.region(), "id", Map.of());
        }
        notifier.webhooks().delete(id, OperatorAccess.actor(ctx));
        ctx.status(204);
    }

    private void pushKey(Context ctx) {
        ctx.header("Cache-Control", "public, max-age=3600").contentType("application/json")
                .result("{\"publicKey\":\"" + notifier.vapid().publicKey() + "\"}");
    }

    private void subscribe(Context ctx) {
        limiter.acquire(ctx.ip());
        JsonNode body = body(ctx, PushRepository.SOURCE);
        JsonNode sub = body.path("subscription");
        Long address = body.hasNonNull("addressId") ? longValue(body.get("addressId"), "addressId") : null;
        CreatedPushSubscription created = notifier.push().create(new NewPushSubscription(text(sub, "endpoint"),
                text(sub.path("keys"), "p256dh"), text(sub.path("keys"), "auth"), address, text(body, "region"),
                text(body, "group"), ints(body, "warnMinutes"), text(body, "lang")));
        ObjectNode out = Json.mapper().createObjectNode();
        out.put("id", created.subscription().id());
        out.put("manageToken", created.manageToken());
        out.put("region", created.subscription().region());
        ArrayNode groups = out.putArray("groups");
        created.subscription().groups().forEach(groups::add);
        ctx.status(201).header("Cache-Control", "no-store").contentType("application/json").result(out.toString());
    }

    private void unsubscribe(Context ctx) {
        limiter.acquire(ctx.ip());
        if (!notifier.push().delete(ctx.pathParam("id"), ctx.header("X-Manage-Token"))) {
            throw Problem.notFound("id", "no push subscription " + ctx.pathParam("id") + " with this manage token");
        }
        ctx.status(204);
    }

    private void capCurrent(Context ctx) {
        String file = ctx.pathParam("file");
        if (!file.endsWith(".xml")) {
            throw Problem.notFound("region", "CAP alerts are at /cap/{region}.xml");
        }
        String region = file.substring(0, file.length() - 4);
        String xml = notifier.cap().current(region, clock.instant()).orElseThrow(() -> Problem.notFound("region",
                "no alert for region " + region));
        ctx.header("Cache-Control", "public, max-age=60").contentType(CAP).result(xml);
    }

    private void capRevision(Context ctx) {
        String file = ctx.pathParam("file");
        int number;
        try {
            number = Integer.parseInt(file.endsWith(".xml") ? file.substring(0, file.length() - 4) : "x");
        } catch (NumberFormatException e) {
            throw Problem.notFound("number", "CAP alerts of revisions are at /cap/{region}/revisions/{number}.xml");
        }
        String xml = notifier.cap().ofRevision(ctx.pathParam("region"), number, clock.instant())
                .orElseThrow(() -> Problem.notFound("number", "no revision " + number + " of region "
                        + ctx.pathParam("region")));
        ctx.header("Cache-Control", "public, max-age=31536000, immutable").contentType(CAP).result(xml);
    }

    private boolean covers(Operator op, WebhookSubscription s) {
        if (op.national()) {
            return true;
        }
        if (s.isNational()) {
            return false;
        }
        for (String r : s.namedRegions()) {
            if (!op.covers(r)) {
                return false;
            }
        }
        for (Long a : s.addressIds()) {
            if (store.registry().address(a).map(x -> !op.covers(x.region())).orElse(false)) {
                return false;
            }
        }
        return true;
    }

    private void requireCovers(Operator op, List<String> regions, List<String> groups, List<Long> addresses) {
        if (op.national()) {
            return;
        }
        if (regions.isEmpty() && groups.isEmpty() && addresses.isEmpty()) {
            throw new Problem(403, "forbidden", "Not allowed in this region", "a webhook without filters gets every "
                    + "region; this account is scoped to region " + op.region() + ": name it in regions", "regions",
                    Map.of());
        }
        for (int i = 0; i < regions.size(); i++) {
            op.requireRegion(regions.get(i), "regions[" + i + "]");
        }
        for (int i = 0; i < groups.size(); i++) {
            String g = groups.get(i);
            op.requireRegion(g.contains("/") ? g.substring(0, g.indexOf('/')) : g, "groups[" + i + "]");
        }
        for (int i = 0; i < addresses.size(); i++) {
            int at = i;
            store.registry().address(addresses.get(i)).ifPresent(a -> op.requireRegion(a.region(), "addresses[" + at
                    + "]"));
        }
    }

    private static ObjectNode webhook(WebhookSubscription s) {
        ObjectNode n = Json.mapper().createObjectNode();
        n.put("id", s.id());
        n.put("url", s.url());
        s.regions().forEach(n.putArray("regions")::add);
        s.groups().forEach(n.putArray("groups")::add);
        s.addressIds().forEach(n.putArray("addresses")::add);
        s.warnMinutes().forEach(n.putArray("warnMinutes")::add);
        n.put("createdAt", s.createdAt().toString());
        n.put("createdBy", s.createdBy());
        n.put("disabledAt", s.disabledAt() == null ? null : s.disabledAt().toString());
        n.put("disabledReason", s.disabledReason());
        return n;
    }

    private static JsonNode body(Context ctx, String source) {
        JsonNode n;
        try {
            n = Json.mapper().readTree(ctx.bodyAsBytes());
        } catch (java.io.IOException e) {
            throw InputException.atField(source, "$", "the body is not JSON");
        }
        if (n == null || !n.isObject()) {
            throw InputException.atField(source, "$", "the body must be a JSON object");
        }
        return n;
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isTextual()) {
            throw InputException.atField("request", field, "must be a string");
        }
        return v.asText();
    }

    private static List<String> strings(JsonNode n, String field) {
        List<String> out = new ArrayList<>();
        for (JsonNode v : array(n, field)) {
            if (!v.isTextual()) {
                throw InputException.atField("request", field + "[" + out.size() + "]", "must be a string");
            }
            out.add(v.asText());
        }
        return out;
    }

    private static List<Long> longs(JsonNode n, String field) {
        List<Long> out = new ArrayList<>();
        for (JsonNode v : array(n, field)) {
            out.add(longValue(v, field + "[" + out.size() + "]"));
        }
        return out;
    }

    private static List<Integer> ints(JsonNode n, String field) {
        List<Integer> out = new ArrayList<>();
        for (JsonNode v : array(n, field)) {
            if (!v.canConvertToInt() || !v.isIntegralNumber()) {
                throw InputException.atField("request", field + "[" + out.size() + "]", "must be an integer");
            }
            out.add(v.asInt());
        }
        return out;
    }

    private static long longValue(JsonNode v, String field) {
        if (!v.isIntegralNumber() || !v.canConvertToLong()) {
            throw InputException.atField("request", field, "must be an integer");
        }
        return v.asLong();
    }

    private static List<JsonNode> array(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            return List.of();
        }
        if (!v.isArray() || v.size() > WebhookRepository.MAX_FILTERS) {
            throw InputException.atField("request", field, "must be an array of at most "
                    + WebhookRepository.MAX_FILTERS);
        }
        List<JsonNode> out = new ArrayList<>();
        v.forEach(out::add);
        return out;
    }
}
