package org.fairshed.store.model;

import java.time.LocalDate;
import java.util.List;

/** One group's stored day in a revision: its outages (with instants), load and definite hours off. */
public record GroupSchedule(String group, LocalDate day, List<Outage> outages, List<Double> loadMw, double hoursOff) {

    public GroupSchedule {
        outages = List.copyOf(outages);
        loadMw = List.copyOf(loadMw);
    }
}
