package org.fairshed.server.compat;

import io.javalin.http.Context;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fairshed.server.api.ApiContext;
import org.fairshed.server.http.CachedBody;
import org.fairshed.server.http.ETags;
import org.fairshed.server.http.Json;
import org.fairshed.server.http.Params;
import org.fairshed.server.http.Problem;
import org.fairshed.server.state.RegionState;
import org.fairshed.server.view.StatusView;
import org.fairshed.server.view.TimePoint;
import org.fairshed.store.model.Address;
import org.fairshed.store.model.DaySchedule;
import org.fairshed.store.model.Dso;
import org.fairshed.store.model.Group;
import org.fairshed.store.model.Outage;
import org.fairshed.store.model.OutageKind;
import org.fairshed.store.model.Street;

/**
 * The read endpoints in the shape the Ukrainian community clients (Home Assistant integrations, bots) parse from the
 * Yasno app's API, under {@code /compat/yasno/}. Minutes are wall-clock minutes from local midnight (1440 = the next
 * midnight) as those clients count them; possible outages are only in {@code probable-outages} (the clients drop slot
 * types they do not know). The known limits are in docs/api.md.
 */
public final class YasnoApi {

    public static final String DEFINITE = "Definite";
    public static final String NOT_PLANNED = "NotPlanned";
    private static final Pattern QUEUE = Pattern.compile("(\\d+)\\.(\\d+)");
    private static final int LIST_LIMIT = 50;

    private final ApiContext api;

    public YasnoApi(ApiContext api) {
        this.api = api;
    }

    public record DsoRef(int id, String name) {
    }

    public record RegionRef(int id, String value, boolean hasCities, List<DsoRef> dsos) {
    }

    public record Item(long id, String value) {
    }

    public record Slot(int start, int end, String type) {
    }

    public record Day(List<Slot> slots, String date, String status) {
    }

    public void regions(Context ctx) {
        List<RegionState> all = api.states().all();
        StringBuilder tokens = new StringBuilder();
        all.forEach(s -> tokens.append(s.token()).append(';'));
        api.send(ctx, "yasno-regions|" + tokens, () -> {
            List<RegionRef> out = new ArrayList<>();
            for (RegionState s : all) {
                out.add(new RegionRef(s.region().id(), s.region().nameUk(), false,
                        s.dsos().stream().map(d -> new DsoRef(d.id(), d.name())).toList()));
            }
            return CachedBody.of(ETags.of("yasno-regions", tokens.toString()), Json.bytes(out), ApiContext.JSON,
                    ApiContext.CURRENT_MAX_AGE, false, null);
        });
    }

    /** {@code streets?regionId&dsoId&query}: streets whose name starts with the query (Cyrillic or Latin). */
    public void streets(Context ctx) {
        RegionState s = region(ctx);
        dso(ctx, s);
        String query = Params.requiredText(ctx, "query");
        api.searchLimit().acquire(ctx.ip());
        List<Item> out = new ArrayList<>();
        for (Street st : api.store().registry().streets(s.code(), query, LIST_LIMIT)) {
            out.add(new Item(st.id(), st.name() + " (" + st.settlement() + ")"));
        }
        send(ctx, "yasno-streets", out, s.code() + "|" + query);
    }

    /** {@code houses?regionId&streetId&dsoId&query}: houses of the street whose number starts with the query. */
    public void houses(Context ctx) {
        RegionState s = region(ctx);
        dso(ctx, s);
        long streetId = Params.requiredLong(ctx, "streetId", 1, (1L << 53) - 1);
        String query = Params.text(ctx, "query");
        List<Item> out = new ArrayList<>();
        for (Address a : api.store().registry().houses(streetId, query == null ? "" : query, LIST_LIMIT)) {
            if (a.region().equals(s.code())) {
                out.add(new Item(a.id(), a.house() + (a.part().isEmpty() ? "" : ", " + a.part())));
            }
        }
        send(ctx, "yasno-houses", out, s.code() + "|" + streetId + "|" + query);
    }

    /** {@code group?regionId&streetId&houseId&dsoId}: {@code {group, subgroup}} of the house's first hourly group. */
    public void group(Context ctx) {
        RegionState s = region(ctx);
        dso(ctx, s);
        long streetId = Params.requiredLong(ctx, "streetId", 1, (1L << 53) - 1);
        long houseId = Params.requiredLong(ctx, "houseId", 1, (1L << 53) - 1);
        var a = api.search().current().byId(houseId);
        if (a == null || !a.region().equals(s.code()) || a.streetId() != streetId) {
            throw Problem.notFound("houseId", "street " + streetId + " of region " + s.region().id()
                    + " has no house " + houseId);
        }
        String code = a.hourlyGroups().get(0);
        Matcher m = QUEUE.matcher(code);
        Map<String, Object> out = new LinkedHashMap<>();
        if (m.matches()) {
            out.put("group", Integer.parseInt(m.group(1)));
            out.put("subgroup", Integer.parseInt(m.group(2)));
        } else {
            out.put("group", code);
            out.put("subgroup", null);
        }
        send(ctx, "yasno-group", out, s.code() + "|" + houseId + "|" + api.search().current().version());
    }

    /** {@code regions/{r}/dsos/{d}/planned-outages}: every group's today and tomorrow (definite outages only). */
    public void planned(Context ctx) {
        int regionId = Params.pathInteger(ctx, "regionId", 0, Integer.MAX_VALUE);
        RegionState s = api.states().regionById(regionId).orElseThrow(() -> Problem.notFound("regionId",
                "there is no region " + regionId));
        int dsoId = Params.pathInteger(ctx, "dsoId", 0, Integer.MAX_VALUE);
        requireDso(s, dsoId, "dsoId");
        String key = "yasno-planned|" + s.token() + "|" + dsoId;
        api.send(ctx, key, () -> {
            Map<String, Object> out = new LinkedHashMap<>();
            String updated = s.published() == null ? null : TimePoint.iso(s.published().createdAt(), s.region().zone());
            for (Group g : s.hourly()) {
                Map<String, Object> days = new LinkedHashMap<>();
                days.put("today", day(s, g.code(), s.today()));
                days.put("tomorrow", day(s, g.code(), s.today().plusDays(1)));
                days.put("updatedOn", updated);
                out.put(g.code(), days);
            }
            return CachedBody.of(ETags.of("yasno-planned-" + s.code(), key), Json.bytes(out), ApiContext.JSON,
                    ApiContext.CURRENT_MAX_AGE, false, null);
        });
    }

    /**
     * {@code probable-outages?regionId&dsoId}: per weekday ("0" = Monday) the outages that may come — the possible and
     * the definite ones of the published days of the coming week; a weekday without a published day has no slots.
     */
    public void probable(Context ctx) {
        RegionState s = region(ctx);
        Dso dso = dso(ctx, s);
        String key = "yasno-probable|" + s.token() + "|" + dso.id();
        api.send(ctx, key, () -> {
            Map<String, Object> groups = new LinkedHashMap<>();
            for (Group g : s.hourly()) {
                Map<String, List<Slot>> week = new LinkedHashMap<>();
                for (int w = 0; w < 7; w++) {
                    week.put(Integer.toString(w), List.of());
                }
                for (int i = 0; i < 7; i++) {
                    LocalDate d = s.today().plusDays(i);
                    DaySchedule day = s.day(g.code(), d);
                    if (day != null) {
                        week.put(Integer.toString(d.getDayOfWeek().getValue() - DayOfWeek.MONDAY.getValue()),
                                slots(day, true));
                    }
                }
                groups.put(g.code(), Map.of("slots", week));
            }
            Map<String, Object> out = Map.of(Integer.toString(s.region().id()), Map.of("dsos",
                    Map.of(Integer.toString(dso.id()), Map.of("groups", groups))));
            return CachedBody.of(ETags.of("yasno-probable-" + s.code(), key), Json.bytes(out), ApiContext.JSON,
                    ApiContext.CURRENT_MAX_AGE, false, null);
        });
    }

    private Day day(RegionState s, String group, LocalDate date) {
        StatusView status = s.status(date);
        String midnight = TimePoint.iso(date.atStartOfDay(s.region().zone()).toInstant(), s.region().zone());
        DaySchedule d = s.day(group, date);
        String yasno = switch (status.status()) {
            case "NO_OUTAGES" -> "NoOutages";
            case "EMERGENCY" -> "EmergencyShutdowns";
            case "WAITING_FOR_SCHEDULE" -> "WaitingForSchedule";
            default -> "ScheduleApplies";
        };
        if (d == null && yasno.equals("ScheduleApplies")) {
            yasno = "WaitingForSchedule";
        }
        List<Slot> slots = switch (yasno) {
            case "NoOutages" -> List.of(new Slot(0, 1440, NOT_PLANNED));
            case "ScheduleApplies" -> slots(d, false);
            default -> List.of();
        };
        return new Day(slots, midnight, yasno);
    }

    /** The whole day as alternating slots: {@code Definite} for the outages taken, {@code NotPlanned} between. */
    static List<Slot> slots(DaySchedule day, boolean withPossible) {
        List<int[]> off = new ArrayList<>();
        for (Outage o : day.schedule().outages()) {
            if (o.kind() == OutageKind.DEFINITE || withPossible) {
                off.add(new int[] {o.startMinute(), o.endMinute()});
            }
        }
        off.sort((a, b) -> Integer.compare(a[0], b[0]));
        List<Slot> out = new ArrayList<>();
        int at = 0;
        for (int[] o : off) {
            int start = Math.max(o[0], at);
            if (start > at) {
                out.add(new Slot(at, start, NOT_PLANNED));
            }
            if (o[1] > start) {
                if (!out.isEmpty() && out.get(out.size() - 1).type().equals(DEFINITE) && out.get(out.size() - 1).end() == start) {
                    Slot prev = out.remove(out.size() - 1);
                    out.add(new Slot(prev.start(), o[1], DEFINITE));
                } else {
                    out.add(new Slot(start, o[1], DEFINITE));
                }
                at = o[1];
            }
        }
        if (at < 1440) {
            out.add(new Slot(at, 1440, NOT_PLANNED));
        }
        return out;
    }

    private RegionState region(Context ctx) {
        int id = Params.requiredInteger(ctx, "regionId", 0, Integer.MAX_VALUE);
        return api.states().regionById(id).orElseThrow(() -> Problem.notFound("regionId", "there is no region " + id));
    }

    private Dso dso(Context ctx, RegionState s) {
        int id = Params.requiredInteger(ctx, "dsoId", 0, Integer.MAX_VALUE);
        return requireDso(s, id, "dsoId");
    }

    private static Dso requireDso(RegionState s, int id, String field) {
        return s.dsos().stream().filter(d -> d.id() == id).findFirst().orElseThrow(() -> Problem.notFound(field,
                "region " + s.region().id() + " has no distribution company " + id));
    }

    private void send(Context ctx, String route, Object body, String key) {
        byte[] bytes = Json.bytes(body);
        api.sendOnce(ctx, ETags.ofBytes(bytes), bytes, ApiContext.CURRENT_MAX_AGE);
    }
}
