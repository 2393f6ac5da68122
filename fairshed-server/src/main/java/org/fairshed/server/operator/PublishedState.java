package org.fairshed.server.operator;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.fairshed.store.Store;
import org.fairshed.store.model.DayFigures;
import org.fairshed.store.model.DaySchedule;
import org.fairshed.store.model.GroupSchedule;
import org.fairshed.store.model.LedgerDay;
import org.fairshed.store.model.Revision;
import org.fairshed.store.model.RevisionContent;

/**
 * What is published in a set of regions at one moment: per region the published revision (or none), every group's
 * day from the newest revision that covers it, the published revision's figures and ledger. Its {@link #etag} is what
 * a draft's {@code basedOn} names and what {@code If-Match} must repeat to publish.
 */
record PublishedState(Map<String, Region> regions, String etag) {

    /** One region's published state. */
    record Region(String code, Revision revision, Map<LocalDate, Map<String, GroupSchedule>> days,
                  Map<LocalDate, DayFigures> figures, List<LedgerDay> ledger) {

        int number() {
            return revision == null ? 0 : revision.number();
        }
    }

    /** The published state of {@code codes} over [from, to] (at most 62 days), region by region. */
    static PublishedState read(Store store, List<String> codes, LocalDate from, LocalDate to) {
        Map<String, Region> out = new TreeMap<>();
        for (String code : codes) {
            RevisionContent content = store.revisions().publishedContent(code).orElse(null);
            Map<LocalDate, Map<String, GroupSchedule>> days = new TreeMap<>();
            Map<LocalDate, DayFigures> figures = new TreeMap<>();
            if (content != null) {
                for (DaySchedule d : store.revisions().regionSchedules(code, from, to)) {
                    days.computeIfAbsent(d.schedule().day(), k -> new LinkedHashMap<>()).put(d.schedule().group(),
                            d.schedule());
                }
                content.days().forEach(f -> figures.put(f.day(), f));
            }
            out.put(code, new Region(code, content == null ? null : content.revision(), days, figures,
                    content == null ? List.of() : content.ledger()));
        }
        return new PublishedState(out, etag(out));
    }

    /** The ETag of the published revisions of {@code codes} now (what If-Match is compared with). */
    static String currentEtag(Store store, List<String> codes) {
        Map<String, Region> heads = new TreeMap<>();
        for (String code : codes) {
            heads.put(code, new Region(code, store.revisions().published(code).orElse(null), Map.of(), Map.of(),
                    List.of()));
        }
        return etag(heads);
    }

    Map<String, Integer> numbers() {
        Map<String, Integer> out = new TreeMap<>();
        regions.forEach((code, r) -> out.put(code, r.number()));
        return out;
    }

    /** {@code "published-<hex>"}: SHA-256 of each region's code, published number and content hash, in code order. */
    private static String etag(Map<String, Region> regions) {
        StringBuilder text = new StringBuilder();
        regions.forEach((code, r) -> text.append(code).append(':').append(r.number()).append(':')
                .append(r.revision() == null ? "-" : r.revision().contentHash()).append('\n'));
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8));
            return "\"published-" + HexFormat.of().formatHex(hash, 0, 12) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
