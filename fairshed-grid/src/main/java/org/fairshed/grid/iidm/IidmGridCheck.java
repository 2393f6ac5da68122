package org.fairshed.grid.iidm;

import java.util.List;
import org.fairshed.common.InputException;
import org.fairshed.grid.model.Branch;
import org.fairshed.grid.model.Generator;
import org.fairshed.grid.model.GridValidator;

/** The check of a grid converted from IIDM, before it is built: {@link GridValidator}'s ranges, named by IIDM id. */
final class IidmGridCheck {

    private IidmGridCheck() {
    }

    /** The values of every element against {@link GridValidator}, each failure naming the element's IIDM id. */
    static void check(String source, List<org.fairshed.grid.model.Bus> buses, List<Generator> generators,
                              List<com.powsybl.iidm.network.Generator> iidmGens, List<Branch> branches,
                              List<String> branchIds) {
        for (org.fairshed.grid.model.Bus b : buses) {
            fail(source, "bus '" + b.name() + "'", GridValidator.bus(b));
        }
        for (int g = 0; g < generators.size(); g++) {
            fail(source, "generator '" + iidmGens.get(g).getId() + "'", GridValidator.generator(generators.get(g)));
        }
        for (int k = 0; k < branches.size(); k++) {
            fail(source, "branch '" + branchIds.get(k) + "'", GridValidator.branch(branches.get(k)));
        }
        if (generators.size() > GridValidator.MAX_GENERATORS || branches.size() > GridValidator.MAX_BRANCHES) {
            throw InputException.of(source, "has " + generators.size() + " generators and " + branches.size()
                    + " branches; Fairshed reads at most " + GridValidator.MAX_GENERATORS + " and "
                    + GridValidator.MAX_BRANCHES);
        }
    }

    private static void fail(String source, String element, GridValidator.Violation v) {
        if (v != null) {
            throw InputException.atField(source, element, "(as converted from IIDM): " + v.detail());
        }
    }
}
