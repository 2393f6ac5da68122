package org.fairshed.server.api;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.fairshed.server.http.CachedBody;
import org.fairshed.server.http.ETags;
import org.fairshed.server.http.Json;
import org.fairshed.server.http.Params;
import org.fairshed.server.http.Problem;
import org.fairshed.server.state.RegionState;
import org.fairshed.server.view.DayView;
import org.fairshed.server.view.TimePoint;
import org.fairshed.server.view.Views;
import org.fairshed.store.model.DayFigures;
import org.fairshed.store.model.GroupSchedule;
import org.fairshed.store.model.LedgerDay;
import org.fairshed.store.model.Revision;
import org.fairshed.store.model.RevisionContent;
import org.fairshed.store.revision.GroupDayDiff;
import org.fairshed.store.revision.LocalTimes;
import org.fairshed.store.revision.MinuteChange;
import org.fairshed.store.revision.RevisionDiff;

/**
 * A region's revisions: the list (current), and each revision and each diff at its own immutable URL
 * ({@code /revisions/5}, {@code /revisions/5/diff?from=4}), cacheable for a year.
 */
public final class RevisionsApi {

    /** Most revisions one list returns. */
    public static final int MAX_LIST = 200;

    private final ApiContext api;

    public RevisionsApi(ApiContext api) {
        this.api = api;
    }

    public void list(Context ctx) {
        RegionState s = api.region(ctx);
        int limit = Params.integer(ctx, "limit", 1, MAX_LIST, 20);
        String key = "revisions|" + s.token() + "|" + limit;
        api.send(ctx, key, () -> {
            List<Dtos.RevisionHeaderDto> list = new ArrayList<>();
            for (Revision r : api.store().revisions().revisions(s.code(), limit)) {
                if (s.published() != null && r.number() <= s.published().number()) {
                    list.add(Mapping.header(r, s.region().zone()));
                }
            }
            return CachedBody.of(ETags.of(s.code(), key), Json.bytes(new Dtos.RevisionListDto(s.code(),
                    s.published() == null ? null : s.published().number(), list)), ApiContext.JSON,
                    ApiContext.CURRENT_MAX_AGE, false, null);
        });
    }

    public void revision(Context ctx) {
        RegionState s = api.region(ctx);
        int number = Params.pathInteger(ctx, "number", 1, Integer.MAX_VALUE);
        int published = s.published() == null ? 0 : s.published().number();
        if (number > published) {
            throw Problem.notFound("number", "region " + s.code() + " has no published revision " + number
                    + " (the newest is " + published + ")");
        }
        api.send(ctx, "revision|" + s.code() + "|" + number, () -> {
            RevisionContent c = api.store().revisions().content(s.code(), number).orElseThrow(() ->
                    Problem.notFound("number", "region " + s.code() + " has no revision " + number));
            return CachedBody.of(ETags.of(s.code() + "-" + number, c.revision().contentHash()),
                    Json.bytes(content(c, s.region().zone())), ApiContext.JSON, 0, true, null);
        });
    }

    static Dtos.RevisionDto content(RevisionContent c, ZoneId zone) {
        List<Dtos.DayFiguresDto> days = new ArrayList<>();
        for (DayFigures f : c.days()) {
            days.add(new Dtos.DayFiguresDto(f.day().toString(), f.quotaMw(), f.criticalShedMw(), f.slotStatus()));
        }
        Map<String, List<DayView>> byGroup = new LinkedHashMap<>();
        for (GroupSchedule g : c.groups()) {
            byGroup.computeIfAbsent(g.group(), k -> new ArrayList<>()).add(Views.day(g.day(), zone,
                    c.revision().number(), g, null));
        }
        List<Dtos.GroupDaysDto> groups = new ArrayList<>();
        byGroup.forEach((g, d) -> groups.add(new Dtos.GroupDaysDto(g, d)));
        List<Dtos.LedgerDayDto> ledger = new ArrayList<>();
        for (LedgerDay l : c.ledger()) {
            ledger.add(new Dtos.LedgerDayDto(l.group(), l.day().toString(), l.hoursOff()));
        }
        return new Dtos.RevisionDto(Mapping.header(c.revision(), zone), days, groups, ledger);
    }

    /** {@code /revisions/{number}/diff?from=M}: what changed from M (default number − 1) to number. */
    public void diff(Context ctx) {
        RegionState s = api.region(ctx);
        int published = s.published() == null ? 0 : s.published().number();
        int to = Params.pathInteger(ctx, "number", 1, Integer.MAX_VALUE);
        if (to > published) {
            throw Problem.notFound("number", "region " + s.code() + " has no published revision " + to
                    + " (the newest is " + published + ")");
        }
        int from = Params.integer(ctx, "from", 1, Integer.MAX_VALUE, Math.max(1, to - 1));
        if (from > published) {
            throw Problem.notFound("from", "region " + s.code() + " has no published revision " + from);
        }
        api.send(ctx, "diff|" + s.code() + "|" + from + "|" + to, () -> {
            RevisionDiff d = api.store().revisions().diff(s.code(), from, to).orElseThrow(() ->
                    Problem.notFound("number", "region " + s.code() + " lacks revision " + from + " or " + to));
            return CachedBody.of(ETags.of(s.code() + "-" + from + "-" + to, "diff"), Json.bytes(diff(d,
                    s.region().zone())), ApiContext.JSON, 0, true, null);
        });
    }

    public static Dtos.DiffDto diff(RevisionDiff d, ZoneId zone) {
        List<Dtos.GroupDayChangesDto> changes = new ArrayList<>();
        LinkedHashSet<String> groups = new LinkedHashSet<>();
        for (GroupDayDiff g : d.changes()) {
            List<Dtos.ChangeDto> list = new ArrayList<>();
            int minutes = 0;
            for (MinuteChange m : g.changes()) {
                list.add(new Dtos.ChangeDto(m.before().name(), m.after().name(), point(g.day(), m.start(), zone, true),
                        point(g.day(), m.end(), zone, false)));
                minutes += m.minutes();
            }
            groups.add(g.group());
            changes.add(new Dtos.GroupDayChangesDto(g.group(), g.day().toString(), minutes, list));
        }
        return new Dtos.DiffDto(d.region(), d.from(), d.to(), d.minutesChanged(), List.copyOf(groups), changes,
                d.daysAdded().stream().map(LocalDate::toString).toList(),
                d.daysRemoved().stream().map(LocalDate::toString).toList(), d.groupsAdded(), d.groupsRemoved());
    }

    private static TimePoint point(LocalDate day, int minute, ZoneId zone, boolean start) {
        return TimePoint.of(start ? LocalTimes.start(day, minute, zone) : LocalTimes.end(day, minute, zone), day, minute,
                zone);
    }
}
