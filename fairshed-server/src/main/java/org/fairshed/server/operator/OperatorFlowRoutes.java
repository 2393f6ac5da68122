package org.fairshed.server.operator;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.fairshed.common.InputException;
import org.fairshed.common.json.JsonFields;
import org.fairshed.common.json.JsonInput;
import org.fairshed.server.access.AccessRule;
import org.fairshed.server.access.Operator;
import org.fairshed.server.access.OperatorAccess;
import org.fairshed.server.access.RegionScope;
import org.fairshed.server.access.Role;
import org.fairshed.server.http.Json;
import org.fairshed.server.http.Params;
import org.fairshed.server.http.Problem;
import org.fairshed.server.http.Route;
import org.fairshed.server.http.RouteTable;
import org.fairshed.store.model.DayStatus;
import org.fairshed.store.model.Region;

/**
 * The operator flow's routes under {@code /api/v1/operator/} (docs/operator.md): networks, jobs (upload, list, one,
 * its progress as SSE, cancel), drafts (list, one, the diff, approve, publish), emergency mode and the four-eyes policy
 * of a region. Each has its {@link AccessRule}; RESOURCE routes check the job's or draft's regions here.
 */
public final class OperatorFlowRoutes {

    static final String BASE = "/api/v1/operator";
    private static final AccessRule VIEW = AccessRule.of(Role.VIEWER, RegionScope.RESOURCE);
    private static final AccessRule PLAN = AccessRule.of(Role.PLANNER, RegionScope.RESOURCE);
    private static final AccessRule PUBLISH = AccessRule.of(Role.PUBLISHER, RegionScope.RESOURCE);

    private final OperatorFlow flow;
    private final Publishing publishing;

    private OperatorFlowRoutes(OperatorFlow flow) {
        this.flow = flow;
        this.publishing = new Publishing(flow);
    }

    /** Adds the flow's routes to {@code table} (one call in {@code FairshedServer.routes}). */
    public static RouteTable add(RouteTable table, OperatorFlow flow) {
        OperatorFlowRoutes r = new OperatorFlowRoutes(flow);
        String jobs = BASE + "/jobs";
        String drafts = BASE + "/drafts";
        String region = BASE + "/regions/{region}";
        // networks hold no region's data: every operator may list them (RESOURCE: nothing to check)
        return table.add(Route.operator("GET", BASE + "/networks", BASE + "/networks", VIEW, r::networks))
                .add(Route.operator("POST", jobs, jobs, PLAN, r::submit))
                .add(Route.operator("GET", jobs, jobs, VIEW, r::jobs))
                .add(Route.operator("GET", jobs + "/{id}", jobs + "/{id}", VIEW, r::job))
                .add(Route.operator("GET", jobs + "/{id}/events", jobs + "/{id}/events", VIEW, r::jobEvents))
                .add(Route.operator("POST", jobs + "/{id}/cancel", jobs + "/{id}/cancel", PLAN, r::cancel))
                .add(Route.operator("GET", drafts, drafts, VIEW, r::drafts))
                .add(Route.operator("GET", drafts + "/{id}", drafts + "/{id}", VIEW, r::draft))
                .add(Route.operator("GET", drafts + "/{id}/diff", drafts + "/{id}/diff", VIEW, r::diff))
                .add(Route.operator("POST", drafts + "/{id}/approve", drafts + "/{id}/approve", PUBLISH, r::approve))
                .add(Route.operator("POST", drafts + "/{id}/publish", drafts + "/{id}/publish", PUBLISH, r::publish))
                .add(Route.operator("POST", region + "/emergency", region + "/emergency",
                        AccessRule.of(Role.PUBLISHER, RegionScope.PATH_REGION), r::emergency))
                .add(Route.operator("PUT", region + "/policy", region + "/policy",
                        AccessRule.of(Role.ADMINISTRATOR, RegionScope.PATH_REGION), r::policy));
    }

    void networks(Context ctx) {
        List<FlowViews.Network> out = new ArrayList<>();
        for (String name : flow.catalog.names()) {
            out.add(new FlowViews.Network(name, name.equals(NetworkCatalog.DEMO) ? "synthetic" : "case"));
        }
        json(ctx, 200, out);
    }

    void submit(Context ctx) {
        Operator who = Operator.of(ctx);
        String regions = Params.text(ctx, "regions");
        List<String> wanted = regions == null ? List.of() : Arrays.stream(regions.split(",")).map(String::trim)
                .filter(s -> !s.isEmpty()).distinct().toList();
        String budget = ctx.queryParam("budgetSeconds");
        Duration b = budget == null ? null : Duration.ofSeconds(Params.longValue("budgetSeconds", budget, 1,
                flow.parameters.maxBudget().toSeconds()));
        String body = body(ctx);
        long id;
        try {
            id = flow.submit(who, body, wanted, b, OperatorAccess.actor(ctx));
        } catch (InputException e) {
            throw uploadProblem(e);
        }
        ctx.header("Location", BASE + "/jobs/" + id);
        json(ctx, 202, new FlowViews.Accepted(id, FlowJob.QUEUED, BASE + "/jobs/" + id));
    }

    void jobs(Context ctx) {
        Operator who = Operator.of(ctx);
        int limit = Params.integer(ctx, "limit", 1, 200, 50);
        List<FlowViews.Job> out = new ArrayList<>();
        for (FlowJob j : flow.jobs.list(limit)) {
            if (j.coveredBy(who)) {
                out.add(FlowViews.job(j, flow.queue.progress(j.id()).orElse(null)));
            }
        }
        json(ctx, 200, new FlowViews.Jobs(out));
    }

    void job(Context ctx) {
        FlowJob j = job(ctx, Operator.of(ctx));
        json(ctx, 200, FlowViews.job(j, flow.queue.progress(j.id()).orElse(null)));
    }

    /** SSE: {@code progress} events while the job waits or runs (stage, slot k of n), then one {@code end} event. */
    void jobEvents(Context ctx) throws IOException, InterruptedException {
        FlowJob j = job(ctx, Operator.of(ctx));
        ctx.res().setStatus(200);
        ctx.res().setCharacterEncoding("UTF-8");
        ctx.res().setContentType("text/event-stream");
        ctx.res().addHeader("Cache-Control", "no-cache");
        ctx.res().addHeader("X-Accel-Buffering", "no");
        OutputStream out = ctx.res().getOutputStream();
        String last = null;
        long beat = System.nanoTime();
        int n = 0;
        while (true) {
            FlowJob now = flow.jobs.get(j.id()).orElseThrow();
            String data = new String(Json.bytes(FlowViews.job(now, flow.queue.progress(now.id()).orElse(null))),
                    StandardCharsets.UTF_8);
            if (!data.equals(last)) {
                out.write(("id: " + (++n) + "\nevent: " + (now.finished() ? "end" : "progress") + "\ndata: " + data
                        + "\n\n").getBytes(StandardCharsets.UTF_8));
                out.flush();
                last = data;
                beat = System.nanoTime();
            }
            if (now.finished()) {
                return;
            }
            if (System.nanoTime() - beat > 15_000_000_000L) {
                out.write(": keep-alive\n\n".getBytes(StandardCharsets.UTF_8));
                out.flush();
                beat = System.nanoTime();
            }
            flow.queue.await(1_000);
        }
    }

    void cancel(Context ctx) {
        Operator who = Operator.of(ctx);
        FlowJob j = job(ctx, who);
        if (!flow.cancel(who, j, OperatorAccess.actor(ctx))) {
            throw new Problem(409, "job-ended", "The job has ended", "job " + j.id() + " is " + j.status()
                    + "; only a queued or running job can be cancelled", null, Map.of());
        }
        FlowJob now = flow.jobs.get(j.id()).orElseThrow();
        json(ctx, 202, FlowViews.job(now, flow.queue.progress(now.id()).orElse(null)));
    }

    void drafts(Context ctx) {
        Operator who = Operator.of(ctx);
        int limit = Params.integer(ctx, "limit", 1, 200, 50);
        List<FlowViews.Draft> out = new ArrayList<>();
        for (FlowDraft d : flow.drafts.list(limit)) {
            if (d.coveredBy(who)) {
                out.add(FlowViews.draft(d));
            }
        }
        json(ctx, 200, new FlowViews.Drafts(out));
    }

    void draft(Context ctx) {
        json(ctx, 200, FlowViews.draft(draft(ctx, Operator.of(ctx))));
    }

    /** The preview as computed against {@code basedOn}, and whether something was published since ({@code stale}). */
    void diff(Context ctx) {
        json(ctx, 200, flow.diff(draft(ctx, Operator.of(ctx))));
    }

    void approve(Context ctx) {
        Operator who = Operator.of(ctx);
        FlowDraft d = draft(ctx, who);
        publishing.approve(who, d, OperatorAccess.actor(ctx));
        json(ctx, 200, FlowViews.draft(flow.drafts.get(d.id()).orElseThrow()));
    }

    void publish(Context ctx) {
        Operator who = Operator.of(ctx);
        FlowDraft d = draft(ctx, who);
        JsonNode body = object(ctx, List.of("reason", "acknowledgeAcCheck"));
        JsonFields f = new JsonFields("body");
        String reason = JsonFields.absent(body.path("reason")) ? null : f.text(body.get("reason"), "reason");
        boolean acknowledged = !JsonFields.absent(body.path("acknowledgeAcCheck"))
                && f.bool(body.get("acknowledgeAcCheck"), "acknowledgeAcCheck");
        Publishing.Outcome o = publishing.publish(who, d, ctx.header("If-Match"), reason, acknowledged,
                OperatorAccess.actor(ctx));
        if (!o.published()) {
            conflict(ctx, d, o);
            return;
        }
        ctx.header("ETag", o.currentEtag());
        String first = d.regions().get(0);
        ctx.header("Location", "/api/v1/regions/" + first + "/revisions/" + o.revisions().get(first));
        json(ctx, 201, new FlowViews.PublishedNow(d.id(), o.revisions(), o.currentEtag()));
    }

    /** 409 as an RFC 9457 problem with the newer state: {@code current} (revision per region) and {@code etag}. */
    private static void conflict(Context ctx, FlowDraft d, Publishing.Outcome o) {
        Map<String, Object> p = new java.util.LinkedHashMap<>();
        p.put("type", "urn:fairshed:problem:conflict");
        p.put("title", "Something else was published");
        p.put("status", 409);
        p.put("detail", "draft " + d.id() + " was computed against " + d.basedOn() + " " + d.basedOnNumbers()
                + "; published now: " + o.current() + " (" + o.currentEtag() + "). Re-plan, or preview again");
        p.put("instance", ctx.path());
        p.put("requestId", org.fairshed.server.http.RequestIds.of(ctx));
        p.put("current", o.current());
        p.put("etag", o.currentEtag());
        ctx.status(409);
        ctx.header("ETag", o.currentEtag());
        ctx.header("Cache-Control", "no-store");
        ctx.result(Json.bytes(p));
        ctx.contentType("application/problem+json");
    }

    void emergency(Context ctx) {
        Operator who = Operator.of(ctx);
        Region region = region(ctx, who);
        JsonNode body = object(ctx, List.of("message", "days", "emergencyGroups"));
        JsonFields f = new JsonFields("body");
        String message = JsonFields.absent(body.path("message")) ? null : f.text(body.get("message"), "message");
        List<LocalDate> days = new ArrayList<>();
        if (JsonFields.absent(body.path("days"))) {
            days.add(LocalDate.now(flow.clock.withZone(region.zone())));
        } else {
            JsonNode list = f.list(body.get("days"), "days", 31);
            for (int i = 0; i < list.size(); i++) {
                String text = f.text(list.get(i), JsonFields.index("days", i));
                try {
                    days.add(LocalDate.parse(text));
                } catch (java.time.DateTimeException e) {
                    throw f.error(JsonFields.index("days", i), "must be a date like 2026-10-25, got \""
                            + Params.clip(text) + "\"");
                }
            }
        }
        List<String> lists = new ArrayList<>();
        if (!JsonFields.absent(body.path("emergencyGroups"))) {
            JsonNode list = f.list(body.get("emergencyGroups"), "emergencyGroups", 64);
            for (int i = 0; i < list.size(); i++) {
                lists.add(f.text(list.get(i), JsonFields.index("emergencyGroups", i)));
            }
        }
        List<FlowViews.Status> out = new ArrayList<>();
        for (DayStatus s : publishing.emergency(who, region.code(), days, message, lists,
                OperatorAccess.actor(ctx))) {
            out.add(new FlowViews.Status(s.region(), s.day().toString(), s.status().name(), s.message(),
                    s.emergencyGroups(), s.version()));
        }
        json(ctx, 200, new FlowViews.Statuses(out));
    }

    void policy(Context ctx) {
        Operator who = Operator.of(ctx);
        Region region = region(ctx, who);
        JsonNode body = object(ctx, List.of("fourEyes"));
        JsonFields f = new JsonFields("body");
        boolean on = f.bool(f.required(body, "", "fourEyes"), "fourEyes");
        publishing.fourEyes(who, region.code(), on, OperatorAccess.actor(ctx));
        json(ctx, 200, new FlowViews.Policy(region.code(), on));
    }

    private FlowJob job(Context ctx, Operator who) {
        long id = Params.pathLong(ctx, "id", 1, Long.MAX_VALUE);
        FlowJob j = flow.jobs.get(id).orElseThrow(() -> Problem.notFound("id", "there is no job " + id));
        for (String r : j.regions()) {
            who.requireRegion(r, "id");
        }
        return j;
    }

    private FlowDraft draft(Context ctx, Operator who) {
        long id = Params.pathLong(ctx, "id", 1, Long.MAX_VALUE);
        FlowDraft d = flow.drafts.get(id).orElseThrow(() -> Problem.notFound("id", "there is no draft " + id));
        for (String r : d.regions()) {
            who.requireRegion(r, "id");
        }
        return d;
    }

    private Region region(Context ctx, Operator who) {
        String code = ctx.pathParam("region");
        who.requireRegion(code, "region");
        return flow.store.organisation().regions().stream().filter(r -> r.code().equals(code)).findFirst()
                .orElseThrow(() -> Problem.notFound("region", "there is no region '" + Params.clip(code) + "'"));
    }

    /** The body as UTF-8 text, at most the flow's upload limit (413 beyond). */
    private String body(Context ctx) {
        byte[] bytes = ctx.bodyAsBytes();
        if (bytes.length > flow.parameters.maxUploadBytes()) {
            throw new Problem(413, "too-large", "Upload too large", "the upload has " + bytes.length
                    + " bytes; at most " + flow.parameters.maxUploadBytes(), null, Map.of());
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /** A JSON object body with only {@code fields}; an empty body is {@code {}}. */
    private JsonNode object(Context ctx, List<String> fields) {
        String text = body(ctx);
        try {
            JsonNode node = JsonInput.parseObject(text.isBlank() ? "{}" : text, "body", "a JSON object");
            new JsonFields("body").object(node, "", fields);
            return node;
        } catch (InputException e) {
            throw uploadProblem(e);
        }
    }

    /** An input error of an upload as a 400 problem whose {@code field} is the JSON path of the value. */
    static Problem uploadProblem(InputException e) {
        String detail = e.getMessage();
        return new Problem(400, "bad-upload", "The upload is not valid", detail, e.field() == null ? "" : e.field(),
                Map.of());
    }

    private static void json(Context ctx, int status, Object body) {
        ctx.status(status);
        ctx.header("Cache-Control", "no-store");
        ctx.result(Json.bytes(body));
        ctx.contentType("application/json; charset=utf-8");
    }
}
