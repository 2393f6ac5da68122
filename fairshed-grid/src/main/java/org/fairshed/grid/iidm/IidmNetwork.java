package org.fairshed.grid.iidm;

import com.powsybl.iidm.network.Network;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A PowSyBl IIDM network made from a {@link org.fairshed.grid.model.Grid}, with the identifiers that link
 * our rows and bus numbers to IIDM objects.
 *
 * @param network         the IIDM network (bus-breaker topology, one configured bus per MATPOWER bus)
 * @param generatorIds    IIDM generator id of generator row {@code r} at index {@code r - 1}
 * @param branchIds       IIDM line or two-winding transformer id of branch row {@code r} at index {@code r - 1}
 * @param busIds          bus number to IIDM bus-breaker-view bus id ({@code BUS-n})
 * @param voltageLevelIds bus number to the id of the IIDM voltage level holding that bus
 */
public record IidmNetwork(Network network, List<String> generatorIds, List<String> branchIds,
                          Map<Integer, String> busIds, Map<Integer, String> voltageLevelIds) {

    public IidmNetwork {
        Objects.requireNonNull(network, "network");
        generatorIds = List.copyOf(generatorIds);
        branchIds = List.copyOf(branchIds);
        busIds = Map.copyOf(busIds);
        voltageLevelIds = Map.copyOf(voltageLevelIds);
    }

    /** IIDM id of generator row {@code row} (1-based). */
    public String generatorId(int row) {
        return generatorIds.get(row - 1);
    }

    /** IIDM id of the line or two-winding transformer of branch row {@code row} (1-based). */
    public String branchId(int row) {
        return branchIds.get(row - 1);
    }

    /** IIDM bus-breaker-view bus id of bus {@code number}. */
    public String busId(int number) {
        String id = busIds.get(number);
        if (id == null) {
            throw new IllegalArgumentException("no bus " + number + " in the IIDM network " + network.getId());
        }
        return id;
    }
}
