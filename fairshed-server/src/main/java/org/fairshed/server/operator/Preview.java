package org.fairshed.server.operator;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.fairshed.plan.AcSlotCheck;
import org.fairshed.plan.BindingBranch;
import org.fairshed.plan.PlanResult;
import org.fairshed.plan.SlotPlan;
import org.fairshed.store.model.GroupDay;
import org.fairshed.store.model.GroupSchedule;
import org.fairshed.store.model.Interval;
import org.fairshed.store.model.Outage;
import org.fairshed.store.model.OutageKind;
import org.fairshed.store.model.RevisionDraft;
import org.fairshed.store.revision.DiffCalculator;
import org.fairshed.store.revision.MinuteChange;

/**
 * The preview of a draft against the published state it was computed on: per region which groups and half-hours
 * change (runs of minutes with the state before and after, as the public diff), the addresses of the changed groups
 * and the MW whose state changes, fairness (hours off per group over the draft's days) before and after; the plan's
 * status, every slot that is not cleanly optimal and the AC check of every slot.
 */
final class Preview {

    private Preview() {
    }

    record Body(long draft, long job, String basedOn, String network, boolean publishable, String refusal,
                List<String> warnings, PlanPart plan, List<RegionPart> regions, Totals totals) {
    }

    record Totals(int groupsChanged, int halfHoursChanged, long addressesAffected, double mwAffectedPeak) {
    }

    record RegionPart(String region, int basedOnRevision, List<String> groupsChanged, int halfHoursChanged,
                      List<Change> changes, List<String> daysAdded, long addressesAffected, double mwAffectedPeak,
                      double mwhChanged, Fairness fairnessBefore, Fairness fairnessAfter) {
    }

    /** A run of minutes [start, end) of a group's day whose state goes from {@code before} to {@code after}. */
    record Change(String group, String day, int start, int end, String before, String after) {
    }

    /** Definite hours off per group over the draft's days. */
    record Fairness(double minHours, double maxHours, double meanHours, double spreadHours) {
    }

    record PlanPart(String status, String engineStatus, String message, String start, int slotMinutes, int slots,
                    List<SlotNote> notOptimal, AcSummary acSummary, List<AcSlot> ac, List<Binding> binding) {
    }

    /**
     * A branch the DC plan held at its limit in at least one slot (the planner's binding branches), most often bound
     * first.
     *
     * @param branch     1-based row of the network's branch table
     * @param from       bus number of its from end
     * @param to         bus number of its to end
     * @param limitMw    its limit (RATE_A)
     * @param slotsBound in how many of the plan's slots it was at its limit
     * @param maxFlowMw  the largest |flow| over those slots
     * @param slots      the slots where it was bound, with the from-end flow (signed: negative flows to → from)
     */
    record Binding(int branch, int from, int to, double limitMw, int slotsBound, double maxFlowMw,
                   List<BoundSlot> slots) {
    }

    record BoundSlot(int slot, String start, double flowMw) {
    }

    record SlotNote(int slot, String start, String status, boolean usable, String message) {
    }

    /**
     * The AC check over the plan's slots; {@code concernSlots} are those that did not converge, have a bus outside its
     * voltage limits or a branch over RATE_A in MVA: publishing such a draft needs {@code acknowledgeAcCheck}.
     */
    record AcSummary(int checked, int converged, int withOverloads, int withVoltageViolations, Double minVoltagePu,
                     Double maxVoltagePu, List<Integer> concernSlots) {
    }

    record AcSlot(int slot, String start, String status, boolean converged, double minVoltagePu, int minVoltageBus,
                  double maxVoltagePu, int maxVoltageBus, int voltageViolations, boolean concern,
                  List<AcSlotCheck.Overload> overloads) {
    }

    static Body of(long draftId, long jobId, String network, PublishedState state, List<RevisionDraft> drafts,
                   PlanResult plan, String engineStatus, String message, boolean publishable, String refusal,
                   List<String> warnings, Map<String, Map<String, Long>> addressesByGroup) {
        List<RegionPart> regions = new ArrayList<>();
        int groups = 0;
        int halfHours = 0;
        long addresses = 0;
        double peak = 0;
        for (RevisionDraft d : drafts) {
            PublishedState.Region p = state.regions().get(d.region());
            RegionPart r = region(d, p, addressesByGroup.getOrDefault(d.region(), Map.of()));
            regions.add(r);
            groups += r.groupsChanged().size();
            halfHours += r.halfHoursChanged();
            addresses += r.addressesAffected();
            peak += r.mwAffectedPeak();
        }
        return new Body(draftId, jobId, state.etag(), network, publishable, refusal, warnings,
                plan(plan, engineStatus, message),
                regions, new Totals(groups, halfHours, addresses, round(peak)));
    }

    static RegionPart region(RevisionDraft d, PublishedState.Region p, Map<String, Long> addresses) {
        List<Change> changes = new ArrayList<>();
        TreeSet<String> groups = new TreeSet<>();
        TreeSet<String> added = new TreeSet<>();
        int halfHours = 0;
        double[][] mwByDay = new double[d.days().size()][48];
        List<LocalDate> days = d.days().stream().map(f -> f.day()).toList();
        for (GroupDay g : d.groups()) {
            GroupSchedule before = p.days().getOrDefault(g.day(), Map.of()).get(g.group());
            if (before == null) {
                added.add(g.day().toString());
                continue;
            }
            List<MinuteChange> runs = DiffCalculator.changes(before.outages(), outages(g));
            boolean[] cell = new boolean[48];
            for (MinuteChange m : runs) {
                changes.add(new Change(g.group(), g.day().toString(), m.start(), m.end(), state(m.before()),
                        state(m.after())));
                for (int h = m.start() / 30; h * 30 < m.end(); h++) {
                    cell[h] = true;
                }
            }
            int di = days.indexOf(g.day());
            for (int h = 0; h < 48; h++) {
                if (cell[h]) {
                    halfHours++;
                    groups.add(g.group());
                    if (di >= 0 && h < g.loadMw().size()) {
                        mwByDay[di][h] += g.loadMw().get(h);
                    }
                }
            }
        }
        double peak = 0;
        double mwh = 0;
        for (double[] day : mwByDay) {
            for (double mw : day) {
                peak = Math.max(peak, mw);
                mwh += mw * 0.5;
            }
        }
        long affected = groups.stream().mapToLong(g -> addresses.getOrDefault(g, 0L)).sum();
        return new RegionPart(d.region(), p == null ? 0 : p.number(), List.copyOf(groups), halfHours, changes,
                List.copyOf(added), affected, round(peak), round(mwh), fairnessBefore(d, p), fairnessAfter(d));
    }

    private static Fairness fairnessAfter(RevisionDraft d) {
        Map<String, Double> hours = new java.util.TreeMap<>();
        for (GroupDay g : d.groups()) {
            hours.merge(g.group(), g.hoursOff(), Double::sum);
        }
        return fairness(hours.values());
    }

    private static Fairness fairnessBefore(RevisionDraft d, PublishedState.Region p) {
        if (p == null) {
            return null;
        }
        Map<String, Double> hours = new java.util.TreeMap<>();
        boolean any = false;
        for (GroupDay g : d.groups()) {
            GroupSchedule before = p.days().getOrDefault(g.day(), Map.of()).get(g.group());
            any |= before != null;
            hours.merge(g.group(), before == null ? 0 : before.hoursOff(), Double::sum);
        }
        return any ? fairness(hours.values()) : null;
    }

    private static Fairness fairness(java.util.Collection<Double> hours) {
        double min = hours.stream().mapToDouble(Double::doubleValue).min().orElse(0);
        double max = hours.stream().mapToDouble(Double::doubleValue).max().orElse(0);
        double mean = hours.stream().mapToDouble(Double::doubleValue).average().orElse(0);
        return new Fairness(round(min), round(max), round(mean), round(max - min));
    }

    private static PlanPart plan(PlanResult plan, String engineStatus, String message) {
        if (plan == null) {
            return new PlanPart("NONE", engineStatus, message, null, 0, 0, List.of(), new AcSummary(0, 0, 0, 0, null, null, List.of()),
                    List.of(), List.of());
        }
        List<SlotNote> notes = new ArrayList<>();
        List<AcSlot> ac = new ArrayList<>();
        int converged = 0;
        int overloaded = 0;
        int outside = 0;
        List<Integer> concerns = new ArrayList<>();
        Double vMin = null;
        Double vMax = null;
        for (SlotPlan s : plan.slots()) {
            String start = plan.input().start().plusMinutes((long) s.slot() * plan.input().slotMinutes()).toString();
            if (s.status() != org.fairshed.plan.PlanStatus.OPTIMAL || s.degraded()) {
                notes.add(new SlotNote(s.slot(), start, s.status().name(), s.usable(), s.message()));
            }
            AcSlotCheck c = s.ac();
            if (c != null) {
                ac.add(new AcSlot(s.slot(), start, c.status(), c.converged(), round(c.minVoltagePu()), c.minVoltageBus(),
                        round(c.maxVoltagePu()), c.maxVoltageBus(), c.voltageViolations(), c.concern(), c.overloads()));
                if (c.concern()) {
                    concerns.add(s.slot());
                }
                outside += c.voltageViolations() > 0 ? 1 : 0;
                if (c.converged()) {
                    converged++;
                    vMin = vMin == null ? c.minVoltagePu() : Math.min(vMin, c.minVoltagePu());
                    vMax = vMax == null ? c.maxVoltagePu() : Math.max(vMax, c.maxVoltagePu());
                }
                overloaded += c.overloads().isEmpty() ? 0 : 1;
            }
        }
        return new PlanPart(org.fairshed.server.publish.DraftMapper.planStatus(plan), engineStatus, message,
                plan.input().start().toString(), plan.input().slotMinutes(), plan.slots().size(), notes,
                new AcSummary(ac.size(), converged, overloaded, outside, vMin == null ? null : round(vMin),
                        vMax == null ? null : round(vMax), concerns), ac, binding(plan));
    }

    /** The plan's binding branches over its slots, grouped by branch: most slots bound first, then by row. */
    static List<Binding> binding(PlanResult plan) {
        Map<Integer, List<BoundSlot>> slots = new java.util.TreeMap<>();
        Map<Integer, BindingBranch> first = new java.util.HashMap<>();
        for (SlotPlan s : plan.slots()) {
            String start = plan.input().start().plusMinutes((long) s.slot() * plan.input().slotMinutes()).toString();
            for (BindingBranch b : s.binding()) {
                first.putIfAbsent(b.branch(), b);
                slots.computeIfAbsent(b.branch(), k -> new ArrayList<>()).add(new BoundSlot(s.slot(), start,
                        round(b.flowMw())));
            }
        }
        List<Binding> out = new ArrayList<>();
        slots.forEach((branch, bound) -> {
            BindingBranch b = first.get(branch);
            double max = bound.stream().mapToDouble(x -> Math.abs(x.flowMw())).max().orElse(0);
            out.add(new Binding(branch, b.from(), b.to(), round(b.limitMw()), bound.size(), round(max), bound));
        });
        out.sort(java.util.Comparator.comparingInt(Binding::slotsBound).reversed().thenComparingInt(Binding::branch));
        return out;
    }

    private static List<Outage> outages(GroupDay g) {
        List<Outage> out = new ArrayList<>();
        for (Interval i : g.definite()) {
            out.add(new Outage(OutageKind.DEFINITE, i.start(), i.end(), null, null));
        }
        for (Interval i : g.possible()) {
            out.add(new Outage(OutageKind.POSSIBLE, i.start(), i.end(), null, null));
        }
        out.sort(java.util.Comparator.comparingInt(Outage::startMinute));
        return out;
    }

    private static String state(Object s) {
        return s.toString();
    }

    private static double round(double v) {
        return Math.round(v * 1e4) / 1e4;
    }
}
