package org.fairshed.store.model;

/** The kinds of schedule a region's groups belong to; the code is the database's {@code schedule_type.code}. */
public enum ScheduleType {
    /** The rotation with times: 30-minute on/off schedules per group. */
    HOURLY("hourly", true),
    /** The lists switched off in an emergency, without times. */
    EMERGENCY("emergency", false);

    private final String code;
    private final boolean hasTimes;

    ScheduleType(String code, boolean hasTimes) {
        this.code = code;
        this.hasTimes = hasTimes;
    }

    public String code() {
        return code;
    }

    public boolean hasTimes() {
        return hasTimes;
    }

    public static ScheduleType ofCode(String code) {
        for (ScheduleType t : values()) {
            if (t.code.equals(code)) {
                return t;
            }
        }
        throw new IllegalArgumentException("unknown schedule type " + code);
    }
}
