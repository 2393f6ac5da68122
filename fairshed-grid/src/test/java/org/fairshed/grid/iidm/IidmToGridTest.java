package org.fairshed.grid.iidm;

import com.powsybl.ieeecdf.converter.IeeeCdfNetworkFactory;
import org.fairshed.grid.model.Branch;
import org.fairshed.grid.model.Bus;
import org.fairshed.grid.model.BusType;
import org.fairshed.grid.model.Generator;
import org.fairshed.grid.model.Grid;
import org.fairshed.grid.testing.IidmTestGrids;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class IidmToGridTest {

    private static final double MW_TOLERANCE = 1e-6;
    private static final double PU_TOLERANCE = 1e-9;

    @Test
    void roundTripKeepsBusesLoadsGeneratorsAndImpedances() {
        Grid original = IidmTestGrids.mixed();
        IidmNetwork iidm = GridToIidm.convert(original);
        Grid back = IidmToGrid.convert(iidm.network());

        // the isolated bus 6 has nothing connected, so it is not in the bus view
        assertThat(back.buses()).hasSize(5);
        Map<Integer, Integer> number = new HashMap<>();
        for (Bus b : original.buses()) {
            if (!b.isIsolated()) {
                String viewBus = iidm.network().getBusBreakerView().getBus(iidm.busId(b.number()))
                        .getVoltageLevel().getBusView().getMergedBus(iidm.busId(b.number())).getId();
                number.put(b.number(), back.buses().stream().filter(x -> viewBus.equals(x.name())).findFirst()
                        .orElseThrow().number());
            }
        }
        for (Map.Entry<Integer, Integer> e : number.entrySet()) {
            Bus before = original.bus(e.getKey());
            Bus after = back.bus(e.getValue());
            assertThat(after.pdMw()).as("Pd of bus %d", e.getKey()).isCloseTo(before.pdMw(), within(MW_TOLERANCE));
            assertThat(after.qdMvar()).as("Qd of bus %d", e.getKey()).isCloseTo(before.qdMvar(), within(MW_TOLERANCE));
            assertThat(after.gsMw()).as("Gs of bus %d", e.getKey()).isCloseTo(before.gsMw(), within(MW_TOLERANCE));
            assertThat(after.bsMvar()).as("Bs of bus %d", e.getKey()).isCloseTo(before.bsMvar(), within(MW_TOLERANCE));
            assertThat(after.baseKv()).isEqualTo(before.baseKv());
        }
        assertThat(back.bus(number.get(1)).type()).isEqualTo(BusType.REF);
        assertThat(back.bus(number.get(2)).type()).isEqualTo(BusType.PV);
        assertThat(back.bus(number.get(4)).type()).isEqualTo(BusType.PQ);

        assertThat(back.generators()).hasSize(4);
        for (int row = 1; row <= 4; row++) {
            Generator before = original.generator(row);
            Generator after = back.generators().stream()
                    .filter(g -> g.bus() == number.get(before.bus()) && g.pmaxMw() == before.pmaxMw())
                    .findFirst().orElseThrow();
            assertThat(after.pgMw()).isCloseTo(before.pgMw(), within(MW_TOLERANCE));
            assertThat(after.inService()).isEqualTo(before.inService());
            assertThat(after.qmaxMvar()).isCloseTo(before.qmaxMvar(), within(MW_TOLERANCE));
        }

        // the line 5-6 to the isolated bus is lost with the bus; lines come first, then transformers
        assertThat(back.branches()).hasSize(6);
        for (int row = 1; row <= 6; row++) {
            Branch before = original.branch(row);
            Branch after = back.branches().stream()
                    .filter(b -> b.from() == number.get(before.from()) && b.to() == number.get(before.to())
                            && b.inService() == before.inService() && Math.abs(b.x() - before.x()) < 1e-6)
                    .findFirst().orElseThrow();
            assertThat(after.r()).as("r of branch %d", row).isCloseTo(before.r(), within(PU_TOLERANCE));
            assertThat(after.b()).as("b of branch %d", row).isCloseTo(before.b(), within(PU_TOLERANCE));
            assertThat(after.ratio()).as("ratio of branch %d", row).isCloseTo(before.ratio(), within(PU_TOLERANCE));
            assertThat(after.rateA()).as("RATE_A of branch %d", row).isCloseTo(before.rateA(), within(MW_TOLERANCE));
            assertThat(after.rateB()).isCloseTo(before.rateB(), within(MW_TOLERANCE));
            assertThat(after.rateC()).isCloseTo(before.rateC(), within(MW_TOLERANCE));
        }
    }

    @Test
    void phaseShiftComesBackWithMatpowerSign() {
        Grid back = IidmToGrid.convert(GridToIidm.convert(IidmTestGrids.phaseShifterPair(5)).network());

        Branch pst = back.branches().stream().filter(Branch::isTransformer).findFirst().orElseThrow();
        assertThat(pst.shiftDeg()).isCloseTo(5.0, within(PU_TOLERANCE));
        assertThat(pst.ratio()).isCloseTo(1.0, within(PU_TOLERANCE));
    }

    @Test
    void ieee14FromPowsyblTestFactoryHasMatpowerCounts() {
        Grid grid = IidmToGrid.convert(IeeeCdfNetworkFactory.create14());

        assertThat(grid.buses()).hasSize(14);
        assertThat(grid.generators()).hasSize(5);
        assertThat(grid.branches()).hasSize(20);
        assertThat(grid.branches().stream().filter(Branch::isTransformer).count()).isEqualTo(3);
        assertThat(grid.totalLoadMw()).isCloseTo(259.0, within(MW_TOLERANCE));
        assertThat(grid.buses().stream().filter(b -> b.type() == BusType.REF).count()).isEqualTo(1);
    }
}
