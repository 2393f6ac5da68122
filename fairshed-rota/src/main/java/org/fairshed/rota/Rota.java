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
import java.util.concurrent.atomic.AtomicInteger;
import org.fairshed.common.job.Cancellation;
import org.fairshed.common.job.ProgressListener;
import org.fairshed.rota.groups.RegionGroups;
import org.fairshed.rota.ledger.DayCells;
import org.fairshed.rota.ledger.Ledger;
import org.fairshed.rota.plan.PlanQuotas;
import org.fairshed.rota.plan.RegionDay;
import org.fairshed.rota.plan.UnusableSlot;

/**
 * The rota's entry point: a method run over every region-day of a plan. Regions are independent and solved in
 * parallel on a fixed pool of {@code threads}; the days of one region run in date order, each reading the ledger the
 * previous day left and the previous day's last half-hours (so rules hold over midnight); each region-day gets its
 * share of the run's CP-SAT time ({@link RotaParameters#searchSecondsPerRegionDay}). The result is the same on any
 * thread count. Outcomes are data: a plan with unusable slots is refused unless {@link RotaInput#usableSlotsOnly()}, a
 * run stopped by its {@link Cancellation} is {@link RotaOutcome#CANCELLED}; exceptions are for invalid input
 * (an {@link org.fairshed.common.InputException}, e.g. a plan region the group file does not know).
 */
public final class Rota {

    /** The progress stage of a run: region-days done out of the plan's. */
    public static final String PROGRESS_STAGE = "rota";

    private Rota() {
    }

    /** {@link #run(RotaInput, RotaMethod, RotaParameters, ProgressListener, Cancellation)} without progress or stop. */
    public static RotaResult run(RotaInput input, RotaMethod method, RotaParameters params) {
        return run(input, method, params, ProgressListener.NONE, Cancellation.none());
    }

    /**
     * Schedules every region-day of {@code input}'s plan with {@code method}. Unknown regions fail before anything is
     * solved; {@code cancellation} is polled before each region-day and {@code progress} told after each.
     */
    public static RotaResult run(RotaInput input, RotaMethod method, RotaParameters params, ProgressListener progress,
                                 Cancellation cancellation) {
        long started = System.nanoTime();
        PlanQuotas plan = input.plan();
        if (!plan.unusableSlots().isEmpty() && (!input.usableSlotsOnly() || !plan.hasUsableSlots())) {
            return refused(input, method, started);
        }
        Map<String, RegionGroups> groups = new HashMap<>();
        for (String region : plan.regions()) {
            groups.put(region, input.groups().groupsFor(region, input.groupsSource()));
        }
        RotaParameters perDay = params.withSearch(params.searchSecondsPerRegionDay(plan.days().size()),
                params.runSearchSeconds());
        AtomicInteger done = new AtomicInteger();
        int total = plan.days().size();
        progress.update(PROGRESS_STAGE, 0, total);
        RegionRun.Context context = new RegionRun.Context(method, perDay, input.replan(), cancellation,
                () -> progress.update(PROGRESS_STAGE, done.incrementAndGet(), total));
        List<RegionRun> runs = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(params.threads(), Math.max(1, plan.regions().size())));
        try {
            List<Future<RegionRun>> futures = new ArrayList<>();
            for (String region : plan.regions()) {
                List<RegionDay> days = plan.daysOf(region).stream()
                        .map(d -> d.withoutQuotasBelow(params.minQuotaMw())).toList();
                Ledger own = input.ledger().ofRegion(region);
                futures.add(pool.submit(() -> RegionRun.of(days, groups.get(region), own, context)));
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
        return result(input, method, params, runs, cancellation, started);
    }

    private static RotaResult refused(RotaInput input, RotaMethod method, long started) {
        PlanQuotas plan = input.plan();
        String message = plan.source() + ": " + UnusableSlot.describe(plan.unusableSlots(), plan.regions())
                + (plan.hasUsableSlots() ? "; schedule the usable slots only if that is what is wanted"
                : "; no slot is usable, so there is nothing to schedule");
        return new RotaResult(RotaOutcome.REFUSED_UNUSABLE_SLOTS, message, method.name(), plan.dates(), List.of(),
                input.ledger(), RotaMetrics.of(List.of(), input.ledger(), null), plan.runId(), plan.unusableSlots(),
                (System.nanoTime() - started) / 1e9);
    }

    private static RotaResult result(RotaInput input, RotaMethod method, RotaParameters params, List<RegionRun> runs,
                                     Cancellation cancellation, long started) {
        PlanQuotas plan = input.plan();
        List<RegionSchedule> schedules = new ArrayList<>();
        List<Ledger> regionLedgers = new ArrayList<>();
        for (RegionRun run : runs) {
            regionLedgers.add(run.ledger());
            schedules.addAll(run.schedules());
        }
        Ledger after = input.ledger().withRegionsFrom(regionLedgers, plan.regions());
        Map<String, Integer> order = new HashMap<>();
        for (int r = 0; r < plan.regions().size(); r++) {
            order.put(plan.regions().get(r), r);
        }
        schedules.sort(Comparator.comparing(RegionSchedule::date).thenComparing(s -> order.get(s.region())));
        double ignored = 0;
        for (RegionDay d : plan.days()) {
            ignored += d.quotaBelowMwh(params.minQuotaMw());
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        if (schedules.size() < plan.days().size()) {
            String message = "stopped (" + cancellation.reason() + ") after " + schedules.size() + " of "
                    + plan.days().size() + " region-day(s): nothing to publish";
            return new RotaResult(RotaOutcome.CANCELLED, message, method.name(), plan.dates(), schedules,
                    input.ledger(), RotaMetrics.of(schedules, input.ledger(), input.replan()), plan.runId(),
                    plan.unusableSlots(), seconds);
        }
        RotaMetrics metrics = RotaMetrics.of(schedules, after, input.replan()).withIgnoredQuotaMwh(ignored);
        return new RotaResult(RotaOutcome.SCHEDULED, "", method.name(), plan.dates(), schedules, after, metrics,
                plan.runId(), plan.unusableSlots(), seconds);
    }

    /** One region's days, in date order, as far as the cancellation let them run. */
    private record RegionRun(List<RegionSchedule> schedules, Ledger ledger) {

        /** What every region's run shares. */
        record Context(RotaMethod method, RotaParameters params, Replan replan, Cancellation cancellation,
                       Runnable dayDone) {
        }

        static RegionRun of(List<RegionDay> days, RegionGroups groups, Ledger ledger, Context c) {
            List<RegionSchedule> out = new ArrayList<>();
            Ledger current = ledger;
            RegionSchedule yesterday = null;
            for (RegionDay day : days) {
                if (c.cancellation().isStopped()) {
                    break;
                }
                RotaProblem p = RotaProblem.of(day, groups, current.hoursBefore(day.region(), groups.names(), day.date()));
                p = p.withTail(dayBefore(day, groups, yesterday, current, c.replan()));
                RegionSchedule published = c.replan() == null ? null : c.replan().find(day.region(), day.date());
                if (published != null) {
                    p = p.withPrevious(Replan.offMatrix(published, groups.names()),
                            c.replan().frozenHalfHours(day.date(), c.params().freezeMinutes()));
                }
                RegionSchedule s = c.method().schedule(p, c.params()).withPlan(day.unknown(), day.criticalShedMw());
                out.add(s);
                current = current.with(s);
                yesterday = s;
                c.dayDone().run();
            }
            return new RegionRun(out, current);
        }

        /**
         * The region's day before, cell by cell, so outages and rests over midnight count: this run's previous day,
         * else the published schedule of that day (a re-plan), else the ledger's last day; all on when none has it.
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
    }
}
