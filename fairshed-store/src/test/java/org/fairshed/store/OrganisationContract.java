package org.fairshed.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.fairshed.common.InputException;
import org.fairshed.store.model.CriticalFeeder;
import org.fairshed.store.model.Group;
import org.fairshed.store.model.Region;
import org.fairshed.store.model.RegionDefinition;
import org.fairshed.store.model.ScheduleType;
import org.fairshed.store.revision.Publication;
import org.fairshed.store.testing.Fixtures;
import org.junit.jupiter.api.Test;

/** Regions, DSOs, groups of any number, critical feeders, on every server. */
abstract class OrganisationContract extends StoreContract {

    @Test
    void putsAreIdempotentAndKeepIds() {
        Region kyiv = store.organisation().putRegion(new RegionDefinition("kyiv", "Київ", "Kyiv", Fixtures.KYIV));
        Region renamed = store.organisation().putRegion(new RegionDefinition("kyiv", "м. Київ", "Kyiv City", Fixtures.KYIV));
        assertThat(renamed.id()).isEqualTo(kyiv.id());
        assertThat(store.organisation().region("kyiv")).contains(renamed);
        assertThat(store.organisation().putDso("kyiv", "yasno", "ДТЕК").id())
                .isEqualTo(store.organisation().putDso("kyiv", "yasno", "ДТЕК Київські електромережі").id());
        assertThat(store.organisation().dsos("kyiv")).singleElement()
                .satisfies(d -> assertThat(d.name()).isEqualTo("ДТЕК Київські електромережі"));
        List<Group> first = store.organisation().putGroups("kyiv", ScheduleType.HOURLY, List.of("1.1", "1.2"));
        List<Group> more = store.organisation().putGroups("kyiv", ScheduleType.HOURLY, List.of("2.1", "1.1", "2.2"));
        assertThat(more).extracting(Group::code).containsExactly("1.1", "1.2", "2.1", "2.2");
        assertThat(more.get(0).id()).isEqualTo(first.get(0).id());
        assertThat(store.organisation().groups("kyiv", ScheduleType.EMERGENCY)).isEmpty();
        assertThatThrownBy(() -> store.organisation().putRegion(new RegionDefinition("Kyiv!", "К", "K", ZoneId.of("UTC"))))
                .isInstanceOf(InputException.class).hasMessageContaining("region.code");
        assertThatThrownBy(() -> store.organisation().putGroups("kyiv", ScheduleType.HOURLY, List.of("1;2")))
                .isInstanceOf(InputException.class).hasMessageContaining("groups[0]");
    }

    @Test
    void criticalFeedersBelongToARegionAndOptionallyAGroup() {
        Fixtures.region(store, "kyiv");
        store.organisation().putCriticalFeeder(new CriticalFeeder("kyiv", "F-17", "Лікарня №1", "hospital", "3.1"));
        store.organisation().putCriticalFeeder(new CriticalFeeder("kyiv", "F-02", "Водоканал", "water", null));
        assertThat(store.organisation().criticalFeeders("kyiv")).extracting(CriticalFeeder::code, CriticalFeeder::group)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("F-02", null),
                        org.assertj.core.groups.Tuple.tuple("F-17", "3.1"));
        assertThatThrownBy(() -> store.organisation().putCriticalFeeder(new CriticalFeeder("kyiv", "F-3", "x", "hospital",
                "9.9"))).isInstanceOf(InputException.class).hasMessageContaining("9.9");
    }

    @Test
    void nothingAssumesTwelveGroupsPerBuildingSchedulesPublishToo() {
        store.organisation().putRegion(new RegionDefinition("kyiv", "Київ", "Kyiv", Fixtures.KYIV));
        List<String> buildings = new ArrayList<>();
        for (int i = 1; i <= 3000; i++) {
            buildings.add(String.format("B-%05d", i));
        }
        assertThat(store.organisation().putGroups("kyiv", ScheduleType.HOURLY, buildings)).hasSize(3000);
        var draft = Fixtures.draft("kyiv", buildings, LocalDate.of(2026, 12, 2), 2, 9, "per-building");
        assertThat(store.revisions().publish(new Publication(draft, 0)).isPublished()).isTrue();
        assertThat(store.revisions().content("kyiv", 1).orElseThrow().groups()).hasSize(6000);
        assertThat(store.revisions().schedule("kyiv", "B-02999", LocalDate.of(2026, 12, 2), LocalDate.of(2026, 12, 3)))
                .hasSize(2);
    }
}
