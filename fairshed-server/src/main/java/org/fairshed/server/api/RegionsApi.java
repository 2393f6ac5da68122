package org.fairshed.server.api;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.fairshed.server.http.CachedBody;
import org.fairshed.server.http.ETags;
import org.fairshed.server.http.Json;
import org.fairshed.server.http.Params;
import org.fairshed.server.http.Problem;
import org.fairshed.server.state.RegionState;
import org.fairshed.server.view.DayView;
import org.fairshed.server.view.Views;
import org.fairshed.store.model.DaySchedule;
import org.fairshed.store.model.Group;
import org.fairshed.store.model.LedgerDay;
import org.fairshed.store.revision.RevisionRepository;

/** Regions, their groups, a group's schedule over dates, the day statuses and the ledger. */
public final class RegionsApi {

    private final ApiContext api;

    public RegionsApi(ApiContext api) {
        this.api = api;
    }

    public void regions(Context ctx) {
        List<RegionState> all = api.states().all();
        StringBuilder tokens = new StringBuilder();
        all.forEach(s -> tokens.append(s.token()).append(';'));
        String etag = ETags.of("regions", tokens.toString());
        api.send(ctx, "regions|" + tokens, () -> CachedBody.of(etag,
                Json.bytes(all.stream().map(Mapping::region).toList()), ApiContext.JSON, ApiContext.CURRENT_MAX_AGE,
                false, null));
    }

    public void region(Context ctx) {
        RegionState s = api.region(ctx);
        api.send(ctx, "region|" + s.token(), () -> CachedBody.of(ETags.of(s.code(), "region", s.token()),
                Json.bytes(Mapping.region(s)), ApiContext.JSON, ApiContext.CURRENT_MAX_AGE, false, null));
    }

    public void groups(Context ctx) {
        RegionState s = api.region(ctx);
        api.send(ctx, "groups|" + s.token(), () -> {
            List<Dtos.GroupDto> hourly = new ArrayList<>();
            for (Group g : s.hourly()) {
                hourly.add(new Dtos.GroupDto(g.code(), g.type().code(), g.position()));
            }
            List<Dtos.GroupDto> emergency = new ArrayList<>();
            for (Group g : s.emergency()) {
                emergency.add(new Dtos.GroupDto(g.code(), g.type().code(), g.position()));
            }
            return CachedBody.of(ETags.of(s.code(), "groups", s.token()),
                    Json.bytes(new Dtos.GroupsDto(s.code(), hourly, emergency)), ApiContext.JSON,
                    ApiContext.CURRENT_MAX_AGE, false, null);
        });
    }

    /** {@code ?from&to}: today to the last published day (at least tomorrow) by default; at most 62 days. */
    public void schedule(Context ctx) {
        RegionState s = api.region(ctx);
        String group = api.group(s, ctx.pathParam("group"));
        LocalDate from = Params.date(ctx, "from", s.today());
        LocalDate last = s.lastPublishedDay();
        LocalDate defaultTo = last == null || last.isBefore(from.plusDays(1)) ? from.plusDays(1) : last;
        LocalDate to = Params.date(ctx, "to", defaultTo.isAfter(from.plusDays(RevisionRepository.MAX_RANGE_DAYS - 1))
                ? from.plusDays(RevisionRepository.MAX_RANGE_DAYS - 1) : defaultTo);
        if (to.isBefore(from)) {
            throw Problem.badParameter("to", "must be on or after from (" + from + "), got " + to);
        }
        if (to.toEpochDay() - from.toEpochDay() >= RevisionRepository.MAX_RANGE_DAYS) {
            throw Problem.badParameter("to", "must be at most " + RevisionRepository.MAX_RANGE_DAYS
                    + " days after from, got " + from + " to " + to);
        }
        String key = "schedule|" + s.token() + "|" + group + "|" + from + "|" + to;
        api.send(ctx, key, () -> CachedBody.of(ETags.of(s.code() + "-" + (s.published() == null ? 0
                        : s.published().number()), key), Json.bytes(schedule(s, group, from, to)), ApiContext.JSON,
                ApiContext.CURRENT_MAX_AGE, false, null));
    }

    private Dtos.ScheduleDto schedule(RegionState s, String group, LocalDate from, LocalDate to) {
        List<DayView> days = new ArrayList<>();
        boolean inWindow = s.inWindow(from) && s.inWindow(to);
        java.util.Map<LocalDate, DaySchedule> outside = new java.util.HashMap<>();
        if (!inWindow && s.published() != null) {
            for (DaySchedule d : api.store().revisions().schedule(s.code(), group, from, to)) {
                outside.put(d.schedule().day(), d);
            }
        }
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            if (inWindow) {
                days.add(Mapping.day(s, group, d));
            } else {
                DaySchedule ds = outside.get(d);
                days.add(Views.day(d, s.region().zone(), ds == null ? null : ds.revision(),
                        ds == null ? null : ds.schedule(), s.inWindow(d) ? s.status(d)
                                : Views.status(null, ds != null, s.region().zone())));
            }
        }
        return new Dtos.ScheduleDto(s.code(), group, s.region().zone().getId(), from.toString(), to.toString(),
                s.published() == null ? null : s.published().number(), days);
    }

    /** Day statuses {@code ?from&to} (default today and tomorrow; within the server's window of the region). */
    public void status(Context ctx) {
        RegionState s = api.region(ctx);
        LocalDate from = Params.date(ctx, "from", s.today());
        LocalDate to = Params.date(ctx, "to", from.plusDays(1));
        if (!s.inWindow(from)) {
            throw Problem.badParameter("from", "must be within " + s.from() + " to " + s.to() + ", got " + from);
        }
        if (to.isBefore(from) || !s.inWindow(to)) {
            throw Problem.badParameter("to", "must be on or after from and within " + s.from() + " to " + s.to()
                    + ", got " + to);
        }
        String key = "status|" + s.token() + "|" + from + "|" + to;
        api.send(ctx, key, () -> {
            List<Dtos.DayStatusDto> days = new ArrayList<>();
            for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
                days.add(new Dtos.DayStatusDto(d.toString(), s.status(d)));
            }
            return CachedBody.of(ETags.of(s.code(), key), Json.bytes(new Dtos.StatusListDto(s.code(),
                    s.region().zone().getId(), days)), ApiContext.JSON, ApiContext.CURRENT_MAX_AGE, false, null);
        });
    }

    /** The published revision's 7-day ledger: hours off per group and day, and the region's average. */
    public void ledger(Context ctx) {
        RegionState s = api.region(ctx);
        String key = "ledger|" + s.token();
        api.send(ctx, key, () -> CachedBody.of(ETags.of(s.code(), key), Json.bytes(ledger(s)), ApiContext.JSON,
                ApiContext.CURRENT_MAX_AGE, false, null));
    }

    private static Dtos.LedgerDto ledger(RegionState s) {
        java.util.TreeSet<LocalDate> days = new java.util.TreeSet<>();
        s.ledger().forEach(l -> days.add(l.day()));
        List<Dtos.LedgerGroupDto> groups = new ArrayList<>();
        double sum = 0;
        for (Group g : s.hourly()) {
            List<Double> hours = new ArrayList<>();
            double total = 0;
            for (LocalDate d : days) {
                double h = 0;
                for (LedgerDay l : s.ledger()) {
                    if (l.group().equals(g.code()) && l.day().equals(d)) {
                        h = l.hoursOff();
                    }
                }
                hours.add(h);
                total += h;
            }
            sum += total;
            groups.add(new Dtos.LedgerGroupDto(g.code(), hours, total));
        }
        return new Dtos.LedgerDto(s.code(), s.published() == null ? null : s.published().number(),
                days.stream().map(LocalDate::toString).toList(), groups, groups.isEmpty() ? 0 : sum / groups.size());
    }
}
