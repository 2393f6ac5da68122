package org.fairshed.server.web.operator;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fairshed.server.access.Operator;
import org.fairshed.server.access.OperatorAccess;
import org.fairshed.server.access.Role;
import org.fairshed.server.access.SessionGrant;
import org.fairshed.server.api.ApiContext;
import org.fairshed.server.http.Params;
import org.fairshed.server.http.Problem;
import org.fairshed.server.operator.FlowDraft;
import org.fairshed.server.operator.FlowJob;
import org.fairshed.server.operator.OperatorFlow;
import org.fairshed.server.state.RegionState;
import org.fairshed.server.web.Lang;
import org.fairshed.store.model.AuditEntry;

/**
 * The operator dashboard's pages (docs/dashboard.md): the overview ({@code /operator/}), a draft's preview
 * ({@code /operator/drafts/{id}}), a region ({@code /operator/regions/{region}}) and the login page ({@code /login}).
 * Rendered on the server from the store and the flow's tables; every change goes through the operator API from the
 * page's script with the session's CSRF token. A regional account sees its own region only.
 */
final class Dashboard {

    static final String HTML = "text/html; charset=utf-8";
    /** How many of a region's newest revisions the audit log's numbers are looked up in. */
    private static final int AUDIT_REVISIONS = 500;
    private final ApiContext api;
    private final DashAssets assets;
    private final OperatorFlow flow;
    private final DashBuilder builder;
    private final TemplateEngine engine = TemplateEngine.createPrecompiled(ContentType.Html);

    Dashboard(ApiContext api, DashAssets assets, OperatorFlow flow) {
        this.api = api;
        this.assets = assets;
        this.flow = flow;
        this.builder = new DashBuilder(api.store());
    }

    void login(Context ctx) {
        DashText t = new DashText(Lang.of(ctx));
        String next = ctx.queryParam("next");
        next = next != null && next.matches("/operator(/[A-Za-z0-9/_.-]*)?") ? next : "/operator/";
        send(ctx, "operator/login.jte", new DashModel.Login(t, t.t("login.title"), assets.css(), assets.js(), next,
                "/login?lang=" + t.lang().other().code() + "&next=" + next));
    }

    void overview(Context ctx) {
        Operator o = Operator.of(ctx);
        DashText t = new DashText(Lang.of(ctx));
        List<RegionState> states = covered(o);
        List<RegionDay> today = new ArrayList<>();
        List<DashModel.RegionRow> rows = new ArrayList<>();
        Map<String, Double> share = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        LocalDate day = states.isEmpty() ? LocalDate.now(api.clock()) : states.get(0).today();
        for (RegionState s : states) {
            RegionDay d = DashBuilder.day(builder.published(s), s.today());
            names.put(s.code(), DashBuilder.name(s, t));
            if (d != null) {
                today.add(d);
                share.put(s.code(), d.shareShed());
            }
            rows.add(new DashModel.RegionRow(s.code(), DashBuilder.name(s, t), d == null ? "—"
                    : t.percent(d.shareShed()), d == null ? "—" : t.mw(Charts.max(d.shedMw())),
                    t.t("status." + s.status(s.today()).status().toLowerCase(java.util.Locale.ROOT)),
                    "/operator/regions/" + s.code() + "?lang=" + t.lang().code()));
        }
        String scope = o.national() ? t.t("scope.national") : names.getOrDefault(o.region(), o.region());
        DashModel.Chart chart = DashBuilder.chart(t.t("chart.heading", scope, t.date(day)),
                RegionDay.sum(scope, day, today), t);
        GridMap map = builder.map();
        String svg = map == null ? null : map.svg(share, List.of(), names, t);
        List<DashModel.Option> options = states.stream().map(s -> new DashModel.Option(s.code(),
                DashBuilder.name(s, t))).toList();
        List<FlowJob> jobs = flow.recentJobs(20).stream().filter(j -> j.coveredBy(o)).toList();
        List<FlowDraft> drafts = flow.recentDrafts(20).stream().filter(d -> d.coveredBy(o)).toList();
        send(ctx, "operator/overview.jte", new DashModel.Overview(frame(ctx, o, t, t.t("overview.title"),
                "/operator/"), chart, svg, t.t(map == null ? "map.none" : "map.note"), rows, jobs, drafts, audit(o, t),
                options, example(day)));
    }

    void region(Context ctx) {
        Operator o = Operator.of(ctx);
        DashText t = new DashText(Lang.of(ctx));
        RegionState s = api.region(ctx);
        o.requireRegion(s.code(), "region");
        List<DashModel.Chart> charts = new ArrayList<>();
        List<DashModel.Heat> heats = new ArrayList<>();
        for (RegionDay d : builder.published(s)) {
            if (d.day().isBefore(s.today())) {
                continue;
            }
            charts.add(DashBuilder.chart(t.t("chart.heading", DashBuilder.name(s, t), t.date(d.day())), d, t));
            heats.add(DashBuilder.heat(t.t("heat.heading", DashBuilder.name(s, t), t.date(d.day())), null, d, Set.of(),
                    t));
        }
        send(ctx, "operator/region.jte", new DashModel.RegionPage(frame(ctx, o, t, DashBuilder.name(s, t),
                "/operator/regions/" + s.code()), s.code(), DashBuilder.name(s, t),
                t.t("status." + s.status(s.today()).status().toLowerCase(java.util.Locale.ROOT)), charts, heats));
    }

    void draft(Context ctx) {
        Operator o = Operator.of(ctx);
        DashText t = new DashText(Lang.of(ctx));
        long id = Params.pathLong(ctx, "id", 1, Long.MAX_VALUE);
        FlowDraft d = flow.draft(id).orElseThrow(() -> Problem.notFound("id", "there is no draft " + id));
        d.regions().forEach(r -> o.requireRegion(r, "id"));
        send(ctx, "operator/draft.jte", new DraftView(api, builder, t).page(frame(ctx, o, t, t.t("draft.title", id),
                "/operator/drafts/" + id), d, flow.draftContent(id), flow.diff(d), ctx.queryParam("region"),
                ctx.queryParam("day")));
    }

    private List<DashModel.AuditRow> audit(Operator o, DashText t) {
        List<DashModel.AuditRow> out = new ArrayList<>();
        List<AuditEntry> entries = o.national() ? api.store().audit().recent(15)
                : api.store().audit().query(o.region(), Long.MAX_VALUE, 15);
        Map<String, Map<Long, Integer>> numbers = new java.util.HashMap<>();
        for (AuditEntry e : entries) {
            String revisions = revisions(e, numbers, t);
            out.add(new DashModel.AuditRow(t.at(e.at()), e.actor(), e.action(), e.region() == null ? "" : e.region(),
                    e.subject() == null ? "" : e.subject(), revisions, e.remoteAddress() == null ? "" : e.remoteAddress()));
        }
        return out;
    }

    /**
     * The revisions of an audit line as the region numbers them ({@code #3 → #4}; the log keeps the revisions' row
     * ids, which mean nothing to a reader), looked up once per region and page.
     */
    private String revisions(AuditEntry e, Map<String, Map<Long, Integer>> numbers, DashText t) {
        if (e.revisionAfter() == null && e.revisionBefore() == null) {
            return "";
        }
        Map<Long, Integer> n = e.region() == null ? Map.of() : numbers.computeIfAbsent(e.region(), r -> {
            Map<Long, Integer> m = new java.util.HashMap<>();
            api.store().revisions().revisions(r, AUDIT_REVISIONS).forEach(v -> m.put(v.id(), v.number()));
            return m;
        });
        String after = number(e.revisionAfter(), n, t);
        return e.revisionBefore() == null ? after : number(e.revisionBefore(), n, t) + " → " + after;
    }

    private static String number(Long id, Map<Long, Integer> numbers, DashText t) {
        if (id == null) {
            return "—";
        }
        Integer n = numbers.get(id);
        return n == null ? t.t("audit.revisionId", Long.toString(id)) : "#" + n;
    }

    private List<RegionState> covered(Operator o) {
        return api.states().all().stream().filter(s -> o.covers(s.code())).toList();
    }

    private DashModel.Frame frame(Context ctx, Operator o, DashText t, String title, String path) {
        String csrf = OperatorAccess.session(ctx).map(SessionGrant::csrfToken).orElse("");
        String who = o.name() + " · " + t.t("role." + o.role().name().toLowerCase(java.util.Locale.ROOT)) + " · "
                + (o.national() ? t.t("scope.national") : o.region());
        String query = ctx.queryString() == null ? "" : ctx.queryString().replaceAll("(^|&)lang=[^&]*", "");
        return new DashModel.Frame(t, title, assets.css(), assets.js(), csrf, who, o.role().atLeast(Role.PLANNER),
                o.role().atLeast(Role.PUBLISHER), path + "?" + (query.isEmpty() ? "" : query.replaceFirst("^&", "")
                + "&") + "lang=" + t.lang().other().code(), "/operator/?lang=" + t.lang().code());
    }

    /** A damage update of the demo network to start from (the dispatcher edits it). */
    private static String example(LocalDate day) {
        return "{\n  \"type\": \"damage-update\",\n  \"network\": \"synthetic-demo\",\n  \"outages\": {\"generators\": [1]}\n}";
    }

    private void send(Context ctx, String template, Object model) {
        StringOutput out = new StringOutput(64 * 1024);
        engine.render(template, model, out);
        DashAssets.headers(ctx);
        ctx.header("Cache-Control", "no-store");
        ctx.contentType(HTML);
        ctx.result(out.toString().getBytes(StandardCharsets.UTF_8));
    }
}
