package org.fairshed.server.operator;

import com.fasterxml.jackson.core.type.TypeReference;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.fairshed.server.http.Json;
import org.fairshed.store.model.DayFigures;
import org.fairshed.store.model.GroupDay;
import org.fairshed.store.model.Interval;
import org.fairshed.store.model.LedgerDay;
import org.fairshed.store.model.RevisionDraft;

/**
 * The revision drafts of a flow draft as JSON (the {@code content} column): what a publish stores, without the
 * reason and author, which the publish gives. Dates as ISO text, intervals as {@code [start, end]} minutes.
 */
final class DraftContent {

    private static final TypeReference<List<RegionJson>> LIST = new TypeReference<>() {
    };

    private DraftContent() {
    }

    record RegionJson(String region, int slotMinutes, List<DayJson> days, List<GroupJson> groups, List<LedgerJson> ledger,
                      String planStatus) {
    }

    record DayJson(String day, List<Double> quotaMw, List<Double> criticalShedMw, List<String> slotStatus) {
    }

    record GroupJson(String group, String day, List<int[]> definite, List<int[]> possible, List<Double> loadMw) {
    }

    record LedgerJson(String group, String day, double hoursOff) {
    }

    static String write(List<RevisionDraft> drafts) {
        List<RegionJson> out = new ArrayList<>();
        for (RevisionDraft d : drafts) {
            out.add(new RegionJson(d.region(), d.slotMinutes(),
                    d.days().stream().map(f -> new DayJson(f.day().toString(), f.quotaMw(), f.criticalShedMw(),
                            f.slotStatus())).toList(),
                    d.groups().stream().map(g -> new GroupJson(g.group(), g.day().toString(), pairs(g.definite()),
                            pairs(g.possible()), g.loadMw())).toList(),
                    d.ledger().stream().map(l -> new LedgerJson(l.group(), l.day().toString(), l.hoursOff())).toList(),
                    d.planStatus()));
        }
        return new String(Json.bytes(out), java.nio.charset.StandardCharsets.UTF_8);
    }

    /** The drafts with the publish's reason and author. */
    static List<RevisionDraft> read(String json, String reason, String author) {
        List<RegionJson> list;
        try {
            list = Json.mapper().readValue(json, LIST);
        } catch (IOException e) {
            throw new UncheckedIOException("a stored draft is not readable", e);
        }
        List<RevisionDraft> out = new ArrayList<>();
        for (RegionJson r : list) {
            out.add(new RevisionDraft(r.region(), r.slotMinutes(),
                    r.days().stream().map(d -> new DayFigures(LocalDate.parse(d.day()), d.quotaMw(), d.criticalShedMw(),
                            d.slotStatus())).toList(),
                    r.groups().stream().map(g -> new GroupDay(g.group(), LocalDate.parse(g.day()), intervals(g.definite()),
                            intervals(g.possible()), g.loadMw())).toList(),
                    r.ledger().stream().map(l -> new LedgerDay(l.group(), LocalDate.parse(l.day()), l.hoursOff())).toList(),
                    r.planStatus(), reason, author));
        }
        return out;
    }

    private static List<int[]> pairs(List<Interval> intervals) {
        return intervals.stream().map(i -> new int[] {i.start(), i.end()}).toList();
    }

    private static List<Interval> intervals(List<int[]> pairs) {
        return pairs.stream().map(p -> new Interval(p[0], p[1])).toList();
    }
}
