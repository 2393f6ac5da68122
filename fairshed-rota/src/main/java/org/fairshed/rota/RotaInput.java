package org.fairshed.rota;

import java.util.Objects;
import org.fairshed.rota.groups.GroupConfig;
import org.fairshed.rota.ledger.Ledger;
import org.fairshed.rota.plan.PlanQuotas;

/**
 * What a rota run schedules.
 *
 * @param plan            the plan's quotas per region and half-hour (from a file or from memory)
 * @param groups          the switching groups of every region
 * @param groupsSource    names the group file in errors ("groups.json", "default groups")
 * @param ledger          hours off per group over the past days of the rolling week
 * @param replan          the published schedules and the moment of a re-plan, or null for a fresh rota
 * @param usableSlotsOnly schedule a plan with unusable (unknown) slots anyway, leaving their half-hours unscheduled
 *                        and reported; without it such a plan is refused
 */
public record RotaInput(PlanQuotas plan, GroupConfig groups, String groupsSource, Ledger ledger,
                        Replan replan, boolean usableSlotsOnly) {

    public RotaInput {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(groups, "groups");
        Objects.requireNonNull(groupsSource, "groupsSource");
        Objects.requireNonNull(ledger, "ledger");
    }

    /** A fresh rota of a plan without unusable slots. */
    public static RotaInput of(PlanQuotas plan, GroupConfig groups, String groupsSource, Ledger ledger) {
        return new RotaInput(plan, groups, groupsSource, ledger, null, false);
    }
}
