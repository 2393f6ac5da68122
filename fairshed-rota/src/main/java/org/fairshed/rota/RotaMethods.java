package org.fairshed.rota;

import java.util.List;
import org.fairshed.common.InputException;
import org.fairshed.rota.baseline.QueueRota;
import org.fairshed.rota.baseline.StageTableRota;
import org.fairshed.rota.sweep.SweepRota;

/**
 * The rota methods by name: {@code sweep} (the rota's own: a scoring sweep with a level repair, polished by CP-SAT on
 * tiny runs only; docs/rota-method.md) and today's baselines {@code queues} and {@code stage-table}. The old name
 * {@code optimal} is accepted for {@code sweep}.
 */
public final class RotaMethods {

    public static final List<String> NAMES = List.of(SweepRota.NAME, QueueRota.NAME, StageTableRota.NAME);

    private RotaMethods() {
    }

    public static RotaMethod sweep() {
        return new SweepRota();
    }

    public static RotaMethod queues() {
        return new QueueRota();
    }

    public static RotaMethod stageTable() {
        return new StageTableRota();
    }

    /** The method's name as it is written today: {@code optimal} (its old name) is {@code sweep}; others as they are. */
    public static String canonicalName(String name) {
        return SweepRota.OLD_NAME.equals(name) ? SweepRota.NAME : name;
    }

    /**
     * The method named {@code name} (or its old name); an error naming {@code field} of {@code source} and listing
     * the known names otherwise.
     */
    public static RotaMethod of(String name, String source, String field) {
        return switch (canonicalName(name)) {
            case SweepRota.NAME -> sweep();
            case QueueRota.NAME -> queues();
            case StageTableRota.NAME -> stageTable();
            default -> throw InputException.atField(source, field, "\"" + name + "\" is not a rota method; known: "
                    + String.join(", ", NAMES) + " (and " + SweepRota.OLD_NAME + ", the old name of "
                    + SweepRota.NAME + ")");
        };
    }
}
