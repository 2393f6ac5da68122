package org.fairshed.store.synthetic;

import java.io.IOException;
import java.io.Writer;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Random;
import org.fairshed.store.Store;
import org.fairshed.store.model.RegionDefinition;
import org.fairshed.store.model.ScheduleType;
import org.fairshed.store.registry.RegistryImportResult;
import org.fairshed.store.registry.RegistryRow;

/**
 * A SYNTHETIC consumer registry, seeded and streamed: up to 24 oblasts (their real names and centres, labelled
 * synthetic in their English names and their DSOs'), each with a centre city holding about 40 % of its addresses and
 * villages and towns for the rest, Ukrainian street names (with apostrophes and every letter transliteration has to
 * get right), house numbers with letters and fractions (12А, 7/2), building parts (корпус 2), groups 1.1 … 6.2 with
 * about 4 % of the buildings on two lines, and emergency lists E1 … E5. The same seed gives the same rows.
 */
public final class SyntheticRegistry {

    /** In every DSO's name and every region's English name. */
    public static final String LABEL = "synthetic";
    public static final List<String> GROUPS = List.of("1.1", "1.2", "2.1", "2.2", "3.1", "3.2", "4.1", "4.2", "5.1",
            "5.2", "6.1", "6.2");
    public static final List<String> EMERGENCY = List.of("E1", "E2", "E3", "E4", "E5");
    private static final double TWO_LINES = 0.04;

    private final long seed;
    private final int addresses;
    private final int regions;

    /**
     * @param addresses how many rows in all (split evenly between the regions)
     * @param regions   how many of the 24 oblasts, from the first
     */
    public SyntheticRegistry(long seed, int addresses, int regions) {
        if (regions < 1 || regions > SyntheticNames.REGIONS.size()) {
            throw new IllegalArgumentException("regions must be in [1, 24], got " + regions);
        }
        if (addresses < regions) {
            throw new IllegalArgumentException("need at least one address per region, got " + addresses);
        }
        this.seed = seed;
        this.addresses = addresses;
        this.regions = regions;
    }

    public List<RegionDefinition> regionDefinitions() {
        List<RegionDefinition> out = new ArrayList<>();
        for (int r = 0; r < regions; r++) {
            String[] n = SyntheticNames.REGIONS.get(r);
            out.add(new RegionDefinition(n[0], n[1], n[2] + " (" + LABEL + ")", ZoneId.of("Europe/Kyiv")));
        }
        return out;
    }

    /** Creates the regions, one DSO each ({@code <region>-energo}), the 12 hourly groups and the emergency lists. */
    public void setUp(Store store) {
        for (RegionDefinition r : regionDefinitions()) {
            store.organisation().putRegion(r);
            store.organisation().putDso(r.code(), dso(r.code()), "Обленерго " + r.nameUk() + " (" + LABEL + ")");
            store.organisation().putGroups(r.code(), ScheduleType.HOURLY, GROUPS);
            store.organisation().putGroups(r.code(), ScheduleType.EMERGENCY, EMERGENCY);
        }
    }

    /**
     * {@link #setUp} and the import of every row in one transaction: into an empty registry by the bulk load (a first
     * start of {@code ./fairshed serve}), otherwise by the ordinary import.
     */
    public RegistryImportResult load(Store store) {
        setUp(store);
        return store.registry().bulkLoad(rows(), "synthetic registry (seed " + seed + ")");
    }

    static String dso(String region) {
        return region + "-energo";
    }

    /** The rows, region by region, made as they are read. */
    public Iterator<RegistryRow> rows() {
        return new Iterator<>() {
            private int region = -1;
            private RegionRows current;
            private int line = 1;

            @Override
            public boolean hasNext() {
                while ((current == null || !current.hasNext()) && region + 1 < regions) {
                    region++;
                    int n = addresses / regions + (region < addresses % regions ? 1 : 0);
                    current = new RegionRows(SyntheticNames.REGIONS.get(region), n, new Random(seed * 31 + region));
                }
                return current != null && current.hasNext();
            }

            @Override
            public RegistryRow next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return current.next(++line);
            }
        };
    }

    /** The rows as registry CSV (the export's format, without ids), for {@code registry import}. */
    public void writeCsv(Writer out) throws IOException {
        out.write("id,region,settlement,street,house,part,lat,lon,groups,emergency_groups,dso\r\n");
        Iterator<RegistryRow> it = rows();
        while (it.hasNext()) {
            RegistryRow r = it.next();
            out.write("," + r.region() + "," + r.settlement() + "," + r.street() + "," + r.house() + "," + r.part() + ","
                    + r.lat() + "," + r.lon() + "," + String.join(";", r.hourlyGroups()) + ","
                    + String.join(";", r.emergencyGroups()) + "," + r.dso() + "\r\n");
        }
    }

    /** One region's rows: settlement by settlement, street by street, house by house. */
    private static final class RegionRows {
        private final String[] region;
        private final Random random;
        private final double lat;
        private final double lon;
        private int remaining;
        private int settlementIndex = -1;
        private String settlement;
        private int settlementLeft;
        private final List<String> streets = new ArrayList<>();
        private int streetIndex;
        private int house;
        private int housesLeft;
        private final List<String[]> pending = new ArrayList<>();

        RegionRows(String[] region, int addresses, Random random) {
            this.region = region;
            this.random = random;
            this.remaining = addresses;
            this.lat = Double.parseDouble(region[4]);
            this.lon = Double.parseDouble(region[5]);
        }

        boolean hasNext() {
            return remaining > 0;
        }

        RegistryRow next(int line) {
            while (pending.isEmpty()) {
                nextBuilding();
            }
            String[] a = pending.remove(pending.size() - 1);
            remaining--;
            List<String> groups = new ArrayList<>();
            int g = random.nextInt(GROUPS.size());
            groups.add(GROUPS.get(g));
            if (random.nextDouble() < TWO_LINES) {
                groups.add(GROUPS.get((g + 1 + random.nextInt(GROUPS.size() - 1)) % GROUPS.size()));
            }
            double la = Math.round((lat + (random.nextDouble() - 0.5) * 0.6) * 1e5) / 1e5;
            double lo = Math.round((lon + (random.nextDouble() - 0.5) * 0.9) * 1e5) / 1e5;
            return new RegistryRow(line, null, region[0], settlement, a[0], a[1], a[2], la, lo, groups,
                    List.of(EMERGENCY.get(random.nextInt(EMERGENCY.size()))), dso(region[0]));
        }

        /** The addresses of the next building: one, or one per building part. */
        private void nextBuilding() {
            while (housesLeft == 0) {
                nextStreet();
            }
            housesLeft--;
            house++;
            String street = streets.get(streetIndex);
            double kind = random.nextDouble();
            String number = kind < 0.06 ? house + SyntheticNames.HOUSE_LETTERS.get(random.nextInt(3))
                    : kind < 0.09 ? house + "/" + (1 + random.nextInt(9)) : Integer.toString(house);
            if (random.nextDouble() < 0.05) {
                int parts = 2 + random.nextInt(2);
                for (int p = parts - 1; p >= 0; p--) {
                    pending.add(new String[] {street, number, SyntheticNames.PARTS.get(p)});
                }
            } else {
                pending.add(new String[] {street, number, ""});
            }
        }

        private void nextStreet() {
            if (settlementLeft <= 0 || streetIndex + 1 >= streets.size()) {
                nextSettlement();
            } else {
                streetIndex++;
            }
            house = 0;
            housesLeft = Math.max(1, Math.min(settlementLeft, 5 + random.nextInt(settlementIndex == 0 ? 120 : 40)));
            settlementLeft -= housesLeft;
        }

        private void nextSettlement() {
            settlementIndex++;
            if (settlementIndex == 0) {
                settlement = "м. " + region[3];
                settlementLeft = Math.max(1, remaining * 2 / 5);
            } else {
                int stems = SyntheticNames.SETTLEMENT_STEMS.size();
                int i = settlementIndex - 1;
                String prefix = SyntheticNames.SETTLEMENT_PREFIXES.get((i / stems) % SyntheticNames.SETTLEMENT_PREFIXES.size());
                String stem = SyntheticNames.SETTLEMENT_STEMS.get(i % stems);
                int round = i / (stems * SyntheticNames.SETTLEMENT_PREFIXES.size());
                String kind = SyntheticNames.SETTLEMENT_KINDS.get(random.nextInt(2));
                settlement = kind + prefix + stem + (round == 0 ? "" : " " + (round + 1));
                settlementLeft = 80 + random.nextInt(1500);
            }
            streets.clear();
            List<String> names = new ArrayList<>(SyntheticNames.STREETS);
            java.util.Collections.shuffle(names, random);
            int count = settlementIndex == 0 ? names.size() * SyntheticNames.STREET_KINDS.size() : 3 + random.nextInt(25);
            for (int k = 0; k < count; k++) {
                String kindWord = SyntheticNames.STREET_KINDS.get(k / names.size() % SyntheticNames.STREET_KINDS.size());
                streets.add(kindWord + names.get(k % names.size()));
            }
            streetIndex = 0;
        }
    }
}
