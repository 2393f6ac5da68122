package org.fairshed.rota;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.fairshed.rota.groups.GroupConfig;
import org.fairshed.rota.groups.RegionGroups;
import org.fairshed.rota.ledger.DayCells;
import org.fairshed.rota.ledger.Ledger;
import org.fairshed.rota.plan.PlanQuotas;
import org.fairshed.rota.plan.RegionDay;

/**
 * Runs a method over every region-day of a plan. Regions are independent and solved in parallel on a fixed pool of
 * {@code threads}; each region-day gets its share of the run's CP-SAT time
 * ({@link RotaParameters#searchSecondsPerRegionDay}); the days of one region run in date order, each reading the ledger the previous day left and the
 * previous day's last half-hours (so rules hold over midnight).
 */
public final class Rota {

    private Rota() {
    }

    /** Schedules every region-day; {@code replan} may be null. Unknown regions fail before anything is solved. */
    public static RotaResult run(PlanQuotas plan, GroupConfig config, String configSource, Ledger ledger, RotaMethod method,
                                 RotaParameters params, Replan replan) {
        long started = System.nanoTime();
        Map<String, RegionGroups> groups = new HashMap<>();
        for (String region : plan.regions()) {
            groups.put(region, config.groupsFor(region, configSource));
        }
        RotaParameters perDay = params.withSearch(params.searchSecondsPerRegionDay(plan.days().size()),
                params.runSearchSeconds());
        List<RegionRun> runs = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(params.threads(), Math.max(1, plan.regions().size())));
        try {
            List<Future<RegionRun>> futures = new ArrayList<>();
            for (String region : plan.regions()) {
                List<RegionDay> days = plan.daysOf(region).stream()
                        .map(d -> d.withoutQuotasBelow(params.minQuotaMw())).toList();
                futures.add(pool.submit(() -> runRegion(days, groups.get(region), ledger, method, perDay,
                        replan)));
            }
            for (Future<RegionRun> f : futures) {
                runs.add(f.get());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("rota interrupted", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
        Ledger after = ledger;
        List<RegionSchedule> schedules = new ArrayList<>();
        for (int r = 0; r < runs.size(); r++) {
            after = after.withRegionFrom(runs.get(r).ledger(), plan.regions().get(r));
            schedules.addAll(runs.get(r).schedules());
        }
        Map<String, Integer> order = new HashMap<>();
        for (int r = 0; r < plan.regions().size(); r++) {
            order.put(plan.regions().get(r), r);
        }
        schedules.sort(Comparator.comparing(RegionSchedule::date).thenComparing(s -> order.get(s.region())));
        double ignored = 0;
        for (RegionDay d : plan.days()) {
            ignored += d.quotaBelowMwh(params.minQuotaMw());
        }
        RotaMetrics metrics = RotaMetrics.of(schedules, after, replan).withIgnoredQuotaMwh(ignored);
        return new RotaResult(method.name(), plan.dates(), schedules, after, metrics, (System.nanoTime() - started) / 1e9);
    }

    /**
     * The region's day before, cell by cell, so outages and rests over midnight count: this run's previous day, else
     * the published schedule of that day (a re-plan), else the ledger's last day; all on when none has it.
     */
    private static boolean[][] dayBefore(RegionDay day, RegionGroups groups, RegionSchedule yesterday, Ledger ledger,
                                         Replan replan) {
        LocalDate before = day.date().minusDays(1);
        if (yesterday != null && yesterday.date().equals(before)) {
            return Replan.offMatrix(yesterday, groups.names());
        }
        RegionSchedule published = replan == null ? null : replan.find(day.region(), before);
        if (published != null) {
            return Replan.offMatrix(published, groups.names());
        }
        DayCells last = ledger.cells(day.region(), before);
        return last != null ? last.offMatrix(groups.names()) : new boolean[groups.size()][0];
    }

    private record RegionRun(List<RegionSchedule> schedules, Ledger ledger) {
    }

    private static RegionRun runRegion(List<RegionDay> days, RegionGroups groups, Ledger ledger, RotaMethod method,
                                       RotaParameters params, Replan replan) {
        List<RegionSchedule> out = new ArrayList<>();
        Ledger current = ledger;
        RegionSchedule yesterday = null;
        for (RegionDay day : days) {
            RotaProblem p = RotaProblem.of(day, groups, current.hoursBefore(day.region(), groups.names(), day.date()));
            p = p.withTail(dayBefore(day, groups, yesterday, current, replan));
            RegionSchedule published = replan == null ? null : replan.find(day.region(), day.date());
            if (published != null) {
                p = p.withPrevious(Replan.offMatrix(published, groups.names()),
                        replan.frozenHalfHours(day.date(), params.freezeMinutes()));
            }
            RegionSchedule s = method.schedule(p, params);
            out.add(s);
            current = current.with(s);
            yesterday = s;
        }
        return new RegionRun(out, current);
    }
}
