package org.fairshed.server.operator;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import org.fairshed.common.job.Cancellation;
import org.fairshed.common.job.ProgressListener;
import org.fairshed.job.Job;
import org.fairshed.job.JobRequest;
import org.fairshed.job.JobResult;
import org.fairshed.job.JobStatus;
import org.fairshed.job.RotaRequest;
import org.fairshed.plan.PlannerParameters;
import org.fairshed.rota.GroupSchedule;
import org.fairshed.rota.HalfHours;
import org.fairshed.rota.RegionSchedule;
import org.fairshed.rota.Replan;
import org.fairshed.rota.RotaMethods;
import org.fairshed.rota.RotaOutcome;
import org.fairshed.rota.RotaParameters;
import org.fairshed.rota.RotaStatus;
import org.fairshed.rota.ledger.Ledger;
import org.fairshed.server.publish.DraftMapper;
import org.fairshed.store.model.DayFigures;
import org.fairshed.store.model.GroupDay;
import org.fairshed.store.model.LedgerDay;
import org.fairshed.store.model.Outage;
import org.fairshed.store.model.OutageKind;
import org.fairshed.store.model.RevisionDraft;
import org.fairshed.store.model.ScheduleType;

/**
 * Runs one prepared job through the engine against what is published: the rota re-plans the published days (their
 * half-hours before now + {@code freezeMinutes} keep their published state, the rest keeps it wherever it can), the
 * ledger of the published days before the plan counts for fairness, and the drafts carry the published figures of the
 * half-hours before the plan's start (history). Outcomes are data ({@link Made}).
 */
final class JobRunner {

    private final org.fairshed.store.Store store;
    private final FlowParameters parameters;

    JobRunner(org.fairshed.store.Store store, FlowParameters parameters) {
        this.store = store;
        this.parameters = parameters;
    }

    /**
     * What a run made.
     *
     * @param status FlowJob DONE (a draft), FAILED or CANCELLED
     */
    record Made(String status, String engineStatus, String message, JobResult result, PublishedState state,
                List<RevisionDraft> drafts, boolean publishable, String refusal, List<String> warnings) {
    }

    /**
     * @param now the local moment of the re-plan (a damage update's {@code at}, else the clock's now)
     */
    Made run(Prepared p, LocalDateTime now, ProgressListener progress, Cancellation cancellation) {
        return run(p, now, progress, cancellation, true);
    }

    /**
     * @param keepPublished false for a fresh solve of the same situation (the comparison of the intraday benchmark):
     *                      the same plan input and ledger, but the rota from scratch (no frozen hour, nothing kept of
     *                      the published schedule) and no AC check (it changes no quota)
     */
    Made run(Prepared p, LocalDateTime now, ProgressListener progress, Cancellation cancellation, boolean keepPublished) {
        List<LocalDate> dates = p.dates();
        List<String> codes = List.copyOf(new java.util.TreeSet<>(p.regions().values()));
        LocalDate from = dates.getFirst().minusDays(Ledger.WINDOW_DAYS - 1);
        PublishedState state = PublishedState.read(store, codes, from, dates.getLast());
        RotaRequest rota = new RotaRequest(null, null, ledger(p, state, dates.getFirst()),
                keepPublished ? replan(p, state, dates, now) : null, RotaMethods.sweep(), RotaParameters.defaults(), true);
        // the engine runs at a lowered priority, giving way to the read path when it wants the cores (a job at the
        // server's priority on both cores took the read path's p99 from 5 ms to 229 ms)
        PlannerParameters planner = PlannerParameters.defaults().withAcCheck(keepPublished && parameters.acCheck())
                .withThreads(parameters.jobThreads());
        JobRequest request = JobRequest.of(p.input(), planner, rota);
        JobResult result = EngineThread.run(parameters.jobNice(), progress,
                listener -> Job.run(request, listener, cancellation));
        if (result.status() == JobStatus.CANCELLED) {
            return new Made(FlowJob.CANCELLED, result.status().name(), result.message(), result, state, List.of(), false,
                    null, List.of());
        }
        if (result.status() == JobStatus.TIMED_OUT || result.rota() == null
                || result.rota().outcome() != RotaOutcome.SCHEDULED) {
            return new Made(FlowJob.FAILED, result.status().name(), result.message(), result, state, List.of(), false,
                    null, List.of());
        }
        List<RevisionDraft> drafts = new ArrayList<>();
        for (Map.Entry<String, String> e : p.regions().entrySet()) {
            RevisionDraft d = DraftMapper.draft(result.rota(), result.plan(), e.getKey(), e.getValue(), "", "");
            PublishedState.Region published = state.regions().get(e.getValue());
            d = withHistory(d, published, p.input().start());
            drafts.add(keepPublished ? frozen(d, published, now, RotaParameters.defaults().freezeMinutes()) : d);
        }
        List<String> warnings = frozenShortfalls(result.rota(), p.regions());
        boolean onlyFrozen = result.status() == JobStatus.NOT_COVERED && result.plan().allUsable()
                && underCoverOnlyFrozen(result.rota());
        String refusal = result.status().isPublishable() || onlyFrozen ? groupsRefusal(drafts)
                : "the job ended " + result.status() + ": " + result.message();
        return new Made(FlowJob.DONE, result.status().name(), result.message(), result, state, drafts, refusal == null,
                refusal, warnings);
    }

    /**
     * Whether every region-day short of its quota is short only in frozen half-hours (a re-plan whose next hour, kept
     * as published, cannot cover the new deficit: the rest of the day is covered, and the frozen hour is the
     * dispatcher's to handle with the emergency lists). Any other shortfall (quota above the load, a method's) is not.
     */
    static boolean underCoverOnlyFrozen(org.fairshed.rota.RotaResult rota) {
        for (RegionSchedule s : rota.schedules()) {
            if (s.status() == RotaStatus.UNDER_COVER && s.relaxations().stream().anyMatch(r ->
                    r.rule() == org.fairshed.rota.RelaxedRule.QUOTA_ABOVE_LOAD
                            || r.rule() == org.fairshed.rota.RelaxedRule.METHOD_SHORTFALL)) {
                return false;
            }
        }
        return true;
    }

    /** For people: per region-day the frozen half-hours that cannot cover the new quota. */
    private static List<String> frozenShortfalls(org.fairshed.rota.RotaResult rota, Map<String, String> regions) {
        List<String> out = new ArrayList<>();
        for (RegionSchedule s : rota.schedules()) {
            List<Integer> halfHours = s.relaxations().stream()
                    .filter(r -> r.rule() == org.fairshed.rota.RelaxedRule.FROZEN_COVER).map(r -> r.halfHour())
                    .distinct().sorted().toList();
            if (!halfHours.isEmpty() && regions.containsKey(s.region())) {
                out.add(regions.get(s.region()) + " " + s.date() + ": the frozen half-hour(s) " + halfHours.stream()
                        .map(h -> String.format(java.util.Locale.ROOT, "%02d:%02d", h / 2, h % 2 * 30)).toList()
                        + " keep the published schedule and cannot cover the new deficit (emergency lists)");
            }
        }
        return out;
    }

    /** Why the drafts do not fit the store's groups, or null when they do. */
    private String groupsRefusal(List<RevisionDraft> drafts) {
        for (RevisionDraft d : drafts) {
            Set<String> stored = new HashSet<>();
            store.organisation().groups(d.region(), ScheduleType.HOURLY).forEach(g -> stored.add(g.code()));
            Set<String> drafted = new HashSet<>();
            d.groups().forEach(g -> drafted.add(g.group()));
            if (!stored.equals(drafted)) {
                return "the rota's groups of region " + d.region() + " " + new java.util.TreeSet<>(drafted)
                        + " are not the store's " + new java.util.TreeSet<>(stored);
            }
        }
        return null;
    }

    /** The published ledger of the days before the plan, as the rota's (plan region names). */
    private static Ledger ledger(Prepared p, PublishedState state, LocalDate first) {
        Map<String, Map<String, NavigableMap<LocalDate, Double>>> hours = new TreeMap<>();
        p.regions().forEach((planRegion, code) -> {
            for (LedgerDay l : state.regions().get(code).ledger()) {
                if (l.day().isBefore(first) && !l.day().isBefore(first.minusDays(Ledger.WINDOW_DAYS - 1))) {
                    hours.computeIfAbsent(planRegion, k -> new TreeMap<>()).computeIfAbsent(l.group(), k -> new TreeMap<>())
                            .put(l.day(), Math.min(24, l.hoursOff()));
                }
            }
        });
        return new Ledger(hours);
    }

    /** The published schedules of the plan's days (and the day before), or null when nothing is published. */
    private static Replan replan(Prepared p, PublishedState state, List<LocalDate> dates, LocalDateTime now) {
        List<RegionSchedule> published = new ArrayList<>();
        List<LocalDate> days = new ArrayList<>(dates);
        days.addFirst(dates.getFirst().minusDays(1));
        p.regions().forEach((planRegion, code) -> {
            PublishedState.Region r = state.regions().get(code);
            for (LocalDate day : days) {
                var groups = r.days().get(day);
                if (groups != null) {
                    published.add(schedule(planRegion, day, groups.values(), r.figures().get(day)));
                }
            }
        });
        return published.isEmpty() ? null : new Replan(published, now);
    }

    private static RegionSchedule schedule(String planRegion, LocalDate day,
                                           java.util.Collection<org.fairshed.store.model.GroupSchedule> groups,
                                           DayFigures figures) {
        List<GroupSchedule> out = new ArrayList<>();
        for (var g : groups) {
            boolean[] off = new boolean[HalfHours.PER_DAY];
            boolean[] possible = new boolean[HalfHours.PER_DAY];
            for (Outage o : g.outages()) {
                for (int h = o.startMinute() / HalfHours.MINUTES; h * HalfHours.MINUTES < o.endMinute()
                        && h < HalfHours.PER_DAY; h++) {
                    (o.kind() == OutageKind.DEFINITE ? off : possible)[h] = true;
                }
            }
            for (int h = 0; h < HalfHours.PER_DAY; h++) {
                possible[h] &= !off[h];
            }
            out.add(new GroupSchedule(g.group(), halfHours(g.loadMw()), off, possible));
        }
        double[] quota = figures == null ? new double[HalfHours.PER_DAY] : halfHours(figures.quotaMw());
        return new RegionSchedule(planRegion, day, "published", quota, out, RotaStatus.OPTIMAL, List.of(), 0);
    }

    private static double[] halfHours(List<Double> values) {
        double[] out = new double[HalfHours.PER_DAY];
        if (values.size() == HalfHours.PER_DAY) {
            for (int h = 0; h < HalfHours.PER_DAY; h++) {
                out[h] = values.get(h);
            }
        }
        return out;
    }

    /** The draft with the published figures and loads of the half-hours before {@code start} on its first day. */
    static RevisionDraft withHistory(RevisionDraft d, PublishedState.Region published, LocalDateTime start) {
        int before = (start.getHour() * 60 + start.getMinute()) / HalfHours.MINUTES;
        LocalDate first = start.toLocalDate();
        DayFigures old = published == null ? null : published.figures().get(first);
        if (before == 0 || old == null || old.quotaMw().size() != HalfHours.PER_DAY) {
            return d;
        }
        List<DayFigures> days = new ArrayList<>();
        for (DayFigures f : d.days()) {
            days.add(!f.day().equals(first) ? f : new DayFigures(f.day(), splice(old.quotaMw(), f.quotaMw(), before),
                    splice(old.criticalShedMw(), f.criticalShedMw(), before), splice(old.slotStatus(), f.slotStatus(),
                    before)));
        }
        List<GroupDay> groups = new ArrayList<>();
        var oldGroups = published.days().getOrDefault(first, Map.of());
        for (GroupDay g : d.groups()) {
            var o = oldGroups.get(g.group());
            groups.add(!g.day().equals(first) || o == null || o.loadMw().size() != HalfHours.PER_DAY ? g
                    : new GroupDay(g.group(), g.day(), g.definite(), g.possible(), splice(o.loadMw(), g.loadMw(), before)));
        }
        return new RevisionDraft(d.region(), d.slotMinutes(), days, groups, d.ledger(), d.planStatus(), d.reason(),
                d.author());
    }

    private static <T> List<T> splice(List<T> history, List<T> plan, int before) {
        List<T> out = new ArrayList<>(plan);
        for (int h = 0; h < before && h < out.size(); h++) {
            out.set(h, history.get(h));
        }
        return out;
    }

    /**
     * The draft with both layers (definite and possible) of the published schedule before now + freeze: the rota keeps
     * the definite cells of those half-hours but recomputes the possible layer, which must not change either in the
     * past or in the frozen hour.
     */
    static RevisionDraft frozen(RevisionDraft d, PublishedState.Region published, LocalDateTime now, int freezeMinutes) {
        if (published == null) {
            return d;
        }
        List<GroupDay> groups = new ArrayList<>();
        for (GroupDay g : d.groups()) {
            long limit = java.time.Duration.between(g.day().atStartOfDay(), now).toMinutes() + freezeMinutes;
            int cut = (int) Math.min(HalfHours.MINUTES_PER_DAY, Math.max(0, (limit + HalfHours.MINUTES - 1)
                    / HalfHours.MINUTES * HalfHours.MINUTES));
            var old = published.days().getOrDefault(g.day(), Map.of()).get(g.group());
            if (cut == 0 || old == null) {
                groups.add(g);
                continue;
            }
            List<org.fairshed.store.model.Interval> definite = new ArrayList<>();
            List<org.fairshed.store.model.Interval> possible = new ArrayList<>();
            for (Outage o : old.outages()) {
                if (o.startMinute() < cut) {
                    (o.kind() == OutageKind.DEFINITE ? definite : possible).add(
                            new org.fairshed.store.model.Interval(o.startMinute(), Math.min(cut, o.endMinute())));
                }
            }
            groups.add(new GroupDay(g.group(), g.day(), join(definite, g.definite(), cut), join(possible, g.possible(), cut),
                    g.loadMw()));
        }
        return new RevisionDraft(d.region(), d.slotMinutes(), d.days(), groups, d.ledger(), d.planStatus(), d.reason(),
                d.author());
    }

    /** {@code before} (all under {@code cut}) then {@code after}'s parts from {@code cut} on, touching ones merged. */
    private static List<org.fairshed.store.model.Interval> join(List<org.fairshed.store.model.Interval> before,
                                                                List<org.fairshed.store.model.Interval> after, int cut) {
        List<org.fairshed.store.model.Interval> out = new ArrayList<>(before);
        for (var i : after) {
            if (i.end() <= cut) {
                continue;
            }
            int start = Math.max(cut, i.start());
            int last = out.size() - 1;
            if (last >= 0 && out.get(last).end() == start) {
                out.set(last, new org.fairshed.store.model.Interval(out.get(last).start(), i.end()));
            } else {
                out.add(new org.fairshed.store.model.Interval(start, i.end()));
            }
        }
        return out;
    }
}
