package org.fairshed.plan.scenario;

import java.nio.file.Path;
import org.fairshed.common.InputException;
import org.fairshed.common.Limits;
import org.fairshed.common.json.JsonFields;
import org.fairshed.grid.iidm.NetworkImport;
import org.fairshed.grid.dc.DcModel;
import org.fairshed.grid.model.Branch;
import org.fairshed.grid.model.Grid;
import org.fairshed.grid.model.GridValidator;
import org.fairshed.plan.FairnessSettings;
import org.fairshed.plan.PlanInput;
import org.fairshed.plan.Regions;

/**
 * Resolves a {@link Scenario} against its network into a {@link PlanInput}: finds and reads the case, checks the
 * values the planner uses ({@link CaseValues}) and the scenario's references to it ({@link DamageCheck}), applies
 * the damage, computes per-slot bus loads and generator availability, regions, critical shares, fairness settings and
 * ramp limits. Errors are {@link InputException}s naming the scenario file (or the case file) and the field.
 */
public final class PlanInputFactory {

    private PlanInputFactory() {
    }

    /**
     * The network file of a scenario.
     *
     * @param scenarioFile the scenario's path: its folder is searched for the network when {@code casesDir} is null
     * @param casesDir     folder searched recursively for the network file by name, or null
     * @throws InputException when the network cannot be found
     */
    public static Path networkFile(Scenario scenario, Path scenarioFile, Path casesDir) {
        return NetworkLocator.locate(scenario.network(), scenario.source(), scenarioFile, casesDir);
    }

    /**
     * Reads the scenario's network and resolves the scenario against it.
     *
     * @throws InputException when the network cannot be found or the scenario does not fit it
     */
    public static PlanInput create(Scenario scenario, Path scenarioFile, Path casesDir) {
        return create(scenario, networkFile(scenario, scenarioFile, casesDir));
    }

    /**
     * Reads a network file (found with {@link #networkFile}) and resolves the scenario against it.
     *
     * @throws InputException when the network is not valid or the scenario does not fit it
     */
    public static PlanInput create(Scenario scenario, Path networkFile) {
        Grid grid = NetworkImport.readAnyFormat(networkFile);
        GridValidator.require(grid, networkFile.toString());
        return resolve(scenario, grid);
    }

    /**
     * Resolves the scenario against an already read network (undamaged: the scenario's outages and derates are
     * applied here).
     *
     * @throws InputException when the scenario does not fit the network
     */
    public static PlanInput create(Scenario scenario, Grid caseGrid) {
        GridValidator.require(caseGrid, caseGrid.name());
        return resolve(scenario, caseGrid);
    }

    /** Every energized branch has a reactance the DC model takes (checked here, before any solver, not mid-plan). */
    private static void requireDcBranches(Grid grid) {
        for (int k = 0; k < grid.branches().size(); k++) {
            Branch br = grid.branches().get(k);
            if (br.inService() && !grid.bus(br.from()).isIsolated() && !grid.bus(br.to()).isIsolated()) {
                DcModel.susceptancePu(grid, k);
            }
        }
    }

    private static PlanInput resolve(Scenario scenario, Grid caseGrid) {
        String source = scenario.source();
        Grid grid = scenario.damage().applyTo(caseGrid);
        requireDcBranches(grid);
        double[][] load = LoadProfiles.busLoadMw(grid, scenario);
        checkLoads(grid, scenario, load);
        double[][] pmax = GeneratorAvailability.pmaxMw(grid, scenario.availability(), scenario.slots(), source);
        Regions regions = RegionResolver.resolve(grid, scenario.regions(), load, source);
        double[] critical = CriticalShares.resolve(grid, regions, scenario.critical(), source);
        FairnessSettings fairness = HistoryResolver.resolve(scenario.fairness(), regions, load, critical,
                scenario.slotMinutes(), source);
        double[] ramps = RampLimits.mwPerSlot(grid, scenario.ramps(), scenario.slotMinutes());
        return new PlanInput(scenario.name(), grid, scenario.start(), scenario.slotMinutes(), load, pmax, critical,
                regions, fairness, ramps, scenario.lossShare());
    }

    /** Every bus load of every slot within {@link Limits#MAX_POWER_MW} once the scenario's factors are applied. */
    private static void checkLoads(Grid grid, Scenario scenario, double[][] load) {
        for (int t = 0; t < load.length; t++) {
            for (int b = 0; b < load[t].length; b++) {
                double mw = load[t][b];
                if (!Double.isFinite(mw) || Math.abs(mw) > Limits.MAX_POWER_MW) {
                    String field = scenario.loadScale() != null ? JsonFields.index("loadScale", t) : "areaLoadMw";
                    throw InputException.atField(scenario.source(), field, "makes the load of bus "
                            + grid.buses().get(b).number() + " in slot " + t + " " + mw + " MW; at most "
                            + (long) Limits.MAX_POWER_MW + " MW in size is accepted");
                }
            }
        }
    }
}
