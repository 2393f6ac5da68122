package org.fairshed.store.ledger;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.fairshed.store.db.Database;
import org.fairshed.store.model.LedgerDay;

/**
 * The public 7-day fairness ledger: each group's hours off per local day, as the published revision holds it (the
 * ledger is part of a revision, so it changes exactly when the schedule does and shares its ETag).
 */
public final class LedgerRepository {

    private static final String SELECT = "select g.code, l.day, l.hours_off from revision_ledger l "
            + "join consumer_group g on g.id = l.group_id join revision v on v.id = l.revision_id "
            + "join region r on r.id = v.region_id ";

    private final Database database;

    public LedgerRepository(Database database) {
        this.database = database;
    }

    /** The published revision's ledger, by group position and day; empty when nothing is published. */
    public List<LedgerDay> published(String region) {
        return database.read(c -> published(c, region));
    }

    /** The published revision's ledger on an open transaction. */
    public List<LedgerDay> published(Connection c, String region) throws SQLException {
        return query(c, SELECT + "join published p on p.revision_id = v.id where r.code = ? "
                + "order by g.position, g.id, l.day", region, 0);
    }

    /** Revision {@code number}'s ledger. */
    public List<LedgerDay> at(String region, int number) {
        return database.read(c -> query(c, SELECT + "where r.code = ? and v.number = ? order by g.position, g.id, l.day",
                region, number));
    }

    private static List<LedgerDay> query(Connection c, String sql, String region, int number) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, region);
            if (number > 0) {
                ps.setInt(2, number);
            }
            try (ResultSet rs = ps.executeQuery()) {
                List<LedgerDay> out = new ArrayList<>();
                while (rs.next()) {
                    out.add(new LedgerDay(rs.getString(1), rs.getDate(2).toLocalDate(), rs.getDouble(3)));
                }
                return out;
            }
        }
    }
}
