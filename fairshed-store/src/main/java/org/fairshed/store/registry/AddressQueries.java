package org.fairshed.store.registry;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.fairshed.store.model.Address;

/** The one SELECT of an address with its street, groups (in the registry's order) and DSO, and its row mapper. */
final class AddressQueries {

    static final String COLUMNS = "a.id, r.code, a.street_id, st.settlement, st.name, a.house, a.part, a.lat, a.lon, "
            + "d.code, a.hourly_groups, a.emergency_groups";
    static final String FROM = " from address a join region r on r.id = a.region_id join street st on st.id = a.street_id "
            + "left join dso d on d.id = a.dso_id";

    private AddressQueries() {
    }

    static Address address(ResultSet rs) throws SQLException {
        double lat = rs.getDouble(8);
        Double latitude = rs.wasNull() ? null : lat;
        double lon = rs.getDouble(9);
        Double longitude = rs.wasNull() ? null : lon;
        return new Address(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7), latitude, longitude, rs.getString(10), strings(rs.getArray(11)),
                strings(rs.getArray(12)));
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : List.of((String[]) array.getArray());
    }
}
