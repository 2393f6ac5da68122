package org.fairshed.store.registry;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.fairshed.store.model.Address;

/** The one SELECT of an address with its street, groups (in display order) and DSO, and its row mapper. */
final class AddressQueries {

    static final String COLUMNS = "a.id, r.code, a.street_id, st.settlement, st.name, a.house, a.part, a.lat, a.lon, d.code, "
            + "array(select g.code from address_group ag join consumer_group g on g.id = ag.group_id "
            + "where ag.address_id = a.id and g.schedule_type = 'hourly' order by g.position, g.id) as hourly, "
            + "array(select g.code from address_group ag join consumer_group g on g.id = ag.group_id "
            + "where ag.address_id = a.id and g.schedule_type = 'emergency' order by g.position, g.id) as emergency";
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
