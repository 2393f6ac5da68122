package org.fairshed.store.revision;

import java.util.Objects;
import org.fairshed.store.access.Actor;
import org.fairshed.store.model.RevisionDraft;

/**
 * A draft to publish and the revision number it expects to replace (0: the region has none published yet).
 *
 * @param remoteAddress where the request came from, for the audit log (null when not known)
 * @param actor         who publishes (the audit entry names its account and way in); null for the store's own
 *                      callers (demo, benches), whose entry names the draft's author alone
 * @param endsEmergency whether the publish ends the emergency of its days: each day of the draft whose status is
 *                      EMERGENCY becomes SCHEDULE_APPLIES in the publish's transaction (both or neither commit)
 */
public record Publication(RevisionDraft draft, int expected, String remoteAddress, Actor actor, boolean endsEmergency) {

    public Publication {
        Objects.requireNonNull(draft, "draft");
        if (expected < 0) {
            throw new IllegalArgumentException("expected revision must be >= 0, got " + expected);
        }
    }

    public Publication(RevisionDraft draft, int expected, String remoteAddress) {
        this(draft, expected, remoteAddress, null, false);
    }

    public Publication(RevisionDraft draft, int expected) {
        this(draft, expected, null, null, false);
    }

    /** A publication by {@code actor} (its address is the audit entry's). */
    public static Publication by(Actor actor, RevisionDraft draft, int expected) {
        return new Publication(draft, expected, actor.remoteAddress(), actor, false);
    }

    /** This publication, ending the emergency of its days (see {@code endsEmergency}). */
    public Publication endingEmergency() {
        return new Publication(draft, expected, remoteAddress, actor, true);
    }
}
