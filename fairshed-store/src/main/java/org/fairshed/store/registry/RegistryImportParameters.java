package org.fairshed.store.registry;

/**
 * How a registry import treats the store.
 *
 * @param replace      the file is the whole registry of every region it names: live addresses of those regions that
 *                     it lacks are retired (their ids stay reserved); false adds and updates only
 * @param createGroups groups the file names that a region lacks are created; false makes them errors (a typo such
 *                     as {@code 3.3} in a region of groups 1.1 to 3.2 is caught)
 * @param maxBytes     largest file accepted
 * @param maxRows      largest number of rows accepted
 */
public record RegistryImportParameters(boolean replace, boolean createGroups, long maxBytes, int maxRows) {

    /** A registry of 20 million addresses is about 2 GiB of CSV. */
    public static final long MAX_BYTES = 4L << 30;
    public static final int MAX_ROWS = 20_000_000;

    public RegistryImportParameters {
        if (maxBytes < 1 || maxBytes > MAX_BYTES) {
            throw new IllegalArgumentException("maxBytes must be in [1, " + MAX_BYTES + "], got " + maxBytes);
        }
        if (maxRows < 1 || maxRows > MAX_ROWS) {
            throw new IllegalArgumentException("maxRows must be in [1, " + MAX_ROWS + "], got " + maxRows);
        }
    }

    public static RegistryImportParameters defaults() {
        return new RegistryImportParameters(true, false, MAX_BYTES, MAX_ROWS);
    }

    public RegistryImportParameters withReplace(boolean value) {
        return new RegistryImportParameters(value, createGroups, maxBytes, maxRows);
    }

    public RegistryImportParameters withCreateGroups(boolean value) {
        return new RegistryImportParameters(replace, value, maxBytes, maxRows);
    }

    public RegistryImportParameters withLimits(long bytes, int rows) {
        return new RegistryImportParameters(replace, createGroups, bytes, rows);
    }
}
