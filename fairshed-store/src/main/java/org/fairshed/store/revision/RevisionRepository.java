package org.fairshed.store.revision;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.fairshed.common.InputException;
import org.fairshed.store.PublishListeners;
import org.fairshed.store.db.Database;
import org.fairshed.store.model.DayFigures;
import org.fairshed.store.model.DaySchedule;
import org.fairshed.store.model.Group;
import org.fairshed.store.model.GroupSchedule;
import org.fairshed.store.model.Region;
import org.fairshed.store.model.Revision;
import org.fairshed.store.model.RevisionContent;
import org.fairshed.store.model.RevisionDraft;
import org.fairshed.store.model.ScheduleType;
import org.fairshed.store.organisation.OrganisationRepository;
import org.fairshed.store.status.DayStatusRepository;

/**
 * Revisions: publish (one transaction: the new immutable revision, the moved pointer, the audit entry and the NOTIFY,
 * or nothing), the published one, any one by number, their content, a group's schedule over a date range, diffs.
 * Reads run in one snapshot, so a reader sees the old revision or the new one, never a mix.
 */
public final class RevisionRepository {

    /** Longest date range of {@link #schedule}. */
    public static final int MAX_RANGE_DAYS = 62;

    private final Database database;
    private final OrganisationRepository organisation;
    private final PublishListeners listeners;
    private final DayStatusRepository dayStatus;

    public RevisionRepository(Database database, OrganisationRepository organisation) {
        this(database, organisation, new PublishListeners());
    }

    /** @param listeners called inside each publish's transaction for every revision it writes */
    public RevisionRepository(Database database, OrganisationRepository organisation, PublishListeners listeners) {
        this(database, organisation, listeners, new DayStatusRepository(database, organisation, listeners));
    }

    /** @param dayStatus the day statuses a publish that ends an emergency changes in its transaction */
    public RevisionRepository(Database database, OrganisationRepository organisation, PublishListeners listeners,
                              DayStatusRepository dayStatus) {
        this.database = database;
        this.organisation = organisation;
        this.listeners = listeners;
        this.dayStatus = dayStatus;
    }

    /**
     * Publishes {@code publication.draft()} as the region's next revision if the region's published number is still
     * {@code publication.expected()}; otherwise nothing changes and the result is CONFLICT with the current number.
     * A draft that breaks a rule is an {@link InputException} naming the field.
     */
    public PublishResult publish(Publication publication) {
        return publishAll(List.of(publication)).get(0);
    }

    /**
     * Publishes several regions' drafts in one transaction (a national publish): all or none. If any region's
     * published number is not the expected one, nothing is published and every result is CONFLICT with its region's
     * current number (equal to the expected one for the regions that were not stale).
     */
    public List<PublishResult> publishAll(List<Publication> publications) {
        List<Publication> ordered = new ArrayList<>(publications);
        ordered.sort(Comparator.comparing(p -> p.draft().region()));
        for (int i = 1; i < ordered.size(); i++) {
            if (ordered.get(i).draft().region().equals(ordered.get(i - 1).draft().region())) {
                throw InputException.atField(DraftCheck.SOURCE, "region", "publishes region "
                        + ordered.get(i).draft().region() + " twice in one transaction");
            }
        }
        return database.write(c -> {
            List<Checked> checked = new ArrayList<>();
            boolean conflict = false;
            for (Publication p : ordered) {
                RevisionDraft d = p.draft();
                Region region = organisation.requireRegion(c, d.region(), DraftCheck.SOURCE, "region");
                List<Group> groups = organisation.groups(c, d.region(), ScheduleType.HOURLY);
                DraftCheck.check(d, groups);
                long[] current = RevisionWriter.lockPublished(c, region);
                conflict |= current[0] != p.expected();
                checked.add(new Checked(p, region, groups, (int) current[0], current[1] == 0 ? null : current[1]));
            }
            List<PublishResult> results = new ArrayList<>();
            for (Checked k : checked) {
                if (conflict) {
                    results.add(new PublishResult(k.region().code(), PublishStatus.CONFLICT, null, k.publication().expected(),
                            k.number()));
                    continue;
                }
                int number = k.number() + 1;
                Revision revision = RevisionWriter.insert(c, k.region(), k.publication().draft(), k.groups(), number,
                        k.revisionId(), RevisionHash.of(k.publication().draft()), k.publication(), listeners);
                if (k.publication().endsEmergency()) {
                    endEmergency(c, k.publication());
                }
                results.add(new PublishResult(k.region().code(), PublishStatus.PUBLISHED, revision,
                        k.publication().expected(), number));
            }
            if (conflict) {
                c.rollback();
            }
            return results;
        });
    }

    /** The emergency of the publication's days ends with its revision, in the publish's transaction. */
    private void endEmergency(Connection c, Publication p) throws SQLException {
        for (DayFigures day : p.draft().days()) {
            dayStatus.endEmergency(c, p.draft().region(), day.day(), p.actor(), p.draft().author(), p.remoteAddress());
        }
    }

    /** A publication checked and its region locked: the published number and revision id found. */
    private record Checked(Publication publication, Region region, List<Group> groups, int number, Long revisionId) {
    }

    public Optional<Revision> published(String region) {
        return database.read(c -> RevisionReader.published(c, region));
    }

    /** The published revision's header on an open transaction. */
    public Optional<Revision> published(Connection c, String region) throws SQLException {
        return RevisionReader.published(c, region);
    }

    public Optional<Revision> revision(String region, int number) {
        return database.read(c -> RevisionReader.byNumber(c, region, number));
    }

    /** The region's revisions, newest first. */
    public List<Revision> revisions(String region, int limit) {
        return database.read(c -> RevisionReader.list(c, region, limit));
    }

    public Optional<RevisionContent> content(String region, int number) {
        return database.read(c -> {
            Optional<Revision> r = RevisionReader.byNumber(c, region, number);
            return r.isEmpty() ? Optional.empty() : Optional.of(RevisionReader.content(c, r.get()));
        });
    }

    /** The published revision with its content, read in one snapshot. */
    public Optional<RevisionContent> publishedContent(String region) {
        return database.read(c -> {
            Optional<Revision> r = RevisionReader.published(c, region);
            return r.isEmpty() ? Optional.empty() : Optional.of(RevisionReader.content(c, r.get()));
        });
    }

    /**
     * A group's days in [from, to], each from the newest published revision that covers it (yesterday from
     * yesterday's revision, today and tomorrow from the published one); days no revision covers are absent.
     */
    public List<DaySchedule> schedule(String region, String group, LocalDate from, LocalDate to) {
        if (to.isBefore(from) || to.toEpochDay() - from.toEpochDay() >= MAX_RANGE_DAYS) {
            throw InputException.atField("query", "to", "must be on or after from and at most " + MAX_RANGE_DAYS
                    + " days later, got " + from + " to " + to);
        }
        return database.read(c -> {
            List<DaySchedule> out = new ArrayList<>();
            for (long[] dayRevision : coveringRevisions(c, region, group, from, to)) {
                LocalDate day = LocalDate.ofEpochDay(dayRevision[0]);
                for (GroupSchedule g : RevisionReader.groupDays(c, dayRevision[1], group, day, day)) {
                    out.add(new DaySchedule((int) dayRevision[2], g));
                }
            }
            return out;
        });
    }

    /**
     * Every hourly group's days in [from, to] (at most {@link #MAX_RANGE_DAYS}), each from the newest published
     * revision that covers it, as {@link #schedule} gives them group by group; ordered by revision, group position,
     * day. One snapshot, so a publish in between is seen whole or not at all.
     */
    public List<DaySchedule> regionSchedules(String region, LocalDate from, LocalDate to) {
        if (to.isBefore(from) || to.toEpochDay() - from.toEpochDay() >= MAX_RANGE_DAYS) {
            throw InputException.atField("query", "to", "must be on or after from and at most " + MAX_RANGE_DAYS
                    + " days later, got " + from + " to " + to);
        }
        return database.read(c -> regionSchedules(c, region, from, to));
    }

    /** {@link #regionSchedules(String, LocalDate, LocalDate)} on an open (single-snapshot) transaction. */
    public List<DaySchedule> regionSchedules(Connection c, String region, LocalDate from, LocalDate to)
            throws SQLException {
        {
            Map<Long, Integer> numbers = new TreeMap<>();
            Map<Long, Set<String>> wanted = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("select distinct on (g.id, d.day) g.code, d.day, v.id, v.number "
                    + "from revision_group_day d join revision v on v.id = d.revision_id "
                    + "join consumer_group g on g.id = d.group_id join region r on r.id = v.region_id "
                    + "join published p on p.region_id = r.id where r.code = ? and g.schedule_type = 'hourly' "
                    + "and d.day between ? and ? and v.number <= p.number order by g.id, d.day, v.number desc")) {
                ps.setString(1, region);
                ps.setDate(2, Date.valueOf(from));
                ps.setDate(3, Date.valueOf(to));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        long id = rs.getLong(3);
                        numbers.put(id, rs.getInt(4));
                        wanted.computeIfAbsent(id, k -> new HashSet<>()).add(rs.getString(1) + "|" + rs.getDate(2));
                    }
                }
            }
            List<DaySchedule> out = new ArrayList<>();
            for (Map.Entry<Long, Integer> e : numbers.entrySet()) {
                Set<String> keys = wanted.get(e.getKey());
                for (GroupSchedule g : RevisionReader.groupDays(c, e.getKey(), null, null, null)) {
                    if (keys.contains(g.group() + "|" + Date.valueOf(g.day()))) {
                        out.add(new DaySchedule(e.getValue(), g));
                    }
                }
            }
            return out;
        }
    }

    /** {day, revision id, number} per day: the newest revision up to the published one that has the group's day. */
    private static List<long[]> coveringRevisions(Connection c, String region, String group, LocalDate from,
                                                  LocalDate to) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select distinct on (d.day) d.day, v.id, v.number "
                + "from revision_group_day d join revision v on v.id = d.revision_id "
                + "join consumer_group g on g.id = d.group_id join region r on r.id = v.region_id "
                + "join published p on p.region_id = r.id where r.code = ? and g.code = ? and g.schedule_type = 'hourly' "
                + "and d.day between ? and ? and v.number <= p.number order by d.day, v.number desc")) {
            ps.setString(1, region);
            ps.setString(2, group);
            ps.setDate(3, Date.valueOf(from));
            ps.setDate(4, Date.valueOf(to));
            try (ResultSet rs = ps.executeQuery()) {
                List<long[]> out = new ArrayList<>();
                while (rs.next()) {
                    out.add(new long[] {rs.getDate(1).toLocalDate().toEpochDay(), rs.getLong(2), rs.getInt(3)});
                }
                return out;
            }
        }
    }

    /** The diff from revision {@code from} to revision {@code to} of a region; empty when either does not exist. */
    public Optional<RevisionDiff> diff(String region, int from, int to) {
        return database.read(c -> {
            Optional<Revision> a = RevisionReader.byNumber(c, region, from);
            Optional<Revision> b = RevisionReader.byNumber(c, region, to);
            if (a.isEmpty() || b.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(DiffCalculator.diff(RevisionReader.content(c, a.get()), RevisionReader.content(c, b.get())));
        });
    }
}
