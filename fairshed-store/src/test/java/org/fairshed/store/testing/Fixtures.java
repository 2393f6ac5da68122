package org.fairshed.store.testing;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.fairshed.store.Store;
import org.fairshed.store.model.DayFigures;
import org.fairshed.store.model.GroupDay;
import org.fairshed.store.model.Interval;
import org.fairshed.store.model.LedgerDay;
import org.fairshed.store.model.RegionDefinition;
import org.fairshed.store.model.RevisionDraft;
import org.fairshed.store.model.ScheduleType;

/** Small hand-built organisations and seeded random revision drafts. */
public final class Fixtures {

    public static final ZoneId KYIV = ZoneId.of("Europe/Kyiv");
    public static final List<String> GROUPS = List.of("1.1", "1.2", "2.1", "2.2", "3.1", "3.2", "4.1", "4.2", "5.1",
            "5.2", "6.1", "6.2");

    private Fixtures() {
    }

    /** A region with the default 12 hourly groups and two emergency lists. */
    public static void region(Store store, String code) {
        store.organisation().putRegion(new RegionDefinition(code, "Область " + code, "Region " + code, KYIV));
        store.organisation().putGroups(code, ScheduleType.HOURLY, GROUPS);
        store.organisation().putGroups(code, ScheduleType.EMERGENCY, List.of("E1", "E2"));
    }

    /** A complete draft: every group of {@link #GROUPS} on {@code days} days from {@code first}, random outages. */
    public static RevisionDraft draft(String region, LocalDate first, int days, long seed, String reason) {
        return draft(region, GROUPS, first, days, seed, reason);
    }

    public static RevisionDraft draft(String region, List<String> groups, LocalDate first, int days, long seed,
                                      String reason) {
        Random random = new Random(seed);
        List<DayFigures> figures = new ArrayList<>();
        List<GroupDay> groupDays = new ArrayList<>();
        List<LedgerDay> ledger = new ArrayList<>();
        for (int d = 0; d < days; d++) {
            LocalDate day = first.plusDays(d);
            List<Double> quota = new ArrayList<>();
            for (int s = 0; s < 48; s++) {
                quota.add(Math.round(random.nextDouble() * 1000) / 10.0);
            }
            figures.add(new DayFigures(day, quota, Collections.nCopies(48, 0.0), Collections.nCopies(48, "OPTIMAL")));
            for (String g : groups) {
                List<Interval> definite = new ArrayList<>();
                List<Interval> possible = new ArrayList<>();
                int t = 0;
                while (t < 1440) {
                    int on = 30 * random.nextInt(8);
                    int off = 30 * (1 + random.nextInt(8));
                    int start = t + on;
                    int end = Math.min(1440, start + off);
                    if (start >= 1440) {
                        break;
                    }
                    (random.nextInt(4) == 0 ? possible : definite).add(new Interval(start, end));
                    t = end;
                }
                groupDays.add(new GroupDay(g, day, definite, possible, Collections.nCopies(48, 10.0 + random.nextInt(5))));
                ledger.add(new LedgerDay(g, day, definite.stream().mapToInt(Interval::minutes).sum() / 60.0));
            }
        }
        return new RevisionDraft(region, 30, figures, groupDays, ledger, "OPTIMAL", reason, "dispatcher");
    }
}
