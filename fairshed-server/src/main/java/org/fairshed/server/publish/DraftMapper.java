package org.fairshed.server.publish;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import org.fairshed.common.InputException;
import org.fairshed.job.JobResult;
import org.fairshed.plan.PlanResult;
import org.fairshed.plan.SlotPlan;
import org.fairshed.rota.GroupSchedule;
import org.fairshed.rota.HalfHours;
import org.fairshed.rota.Outage;
import org.fairshed.rota.OutageType;
import org.fairshed.rota.RegionSchedule;
import org.fairshed.rota.RotaResult;
import org.fairshed.store.model.DayFigures;
import org.fairshed.store.model.GroupDay;
import org.fairshed.store.model.Interval;
import org.fairshed.store.model.LedgerDay;
import org.fairshed.store.model.RevisionDraft;

/**
 * The engine's job result as the store's drafts, one per store region: every group-day of the rota (definite and
 * possible outages as minute intervals, load per half-hour), the figures behind each day (quota and critical shed per
 * half-hour from the rota, the plan's status of the slot covering each half-hour), the rota's rolling ledger. The plan
 * names its regions one way (area numbers, grid names) and the store another ({@code kyiv}): {@code regions} maps the
 * first to the second. Lives in the server because only the server depends on both the engine and the store.
 */
public final class DraftMapper {

    public static final String SOURCE = "job result";

    private DraftMapper() {
    }

    /** Drafts of every mapped region; a rota region the map lacks is an error (nothing may be left out silently). */
    public static List<RevisionDraft> drafts(JobResult result, Map<String, String> regions, String reason, String author) {
        if (!result.status().isPublishable()) {
            throw InputException.atField(SOURCE, "status", "is " + result.status() + " (" + result.message()
                    + "): only a DONE job may be drafted");
        }
        RotaResult rota = result.rota();
        PlanResult plan = result.plan();
        List<RevisionDraft> out = new ArrayList<>();
        for (Map.Entry<String, String> e : regions.entrySet()) {
            out.add(draft(rota, plan, e.getKey(), e.getValue(), reason, author));
        }
        for (RegionSchedule s : rota.schedules()) {
            if (!regions.containsKey(s.region())) {
                throw InputException.atField(SOURCE, "regions", "the rota schedules region " + s.region()
                        + ", which the region map does not name");
            }
        }
        return out;
    }

    /** The draft of one region of a rota (no status check: the caller decides whether it may be published). */
    public static RevisionDraft draft(RotaResult rota, PlanResult plan, String planRegion, String storeRegion, String reason,
                               String author) {
        List<DayFigures> days = new ArrayList<>();
        List<GroupDay> groups = new ArrayList<>();
        for (LocalDate date : rota.dates()) {
            RegionSchedule s = rota.find(planRegion, date);
            if (s == null) {
                throw InputException.atField(SOURCE, "regions", "the rota has no day " + date + " of region " + planRegion);
            }
            days.add(new DayFigures(date, list(s.quotaMw()), list(s.criticalShedMw()), slotStatus(plan, date, s)));
            for (GroupSchedule g : s.groups()) {
                List<Interval> definite = new ArrayList<>();
                List<Interval> possible = new ArrayList<>();
                for (Outage o : g.outages()) {
                    (o.type() == OutageType.DEFINITE ? definite : possible).add(new Interval(o.start(), o.end()));
                }
                groups.add(new GroupDay(g.group(), date, definite, possible, list(g.loadMw())));
            }
        }
        List<LedgerDay> ledger = new ArrayList<>();
        Map<String, NavigableMap<LocalDate, Double>> byGroup = rota.ledger().hours().get(planRegion);
        if (byGroup != null) {
            byGroup.forEach((group, hours) -> hours.forEach((day, h) -> ledger.add(new LedgerDay(group, day, h))));
        }
        return new RevisionDraft(storeRegion, HalfHours.MINUTES, days, groups, ledger, planStatus(plan), reason, author);
    }

    /** Per half-hour of {@code date}: the status of the plan slot covering it, or UNPLANNED outside the horizon. */
    private static List<String> slotStatus(PlanResult plan, LocalDate date, RegionSchedule s) {
        LocalDateTime start = plan.input().start();
        int slotMinutes = plan.input().slotMinutes();
        List<String> out = new ArrayList<>(HalfHours.PER_DAY);
        for (int h = 0; h < HalfHours.PER_DAY; h++) {
            long minutes = java.time.Duration.between(start, date.atStartOfDay().plusMinutes((long) h * HalfHours.MINUTES))
                    .toMinutes();
            int slot = minutes < 0 ? -1 : (int) (minutes / slotMinutes);
            out.add(slot < 0 || slot >= plan.slots().size() ? "UNPLANNED" : plan.slots().get(slot).status().name());
        }
        return out;
    }

    /** OPTIMAL when every slot is; otherwise the first other status (FEASIBLE, ...). */
    public static String planStatus(PlanResult plan) {
        for (SlotPlan s : plan.slots()) {
            if (!s.status().name().equals("OPTIMAL")) {
                return s.status().name();
            }
        }
        return "OPTIMAL";
    }

    private static List<Double> list(double[] values) {
        List<Double> out = new ArrayList<>(values.length);
        for (double v : values) {
            out.add(v == 0 ? 0.0 : v);
        }
        return out;
    }
}
