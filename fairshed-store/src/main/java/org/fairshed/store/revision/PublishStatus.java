package org.fairshed.store.revision;

/** PUBLISHED: the revision is stored and the region's pointer moved. CONFLICT: another revision was published since. */
public enum PublishStatus {
    PUBLISHED,
    CONFLICT
}
