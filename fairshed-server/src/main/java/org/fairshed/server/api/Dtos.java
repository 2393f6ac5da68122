package org.fairshed.server.api;

import java.util.List;
import org.fairshed.server.view.DayView;
import org.fairshed.server.view.StatusView;
import org.fairshed.server.view.TimePoint;

/** The JSON shapes of the public API (documented in openapi.json; field order as declared). */
public final class Dtos {

    private Dtos() {
    }

    public record Health(String status, boolean ready, int regions, int addresses, int searchKeys, long registryVersion,
                         long lastEvent) {
    }

    public record DsoDto(int id, String code, String name) {
    }

    public record PublishedDto(int number, String publishedAt, String firstDay, String lastDay, String planStatus,
                               String hash, String url) {
    }

    public record RegionDto(String code, int id, String nameUk, String nameEn, String zone, String today,
                            List<DsoDto> dsos, List<String> groups, List<String> emergencyGroups,
                            PublishedDto published) {
    }

    public record GroupDto(String code, String type, int position) {
    }

    public record GroupsDto(String region, List<GroupDto> hourly, List<GroupDto> emergency) {
    }

    public record ScheduleDto(String region, String group, String zone, String from, String to, Integer published,
                              List<DayView> days) {
    }

    public record DayStatusDto(String day, StatusView status) {
    }

    public record StatusListDto(String region, String zone, List<DayStatusDto> days) {
    }

    public record LedgerGroupDto(String group, List<Double> hoursOff, double totalHours) {
    }

    public record LedgerDto(String region, Integer revision, List<String> days, List<LedgerGroupDto> groups,
                            double regionAverageHours) {
    }

    public record RevisionHeaderDto(String region, int number, Integer replaces, String publishedAt, String firstDay,
                                    String lastDay, int slotMinutes, String planStatus, String reason, String author,
                                    String hash, String url) {
    }

    public record RevisionListDto(String region, Integer published, List<RevisionHeaderDto> revisions) {
    }

    public record DayFiguresDto(String day, List<Double> quotaMw, List<Double> criticalShedMw, List<String> slotStatus) {
    }

    public record GroupDaysDto(String group, List<DayView> days) {
    }

    public record LedgerDayDto(String group, String day, double hoursOff) {
    }

    public record RevisionDto(RevisionHeaderDto revision, List<DayFiguresDto> days, List<GroupDaysDto> groups,
                              List<LedgerDayDto> ledger) {
    }

    public record ChangeDto(String before, String after, TimePoint start, TimePoint end) {
    }

    public record GroupDayChangesDto(String group, String day, int minutesChanged, List<ChangeDto> changes) {
    }

    public record DiffDto(String region, int from, int to, long minutesChanged, List<String> groupsChanged,
                          List<GroupDayChangesDto> changes, List<String> daysAdded, List<String> daysRemoved,
                          List<String> groupsAdded, List<String> groupsRemoved) {
    }

    public record AddressDto(long id, String region, String regionName, String settlement, String street, String house,
                             String part, String label, Double lat, Double lon, String dso, List<String> groups,
                             List<String> emergencyGroups) {
    }

    public record SearchDto(String query, int limit, List<AddressDto> results) {
    }

    public record NowDto(String state, TimePoint since, TimePoint until) {
    }

    public record NextDto(String kind, TimePoint offAt, TimePoint backAt) {
    }

    public record LinksDto(String schedule, String calendar, String events) {
    }

    public record AddressGroupDto(String group, DayView today, DayView tomorrow, NowDto now, NextDto next,
                                  LinksDto links) {
    }

    public record AddressDetailDto(AddressDto address, String validUntil, PublishedDto published,
                                   List<AddressGroupDto> groups, String calendar) {
    }
}
