package org.fairshed.plan.scenario;

import org.fairshed.common.InputException;
import java.nio.file.Path;
import org.fairshed.grid.damage.Damage;
import org.fairshed.grid.iidm.NetworkImport;
import org.fairshed.grid.model.Grid;
import org.fairshed.plan.FairnessSettings;
import org.fairshed.plan.PlanInput;
import org.fairshed.plan.Regions;

/**
 * Resolves a {@link Scenario} against its network into a {@link PlanInput}: finds and reads the case, applies the
 * damage, computes per-slot bus loads and generator availability, regions, critical shares, fairness settings and
 * ramp limits. Errors are {@link InputException}s naming the scenario file and the field.
 */
public final class PlanInputFactory {

    private PlanInputFactory() {
    }

    /**
     * Reads the scenario's network and resolves the scenario against it.
     *
     * @param scenarioFile the scenario's path: its folder is searched for the network when {@code casesDir} is null
     * @param casesDir     folder searched recursively for the network file by name, or null
     * @throws InputException when the network cannot be found or the scenario does not fit it
     */
    public static PlanInput create(Scenario scenario, Path scenarioFile, Path casesDir) {
        Path network = NetworkLocator.locate(scenario.network(), scenario.source(), scenarioFile, casesDir);
        return create(scenario, NetworkImport.readAnyFormat(network));
    }

    /**
     * Resolves the scenario against an already read network (undamaged: the scenario's outages and derates are
     * applied here).
     *
     * @throws InputException when the scenario does not fit the network
     */
    public static PlanInput create(Scenario scenario, Grid caseGrid) {
        String source = scenario.source();
        Grid grid = applyDamage(scenario.damage(), caseGrid, source);
        double[][] load = LoadProfiles.busLoadMw(grid, scenario);
        double[][] pmax = GeneratorAvailability.pmaxMw(grid, scenario.availability(), scenario.slots(), source);
        Regions regions = RegionResolver.resolve(grid, scenario.regions(), load, source);
        double[] critical = CriticalShares.resolve(grid, regions, scenario.critical(), source);
        FairnessSettings fairness = HistoryResolver.resolve(scenario.fairness(), regions, load, critical,
                scenario.slotMinutes(), source);
        double[] ramps = RampLimits.mwPerSlot(grid, scenario.ramps(), scenario.slotMinutes());
        return new PlanInput(scenario.name(), grid, scenario.start(), scenario.slotMinutes(), load, pmax, critical,
                regions, fairness, ramps);
    }

    private static Grid applyDamage(Damage damage, Grid grid, String source) {
        try {
            return damage.applyTo(grid);
        } catch (IllegalArgumentException e) {
            String message = e.getMessage();
            int space = message.indexOf(' ');
            boolean named = space > 0 && (message.startsWith("outages.") || message.startsWith("derates["));
            throw new InputException(source, 0, 0, named ? message.substring(0, space) : "",
                    named ? message.substring(space + 1) : message, e);
        }
    }
}
