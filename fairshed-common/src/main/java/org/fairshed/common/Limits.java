package org.fairshed.common;

/**
 * The documented limits that protect the machine from an input that would exhaust it. Each is chosen from what a
 * real operator needs, with room to spare; an input beyond one is refused with an {@link InputException} that names
 * the limit. The README and the format documents quote these values.
 */
public final class Limits {

    /** Longest horizon of a scenario or plan: a week of 30-minute slots (or two weeks of hourly ones, 336 hours). */
    public static final int MAX_SLOTS = 7 * 48;
    /** Shortest slot: the rota's half-hour is the finest step anyone publishes. */
    public static final int MIN_SLOT_MINUTES = 15;
    /** Longest slot: a day. */
    public static final int MAX_SLOT_MINUTES = 24 * 60;
    /** Largest network read: buses (the largest public national models have about 70,000). */
    public static final int MAX_BUSES = 250_000;
    /** Largest number of regions a plan shares the deficit between. */
    public static final int MAX_REGIONS = 10_000;
    /** Largest number of consumer groups in one region (per-building schedules of a large city). */
    public static final int MAX_GROUPS_PER_REGION = 20_000;
    /** Largest case file read (the 100,000-bus synthetic grid is about 25 MB). */
    public static final long MAX_CASE_BYTES = 512L << 20;
    /** Largest scenario, group, ledger or damage file read. */
    public static final long MAX_JSON_INPUT_BYTES = 64L << 20;
    /** Largest plan or schedule file read (a week of slots of a 100,000-bus grid stays well below). */
    public static final long MAX_PLAN_BYTES = 512L << 20;
    /** Largest multiplier of loads or Pmax a scenario may apply (a factor beyond is a typing error, not a forecast). */
    public static final double MAX_SCALE_FACTOR = 100;
    /** Largest power of any single value (MW): ten times a large national system's peak. */
    public static final double MAX_POWER_MW = 1e7;
    /** Longest time budget of one job (seconds): a day-ahead plan must be out the same evening. */
    public static final double MAX_TIME_BUDGET_SECONDS = 6 * 3600;
    /** Largest thread count an option accepts. */
    public static final int MAX_THREADS = 256;

    private Limits() {
    }
}
