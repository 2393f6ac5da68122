package org.fairshed.server.operator;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.fairshed.common.InputException;
import org.fairshed.grid.damage.Damage;
import org.fairshed.grid.damage.Derate;
import org.fairshed.plan.scenario.AvailabilitySpec;
import org.fairshed.plan.scenario.Scenario;
import org.fairshed.plan.scenario.SlotProfile;

/**
 * The intraday re-plan's scenario: the current day's scenario with the damage update added to its damage, cut to
 * start at the slot that holds the update's moment (earlier slots are history: the rota keeps their published cells
 * and counts them in the ledger).
 */
final class Replans {

    private Replans() {
    }

    /** {@code base} from the slot holding {@code at}, with {@code extra} damage on top of its own. */
    static Scenario from(Scenario base, Damage extra, LocalDateTime at) {
        LocalDateTime end = base.start().plusMinutes((long) base.slots() * base.slotMinutes());
        if (at.isBefore(base.start()) || !at.isBefore(end)) {
            throw InputException.atField(Upload.SOURCE, "at", "is " + at + "; the current day runs from " + base.start()
                    + " to " + end);
        }
        int first = (int) (Duration.between(base.start(), at).toMinutes() / base.slotMinutes());
        int slots = base.slots() - first;
        Function<SlotProfile, SlotProfile> cut = p -> p == null ? null
                : new SlotProfile(java.util.Arrays.copyOfRange(p.values(), first, first + slots));
        Map<Integer, SlotProfile> areaLoad = new LinkedHashMap<>();
        base.areaLoadMw().forEach((area, p) -> areaLoad.put(area, cut.apply(p)));
        AvailabilitySpec a = base.availability();
        AvailabilitySpec availability = a == null ? null : new AvailabilitySpec(cutAll(a.fuel(), cut),
                cutAll(a.generators(), cut));
        return new Scenario(base.source(), base.name() + "-replan-" + at, "re-plan from " + at + " after a damage update"
                + (base.description() == null ? "" : " of: " + base.description()), base.network(),
                base.start().plusMinutes((long) first * base.slotMinutes()), base.slotMinutes(), slots, areaLoad,
                cut.apply(base.loadScale()), merge(base.damage(), extra), base.regions(), base.critical(),
                base.fairness(), base.ramps(), availability, base.lossShare());
    }

    /** Both damages: everything lost in either; a generator derated in both takes the update's factor. */
    static Damage merge(Damage base, Damage extra) {
        Map<Integer, Double> factor = new LinkedHashMap<>();
        for (Damage d : List.of(base, extra)) {
            for (Derate r : d.derates()) {
                for (int g : r.generators()) {
                    factor.put(g, r.factor());
                }
            }
        }
        Map<Double, List<Integer>> byFactor = new LinkedHashMap<>();
        factor.forEach((g, f) -> byFactor.computeIfAbsent(f, k -> new ArrayList<>()).add(g));
        List<Derate> derates = new ArrayList<>();
        byFactor.forEach((f, gens) -> derates.add(new Derate(gens, f)));
        return new Damage(union(base.generators(), extra.generators()), union(base.branches(), extra.branches()),
                union(base.buses(), extra.buses()), derates, extra.source());
    }

    private static List<Integer> union(List<Integer> a, List<Integer> b) {
        LinkedHashSet<Integer> out = new LinkedHashSet<>(a);
        out.addAll(b);
        return List.copyOf(out);
    }

    private static <K> Map<K, SlotProfile> cutAll(Map<K, SlotProfile> in, Function<SlotProfile, SlotProfile> cut) {
        Map<K, SlotProfile> out = new LinkedHashMap<>();
        in.forEach((k, p) -> out.put(k, cut.apply(p)));
        return out;
    }

    /** {@code base} with {@code extra} damage on top of its own, over its whole horizon. */
    static Scenario withDamage(Scenario base, Damage extra) {
        return new Scenario(base.source(), base.name(), base.description(), base.network(), base.start(),
                base.slotMinutes(), base.slots(), base.areaLoadMw(), base.loadScale(), merge(base.damage(), extra),
                base.regions(), base.critical(), base.fairness(), base.ramps(), base.availability(),
                base.lossShare());
    }
}
