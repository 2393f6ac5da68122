package org.fairshed.rota.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.fairshed.rota.HalfHours;

/**
 * Seeded synthetic rota input for tests and benchmarks: a winter daily load shape with morning and evening peaks and a
 * deficit that varies by region and day (none before 06:00).
 */
public final class SyntheticQuotas {

    public static final LocalDate FIRST_DAY = LocalDate.of(2016, 12, 19);

    private SyntheticQuotas() {
    }

    public static List<String> regionNames(int regions) {
        List<String> names = new ArrayList<>();
        for (int r = 1; r <= regions; r++) {
            names.add(String.valueOf(r));
        }
        return names;
    }

    /**
     * {@code days} days for {@code regions} regions: load 400–1200 MW per region with a winter daily shape; the quota
     * is a daily deficit share (drawn in [minShare, maxShare] per region-day) of the load, higher in the peaks.
     */
    public static PlanQuotas plan(int regions, int days, double minShare, double maxShare, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<String> names = regionNames(regions);
        List<LocalDate> dates = new ArrayList<>();
        List<RegionDay> list = new ArrayList<>();
        double[] base = new double[regions];
        for (int r = 0; r < regions; r++) {
            base[r] = 400 + 800 * random.nextDouble();
        }
        for (int d = 0; d < days; d++) {
            LocalDate date = FIRST_DAY.plusDays(d);
            dates.add(date);
            for (int r = 0; r < regions; r++) {
                double share = minShare + (maxShare - minShare) * random.nextDouble();
                double[] load = new double[HalfHours.PER_DAY];
                double[] quota = new double[HalfHours.PER_DAY];
                for (int h = 0; h < HalfHours.PER_DAY; h++) {
                    double hour = h / 2.0;
                    double shape = 0.7 + 0.2 * bump(hour, 8.5, 2) + 0.3 * bump(hour, 19, 2.5);
                    load[h] = base[r] * shape;
                    double peakiness = 0.5 + 0.8 * bump(hour, 8.5, 2) + bump(hour, 19, 2.5);
                    quota[h] = Math.min(load[h], load[h] * share * peakiness);
                    if (hour < 6) {
                        quota[h] = 0;
                    }
                }
                list.add(RegionDay.of(date, names.get(r), quota, load));
            }
        }
        return new PlanQuotas(names, dates, list);
    }

    private static double bump(double hour, double centre, double width) {
        double x = (hour - centre) / width;
        return Math.exp(-x * x);
    }
}
