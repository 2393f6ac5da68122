package org.fairshed.rota;

/** The rota's time grid: 48 half-hours per local day, indexed 0 (00:00–00:30) … 47 (23:30–24:00). */
public final class HalfHours {

    public static final int PER_DAY = 48;
    public static final int MINUTES = 30;
    public static final double HOURS = 0.5;
    public static final int MINUTES_PER_DAY = PER_DAY * MINUTES;

    private HalfHours() {
    }

    /** Whole half-hours in {@code minutes}, which must be a positive multiple of 30. */
    public static int of(int minutes, String field) {
        if (minutes <= 0 || minutes % MINUTES != 0) {
            throw new IllegalArgumentException(field + " must be a positive multiple of " + MINUTES + " minutes, got "
                    + minutes);
        }
        return minutes / MINUTES;
    }
}
