package org.fairshed.rota;

import java.util.ArrayList;
import java.util.List;

/**
 * One group's day.
 *
 * @param group    group name
 * @param loadMw   its load in each of the 48 half-hours (MW)
 * @param off      half-hours it is switched off (definite)
 * @param possible half-hours it would also be off if the deficit grew by the configured step (never also in {@code off})
 */
public record GroupSchedule(String group, double[] loadMw, boolean[] off, boolean[] possible) {

    public GroupSchedule {
        if (loadMw.length != HalfHours.PER_DAY || off.length != HalfHours.PER_DAY || possible.length != HalfHours.PER_DAY) {
            throw new IllegalArgumentException("group " + group + ": need " + HalfHours.PER_DAY + " half-hour values");
        }
        for (int h = 0; h < HalfHours.PER_DAY; h++) {
            if (off[h] && possible[h]) {
                throw new IllegalArgumentException("group " + group + ", half-hour " + h + ": both off and possible");
            }
        }
        loadMw = loadMw.clone();
        off = off.clone();
        possible = possible.clone();
    }

    @Override
    public double[] loadMw() {
        return loadMw.clone();
    }

    @Override
    public boolean[] off() {
        return off.clone();
    }

    @Override
    public boolean[] possible() {
        return possible.clone();
    }

    public boolean isOff(int h) {
        return off[h];
    }

    public boolean isPossible(int h) {
        return possible[h];
    }

    public double loadAt(int h) {
        return loadMw[h];
    }

    /** Hours off today (definite). */
    public double hoursOff() {
        int n = 0;
        for (boolean b : off) {
            n += b ? 1 : 0;
        }
        return n * HalfHours.HOURS;
    }

    /** Definite outages then possible ones, each as maximal runs, in time order within a type. */
    public List<Outage> outages() {
        List<Outage> list = new ArrayList<>(runs(off, OutageType.DEFINITE));
        list.addAll(runs(possible, OutageType.POSSIBLE));
        return list;
    }

    /** Number of definite outages (each is one switch-off and one switch-on). */
    public int outageCount() {
        return runs(off, OutageType.DEFINITE).size();
    }

    private static List<Outage> runs(boolean[] cells, OutageType type) {
        List<Outage> list = new ArrayList<>();
        int h = 0;
        while (h < cells.length) {
            if (!cells[h]) {
                h++;
                continue;
            }
            int s = h;
            while (h < cells.length && cells[h]) {
                h++;
            }
            list.add(new Outage(s * HalfHours.MINUTES, h * HalfHours.MINUTES, type));
        }
        return list;
    }
}
