package org.fairshed.server.api;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.fairshed.server.search.IndexedAddress;
import org.fairshed.server.state.RegionState;
import org.fairshed.server.view.DayView;
import org.fairshed.server.view.TimePoint;
import org.fairshed.server.view.Views;
import org.fairshed.store.model.DaySchedule;
import org.fairshed.store.model.Dso;
import org.fairshed.store.model.Group;
import org.fairshed.store.model.Revision;

/** Model → DTO conversions shared by the handlers. */
final class Mapping {

    private Mapping() {
    }

    static Dtos.RegionDto region(RegionState s) {
        List<Dtos.DsoDto> dsos = new ArrayList<>();
        for (Dso d : s.dsos()) {
            dsos.add(new Dtos.DsoDto(d.id(), d.code(), d.name()));
        }
        return new Dtos.RegionDto(s.code(), s.region().id(), s.region().nameUk(), s.region().nameEn(),
                s.region().zone().getId(), s.today().toString(), dsos, s.hourly().stream().map(Group::code).toList(),
                s.emergency().stream().map(Group::code).toList(), published(s.published(), s.region().zone()));
    }

    static Dtos.PublishedDto published(Revision r, ZoneId zone) {
        if (r == null) {
            return null;
        }
        return new Dtos.PublishedDto(r.number(), TimePoint.iso(r.createdAt(), zone), r.firstDay().toString(),
                r.lastDay().toString(), r.planStatus(), r.contentHash(), revisionUrl(r.region(), r.number()));
    }

    static Dtos.RevisionHeaderDto header(Revision r, ZoneId zone) {
        return new Dtos.RevisionHeaderDto(r.region(), r.number(), r.replaces(), TimePoint.iso(r.createdAt(), zone),
                r.firstDay().toString(), r.lastDay().toString(), r.slotMinutes(), r.planStatus(), r.reason(), r.author(),
                r.contentHash(), revisionUrl(r.region(), r.number()));
    }

    static String revisionUrl(String region, int number) {
        return "/api/v1/regions/" + region + "/revisions/" + number;
    }

    /** A group's day from the region's state (its window) with the day's status. */
    static DayView day(RegionState s, String group, LocalDate day) {
        DaySchedule d = s.day(group, day);
        return Views.day(day, s.region().zone(), d == null ? null : d.revision(), d == null ? null : d.schedule(),
                s.status(day));
    }

    static Dtos.AddressDto address(IndexedAddress a, RegionState s) {
        String label = a.street() + " " + a.house() + (a.part().isEmpty() ? "" : ", " + a.part()) + ", " + a.settlement();
        return new Dtos.AddressDto(a.id(), a.region(), s == null ? a.region() : s.region().nameUk(), a.settlement(),
                a.street(), a.house(), a.part(), label, a.lat(), a.lon(), a.dso(), a.hourlyGroups(), a.emergencyGroups());
    }
}
