package org.fairshed.notify.cap;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.fairshed.notify.Messages;
import org.fairshed.store.Store;
import org.fairshed.store.model.DayStatus;
import org.fairshed.store.model.DayStatusKind;
import org.fairshed.store.model.GroupSchedule;
import org.fairshed.store.model.Outage;
import org.fairshed.store.model.OutageKind;
import org.fairshed.store.model.Region;
import org.fairshed.store.model.Revision;
import org.fairshed.store.model.RevisionContent;

/**
 * CAP 1.2 alerts (OASIS Common Alerting Protocol) of a region, one chain per region:
 * <ul>
 *   <li>revision n: identifier {@code fairshed-<region>-rev-<n>}, {@code Alert} for the first, {@code Update} with
 *   {@code references} to revision n − 1's alert after, {@code Cancel} (referencing it too) when the revision has no
 *   outage left; certainty Likely and severity Moderate when it has definite outages, Possible and Minor when only
 *   possible ones; urgency Expected when an outage starts within the hour, Future otherwise;</li>
 *   <li>an emergency (a day with status EMERGENCY from today on): identifier
 *   {@code fairshed-<region>-emergency-<day>-v<version>}, {@code Update} referencing the published revision's alert
 *   (Alert without one), urgency Immediate, certainty Observed, severity Severe.</li>
 * </ul>
 * {@link #current} is what {@code /cap/{region}.xml} serves: the emergency while one applies, the published revision's
 * alert otherwise; {@link #ofRevision} is immutable per revision. Area: the region's name (no polygon).
 */
public final class CapAlerts {

    private static final DateTimeFormatter CAP_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxxx");

    private final Store store;
    private final String sender;
    private final String baseUrl;

    public CapAlerts(Store store, String sender, String baseUrl) {
        this.store = store;
        this.sender = sender;
        this.baseUrl = baseUrl == null ? "" : baseUrl;
    }

    /** The region's current alert; empty for an unknown region or one that never published or declared anything. */
    public Optional<String> current(String region, Instant now) {
        Optional<Region> r = store.organisation().region(region);
        if (r.isEmpty()) {
            return Optional.empty();
        }
        LocalDate today = now.atZone(r.get().zone()).toLocalDate();
        Optional<Revision> published = store.revisions().published(region);
        Optional<DayStatus> emergency = store.dayStatus().range(region, today, today.plusDays(31)).stream()
                .filter(s -> s.status() == DayStatusKind.EMERGENCY)
                .filter(s -> published.isEmpty() || s.updatedAt().isAfter(published.get().createdAt()))
                .findFirst();
        if (emergency.isPresent()) {
            return Optional.of(emergency(r.get(), emergency.get(), published.orElse(null)));
        }
        return published.map(p -> ofRevision(region, p.number(), now).orElseThrow());
    }

    /** The alert of revision {@code number}; empty when there is no such revision. */
    public Optional<String> ofRevision(String region, int number, Instant now) {
        Optional<Region> r = store.organisation().region(region);
        Optional<RevisionContent> content = store.revisions().content(region, number);
        if (r.isEmpty() || content.isEmpty()) {
            return Optional.empty();
        }
        Revision rev = content.get().revision();
        Revision before = number > 1 ? store.revisions().revision(region, number - 1).orElse(null) : null;
        List<Outage> all = new ArrayList<>();
        content.get().groups().forEach(g -> all.addAll(g.outages()));
        all.removeIf(o -> !o.endAt().isAfter(o.startAt()));
        boolean definite = all.stream().anyMatch(o -> o.kind() == OutageKind.DEFINITE);
        String msgType = all.isEmpty() ? (before == null ? "Alert" : "Cancel") : before == null ? "Alert" : "Update";
        Instant onset = all.stream().map(Outage::startAt).min(Comparator.naturalOrder()).orElse(null);
        Instant expires = all.stream().map(Outage::endAt).max(Comparator.naturalOrder())
                .orElse(rev.lastDay().plusDays(1).atStartOfDay(r.get().zone()).toInstant());
        boolean soon = onset != null && !onset.isAfter(rev.createdAt().plus(1, ChronoUnit.HOURS));
        CapWriter w = new CapWriter();
        w.header(identifier(region, number), sender, time(rev.createdAt(), r.get().zone()), msgType,
                before == null ? List.of() : List.of(reference(region, before, r.get().zone())));
        for (String lang : List.of("uk", "en")) {
            w.info(lang.equals("uk") ? "uk-UA" : "en-US", lang.equals("uk") ? "Відключення електроенергії за графіком"
                            : "Scheduled power outages", definite ? (soon ? "Expected" : "Future") : "Future",
                    definite ? "Moderate" : "Minor", definite ? "Likely" : "Possible",
                    onset == null ? null : time(onset, r.get().zone()), time(expires, r.get().zone()),
                    lang.equals("uk") ? "Fairshed — оператор системи розподілу" : "Fairshed — distribution operator",
                    Messages.regionName(r.get(), lang) + ": " + Messages.scheduleTitle(lang, number),
                    description(lang, content.get(), now), lang.equals("uk")
                            ? "Підготуйтеся до відключень у вказані години; графік може змінитися."
                            : "Prepare for the outages at the times given; the schedule may change.",
                    baseUrl + "/api/v1/regions/" + region + "/revisions/" + number,
                    Messages.regionName(r.get(), lang));
        }
        return Optional.of(w.finish());
    }

    private String emergency(Region r, DayStatus s, Revision published) {
        CapWriter w = new CapWriter();
        w.header(region(r) + "-emergency-" + s.day() + "-v" + s.version(), sender, time(s.updatedAt(), r.zone()),
                published == null ? "Alert" : "Update",
                published == null ? List.of() : List.of(reference(r.code(), published, r.zone())));
        for (String lang : List.of("uk", "en")) {
            w.info(lang.equals("uk") ? "uk-UA" : "en-US", lang.equals("uk") ? "Екстрені відключення електроенергії"
                            : "Emergency power outages", "Immediate", "Severe", "Observed", time(s.updatedAt(), r.zone()),
                    time(s.day().plusDays(1).atStartOfDay(r.zone()).toInstant(), r.zone()),
                    lang.equals("uk") ? "Fairshed — оператор системи розподілу" : "Fairshed — distribution operator",
                    Messages.regionName(r, lang) + ": " + Messages.dayStatusTitle(lang, "EMERGENCY"),
                    Messages.dayStatusBody(lang, s.day(), "EMERGENCY", s.message()), lang.equals("uk")
                            ? "Графік не діє. Будьте готові до відключення будь-коли." : "The timetable is suspended. "
                            + "Be ready for an outage at any time.",
                    baseUrl + "/api/v1/regions/" + r.code() + "/status", Messages.regionName(r, lang));
        }
        return w.finish();
    }

    private static String description(String lang, RevisionContent content, Instant now) {
        List<String> lines = new ArrayList<>();
        for (GroupSchedule g : content.groups()) {
            if (!g.day().plusDays(1).atStartOfDay(java.time.ZoneOffset.UTC).toInstant().isBefore(now.minus(1,
                    ChronoUnit.DAYS))) {
                lines.add(Messages.scheduleLine(lang, g));
            }
        }
        return String.join("\n", lines);
    }

    private static String identifier(String region, int number) {
        return "fairshed-" + region + "-rev-" + number;
    }

    private static String region(Region r) {
        return "fairshed-" + r.code();
    }

    private String reference(String region, Revision r, ZoneId zone) {
        return sender + "," + identifier(region, r.number()) + "," + time(r.createdAt(), zone);
    }

    /** CAP's dateTime: local time with its offset, no fraction, never "Z" (CAP 1.2 §3.3.2). */
    static String time(Instant at, ZoneId zone) {
        return CAP_TIME.format(at.atZone(zone).truncatedTo(ChronoUnit.SECONDS));
    }
}
