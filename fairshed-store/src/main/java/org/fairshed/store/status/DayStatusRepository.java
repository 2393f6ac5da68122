package org.fairshed.store.status;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.fairshed.common.InputException;
import org.fairshed.store.PublishListeners;
import org.fairshed.store.access.Actor;
import org.fairshed.store.audit.AuditRepository;
import org.fairshed.store.db.Database;
import org.fairshed.store.db.Sql;
import org.fairshed.store.events.EventRepository;
import org.fairshed.store.events.StoredEvent;
import org.fairshed.store.model.DayStatus;
import org.fairshed.store.model.DayStatusKind;
import org.fairshed.store.model.Group;
import org.fairshed.store.model.Region;
import org.fairshed.store.model.ScheduleType;
import org.fairshed.store.notify.Channels;
import org.fairshed.store.organisation.OrganisationRepository;

/**
 * The status of each region's local days. A change is one transaction: the new status (version + 1), an audit entry
 * and a NOTIFY on {@link Channels#DAY_STATUS}.
 */
public final class DayStatusRepository {

    private static final String SOURCE = "day status";
    private static final String COLUMNS = "select r.code, s.day, s.status, s.expected_at, s.message, s.emergency_groups, "
            + "s.version, s.updated_at, s.updated_by from day_status s join region r on r.id = s.region_id ";

    private final Database database;
    private final OrganisationRepository organisation;
    private final PublishListeners listeners;

    public DayStatusRepository(Database database, OrganisationRepository organisation) {
        this(database, organisation, new PublishListeners());
    }

    /** @param listeners called inside each change's transaction */
    public DayStatusRepository(Database database, OrganisationRepository organisation, PublishListeners listeners) {
        this.database = database;
        this.organisation = organisation;
        this.listeners = listeners;
    }

    /**
     * Sets the status of a region's day.
     *
     * @param expectedAt      required for WAITING_FOR_SCHEDULE, refused otherwise
     * @param emergencyGroups the emergency lists switched off, EMERGENCY only (codes of the region's emergency groups)
     */
    public DayStatus set(String region, LocalDate day, DayStatusKind status, Instant expectedAt, String message,
                         List<String> emergencyGroups, String actor, String remoteAddress) {
        check(status, expectedAt, message, emergencyGroups, actor);
        return database.write(c -> write(c, region, day, status, expectedAt, message, emergencyGroups, actor, null,
                remoteAddress));
    }

    /**
     * Sets the status of a region's day by an operator: the audit entry names its account and way in (see
     * {@link #set(String, LocalDate, DayStatusKind, Instant, String, List, String, String)}).
     */
    public DayStatus set(String region, LocalDate day, DayStatusKind status, Instant expectedAt, String message,
                         List<String> emergencyGroups, Actor actor) {
        check(status, expectedAt, message, emergencyGroups, actor.name());
        return database.write(c -> write(c, region, day, status, expectedAt, message, emergencyGroups, actor.name(),
                actor, actor.remoteAddress()));
    }

    /**
     * On an open transaction (a publish's): if the region's day is in EMERGENCY, sets it to SCHEDULE_APPLIES (version
     * + 1, audit, event, NOTIFY, listeners, as every change); the day's row is locked first, so an emergency declared
     * meanwhile is either seen here or declared after this commit. Returns the new status, or null when the day was not
     * in emergency.
     *
     * @param actor the publisher, or null for the store's own callers ({@code author} is named then)
     */
    public DayStatus endEmergency(Connection c, String region, LocalDate day, Actor actor, String author,
                                  String remoteAddress) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select s.status from day_status s join region r on "
                + "r.id = s.region_id where r.code = ? and s.day = ? for update of s")) {
            ps.setString(1, region);
            ps.setDate(2, Date.valueOf(day));
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next() || !rs.getString(1).equals(DayStatusKind.EMERGENCY.name())) {
                    return null;
                }
            }
        }
        String name = actor == null ? author : actor.name();
        check(DayStatusKind.SCHEDULE_APPLIES, null, null, List.of(), name);
        return write(c, region, day, DayStatusKind.SCHEDULE_APPLIES, null, null, List.of(), name, actor,
                actor == null ? remoteAddress : actor.remoteAddress());
    }

    private DayStatus write(Connection c, String region, LocalDate day, DayStatusKind status, Instant expectedAt,
                            String message, List<String> emergencyGroups, String actor, Actor who, String remoteAddress)
            throws SQLException {
        Region r = organisation.requireRegion(c, region, SOURCE, "region");
        Set<String> known = new HashSet<>();
        for (Group g : organisation.groups(c, region, ScheduleType.EMERGENCY)) {
            known.add(g.code());
        }
        for (int i = 0; i < emergencyGroups.size(); i++) {
            if (!known.contains(emergencyGroups.get(i))) {
                throw InputException.atField(SOURCE, "emergencyGroups[" + i + "]", "names '" + emergencyGroups.get(i)
                        + "', which is not an emergency list of region " + region);
            }
        }
        DayStatus saved;
        try (PreparedStatement ps = c.prepareStatement("insert into day_status as s (region_id, day, status, "
                + "expected_at, message, emergency_groups, version, updated_at, updated_by) values "
                + "(?, ?, ?, ?, ?, ?, 1, date_trunc('milliseconds', now()), ?) on conflict (region_id, day) do update "
                + "set status = excluded.status, expected_at = excluded.expected_at, message = excluded.message, "
                + "emergency_groups = excluded.emergency_groups, version = s.version + 1, "
                + "updated_at = excluded.updated_at, updated_by = excluded.updated_by returning version, updated_at")) {
            ps.setInt(1, r.id());
            ps.setDate(2, Date.valueOf(day));
            ps.setString(3, status.name());
            Sql.setInstant(ps, 4, expectedAt);
            ps.setString(5, message);
            ps.setArray(6, c.createArrayOf("text", emergencyGroups.toArray()));
            ps.setString(7, actor);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                saved = new DayStatus(region, day, status, expectedAt, message, emergencyGroups, rs.getInt(1),
                        Sql.instant(rs, 2), actor);
            }
        }
        String detail = "{\"day\":\"" + day + "\",\"status\":\"" + status + "\",\"version\":" + saved.version()
                + "}";
        if (who != null) {
            AuditRepository.append(c, who, "day-status", r.id(), null, null, "day:" + region + "/" + day, detail);
        } else {
            AuditRepository.append(c, actor, "day-status", r.id(), null, null, remoteAddress, detail);
        }
        long event = EventRepository.append(c, StoredEvent.Kind.DAY_STATUS, r.id(), 0, null, day, status,
                saved.version());
        Channels.notify(c, Channels.DAY_STATUS, "{\"region\":\"" + region + "\",\"day\":\"" + day + "\",\"status\":\""
                + status + "\",\"version\":" + saved.version() + ",\"event\":" + event + "}");
        listeners.dayStatus(c, saved, event);
        return saved;
    }

    public Optional<DayStatus> get(String region, LocalDate day) {
        return database.read(c -> {
            List<DayStatus> list = query(c, COLUMNS + "where r.code = ? and s.day = ?", region, day, day);
            return list.isEmpty() ? Optional.empty() : Optional.of(list.get(0));
        });
    }

    /** The region's stored statuses in [from, to], by day. */
    public List<DayStatus> range(String region, LocalDate from, LocalDate to) {
        return database.read(c -> range(c, region, from, to));
    }

    /** {@link #range(String, LocalDate, LocalDate)} on an open transaction. */
    public List<DayStatus> range(Connection c, String region, LocalDate from, LocalDate to) throws SQLException {
        return query(c, COLUMNS + "where r.code = ? and s.day between ? and ? order by s.day", region, from, to);
    }

    private static List<DayStatus> query(Connection c, String sql, String region, LocalDate from, LocalDate to)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, region);
            ps.setDate(2, Date.valueOf(from));
            if (sql.contains("between")) {
                ps.setDate(3, Date.valueOf(to));
            }
            try (ResultSet rs = ps.executeQuery()) {
                List<DayStatus> out = new ArrayList<>();
                while (rs.next()) {
                    out.add(new DayStatus(rs.getString(1), rs.getDate(2).toLocalDate(),
                            DayStatusKind.valueOf(rs.getString(3)), Sql.instant(rs, 4), rs.getString(5),
                            Sql.strings(rs.getArray(6)), rs.getInt(7), Sql.instant(rs, 8), rs.getString(9)));
                }
                return out;
            }
        }
    }

    private static void check(DayStatusKind status, Instant expectedAt, String message, List<String> emergencyGroups,
                              String actor) {
        if (status == null) {
            throw InputException.atField(SOURCE, "status", "is missing");
        }
        if ((status == DayStatusKind.WAITING_FOR_SCHEDULE) != (expectedAt != null)) {
            throw InputException.atField(SOURCE, "expectedAt", status == DayStatusKind.WAITING_FOR_SCHEDULE
                    ? "is required while waiting for the schedule" : "is only for WAITING_FOR_SCHEDULE, got " + expectedAt);
        }
        if (status != DayStatusKind.EMERGENCY && !emergencyGroups.isEmpty()) {
            throw InputException.atField(SOURCE, "emergencyGroups", "are only for EMERGENCY");
        }
        if (message != null && message.length() > 2000) {
            throw InputException.atField(SOURCE, "message", "has " + message.length() + " characters; at most 2000");
        }
        if (actor == null || actor.isBlank() || actor.length() > 200) {
            throw InputException.atField(SOURCE, "actor", "must have 1 to 200 characters");
        }
    }
}
