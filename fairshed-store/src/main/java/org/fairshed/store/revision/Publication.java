package org.fairshed.store.revision;

import java.util.Objects;
import org.fairshed.store.model.RevisionDraft;

/**
 * A draft to publish and the revision number it expects to replace (0: the region has none published yet).
 *
 * @param remoteAddress where the request came from, for the audit log (null when not known)
 */
public record Publication(RevisionDraft draft, int expected, String remoteAddress) {

    public Publication {
        Objects.requireNonNull(draft, "draft");
        if (expected < 0) {
            throw new IllegalArgumentException("expected revision must be >= 0, got " + expected);
        }
    }

    public Publication(RevisionDraft draft, int expected) {
        this(draft, expected, null);
    }
}
