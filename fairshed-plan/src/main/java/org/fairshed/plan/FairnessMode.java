package org.fairshed.plan;

import java.util.Locale;

/** How the planner spreads the minimum shed. */
public enum FairnessMode {
    /** Minimum total shed only, spread however the solver finds (as MATPOWER does). */
    MIN_SHED("min-shed"),
    /** Within the price-of-fairness budget, the regions' shares of their non-critical load as equal as the network allows (leximin). */
    FAIR("fair");

    private final String label;

    FairnessMode(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Parses {@code min-shed} or {@code fair}. */
    public static FairnessMode parse(String text) {
        for (FairnessMode m : values()) {
            if (m.label.equals(text.trim().toLowerCase(Locale.ROOT))) {
                return m;
            }
        }
        throw new IllegalArgumentException("fairness must be \"min-shed\" or \"fair\", got \"" + text + "\"");
    }
}
