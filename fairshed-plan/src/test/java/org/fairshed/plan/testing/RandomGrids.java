package org.fairshed.plan.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.fairshed.grid.model.Branch;
import org.fairshed.grid.model.Bus;
import org.fairshed.grid.model.BusType;
import org.fairshed.grid.model.GenCost;
import org.fairshed.grid.model.Generator;
import org.fairshed.grid.model.Grid;

/** Seeded random meshed grids with a deficit: 3 areas, tight branch limits, a tap and a phase shifter. */
public final class RandomGrids {

    private RandomGrids() {
    }

    public static Grid of(long seed, int busCount) {
        Random rnd = new Random(seed);
        List<Bus> buses = new ArrayList<>();
        double load = 0;
        for (int i = 1; i <= busCount; i++) {
            double pd = rnd.nextDouble() < 0.75 ? 10 + 90 * rnd.nextDouble() : 0;
            load += pd;
            int area = 1 + (i - 1) * 3 / busCount;
            buses.add(new Bus(i, i == 1 ? BusType.REF : BusType.PQ, pd, 0.3 * pd, 0, 0, area, 1, 0, 110, area, 1.1, 0.9));
        }
        List<Branch> branches = new ArrayList<>();
        for (int i = 2; i <= busCount; i++) {
            int j = 1 + rnd.nextInt(i - 1);
            branches.add(line(rnd, j, i));
        }
        for (int e = 0; e < busCount / 2; e++) {
            int a = 1 + rnd.nextInt(busCount);
            int b = 1 + rnd.nextInt(busCount);
            if (a != b) {
                branches.add(line(rnd, a, b));
            }
        }
        Branch t = branches.get(0);
        branches.set(0, new Branch(t.from(), t.to(), t.r(), t.x(), t.b(), t.rateA(), t.rateB(), t.rateC(), 0.97, 0, true, -360, 360));
        Branch ps = branches.get(1);
        branches.set(1, new Branch(ps.from(), ps.to(), ps.r(), ps.x(), ps.b(), ps.rateA(), ps.rateB(), ps.rateC(), 1.0, 3, true, -360, 360));
        List<Generator> gens = new ArrayList<>();
        double capacity = 0;
        int count = Math.max(2, busCount / 4);
        for (int k = 0; k < count; k++) {
            int bus = k == 0 ? 1 : 1 + rnd.nextInt(busCount);
            double pmax = (0.7 * load / count) * (0.5 + rnd.nextDouble());
            capacity += pmax;
            gens.add(new Generator(bus, 0, 0, 100, -100, 1, 100, true, pmax, 0, Double.NaN, Double.NaN, Double.NaN,
                    new GenCost(GenCost.Model.POLYNOMIAL, 0, 0, new double[] {0.01 * rnd.nextDouble(), 10 + 40 * rnd.nextDouble(), 0}),
                    null, null));
        }
        return new Grid("random-" + seed + "-cap" + Math.round(capacity) + "-load" + Math.round(load), 100, buses, gens, branches);
    }

    private static Branch line(Random rnd, int a, int b) {
        double x = 0.05 + 0.2 * rnd.nextDouble();
        double rate = rnd.nextDouble() < 0.5 ? 20 + 60 * rnd.nextDouble() : 0;
        return new Branch(a, b, 0.1 * x, x, 0.02, rate, rate, rate, 0, 0, true, -360, 360);
    }
}
