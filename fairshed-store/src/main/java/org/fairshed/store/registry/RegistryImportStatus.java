package org.fairshed.store.registry;

/** IMPORTED: the whole file is in the store. REJECTED: nothing changed; the errors say why, by line. */
public enum RegistryImportStatus {
    IMPORTED,
    REJECTED
}
