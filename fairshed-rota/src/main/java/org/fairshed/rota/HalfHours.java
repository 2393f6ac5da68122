package org.fairshed.rota;

/** The rota's time grid: 48 half-hours per local day, indexed 0 (00:00–00:30) … 47 (23:30–24:00). */
public final class HalfHours {

    public static final int PER_DAY = 48;
    public static final int MINUTES = 30;
    public static final double HOURS = 0.5;
    public static final int MINUTES_PER_DAY = PER_DAY * MINUTES;

    private HalfHours() {
    }

    /** The energy of half-hourly powers (MWh): Σ MW × half an hour. */
    public static double energyMwh(double[] mw) {
        double s = 0;
        for (double v : mw) {
            s += v * HOURS;
        }
        return s;
    }
}
