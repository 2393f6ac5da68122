package org.fairshed.job;

import java.util.Objects;
import org.fairshed.rota.Replan;
import org.fairshed.rota.RotaMethod;
import org.fairshed.rota.RotaParameters;
import org.fairshed.rota.groups.GroupConfig;
import org.fairshed.rota.ledger.Ledger;

/**
 * The rota part of a job: how the plan's regional shed becomes group schedules.
 *
 * @param groups          every region's switching groups, or null for the default groups of every region the plan
 *                        names ({@link GroupConfig#synthetic} with {@link GroupConfig#DEFAULT_SEED}, as
 *                        {@code fairshed rota} without {@code --groups})
 * @param groupsSource    names the groups in errors ({@code groups.json}); ignored with the default groups
 * @param ledger          hours off per group over the past days of the rolling week
 * @param replan          the published schedules and the moment of a re-plan, or null for a fresh rota
 * @param method          the rota method
 * @param parameters      the rules and tolerances
 * @param usableSlotsOnly schedule a plan with unusable slots anyway, their half-hours left unscheduled and reported
 */
public record RotaRequest(GroupConfig groups, String groupsSource, Ledger ledger, Replan replan, RotaMethod method,
                          RotaParameters parameters, boolean usableSlotsOnly) {

    /** A fresh rota with the default groups, an empty ledger and the sweep's default rules. */
    public static RotaRequest defaults(RotaMethod method) {
        return new RotaRequest(null, null, Ledger.empty(), null, method, RotaParameters.defaults(), false);
    }

    public RotaRequest {
        groupsSource = groups == null ? GroupConfig.DEFAULT_SOURCE : Objects.requireNonNull(groupsSource, "groupsSource");
        Objects.requireNonNull(ledger, "ledger");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(parameters, "parameters");
    }
}
