package org.fairshed.rota;

import java.util.List;
import org.fairshed.rota.baseline.QueueRota;
import org.fairshed.rota.baseline.StageTableRota;
import org.fairshed.rota.sweep.OptimalRota;

/** The rota methods by name: {@code optimal} (CP-SAT) and today's baselines {@code queues} and {@code stage-table}. */
public final class RotaMethods {

    public static final List<String> NAMES = List.of(OptimalRota.NAME, QueueRota.NAME, StageTableRota.NAME);

    private RotaMethods() {
    }

    public static RotaMethod optimal() {
        return new OptimalRota();
    }

    public static RotaMethod queues() {
        return new QueueRota();
    }

    public static RotaMethod stageTable() {
        return new StageTableRota();
    }

    /** The method named {@code name}; an error listing the known names otherwise. */
    public static RotaMethod of(String name) {
        return switch (name) {
            case OptimalRota.NAME -> optimal();
            case QueueRota.NAME -> queues();
            case StageTableRota.NAME -> stageTable();
            default -> throw new IllegalArgumentException("unknown rota method \"" + name + "\"; known: "
                    + String.join(", ", NAMES));
        };
    }
}
