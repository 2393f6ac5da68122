package org.fairshed.store.registry;

/**
 * Receives the live registry as {@link RegistryRepository#snapshot} reads it in one snapshot, in this order: the
 * registry's version, every street (by id), every live address (by id), every search key of a live address (by key,
 * then address id, byte order: the order a prefix range scan gives). What a server's in-memory index is built from.
 */
public interface RegistrySink {

    /** The id of the newest registry event, 0 for none: the version the rest belongs to. */
    void version(long registryEvent);

    void street(long id, String region, String settlement, String name);

    /**
     * @param lat   degrees, NaN when unknown (then lon is NaN too)
     * @param dso   the DSO's code, null when none
     */
    void address(long id, long streetId, String house, String part, double lat, double lon, String dso,
                 String[] hourlyGroups, String[] emergencyGroups);

    void key(String key, long addressId);
}
