package org.fairshed.store.registry;

import java.util.List;

/**
 * One address as read from a registry file (or made by the synthetic generator), already checked field by field.
 *
 * @param line            1-based line of the file where the row starts (for error messages)
 * @param id              the public id the row carries, null when it has none
 * @param part            building part, empty for none
 * @param lat             degrees, null when not given (then lon is null)
 * @param hourlyGroups    the hourly-rotation groups, at least one
 * @param emergencyGroups the emergency lists, possibly none
 * @param dso             the distribution company's code, null when not given
 */
public record RegistryRow(int line, Long id, String region, String settlement, String street, String house, String part,
                          Double lat, Double lon, List<String> hourlyGroups, List<String> emergencyGroups, String dso) {

    public RegistryRow {
        hourlyGroups = List.copyOf(hourlyGroups);
        emergencyGroups = List.copyOf(emergencyGroups);
    }

    /** {@code region|settlement|street}: a street's identity. */
    public String streetKey() {
        return streetKey(region, SearchKeys.identity(settlement), SearchKeys.identity(street));
    }

    /** {@code region|settlement|street|house|part}: an address's identity when the row carries no id. */
    public String naturalKey() {
        return naturalKey(streetKey(), SearchKeys.identity(house), SearchKeys.identity(part));
    }

    /**
     * The search keys: {@code street house part} and {@code settlement street house part}, each field in search form
     * on its own (so a street named by a kind word alone, {@code вул. Набережна}, keeps its name).
     */
    public List<String> searchKeys() {
        return searchKeys(SearchKeys.search(settlement), SearchKeys.search(street), SearchKeys.search(house),
                SearchKeys.search(part));
    }

    /** The street key from the identity forms of its parts (one rule for the importer's cached forms and this row's). */
    static String streetKey(String region, String settlementIdentity, String streetIdentity) {
        return region + "|" + settlementIdentity + "|" + streetIdentity;
    }

    static String naturalKey(String streetKey, String houseIdentity, String partIdentity) {
        return streetKey + "|" + houseIdentity + "|" + partIdentity;
    }

    static List<String> searchKeys(String settlementSearch, String streetSearch, String houseSearch, String partSearch) {
        String tail = join(streetSearch, houseSearch, partSearch);
        String withPlace = join(settlementSearch, tail);
        return tail.equals(withPlace) ? List.of(tail) : List.of(tail, withPlace);
    }

    private static String join(String... parts) {
        StringBuilder sb = new StringBuilder();
        for (String p : parts) {
            if (!p.isEmpty()) {
                sb.append(sb.isEmpty() ? "" : " ").append(p);
            }
        }
        return sb.toString();
    }
}
