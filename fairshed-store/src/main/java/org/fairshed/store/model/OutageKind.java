package org.fairshed.store.model;

/** A definite outage is scheduled; a possible one happens too if the deficit grows. */
public enum OutageKind {
    DEFINITE("definite"),
    POSSIBLE("possible");

    private final String code;

    OutageKind(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static OutageKind ofCode(String code) {
        return switch (code) {
            case "definite" -> DEFINITE;
            case "possible" -> POSSIBLE;
            default -> throw new IllegalArgumentException("unknown outage kind " + code);
        };
    }
}
