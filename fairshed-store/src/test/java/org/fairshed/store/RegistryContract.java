package org.fairshed.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.fairshed.common.InputException;
import org.fairshed.store.model.Address;
import org.fairshed.store.model.ScheduleType;
import org.fairshed.store.registry.RegistryImportParameters;
import org.fairshed.store.registry.RegistryImportResult;
import org.fairshed.store.registry.RegistryImportStatus;
import org.fairshed.store.synthetic.SyntheticRegistry;
import org.fairshed.store.testing.Fixtures;
import org.junit.jupiter.api.Test;

/** Registry import, stable ids, export round trip and search, on every server. */
abstract class RegistryContract extends StoreContract {

    static final String HEADER = "id,region,settlement,street,house,part,lat,lon,groups,emergency_groups,dso\r\n";

    @Override
    void prepare(Store opened) {
        Fixtures.region(opened, "kyiv");
        Fixtures.region(opened, "lviv");
        opened.organisation().putDso("kyiv", "yasno", "ДТЕК Київські електромережі");
    }

    RegistryImportResult load(String csv) {
        return load(csv, RegistryImportParameters.defaults());
    }

    RegistryImportResult load(String csv, RegistryImportParameters parameters) {
        return store.registry().importCsv(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "reg.csv",
                parameters);
    }

    String export() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        store.registry().exportCsv(out);
        return out.toString(StandardCharsets.UTF_8);
    }

    static final String SMALL = HEADER
            + ",kyiv,м. Київ,вул. Хрещатик,22,,50.4474,30.5225,1.1,E1,yasno\r\n"
            + ",kyiv,м. Київ,вул. Хрещатик,24,,,,2.2;3.1,,\r\n"
            + ",kyiv,м. Київ,\"вул. Лесі Українки, бульв.\",7/2,корпус 2,,,4.1,E2,yasno\r\n"
            + ",lviv,м. Львів,вул. В'ячеслава Чорновола,12А,,49.85,24.02,6.2,,\r\n";

    @Test
    void importsAddressesWithTheirGroupsAndFindsThemAcrossScripts() {
        RegistryImportResult r = load(SMALL);
        assertThat(r.status()).isEqualTo(RegistryImportStatus.IMPORTED);
        assertThat(r.inserted()).isEqualTo(4);
        assertThat(store.registry().count()).isEqualTo(4);
        for (String q : List.of("khreshchatyk 22", "Хрещатик 22", "kreshchatyk 22", "вул. хрещатик, 22", "kyiv khreshchatyk 22")) {
            List<Address> hits = store.registry().search(q, 10);
            assertThat(hits).as(q).isNotEmpty();
            assertThat(hits.get(0).house()).as(q).isEqualTo("22");
        }
        assertThat(store.registry().search("khreshchatyk 2", 10)).extracting(Address::house).containsExactly("22", "24");
        Address two = store.registry().search("Хрещатик 24", 1).get(0);
        assertThat(two.hourlyGroups()).containsExactly("2.2", "3.1");
        assertThat(two.lat()).isNull();
        assertThat(store.registry().search("viacheslava chornovola 12a", 5)).singleElement()
                .satisfies(a -> assertThat(a.street()).isEqualTo("вул. В'ячеслава Чорновола"));
        assertThat(store.registry().search("lesi ukrainky 7/2 korpus 2", 5)).singleElement()
                .satisfies(a -> assertThat(a.emergencyGroups()).containsExactly("E2"));
        assertThat(store.registry().search("...", 5)).isEmpty();
    }

    @Test
    void exportIsTheImportFormatAndARoundTripIsByteStable() {
        load(SMALL);
        String first = export();
        assertThat(first).startsWith(HEADER).contains("\"вул. Лесі Українки, бульв.\"");
        RegistryImportResult again = load(first);
        assertThat(again.inserted()).isZero();
        assertThat(again.updated()).isZero();
        assertThat(again.unchanged()).isEqualTo(4);
        assertThat(export()).isEqualTo(first);
    }

    @Test
    void reimportKeepsIdsWhenGroupsChangeRowsMoveOrTheIdColumnIsEmpty() {
        load(SMALL);
        long id22 = store.registry().search("Хрещатик 22", 1).get(0).id();
        long id24 = store.registry().search("Хрещатик 24", 1).get(0).id();
        String reordered = HEADER
                + ",lviv,м. Львів,вул. В'ячеслава Чорновола,12А,,49.85,24.02,6.2,,\r\n"
                + ",kyiv,м. Київ,вулиця Хрещатик,24,,,,5.1,,\r\n"          // another spelling of the kind, new group
                + ",kyiv,м. Київ,вул. Хрещатик,22,,50.4474,30.5225,1.1;1.2,E1,yasno\r\n"  // a second line
                + ",kyiv,м. Київ,\"вул. Лесі Українки, бульв.\",7/2,корпус 2,,,4.1,E2,yasno\r\n";
        RegistryImportResult r = load(reordered);
        assertThat(r.isImported()).isTrue();
        assertThat(r.inserted()).isZero();
        assertThat(r.updated()).isEqualTo(2);
        assertThat(store.registry().address(id22).orElseThrow().hourlyGroups()).containsExactly("1.1", "1.2");
        assertThat(store.registry().address(id24).orElseThrow().hourlyGroups()).containsExactly("5.1");
        // renamed street, id kept by the id column
        String renamed = export().replace("вул. Хрещатик", "вул. Хрещатицька");
        assertThat(load(renamed).isImported()).isTrue();
        assertThat(store.registry().address(id22).orElseThrow().street()).isEqualTo("вул. Хрещатицька");
        assertThat(store.registry().search("khreshchatytska 22", 1)).extracting(Address::id).containsExactly(id22);
    }

    @Test
    void replaceRetiresAbsentAddressesAndNeverGivesTheirIdAway() {
        load(SMALL);
        long id24 = store.registry().search("Хрещатик 24", 1).get(0).id();
        String without24 = HEADER + ",kyiv,м. Київ,вул. Хрещатик,22,,50.4474,30.5225,1.1,E1,yasno\r\n"
                + ",kyiv,м. Київ,\"вул. Лесі Українки, бульв.\",7/2,корпус 2,,,4.1,E2,yasno\r\n";
        RegistryImportResult r = load(without24);
        assertThat(r.retired()).isEqualTo(1);
        assertThat(store.registry().address(id24)).isEmpty();
        assertThat(store.registry().search("khreshchatyk 24", 5)).isEmpty();
        assertThat(store.registry().count()).isEqualTo(3); // lviv untouched: the file names only kyiv
        RegistryImportResult added = load(without24 + ",kyiv,м. Київ,вул. Хрещатик,26,,,,1.1,,\r\n");
        long id26 = store.registry().search("khreshchatyk 26", 1).get(0).id();
        assertThat(added.inserted()).isEqualTo(1);
        assertThat(id26).isNotEqualTo(id24);
        load(without24 + ",kyiv,м. Київ,вул. Хрещатик,24,,,,1.1,,\r\n");
        assertThat(store.registry().address(id24)).isPresent(); // revived with its old id
    }

    @Test
    void everyBadRowIsReportedByLineAndNothingIsImported() {
        load(SMALL);
        String before = export();
        String bad = HEADER
                + ",kyiv,м. Київ,вул. Хрещатик,30,,,,1.1,,\r\n"                 // 2: good
                + ",atlantis,м. Київ,вул. Хрещатик,31,,,,1.1,,\r\n"             // 3: unknown region
                + ",kyiv,м. Київ,вул. Хрещатик,32,,,,9.9,,\r\n"                 // 4: unknown group
                + ",kyiv,м. Київ,вул. Хрещатик,33,,91,30,1.1,,\r\n"             // 5: latitude out of range
                + ",kyiv,м. Київ,,34,,,,1.1,,\r\n"                              // 6: no street
                + ",kyiv,м. Київ,вул. Хрещатик,30,,,,2.1,,\r\n"                 // 7: same address as line 2
                + "x,kyiv,м. Київ,вул. Хрещатик,35,,,,1.1,,\r\n"                // 8: bad id
                + ",kyiv,м. Київ,вул. Хрещатик,36,,,,,,\r\n"                    // 9: no groups
                + ",kyiv,м. Київ,вул. Хрещатик,37,,,,1.1,,dtek\r\n"             // 10: unknown DSO
                + ",kyiv,м. Київ,вул. Хрещатик,38\r\n";                         // 11: too few fields
        RegistryImportResult r = load(bad);
        assertThat(r.status()).isEqualTo(RegistryImportStatus.REJECTED);
        assertThat(r.errors()).extracting(InputException::line).containsExactly(3, 4, 5, 6, 7, 8, 9, 10, 11);
        assertThat(r.errors().get(1).getMessage()).isEqualTo("reg.csv:4: groups names the group 9.9, which region kyiv "
                + "does not have (hourly)");
        assertThat(r.errors().get(4).field()).isEmpty();
        assertThat(r.errors().get(4).detail()).contains("line 2");
        assertThat(export()).isEqualTo(before);
    }

    @Test
    void anIdThatBelongsToAnotherAddressIsRefused() {
        load(SMALL);
        long id22 = store.registry().search("Хрещатик 22", 1).get(0).id();
        long id24 = store.registry().search("Хрещатик 24", 1).get(0).id();
        RegistryImportResult r = load(HEADER + id24 + ",kyiv,м. Київ,вул. Хрещатик,22,,,,1.1,,\r\n", 
                RegistryImportParameters.defaults().withReplace(false));
        assertThat(r.status()).isEqualTo(RegistryImportStatus.REJECTED);
        assertThat(r.errors()).singleElement().satisfies(e -> assertThat(e.detail())
                .isEqualTo("is " + id24 + ", but the store has this address as id " + id22
                        + "; leave the id empty to keep " + id22 + ", or change the address"));
    }

    @Test
    void aBadHeaderIsAnInputErrorAndGroupsCanBeCreatedOnRequest() {
        assertThatThrownBy(() -> load("id,region,settlement,street,house,grups\r\n"))
                .isInstanceOf(InputException.class).hasMessageContaining("unknown column 'grups'");
        assertThatThrownBy(() -> load("id,region,settlement,street,house\r\n"))
                .isInstanceOf(InputException.class).hasMessageContaining("lacks the column 'groups'");
        String perBuilding = HEADER + ",kyiv,м. Київ,вул. Хрещатик,40,,,,K-0040,,\r\n";
        assertThat(load(perBuilding).status()).isEqualTo(RegistryImportStatus.REJECTED);
        assertThat(load(perBuilding, RegistryImportParameters.defaults().withCreateGroups(true)).isImported()).isTrue();
        assertThat(store.organisation().groups("kyiv", ScheduleType.HOURLY)).extracting(g -> g.code()).endsWith("K-0040");
    }

    @Test
    void theLimitsOfAnImportAreEnforced() {
        assertThat(load(SMALL, RegistryImportParameters.defaults().withLimits(1 << 20, 3)).errors())
                .singleElement().satisfies(e -> assertThat(e.getMessage()).isEqualTo("reg.csv:5: has more than 3 rows, "
                        + "the most an import takes"));
        assertThatThrownBy(() -> load(SMALL, RegistryImportParameters.defaults().withLimits(100, 100)))
                .isInstanceOf(InputException.class).hasMessage("reg.csv: is larger than 100 bytes, the most a registry "
                        + "file may have");
        assertThat(store.registry().count()).isZero();
    }

    /** The bulk first load and the ordinary import of the same rows give the same registry, byte for byte. */
    @Test
    void theBulkFirstLoadIsTheImportWithoutItsPerRowWork() {
        SyntheticRegistry synthetic = new SyntheticRegistry(7, 3_000, 3);
        RegistryImportResult bulk = synthetic.load(store);
        assertThat(bulk.isImported()).isTrue();
        assertThat(bulk.inserted()).isEqualTo(3_000);
        Store other = db().open();
        try {
            synthetic.setUp(other);
            RegistryImportResult ordinary = other.registry().importRows(synthetic.rows(), "synthetic",
                    RegistryImportParameters.defaults());
            assertThat(ordinary.inserted()).isEqualTo(3_000);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            other.registry().exportCsv(out);
            assertThat(export()).isEqualTo(out.toString(StandardCharsets.UTF_8));
            assertThat(snapshot(store)).isEqualTo(snapshot(other));
            for (String q : List.of("vinnytsia", "shevchenka 1", "Хрещатик", "luck lesi ukrainky 3")) {
                // street ids differ by design (the bulk load numbers streets by first appearance)
                assertThat(store.registry().search(q, 20)).extracting(Address::id).as(q)
                        .isEqualTo(other.registry().search(q, 20).stream().map(Address::id).toList());
            }
        } finally {
            db().close(other);
        }
        assertThat(store.events().latestRegistryId()).isPositive();
        // the indexes and constraints are back: a second import finds every address unchanged
        assertThat(load(export()).unchanged()).isEqualTo(3_000);
        assertThat(store.registry().bulkLoad(synthetic.rows(), "again").unchanged()).isEqualTo(3_000);
    }

    /** Streets (without their ids, which the bulk load gives by first appearance) and search keys. */
    private static List<String> snapshot(Store s) {
        List<String> out = new java.util.ArrayList<>();
        java.util.Map<Long, String> streets = new java.util.HashMap<>();
        s.registry().snapshot(new org.fairshed.store.registry.RegistrySink() {
            @Override
            public void version(long registryEvent) {
            }

            @Override
            public void street(long id, String region, String settlement, String name) {
                streets.put(id, region + "|" + settlement + "|" + name);
                out.add("street " + region + "|" + settlement + "|" + name);
            }

            @Override
            public void address(long id, long streetId, String house, String part, double lat, double lon, String dso,
                                String[] hourly, String[] emergency) {
                out.add("address " + id + " " + streets.get(streetId));
            }

            @Override
            public void key(String key, long addressId) {
                out.add("key " + key + " " + addressId);
            }
        });
        java.util.Collections.sort(out);
        return out;
    }

    @Test
    void theBulkLoadReportsEveryBadRowAndKeepsNothing() {
        List<org.fairshed.store.registry.RegistryRow> rows = List.of(
                new org.fairshed.store.registry.RegistryRow(2, null, "kyiv", "м. Київ", "вул. Хрещатик", "22", "", null, null,
                        List.of("1.1"), List.of(), null),
                new org.fairshed.store.registry.RegistryRow(3, null, "kyiv", "м. Київ", "вул. Хрещатик", "24", "", null, null,
                        List.of("9.9"), List.of(), null),
                new org.fairshed.store.registry.RegistryRow(4, null, "atlantis", "м. Київ", "вул. Хрещатик", "26", "", null,
                        null, List.of("1.1"), List.of(), null),
                new org.fairshed.store.registry.RegistryRow(5, null, "kyiv", "м. Київ", "Хрещатик вулиця", "22", "", null,
                        null, List.of("1.2"), List.of(), null));
        RegistryImportResult r = store.registry().bulkLoad(rows.iterator(), "rows");
        assertThat(r.status()).isEqualTo(RegistryImportStatus.REJECTED);
        assertThat(r.errors()).extracting(InputException::getMessage).containsExactly(
                "rows:3: groups names the group 9.9, which region kyiv does not have (hourly)",
                "rows:4: region names the region 'atlantis', which the store does not have");
        assertThat(store.registry().count()).isZero();
        RegistryImportResult dup = store.registry().bulkLoad(List.of(rows.get(0), rows.get(3)).iterator(), "rows");
        assertThat(dup.errors()).extracting(InputException::getMessage).containsExactly(
                "rows:5: is the same address as line 2 (region, settlement, street, house and part alike)");
        assertThat(store.registry().count()).isZero();
        assertThat(load(SMALL).inserted()).isEqualTo(4);
        assertThat(store.registry().search("khreshchatyk 22", 5)).hasSize(1);
    }

    @Test
    void tenThousandSyntheticAddressesImportAndReimportUnchanged() {
        SyntheticRegistry synthetic = new SyntheticRegistry(42, 10_000, 3);
        RegistryImportResult r = synthetic.load(store);
        assertThat(r.isImported()).isTrue();
        assertThat(r.inserted()).isEqualTo(10_000);
        String first = export();
        RegistryImportResult again = load(first);
        assertThat(again.unchanged()).isEqualTo(10_000);
        assertThat(export()).isEqualTo(first);
        assertThat(store.registry().search("vinnytsia", 20)).hasSize(20);
        long twoLines = first.lines().skip(1).filter(l -> l.split(",", -1)[8].contains(";")).count();
        assertThat(twoLines).isBetween(200L, 600L);
    }
}
