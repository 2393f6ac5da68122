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
 */
public record Publication(RevisionDraft draft, int expected, String remoteAddress, Actor actor) {

    public Publication {
        Objects.requireNonNull(draft, "draft");
        if (expected < 0) {
            throw new IllegalArgumentException("expected revision must be >= 0, got " + expected);
        }
    }

    public Publication(RevisionDraft draft, int expected, String remoteAddress) {
        this(draft, expected, remoteAddress, null);
    }

    public Publication(RevisionDraft draft, int expected) {
        this(draft, expected, null, null);
    }

    /** A publication by {@code actor} (its address is the audit entry's). */
    public static Publication by(Actor actor, RevisionDraft draft, int expected) {
        return new Publication(draft, expected, actor.remoteAddress(), actor);
    }
}
